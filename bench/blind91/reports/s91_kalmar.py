"""Kalmar kommun, Servicenämnden, månadsuppföljning november 2025.

A service committee's month report (streets and parks, meals, cleaning, vehicles, IT support) in DejaVu Sans
Condensed, footer with the arbetsutskott's date in December: the full year "ett överskott på 1 200 tkr"
followed in the same paragraph by "en förbättring med 600 tkr jämfört med oktober"; a context sentence on
internal prices (other); a table in tkr with hyphen-minus; bold run-in units ending in a full stop, two
units as a pair in one sentence ("Gata och trafik visar −950 tkr och Park och natur +300 tkr") with a reason
each in the next, meals where the amount comes after the reason ("beräknas gå 1 250 tkr sämre än budget"),
"Överskott 2 100 tkr." as a sentence of its own, vehicles "1 400 tkr bättre än budget", a reason-only IT
row (the row's "-800") and "Prognosen är +400 tkr, vilket beror på"; investments "Resterande 3,5 mnkr";
an action with a monthly effect; sick leave against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Kalmar kommun", "Serviceförvaltningen"),
        footer=lambda n, m: (
            "Månadsuppföljning november 2025",
            "Servicenämndens arbetsutskott 2025-12-09",
            f"{n}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per enhet helår 2025, tkr",
        header=(("Enhet", "Budgeterat resultat", "Prognos resultat", "Avvikelse"),),
        rows=(
            ("Gata och trafik", "0", "-950", "-950"),
            ("Park och natur", "0", "300", "300"),
            ("Måltidsservice", "0", "-1 250", "-1 250"),
            ("Lokalvård", "0", "2 100", "2 100"),
            ("Fordon och transport", "0", "1 400", "1 400"),
            ("IT-stöd", "0", "-800", "-800"),
            ("Ledning och administration", "0", "400", "400"),
            ("Summa", "0", "1 200", "1 200"),
        ),
        widths=(160.0, 96.0, 90.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning november 2025", size=18, font="cond-bold", after=2),
        Title("Servicenämnden", size=12, font="cond", after=14),
        H("Resultat och prognos", 2),
        PS(
            (
                "Servicenämnden prognostiserar ett överskott på 1 200 tkr för helåret 2025.",
                C(None, "1 200 tkr", "+"),
            ),
            ("Det är en förbättring med 600 tkr jämfört med oktober.", F(None, "600 tkr", "+")),
        ),
        P(
            "Nämnden är till största delen intäktsfinansierad, och avvikelserna mot budget uppstår främst i "
            "förhållandet mellan internpriserna och de faktiska kostnaderna.",
            O(None, note="Context on internal pricing: other."),
        ),
        table,
        H("Kommentarer per enhet", 2),
        LP(
            "Gata och park.",
            "Gata och trafik visar −950 tkr och Park och natur +300 tkr. Beläggningsarbetena har blivit dyrare när "
            "asfaltpriset följer oljeindex, medan parkenheten har haft två vakanta trädgårdsmästartjänster under "
            "sommaren.",
            C(
                "Gata och trafik",
                "−950 tkr",
                "-",
                "prisokningar",
                note="Two units in one sentence, a reason each in the next: two items, the same text.",
                also=(C("Park och natur", "+300 tkr", "+", "vakanser"),),
            ),
        ),
        LP(
            "Måltidsservice.",
            "Livsmedelspriserna har fortsatt att öka under hösten och ligger omkring 7 procent över den nivå som "
            "internpriset bygger på. Enheten beräknas gå 1 250 tkr sämre än budget.",
            C(
                "Måltidsservice",
                "1 250 tkr",
                "-",
                "prisokningar",
                note="The amount after the reason; the percentage is not the amount.",
            ),
        ),
        LP(
            "Lokalvård.",
            "Överskott 2 100 tkr. Svårigheter att rekrytera lokalvårdare har gett vakanser under större delen av "
            "året, samtidigt som förvaltningarna har beställt fler uppdrag.",
            C("Lokalvård", "2 100 tkr", "+", "vakanser", "volymer"),
        ),
        LP(
            "Fordon och transport.",
            "Leasingkostnaderna har blivit lägre än budgeterat när bytet till elbilar försenats, och enheten "
            "redovisar därför 1 400 tkr bättre än budget.",
            C("Fordon och transport", "1 400 tkr", "+", "material_hjalpmedel", "periodisering"),
        ),
        LP(
            "IT-stöd.",
            "Licenskostnaderna för det nya ärendehanteringssystemet tillkom under våren utan att ingå i "
            "internpriset.",
            C(
                "IT-stöd",
                "-800",
                "-",
                "it_digitalisering",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        LP(
            "Ledning och administration.",
            "Prognosen är +400 tkr, vilket beror på lägre kostnader för kompetensutveckling och resor.",
            C("Ledning och administration", "+400 tkr", "+", "ovrigt"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsramen på 12,0 mnkr för köksutrustning och fordon beräknas utnyttjas med 8,5 mnkr. "
            "Resterande 3,5 mnkr avser två elbilar och en diskmaskin som levereras först i februari 2026.",
            C("Investeringar", "3,5 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Åtgärder", 2),
        P(
            "Måltidsservice har infört en ny matsedel med fler vegetariska rätter och ser över portionsstorlekarna, "
            "vilket väntas minska livsmedelskostnaderna med cirka 300 tkr per månad från januari.",
            A("Måltidsservice", "cirka 300 tkr", "prisokningar"),
        ),
        H("Sjukfrånvaro", 2),
        P(
            "Sjukfrånvaron inom lokalvården har minskat till 9,1 procent från 10,8 procent i november 2024, vilket "
            "beror på ett förebyggande arbetsmiljöarbete.",
            O("Lokalvård", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="kalmar-sen-manadsuppfoljning-2025-11.pdf",
        report={
            "municipality": "Kalmar",
            "committee": ["Servicenämnden"],
            "period": ["2025-11"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning november 2025 Servicenämnden", "author": "Kalmar kommun"},
        style=style,
        blocks=blocks,
    )
