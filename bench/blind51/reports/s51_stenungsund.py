"""Stenungsunds kommun, Kultur- och fritidsnämnden, månadsrapport maj 2026.

A culture and leisure committee's month report whose result table is pasted as an image (every amount in the
prose): the period "ett överskott mot periodiserad budget på 1,2 mnkr", its timing reason (amount null) and
the full year "ett underskott på 0,9 mnkr" as three sentences of one paragraph; the change since April with
its cause (forecast change); then areas named in varied ways: the subject ("Simhallen beräknas gå 850 tkr
sämre än budget"), after "Inom" ("Inom kulturskolan ger vakanta tjänster … ett överskott på 380 tkr"), after
"För" with an amount set off by commas ("blir kostnaderna … högre än budget, −220 tkr"), two areas as a "respektive" pair ("150 respektive 250 tkr"), "håller budget"
(boilerplate); an action with its effect, library visits against last year (other) and investments "3,1 mnkr
mot budgeterade 5,2 mnkr" (2,1 never written out). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("Stenungsunds kommun", "Kultur- och fritidsnämnden"),
        footer=lambda n, m: ("Månadsrapport maj 2026", "Sammanträde 2026-06-16", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    image = Table(
        caption="Resultat per verksamhet, tkr",
        header=(("Verksamhet", "Budget helår", "Utfall maj", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "5 900", "2 410", "5 900", "0"),
            ("Bibliotek", "16 200", "6 830", "16 420", "-220"),
            ("Kulturskola", "13 800", "5 310", "13 420", "380"),
            ("Allmän kultur", "4 600", "1 610", "4 350", "250"),
            ("Fritidsgårdar", "7 100", "2 920", "7 100", "0"),
            ("Föreningsstöd", "6 300", "1 880", "6 150", "150"),
            ("Simhall", "9 400", "4 470", "10 250", "-850"),
            ("Idrottsanläggningar", "18 900", "8 160", "19 510", "-610"),
            ("Summa", "82 200", "33 590", "83 100", "-900"),
        ),
        widths=(150.0, 70.0, 66.0, 74.0, 66.0),
        bold_rows=frozenset({8}),
        rules=True,
        shade=(0.85, 0.9, 0.85),
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport maj 2026", size=18, font="sans-bold", after=3),
        Title("Kultur- och fritidsnämnden", size=12, font="sans", after=12),
        H("Ekonomiskt läge", 2),
        Para(
            (
                (
                    "Nämnden visar per maj ett överskott mot periodiserad budget på 1,2 mnkr.",
                    C(None, "1,2 mnkr", "+", note="The period."),
                ),
                (
                    "Överskottet för perioden förklaras av att föreningsbidragen betalas ut först i juni.",
                    C(
                        None,
                        None,
                        "+",
                        "periodisering",
                        note="The period surplus's timing reason: amount null.",
                    ),
                ),
                (
                    "Helårsprognosen är ett underskott på 0,9 mnkr.",
                    C(None, "0,9 mnkr", "-", note="The full year in a sentence of its own."),
                ),
            )
        ),
        P(
            "Prognosen har försämrats med 0,6 mnkr jämfört med april, vilket helt beror på stängningen av "
            "simhallen.",
            F(None, "0,6 mnkr", "-", "ovrigt", note="Change since April with its cause."),
        ),
        image,
        H("Verksamheternas avvikelser", 2),
        P(
            "Simhallen beräknas gå 850 tkr sämre än budget. Intäkterna från entréer och simskola blir lägre "
            "eftersom bassängen var stängd i sex veckor för reparation av reningsanläggningen.",
            C("Simhall", "850 tkr", "-", "avgifter_intakter", "ovrigt", note="A repair closure is ovrigt."),
        ),
        P(
            "Driften av idrottsanläggningarna överskrider budgeten med 610 tkr, framför allt på grund av högre "
            "elkostnader för konstgräsplanernas belysning och snöröjning av planerna under vintern.",
            C(
                "Idrottsanläggningar",
                "610 tkr",
                "-",
                "prisokningar",
                "ovrigt",
                note="Electricity prices; snow.",
            ),
        ),
        P(
            "Inom kulturskolan ger vakanta tjänster som pianopedagog och dramapedagog ett överskott på 380 tkr.",
            C("Kulturskola", "380 tkr", "+", "vakanser", note="Area after 'Inom'."),
        ),
        P(
            "För biblioteken blir kostnaderna för medier högre än budget, −220 tkr, på grund av att förlagen har "
            "höjt priserna för utlån av e-böcker.",
            C(
                "Bibliotek",
                "−220 tkr",
                "-",
                "prisokningar",
                note="Area after 'För', amount set off by commas.",
            ),
        ),
        P(
            "Föreningsstöd och allmän kultur beräknas lämna överskott på 150 respektive 250 tkr, då färre "
            "ansökningar om bidrag har kommit in än vad som budgeterats.",
            C(
                "Föreningsstöd",
                "150",
                "+",
                "volymer",
                unit="tkr",
                note="'respektive' pair: the first area.",
                also=(
                    C("Allmän kultur", "250 tkr", "+", "volymer", note="'respektive' pair: the second area."),
                ),
            ),
        ),
        P("Fritidsgårdarna håller budget.", BP("Fritidsgårdar")),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över simhallens öppettider under sommaren och räknar med att kunna minska "
            "personalkostnaderna med cirka 200 tkr.",
            A("Simhall", "cirka 200 tkr"),
        ),
        H("Verksamhet", 2),
        P(
            "Antalet besök på biblioteken har ökat med 14 procent jämfört med samma period förra året, vilket "
            "främst beror på de utökade öppettiderna i Kulturhuset.",
            O("Bibliotek", note="Visits against last year: other."),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar beräknas till 3,1 mnkr mot budgeterade 5,2 mnkr. Upphandlingen av den nya "
            "konstgräsplanen vid Hallebacken har överprövats och bygget skjuts till 2027.",
            C(
                "Investeringar",
                "3,1 mnkr mot budgeterade 5,2 mnkr",
                "+",
                "periodisering",
                value=2_100_000,
                note="Investment under-spending of 2,1 mnkr, never written out: the computed value.",
            ),
        ),
    ]
    return ReportSpec(
        file="stenungsund-kfn-manadsrapport-2026-05.pdf",
        report={
            "municipality": "Stenungsund",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2026-05"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport maj 2026 Kultur- och fritidsnämnden",
            "author": "Stenungsunds kommun",
        },
        style=style,
        blocks=blocks,
    )
