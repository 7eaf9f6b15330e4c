"""Landskrona stad, Kultur- och fritidsnämnden, tertialrapport 1 2026.

A culture and leisure committee's first tertial report whose verksamhet table is pasted as an image (its
figures have no text layer), footer with the nämnd's meeting date in May: the full year "1 850 tkr sämre än
budget" and the period "i nivå med periodiserad budget" (boilerplate) in separate sentences; bold run-in
verksamheter with a colon in varied shapes ("Kostnaderna överstiger budget med 950 tkr", "ger ett positivt
utfall på 320 tkr", "ett underskott på drygt 1,4 mnkr", a reason-only surplus whose amount lives only in the
image (null), "Underskottet, 200 tkr, beror på", "Följer budget." (boilerplate)); an investment project "0,8
mnkr dyrare än projektbudgeten" and the rest that "följer sina budgetar" (boilerplate); an action and visits
against 2025 with "beror på" (other). Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Landskrona stad", "Kultur- och fritidsförvaltningen"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "Kultur- och fritidsnämnden 2026-05-19", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Stadsbibliotek", "31 400", "32 350", "-950"),
            ("Konsthall och kulturarv", "12 800", "12 480", "320"),
            ("Idrott och anläggningar", "58 200", "59 620", "-1 420"),
            ("Fritid och ungdom", "19 600", "19 200", "400"),
            ("Kulturskola", "11 900", "12 100", "-200"),
            ("Nämnd och ledning", "6 100", "6 100", "0"),
            ("Totalt", "140 000", "141 850", "-1 850"),
        ),
        widths=(160.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="narrow-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=13, font="narrow", after=14),
        H("Ekonomisk uppföljning", 2),
        P(
            "Kultur- och fritidsnämnden prognostiserar ett utfall som är 1 850 tkr sämre än budget för helåret.",
            C(None, "1 850 tkr", "-"),
        ),
        P(
            "Efter april är utfallet i nivå med periodiserad budget.",
            BP(None, note="The period in balance, no cause: boilerplate."),
        ),
        table,
        H("Kommentarer per verksamhet", 3),
        LP(
            "Stadsbibliotek:",
            "Kostnaderna överstiger budget med 950 tkr. Meröppet på filialerna kräver väktare kvällstid, och "
            "e-medierna har blivit dyrare efter förlagens prishöjningar.",
            C(
                "Stadsbibliotek",
                "950 tkr",
                "-",
                "prisokningar",
                note="Guards for staffless opening hours: no tag.",
            ),
        ),
        LP(
            "Konsthall och kulturarv:",
            "En större utställning har flyttats till hösten 2027, vilket ger ett positivt utfall på 320 tkr.",
            C("Konsthall och kulturarv", "320 tkr", "+", "periodisering"),
        ),
        LP(
            "Idrott och anläggningar:",
            "Verksamheten visar ett underskott på drygt 1,4 mnkr. Simhallen var stängd i sex veckor efter en "
            "vattenskada, vilket gav både uteblivna entréintäkter och kostnader för sanering.",
            C(
                "Idrott och anläggningar",
                "drygt 1,4 mnkr",
                "-",
                "avgifter_intakter",
                "ovrigt",
                note="'drygt 1,4 mnkr' is the stated figure (the image says -1 420). Water damage is ovrigt.",
            ),
        ),
        LP(
            "Fritid och ungdom:",
            "Två tjänster som fritidsledare har varit vakanta sedan januari, vilket ger ett överskott mot budget. "
            "Rekryteringen pågår.",
            C(
                "Fritid och ungdom",
                None,
                "+",
                "vakanser",
                note="Reasons only beside a table pasted as an image: no text layer to take the cell from, null.",
            ),
        ),
        LP(
            "Kulturskola:",
            "Underskottet, 200 tkr, beror på att avgiftsintäkterna blivit lägre när färre elever anmält sig till "
            "vårterminens kurser.",
            C("Kulturskola", "200 tkr", "-", "avgifter_intakter", "volymer"),
        ),
        LP("Nämnd och ledning:", "Följer budget.", BP("Nämnd och ledning")),
        H("Investeringar", 2),
        P(
            "Upprustningen av idrottsplatsen i Borstahusen blir 0,8 mnkr dyrare än projektbudgeten, då markarbetena "
            "visade sig mer omfattande än beräknat.",
            C("Upprustningen av idrottsplatsen i Borstahusen", "0,8 mnkr", "-", "ovrigt"),
        ),
        P(
            "Övriga investeringsprojekt följer sina budgetar.",
            BP("Investeringar"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört inköpsstopp för inventarier under resten av våren och ser över bibliotekens "
            "öppettider.",
            A(None, None, "material_hjalpmedel"),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet besök i simhallen minskade med 18 procent jämfört med januari–april 2025, vilket beror på "
            "stängningen.",
            O("Idrott och anläggningar", "volymer", note="Visits against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="landskrona-kfn-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Landskrona", "Landskrona stad"],
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Kultur- och fritidsnämnden", "author": "Landskrona stad"},
        style=style,
        blocks=blocks,
    )
