"""Malmö stad, Kulturnämnden, uppföljningsrapport april 2026.

A culture committee's April follow-up in Liberation Sans Narrow, footer with the nämnd's meeting date in May:
the full year "4,2 miljoner kronor sämre än budget" and, in one sentence, the period's surplus with its timing
reason after "men överskottet beror" (two causes); a net-cost table with en-dash deficits pasted as an image
(no text layer: every amount lives in the prose); kostnadsslag in two sentences, personnel and premises as a
"respektive" pair and revenue apart (three items, no tags: naming an account group gives none); plain
headings per avdelning where the amount comes last ("Underskottet uppgår till 3,3 mnkr"), "För biblioteken
blir kostnaderna 2,4 mnkr högre", an action of its own with "cirka 0,5 mnkr", three avdelningar with "0,3,
0,4 respektive 0,8 mnkr" and each its own reason in the next sentence (three items, same text, own tags); the
change since February with a "varav", an action without effect, investments "förbrukas fullt ut"
(boilerplate) and a risk. 10 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

IMAGE = "The table is an image, so the amount is the prose's."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 78.0, 68.0, 72.0),
        header=lambda n, m: ("Malmö stad", "Kulturnämnden – Uppföljningsrapport april 2026"),
        footer=lambda n, m: ("Kulturförvaltningen", "Dnr KN-2026-01187", f"{n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Nettokostnad per avdelning 2026, tkr",
        header=(("Avdelning", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Ledning och stab", "38 200", "37 400", "800"),
            ("Bibliotek", "196 500", "198 900", "–2 400"),
            ("Museer", "142 300", "145 600", "–3 300"),
            ("Kulturstöd", "181 000", "180 700", "300"),
            ("Kulturskolan", "84 600", "84 200", "400"),
            ("Summa", "642 600", "646 800", "–4 200"),
        ),
        widths=(170.0, 84.0, 84.0, 76.0),
        bold_rows=frozenset({5}),
        rules=True,
        shade=(0.85, 0.9, 0.95),
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Uppföljningsrapport april 2026", size=20, font="arial-bold", after=2),
        Title("Kulturnämnden", size=13, font="narrow", after=14),
        H("Ekonomisk sammanfattning", 2),
        Para(
            (
                (
                    "Kulturnämnden prognostiserar för helåret ett resultat som är 4,2 miljoner kronor sämre än budget.",
                    C(None, "4,2 miljoner kronor", "-", note="The full year: a cause of its own."),
                ),
                (
                    "Efter årets fyra första månader visar nämnden ett överskott mot periodiserad budget på 1,7 "
                    "miljoner kronor, men överskottet beror till största delen på att utbetalningen av "
                    "verksamhetsbidrag sker senare under året.",
                    C(
                        None,
                        "1,7 miljoner kronor",
                        "+",
                        "periodisering",
                        note="The period's surplus with its timing reason in the same sentence.",
                    ),
                ),
            )
        ),
        table,
        Para(
            (
                (
                    "Sett till kostnadsslag är det främst personalkostnaderna och lokalkostnaderna som avviker, med 1,9 "
                    "respektive 1,3 mnkr över budget.",
                    C(
                        "Personalkostnader",
                        "1,9",
                        "-",
                        unit="mnkr",
                        note="A 'respektive' pair of account groups: two items, no tags.",
                        also=(C("Lokalkostnader", "1,3 mnkr", "-"),),
                    ),
                ),
                (
                    "Intäkterna väntas samtidigt bli 1,0 mnkr lägre än budgeterat.",
                    C("Intäkter", "1,0 mnkr", "-", note="Revenue under budget: negative."),
                ),
            )
        ),
        H("Avvikelser per avdelning", 2),
        H("Museer", 3),
        P(
            "Avdelningen Museer beräknas gå med underskott. Intäkterna från entréavgifter och butiksförsäljning når "
            "inte upp till budget, eftersom en av basutställningarna har varit stängd för ombyggnad sedan februari. "
            "Underskottet uppgår till 3,3 mnkr.",
            C(
                "Museer",
                "3,3 mnkr",
                "-",
                "avgifter_intakter",
                "ovrigt",
                note="The amount comes last. A closure for rebuilding is ovrigt.",
            ),
        ),
        H("Bibliotek", 3),
        P(
            "För biblioteken blir kostnaderna 2,4 mnkr högre än budgeterat. Hyran för ersättningslokalen under "
            "renoveringen av filialen i Rosengård har höjts, och lönerevisionen blev dyrare än den kompensation "
            "nämnden fick.",
            C("Bibliotek", "2,4 mnkr", "-", "lokaler", "lonekostnader"),
        ),
        P(
            "Avdelningen ser över öppettiderna under sommaren för att minska underskottet med cirka 0,5 mnkr.",
            A("Bibliotek", "cirka 0,5 mnkr"),
        ),
        H("Kulturstöd, Kulturskolan samt ledning och stab", 3),
        P(
            "Inom kulturstödet, Kulturskolan och ledning och stab beräknas överskott på 0,3, 0,4 respektive 0,8 "
            "mnkr. Överskotten beror på att två bidragsmottagare har betalat tillbaka bidrag för inställda "
            "evenemang, på vakanta lärartjänster i Kulturskolan och på att stabens konsultbudget inte används fullt "
            "ut.",
            C(
                "Kulturstöd",
                "0,3",
                "+",
                "ovrigt",
                unit="mnkr",
                note="Three areas with 'respektive' amounts and each its own reason in the next sentence: three "
                "items, same text, own tags. " + IMAGE,
                also=(
                    C("Kulturskolan", "0,4", "+", "vakanser", unit="mnkr"),
                    C(
                        "Ledning och stab",
                        "0,8 mnkr",
                        "+",
                        "inhyrd_personal",
                        note="Consultants: inhyrd_personal.",
                    ),
                ),
            ),
        ),
        H("Prognosförändring", 2),
        P(
            "Jämfört med prognosen i februari har helårsprognosen försämrats med 2,0 mnkr, varav 1,5 mnkr avser "
            "Museer.",
            F(None, "2,0 mnkr", "-", note="'Varav' a part: one item with the total."),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att ta fram en åtgärdsplan för att nå en budget i balans "
            "senast vid årets slut.",
            A(None),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 12,0 mnkr beräknas förbrukas fullt ut.",
            BP("Investeringar", note="The whole investment frame used: boilerplate."),
        ),
        H("Risker", 2),
        P(
            "Prognosen förutsätter att den stängda basutställningen öppnar igen i september. Blir ombyggnaden "
            "försenad kan underskottet för Museer öka med ytterligare 1 mnkr.",
            O("Museer", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="malmo-kn-uppfoljningsrapport-2026-04.pdf",
        report={
            "municipality": ["Malmö", "Malmö stad"],
            "committee": ["Kulturnämnden"],
            "period": ["2026-04"],
            "report_type": "uppföljningsrapport",
        },
        metadata={"title": "Uppföljningsrapport april 2026 Kulturnämnden", "author": "Malmö stad"},
        style=style,
        blocks=blocks,
    )
