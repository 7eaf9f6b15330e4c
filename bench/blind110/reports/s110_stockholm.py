"""Stockholms stad, Skärholmens stadsdelsnämnd, tertialrapport 2 2025 (januari–augusti).

A district committee's tertial report in "mnkr", footer with the nämnd's meeting date in September: the full
year "underskott på 9,8 mnkr för verksamheten exklusive ekonomiskt bistånd" with a percentage of the budget
beside it and, in the next sentence, ekonomiskt bistånd's "underskott på 7,5 mnkr" (two items); the change
since tertialrapport 1; a table with T1's deviation beside the current one; plain headings per verksamhet:
"gå med överskott, 3,5 mnkr" after a comma, "det största underskottet, −8,7 mnkr" followed by a paragraph
with a cost growth against last year (other), two verksamheter "underskott på 2,8 respektive 3,0 mnkr" with a
shared cause after a colon, ekonomiskt bistånd explained again reason-only (the row's "-7,5") beside a
household count against 2024 (other); en-dash bullets under "Övriga verksamheter" with a colon-led surplus,
"håller budget" beside a row of 0,3 (boilerplate) and "+0,4 mnkr till följd av"; an action with its effect and
investments "förbrukas fullt ut" (boilerplate). 9 scored causes. DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 78.0, 62.0, 74.0),
        header=lambda n, m: ("Stockholms stad", "Skärholmens stadsdelsförvaltning"),
        footer=lambda n, m: (
            "Tertialrapport 2 2025",
            "Skärholmens stadsdelsnämnd 2025-09-18",
            f"Sida {n} ({m})",
        ),
        header_size=8.0,
    )
    table = Table(
        caption="Verksamhetens nettokostnader, prognos 2025 (mnkr)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse", "Avvikelse T1"),),
        rows=(
            ("Förskoleverksamhet", "312,4", "308,9", "3,5", "2,0"),
            ("Äldreomsorg", "401,6", "410,3", "-8,7", "-6,5"),
            ("Individ- och familjeomsorg", "96,2", "99,0", "-2,8", "-1,9"),
            ("Stöd och service till personer med funktionsnedsättning", "168,7", "171,7", "-3,0", "-2,1"),
            ("Stadsmiljöverksamhet", "22,1", "21,6", "0,5", "0,4"),
            ("Kultur- och fritidsverksamhet", "31,8", "31,5", "0,3", "0,0"),
            ("Nämnd och administration", "58,3", "57,9", "0,4", "0,4"),
            ("Summa exkl. ekonomiskt bistånd", "1 091,1", "1 100,9", "-9,8", "-7,7"),
            ("Ekonomiskt bistånd", "118,0", "125,5", "-7,5", "-6,5"),
        ),
        widths=(232.0, 52.0, 52.0, 60.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.0,
    )
    blocks = [
        Title("Tertialrapport 2 2025", size=19, font="sans-bold", after=2),
        Title("Skärholmens stadsdelsnämnd", size=12, font="sans", after=12),
        H("Nämndens ekonomi", 1),
        PS(
            (
                "Nämnden prognostiserar ett underskott på 9,8 mnkr för verksamheten exklusive ekonomiskt bistånd, "
                "vilket motsvarar 0,9 procent av budgeten.",
                C(
                    None,
                    "9,8 mnkr",
                    "-",
                    note="The whole nämnd's verksamhet; the percentage is not the amount.",
                ),
            ),
            (
                "För ekonomiskt bistånd prognostiseras ett underskott på 7,5 mnkr.",
                C(
                    "Ekonomiskt bistånd",
                    "7,5 mnkr",
                    "-",
                    note="A sentence of its own: a second item, no reason.",
                ),
            ),
        ),
        P(
            "Jämfört med tertialrapport 1 har prognosen försämrats med 3,1 mnkr.",
            F(None, "3,1 mnkr", "-"),
        ),
        table,
        Space(6),
        H("Förskoleverksamhet", 2),
        P(
            "Förskolan beräknas gå med överskott, 3,5 mnkr. Barnantalet har minskat mer än vad budgeten förutsatte, "
            "och två förskoleenheter har slagits samman, vilket frigör lokaler som har sagts upp.",
            C("Förskoleverksamhet", "3,5 mnkr", "+", "volymer", "lokaler"),
        ),
        H("Äldreomsorg", 2),
        P(
            "Äldreomsorgen har det största underskottet, −8,7 mnkr. Det beror framför allt på att hemtjänsten i "
            "egen regi har fler sjukskrivna medarbetare och därmed högre kostnader för timavlönade och övertid, "
            "samt på att intäkterna från omsorgsavgifter är lägre än budgeterat.",
            C(
                "Äldreomsorg",
                "−8,7 mnkr",
                "-",
                "sjukfranvaro",
                "vikarier",
                "overtid",
                "avgifter_intakter",
            ),
        ),
        P(
            "Kostnaderna för vård- och omsorgsboende i egen regi har ökat med 4,2 procent jämfört med samma period "
            "förra året.",
            O("Äldreomsorg", note="Cost growth against the previous year."),
        ),
        H("Individ- och familjeomsorg samt stöd och service", 2),
        P(
            "Individ- och familjeomsorgen och stödet till personer med funktionsnedsättning prognostiserar "
            "underskott på 2,8 respektive 3,0 mnkr. I båda fallen är det placeringar i externa boenden som driver "
            "kostnaderna: sedan årsskiftet har fem barn och tre vuxna med omfattande behov placerats.",
            C(
                "Individ- och familjeomsorg",
                "2,8",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="mnkr",
                note="A 'respektive' pair with a shared cause: two items, same text.",
                also=(
                    C(
                        "Stöd och service till personer med funktionsnedsättning",
                        "3,0 mnkr",
                        "-",
                        "kopt_verksamhet",
                        "volymer",
                    ),
                ),
            ),
        ),
        H("Ekonomiskt bistånd", 2),
        P(
            "Underskottet inom ekonomiskt bistånd beror på att fler hushåll saknar inkomst av arbete och att det "
            "genomsnittliga biståndet per hushåll har ökat.",
            C(
                "Ekonomiskt bistånd",
                "-7,5",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                unit="mnkr",
                table=True,
                note="Explained again, reason only: the table row's cell.",
            ),
        ),
        P(
            "Antalet hushåll med bistånd var 1 362 i augusti, 96 fler än i augusti 2024.",
            O("Ekonomiskt bistånd", note="A volume against the previous year."),
        ),
        H("Övriga verksamheter", 2),
        Bullets(
            (
                "Stadsmiljöverksamheten: överskott 0,5 mnkr, då kostnaderna för snöröjning i parkerna blev lägre "
                "än beräknat under den milda vintern.",
                "Kultur- och fritidsverksamheten håller budget.",
                "Nämnd och administration +0,4 mnkr till följd av en vakant tjänst som kommunikatör.",
            ),
            labels=(
                C("Stadsmiljöverksamheten", "0,5 mnkr", "+", "ovrigt", note="Weather is ovrigt."),
                BP("Kultur- och fritidsverksamheten", note="Although the table row says 0,3."),
                C("Nämnd och administration", "+0,4 mnkr", "+", "vakanser"),
            ),
            glyph="–",
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört en gemensam bemanningsenhet för hemtjänsten för att minska användningen av "
            "timavlönade och övertid. Effekten beräknas till 1,2 mnkr under resten av året.",
            A("Äldreomsorg", "1,2 mnkr", "vikarier", "overtid", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 4,0 mnkr för inventarier och upprustning av parklekar beräknas "
            "förbrukas fullt ut.",
            BP("Investeringar", note="The whole investment frame is used: boilerplate."),
        ),
    ]
    return ReportSpec(
        file="stockholm-skarholmen-sdn-tertialrapport-2025-08.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Skärholmens stadsdelsnämnd", "Stadsdelsnämnden"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 2 2025 Skärholmens stadsdelsnämnd", "author": "Stockholms stad"},
        style=style,
        blocks=blocks,
    )
