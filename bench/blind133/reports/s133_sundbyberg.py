"""Sundbybergs stad, Social- och arbetsmarknadsnämnden, delårsrapport 2025-08.

A social committee's interim report in mnkr and tkr, footer with the meeting date in September: the full
year "ett underskott på 14,8 mnkr" with a percentage of the budget, the period "6,9 mnkr högre än
periodiserad budget" (negative) in a sentence of its own, three kostnadsslag in one sentence ("17,2 respektive
3,1 mnkr", "medan intäkterna blir 5,5 mnkr högre"), a table per verksamhet in tkr with the tertial report's
deviation beside the year's, then level-3 headings with the amount after a colon ("Barn och unga: −8,7 mnkr",
"Vuxna: −3,8 mnkr" rounding the row's "-3 750"), a per-day price that is not the amount, a surplus from an
arbetsmarknad grant, a one-off IT cost; the change since the tertial report, actions as bullets (one with its
effect), a risk about assistance compensation and placements against 2024 (others). DejaVu Serif Condensed
10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O

HEAD = "The heading carries the area and its amount after a colon."


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Sundbybergs stad", "Delårsrapport per augusti 2025"),
        footer=lambda n, m: ("Social- och arbetsmarknadsnämnden 2025-09-30", "", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse", "Avvikelse T1"),),
        rows=(
            ("Barn och unga", "88 400", "97 100", "-8 700", "-5 200"),
            ("Vuxna", "41 300", "45 050", "-3 750", "-2 100"),
            ("Funktionsnedsättning", "212 600", "215 900", "-3 300", "-1 800"),
            ("Ekonomiskt bistånd", "71 200", "70 050", "1 150", "900"),
            ("Arbetsmarknad", "38 900", "38 400", "500", "0"),
            ("Nämnd och förvaltningsgemensamt", "29 600", "30 300", "-700", "200"),
            ("Summa", "482 000", "496 800", "-14 800", "-8 000"),
        ),
        widths=(160.0, 66.0, 70.0, 62.0, 66.0),
        bold_rows=frozenset({6}),
        rules=True,
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="serif-cond-bold", after=2),
        Title("Social- och arbetsmarknadsnämnden", size=12.5, font="serif-cond", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Social- och arbetsmarknadsnämnden prognostiserar ett underskott på 14,8 mnkr för 2025, motsvarande 3,1 "
                "procent av nämndens budget.",
                C(
                    None,
                    "14,8 mnkr",
                    "-",
                    note="The full year with a percentage of the budget (not the amount).",
                ),
            ),
            (
                "Per augusti är utfallet 6,9 mnkr högre än periodiserad budget.",
                C(None, "6,9 mnkr", "-", note="A net cost above the periodised budget: negative."),
            ),
        ),
        P(
            "Köp av verksamhet och personalkostnader överskrider budget med 17,2 respektive 3,1 mnkr, medan intäkterna "
            "blir 5,5 mnkr högre än budgeterat.",
            C(
                "Köp av verksamhet",
                "17,2",
                "-",
                unit="mnkr",
                note="Three kostnadsslag in one sentence: three items, same text. Naming an account group gives no tag.",
                also=(
                    C("Personalkostnader", "3,1 mnkr", "-"),
                    C("Intäkter", "5,5 mnkr", "+"),
                ),
            ),
        ),
        table,
        H("Verksamheternas prognoser", 2),
        HP(
            "Barn och unga: \u22128,7 mnkr",
            "Placeringarna på HVB och i familjehem har ökat sedan våren, och tre ungdomar har placerats på "
            "institution under sommaren. Dygnskostnaden för en sådan placering är i år 5 300 kronor.",
            C(
                "Barn och unga",
                "\u22128,7 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note=HEAD + " The per-day price is not the amount.",
            ),
        ),
        HP(
            "Vuxna: \u22123,8 mnkr",
            "Fler personer med missbruk har behövt skyddat boende och behandling på HVB. Dessutom har kostnaderna för "
            "jourlägenheter ökat sedan hyresavtalet omförhandlades.",
            C(
                "Vuxna",
                "\u22123,8 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "lokaler",
                note=HEAD + " The heading rounds the row's -3 750.",
            ),
        ),
        HP(
            "Funktionsnedsättning: \u22123,3 mnkr",
            "Underskottet finns inom personlig assistans, där Försäkringskassan har dragit in assistansersättningen för "
            "två brukare, så att nämnden får stå för hela kostnaden. Gruppbostäderna i egen regi har också haft höga "
            "kostnader för övertid och timvikarier.",
            C(
                "Funktionsnedsättning",
                "\u22123,3 mnkr",
                "-",
                "ersattning_fk",
                "overtid",
                "vikarier",
                note=HEAD,
            ),
        ),
        HP(
            "Ekonomiskt bistånd: +1,2 mnkr",
            "Antalet hushåll med försörjningsstöd har minskat något, bland annat eftersom fler har fått arbete genom "
            "arbetsmarknadsenhetens insatser.",
            C("Ekonomiskt bistånd", "+1,2 mnkr", "+", "ekonomiskt_bistand", "volymer", note=HEAD),
        ),
        HP(
            "Arbetsmarknad: +0,5 mnkr",
            "Statsbidraget för extratjänster blev högre än budgeterat.",
            C("Arbetsmarknad", "+0,5 mnkr", "+", "statsbidrag", note=HEAD),
        ),
        HP(
            "Nämnd och förvaltningsgemensamt: \u22120,7 mnkr",
            "Kostnaderna för ett nytt verksamhetssystem inom individ- och familjeomsorgen har tagits i år i stället för "
            "2026. Det är en engångskostnad.",
            C(
                "Nämnd och förvaltningsgemensamt",
                "\u22120,7 mnkr",
                "-",
                "it_digitalisering",
                "periodisering",
                note=HEAD,
            ),
        ),
        H("Förändring sedan tertialrapporten", 2),
        P(
            "Prognosen har försämrats med 6,8 mnkr sedan tertialrapporten, framför allt inom barn och unga.",
            F(None, "6,8 mnkr", "-", note="An area named, no reason: no tags."),
        ),
        H("Åtgärder", 2),
        Bullets(
            items=(
                "Alla placeringar prövas varje vecka i en särskild placeringsgrupp, och lösningar på hemmaplan väljs när "
                "det är möjligt.",
                "Timvikarier i gruppbostäderna ersätts successivt av månadsanställda, vilket beräknas minska kostnaderna "
                "med 0,6 mnkr under hösten.",
            ),
            labels=(
                A("Barn och unga", None, "kopt_verksamhet"),
                A("Funktionsnedsättning", "0,6 mnkr", "vikarier"),
            ),
        ),
        H("Risker och verksamhetsmått", 2),
        P(
            "Det finns en risk att fler ärenden inom personlig assistans får indragen assistansersättning efter "
            "Försäkringskassans omprövningar under hösten.",
            O("Funktionsnedsättning", "ersattning_fk", note="A risk."),
        ),
        P(
            "I augusti var 58 barn och unga placerade i familjehem, jämfört med 49 vid samma tid 2024.",
            O("Barn och unga", "volymer", note="Placements against the previous year."),
        ),
    ]
    return ReportSpec(
        file="sundbyberg-san-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Sundbyberg", "Sundbybergs stad"],
            "committee": ["Social- och arbetsmarknadsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport augusti 2025 Social- och arbetsmarknadsnämnden",
            "author": "Sundbybergs stad",
        },
        style=style,
        blocks=blocks,
    )
