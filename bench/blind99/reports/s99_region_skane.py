"""Region Skåne, Kulturnämnden, delårsrapport januari–augusti 2025.

A region's culture committee's interim report in "miljoner kronor" with a header carrying the nämnd's meeting
date in September: the period "3,3 miljoner kronor bättre än periodiserad budget" and the full year "ett
överskott mot budget om 2,0 miljoner kronor" in separate paragraphs, the difference's timing reason in a third
(amount null); a table whose deficits are in brackets ("(0,4)"); then bold run-in areas ending in a full stop:
development grants where "1,6 miljoner kronor bedöms återstå", the administration's personnel costs "lägre än
budgeterat, 1,2 miljoner kronor", film with a "varav" part (one item with the total), library e-media "0,3
miljoner kronor över budget", grants to institutions that "följer budget" (boilerplate) and a reason-only
deficit for the nämnd (the row's "(0,1)"); a change since the tertial report, an action with its amount and
the state grant against 2024 (other). Liberation Sans (Arial metrics) 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Region Skåne", "Kulturnämnden 2025-09-25"),
        footer=lambda n, m: ("Delårsrapport augusti 2025", "", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Tabell 1. Ekonomiskt utfall och prognos per verksamhet, miljoner kronor",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Bidrag till regionala kulturinstitutioner", "412,0", "412,0", "0,0"),
            ("Utvecklingsbidrag", "18,5", "16,9", "1,6"),
            ("Regional biblioteksverksamhet", "9,2", "9,5", "(0,3)"),
            ("Filmverksamhet", "14,8", "15,2", "(0,4)"),
            ("Kulturförvaltningen", "46,3", "45,1", "1,2"),
            ("Nämnd och politisk verksamhet", "3,4", "3,5", "(0,1)"),
            ("Summa", "504,2", "502,2", "2,0"),
        ),
        widths=(200.0, 70.0, 74.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Kulturnämnden", size=12.5, font="arial", after=14),
        H("1 Ekonomi", 1),
        H("1.1 Resultat och prognos", 2),
        P(
            "Kulturnämndens resultat per den 31 augusti är 6,1 miljoner kronor, vilket är 3,3 miljoner kronor "
            "bättre än periodiserad budget.",
            C(None, "3,3 miljoner kronor", "+", note="The period against the periodised budget."),
        ),
        P(
            "Helårsprognosen pekar på ett överskott mot budget om 2,0 miljoner kronor.",
            C(None, "2,0 miljoner kronor", "+"),
        ),
        P(
            "Att periodens överskott är större än helårets beror på att huvuddelen av projektbidragen betalas ut "
            "under hösten.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's timing reason apart from its amount: amount null.",
            ),
        ),
        table,
        H("1.2 Kommentarer till avvikelserna", 2),
        LP(
            "Utvecklingsbidrag.",
            "Färre ansökningar än väntat om bidrag till kulturprojekt i skolan gör att anslaget inte förbrukas "
            "fullt ut: 1,6 miljoner kronor bedöms återstå vid årets slut.",
            C("Utvecklingsbidrag", "1,6 miljoner kronor", "+", "volymer"),
        ),
        LP(
            "Kulturförvaltningen.",
            "Personalkostnaderna blir lägre än budgeterat, 1,2 miljoner kronor, eftersom två tjänster som "
            "kulturstrateg har stått vakanta under våren.",
            C("Kulturförvaltningen", "1,2 miljoner kronor", "+", "vakanser"),
        ),
        LP(
            "Filmverksamhet.",
            "Kostnaderna överstiger budget med 0,4 miljoner kronor, varav 0,25 miljoner kronor avser en retroaktiv "
            "hyreshöjning för filmstudion i Ystad.",
            C(
                "Filmverksamhet",
                "0,4 miljoner kronor",
                "-",
                "lokaler",
                "periodisering",
                note="A 'varav' part: one item with the total.",
            ),
        ),
        LP(
            "Regional biblioteksverksamhet.",
            "Priserna på licenser för e-medier har stigit, och verksamheten hamnar 0,3 miljoner kronor över budget.",
            C(
                "Regional biblioteksverksamhet",
                "0,3 miljoner kronor",
                "-",
                "it_digitalisering",
                "prisokningar",
            ),
        ),
        LP(
            "Bidrag till regionala kulturinstitutioner.",
            "Bidragen följer budget.",
            BP("Bidrag till regionala kulturinstitutioner"),
        ),
        LP(
            "Nämnd och politisk verksamhet.",
            "Fler sammanträden än planerat, främst med anledning av arbetet med den nya kulturplanen, har gett "
            "högre arvodeskostnader.",
            C(
                "Nämnd och politisk verksamhet",
                "(0,1)",
                "-",
                "ovrigt",
                unit="mnkr",
                table=True,
                note="Reason only: the row's bracketed cell. Members' fees are ovrigt.",
            ),
        ),
        H("1.3 Förändring sedan tertialrapporten", 2),
        P(
            "Prognosen är 0,7 miljoner kronor bättre än i tertialrapporten per april.",
            F(None, "0,7 miljoner kronor", "+"),
        ),
        H("1.4 Åtgärder", 2),
        P(
            "Nämnden har beslutat om en extra utlysning av utvecklingsbidrag om 1,0 miljon kronor under hösten, så "
            "att en del av de återstående medlen kommer kulturlivet till del.",
            A("Utvecklingsbidrag", "1,0 miljon kronor"),
        ),
        H("1.5 Statliga medel", 2),
        P(
            "Statens bidrag inom kultursamverkansmodellen uppgår till 196 miljoner kronor för 2025, två procent mer "
            "än 2024.",
            O(None, note="A state grant against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="region-skane-kun-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Region Skåne",
            "committee": ["Kulturnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport augusti 2025 Kulturnämnden", "author": "Region Skåne"},
        style=style,
        blocks=blocks,
    )
