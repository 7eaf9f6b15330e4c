"""Stockholms stad, Hägersten-Älvsjö stadsdelsnämnd, tertialrapport 2 2025 (January–August).

A district committee's second tertial report in mnkr with U+2212 minus signs, footer with the nämnd's meeting
date in September: the full year "ett underskott om 14,2 mnkr" beside a percentage of the budget (not the
amount), the change since tertial 1 with its reason (forecast change); the result table pasted as an image,
so every amount lives in the prose; two columns of bold run-in areas ending in a full stop: elderly care
"prognostiserar ett underskott på 11,6 mnkr" followed in the same paragraph by its parts "−7,4 respektive −5,1
mnkr, medan dagverksamheten ger ett överskott om 0,9 mnkr" (three more items), IFO "en negativ avvikelse om
4,8 mnkr", ekonomiskt bistånd "2,2 mnkr lägre än budget" (positive), a reason-only surplus whose amount is only
in the image (null), "knappt 1,5 mnkr", "bedöms följa budget" (boilerplate); fees in elderly care "1,1 mnkr högre än budgeterat"; an action
with its effect, staff numbers with "beror på" and sick leave against last year (others). Liberation Sans (Arial metrics) 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


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
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Hägersten-Älvsjö stadsdelsförvaltning", "Tertialrapport 2 2025"),
        footer=lambda n, m: ("Stadsdelsnämndens sammanträde 2025-09-18", "Dnr HÄ 2025/00412", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhetsområde 2025, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Äldreomsorg", "612,4", "624,0", "−11,6"),
            ("Individ- och familjeomsorg", "148,9", "153,7", "−4,8"),
            ("Ekonomiskt bistånd", "96,3", "94,1", "2,2"),
            ("Förskola", "402,7", "401,2", "1,5"),
            ("Funktionsnedsättning", "211,5", "213,0", "−1,5"),
            ("Stadsmiljö och administration", "86,2", "86,2", "0,0"),
            ("Summa", "1 558,0", "1 572,2", "−14,2"),
        ),
        widths=(180.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Tertialrapport 2 2025", size=19, font="arial-bold", after=2),
        Title("Hägersten-Älvsjö stadsdelsnämnd", size=12.5, font="arial", after=12),
        H("Nämndens ekonomi", 1),
        P(
            "Nämndens prognos för helåret visar ett underskott om 14,2 mnkr, vilket motsvarar 0,9 procent av "
            "budgeten.",
            C(None, "14,2 mnkr", "-", note="The percentage of the budget is not the amount."),
        ),
        P(
            "Prognosen har försämrats med 3,0 mnkr sedan tertialrapport 1, till följd av att fler personer har "
            "beviljats hemtjänst under sommaren.",
            F(None, "3,0 mnkr", "-", "volymer"),
        ),
        table,
        H("Verksamhetsområden", 2),
        Columns(2),
        LP(
            "Äldreomsorg.",
            "Äldreomsorgen prognostiserar ett underskott på 11,6 mnkr. Hemtjänsttimmarna har ökat med 7 procent "
            "jämfört med budget och fler personer har beviljats plats på vård- och omsorgsboende, vilket ger högre "
            "kostnader för köpta platser.",
            C("Äldreomsorg", "11,6 mnkr", "-", "volymer", "kopt_verksamhet"),
            (
                "Inom äldreomsorgen visar hemtjänst och vård- och omsorgsboende −7,4 respektive −5,1 mnkr, medan "
                "dagverksamheten ger ett överskott om 0,9 mnkr.",
                C(
                    "Hemtjänst",
                    "−7,4",
                    "-",
                    unit="mnkr",
                    note="Sub-areas inside another area's paragraph: their own items, no reasons of their own.",
                    also=(
                        C("Vård- och omsorgsboende", "−5,1 mnkr", "-"),
                        C("Dagverksamhet", "0,9 mnkr", "+"),
                    ),
                ),
            ),
        ),
        LP(
            "Individ- och familjeomsorg.",
            "Verksamheten redovisar en negativ avvikelse om 4,8 mnkr. Orsaken är fler placeringar av unga på HVB "
            "under sommaren och dyrare konsulentstödda familjehem.",
            C("Individ- och familjeomsorg", "4,8 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Ekonomiskt bistånd.",
            "Biståndet beräknas bli 2,2 mnkr lägre än budget, eftersom fler hushåll har fått arbete efter insatser "
            "från jobbtorget.",
            C("Ekonomiskt bistånd", "2,2 mnkr", "+", "ekonomiskt_bistand", "volymer"),
        ),
        LP(
            "Förskola.",
            "Förskoleverksamheten visar ett överskott, främst på grund av färre inskrivna barn än planerat och "
            "vakanta förskollärartjänster.",
            C(
                "Förskola",
                None,
                "+",
                "volymer",
                "vakanser",
                note="Reasons only and the table is an image with no text layer: amount null.",
            ),
        ),
        LP(
            "Funktionsnedsättning.",
            "Prognosen är ett underskott på knappt 1,5 mnkr, som beror på utökade insatser i daglig verksamhet och "
            "högre kostnader för ledsagning.",
            C("Funktionsnedsättning", "knappt 1,5 mnkr", "-", "volymer"),
        ),
        LP(
            "Stadsmiljö och administration.",
            "Verksamheterna bedöms följa budget.",
            BP("Stadsmiljö och administration"),
        ),
        PageBreak(),
        Columns(1),
        H("Intäkter", 2),
        P(
            "Nämndens intäkter från avgifter inom äldreomsorgen blir 1,1 mnkr högre än budgeterat, eftersom fler "
            "brukare har hemtjänst.",
            C("Avgifter inom äldreomsorgen", "1,1 mnkr", "+", "avgifter_intakter", "volymer"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om en handlingsplan för äldreomsorgen med bland annat en översyn av planeringen "
            "i hemtjänsten, som beräknas minska underskottet med 2,0 mnkr under hösten.",
            A("Äldreomsorg", "2,0 mnkr", "bemanning"),
        ),
        H("Personal", 2),
        P(
            "Antalet medarbetare var 1 840 i augusti, 40 fler än vid årsskiftet, vilket beror på att två nya "
            "förskolor har öppnat.",
            O(None, note="Staff numbers against an earlier time with 'beror på': other."),
        ),
        P(
            "Sjukfrånvaron var 7,8 procent under perioden, vilket är lägre än under samma period 2024.",
            O(None, note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="stockholm-hagersten-alvsjo-sdn-tertialrapport-2025-08.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Hägersten-Älvsjö stadsdelsnämnd", "Stadsdelsnämnden"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 2 2025 Hägersten-Älvsjö stadsdelsnämnd",
            "author": "Stockholms stad",
        },
        style=style,
        blocks=blocks,
    )
