"""Kalmar kommun, Utbildningsnämnden, månadsrapport februari 2026.

An upper-secondary and adult education committee's month report in Liberation Sans (Arial), header with the
letter date in March: the full year "ett underskott på 7,8 miljoner kronor" with a percentage of the frame
that is not the amount, the period "1,1 miljoner kronor högre än periodiserad budget" (a net cost over the
periodised budget: negative) in a second sentence, the change since January with its cause; a comment table
in tkr whose deficits are printed in brackets ("(4 200)"), where comments give reasons without amounts (each
takes its row's cell), one comment names its own amount ("1,2 mnkr"), one says "Prognosen följer budget"
(boilerplate) and the sum row has no comment; two programmes' sub-deficits as a "respektive" pair under the
gymnasieskola (two items), two actions (one with an effect) and a risk (other). 9 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (tkr, deficit in brackets)."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.35,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 80.0, 66.0, 72.0),
        header=lambda n, m: ("Kalmar kommun, Utbildningsförvaltningen", "2026-03-12"),
        footer=lambda n, m: ("Dnr UN 2026/0118", "", f"{n} ({m})"),
        header_size=8.0,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Gymnasieskola", "312 400", "316 600", "(4 200)"),
                "Fler elever än budgeterat på de kommunala programmen och högre lokalhyra för det nya "
                "vårdcentrum som togs i bruk vid årsskiftet.",
                C("Gymnasieskola", "(4 200)", "-", "volymer", "lokaler", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Interkommunala ersättningar", "88 900", "92 000", "(3 100)"),
                "Fler ungdomar än väntat väljer att studera i andra kommuner och hos fristående huvudmän.",
                C(
                    "Interkommunala ersättningar",
                    "(3 100)",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW + " Interkommunal ersättning is kopt_verksamhet.",
                ),
            ),
            (
                ("Vuxenutbildning", "64 300", "63 100", "1 200"),
                "Statsbidraget för regionalt yrkesvux blev 1,2 mnkr högre än beräknat.",
                C(
                    "Vuxenutbildning",
                    "1,2 mnkr",
                    "+",
                    "statsbidrag",
                    note="A comment that names its own amount.",
                ),
            ),
            (
                ("Sfi", "21 700", "22 600", "(900)"),
                "Intäkterna för sfi-elever från andra kommuner blir lägre sedan ett samverkansavtal har sagts upp.",
                C("Sfi", "(900)", "-", "avgifter_intakter", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Anpassad gymnasieskola", "38 200", "38 200", "0"),
                "Prognosen följer budget.",
                BP("Anpassad gymnasieskola"),
            ),
            (
                ("Förvaltningsgemensamt", "17 600", "18 400", "(800)"),
                "Licenserna för det nya elevadministrativa systemet fakturerades för hela året redan i januari.",
                C(
                    "Förvaltningsgemensamt",
                    "(800)",
                    "-",
                    "it_digitalisering",
                    "periodisering",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (("Summa", "543 100", "550 900", "(7 800)"), "", None),
        ),
        widths=(132.0, 52.0, 52.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport februari 2026", size=18, font="arial-bold", after=3),
        Title("Utbildningsnämnden", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        P(
            "Utbildningsnämnden prognostiserar för helåret ett underskott på 7,8 miljoner kronor, vilket "
            "motsvarar 1,4 procent av nämndens budgetram.",
            C(None, "7,8 miljoner kronor", "-", note="The percentage of the frame is not the amount."),
        ),
        P(
            "Utfallet till och med februari är 1,1 miljoner kronor högre än periodiserad budget.",
            C(None, "1,1 miljoner kronor", "-", note="A net cost over the periodised budget: negative."),
        ),
        P(
            "Prognosen är 2,3 miljoner kronor sämre än i januari, främst på grund av den högre hyran för "
            "vårdcentrum.",
            F(None, "2,3 miljoner kronor", "-", "lokaler"),
        ),
        H("Prognos per verksamhet", 2),
        comments,
        H("Gymnasieskolans program", 3),
        P(
            "Inom gymnasieskolan står el- och energiprogrammet och vård- och omsorgsprogrammet för underskott om "
            "1,8 respektive 1,3 mnkr, eftersom båda programmen har tagit in fler elever än planerat.",
            C(
                "El- och energiprogrammet",
                "1,8",
                "-",
                "volymer",
                unit="mnkr",
                note="Two programmes inside the gymnasieskola as a 'respektive' pair: two items.",
                also=(C("Vård- och omsorgsprogrammet", "1,3 mnkr", "-", "volymer"),),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över klasstorlekarna inför höstterminen, vilket bedöms minska underskottet med "
            "1,5 miljoner kronor för helåret.",
            A("Gymnasieskola", "1,5 miljoner kronor", "volymer"),
        ),
        P(
            "Samtliga nyanställningar utanför undervisningen prövas av förvaltningschefen.",
            A(None, None, "bemanning"),
        ),
        H("Risker", 2),
        P(
            "Osäkerheten i prognosen är stor eftersom antagningen till höstterminen ännu inte är klar och "
            "elevantalet kan förändras.",
            O(None, "volymer", note="Uncertainty: other."),
        ),
    ]
    return ReportSpec(
        file="kalmar-un-manadsrapport-2026-02.pdf",
        report={
            "municipality": "Kalmar",
            "committee": ["Utbildningsnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport februari 2026 Utbildningsnämnden", "author": "Kalmar kommun"},
        style=style,
        blocks=blocks,
    )
