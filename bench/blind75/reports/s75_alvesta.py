"""Alvesta kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun).

A whole-kommun month report in mnkr with U+2212 minus signs, footer with the arbetsutskott's meeting date in
November: the period "8,9 mnkr bättre än den periodiserade budgeten", the full year as a result against the
budgeted result in two sentences ending "Avvikelsen mot budget är därmed −10,6 mnkr", one sentence splitting it
into the nämnder's "underskott mot budget på 24,7 mnkr" and the finance function's "överskott om 14,1 mnkr"
(two items), the change since September with its cause; a nämnd table with October's and September's
deviation; under a generic heading ("Ekonomienhetens kommentar") en-dash bullets per nämnd in varied shapes:
"Kommunstyrelsen: överskott 3,4 mnkr.", "−11,8 mnkr (−10,2)" with September's figure in brackets, a possessive
"Socialnämndens underskott på 15,7 mnkr" with a "varav" part, revenue that "hamnar 0,6 mnkr under budget",
two bodies that "håller sin budget" (boilerplate); tax revenue, then pensions and the finance net as a
"respektive" pair (no tags); investments "97,5 mnkr mot budgeterade 142,0 mnkr" (44,5 never written out) and a
project overrun; two actions, the balanskrav and a goal not met with "beror på" (other). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.5, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Alvesta kommun", "Månadsrapport oktober 2025"),
        footer=lambda n, m: (
            "Kommunstyrelsens arbetsutskott 2025-11-25",
            "Dnr KS 2025/214",
            f"Sida {n} ({m})",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Tabell 1. Helårsprognos per nämnd 2025, mnkr (negativt tal = sämre än budget)",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen", "148,6", "145,2", "3,4", "2,9"),
            ("Utbildningsnämnden", "512,3", "524,1", "−11,8", "−10,2"),
            ("Socialnämnden", "468,9", "484,6", "−15,7", "−13,4"),
            ("Miljö- och byggnadsnämnden", "9,8", "10,4", "−0,6", "−0,5"),
            ("Överförmyndarnämnden", "4,1", "4,1", "0,0", "0,0"),
            ("Revisionen", "1,6", "1,6", "0,0", "0,0"),
            ("Summa nämnder", "1 145,3", "1 170,0", "−24,7", "−21,2"),
        ),
        widths=(158.0, 74.0, 78.0, 78.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=20, font="arial-bold", after=2),
        Title(
            "Ekonomisk uppföljning för Alvesta kommun, januari–oktober",
            size=11.5,
            font="arial-italic",
            after=12,
        ),
        P(
            "Rapporten omfattar kommunens samtliga nämnder och bygger på bokfört utfall till och med oktober samt "
            "nämndernas bedömning av helåret. Den kommunala koncernens bolag ingår inte."
        ),
        H("Resultat och prognos", 1),
        P(
            "Resultatet för januari–oktober uppgår till 71,6 mnkr, vilket är 8,9 mnkr bättre än den periodiserade "
            "budgeten.",
            C(
                None,
                "8,9 mnkr",
                "+",
                note="The period against the periodised budget in a paragraph of its own.",
            ),
        ),
        P(
            "För helåret prognostiseras ett resultat på 18,4 mnkr, att jämföra med budgeterade 29,0 mnkr. "
            "Avvikelsen mot budget är därmed −10,6 mnkr.",
            C(
                None,
                "−10,6 mnkr",
                "-",
                note="The full-year result against the budgeted result: the deviation.",
            ),
        ),
        P(
            "Nämnderna redovisar sammantaget ett underskott mot budget på 24,7 mnkr, medan finansförvaltningen "
            "beräknas ge ett överskott om 14,1 mnkr.",
            C(
                "Nämnderna",
                "24,7 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansförvaltningen", "14,1 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Prognosen har försämrats med 3,2 mnkr sedan septemberrapporten, framför allt till följd av nya "
            "placeringar av barn och unga inom socialnämnden.",
            F(None, "3,2 mnkr", "-", "kopt_verksamhet"),
        ),
        committees,
        Space(10),
        H("Ekonomienhetens kommentar", 2),
        Bullets(
            (
                "Kommunstyrelsen: överskott 3,4 mnkr. Vakanta tjänster inom kommunledningsförvaltningen och lägre "
                "kostnader för vinterväghållning än budgeterat under våren bidrar mest.",
                "Utbildningsnämnden −11,8 mnkr (−10,2). Grundskolan har fler elever med behov av särskilt stöd än "
                "vad budgeten bygger på, och kostnaderna för elever i fristående gymnasieskolor i Växjö ökar.",
                "Socialnämndens underskott på 15,7 mnkr beror i huvudsak på externa placeringar inom individ- och "
                "familjeomsorgen, varav HVB-placeringar för ungdomar står för 9,2 mnkr. Därtill kommer ökade "
                "kostnader för hemtjänst när antalet beviljade timmar har stigit.",
                "Miljö- och byggnadsnämndens intäkter från bygglov hamnar 0,6 mnkr under budget, eftersom färre "
                "småhus byggs än beräknat.",
                "Överförmyndarnämnden och revisionen håller sin budget.",
            ),
            labels=(
                C(
                    "Kommunstyrelsen",
                    "3,4 mnkr",
                    "+",
                    "vakanser",
                    "ovrigt",
                    note="'överskott 3,4 mnkr' after a colon. A mild spring (less winter road upkeep) is ovrigt.",
                ),
                C(
                    "Utbildningsnämnden",
                    "−11,8 mnkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    note="September's figure in brackets is not the amount.",
                ),
                C(
                    "Socialnämnden",
                    "15,7 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="A possessive area with a 'varav' part: one item with the total.",
                ),
                C(
                    "Miljö- och byggnadsnämnden",
                    "0,6 mnkr",
                    "-",
                    "avgifter_intakter",
                    "volymer",
                    note="Revenue under budget: negative.",
                ),
                BP("Överförmyndarnämnden", also=(BP("Revisionen"),)),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 9,8 mnkr högre än budgeterat, främst till följd av "
            "SKR:s skatteunderlagsprognos i oktober.",
            C("Skatteintäkter och generella statsbidrag", "9,8 mnkr", "+", note=NO_TAG),
        ),
        P(
            "Pensionskostnaderna och finansnettot bidrar med +2,9 respektive +1,4 mnkr jämfört med budget.",
            C(
                "Pensionskostnader",
                "+2,9",
                "+",
                unit="mnkr",
                note=NO_TAG + " A 'respektive' pair: two items.",
                also=(C("Finansnetto", "+1,4 mnkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 97,5 mnkr mot budgeterade 142,0 mnkr. Ombyggnaden av Ängslyckans skola har "
            "skjutits till 2026 och flera VA-projekt i Moheda har försenats.",
            C(
                "Investeringar",
                "97,5 mnkr mot budgeterade 142,0 mnkr",
                "+",
                "periodisering",
                value=44_500_000,
                note="Investment under-spending of 44,5 mnkr, never written out: the computed value.",
            ),
        ),
        P(
            "Nytt kök och ny matsal på Ekbackens skola beräknas överskrida projektbudgeten med 4,2 mnkr på grund av "
            "fuktskador i bjälklaget som upptäcktes vid rivningen.",
            C(
                "Ekbackens skola, kök och matsal",
                "4,2 mnkr",
                "-",
                "ovrigt",
                note="A project overrun: negative.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen beslutade i oktober om anställningsprövning i samtliga förvaltningar. Effekten för 2025 "
            "beräknas till cirka 1,5 mnkr och ingår inte i prognosen.",
            A(None, "cirka 1,5 mnkr", "bemanning"),
        ),
        P(
            "Socialnämnden arbetar enligt en handlingsplan för att ersätta externa placeringar med egen öppenvård.",
            A("Socialnämnden", None, "kopt_verksamhet"),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Balanskravsresultatet beräknas till 16,9 mnkr. Målet om ett resultat på minst 2 procent av skatter och "
            "generella statsbidrag nås inte, vilket beror på nämndernas underskott.",
            O(None, note="Balanskrav and a financial goal with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="alvesta-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Alvesta",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Alvesta kommun"},
        style=style,
        blocks=blocks,
    )
