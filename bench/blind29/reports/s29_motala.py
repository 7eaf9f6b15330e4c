"""Motala kommun, Bildningsnämnden, Prognos 2 2026 (the forecast on the accounts to April).

A school committee's second forecast of four in "miljoner kronor", with the first forecast's figure in brackets
everywhere ("(−7,9 i prognos 1)", headings "Grundskola −6,2 mnkr (−4,0)"): the full year and the period to
April in two sentences (two items), the change since February with its cause; a table with the previous
forecast's deviation; headings that carry the verksamhet, the amount and last forecast's figure, each with a
short paragraph: a deficit split into two reasons with their own amounts under the heading's total
("Gymnasieskola −3,8 mnkr": one item with the total, not 2,9), a heading followed by a cause and
"Oförändrat jämfört med prognos 1" (boilerplate), "0,0 mnkr (+0,4)" with "bedöms klara sin budget"
(boilerplate) and a change since the last forecast with no amount of its own, a plain heading with "en mindre
positiv avvikelse, 0,4 miljoner kronor"; a risk with an amount, actions as bullets after an unlabelled
lead-in, and investments "15,2 miljoner kronor mot budgeterade 14,0 miljoner kronor" (1,2 never written).
Liberation Serif 11 pt with Liberation Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BF, BP, HP, A, C, F, O

BRACKET = "The bracketed figure is the first forecast's, not the amount."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Prognos 2 2026", "Bildningsnämnden"),
        footer=lambda n, m: ("Motala kommun", "", f"{n}"),
        header_size=8.5,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, miljoner kronor",
        header=(
            ("Verksamhet", "Budget", "Prognos 2", "Avvikelse", "Avvikelse"),
            ("", "2026", "", "", "prognos 1"),
        ),
        rows=(
            ("Förskola", "298,4", "297,3", "+1,1", "+0,6"),
            ("Grundskola", "612,0", "618,2", "−6,2", "−4,0"),
            ("Anpassad grundskola", "38,5", "39,4", "−0,9", "−0,9"),
            ("Fritidshem", "71,2", "70,7", "+0,5", "+0,5"),
            ("Gymnasieskola", "241,6", "245,4", "−3,8", "−3,1"),
            ("Vuxenutbildning", "56,3", "56,3", "0,0", "+0,4"),
            ("Kulturskola", "17,9", "17,5", "+0,4", "0,0"),
            ("Elevhälsa och centrala resurser", "64,8", "67,3", "−2,5", "−1,4"),
            ("Summa", "1 400,7", "1 412,1", "−11,4", "−7,9"),
        ),
        widths=(170.0, 62.0, 62.0, 62.0, 70.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Prognos 2 2026", size=22, font="arial-bold", after=2),
        Title("Bildningsnämnden, Motala kommun", size=13, font="times", after=14),
        H("Sammanfattning", 1),
        PS(
            (
                "Bildningsnämnden prognostiserar ett underskott på 11,4 miljoner kronor för 2026 (−7,9 i prognos 1).",
                C(None, "11,4 miljoner kronor", "-", note=BRACKET),
            ),
            (
                "Utfallet till och med april är 4,1 miljoner kronor högre än periodiserad budget.",
                C(
                    None,
                    "4,1 miljoner kronor",
                    "-",
                    note="The period against the periodised budget in a sentence of its own: a cause.",
                ),
            ),
        ),
        P(
            "Prognosen har därmed försämrats med 3,5 miljoner kronor sedan februari, framför allt inom grundskolan "
            "där fler elever har fått beslut om tilläggsbelopp.",
            F(None, "3,5 miljoner kronor", "-", "volymer"),
        ),
        table,
        H("Verksamheternas prognoser", 2),
        HP(
            "Förskola +1,1 mnkr (+0,6)",
            "Barnantalet fortsätter att minska i centrala Motala, och två avdelningar på Lärkans förskola har "
            "stängts från mars.",
            C("Förskola", "+1,1 mnkr", "+", "volymer", "omstallning", note=BRACKET),
        ),
        HP(
            "Grundskola −6,2 mnkr (−4,0)",
            "Kostnaderna för tilläggsbelopp till elever med omfattande behov av stöd fortsätter att öka. Till det "
            "kommer en högre elevpeng till fristående huvudmän efter kommunfullmäktiges beslut i december, som inte "
            "har kompenserats i nämndens ram.",
            C("Grundskola", "−6,2 mnkr", "-", "volymer", "kopt_verksamhet", note=BRACKET),
        ),
        Para(
            (
                (
                    "Två elever med behov av anpassad skolgång har flyttat till kommunen under vintern, och eftersom "
                    "deras platser finns i Linköping köps de externt.",
                    C("Anpassad grundskola", "−0,9 mnkr", "-", "volymer", "kopt_verksamhet"),
                ),
                ("Oförändrat jämfört med prognos 1.", BF("Anpassad grundskola")),
            ),
            head="Anpassad grundskola −0,9 mnkr (−0,9)",
        ),
        HP(
            "Fritidshem +0,5 mnkr (+0,5)",
            "Tjänster på fritidshemmen i Borensberg och Tjällmo har stått vakanta under årets första månader.",
            C("Fritidshem", "+0,5 mnkr", "+", "vakanser"),
        ),
        HP(
            "Gymnasieskola −3,8 mnkr (−3,1)",
            "Interkommunala ersättningar för elever som studerar i Linköping och Örebro blir 2,9 miljoner kronor "
            "dyrare än budgeterat. Resterande 0,9 miljoner kronor beror på att statsbidraget för gymnasial "
            "lärlingsutbildning har minskat.",
            C(
                "Gymnasieskola",
                "−3,8 mnkr",
                "-",
                "kopt_verksamhet",
                "statsbidrag",
                note="Two reasons with their own amounts under the heading's total: one item, the total.",
            ),
        ),
        Para(
            (
                ("Vuxenutbildningen bedöms klara sin budget för året.", BP("Vuxenutbildning")),
                (
                    "Överskottet i prognos 1 har ätits upp av att SFI-undervisningen har utökats med en grupp sedan "
                    "mars.",
                    F(
                        "Vuxenutbildning",
                        None,
                        "-",
                        "volymer",
                        note="A change since the last forecast; the heading's figures belong to the first item.",
                    ),
                ),
            ),
            head="Vuxenutbildning 0,0 mnkr (+0,4)",
        ),
        H("Kulturskola", 3),
        P(
            "Kulturskolan redovisar en mindre positiv avvikelse, 0,4 miljoner kronor, som hänger ihop med att fler "
            "barn har valt instrumentundervisning och att avgiftsintäkterna därför blir högre än budgeterat.",
            C("Kulturskola", "0,4 miljoner kronor", "+", "avgifter_intakter", "volymer"),
        ),
        HP(
            "Elevhälsa och centrala resurser −2,5 mnkr (−1,4)",
            "Förvaltningen har under våren hyrt in två skolpsykologer via bemanningsföretag, eftersom de egna "
            "tjänsterna inte har gått att tillsätta. Den nya lärplattformen har också blivit dyrare i licenser än "
            "vad som beräknades i budgeten.",
            C(
                "Elevhälsa och centrala resurser",
                "−2,5 mnkr",
                "-",
                "inhyrd_personal",
                "vakanser",
                "it_digitalisering",
            ),
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att fler elever söker sig till gymnasieskolor i andra kommuner till hösten, vilket "
            "kan försämra prognosen med upp till 2 miljoner kronor.",
            O("Gymnasieskola", note="A risk with an amount: other."),
        ),
        H("Åtgärder", 2),
        P("Förvaltningen har vidtagit följande åtgärder för att minska underskottet:"),
        Bullets(
            (
                "Anställningsstopp för administrativa tjänster från den 1 maj, med en beräknad effekt på 0,8 "
                "miljoner kronor.",
                "Översyn av skolskjutsorganisationen inför höstterminen.",
            ),
            labels=(
                A(None, "0,8 miljoner kronor", "bemanning"),
                A(None, None),
            ),
            glyph="–",
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna beräknas till 15,2 miljoner kronor mot budgeterade 14,0 miljoner kronor, eftersom möbler "
            "och inventarier till nya Västra skolan har blivit dyrare än kalkylerat.",
            C(
                "Investeringar",
                "15,2 miljoner kronor mot budgeterade 14,0 miljoner kronor",
                "-",
                "material_hjalpmedel",
                "prisokningar",
                value=1_200_000,
                note="An investment overrun of 1,2 miljoner kronor never written out: the computed value.",
            ),
        ),
    ]
    return ReportSpec(
        file="motala-bin-prognos-2-2026-04.pdf",
        report={
            "municipality": "Motala",
            "committee": ["Bildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "prognos",
        },
        metadata={"title": "Prognos 2 2026 Bildningsnämnden", "author": "Motala kommun"},
        style=style,
        blocks=blocks,
    )
