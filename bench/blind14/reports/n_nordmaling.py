"""Nordmalings kommun, Kultur- och fritidsnämnden, månadsrapport maj 2026.

A small culture and leisure committee's month report whose table is pasted as an image (every amount lives in
the prose), footer with the meeting date in June: the full year "ett minus på 760 tusen kronor", the period
"190 tusen kronor bättre än periodiserad budget" with its timing reason in the next sentence (two causes, the
reason's amount null), "Prognosen är oförändrad sedan april" (a boilerplate forecast change); headings that
carry the verksamhet and its amount ("Simhallen −540 tkr") with one paragraph each: a repair cost that is a
part ("410 tkr") and lost entrance fees, a cut state grant with fewer pupils, a surplus from media bought
with a grant; three areas "i linje med budget" in one sentence (boilerplate); investments where the budget
and the spending are levels and "1,1 mnkr av budgeten kommer därför inte att förbrukas i år" is the
deviation; an action with its effect, a risk with an amount (other) and library visits against last year
(other). 7 scored causes. DejaVu Serif Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Nordmalings kommun", "Månadsrapport maj 2026"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden", "Sammanträde 2026-06-11", f"s. {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Budgetuppföljning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–maj", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "1 420", "560", "1 420", "0"),
            ("Bibliotek", "4 860", "1 940", "4 770", "90"),
            ("Simhallen", "3 950", "1 910", "4 490", "−540"),
            ("Fritidsgård", "2 280", "930", "2 280", "0"),
            ("Kulturskolan", "2 710", "1 240", "3 020", "−310"),
            ("Föreningsbidrag", "1 900", "1 150", "1 900", "0"),
            ("Summa", "17 120", "7 730", "17 880", "−760"),
        ),
        widths=(130.0, 74.0, 80.0, 74.0, 64.0),
        bold_rows=frozenset({6}),
        rules=True,
        shade=(0.88, 0.92, 0.88),
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport maj 2026", size=19, font="sans-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12, font="serif-italic", after=12),
        H("Resultat och prognos", 2),
        P(
            "Nämnden beräknas gå med ett minus på 760 tusen kronor vid årets slut.",
            C(None, "760 tusen kronor", "-"),
        ),
        PS(
            (
                "För januari–maj är utfallet 190 tusen kronor bättre än periodiserad budget.",
                C(
                    None,
                    "190 tusen kronor",
                    "+",
                    note="The period, a sentence of its own; its reason follows.",
                ),
            ),
            (
                "Det beror främst på att säsongspersonalen vid friluftsbadet i Lögdeå börjar först i juni.",
                C(
                    None,
                    None,
                    "+",
                    "periodisering",
                    note="The period's reason in the next sentence: a cause with amount null.",
                ),
            ),
        ),
        P("Prognosen är oförändrad sedan april.", BF(None)),
        table,
        H("Kommentarer", 2),
        HP(
            "Simhallen −540 tkr",
            "Reningsanläggningen i simhallen havererade i mars och bassängen var stängd i fem veckor. Reparationen "
            "kostade 410 tkr, och under stängningen uteblev entréintäkterna.",
            C(
                "Simhallen",
                "−540 tkr",
                "-",
                "ovrigt",
                "avgifter_intakter",
                note="The heading carries the amount; the repair's 410 tkr is a part. A breakdown is ovrigt.",
            ),
        ),
        HP(
            "Kulturskolan −310 tkr",
            "Det statliga bidraget till kulturskolan har sänkts jämfört med det belopp som budgeten bygger på. "
            "Samtidigt har avgiftsintäkterna minskat när färre elever anmälde sig till vårterminen.",
            C("Kulturskolan", "−310 tkr", "-", "statsbidrag", "avgifter_intakter", "volymer"),
        ),
        HP(
            "Biblioteket +90 tkr",
            "Lägre kostnader för medieinköp, eftersom en del av inköpen görs med bidrag från Kulturrådet.",
            C("Biblioteket", "+90 tkr", "+", "statsbidrag"),
        ),
        P(
            "Fritidsgården, föreningsbidragen och nämndens egna kostnader ligger i linje med budget.",
            BP("Fritidsgård, föreningsbidrag och nämnd"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 1,8 mnkr har 0,2 mnkr använts. Upprustningen av elljusspåret i Håknäs "
            "skjuts till hösten 2027 eftersom bygglovet har överklagats, och 1,1 mnkr av budgeten kommer därför inte "
            "att förbrukas i år.",
            C(
                "Investeringar",
                "1,1 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending; the budget and the spending so far are levels.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "För att minska underskottet håller nämnden inne 150 tkr av de evenemangsmedel som ännu inte fördelats, "
            "och simhallens öppettider kortas med en timme per vardag under hösten.",
            A(None, "150 tkr", note="Two measures in one sentence; the effect is stated for the first."),
        ),
        H("Risker och volymer", 2),
        P(
            "Om reningsanläggningen behöver bytas helt kan kostnaden bli cirka 1,5 mnkr, vilket inte ingår i "
            "prognosen.",
            O("Simhallen", note="A risk with an amount: other."),
        ),
        P(
            "Besöken på biblioteket har ökat med 6 procent jämfört med januari–maj 2025.",
            O("Biblioteket", "volymer", note="Visits against the previous year."),
        ),
    ]
    return ReportSpec(
        file="nordmaling-kfn-manadsrapport-2026-05.pdf",
        report={
            "municipality": "Nordmaling",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2026-05"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport maj 2026 Kultur- och fritidsnämnden",
            "author": "Nordmalings kommun",
        },
        style=style,
        blocks=blocks,
    )
