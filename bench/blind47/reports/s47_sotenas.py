"""Sotenäs kommun, Omsorgsnämnden, månadsuppföljning mars 2026 (elderly care).

An elderly-care committee's month report in tkr and mnkr, footer with a diarienummer: the frame as a level in
an unlabelled sentence and "Prognosen pekar på att ramen överskrids med 7,9 mnkr" in the next (the cause
holds only the latter), the period "1,6 mnkr högre än periodiserad budget" (net cost, negative); a
kostnadsslag table with a trailing minus ("5 750-"); bold run-in kostnadsslag with a colon: personnel costs
"Prognosen visar ett underskott om 5 750 tkr" with staffing and hired nurses, purchased services with reasons
only (the row's "3 100-"), revenue "1,1 mnkr högre än budgeterat", premises "I nivå med budget"
(boilerplate); then two columns of headings that carry the verksamhet and amount ("Särskilt boende –4,2
mnkr") with a percentage that is not the amount, so the deficit is explained twice; the change since
February with last month's level; investments where "1,2 mnkr blir kvar"; an action plan with its effect and
a risk (other). DejaVu Serif 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(66.0, 76.0, 66.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Sotenäs kommun – Omsorgsnämnden", "Månadsuppföljning mars 2026"),
        footer=lambda n, m: ("Dnr ON 2026/000041", "", f"Sida {n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per kostnadsslag 2026, tkr (minus efter talet = sämre än budget)",
        header=(("Kostnadsslag", "Budget 2026", "Utfall jan–mar", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Intäkter", "41 200", "10 640", "42 300", "1 100"),
            ("Personalkostnader", "218 600", "56 870", "224 350", "5 750-"),
            ("Köp av verksamhet", "31 800", "8 720", "34 900", "3 100-"),
            ("Lokalkostnader", "24 300", "6 070", "24 300", "0"),
            ("Övriga kostnader", "78 900", "19 880", "79 050", "150-"),
            ("Nettokostnad", "312 400", "80 900", "320 300", "7 900-"),
        ),
        widths=(128.0, 70.0, 76.0, 70.0, 64.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning mars 2026", size=19, font="serif-bold", after=2),
        Title("Omsorgsnämnden", size=12.5, font="serif", after=14),
        H("Sammanfattande analys", 2),
        Para(
            (
                ("Omsorgsnämnden har en budgetram på 312,4 mnkr för 2026.", None),
                (
                    "Prognosen pekar på att ramen överskrids med 7,9 mnkr.",
                    C(None, "7,9 mnkr", "-", note="The frame in the sentence before is a level, unlabelled."),
                ),
            )
        ),
        P(
            "Utfallet för januari–mars är 1,6 mnkr högre än periodiserad budget.",
            C(None, "1,6 mnkr", "-", note="A net cost above the periodised budget: the period, negative."),
        ),
        table,
        LP(
            "Personalkostnader:",
            "Prognosen visar ett underskott om 5 750 tkr. Bemanningen har förstärkts för boende med hög vårdtyngd, "
            "nattbemanningen i hemtjänsten har utökats och sjuksköterskor från bemanningsföretag har behövts under "
            "sportlovsveckorna.",
            C("Personalkostnader", "5 750 tkr", "-", "bemanning", "inhyrd_personal"),
        ),
        LP(
            "Köp av verksamhet:",
            "Fler beslut om korttidsplats i annan kommun och om hemtjänst från extern utförare gör att kostnaden "
            "blir högre än budget.",
            C(
                "Köp av verksamhet",
                "3 100-",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell, trailing minus.",
            ),
        ),
        LP(
            "Intäkter:",
            "Omvårdnads- och hyresavgifterna blir 1,1 mnkr högre än budgeterat sedan maxtaxan höjdes.",
            C("Intäkter", "1,1 mnkr", "+", "avgifter_intakter"),
        ),
        LP("Lokalkostnader:", "I nivå med budget.", BP("Lokalkostnader")),
        H("Avvikelser per verksamhet", 2),
        HP(
            "Särskilt boende –4,2 mnkr",
            "Två avdelningar på Kvarnbacken har haft extra nattpersonal sedan januari för boende med stora behov. "
            "Sjukfrånvaron har legat på 11 procent, vilket lett till mycket övertid.",
            C(
                "Särskilt boende",
                "–4,2 mnkr",
                "-",
                "bemanning",
                "sjukfranvaro",
                "overtid",
                note="The deficit explained a second time, by verksamhet; the percentage is not the amount.",
            ),
        ),
        HP(
            "Hemtjänst –2,9 mnkr",
            "Antalet beviljade hemtjänsttimmar har ökat med 9 procent sedan budgeten lades, och en extern "
            "utförare har tagit över tre kundgrupper i Kungshamn.",
            C("Hemtjänst", "–2,9 mnkr", "-", "volymer", "kopt_verksamhet"),
        ),
        HP(
            "Hemsjukvård och rehab –0,8 mnkr",
            "Hyrsjuksköterskor har behövts under helgerna eftersom två tjänster är vakanta.",
            C("Hemsjukvård och rehab", "–0,8 mnkr", "-", "inhyrd_personal", "vakanser"),
        ),
        P(
            "Prognosen är 1,4 mnkr sämre än i februari, då underskottet bedömdes till 6,5 mnkr.",
            F(None, "1,4 mnkr", "-", note="Last month's level in the same sentence is not the amount."),
        ),
        PageBreak(),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 2,0 mnkr för välfärdsteknik blir 1,2 mnkr kvar vid årets slut, eftersom "
            "upphandlingen av ett nytt trygghetslarmsystem har överprövats.",
            C("Investeringar", "1,2 mnkr", "+", "periodisering", "it_digitalisering"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden beslutade den 18 mars om en åtgärdsplan: en översyn av nattbemanningen, en gemensam "
            "bemanningspool och stopp för inhyrning av sjuksköterskor efter den 1 juni. Planen beräknas ge en "
            "effekt på 2,5 mnkr under 2026.",
            A(None, "2,5 mnkr", "bemanning", "inhyrd_personal", note="The whole paragraph is one action."),
        ),
        H("Risker", 2),
        P(
            "Den största osäkerheten gäller hur länge den förstärkta nattbemanningen på Kvarnbacken behövs och om "
            "sjukfrånvaron fortsätter att minska.",
            O("Särskilt boende", "bemanning", "sjukfranvaro", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="sotenas-on-manadsuppfoljning-2026-03.pdf",
        report={
            "municipality": "Sotenäs",
            "committee": ["Omsorgsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning mars 2026 Omsorgsnämnden", "author": "Sotenäs kommun"},
        style=style,
        blocks=blocks,
    )
