"""Västerås stad, Förskolenämnden, tjänsteskrivelse: ekonomisk uppföljning per maj 2026.

A tjänsteskrivelse dated in June for the period to May: the decision proposal and background (not labelled),
the full year "ett överskott mot budget om 6,7 miljoner kronor", the period "4,1 miljoner kronor lägre än
periodiserad budget" (a net cost below the budget, positive) and the change since March with its cause (a
forecast change) in separate sentences; headings that carry the area and its amount in tkr with a plus or an
en dash ("Barnpeng till kommunala förskolor +8 200 tkr", "Tilläggsbelopp och stöd –2 100 tkr"); a plain
heading whose paragraph says "två miljoner kronor lägre än budget" in words; two cost posts as a "respektive"
pair ("0,6 respektive 0,4 miljoner kronor") with their causes in the next sentence; "bedöms hålla budget"
(boilerplate); an action with no amount, equity and an uncertainty about the number of children (others).
Liberation Serif (Times metrics) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area and its amount."
PAIR = "Two cost posts as a 'respektive' pair: one item each, the same text."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("VÄSTERÅS STAD  Förskoleförvaltningen", "TJÄNSTESKRIVELSE 2026-06-09"),
        footer=lambda n, m: ("Dnr FSN 2026/00217", "", f"{n} ({m})"),
        header_size=8.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026", size=16, font="arial-bold", after=6),
        H("Förslag till beslut", 2),
        P("Förskolenämnden godkänner den ekonomiska uppföljningen per maj 2026."),
        H("Ärendebeskrivning", 2),
        P(
            "Nämnderna lämnar enligt stadens anvisningar för uppföljning en ekonomisk uppföljning med prognos för "
            "helåret efter mars, maj och oktober. Uppföljningen bygger på utfallet till och med den 31 maj."
        ),
        H("Sammanfattning", 2),
        P(
            "Förskolenämndens prognos för helåret visar ett överskott mot budget om 6,7 miljoner kronor.",
            C(None, "6,7 miljoner kronor", "+"),
        ),
        P(
            "Till och med maj är nettokostnaderna 4,1 miljoner kronor lägre än periodiserad budget.",
            C(None, "4,1 miljoner kronor", "+", note="A net cost below the periodised budget: positive."),
        ),
        P(
            "Prognosen har förbättrats med 1,9 miljoner kronor sedan mars, främst på grund av att färre barn än "
            "väntat har skrivits in under våren.",
            F(None, "1,9 miljoner kronor", "+", "volymer"),
        ),
        H("Avvikelser per område", 2),
        HP(
            "Barnpeng till kommunala förskolor +8 200 tkr",
            "Antalet inskrivna barn är lägre än budgeterat, i genomsnitt 214 färre barn per månad, vilket ger lägre "
            "utbetalningar av barnpeng till de kommunala enheterna.",
            C(
                "Barnpeng till kommunala förskolor",
                "+8 200 tkr",
                "+",
                "volymer",
                note=HEAD + " The number of children is a supporting figure.",
            ),
        ),
        HP(
            "Barnpeng till fristående förskolor –2 400 tkr",
            "Fler familjer har valt fristående förskolor, och andelen barn i enskild verksamhet har ökat till 31 "
            "procent.",
            C(
                "Barnpeng till fristående förskolor",
                "–2 400 tkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note=HEAD,
            ),
        ),
        HP(
            "Tilläggsbelopp och stöd –2 100 tkr",
            "Behovet av extra resurser för barn med omfattande stödbehov har ökat, och kostnaderna för "
            "tilläggsbelopp överstiger budget.",
            C("Tilläggsbelopp och stöd", "–2 100 tkr", "-", "volymer", note=HEAD),
        ),
        H("Lokaler", 3),
        P(
            "Lokalkostnaderna beräknas bli två miljoner kronor lägre än budget, efter att två förskolor med låg "
            "beläggning avvecklades vid årsskiftet.",
            C(
                "Lokaler",
                "två miljoner kronor",
                "+",
                "lokaler",
                "omstallning",
                value=2_000_000,
                note="An amount in words.",
            ),
        ),
        H("Förvaltningsgemensamt", 3),
        P(
            "Kostnaderna för IT-stöd och kompetensutveckling blir 0,6 respektive 0,4 miljoner kronor lägre än "
            "budget. Utbytet av surfplattor i förskolorna har skjutits till 2027, och färre utbildningsdagar har "
            "genomförts än planerat.",
            C(
                "IT-stöd",
                "0,6",
                "+",
                "it_digitalisering",
                "periodisering",
                unit="mnkr",
                note=PAIR,
                also=(C("Kompetensutveckling", "0,4 miljoner kronor", "+", note=PAIR + " No tag fits."),),
            ),
        ),
        P(
            "Övriga verksamheter, bland annat öppen förskola och pedagogisk omsorg på obekväm arbetstid, bedöms "
            "hålla budget.",
            BP("Övriga verksamheter"),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Förvaltningen fortsätter att anpassa antalet avdelningar till barnantalet inför hösten.",
            A(None, None, "volymer"),
        ),
        P(
            "Barnantalet under hösten är osäkert, eftersom inflyttningen till de nya bostadsområdena i Öster Mälarstrand "
            "och Kungsängen går långsammare än planerat.",
            O(None, "volymer", note="An uncertainty."),
        ),
        P(
            "Nämnden har ett ackumulerat eget kapital på 14,3 miljoner kronor från tidigare år.",
            O(None, note="Equity: other."),
        ),
        H("Beslutsunderlag", 2),
        P("Ekonomisk uppföljning per maj 2026, bilaga 1."),
        P("Anna Lindqvist, förvaltningsdirektör    Erik Holm, ekonomichef", size=10.0),
    ]
    return ReportSpec(
        file="vasteras-fsn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": ["Västerås", "Västerås stad"],
            "committee": ["Förskolenämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026 Förskolenämnden", "author": "Västerås stad"},
        style=style,
        blocks=blocks,
    )
