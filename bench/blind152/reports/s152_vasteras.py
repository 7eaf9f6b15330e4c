"""Västerås stad, Kultur-, idrotts- och fritidsnämnden, tertialrapport 1 2026.

A culture and leisure committee's tertial report in Liberation Sans Narrow with U+2212 minus signs, a diary
number in the footer: the full year "ett resultat på −2,6 miljoner kronor" beside a share of the frame, the
period "1,9 miljoner kronor lägre än budget för perioden" (net cost below budget: positive) with its timing
reason in the same sentence, a shaded table with a grid in miljoner kronor, then bullets under a generic
heading ("Förvaltningens kommentar"): a colon and "−3,1 miljoner kronor." followed by its reasons, "väntas gå
1,4 miljoner kronor back", two verksamheter as a "respektive" pair with a shared reason, "följer budget"
(boilerplate) and a reason-only surplus after a colon (the row's "+0,4"); investments "6,5 miljoner kronor
högre än budget" (an overrun: negative), an action with its effect, the change since February with its cause
and a risk with "cirka 1 miljon kronor" (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Västerås stad", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Kultur-, idrotts- och fritidsnämnden", "Dnr KIFN 2026/00061", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, miljoner kronor",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Kultur", "96,4", "97,8", "−1,4"),
            ("Bibliotek", "88,2", "87,4", "+0,8"),
            ("Idrott och anläggningar", "161,5", "164,6", "−3,1"),
            ("Fritid och ungdom", "54,3", "53,6", "+0,7"),
            ("Föreningsbidrag", "47,0", "47,0", "0,0"),
            ("Evenemang", "12,6", "12,2", "+0,4"),
            ("Totalt", "460,0", "462,6", "−2,6"),
        ),
        widths=(170.0, 75.0, 75.0, 75.0),
        bold_rows=frozenset({6}),
        shade=(0.86, 0.90, 0.95),
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="narrow-bold", after=2),
        Title("Kultur-, idrotts- och fritidsnämnden", size=12.5, font="narrow", after=12),
        H("Ekonomi", 1),
        P(
            "Nämnden prognostiserar ett resultat på −2,6 miljoner kronor för 2026, vilket motsvarar 0,6 procent av "
            "nämndens budgetram.",
            C(
                None,
                "−2,6 miljoner kronor",
                "-",
                note="A share of the frame beside the amount: not the amount.",
            ),
        ),
        P(
            "Till och med april är utfallet 1,9 miljoner kronor lägre än budget för perioden, främst eftersom "
            "föreningsbidragen betalas ut i maj.",
            C(
                None,
                "1,9 miljoner kronor",
                "+",
                "periodisering",
                note="The period's net cost below budget: positive, with its timing reason in the same sentence.",
            ),
        ),
        table,
        H("Förvaltningens kommentar", 2),
        Bullets(
            (
                "Idrott och anläggningar: −3,1 miljoner kronor. Elpriset för ishallarna och simhallen ligger över "
                "budgeterad nivå och ett pumphaveri i utomhusbadet har krävt akuta reparationer.",
                "Kulturverksamheten väntas gå 1,4 miljoner kronor back, då publikintäkterna på konsthallen och "
                "teatern blivit lägre än planerat under våren.",
                "Biblioteken och fritidsgårdarna visar överskott på 0,8 respektive 0,7 miljoner kronor, i båda fallen "
                "till följd av vakanta tjänster som nu håller på att tillsättas.",
                "Föreningsbidragen följer budget.",
                "Evenemang: det positiva utfallet förklaras av att en av sommarens stora konserter har ställts in och "
                "att delar av kostnaden betalas tillbaka av arrangören.",
            ),
            labels=(
                C(
                    "Idrott och anläggningar",
                    "−3,1 miljoner kronor",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    note="Electricity prices: prisokningar. A pump breakdown: ovrigt.",
                ),
                C("Kultur", "1,4 miljoner kronor", "-", "avgifter_intakter"),
                C(
                    "Bibliotek",
                    "0,8",
                    "+",
                    "vakanser",
                    unit="mnkr",
                    note="A 'respektive' pair: one item per area.",
                    also=(C("Fritid och ungdom", "0,7 miljoner kronor", "+", "vakanser"),),
                ),
                BP("Föreningsbidrag"),
                C(
                    "Evenemang",
                    "+0,4",
                    "+",
                    "ovrigt",
                    unit="mnkr",
                    table=True,
                    note="Reasons only: the table row's cell.",
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 38,0 miljoner kronor, 6,5 miljoner kronor högre än budget. Anledningen är att "
            "bytet av konstgräs på två fotbollsplaner har tidigarelagts från 2027 efter beslut i nämnden i mars.",
            C(
                "Investeringar",
                "6,5 miljoner kronor",
                "-",
                "periodisering",
                note="An investment overrun: negative.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "För att minska energikostnaderna sänks temperaturen i simhallens motionsbassäng med en grad och "
            "belysningen i idrottshallarna styrs om till närvarostyrning. Effekten beräknas till 0,5 miljoner kronor "
            "under 2026.",
            A("Idrott och anläggningar", "0,5 miljoner kronor", "prisokningar"),
        ),
        H("Förändring mot föregående prognos", 2),
        P(
            "Prognosen är 0,8 miljoner kronor sämre än i februari, vilket beror på pumphaveriet i utomhusbadet.",
            F(None, "0,8 miljoner kronor", "-", "ovrigt"),
        ),
        H("Risker", 2),
        P(
            "Om elpriserna under hösten når samma nivå som under vintern kan underskottet inom idrott och anläggningar "
            "öka med ytterligare cirka 1 miljon kronor.",
            O("Idrott och anläggningar", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="vasteras-kifn-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Västerås", "Västerås stad"],
            "committee": ["Kultur-, idrotts- och fritidsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Kultur-, idrotts- och fritidsnämnden",
            "author": "Västerås stad",
        },
        style=style,
        blocks=blocks,
    )
