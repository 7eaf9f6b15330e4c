"""Timrå kommun, Socialnämnden, månadsrapport oktober 2025.

A social committee's month report in mnkr and tkr, DejaVu Serif, footer with the arbetsutskott's meeting
date in November: the full year "ett underskott på 12,4 mnkr (−13,1 mnkr i september)" (September's figure
in brackets is not the amount), the period "9,6 mnkr högre än den periodiserade budgeten" in a paragraph of
its own, the change since September with its causes; a table in tkr with deficits in brackets ("(7 700)");
under a generic heading one bullet per verksamhet in varied shapes: "redovisar ett underskott på 7,7 mnkr
(−7,9)", "Ekonomiskt bistånd: 3,2 mnkr över budget", a possessive "Äldreomsorgens negativa avvikelse",
"gör ett överskott på 2,2 mnkr", "ligger i nivå med budget" (boilerplate beside a row of "(200)") and a
reason-only surplus (the row's "300"); an action with "1,8 mnkr på helår" after an unlabelled lead-in;
investments "2,5 mnkr blir kvar vid årets slut"; sick leave against last year and an uncertainty (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(68.0, 78.0, 68.0, 74.0),
        header=lambda n, m: ("Timrå kommun", "Socialförvaltningen"),
        footer=lambda n, m: ("Socialnämndens arbetsutskott 2025-11-12", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr (underskott inom parentes)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "8 400", "8 100", "300"),
            ("Individ- och familjeomsorg", "64 200", "71 900", "(7 700)"),
            ("Ekonomiskt bistånd", "28 000", "31 200", "(3 200)"),
            ("Äldreomsorg", "246 500", "250 300", "(3 800)"),
            ("Funktionsstöd", "102 300", "100 100", "2 200"),
            ("Hälso- och sjukvård", "41 600", "41 800", "(200)"),
            ("Summa", "491 000", "503 400", "(12 400)"),
        ),
        widths=(170.0, 72.0, 72.0, 72.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="serif-bold", after=2),
        Title("Socialnämnden", size=12, font="serif-italic", after=12),
        H("Ekonomisk prognos", 2),
        P(
            "Socialnämndens prognos efter oktober är ett underskott på 12,4 mnkr (−13,1 mnkr i september).",
            C(None, "12,4 mnkr", "-", note="September's figure in brackets is not the amount."),
        ),
        P(
            "Till och med oktober är nettokostnaderna 9,6 mnkr högre än den periodiserade budgeten.",
            C(None, "9,6 mnkr", "-", note="The period in a paragraph of its own."),
        ),
        P(
            "Prognosen har förbättrats med 0,7 mnkr sedan september, eftersom sjukfrånvaron inom äldreomsorgen har "
            "minskat och färre timvikarier har behövts.",
            F(None, "0,7 mnkr", "+", "sjukfranvaro", "vikarier"),
        ),
        table,
        Space(8),
        H("Verksamheternas kommentarer", 2),
        Bullets(
            (
                "Individ- och familjeomsorgen redovisar ett underskott på 7,7 mnkr (−7,9). Det beror framför allt på "
                "att fem barn har placerats i familjehem via konsulentstödda bolag och att två ungdomar vårdas på HVB.",
                "Ekonomiskt bistånd: 3,2 mnkr över budget till följd av fler hushåll med långvarigt bistånd och att "
                "fler personer har lämnat etableringsuppdraget utan egen försörjning.",
                "Äldreomsorgens negativa avvikelse på 3,8 mnkr förklaras av utökad nattbemanning på det särskilda "
                "boendet i Söråker och av att hemtjänsttimmarna har ökat med 9 procent sedan januari.",
                "Funktionsstöd gör ett överskott på 2,2 mnkr. Ett gruppboende har haft två lediga platser sedan våren "
                "och ersättningen från Försäkringskassan för assistans har blivit högre än budgeterat.",
                "Hälso- och sjukvård ligger i nivå med budget.",
                "Nämnd och ledning visar ett mindre överskott som beror på lägre arvoden och kostnader för utbildning "
                "av förtroendevalda.",
            ),
            labels=(
                C(
                    "Individ- och familjeomsorg",
                    "7,7 mnkr",
                    "-",
                    "kopt_verksamhet",
                    note="The bracketed figure is last month's.",
                ),
                C("Ekonomiskt bistånd", "3,2 mnkr", "-", "ekonomiskt_bistand", "volymer"),
                C(
                    "Äldreomsorg",
                    "3,8 mnkr",
                    "-",
                    "bemanning",
                    "volymer",
                    note="A possessive names the area.",
                ),
                C("Funktionsstöd", "2,2 mnkr", "+", "volymer", "ersattning_fk"),
                BP("Hälso- och sjukvård", note="'I nivå med budget' beside a row of (200): boilerplate."),
                C(
                    "Nämnd och ledning",
                    "300",
                    "+",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note="A reason only: the row's cell. Members' fees are ovrigt.",
                ),
            ),
        ),
        H("Åtgärder", 2),
        PS(
            ("Nämnden beslutade i september om en åtgärdsplan för individ- och familjeomsorgen.", None),
            (
                "Planen innebär att egna familjehem rekryteras i stället för konsulentstödda, med en beräknad effekt "
                "på 1,8 mnkr på helår.",
                A("Individ- och familjeomsorg", "1,8 mnkr", "kopt_verksamhet"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 4,0 mnkr har 1,1 mnkr använts till och med oktober, och prognosen är att "
            "2,5 mnkr blir kvar vid årets slut eftersom bytet av larm på Sörberge särskilda boende har flyttats till "
            "2026.",
            C("Investeringar", "2,5 mnkr", "+", "periodisering", note="The under-spend is the amount left."),
        ),
        H("Personal och osäkerheter", 2),
        P(
            "Sjukfrånvaron i förvaltningen var 8,6 procent i oktober, jämfört med 9,9 procent i oktober 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
        P(
            "Det finns en osäkerhet i prognosen för ekonomiskt bistånd inför vintern.",
            O("Ekonomiskt bistånd", note="An uncertainty."),
        ),
    ]
    return ReportSpec(
        file="timra-sn-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Timrå",
            "committee": ["Socialnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Socialnämnden", "author": "Timrå kommun"},
        style=style,
        blocks=blocks,
    )
