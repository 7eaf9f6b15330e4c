"""Region Halland, Driftnämnden Ambulans, diagnostik och hälsa, månadsrapport januari–november 2025.

A region's health-care month report in "miljoner kronor" whose result table is pasted as an image (every
amount lives in the prose), footer with the nämnd's meeting date in December: the period "ett underskott mot periodens budget på 11,0
miljoner kronor", then the full year "en negativ avvikelse mot budget på 16 miljoner kronor" and
"Prognosen är oförändrad sedan oktober" (a boilerplate forecast change) as two sentences with their own
labels, and a forecast change between two areas that cancel out; two columns of bold run-in
verksamhetsområden with a colon: "Prognosen är −9,4 miljoner kronor." with five causes, "Kostnaderna
överstiger budget med 6,8 miljoner kronor" followed in the same paragraph by two units as a "respektive" pair
(their own items), "Underskottet på 4,2 miljoner kronor förklaras av", a surplus "Ett överskott om 3,1
miljoner kronor, som beror på", "i nivå med budget" (boilerplate, +0,3 in the image) and a reason-only
surplus whose amount is only in the image (null); personnel costs "2,4 procent högre än budget" (amount null)
beside hired staff against last year (other); an action, investments "22,5 miljoner kronor lägre än budget"
and a risk (other). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BF, BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(58.0, 80.0, 58.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Region Halland", "Månadsrapport november 2025"),
        footer=lambda n, m: (
            "Driftnämnden Ambulans, diagnostik och hälsa",
            "Sammanträde 2025-12-17",
            f"Sida {n} av {m}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    image = Table(
        caption="Resultat per verksamhetsområde, miljoner kronor",
        header=(("Verksamhetsområde", "Budget jan–nov", "Utfall jan–nov", "Prognos avvikelse helår"),),
        rows=(
            ("Ambulanssjukvård", "-182,4", "-187,2", "-9,4"),
            ("Laboratoriemedicin", "-96,1", "-93,3", "+3,1"),
            ("Bild- och funktionsmedicin", "-211,7", "-217,9", "-6,8"),
            ("Hjälpmedelscentrum", "-64,5", "-68,2", "-4,2"),
            ("Hälsa och habilitering", "-88,0", "-87,8", "+0,3"),
            ("Förvaltningsgemensamt", "-22,6", "-21,9", "+1,0"),
            ("Summa", "-665,3", "-676,3", "-16,0"),
        ),
        widths=(170.0, 92.0, 92.0, 120.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport januari–november 2025", size=19, font="arial-bold", after=2),
        Title("Driftnämnden Ambulans, diagnostik och hälsa", size=12, font="arial", after=12),
        H("Ekonomi i sammandrag", 1),
        P(
            "Ackumulerat efter november redovisar förvaltningen ett underskott mot periodens budget på 11,0 "
            "miljoner kronor, till stor del inom ambulanssjukvården.",
            C(None, "11,0 miljoner kronor", "-", note="The period against the period's budget."),
        ),
        PS(
            (
                "Helårsprognosen är en negativ avvikelse mot budget på 16 miljoner kronor.",
                C(None, "16 miljoner kronor", "-", note="The full year in a sentence of its own."),
            ),
            ("Prognosen är oförändrad sedan oktober.", BF(None)),
        ),
        P(
            "Inom ramen har ambulanssjukvårdens prognos försämrats med 1,2 miljoner kronor sedan oktober, medan "
            "laboratoriemedicinen har förbättrat sin prognos lika mycket.",
            F(
                "Ambulanssjukvård",
                "1,2 miljoner kronor",
                "-",
                note="Two areas' changes that cancel out: one forecast-change item for the one with its amount.",
            ),
        ),
        image,
        H("Kommentarer per verksamhetsområde", 2),
        Columns(2),
        LP(
            "Ambulanssjukvård:",
            "Prognosen är −9,4 miljoner kronor. Antalet uppdrag har ökat med sex procent och bemanningen har "
            "förstärkts med extra bilar under sommaren i Halmstad och Varberg. Övertid och sjuksköterskor från "
            "bemanningsföretag för att täcka vakanta tjänster i Falkenberg bidrar också till underskottet.",
            C(
                "Ambulanssjukvård",
                "−9,4 miljoner kronor",
                "-",
                "volymer",
                "bemanning",
                "overtid",
                "inhyrd_personal",
                "vakanser",
            ),
        ),
        LP(
            "Bild- och funktionsmedicin:",
            "Kostnaderna överstiger budget med 6,8 miljoner kronor. Förklaringen är framför allt köpta "
            "undersökningar från privata vårdgivare för att korta köerna till magnetkamera och att hyrläkare har "
            "anlitats under hela hösten.",
            C("Bild- och funktionsmedicin", "6,8 miljoner kronor", "-", "kopt_verksamhet", "inhyrd_personal"),
            (
                "Inom området visar röntgen i Halmstad och klinisk fysiologi −5,1 respektive −1,7 miljoner kronor.",
                C(
                    "Röntgen Halmstad",
                    "−5,1",
                    "-",
                    unit="mnkr",
                    note="Sub-areas inside another area's paragraph: their own items ('respektive').",
                    also=(C("Klinisk fysiologi", "−1,7 miljoner kronor", "-"),),
                ),
            ),
        ),
        LP(
            "Hjälpmedelscentrum:",
            "Underskottet på 4,2 miljoner kronor förklaras av högre inköpspriser på rullstolar och elektriska sängar "
            "samt en ökad förskrivning av digitala hjälpmedel.",
            C(
                "Hjälpmedelscentrum",
                "4,2 miljoner kronor",
                "-",
                "prisokningar",
                "material_hjalpmedel",
                "volymer",
            ),
        ),
        LP(
            "Laboratoriemedicin:",
            "Ett överskott om 3,1 miljoner kronor, som beror på att fler analyser har sålts till kommunerna och till "
            "privata vårdcentraler än vad som budgeterats.",
            C("Laboratoriemedicin", "3,1 miljoner kronor", "+", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Hälsa och habilitering:",
            "Resultatet ligger i nivå med budget.",
            BP("Hälsa och habilitering", note="+0,3 in the image table."),
        ),
        LP(
            "Förvaltningsgemensamt:",
            "Vakanser inom administrationen och lägre kostnader för utbildning ger ett litet överskott.",
            C(
                "Förvaltningsgemensamt",
                None,
                "+",
                "vakanser",
                note="Reason only, and the row's amount lives only in the image: null.",
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Personalkostnader", 2),
        PS(
            (
                "Personalkostnaderna är 2,4 procent högre än budget för perioden.",
                C(
                    "Personalkostnader",
                    None,
                    "-",
                    note="A percentage-only deviation beside an image table: null.",
                ),
            ),
            (
                "Kostnaderna för inhyrd personal uppgår till 18,6 miljoner kronor, vilket är 7,9 miljoner kronor mer "
                "än samma period 2024.",
                O("Inhyrd personal", "inhyrd_personal", note="Against the previous year: other."),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har tagit fram en plan för att minska beroendet av hyrläkare inom bild- och "
            "funktionsmedicin genom fler egna ST-läkare och granskning på distans. Planen beräknas sänka kostnaderna "
            "med 3 miljoner kronor under 2026.",
            A("Bild- och funktionsmedicin", "3 miljoner kronor", "inhyrd_personal"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna blir 22,5 miljoner kronor lägre än budget, då leveransen av en ny datortomograf "
            "till Varbergs sjukhus har senarelagts till februari 2026.",
            C("Investeringar", "22,5 miljoner kronor", "+", "periodisering"),
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att ambulansuppdragen fortsätter att öka under december om influensasäsongen blir "
            "kraftig.",
            O("Ambulanssjukvård", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="region-halland-dn-adh-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Region Halland",
            "committee": ["Driftnämnden Ambulans, diagnostik och hälsa", "Ambulans, diagnostik och hälsa"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport november 2025 Driftnämnden Ambulans, diagnostik och hälsa",
            "author": "Region Halland",
        },
        style=style,
        blocks=blocks,
    )
