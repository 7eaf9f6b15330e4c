"""Bodens kommun, Utbildningsnämnden, månadsuppföljning februari 2026.

A school committee's short month report with en dashes as minus signs ("–3,1"), footer with the
arbetsutskott's meeting date in March: the period "0,4 mnkr under periodiserad budget" and the full year
"överstiger ramen med 5,3 mnkr" in one sentence (the full year's is the amount) followed in the same
paragraph by "Prognosen är oförändrad jämfört med januari" (a boilerplate forecast change); a verksamhet
table in mnkr; sections under plain headings whose first sentence carries the amount in varied shapes:
"Grundskolans prognos är –3,1 mnkr", "får ett negativt utfall jämfört med budget med 2,6 mnkr", "ett
överskott på 0,9 mnkr", "blir cirka 1,2 mnkr högre än budgeterat", "redovisar +0,7 mnkr, en följd av";
kulturskolan "bedöms hålla budget" (boilerplate); an action with no amount and a sick-leave comparison
with last year with "beror på" (other). DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Bodens kommun – Utbildningsförvaltningen", "Månadsuppföljning februari 2026"),
        footer=lambda n, m: ("Utbildningsnämndens arbetsutskott 2026-03-17", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning, mnkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–feb", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Förskola", "182,4", "29,8", "181,5", "0,9"),
            ("Grundskola", "398,7", "67,1", "401,8", "–3,1"),
            ("Gymnasieskola", "164,2", "28,4", "166,8", "–2,6"),
            ("Vuxenutbildning och SFI", "41,6", "6,5", "40,9", "0,7"),
            ("Skolskjuts", "24,8", "4,6", "26,0", "–1,2"),
            ("Kulturskola", "12,3", "2,0", "12,3", "0,0"),
            ("Summa", "824,0", "138,4", "829,3", "–5,3"),
        ),
        widths=(140.0, 70.0, 76.0, 70.0, 64.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning februari 2026", size=18, font="sans-bold", after=2),
        Title("Utbildningsnämnden", size=12, font="sans", after=12),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Efter februari ligger nämnden 0,4 mnkr under periodiserad budget, men helårsprognosen pekar mot att "
                "kostnaderna överstiger ramen med 5,3 mnkr.",
                C(
                    None,
                    "5,3 mnkr",
                    "-",
                    note="The period's and the full year's deviation in one sentence: the full "
                    "year's is the amount.",
                ),
            ),
            ("Prognosen är oförändrad jämfört med januari.", BF(None)),
        ),
        table,
        H("Grundskola", 3),
        P(
            "Grundskolans prognos är –3,1 mnkr. Antalet elever i behov av särskilt stöd har ökat, och fler elever "
            "väljer fristående skolor i Luleå, vilket ökar kostnaderna för interkommunal ersättning.",
            C(
                "Grundskola",
                "–3,1 mnkr",
                "-",
                "volymer",
                "kopt_verksamhet",
                note="En dash as the minus sign.",
            ),
        ),
        H("Gymnasieskola", 3),
        P(
            "Björknäsgymnasiet får ett negativt utfall jämfört med budget med 2,6 mnkr, då statsbidraget för "
            "gymnasial lärlingsutbildning har sänkts och intaget till naturbruksprogrammet blev lägre än beräknat.",
            C("Gymnasieskola", "2,6 mnkr", "-", "statsbidrag", "volymer"),
        ),
        H("Förskola", 3),
        P(
            "Förskolan visar ett överskott på 0,9 mnkr eftersom barnantalet på Hedenäset har minskat och två "
            "avdelningar har slagits ihop.",
            C("Förskola", "0,9 mnkr", "+", "volymer", "omstallning"),
        ),
        H("Skolskjuts", 3),
        P(
            "Kostnaderna för skolskjuts blir cirka 1,2 mnkr högre än budgeterat efter att det nya avtalet med "
            "Länstrafiken började gälla i januari.",
            C("Skolskjuts", "cirka 1,2 mnkr", "-", "prisokningar", note="A dearer contract: prisokningar."),
        ),
        H("Vuxenutbildning och SFI", 3),
        P(
            "Vuxenutbildningen redovisar +0,7 mnkr, en följd av fler elever från Älvsbyn och Överkalix inom "
            "samverkansavtalet.",
            C("Vuxenutbildning och SFI", "+0,7 mnkr", "+", "volymer", "avgifter_intakter"),
        ),
        H("Kulturskola", 3),
        P("Kulturskolan bedöms hålla budget.", BP("Kulturskola")),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har påbörjat en översyn av gymnasieskolans programutbud. Eventuella besparingar väntas "
            "först från hösten 2027 och ingår inte i prognosen.",
            A("Gymnasieskola", None, "omstallning"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron i förvaltningen var 7,9 procent i februari, högre än i februari 2025. Ökningen beror främst "
            "på influensan.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="boden-un-manadsuppfoljning-2026-02.pdf",
        report={
            "municipality": "Boden",
            "committee": ["Utbildningsnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning februari 2026 Utbildningsnämnden", "author": "Bodens kommun"},
        style=style,
        blocks=blocks,
    )
