"""Uppsala kommun, Miljö- och hälsoskyddsnämnden, bokslut 2025.

An environmental-health committee's year-end report in tkr with explicit "+" and U+2212 signs in the table,
footer with the nämnd's meeting date in February and a diary number: the result "ett överskott på 1 240 tkr"
with a percentage of the kommunbidrag beside it, the outcome against the interim forecast ("1 540 tkr bättre",
a forecast change); paragraphs per verksamhet where the area comes after "Inom"/"För", as a possessive with a
reason only (the row's "+540"), as the subject ("Miljöövervakningen visar +300 tkr") and in a noun phrase
("Förvaltningsgemensamma kostnader översteg budget med 200 tkr"), the amount last ("Överskottet uppgår till 1
250 tkr") after two reasons; investments "förbrukats fullt ut" (boilerplate), a transfer to the result fund
(other) and inspections against last year with "beror på" (other). DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Uppsala kommun – Miljöförvaltningen", "Bokslut 2025"),
        footer=lambda n, m: ("Miljö- och hälsoskyddsnämnden 2026-02-12", "MHN-2026-00044", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget netto", "Utfall netto", "Avvikelse"),),
        rows=(
            ("Miljötillsyn", "18 400", "17 150", "+1 250"),
            ("Livsmedelskontroll", "9 800", "10 450", "−650"),
            ("Hälsoskydd", "7 300", "6 760", "+540"),
            ("Miljöövervakning och luftkvalitet", "6 900", "6 600", "+300"),
            ("Förvaltningsgemensamt", "12 100", "12 300", "−200"),
            ("Summa", "54 500", "53 260", "+1 240"),
        ),
        widths=(180.0, 76.0, 76.0, 72.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslut och verksamhetsberättelse 2025", size=17, font="serif-bold", after=2),
        Title("Miljö- och hälsoskyddsnämnden", size=12, font="serif", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Nämnden redovisar ett överskott på 1 240 tkr för 2025, vilket motsvarar 1,6 procent av kommunbidraget.",
            C(None, "1 240 tkr", "+"),
        ),
        P(
            "Jämfört med prognosen i delårsbokslutet, som pekade på ett underskott om 300 tkr, är resultatet 1 540 "
            "tkr bättre.",
            F(None, "1 540 tkr", "+", note="The outcome against the interim forecast: a forecast change."),
        ),
        table,
        P(
            "Inom miljötillsynen blev intäkterna från den årliga tillsynsavgiften högre än budgeterat när fler "
            "verksamheter registrerades, och två tjänster var vakanta under hösten. Överskottet uppgår till 1 250 "
            "tkr.",
            C(
                "Miljötillsyn",
                "1 250 tkr",
                "+",
                "avgifter_intakter",
                "volymer",
                "vakanser",
                note="The amount in the last sentence, after the reasons.",
            ),
        ),
        P(
            "För livsmedelskontrollen blev utfallet 650 tkr sämre än budget. Övergången till efterhandsdebitering "
            "har gjort att avgifterna för kontroller i december faktureras först 2026.",
            C("Livsmedelskontroll", "650 tkr", "-", "avgifter_intakter", "periodisering"),
        ),
        P(
            "Hälsoskyddets överskott förklaras av att en inspektör har varit föräldraledig under större delen av "
            "året.",
            C(
                "Hälsoskydd",
                "+540",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="A possessive with a reason only: the table row's cell.",
            ),
        ),
        P(
            "Miljöövervakningen visar +300 tkr, eftersom mätkampanjen för partiklar på Kungsgatan flyttades till 2026.",
            C("Miljöövervakning och luftkvalitet", "+300 tkr", "+", "periodisering"),
        ),
        P(
            "Förvaltningsgemensamma kostnader översteg budget med 200 tkr till följd av införandet av ett nytt "
            "ärendehanteringssystem.",
            C("Förvaltningsgemensamt", "200 tkr", "-", "it_digitalisering"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget om 800 tkr för mätutrustning har förbrukats fullt ut.",
            BP("Investeringar"),
        ),
        H("Resultatfond", 2),
        P(
            "Nämnden föreslår att 620 tkr av överskottet förs till nämndens resultatfond enligt kommunens regler för "
            "resultatöverföring.",
            O(None, "reserver", note="A transfer to the result fund: a reserve statement, other."),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet genomförda livsmedelskontroller var 2 140, 8 procent färre än 2024, vilket beror på att fler "
            "kontroller gjordes på distans och redovisas separat.",
            O(None, note="Inspections against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="uppsala-mhn-bokslut-2025.pdf",
        report={
            "municipality": "Uppsala",
            "committee": ["Miljö- och hälsoskyddsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Miljö- och hälsoskyddsnämnden", "author": "Uppsala kommun"},
        style=style,
        blocks=blocks,
    )
