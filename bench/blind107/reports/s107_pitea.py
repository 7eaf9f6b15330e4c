"""Piteå kommun, Socialnämnden, tertialrapport 1 2026 (januari–april).

A social committee's tertial report in Liberation Sans Narrow 10 pt with a footer carrying the nämnd's meeting
date in May: the full year "beräknas överskrida sin budget med 9,7 mnkr" and the period "-4,0 mnkr" in two
sentences (two causes); a tkr table with hyphen-minus deficits ("-7 500"); bullets under a generic heading
("Förvaltningens kommentarer till prognosen") in varied shapes: a colon after the area and "Underskottet på
7,5 mnkr beror på", "ligger 3,2 mnkr högre än budgeterat", elderly care that "bedöms totalt sett hålla
budget" (boilerplate) followed by two sub-areas that cancel out ("ett motsvarande överskott, 2,8 mnkr"), two
areas "0,5 mnkr vardera" (two items, same text) and "i nivå med budget" (boilerplate); kostnadsslag in one
sentence ("avviker mest, med -9,1 mnkr, medan personalkostnaderna ligger 1,4 mnkr under budget", two
items); the change since February with a "varav", an action plan with its effect and a grant risk (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "narrow-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Piteå kommun", "Socialnämnden – tertialrapport januari–april 2026"),
        footer=lambda n, m: ("Socialnämnden 2026-05-27", "Dnr SN 2026/118", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhetsområde, tkr",
        header=(("Verksamhetsområde", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "24 600", "24 100", "500"),
            ("Individ- och familjeomsorg", "96 300", "103 800", "-7 500"),
            ("Ekonomiskt bistånd", "31 000", "34 200", "-3 200"),
            ("Äldreomsorg", "412 000", "412 000", "0"),
            ("Funktionshinderomsorg", "188 500", "188 000", "500"),
            ("Hälso- och sjukvård", "62 400", "62 400", "0"),
            ("Summa", "814 800", "824 500", "-9 700"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        shade=(0.85, 0.9, 0.95),
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=2),
        Title("Socialnämnden", size=12.5, font="narrow", after=12),
        H("Ekonomi", 2),
        Para(
            (
                (
                    "Socialnämnden beräknas överskrida sin budget med 9,7 mnkr för 2026.",
                    C(None, "9,7 mnkr", "-"),
                ),
                (
                    "För perioden januari–april är avvikelsen mot periodiserad budget -4,0 mnkr.",
                    C(None, "-4,0 mnkr", "-", note="The period in a sentence of its own: a second item."),
                ),
            )
        ),
        table,
        H("Förvaltningens kommentarer till prognosen", 3),
        Bullets(
            (
                "Individ- och familjeomsorgen: Underskottet på 7,5 mnkr beror på fler placeringar av barn och unga "
                "i HVB och familjehem. Sedan årsskiftet har sex nya placeringar gjorts, varav tre på HVB.",
                "Ekonomiskt bistånd ligger 3,2 mnkr högre än budgeterat. Fler personer med långvarigt behov av "
                "försörjningsstöd har ökat utbetalningarna.",
                "Äldreomsorgen bedöms totalt sett hålla budget.",
                "Hemtjänsten visar ett underskott på 2,8 mnkr till följd av fler beviljade timmar och ökad "
                "sjukfrånvaro bland undersköterskorna.",
                "Särskilt boende har ett motsvarande överskott, 2,8 mnkr, eftersom 14 platser på ett av boendena "
                "har stått tomma under ombyggnaden.",
                "Funktionshinderomsorg och nämnd och förvaltningsledning beräknas ge ett överskott på 0,5 mnkr "
                "vardera, främst genom vakanta tjänster.",
                "Hälso- och sjukvård: i nivå med budget.",
            ),
            labels=(
                C("Individ- och familjeomsorg", "7,5 mnkr", "-", "kopt_verksamhet", "volymer"),
                C("Ekonomiskt bistånd", "3,2 mnkr", "-", "ekonomiskt_bistand", "volymer"),
                BP("Äldreomsorg"),
                C(
                    "Hemtjänst",
                    "2,8 mnkr",
                    "-",
                    "volymer",
                    "sjukfranvaro",
                    note="Sub-areas of an area in balance, each in its own bullet: their own items.",
                ),
                C(
                    "Särskilt boende",
                    "2,8 mnkr",
                    "+",
                    "ovrigt",
                    note="Places empty during a rebuild: ovrigt.",
                ),
                C(
                    "Funktionshinderomsorg",
                    "0,5 mnkr",
                    "+",
                    "vakanser",
                    note="Two areas 'vardera': two items, same text, same amount.",
                    also=(C("Nämnd och förvaltningsledning", "0,5 mnkr", "+", "vakanser"),),
                ),
                BP("Hälso- och sjukvård"),
            ),
            glyph="•",
        ),
        H("Kostnadsslag", 3),
        Para(
            (
                (
                    "Ser man till kostnadsslagen är det köp av verksamhet som avviker mest, med -9,1 mnkr, medan "
                    "personalkostnaderna ligger 1,4 mnkr under budget tack vare vakanser.",
                    C(
                        "Köp av verksamhet",
                        "-9,1 mnkr",
                        "-",
                        note="Two kostnadsslag in one sentence: two items. Naming the account group gives no tag.",
                        also=(C("Personalkostnader", "1,4 mnkr", "+", "vakanser"),),
                    ),
                ),
            )
        ),
        H("Förändring sedan februari", 3),
        P(
            "Jämfört med prognosen i februari har underskottet ökat med 2,4 mnkr, varav 1,9 mnkr avser individ- och "
            "familjeomsorgen.",
            F(None, "2,4 mnkr", "-", note="'Varav' a part: one item with the total."),
        ),
        H("Åtgärder", 3),
        P(
            "Nämnden har gett förvaltningen i uppdrag att ta fram en handlingsplan för en budget i balans. Bland "
            "åtgärderna finns utökad öppenvård på hemmaplan som alternativ till placering och ett förstärkt arbete "
            "med att få personer med försörjningsstöd i arbete. Planen beräknas minska kostnaderna med 3,0 mnkr "
            "under året.",
            A(
                None,
                "3,0 mnkr",
                "kopt_verksamhet",
                "ekonomiskt_bistand",
                note="The whole paragraph is one action.",
            ),
        ),
        H("Risker", 3),
        P(
            "Statsbidraget för stärkt bemanning inom äldreomsorgen är ännu inte fördelat för 2026. Om det uteblir "
            "innebär det en risk på cirka 4 mnkr.",
            O("Äldreomsorg", "statsbidrag", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="pitea-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Piteå",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Piteå kommun"},
        style=style,
        blocks=blocks,
    )
