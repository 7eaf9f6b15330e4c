"""Sundbybergs stad, Stadsmiljö- och tekniska nämnden, delårsrapport januari–augusti 2025.

A technical committee's interim report in mnkr and tkr, footer with the nämnd's meeting date in September:
the tax-financed part's full year "underskott mot budget på 3,9 mnkr" with the areas named, the fee-financed
waste service's "överskott på 1,2 mnkr, som förs till avfallsfonden" (the fund transfer in the same
sentence); a tkr table with hyphen-minus signs; two columns of headings that carry the area and amount
after a colon ("Gator och vägar: −4 500 tkr"): snow and an index-linked contract, a garage closed for
renovation, a procurement and a vacancy, graffiti, consultants, the waste service explained a second time;
investments "31,5 mnkr lägre än budget" with the project in the next sentence of the same item and a
lighting project "cirka fyra miljoner kronor dyrare än budgeterat" in words; the change since the tertial
report with its cause, an action with its amount and a risk (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Sundbybergs stad", "Stadsmiljö- och tekniska nämnden"),
        footer=lambda n, m: ("Delårsrapport januari–augusti 2025", "Nämndens sammanträde 2025-09-23", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Gator och vägar", "38 600", "43 100", "-4 500"),
            ("Parker och naturvård", "29 400", "28 700", "700"),
            ("Trafik och parkering", "2 100", "3 900", "-1 800"),
            ("Stadsmiljö och renhållning", "12 800", "12 300", "500"),
            ("Nämnd och förvaltning", "16 300", "15 100", "1 200"),
            ("Summa skattefinansierat", "99 200", "103 100", "-3 900"),
            ("Avfall (avgiftsfinansierat)", "0", "-1 200", "1 200"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Stadsmiljö- och tekniska nämnden", size=12, font="sans", after=12),
        H("Ekonomi", 2),
        P(
            "Nämndens skattefinansierade verksamhet prognostiserar ett underskott mot budget på 3,9 mnkr för helåret. "
            "Det är framför allt vinterväghållningen och parkeringsintäkterna som bidrar till underskottet.",
            C(None, "3,9 mnkr", "-", note="Areas named, no reasons: no tags."),
        ),
        P(
            "Den avgiftsfinansierade avfallsverksamheten beräknas gå med ett överskott på 1,2 mnkr, som förs till "
            "avfallsfonden.",
            C(
                "Avfall",
                "1,2 mnkr",
                "+",
                note="The fee-financed result with its fund transfer in one sentence.",
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        HP(
            "Gator och vägar: −4 500 tkr",
            "Vintern med många snöfall i januari och februari gjorde att vinterväghållningen kostade nästan dubbelt "
            "så mycket som budgeterat. Dessutom har beläggningsarbetena blivit dyrare efter indexuppräkningen av "
            "entreprenadavtalet.",
            C("Gator och vägar", "−4 500 tkr", "-", "ovrigt", "prisokningar", note="Snow: ovrigt."),
        ),
        HP(
            "Trafik och parkering: −1 800 tkr",
            "Parkeringsintäkterna ligger under budget. Färre besökare parkerar i de kommunala garagen sedan garaget "
            "vid Stationstorget stängdes för renovering i april.",
            C("Trafik och parkering", "−1 800 tkr", "-", "avgifter_intakter", "ovrigt"),
        ),
        HP(
            "Parker och naturvård: +700 tkr",
            "Skötseln av stadsdelsparkerna har upphandlats till ett lägre pris än beräknat, och en tjänst som "
            "parkingenjör har varit vakant sedan mars.",
            C("Parker och naturvård", "+700 tkr", "+", "prisokningar", "vakanser"),
        ),
        HP(
            "Stadsmiljö och renhållning: +500 tkr",
            "Klotterborttagningen har krävt färre insatser än beräknat.",
            C("Stadsmiljö och renhållning", "+500 tkr", "+", "volymer"),
        ),
        HP(
            "Nämnd och förvaltning: +1 200 tkr",
            "Överskottet beror på vakanser inom projektavdelningen och på att konsultstöd för trafikplanen inte har "
            "behövts i budgeterad omfattning.",
            C("Nämnd och förvaltning", "+1 200 tkr", "+", "vakanser", "inhyrd_personal"),
        ),
        HP(
            "Avfall: +1 200 tkr",
            "Intäkterna från avfallstaxan blir högre än budgeterat eftersom antalet hushåll har ökat snabbare än "
            "planerat.",
            C(
                "Avfall",
                "+1 200 tkr",
                "+",
                "avgifter_intakter",
                "volymer",
                note="The waste service explained a second time: its own item.",
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        PS(
            (
                "Investeringsprognosen för året uppgår till 74,0 mnkr, vilket är 31,5 mnkr lägre än budget. Den största "
                "avvikelsen finns i projektet Nya bussgatan etapp 2, där upphandlingen har fått göras om.",
                C(
                    "Investeringar",
                    "31,5 mnkr",
                    "+",
                    "periodisering",
                    note="The level first, the deviation second.",
                ),
            ),
            (
                "Projektet Ny belysning i parker blir däremot cirka fyra miljoner kronor dyrare än budgeterat till följd "
                "av högre materialpriser.",
                C(
                    "Ny belysning i parker",
                    "cirka fyra miljoner kronor",
                    "-",
                    "prisokningar",
                    value=4_000_000,
                    note="An amount in words.",
                ),
            ),
        ),
        H("Prognosförändring", 2),
        P(
            "Jämfört med prognosen i tertialrapporten har underskottet ökat med 1,4 mnkr, främst på grund av de lägre "
            "parkeringsintäkterna.",
            F(None, "1,4 mnkr", "-", "avgifter_intakter"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att skjuta upp underhållsbeläggning på lokalgator för 1,0 mnkr till 2026.",
            A("Gator och vägar", "1,0 mnkr", "periodisering"),
        ),
        H("Risker", 2),
        P(
            "Det råder stor osäkerhet kring kostnaderna för vinterväghållningen under november och december.",
            O("Gator och vägar", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="sundbyberg-stn-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Sundbyberg", "Sundbybergs stad"],
            "committee": ["Stadsmiljö- och tekniska nämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Sundbybergs stad"},
        style=style,
        blocks=blocks,
    )
