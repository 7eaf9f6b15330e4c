"""Mörbylånga kommun, Kultur- och fritidsnämnden, delårsrapport januari–augusti 2025.

A culture and leisure committee's interim report whose deviation table is pasted as an image, so every amount
lives in the prose: the period "0,9 mnkr lägre än den periodiserade budgeten" after a cost level (a surplus),
the full year "ett underskott mot budget på 0,6 mnkr" with the autumn's reasons in the next sentence;
verksamheter in varied shapes: "beräknas kosta 1,5 miljoner kronor mer än budgeterat" (1 480 in the image),
"ett överskott på omkring en halv miljon kronor" (words), a library "vilket ger ett överskott på 340 tkr",
"avgiftsintäkter blir cirka 200 tkr lägre än budgeterat", a youth centre with reasons only and no readable
table (amount null), two areas "i nivå med budget" in one sentence (two boilerplate items); the change since
the tertial report with its cause, investments used in full (boilerplate) and library loans against the
previous year (other). DejaVu Sans 10 pt, a centred page number.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, C, F, O

IMAGE = "The table is an image: the amount is the prose's."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 82.0, 70.0, 76.0),
        header=lambda n, m: ("Mörbylånga kommun", "Delårsrapport augusti 2025 · Kultur- och fritidsnämnden"),
        footer=lambda n, m: ("", f"– {n} –", ""),
        header_size=8.0,
    )
    table = Table(
        caption="Tabell 2. Budgetavvikelse helår per verksamhet, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltning", "2 480", "2 360", "120"),
            ("Bibliotek", "6 910", "6 570", "340"),
            ("Kulturskola", "4 350", "4 560", "−210"),
            ("Fritidsgårdar", "3 820", "3 660", "160"),
            ("Idrotts- och fritidsanläggningar", "11 640", "13 120", "−1 480"),
            ("Föreningsbidrag", "2 900", "2 900", "0"),
            ("Turism och evenemang", "1 700", "1 230", "470"),
            ("Summa", "33 800", "34 400", "−600"),
        ),
        widths=(178.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12, font="sans", after=12),
        H("Ekonomi", 2),
        P(
            "Nämndens nettokostnader till och med augusti uppgår till 21,6 mnkr, vilket är 0,9 mnkr lägre än den "
            "periodiserade budgeten.",
            C(
                None,
                "0,9 mnkr",
                "+",
                note="The period: lower net cost than budget is positive; 21,6 is a level.",
            ),
        ),
        P(
            "För helåret förväntas nämnden göra ett underskott mot budget på 0,6 mnkr. Periodens överskott vänds "
            "alltså till ett underskott under hösten, när driftkostnaderna för den nya konstgräsplanen i Färjestaden "
            "och vinterns energikostnader i ishallen belastar nämnden.",
            C(None, "0,6 mnkr", "-", "lokaler", "prisokningar"),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        P(
            "Idrotts- och fritidsanläggningarna beräknas kosta 1,5 miljoner kronor mer än budgeterat. Utöver den nya "
            "konstgräsplanen, vars driftkostnader inte har kompenserats i ramen, har kylaggregatet i ishallen fått "
            "bytas ut akut efter ett haveri i mars.",
            C(
                "Idrotts- och fritidsanläggningar",
                "1,5 miljoner kronor",
                "-",
                "lokaler",
                "ovrigt",
                note=IMAGE + " A breakdown is ovrigt; an unfunded new facility is lokaler.",
            ),
        ),
        P(
            "Inom turism och evenemang ger intäkterna från ställplatser och turistbyrån ett överskott på omkring en "
            "halv miljon kronor, och sommarens musikvecka i Grönhögen kunde genomföras helt med sponsorsmedel.",
            C(
                "Turism och evenemang",
                "omkring en halv miljon kronor",
                "+",
                "avgifter_intakter",
                value=500_000,
                note=IMAGE + " An amount in words.",
            ),
        ),
        P(
            "Biblioteket i Mörbylånga har haft begränsade öppettider under våren på grund av vakanser, vilket ger ett "
            "överskott på 340 tkr.",
            C("Bibliotek", "340 tkr", "+", "vakanser"),
        ),
        P(
            "Kulturskolans avgiftsintäkter blir cirka 200 tkr lägre än budgeterat, eftersom färre elever har anmält "
            "sig till höstterminen efter avgiftshöjningen.",
            C("Kulturskola", "cirka 200 tkr", "-", "avgifter_intakter", "volymer"),
        ),
        P(
            "Fritidsgården i Färjestaden har hållit stängt under sommaren medan lokalerna renoverades, vilket har gett "
            "lägre personalkostnader.",
            C(
                "Fritidsgårdar",
                None,
                "+",
                "ovrigt",
                note="Reasons only, and the table is an image: amount null. A repair closure is ovrigt.",
            ),
        ),
        P(
            "Nämnd och förvaltning samt föreningsbidragen ligger i stort sett i nivå med budget.",
            BP(
                "Nämnd och förvaltning",
                note="Two areas 'i nivå med budget' in one sentence: two boilerplate items.",
                also=(BP("Föreningsbidrag"),),
            ),
        ),
        H("Prognosförändring", 2),
        P(
            "Prognosen är 0,4 mnkr sämre än i tertialrapporten, då nämnden räknade med ett underskott på 0,2 mnkr. "
            "Det är kylaggregatet i ishallen som förklarar förändringen.",
            F(None, "0,4 mnkr", "-", "ovrigt", note="The tertial report's 0,2 mnkr is the previous level."),
        ),
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsbudget på 6,2 mnkr har 5,9 mnkr använts till konstgräsplanen i Färjestaden, som "
            "invigdes i juni. Resterande 0,3 mnkr används under hösten till nya armaturer i elljusspåret, och "
            "investeringsbudgeten beräknas därmed förbrukas helt.",
            BP("Investeringar", note="An investment budget used in full: no deviation."),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet utlån på kommunens bibliotek ökade med 6 procent jämfört med januari–augusti 2024.",
            O("Bibliotek", note="Against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="morbylanga-kfn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Mörbylånga",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Kultur- och fritidsnämnden",
            "author": "Mörbylånga kommun",
        },
        style=style,
        blocks=blocks,
    )
