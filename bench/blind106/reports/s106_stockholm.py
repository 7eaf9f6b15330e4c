"""Stockholms stad, Rinkeby-Kista stadsdelsnämnd, tertialrapport 1 2026.

A stadsdelsnämnd's first tertial report in mnkr in the city's style, footer with the nämnd's meeting date in
May: the full year "underskott om 14,5 mnkr … vilket motsvarar 0,9 procent av budgeten" (the percentage not
the amount); a table by verksamhetsområde with hyphen-minus signs; two columns of plain headings: "Verksamheten
prognostiserar ett underskott om 11,4 mnkr" under the heading that names the area, "beräknas överstiga budget
med 7,8 mnkr", elderly care's deficit followed in the same paragraph by a change since March (a forecast
change), "beräknas ge ett överskott om 5,2 mnkr", disability support's total in one sentence and two
sub-areas as a "respektive" pair in the next (three items), a surplus whose amount ends the sentence ("ger ett
överskott på 1,3 mnkr") and "bedöms i stort hålla budget" (boilerplate, the row says −0,2); an action with
its effect, a risk (other), and investments that "beräknas förbrukas fullt ut" (boilerplate). DejaVu Sans 9.5
pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Rinkeby-Kista stadsdelsförvaltning", "Tertialrapport 1 2026"),
        footer=lambda n, m: (
            "Stadsdelsnämndens sammanträde 2026-05-21",
            "Dnr RK 2026/0412",
            f"Sida {n} (av {m})",
        ),
        header_size=7.5,
    )
    table = Table(
        caption="Nettokostnader per verksamhetsområde, mnkr",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "78,4", "77,1", "1,3"),
            ("Förskoleverksamhet", "412,0", "406,8", "5,2"),
            ("Individ- och familjeomsorg", "198,5", "209,9", "-11,4"),
            ("Ekonomiskt bistånd", "156,0", "163,8", "-7,8"),
            ("Äldreomsorg", "521,3", "525,5", "-4,2"),
            ("Stöd och service till personer med funktionsnedsättning", "244,7", "242,1", "2,6"),
            ("Stadsmiljöverksamhet", "21,6", "21,8", "-0,2"),
            ("Summa", "1 632,5", "1 647,0", "-14,5"),
        ),
        widths=(260.0, 64.0, 64.0, 64.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="sans-bold", after=2),
        Title("Rinkeby-Kista stadsdelsnämnd", size=12, font="sans", after=12),
        H("Ekonomiskt utfall och prognos", 2),
        P(
            "Nämnden prognostiserar ett underskott om 14,5 mnkr för 2026, vilket motsvarar 0,9 procent av "
            "budgeten.",
            C(None, "14,5 mnkr", "-", note="The percentage of the budget is not the amount."),
        ),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        Columns(2),
        H("Individ- och familjeomsorg", 3),
        P(
            "Verksamheten prognostiserar ett underskott om 11,4 mnkr. Det beror främst på fler placeringar av "
            "ungdomar på HVB och i stödboende än vad budgeten medger, men också på att priserna för "
            "institutionsvård har höjts.",
            C(
                "Individ- och familjeomsorg",
                "11,4 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "prisokningar",
                note="The area is the heading, the sentence says 'Verksamheten'.",
            ),
        ),
        H("Ekonomiskt bistånd", 3),
        P(
            "Kostnaderna för ekonomiskt bistånd beräknas överstiga budget med 7,8 mnkr. Antalet hushåll med "
            "bistånd har ökat sedan årsskiftet, bland annat eftersom fler personer har lämnat etableringen.",
            C("Ekonomiskt bistånd", "7,8 mnkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        H("Äldreomsorg", 3),
        Para(
            (
                (
                    "Äldreomsorgen visar ett underskott om 4,2 mnkr, som förklaras av att beställda "
                    "hemtjänsttimmar ligger över budgeterad nivå. Kostnaderna för vård- och omsorgsboende blir "
                    "något lägre eftersom beläggningen har varit lägre under perioden.",
                    C(
                        "Äldreomsorg",
                        "4,2 mnkr",
                        "-",
                        "volymer",
                        note="A sub-area without an amount stays in the area's item.",
                    ),
                ),
                (
                    "Jämfört med mars har prognosen försämrats med 1,0 mnkr.",
                    F("Äldreomsorg", "1,0 mnkr", "-"),
                ),
            )
        ),
        H("Förskoleverksamhet", 3),
        P(
            "Förskoleverksamheten beräknas ge ett överskott om 5,2 mnkr. Barnantalet är lägre än budgeterat och "
            "två förskolor i Husby har slagits samman till en enhet.",
            C("Förskoleverksamhet", "5,2 mnkr", "+", "volymer", "omstallning"),
        ),
        H("Funktionsnedsättning", 3),
        Para(
            (
                (
                    "Stöd och service till personer med funktionsnedsättning redovisar ett överskott om 2,6 mnkr.",
                    C(
                        "Stöd och service till personer med funktionsnedsättning",
                        "2,6 mnkr",
                        "+",
                        note="The total in a sentence of its own, the two sub-areas in the next: three items.",
                    ),
                ),
                (
                    "Daglig verksamhet och boende med särskild service bidrar med 1,4 respektive 1,2 mnkr, "
                    "eftersom flera köpta platser har avslutats under våren.",
                    C(
                        "Daglig verksamhet",
                        "1,4",
                        "+",
                        "kopt_verksamhet",
                        unit="mnkr",
                        also=(C("Boende med särskild service", "1,2 mnkr", "+", "kopt_verksamhet"),),
                    ),
                ),
            )
        ),
        H("Nämnd och administration", 3),
        P(
            "Vakanta tjänster inom administrationen ger ett överskott på 1,3 mnkr.",
            C("Nämnd och administration", "1,3 mnkr", "+", "vakanser"),
        ),
        H("Stadsmiljöverksamhet", 3),
        P(
            "Stadsmiljöverksamheten bedöms i stort hålla budget.",
            BP("Stadsmiljöverksamhet", note="Boilerplate although the row says -0,2."),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder för en budget i balans", 2),
        P(
            "Förvaltningen har infört en veckovis uppföljning av nya placeringar inom individ- och "
            "familjeomsorgen och utökat den egna öppenvården, vilket beräknas minska kostnaderna med 3,5 mnkr "
            "under året.",
            A("Individ- och familjeomsorg", "3,5 mnkr", "kopt_verksamhet"),
        ),
        P(
            "Förvaltningen bedömer att det finns en risk för ytterligare kostnader inom ekonomiskt bistånd om "
            "arbetslösheten i stadsdelsområdet fortsätter att stiga.",
            O("Ekonomiskt bistånd", note="A risk."),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 4,0 mnkr beräknas förbrukas fullt ut.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
    ]
    return ReportSpec(
        file="stockholm-rinkeby-kista-sdn-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Rinkeby-Kista stadsdelsnämnd", "Stadsdelsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Rinkeby-Kista stadsdelsnämnd", "author": "Stockholms stad"},
        style=style,
        blocks=blocks,
    )
