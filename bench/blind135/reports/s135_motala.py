"""Motala kommun, Socialnämnden, verksamhetsberättelse 2025.

A social committee's year-end report with the nämnd's meeting date in February in the footer: the result "ett
underskott på 12,7 miljoner kronor jämfört med tilldelad budget" with a percentage of the frame, the outcome
against the interim report's forecast (a forecast change), net cost growth against 2024 (other); a comment
table in mnkr with a trailing minus ("6,5-") whose comments give reasons without amounts (each takes its
row's cell), one "I nivå med budget." (boilerplate) and a sum row without comment; then plain headings where
the deviation is explained again: placements and a state grant with no total (the row's "6,5-"), ekonomiskt
bistånd "överskred budget med 4,9 mnkr" followed by households against 2024 (other), the vuxenenhet "hamnade
2,8 mnkr över budget"; investments "0,6 mnkr av budgeterade 1,4 mnkr" (0,8 never written out); an action for
2026 with its effect and a statement on equity (other). DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (mnkr, trailing minus)."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Motala kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Socialnämnden 2026-02-18", "Dnr SN 2026/31", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, mnkr", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Barn och familj", "118,4", "124,9", "6,5-"),
                "Fler placeringar i familjehem och på HVB än under tidigare år, varav flera akuta placeringar under "
                "sommaren.",
                C(
                    "Barn och familj",
                    "6,5-",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Vuxen", "64,2", "67,0", "2,8-"),
                "Ökade kostnader för köpt vård för missbruk, främst LVM-placeringar.",
                C("Vuxen", "2,8-", "-", "kopt_verksamhet", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Ekonomiskt bistånd", "71,5", "76,4", "4,9-"),
                "Utbetalt försörjningsstöd ökade under hela året. Hushållen med arbetslöshet som orsak till "
                "biståndsbehovet blev fler.",
                C(
                    "Ekonomiskt bistånd",
                    "4,9-",
                    "-",
                    "ekonomiskt_bistand",
                    "volymer",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Socialpsykiatri", "38,7", "37,3", "1,4"),
                "Överskott till följd av vakanta tjänster som boendestödjare.",
                C("Socialpsykiatri", "1,4", "+", "vakanser", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Myndighet och ledning", "29,6", "29,5", "0,1"),
                "I nivå med budget.",
                BP("Myndighet och ledning"),
            ),
            (("Summa", "322,4", "335,1", "12,7-"), "", None),
        ),
        widths=(112.0, 48.0, 48.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="cond-bold", after=2),
        Title("Socialnämnden", size=12, font="cond", after=14),
        H("Ekonomiskt utfall", 2),
        P(
            "Socialnämnden redovisar för 2025 ett underskott på 12,7 miljoner kronor jämfört med tilldelad budget, "
            "motsvarande 2,3 procent av nämndens ram.",
            C(None, "12,7 miljoner kronor", "-"),
        ),
        P(
            "Underskottet är 3,1 miljoner kronor mindre än vad som prognostiserades i delårsrapporten.",
            F(
                None,
                "3,1 miljoner kronor",
                "+",
                note="The outcome against the interim forecast: a forecast change.",
            ),
        ),
        P(
            "Nämndens nettokostnader ökade med 4,8 procent jämfört med 2024.",
            O(None, note="Net cost growth against the previous year: other."),
        ),
        comments,
        H("Analys per verksamhetsområde", 2),
        H("Barn och familj", 3),
        P(
            "Kostnaderna för placeringar av barn och unga blev betydligt högre än budgeterat, då både antalet "
            "placeringar och dygnskostnaderna på HVB har ökat. Samtidigt har verksamheten fått ett statsbidrag för "
            "stärkt barnrättsarbete på 1,7 mnkr som delvis har kompenserat underskottet.",
            C(
                "Barn och familj",
                "6,5-",
                "-",
                "kopt_verksamhet",
                "volymer",
                "prisokningar",
                "statsbidrag",
                unit="mnkr",
                table=True,
                note="Explained again below the table with no total: the row's cell (the grant is a part).",
            ),
        ),
        H("Ekonomiskt bistånd", 3),
        PS(
            (
                "Försörjningsstödet överskred budget med 4,9 mnkr.",
                C("Ekonomiskt bistånd", "4,9 mnkr", "-", "ekonomiskt_bistand"),
            ),
            (
                "Antalet hushåll med försörjningsstöd var i genomsnitt 1 146 per månad, 87 fler än 2024.",
                O("Ekonomiskt bistånd", "volymer", note="Households against the previous year: other."),
            ),
        ),
        H("Vuxen", 3),
        P(
            "Vuxenenheten hamnade 2,8 mnkr över budget. Tre personer har under året varit placerade enligt LVM under "
            "längre tid, och dygnskostnaden för behandlingshem har stigit.",
            C("Vuxen", "2,8 mnkr", "-", "kopt_verksamhet", "prisokningar"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar uppgick till 0,6 mnkr av budgeterade 1,4 mnkr. Inköpet av ett nytt "
            "verksamhetssystem för ekonomiskt bistånd har skjutits till 2026.",
            C(
                "Investeringar",
                "1,4 mnkr",
                "+",
                "it_digitalisering",
                "periodisering",
                value=0.8e6,
                note="An under-spend never written out (1,4 − 0,6): the computed value, the amount text as written.",
            ),
        ),
        H("Inför 2026", 2),
        P(
            "Nämnden har beslutat om en plan för hemmaplanslösningar som ska minska antalet externa placeringar. "
            "Planen beräknas sänka kostnaderna med 3 mnkr under 2026.",
            A("Barn och familj", "3 mnkr", "kopt_verksamhet"),
        ),
        P(
            "Nämnden har inget eget kapital att ta i anspråk, och underskottet förs inte över till kommande års "
            "budget enligt kommunens regler för resultatöverföring.",
            O(None, note="Equity and result transfer: other."),
        ),
    ]
    return ReportSpec(
        file="motala-sn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Motala",
            "committee": ["Socialnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Socialnämnden", "author": "Motala kommun"},
        style=style,
        blocks=blocks,
    )
