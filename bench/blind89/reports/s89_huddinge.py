"""Huddinge kommun, Äldreomsorgsnämnden, tertialrapport 1 2026.

An elderly-care committee's tertial report in DejaVu Sans, footer with the nämnd's meeting date in May: the
period "4,6 mnkr högre än den periodiserade budgeten" (a net cost above budget, negative) and the full year
"ett underskott på 12,4 mnkr" with a percentage of the frame (two sentences, two items), the change since
February with its cause; a table in tkr with a trailing minus for deficits ("8 800-"); then two columns of
headings that carry the verksamhet and the amount ("Hemtjänst −8,8 mnkr"), one with a queue against last
year in the same paragraph (other), a surplus from a renovation closure with no rent ("+2,8 mnkr"), vacancies,
and "Biståndshandläggningen håller sin budget" beside a row of 600 (boilerplate); investments "5,8 mnkr inte
användas"; an action plan with its effect and a grant risk. 9 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.0,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Huddinge kommun", "Äldreomsorgsnämnden"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "Nämndsammanträde 2026-05-21", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr (underskott med minustecken efter beloppet)",
        header=(("Verksamhet", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "28 400", "26 900", "1 500"),
            ("Biståndshandläggning", "41 200", "40 600", "600"),
            ("Hemtjänst", "318 500", "327 300", "8 800-"),
            ("Vård- och omsorgsboende", "562 000", "569 900", "7 900-"),
            ("Dagverksamhet", "22 100", "20 300", "1 800"),
            ("Hälso- och sjukvård", "98 300", "100 700", "2 400-"),
            ("Förebyggande verksamhet", "56 500", "53 700", "2 800"),
            ("Summa", "1 127 000", "1 139 400", "12 400-"),
        ),
        widths=(180.0, 80.0, 80.0, 74.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="sans-bold", after=2),
        Title("Äldreomsorgsnämnden", size=12, font="sans", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Nämndens utfall till och med april är 4,6 mnkr högre än den periodiserade budgeten.",
            C(
                None,
                "4,6 mnkr",
                "-",
                note="A net cost above the periodised budget: a negative period deviation.",
            ),
        ),
        P(
            "Helårsprognosen visar ett underskott på 12,4 mnkr, vilket motsvarar 1,1 procent av nämndens budgetram på "
            "1 127 mnkr.",
            C(
                None,
                "12,4 mnkr",
                "-",
                note="The full year in a sentence of its own; the frame is not the amount.",
            ),
        ),
        P(
            "Prognosen är 3,0 mnkr sämre än i februari, när beläggningen på vård- och omsorgsboendena ökade snabbare "
            "än väntat under mars.",
            F(None, "3,0 mnkr", "-", "volymer"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        HP(
            "Hemtjänst −8,8 mnkr",
            "Antalet beviljade timmar har ökat med 7 procent jämfört med budgeterad volym, framför allt hos brukare "
            "med dubbelbemanning. Sjukfrånvaron i de kommunala hemtjänstgrupperna har också varit hög under "
            "vintern, vilket har krävt timvikarier.",
            C("Hemtjänst", "−8,8 mnkr", "-", "volymer", "sjukfranvaro", "vikarier"),
        ),
        Para(
            (
                (
                    "Beläggningen har varit nästan full sedan januari och nämnden har fått köpa 14 platser hos "
                    "externa utförare till ett högre pris än i egen regi.",
                    C(
                        "Vård- och omsorgsboende",
                        "−7,9 mnkr",
                        "-",
                        "volymer",
                        "kopt_verksamhet",
                        note="The heading carries the area and amount.",
                    ),
                ),
                (
                    "Kön till boende var 38 personer i slutet av april, jämfört med 21 ett år tidigare.",
                    O("Vård- och omsorgsboende", note="A queue against the previous year: other."),
                ),
            ),
            head="Vård- och omsorgsboende −7,9 mnkr",
        ),
        HP(
            "Hälso- och sjukvård −2,4 mnkr",
            "Kostnaderna för inkontinenshjälpmedel och för sjuksköterskor från bemanningsföretag överstiger "
            "budget.",
            C("Hälso- och sjukvård", "−2,4 mnkr", "-", "material_hjalpmedel", "inhyrd_personal"),
        ),
        HP(
            "Förebyggande verksamhet +2,8 mnkr",
            "Två träffpunkter har hållit stängt under renoveringen av kvarteret vid Kvarnbergsplan, och hyran har "
            "inte debiterats under tiden.",
            C(
                "Förebyggande verksamhet",
                "+2,8 mnkr",
                "+",
                "ovrigt",
                "lokaler",
                note="A closure for renovation (ovrigt) with no rent charged (lokaler).",
            ),
        ),
        HP(
            "Dagverksamhet +1,8 mnkr",
            "Färre besökare än planerat till dagverksamheten för personer med demenssjukdom.",
            C("Dagverksamhet", "+1,8 mnkr", "+", "volymer"),
        ),
        HP(
            "Nämnd och förvaltningsledning +1,5 mnkr",
            "Vakanta tjänster som utvecklingsledare och controller.",
            C("Nämnd och förvaltningsledning", "+1,5 mnkr", "+", "vakanser"),
        ),
        P(
            "Biståndshandläggningen håller sin budget.",
            BP("Biståndshandläggning", note="Boilerplate although the row says 600."),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsbudget på 9,0 mnkr beräknas 5,8 mnkr inte användas under året, eftersom "
            "inköpet av nya trygghetslarm till boendena har skjutits till 2027.",
            C("Investeringar", "5,8 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om en handlingsplan med översyn av dubbelbemanningar i hemtjänsten och ett tak för "
            "köpta boendeplatser. Planen beräknas minska underskottet med 4 mnkr under året.",
            A(None, "4 mnkr", "bemanning", "kopt_verksamhet"),
        ),
        H("Risker och osäkerheter", 2),
        P(
            "Statsbidraget för ökad bemanning inom äldreomsorgen är ännu inte beslutat för 2026. Om det uteblir "
            "försämras prognosen med cirka 6 mnkr.",
            O(None, note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="huddinge-aon-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Huddinge",
            "committee": ["Äldreomsorgsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Äldreomsorgsnämnden", "author": "Huddinge kommun"},
        style=style,
        blocks=blocks,
    )
