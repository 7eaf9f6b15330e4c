"""Haninge kommun, Tekniska nämnden, månadsuppföljning mars 2026.

A technical committee's month report in DejaVu Serif 10.5 pt, footer with a print date in April: the full
year "−4,6 mnkr sämre än budget" (a doubled sign) and the period "underskott på 2,9 mnkr jämfört med
periodiserad budget" with its reason in separate sentences (two items); a table in tkr with a trailing minus
("3 200-"); plain headings over paragraphs in varied shapes: a part ("2,1 mnkr mer än budgeterat") before the
total ("Sammantaget blir verksamhetens underskott 3,2 mnkr"), a reason-only deficit (the row's "800-"),
"överstiger budget med 1,4 mnkr", "beräknas ge ett överskott på 0,5 mnkr", "hamnar 300 tkr under budget"
(costs, positive) and the fee-financed waste service that "följer budget" (boilerplate); "Prognosen är
oförändrad" (a boilerplate forecast change); an action with "cirka 0,6 mnkr"; investments "23,5 mnkr lägre
än årets investeringsbudget"; a weather risk (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.5,
        leading=1.36,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Haninge kommun", "Tekniska nämnden"),
        footer=lambda n, m: ("Månadsuppföljning mars 2026", "Utskriven 2026-04-14", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Helårsprognos per verksamhetsområde, tkr",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Gata och trafik", "78 400", "81 600", "3 200-"),
            ("Park och natur", "31 200", "32 000", "800-"),
            ("Fastighetsförvaltning", "12 900", "14 300", "1 400-"),
            ("Måltid", "64 100", "63 600", "500"),
            ("Administration", "18 700", "18 400", "300"),
            ("Avfall och återvinning", "0", "0", "0"),
            ("Summa", "205 300", "209 900", "4 600-"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning mars 2026", size=18, font="serif-bold", after=2),
        Title("Tekniska nämnden", size=12, font="serif", after=12),
        H("Sammanfattning", 2),
        P(
            "Tekniska nämnden prognostiserar för 2026 ett resultat som är −4,6 mnkr sämre än budget.",
            C(None, "−4,6 mnkr", "-", note="A doubled sign ('−4,6 … sämre'): negative, 4,6 mnkr."),
        ),
        P(
            "Utfallet för perioden januari–mars visar ett underskott på 2,9 mnkr jämfört med periodiserad budget, "
            "framför allt till följd av vinterns snöröjning.",
            C(None, "2,9 mnkr", "-", "ovrigt", note="The period in a paragraph of its own. Snow is ovrigt."),
        ),
        P("Prognosen är oförändrad jämfört med februari.", BF(None)),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        H("Gata och trafik", 3),
        P(
            "Vinterväghållningen har kostat 2,1 mnkr mer än budgeterat efter snöfallen i januari och februari. Till "
            "det kommer högre kostnader för gatubelysningen när elpriset steg i februari. Sammantaget blir "
            "verksamhetens underskott 3,2 mnkr.",
            C(
                "Gata och trafik",
                "3,2 mnkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="The 2,1 mnkr for snow is a part, the total comes last.",
            ),
        ),
        H("Park och natur", 3),
        P(
            "Park och natur går mot ett underskott, vilket beror på skadegörelse i flera lekparker och på att den nya "
            "grönyteentreprenaden blev dyrare än den förra.",
            C(
                "Park och natur",
                "800-",
                "-",
                "ovrigt",
                "prisokningar",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell as printed (trailing minus).",
            ),
        ),
        H("Fastighetsförvaltning", 3),
        P(
            "Kostnaderna för akut underhåll efter en vattenläcka i en förskola i Vendelsö överstiger budget med "
            "1,4 mnkr.",
            C("Fastighetsförvaltning", "1,4 mnkr", "-", "ovrigt"),
        ),
        H("Måltid", 3),
        P(
            "Måltidsverksamheten beräknas ge ett överskott på 0,5 mnkr. Livsmedelspriserna har stabiliserats och "
            "råvarukostnaden per portion är lägre än budgeterat.",
            C("Måltid", "0,5 mnkr", "+", "prisokningar"),
        ),
        H("Administration", 3),
        P(
            "Administrationen hamnar 300 tkr under budget eftersom en tjänst som controller har varit vakant sedan "
            "januari.",
            C("Administration", "300 tkr", "+", "vakanser", note="Costs under budget: positive."),
        ),
        H("Avfall och återvinning", 3),
        P("Den avgiftsfinansierade avfallsverksamheten följer budget.", BP("Avfall och återvinning")),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört inköpsstopp för förbrukningsinventarier som inte är nödvändiga, med en "
            "beräknad effekt på cirka 0,6 mnkr.",
            A(None, "cirka 0,6 mnkr", "material_hjalpmedel"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 88,0 mnkr, vilket är 23,5 mnkr lägre än årets investeringsbudget på 111,5 "
            "mnkr. Det beror på att ett överklagande har stoppat bygget av gång- och cykelvägen längs Dalarövägen.",
            C("Investeringar", "23,5 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Risker", 2),
        P(
            "Om vårvintern blir kall kan kostnaderna för vinterväghållningen öka ytterligare.",
            O("Gata och trafik", note="A weather risk."),
        ),
    ]
    return ReportSpec(
        file="haninge-tn-manadsuppfoljning-2026-03.pdf",
        report={
            "municipality": "Haninge",
            "committee": ["Tekniska nämnden"],
            "period": ["2026-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning mars 2026 Tekniska nämnden", "author": "Haninge kommun"},
        style=style,
        blocks=blocks,
    )
