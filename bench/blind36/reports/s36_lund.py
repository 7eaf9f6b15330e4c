"""Lunds kommun, Tekniska nämnden, tertialrapport 2 2025 (januari–augusti).

A technical committee's tertial report with the nämnd's September meeting and the case number in the footer: the
full year "4,6 mnkr sämre än den budgetram som kommunfullmäktige har tilldelat nämnden", the period's surplus
with its reasons in a paragraph of its own (a mild winter and postponed maintenance), the change since tertial
1; a reading note saying that the deviation is budget minus prognos and that "–" (an en dash) means a deficit;
a comment table whose last column explains each row: a row with no comment, reason-only comments taking their
cells ("–4 400", "–800"), a comment that names its own amount ("2,4 mnkr lägre än budgeterat"), "Prognos enligt
budget" (boilerplate) and a comment that only points further down; then a section for that row with "ett
överskott på 2,4 mnkr" and, inside the section on streets, a sub-area's "1,1 mnkr under budget"
(vinterväghållning); investments "48 mnkr inte används under året", two projects as a "respektive" pair and a
bridge "överskrida projektbudgeten med 7,5 mnkr"; an action with its effect and a risk (other). DejaVu Sans
Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

CELL = "Reason only in the comment column: the row's deviation cell (tkr, en dash for minus)."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Lunds kommun", "Tekniska nämnden"),
        footer=lambda n, m: ("Dnr TN 2025/0611", "Tekniska nämnden 2025-09-17", f"Sida {n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (("Nämnd och ledning", "18 200", "17 600", "600"), "", None),
            (
                ("Gata och trafik", "148 900", "153 300", "–4 400"),
                "Dyrare beläggningsarbeten efter nytt avtal med högre indexuppräkning, samt reparationer av "
                "trafiksignaler efter åsknedslag i juni.",
                C(
                    "Gata och trafik",
                    "–4 400",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note=CELL + " Lightning damage: ovrigt.",
                ),
            ),
            (
                ("Park och natur", "86 300", "87 100", "–800"),
                "Ökade kostnader för trädvård i stadsparkerna efter stormfällningen i januari.",
                C("Park och natur", "–800", "-", "ovrigt", unit="tkr", table=True, note=CELL),
            ),
            (
                ("Parkering", "–21 500", "–19 100", "–2 400"),
                "Intäkterna från parkeringsavgifterna blir 2,4 mnkr lägre än budgeterat, eftersom beläggningen i två "
                "parkeringshus har minskat sedan de nya pendlarparkeringarna öppnade.",
                C(
                    "Parkering",
                    "2,4 mnkr",
                    "-",
                    "avgifter_intakter",
                    "volymer",
                    note="The comment names its own amount: from the prose. The budget and prognos are net revenue "
                    "(negative), the deviation cell still budget minus prognos.",
                ),
            ),
            (
                ("Kart och mät", "6 400", "6 400", "0"),
                "Prognos enligt budget.",
                BP("Kart och mät"),
            ),
            (
                ("Mark och exploatering", "4 800", "2 400", "2 400"),
                "Se avsnittet om mark och exploatering.",
                None,
            ),
            (("Summa", "243 100", "247 700", "–4 600"), "", None),
        ),
        widths=(104.0, 50.0, 50.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 2 2025", size=20, font="cond-bold", after=2),
        Title("Tekniska nämnden – uppföljning per den 31 augusti", size=12, font="cond", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Tekniska nämnden prognostiserar för 2025 ett utfall som är 4,6 mnkr sämre än den budgetram som "
            "kommunfullmäktige har tilldelat nämnden.",
            C(None, "4,6 mnkr", "-"),
        ),
        P(
            "Efter åtta månader har nämnden ett överskott mot periodiserad budget på 3,2 mnkr. Överskottet förklaras "
            "av att vinterväghållningen i januari och februari blev billigare än normalt och att flera "
            "underhållsprojekt på gator och broar startar först under hösten.",
            C(
                None,
                "3,2 mnkr",
                "+",
                "ovrigt",
                "periodisering",
                note="The period's surplus with its reasons (a mild winter, postponed maintenance) in its own "
                "paragraph.",
            ),
        ),
        P(
            "Prognosen är 1,9 mnkr sämre än i tertialrapport 1, främst på grund av lägre intäkter från "
            "parkeringsavgifter.",
            F(None, "1,9 mnkr", "-", "avgifter_intakter"),
        ),
        P(
            "Belopp i tusen kronor. Avvikelse avser budget minus prognos; ett minustecken (–) betyder underskott.",
            size=8.5,
        ),
        comments,
        H("Mark och exploatering", 3),
        P(
            "Försäljningen av två industritomter i nordöstra delen av staden har gett en reavinst som inte var "
            "budgeterad. Det gör att verksamheten beräknas lämna ett överskott på 2,4 mnkr.",
            C(
                "Mark och exploatering",
                "2,4 mnkr",
                "+",
                "avgifter_intakter",
                note="The row whose comment only points here: the section is the item.",
            ),
        ),
        H("Gata och trafik", 3),
        P(
            "Kostnaderna för snöröjning och halkbekämpning bedöms för helåret hamna 1,1 mnkr under budget, under "
            "förutsättning att november och december blir normala vintermånader.",
            C(
                "Vinterväghållning",
                "1,1 mnkr",
                "+",
                "ovrigt",
                note="A sub-area's deviation in the section on streets: its own item (weather: ovrigt).",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget för 2025 är 212 mnkr. Prognosen är 164 mnkr, vilket innebär att 48 mnkr "
            "inte används under året.",
            C(
                "Investeringar",
                "48 mnkr",
                "+",
                note="Investment under-spending; no reason in this paragraph.",
            ),
        ),
        P(
            "De största avvikelserna finns i projekten Cykelstråk norra infarten och Ombyggnad av busstorget, som "
            "beräknas bli 19 respektive 12 mnkr billigare i år än budgeterat på grund av förseningar i "
            "detaljplanearbetet.",
            C(
                "Cykelstråk norra infarten",
                "19",
                "+",
                "periodisering",
                unit="mnkr",
                note="Two projects as a 'respektive' pair: two items.",
                also=(C("Ombyggnad av busstorget", "12 mnkr", "+", "periodisering"),),
            ),
        ),
        P(
            "Projektet Gång- och cykelbro Östra vallen beräknas däremot överskrida projektbudgeten med 7,5 mnkr, "
            "eftersom grundläggningen blev mer omfattande än beräknat.",
            C(
                "Gång- och cykelbro Östra vallen",
                "7,5 mnkr",
                "-",
                "ovrigt",
                note="An investment overrun: negative; ground conditions are ovrigt.",
            ),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Förvaltningen har infört ett tillfälligt stopp för nya konsultuppdrag inom gata och trafik, vilket "
            "beräknas minska kostnaderna med 0,8 mnkr under hösten.",
            A("Gata och trafik", "0,8 mnkr", "inhyrd_personal"),
        ),
        P(
            "En osäkerhet i prognosen är vinterns omfattning. En kall och snörik avslutning på året kan kosta upp "
            "till 3 mnkr mer än vad som ingår i prognosen.",
            O(None, note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="lund-tn-tertialrapport-2025-08.pdf",
        report={
            "municipality": "Lund",
            "committee": ["Tekniska nämnden"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 2 2025 Tekniska nämnden", "author": "Lunds kommun"},
        style=style,
        blocks=blocks,
    )
