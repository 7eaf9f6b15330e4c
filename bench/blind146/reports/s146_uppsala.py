"""Uppsala kommun, Äldrenämnden, årsbokslut 2025.

An elderly-care committee's year-end report in Liberation Sans Narrow 10 pt (period = the year), footer with
the diarienummer of February: the result "ett underskott på 31,4 miljoner kronor mot budget" with a share of
the budget in percent, the outcome against the interim forecast without a cause (a forecast change) and net
cost growth against 2024 (other) in the same paragraph; a table whose last column is each row's comment, in
mnkr with U+2212 minus: reason-only comments (each takes its row's cell: "1,3", "−16,7", "2,8", "4,3"), a
comment that names its own amount ("går med underskott om 24,4 mnkr"), "i nivå med budget" (boilerplate), a
row with no comment and the sum row (unlabelled); kostnadsslag in prose ("blev 9,8 mnkr högre än budgeterat",
revenue "3,1 mnkr högre än budget", positive); investments "8,2 mnkr mot en budget på 12,5 mnkr" (4,3 never
written out); an action for 2026 with its effect and the rule that the deficit is not restored (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, Para, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (mnkr)."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(17.0, 12.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "narrow-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Uppsala kommun", "Äldrenämnden"),
        footer=lambda n, m: ("Årsbokslut 2025", "Diarienummer ÄLN-2026-00031, 2026-02-12", f"Sida {n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, mnkr", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Myndighetsutövning", "38,2", "36,9", "1,3"),
                "Vakanta tjänster som biståndshandläggare under våren.",
                C("Myndighetsutövning", "1,3", "+", "vakanser", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Hemtjänst", "612,0", "628,7", "−16,7"),
                "Antalet beviljade hemtjänsttimmar ökade med drygt 6 procent, främst hos brukare över 85 år. "
                "Hemtjänsten i egen regi har också haft höga kostnader för övertid.",
                C(
                    "Hemtjänst",
                    "−16,7",
                    "-",
                    "volymer",
                    "overtid",
                    unit="mnkr",
                    table=True,
                    note=ROW + " The 6 procent is a volume, not the amount.",
                ),
            ),
            (
                ("Särskilt boende", "1 104,5", "1 128,9", "−24,4"),
                "Särskilt boende går med underskott om 24,4 mnkr. Beläggningen i de upphandlade boendena har varit "
                "högre än planerat och priserna i de nya avtalen har räknats upp mer än kommunbidraget.",
                C(
                    "Särskilt boende",
                    "24,4 mnkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    "prisokningar",
                    note="The comment names its own amount: from the prose.",
                ),
            ),
            (
                ("Korttidsvård", "64,0", "61,2", "2,8"),
                "Lägre beläggning efter att en korttidsenhet stängdes för renovering under hösten.",
                C(
                    "Korttidsvård",
                    "2,8",
                    "+",
                    "volymer",
                    "ovrigt",
                    unit="mnkr",
                    table=True,
                    note=ROW + " A closure for renovation is ovrigt.",
                ),
            ),
            (
                ("Dagverksamhet", "22,1", "22,1", "0,0"),
                "Utfallet är i nivå med budget.",
                BP("Dagverksamhet"),
            ),
            (("Förebyggande insatser", "15,3", "14,0", "1,3"), "", None),
            (
                ("Nämnd och gemensamt", "30,6", "26,3", "4,3"),
                "Den centrala bufferten har inte behövt tas i anspråk.",
                C("Nämnd och gemensamt", "4,3", "+", "reserver", unit="mnkr", table=True, note=ROW),
            ),
            (("Summa", "1 886,7", "1 918,1", "−31,4"), "", None),
        ),
        widths=(112.0, 50.0, 50.0, 56.0),
        size=8.5,
    )
    blocks = [
        Title("Årsbokslut 2025", size=22, font="arial-bold", after=2),
        Title("Äldrenämnden", size=13, font="narrow", after=14),
        H("Ekonomiskt utfall", 2),
        Para(
            (
                (
                    "Äldrenämnden redovisar för 2025 ett underskott på 31,4 miljoner kronor mot budget, vilket "
                    "motsvarar 1,7 procent av nämndens budget.",
                    C(None, "31,4 miljoner kronor", "-", note="The year's result against budget, no reason."),
                ),
                (
                    "Det är 5,2 miljoner kronor bättre än prognosen i delårsbokslutet.",
                    F(None, "5,2 miljoner kronor", "+", note="The outcome against the interim forecast."),
                ),
                (
                    "Nettokostnaderna ökade med 4,8 procent jämfört med 2024.",
                    O(None, note="Cost growth against the previous year."),
                ),
            )
        ),
        H("Resultat per verksamhet", 2),
        comments,
        H("Kostnader och intäkter", 2),
        P(
            "Personalkostnaderna blev 9,8 mnkr högre än budgeterat. Det beror på en ökad sjukfrånvaro, särskilt "
            "under sommaren, och på att fler timvikarier behövde tas in.",
            C("Personalkostnader", "9,8 mnkr", "-", "sjukfranvaro", "vikarier"),
        ),
        P(
            "Intäkterna från omvårdnadsavgifter blev däremot 3,1 mnkr högre än budget till följd av den höjda "
            "maxtaxan.",
            C(
                "Omvårdnadsavgifter",
                "3,1 mnkr",
                "+",
                "avgifter_intakter",
                note="Revenue over budget: positive.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar uppgick till 8,2 mnkr mot en budget på 12,5 mnkr. Inköpet av nya trygghetslarm "
            "sköts upp i väntan på en ny upphandling.",
            C(
                "Investeringar",
                "8,2 mnkr mot en budget på 12,5 mnkr",
                "+",
                "periodisering",
                value=4_300_000,
                note="Investment under-spending of 4,3 mnkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder inför 2026", 2),
        P(
            "Nämnden har antagit en handlingsplan för 2026 med bland annat minskad övertid och nya scheman i "
            "hemtjänsten. Effekten beräknas till 12 mnkr.",
            A("Hemtjänst", "12 mnkr", "overtid", "bemanning"),
        ),
        H("Återställande av underskott", 2),
        P(
            "Enligt kommunfullmäktiges regler ska nämndens underskott inte återställas, eftersom kommunen som helhet "
            "redovisar ett positivt resultat för 2025.",
            O(None, note="A rule about restoring the deficit: other."),
        ),
    ]
    return ReportSpec(
        file="uppsala-aln-bokslut-2025.pdf",
        report={
            "municipality": "Uppsala",
            "committee": ["Äldrenämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Årsbokslut 2025 Äldrenämnden", "author": "Uppsala kommun"},
        style=style,
        blocks=blocks,
    )
