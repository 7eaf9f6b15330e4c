"""Haninge kommun, Socialnämnden, tertialrapport 1 2026.

A social committee's tertial report in tkr with deficits in brackets ("(6 800)"), footer with the nämnd's
meeting date in May: the period "2 140 tkr lägre än periodiserad budget" and the full year's "underskott på
6 900 tkr" in two sentences (two items), the period surplus's timing reason in a paragraph of its own (amount
null), then two columns of bold run-in verksamheter with a colon: "Prognosen är ett underskott på 6,8 mnkr"
in a tkr report, a reason-only deficit (the row's "(2 500)") with a vacancy that dampens it, a volume
paragraph whose amount comes in its second sentence, "ett överskott om 0,8 mnkr", "följer i stort sett
budget" beside a row of 600 (boilerplate), "Överskottet, 3,0 mnkr, förklaras av", a surplus from lower
consultant costs; the change since February, an action with its effect and sick leave against last year with
"beror på" (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 80.0, 62.0, 74.0),
        gutter=20.0,
        header=lambda n, m: ("Haninge kommun | Socialförvaltningen", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Socialnämnden 2026-05-26", "", f"Sida {n} av {m}"),
        header_size=7.5,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "18 400", "5 600", "17 600", "800"),
            ("Barn och unga", "142 300", "49 100", "149 100", "(6 800)"),
            ("Vuxen", "64 200", "20 900", "66 700", "(2 500)"),
            ("Ekonomiskt bistånd", "96 500", "33 800", "99 300", "(2 800)"),
            ("Socialpsykiatri", "38 700", "12 300", "37 900", "800"),
            ("Familjerätt och familjestöd", "22 100", "7 000", "21 500", "600"),
            ("Boende och stöd", "31 800", "8 900", "28 800", "3 000"),
            ("Summa", "414 000", "137 600", "420 900", "(6 900)"),
        ),
        widths=(156.0, 68.0, 82.0, 74.0, 62.0),
        bold_rows=frozenset({7}),
        rules=True,
        grid=True,
        size=8.5,
        shade=(0.86, 0.9, 0.95),
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="sans-bold", after=2),
        Title("Socialnämnden", size=12, font="sans", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Socialnämnden redovisar ett utfall för januari–april som är 2 140 tkr lägre än periodiserad budget.",
                C(
                    None,
                    "2 140 tkr",
                    "+",
                    note="The period's deviation: a net cost under the periodised budget.",
                ),
            ),
            (
                "För helåret prognostiseras däremot ett underskott på 6 900 tkr, motsvarande 0,9 procent av "
                "nämndens budgetram.",
                C(
                    None,
                    "6 900 tkr",
                    "-",
                    note="The full year in a sentence of its own; the percentage is not the amount.",
                ),
            ),
        ),
        P(
            "Att perioden ändå visar ett överskott beror på att kostnaderna för sommarens feriearbeten och för vissa "
            "upphandlade insatser faller ut först under andra halvåret.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason apart from its amount: null.",
            ),
        ),
        table,
        P("Avvikelse: negativa belopp anges inom parentes.", size=8.5),
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        LP(
            "Barn och unga:",
            "Prognosen är ett underskott på 6,8 mnkr. Tre ungdomar har sedan februari placerats på särskilda "
            "ungdomshem och HVB, och kostnaderna för konsulentstödda familjehem har ökat.",
            C(
                "Barn och unga",
                "6,8 mnkr",
                "-",
                "kopt_verksamhet",
                note="mnkr in a tkr report; the row says (6 800).",
            ),
        ),
        LP(
            "Vuxen:",
            "Köpta platser inom missbruksvården ligger över budget. Samtidigt har två socialsekreterartjänster varit "
            "vakanta sedan januari, vilket dämpar underskottet.",
            C(
                "Vuxen",
                "(2 500)",
                "-",
                "kopt_verksamhet",
                "vakanser",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's bracketed cell.",
            ),
        ),
        LP(
            "Ekonomiskt bistånd:",
            "Antalet hushåll med försörjningsstöd har ökat från 1 310 i december till 1 395 i april. Kostnaderna "
            "beräknas därför bli 2 800 tkr högre än budgeterat.",
            C(
                "Ekonomiskt bistånd",
                "2 800 tkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="The amount in the second sentence; the household counts are not amounts.",
            ),
        ),
        LP(
            "Socialpsykiatri:",
            "Ett boendestöd som tidigare köptes externt har tagits hem i egen regi, vilket ger ett överskott om 0,8 "
            "mnkr.",
            C("Socialpsykiatri", "0,8 mnkr", "+", "kopt_verksamhet", "omstallning"),
        ),
        LP(
            "Familjerätt och familjestöd:",
            "Verksamheten följer i stort sett budget.",
            BP("Familjerätt och familjestöd", note="600 in the table."),
        ),
        LP(
            "Boende och stöd:",
            "Överskottet, 3,0 mnkr, förklaras av att det nya stödboendet för unga vuxna öppnar först i september i "
            "stället för i mars.",
            C("Boende och stöd", "3,0 mnkr", "+", "periodisering"),
        ),
        LP(
            "Nämnd och förvaltningsledning:",
            "Lägre kostnader för konsulter och utbildning än budgeterat ger ett överskott på 800 tkr.",
            C("Nämnd och förvaltningsledning", "800 tkr", "+", "inhyrd_personal"),
        ),
        PageBreak(),
        Columns(1),
        H("Förändring sedan föregående uppföljning", 2),
        P(
            "Jämfört med budgetuppföljningen i februari har prognosen försämrats med 1,9 mnkr, huvudsakligen inom "
            "Barn och unga.",
            F(None, "1,9 mnkr", "-"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har tagit fram en åtgärdsplan för Barn och unga med fler insatser på hemmaplan och en "
            "genomgång av samtliga familjehemsavtal. Åtgärderna beräknas minska kostnaderna med 2,5 mnkr under "
            "2026.",
            A("Barn och unga", "2,5 mnkr", "kopt_verksamhet"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron uppgick till 8,4 procent under perioden, vilket är 1,1 procentenheter lägre än samma "
            "period 2025. Minskningen beror främst på färre långa sjukskrivningar.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="haninge-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Haninge",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Haninge kommun"},
        style=style,
        blocks=blocks,
    )
