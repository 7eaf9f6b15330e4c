"""Timrå kommun, Samhällsbyggnadsnämnden, månadsrapport november 2025.

A technical committee's month report in tkr and mnkr, set in DejaVu Sans, footer with the nämnd's meeting date
in December: the full year "3,4 mnkr sämre än budget" followed by a context sentence about the fee-financed
parts (other) and "Prognosen är oförändrad jämfört med oktober" (a boilerplate forecast change); a table with en
dash minus signs; headings that carry the verksamhet and amount ("Gator och vägar –2 600 tkr", "Fastighet +900
tkr", "Kart och mät ±0 tkr" over "följer budget", boilerplate) over paragraphs with reasons only: winter road
upkeep and a washed-out culvert, storm-felled trees (ovrigt), lower electricity prices, fewer building permits,
a dearer school transport contract; water and sewage "ett överskott på 1,2 mnkr mot budget" with the fund
transfer in the next sentence (other), waste "underskott om 350 tkr"; investments whose deviation "14,5 mnkr"
is named in the second sentence; an action with its effect. DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Timrå kommun", "Samhällsbyggnadsförvaltningen"),
        footer=lambda n, m: ("Samhällsbyggnadsnämnden 2025-12-11", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning skattefinansierad verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Gator och vägar", "28 400", "31 000", "–2 600"),
            ("Park och natur", "9 100", "9 800", "–700"),
            ("Fastighet", "12 300", "11 400", "900"),
            ("Bygglov och plan", "3 200", "3 600", "–400"),
            ("Kart och mät", "1 800", "1 800", "0"),
            ("Kollektivtrafik", "14 700", "15 300", "–600"),
            ("Summa", "69 500", "72 900", "–3 400"),
        ),
        widths=(160.0, 80.0, 80.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=18, font="sans-bold", after=2),
        Title("Samhällsbyggnadsnämnden", size=12, font="sans", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Samhällsbyggnadsnämnden prognostiserar ett helårsresultat som är 3,4 mnkr sämre än budget.",
                C(None, "3,4 mnkr", "-"),
            ),
            (
                "Den skattefinansierade verksamheten står för hela underskottet, medan vatten och avlopp samt avfall "
                "redovisas mot sina egna fonder.",
                O(None, note="Context: other."),
            ),
            ("Prognosen är oförändrad jämfört med oktober.", BF(None)),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Gator och vägar –2 600 tkr",
            "Vinterväghållningen under januari–mars krävde fler plogningar och sandningar än ett normalår, och "
            "halkbekämpningen i december väntas bli lika kostsam. Därtill kommer reparationen av en vägtrumma som "
            "spolades bort vid skyfallet i augusti.",
            C("Gator och vägar", "–2 600 tkr", "-", "ovrigt", note="The heading carries area and amount."),
        ),
        HP(
            "Park och natur –700 tkr",
            "Stormskadade träd längs Indalsälven har fått fällas och forslas bort under hösten.",
            C("Park och natur", "–700 tkr", "-", "ovrigt"),
        ),
        HP(
            "Fastighet +900 tkr",
            "Lägre elpriser än budgeterat ger ett överskott, och att underhållet av kommunhusets tak har skjutits till "
            "2026 bidrar också.",
            C("Fastighet", "+900 tkr", "+", "prisokningar", "periodisering"),
        ),
        HP(
            "Bygglov och plan –400 tkr",
            "Intäkterna från bygglov blir lägre än budgeterat eftersom antalet ansökningar om nybyggnad har minskat.",
            C("Bygglov och plan", "–400 tkr", "-", "avgifter_intakter", "volymer"),
        ),
        HP(
            "Kollektivtrafik –600 tkr",
            "Kostnaden för skolskjutsar har ökat efter indexuppräkningen av trafikavtalet.",
            C("Kollektivtrafik", "–600 tkr", "-", "prisokningar"),
        ),
        HP("Kart och mät ±0 tkr", "Verksamheten följer budget.", BP("Kart och mät")),
        H("Avgiftsfinansierad verksamhet", 2),
        PS(
            (
                "VA-verksamheten visar ett överskott på 1,2 mnkr mot budget, vilket beror på högre "
                "anläggningsavgifter från de nya bostadsområdena i Vivsta.",
                C("Vatten och avlopp", "1,2 mnkr", "+", "avgifter_intakter", "volymer"),
            ),
            (
                "Överskottet förs till VA-fonden, som därmed uppgår till 6,8 mnkr.",
                O("Vatten och avlopp", "reserver", note="The fund: other."),
            ),
        ),
        P(
            "Avfallsverksamheten beräknas gå med ett underskott om 350 tkr mot budget, främst på grund av högre "
            "behandlingsavgifter för brännbart avfall.",
            C("Avfall", "350 tkr", "-", "prisokningar"),
        ),
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsbudget på 46,0 mnkr väntas 31,5 mnkr användas. Det innebär en avvikelse på 14,5 "
            "mnkr, som i huvudsak beror på att ombyggnaden av gång- och cykelvägen längs Köpmangatan inte kunde "
            "upphandlas under året.",
            C("Investeringar", "14,5 mnkr", "+", "periodisering"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att skjuta ommålningen av vägmarkeringar till våren 2026, vilket minskar årets "
            "kostnader med 300 tkr.",
            A("Gator och vägar", "300 tkr"),
        ),
    ]
    return ReportSpec(
        file="timra-sbn-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Timrå",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport november 2025 Samhällsbyggnadsnämnden", "author": "Timrå kommun"},
        style=style,
        blocks=blocks,
    )
