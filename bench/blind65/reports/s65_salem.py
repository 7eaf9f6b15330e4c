"""Salems kommun, Barn- och utbildningsnämnden, delårsrapport januari–augusti 2025.

A school committee's interim report in mkr whose result table is pasted as an image (the amounts in the
text layer are the prose's), footer with the nämnd's meeting date in September: the period "3,9 mkr bättre
än den periodiserade budgeten" with its timing reason in the same paragraph (one item) and the full year
"–2,7 mkr" in the next sentence; en-dash bullets under a generic heading ("Förvaltningens kommentarer") in
varied shapes: "Förskolan: överskott 1,9 mkr.", "överskrida sin budget med drygt fem miljoner kronor" (in
words), a reason-only "mindre underskott" whose amount is only in the image (null), "följer budget"
(boilerplate), "Nämnd och förvaltning: 1,2 mkr bättre än budget"; three kostnadsslag in one sentence, one
before "medan" and two as a "respektive" pair, so the deficit is explained twice; investments "4,0 mkr av
helårsbudgeten på 6,5 mkr" (2,5 never written out); the change since the tertial report, an action and sick
leave against last year (other). Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.5, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Salems kommun – Barn- och utbildningsförvaltningen", ""),
        footer=lambda n, m: ("Barn- och utbildningsnämnden 2025-09-23", "", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per verksamhet 2025, mkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Förskola", "212,5", "210,6", "1,9"),
            ("Grundskola", "398,0", "403,2", "–5,2"),
            ("Gymnasieskola", "141,7", "142,3", "–0,6"),
            ("Elevhälsa", "23,4", "23,4", "0,0"),
            ("Nämnd och förvaltning", "31,1", "29,9", "1,2"),
            ("Summa", "806,7", "809,4", "–2,7"),
        ),
        widths=(160.0, 72.0, 72.0, 72.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
        shade=(0.85, 0.9, 0.95),
        as_image=True,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="arial-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="arial", after=12),
        H("Ekonomiskt utfall och prognos", 2),
        PS(
            (
                "Nämndens utfall för perioden är 3,9 mkr bättre än den periodiserade budgeten. Överskottet beror "
                "till stor del på att lönerevisionen för lärarna blev klar först i juni och betalas ut retroaktivt "
                "i september.",
                C(
                    None,
                    "3,9 mkr",
                    "+",
                    "lonekostnader",
                    "periodisering",
                    note="The period's deviation and its reason in contiguous sentences: one item.",
                ),
            ),
            ("På helår prognostiserar nämnden ett underskott på –2,7 mkr.", C(None, "–2,7 mkr", "-")),
        ),
        table,
        H("Förvaltningens kommentarer", 2),
        Bullets(
            (
                "Förskolan: överskott 1,9 mkr. Barnantalet i Rönninge har minskat och två avdelningar har inte "
                "behövt öppnas i höst.",
                "Grundskolan beräknas överskrida sin budget med drygt fem miljoner kronor. Det beror på fler elever "
                "i behov av särskilt stöd och på att statsbidraget för läxhjälp har upphört.",
                "Gymnasieskolan går med ett mindre underskott, främst på grund av interkommunala ersättningar.",
                "Elevhälsan följer budget.",
                "Nämnd och förvaltning: 1,2 mkr bättre än budget till följd av vakanser på förvaltningskontoret och "
                "lägre kostnader för IT-licenser.",
            ),
            labels=(
                C("Förskola", "1,9 mkr", "+", "volymer"),
                C(
                    "Grundskola",
                    "drygt fem miljoner kronor",
                    "-",
                    "volymer",
                    "statsbidrag",
                    value=5_000_000,
                    note="An amount in words; the image's '–5,2' has no text layer.",
                ),
                C(
                    "Gymnasieskola",
                    None,
                    "-",
                    "kopt_verksamhet",
                    note="A reason-only deficit whose amount lives only in the image: null.",
                ),
                BP("Elevhälsa"),
                C("Nämnd och förvaltning", "1,2 mkr", "+", "vakanser", "it_digitalisering"),
            ),
            glyph="–",
        ),
        H("Kostnadsslag", 2),
        P(
            "Personalkostnaderna blir 1,9 mkr lägre än budget, medan köp av verksamhet och intäkterna avviker "
            "negativt med 3,8 respektive 0,8 mkr.",
            C(
                "Personalkostnader",
                "1,9 mkr",
                "+",
                note="Three kostnadsslag in one sentence: three items; the deficit is explained twice.",
                also=(
                    C("Köp av verksamhet", "3,8", "-", unit="mkr"),
                    C("Intäkter", "0,8 mkr", "-"),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna för perioden uppgår till 1,4 mkr. Nämnden räknar med att använda 4,0 mkr av "
            "helårsbudgeten på 6,5 mkr, då möbleringen av den nya förskolan i Söderby skjuts till 2026.",
            C(
                "Investeringar",
                "4,0 mkr av helårsbudgeten på 6,5 mkr",
                "+",
                "periodisering",
                value=2_500_000,
                note="An under-spend of 2,5 mkr, never written out: the computed value.",
            ),
        ),
        H("Prognosförändring", 2),
        P(
            "Jämfört med tertialrapporten har prognosen försämrats med 1,5 mkr, framför allt för grundskolan.",
            F(None, "1,5 mkr", "-"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört en tillfällig anställningsprövning och ser över resursfördelningen till "
            "grundskolan inför vårterminen 2026.",
            A("Grundskola"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 6,1 procent under perioden, jämfört med 6,8 procent samma period i fjol. "
            "Minskningen beror på färre korttidsfrånvarotillfällen.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="salem-bun-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Salem",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Barn- och utbildningsnämnden",
            "author": "Salems kommun",
        },
        style=style,
        blocks=blocks,
    )
