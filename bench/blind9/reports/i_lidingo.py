"""Lidingö stad, Socialnämnden, tertialrapport 1 2026 (januari–april).

A social committee's tertial report with a footer carrying the nämnd's meeting date in May: the period's
surplus and the full year's shortfall in one sentence ("räcker inte budgeten … ett negativt utfall jämfört
med budget om 8,4 mnkr", the full year's is the amount), the period surplus's timing reason in a
paragraph of its own (amount null); a reading note declaring "tusen kronor", that "Budgetavvikelse helår"
is budget − prognos and that deficits are in brackets; a verksamhet table in tkr with bracketed negatives
("(6 200)"); then two columns of bold run-in verksamheter: barn och unga with reasons only ("tar betydligt
mer i anspråk", a per-day rate that is not the amount: the table row's "(6 200)"), vuxna with a deficit
"högre än ramen" and an action with its effect in the same paragraph, ekonomiskt bistånd with reasons only
("budgeten räcker inte", the table row) followed by its change since February, socialpsykiatri's surplus
from a delayed opening, LSS "ett positivt utfall jämfört med budget med 1 500 tkr", personlig assistans
"bedöms hålla budget" (boilerplate) and nämnd och ledning with a vacancy and no amount (the table row's
"300"); an action plan with its effect and a sick-leave comparison with last year (other). Liberation
Sans (Arial metrics) 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

ROW = "Reasons only in the prose: the table row's amount (tkr, deficit in brackets)."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Lidingö stad", "Tertialrapport 1 2026 – Socialnämnden"),
        footer=lambda n, m: ("Socialnämndens sammanträde 2026-05-20", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 1. Driftredovisning per verksamhet, tusen kronor",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Budgetavvikelse helår"),),
        rows=(
            ("Nämnd och ledning", "6 800", "2 110", "6 500", "300"),
            ("Barn och unga", "98 400", "35 870", "104 600", "(6 200)"),
            ("Vuxna", "41 200", "14 400", "43 900", "(2 700)"),
            ("Ekonomiskt bistånd", "28 900", "10 920", "31 400", "(2 500)"),
            ("Socialpsykiatri", "52 300", "16 880", "51 100", "1 200"),
            ("LSS", "188 600", "62 100", "187 100", "1 500"),
            ("Personlig assistans", "74 100", "26 300", "74 100", "0"),
            ("Summa", "490 300", "168 580", "498 700", "(8 400)"),
        ),
        widths=(132.0, 70.0, 76.0, 74.0, 96.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=2),
        Title("Socialnämnden – uppföljning januari–april", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        P(
            "Socialnämndens utfall för januari–april är 1,9 mnkr bättre än periodiserad budget, men för helåret "
            "räcker inte budgeten: prognosen pekar på ett negativt utfall jämfört med budget om 8,4 mnkr.",
            C(
                None,
                "8,4 mnkr",
                "-",
                note="The period's surplus and the full year's deficit in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Att perioden ändå visar ett överskott förklaras främst av att kostnaderna för det nya "
            "verksamhetssystemet för individ- och familjeomsorgen faktureras först under hösten.",
            C(
                None,
                None,
                "+",
                "periodisering",
                "it_digitalisering",
                note="The period surplus's reason in a paragraph of its own: amount null (no table row for the period).",
            ),
        ),
        P(
            "Under perioden har nämnden också arbetat med att införa den nya socialtjänstlagen, som träder i kraft "
            "den 1 juli. Förberedelserna har i huvudsak finansierats inom befintlig ram."
        ),
        P(
            "Belopp i tusen kronor. Budgetavvikelse helår avser budget minus prognos; underskott anges inom parentes.",
            size=8.5,
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        LP(
            "Barn och unga.",
            "Placeringskostnaderna tar betydligt mer i anspråk än budgeterat. Sedan årsskiftet har sju ungdomar "
            "placerats på HVB med särskild inriktning, och dygnskostnaden för flera av dem överstiger 8 000 kronor.",
            C(
                "Barn och unga",
                "(6 200)",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="tkr",
                table=True,
                note=ROW + " The per-day cost is a rate, not the deviation.",
            ),
        ),
        LP(
            "Vuxna.",
            "Kostnaderna blir 2,7 mnkr högre än ramen, främst för köpta platser i skyddat boende för våldsutsatta "
            "kvinnor och deras barn.",
            C("Vuxna", "2,7 mnkr", "-", "kopt_verksamhet"),
            (
                "Förvaltningen utreder tillsammans med Danderyds kommun ett gemensamt skyddat boende, vilket på sikt "
                "bedöms minska kostnaderna med cirka 1,5 mnkr per år.",
                A("Vuxna", "cirka 1,5 mnkr", "kopt_verksamhet"),
            ),
        ),
        LP(
            "Ekonomiskt bistånd.",
            "Fler hushåll än beräknat är beroende av försörjningsstöd under längre tid, och budgeten räcker inte.",
            C(
                "Ekonomiskt bistånd",
                "(2 500)",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                unit="tkr",
                table=True,
                note=ROW,
            ),
            (
                "Jämfört med februariprognosen har underskottet ökat med 0,8 mnkr.",
                F("Ekonomiskt bistånd", "0,8 mnkr", "-"),
            ),
        ),
        LP(
            "Socialpsykiatri.",
            "Överskottet på 1,2 mnkr beror på att det nya boendet med särskild service på Torsvik öppnar först i "
            "oktober i stället för i maj.",
            C("Socialpsykiatri", "1,2 mnkr", "+", "periodisering", note="A delayed opening: timing."),
        ),
        LP(
            "LSS.",
            "Två gruppbostäder har kunnat minska bemanningen efter att tre brukare flyttat, vilket ger ett positivt "
            "utfall jämfört med budget med 1 500 tkr.",
            C("LSS", "1 500 tkr", "+", "bemanning", "volymer"),
        ),
        LP(
            "Personlig assistans.",
            "Verksamheten bedöms hålla budget.",
            BP("Personlig assistans"),
        ),
        LP(
            "Nämnd och ledning.",
            "En vakant tjänst som utvecklingsledare under årets första månader ger ett mindre överskott.",
            C("Nämnd och ledning", "300", "+", "vakanser", unit="tkr", table=True, note=ROW),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "Nämnden beslutade i mars om en handlingsplan för placeringskostnaderna. Öppenvårdsteamet för ungdomar "
            "förstärks och alla placeringar som pågått längre än sex månader omprövas. Effekten för 2026 beräknas "
            "till 2,0 mnkr och ingår inte i prognosen.",
            A("Barn och unga", "2,0 mnkr", "kopt_verksamhet", note="The whole paragraph is one action."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 6,8 procent under perioden, jämfört med 7,4 procent samma period 2025. Minskningen "
            "beror främst på lägre korttidsfrånvaro inom LSS.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year, with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="lidingo-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Lidingö",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Lidingö stad"},
        style=style,
        blocks=blocks,
    )
