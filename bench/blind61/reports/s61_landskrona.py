"""Landskrona stad, Tekniska nämnden, tertialrapport 1 2026.

A technical committee's tertial report in "miljoner kronor", "mnkr" and tkr: the full year "4,6 miljoner
kronor högre än budgeterat" (costs, so negative), a table whose deviation column counts an overrun as positive
("+ = kostnad över budget": "+3 200" a deficit, "−600" a surplus), a plain heading whose paragraph ends with
"Avvikelsen är 3,2 mnkr.", a bold run-in with reasons only (the row's "+900", negative), a heading "Måltidsservice,
1,7 miljoner kronor över budget", surpluses from harbour fees and lower energy prices, an IT system, portions against last year and a risk
(other), "Prognosen är oförändrad" (boilerplate), an action, and investments "Av investeringsbudgeten på 86,0
mnkr prognostiseras 61,5 mnkr att användas" (24,5 mnkr never written out) with two projects as a "respektive"
pair in the next sentence. DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, HP, LP, A, C, O

SIGN = "The table counts an overrun as '+'; the prose gives the direction."


def spec() -> ReportSpec:
    style = Style(
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("Landskrona stad", "Tekniska nämnden"),
        footer=lambda n, m: ("Tertialrapport 1 2026 – behandlad 2026-05-19", "", f"{n}"),
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning helår, tkr (avvikelse: + = kostnad över budget)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Gata och trafik", "48 600", "51 800", "+3 200"),
            ("Park och natur", "22 100", "23 000", "+900"),
            ("Måltidsservice", "15 400", "17 100", "+1 700"),
            ("Hamn", "-3 200", "-3 800", "−600"),
            ("Fastighetsförvaltning", "9 800", "8 700", "−1 100"),
            ("Administration", "11 300", "11 800", "+500"),
            ("Summa", "104 000", "108 600", "+4 600"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="bold", after=2),
        Title("Tekniska nämnden", size=12, font="body", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Tekniska nämnden bedömer att årets kostnader blir 4,6 miljoner kronor högre än budgeterat.",
            C(None, "4,6 miljoner kronor", "-", note="Costs over budget: negative."),
        ),
        P("Prognosen är oförändrad jämfört med februari.", BF(None)),
        table,
        H("Verksamheterna", 2),
        H("Gata och trafik", 3),
        P(
            "Vintern blev dyr: snöröjning och halkbekämpning under januari och februari kostade betydligt mer än "
            "budgeterat, och lagning av potthål efter tjällossningen har tillkommit. Avvikelsen är 3,2 mnkr.",
            C("Gata och trafik", "3,2 mnkr", "-", "ovrigt", note="Snow and frost damage: ovrigt."),
        ),
        LP(
            "Park och natur.",
            "Stormen i mars fällde ett stort antal träd i stadsparken och på Ven, och röjningen har gjorts med "
            "inhyrda entreprenörer.",
            C("Park och natur", "+900", "-", "ovrigt", unit="tkr", table=True, note="Reasons only. " + SIGN),
        ),
        HP(
            "Måltidsservice, 1,7 miljoner kronor över budget",
            "Livsmedelspriserna har fortsatt att stiga, och antalet portioner till skolorna har ökat sedan två nya "
            "skolor öppnade i januari.",
            C(
                "Måltidsservice",
                "1,7 miljoner kronor",
                "-",
                "prisokningar",
                "volymer",
                note="Heading amount.",
            ),
        ),
        P(
            "Måltidsservice serverade i genomsnitt 6 procent fler portioner per dag än under samma period 2025.",
            O("Måltidsservice", note="Against the previous year: other."),
        ),
        H("Hamn", 3),
        P(
            "Hamnverksamheten ger ett överskott på 600 tkr tack vare fler anlöp och höjda hamnavgifter.",
            C("Hamn", "600 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        H("Fastighetsförvaltning", 3),
        P(
            "Fastighetsförvaltningens energikostnader blir 1,1 mnkr lägre än budgeterat när elpriset har sjunkit.",
            C("Fastighetsförvaltning", "1,1 mnkr", "+", "prisokningar"),
        ),
        H("Administration", 3),
        P(
            "Kostnaderna för det nya systemet för felanmälan och arbetsordrar ligger 0,5 mnkr över budget.",
            C("Administration", "0,5 mnkr", "-", "it_digitalisering"),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Nämnden har beslutat att senarelägga två beläggningsprojekt till 2027, vilket minskar underskottet med "
            "1,5 miljoner kronor.",
            A("Gata och trafik", "1,5 miljoner kronor"),
        ),
        P(
            "Den största osäkerheten är vädret i november och december, som kan ge ytterligare kostnader för "
            "vinterväghållningen.",
            O("Gata och trafik", note="A risk."),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Av investeringsbudgeten på 86,0 mnkr prognostiseras 61,5 mnkr att användas.",
                C(
                    "Investeringar",
                    "86,0 mnkr prognostiseras 61,5 mnkr",
                    "+",
                    value=24_500_000,
                    note="Investment under-spending of 24,5 mnkr, never written out: the computed value.",
                ),
            ),
            (
                "Förseningar i ombyggnaden av Ringvägen etapp 2 och i den nya kajen i Norra hamnen svarar för 14,0 "
                "respektive 8,0 mnkr av avvikelsen.",
                C(
                    "Ringvägen etapp 2",
                    "14,0",
                    "+",
                    "periodisering",
                    unit="mnkr",
                    note="Two projects' parts as a 'respektive' pair: split.",
                    also=(C("Kajen i Norra hamnen", "8,0 mnkr", "+", "periodisering"),),
                ),
            ),
        ),
    ]
    return ReportSpec(
        file="landskrona-tn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Landskrona",
            "committee": ["Tekniska nämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Tekniska nämnden", "author": "Landskrona stad"},
        style=style,
        blocks=blocks,
    )
