"""Haninge kommun, Äldrenämnden, delårsrapport januari–augusti 2025.

An elderly-care committee's interim report in "miljoner kronor" and mnkr with en dashes in the table and
U+2212 in the headings, footer with the nämnd's meeting date in September: the full year "ett underskott på
14,2 miljoner kronor" and the change since the tertial report with its cause in two sentences; three
kostnadsslag in one sentence ("överstiger budget med 9,8 respektive 7,1 miljoner kronor, medan intäkterna
blir 2,7 miljoner kronor högre", three items with no reason); a verksamhet table; then two columns of
headings that carry the verksamhet and its amount ("Hemtjänst −5,8 mnkr"), so the deficit is explained twice:
home-care hours and LOV providers, bought places with the number of places as the reason, hired nurses ("Det
är främst … som har kostat mer"), a closure for renovation, an undistributed buffer whose "1,0 mnkr" is a
part of the heading's 1,5, and "±0 mnkr" over "bedöms gå jämnt ut" (boilerplate); investments "Av nämndens
investeringsbudget på 6,5 mnkr beräknas 2,8 mnkr användas" (3,7 never written out); an action with its effect
and sick leave against last year (other). DejaVu Serif 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Haninge kommun", "Äldrenämnden – Delårsrapport 2025"),
        footer=lambda n, m: ("Äldrenämndens sammanträde 2025-09-24", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsgemensamt", "38,4", "24,9", "36,9", "1,5"),
            ("Hemtjänst", "246,0", "171,2", "251,8", "–5,8"),
            ("Särskilt boende", "398,5", "272,4", "407,6", "–9,1"),
            ("Dagverksamhet och träffpunkter", "21,7", "13,1", "20,9", "0,8"),
            ("Hälso- och sjukvård", "84,2", "57,0", "85,8", "–1,6"),
            ("Biståndshandläggning", "29,9", "19,6", "29,9", "0,0"),
            ("Summa", "818,7", "558,2", "832,9", "–14,2"),
        ),
        widths=(150.0, 70.0, 82.0, 76.0, 62.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Äldrenämnden", size=12, font="sans", after=12),
        H("Ekonomisk uppföljning", 1),
        PS(
            (
                "Äldrenämnden prognostiserar ett underskott på 14,2 miljoner kronor för 2025.",
                C(None, "14,2 miljoner kronor", "-", note="The full year, no reason in the sentence."),
            ),
            (
                "Det är 3,5 miljoner kronor sämre än i tertialrapporten, då kostnaderna för köpta platser i särskilt "
                "boende har fortsatt att öka.",
                F(None, "3,5 miljoner kronor", "-", "kopt_verksamhet"),
            ),
        ),
        P(
            "Personalkostnaderna och köp av verksamhet överstiger budget med 9,8 respektive 7,1 miljoner kronor, "
            "medan intäkterna blir 2,7 miljoner kronor högre än budgeterat.",
            C(
                "Personalkostnader",
                "9,8",
                "-",
                unit="mnkr",
                note="Three kostnadsslag in one sentence: three items with the same text, no reasons.",
                also=(
                    C("Köp av verksamhet", "7,1 miljoner kronor", "-"),
                    C("Intäkter", "2,7 miljoner kronor", "+"),
                ),
            ),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        Columns(2),
        HP(
            "Hemtjänst −5,8 mnkr",
            "Antalet beviljade hemtjänsttimmar har ökat med 7 procent sedan årsskiftet, och ersättningen till de "
            "privata utförarna enligt LOV följer volymen. I egen regi har sjukfrånvaron lett till ökade kostnader för "
            "timvikarier.",
            C("Hemtjänst", "−5,8 mnkr", "-", "volymer", "kopt_verksamhet", "sjukfranvaro", "vikarier"),
        ),
        HP(
            "Särskilt boende −9,1 mnkr",
            "Underskottet beror på att nämnden köper fler platser externt än budgeterat, i genomsnitt 22 platser mot "
            "budgeterade 12, eftersom kön till de egna boendena har vuxit. Ett av boendena har dessutom haft höga "
            "kostnader för nattbemanning.",
            C("Särskilt boende", "−9,1 mnkr", "-", "kopt_verksamhet", "volymer", "bemanning"),
        ),
        HP(
            "Hälso- och sjukvård −1,6 mnkr",
            "Det är främst hyrsjuksköterskor under sommaren som har kostat mer än beräknat.",
            C("Hälso- och sjukvård", "−1,6 mnkr", "-", "inhyrd_personal"),
        ),
        HP(
            "Dagverksamhet och träffpunkter +0,8 mnkr",
            "En av träffpunkterna har varit stängd för renovering sedan maj.",
            C(
                "Dagverksamhet och träffpunkter",
                "+0,8 mnkr",
                "+",
                "ovrigt",
                note="A closure for renovation: ovrigt.",
            ),
        ),
        HP(
            "Nämnd och förvaltningsgemensamt +1,5 mnkr",
            "Överskottet kommer från en ännu inte fördelad buffert på 1,0 mnkr och från vakanser inom "
            "administrationen.",
            C(
                "Nämnd och förvaltningsgemensamt",
                "+1,5 mnkr",
                "+",
                "reserver",
                "vakanser",
                note="The buffer's 1,0 mnkr is a part; the heading's amount is the item's.",
            ),
        ),
        HP(
            "Biståndshandläggning ±0 mnkr",
            "Verksamheten bedöms gå jämnt ut.",
            BP("Biståndshandläggning"),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsbudget på 6,5 mnkr beräknas 2,8 mnkr användas under året, eftersom öppnandet "
            "av ett nytt vård- och omsorgsboende har skjutits till mars 2026 och inköpen av inventarier flyttas med.",
            C(
                "Investeringar",
                "investeringsbudget på 6,5 mnkr beräknas 2,8 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=3_700_000,
                note="Under-spending of 3,7 mnkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att öppna tio korttidsplatser i egen regi under hösten i "
            "stället för att köpa platser, vilket beräknas minska kostnaderna med 1,2 mnkr under 2025.",
            A("Särskilt boende", "1,2 mnkr", "kopt_verksamhet"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 8,4 procent under perioden, jämfört med 9,1 procent samma period 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="haninge-aln-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Haninge",
            "committee": ["Äldrenämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025 Äldrenämnden", "author": "Haninge kommun"},
        style=style,
        blocks=blocks,
    )
