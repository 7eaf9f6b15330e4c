"""Hallands Hamnar AB (the port company of Halmstad and Varberg), styrelsen, delårsrapport januari–augusti 2025.

A jointly owned port company's interim report in DejaVu Sans Condensed 9.5 pt, footer with the board meeting
in October: the period's result "5,3 mnkr lägre än budget" and the full year "en negativ avvikelse på 8,5
mnkr" between two levels in one paragraph, a table in mnkr with U+2212 minus, then paragraphs where the area is
the subject: port and goods fees "6,4 mnkr lägre än budget" with volumes, other revenue "överstiger budget med
1,2 mnkr", personnel costs "lägre än budgeterat med 0,9 mnkr", energy "blir dyrare än beräknat" with a reason
only (the row's "−1,6"), maintenance "kostar 2,1 mnkr mer än planerat" after a storm, interest "0,5 mnkr högre"
(no tag), depreciation that "följer budget" (boilerplate); the change since the tertial report with its
cause, an action "1,0 mnkr", investments "22 mnkr under budget" and the owners' return requirement (other).

The place is real (a company owned by two kommuner); every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        header=lambda n, m: ("Hallands Hamnar AB", "Delårsrapport 2025"),
        footer=lambda n, m: ("Styrelsemöte 2025-10-08", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per post, mnkr",
        header=(("", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse mot budget"),),
        rows=(
            ("Hamn- och godsavgifter", "312,0", "198,4", "305,6", "−6,4"),
            ("Övriga intäkter", "41,0", "28,7", "42,2", "1,2"),
            ("Personalkostnader", "−148,5", "−96,2", "−147,6", "0,9"),
            ("Energi och drivmedel", "−22,4", "−16,0", "−24,0", "−1,6"),
            ("Underhåll", "−34,0", "−25,3", "−36,1", "−2,1"),
            ("Övriga externa kostnader", "−58,6", "−35,6", "−58,6", "0,0"),
            ("Avskrivningar", "−42,0", "−28,0", "−42,0", "0,0"),
            ("Finansnetto", "−9,0", "−4,6", "−9,5", "−0,5"),
            ("Resultat efter finansiella poster", "38,5", "21,4", "30,0", "−8,5"),
        ),
        widths=(160.0, 66.0, 72.0, 70.0, 96.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="cond-bold", after=2),
        Title("Hallands Hamnar AB", size=12.5, font="cond", after=12),
        H("Ekonomiskt utfall", 2),
        PS(
            (
                "Bolagets resultat efter finansiella poster uppgår till 21,4 mnkr för perioden, vilket är 5,3 mnkr "
                "lägre än budget.",
                C(None, "5,3 mnkr", "-"),
            ),
            (
                "För helåret prognostiseras ett resultat på 30,0 mnkr, att jämföra med budgeterade 38,5 mnkr, en "
                "negativ avvikelse på 8,5 mnkr.",
                C(
                    None,
                    "8,5 mnkr",
                    "-",
                    note="The full year between two levels: the deviation is the amount.",
                ),
            ),
        ),
        table,
        H("Kommentarer", 2),
        P(
            "Intäkterna från hamn- och godsavgifter blir 6,4 mnkr lägre än budget. Volymerna av sågade trävaror "
            "och andra skogsprodukter har minskat kraftigt under året, och en större kund har flyttat sin "
            "containertrafik till en annan hamn.",
            C("Hamn- och godsavgifter", "6,4 mnkr", "-", "avgifter_intakter", "volymer"),
        ),
        P(
            "Övriga intäkter, framför allt hyror för lager och uppställningsytor, överstiger budget med 1,2 mnkr.",
            C("Övriga intäkter", "1,2 mnkr", "+", "avgifter_intakter"),
        ),
        P(
            "Personalkostnaderna är lägre än budgeterat med 0,9 mnkr, eftersom färre timanställda stuveriarbetare "
            "har behövts när volymerna minskat.",
            C("Personalkostnader", "0,9 mnkr", "+", "vikarier", "volymer"),
        ),
        P(
            "Energi och drivmedel blir dyrare än beräknat. Elpriset har legat över budgeterad nivå under "
            "sommaren.",
            C(
                "Energi och drivmedel",
                "−1,6",
                "-",
                "prisokningar",
                unit="mnkr",
                table=True,
                note="A reason with no amount: the table row's cell.",
            ),
        ),
        P(
            "Underhållet av kajerna i Varberg kostar 2,1 mnkr mer än planerat på grund av akuta reparationer efter "
            "stormen i januari.",
            C("Underhåll", "2,1 mnkr", "-", "ovrigt", note="Storm damage is ovrigt."),
        ),
        P(
            "Räntekostnaderna blir 0,5 mnkr högre än budget.",
            C("Finansnetto", "0,5 mnkr", "-", note="A finance item: no tag."),
        ),
        P("Avskrivningarna följer budget.", BP("Avskrivningar")),
        H("Förändring sedan tertialrapporten", 2),
        P(
            "Helårsprognosen har sänkts med 3,0 mnkr sedan tertialrapporten till följd av lägre godsvolymer.",
            F(None, "3,0 mnkr", "-", "volymer"),
        ),
        H("Åtgärder", 2),
        P(
            "Bolaget har infört en tillfällig anställningsprövning och skjutit upp underhåll av kranbanor som inte "
            "är akut, med en beräknad effekt om 1,0 mnkr för 2025.",
            A(None, "1,0 mnkr", "vakanser", "periodisering"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna beräknas uppgå till 64 mnkr, vilket är 22 mnkr under budget, då den nya "
            "ro-ro-rampen i Halmstad färdigställs först under 2026.",
            C("Investeringar", "22 mnkr", "+", "periodisering"),
        ),
        H("Ägarnas krav", 2),
        P(
            "Ägarnas avkastningskrav på 4 procent av justerat eget kapital bedöms inte uppnås för 2025.",
            O(None, note="The owners' return requirement: other."),
        ),
    ]
    return ReportSpec(
        file="hallands-hamnar-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Hallands Hamnar", "Hallands Hamnar AB"],
            "committee": ["Styrelsen", "Styrelsen för Hallands Hamnar AB"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Hallands Hamnar AB",
            "author": "Hallands Hamnar AB",
        },
        style=style,
        blocks=blocks,
    )
