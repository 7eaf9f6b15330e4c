"""Haparanda kommun, Kommunstyrelsen, bokslut 2025 (the kommunstyrelse's own verksamheter).

A year-end report in tkr, footer with the kommunstyrelse's meeting date in February 2026: the result "ett
underskott på 3 870 tkr mot budget" followed by the deficit forecast at the interim report (a forecast change
with no amount of its own); a comment table whose deficits are in brackets ("(1 860)"), each comment an item
with its row's cell, one comment naming only a part ("1,6 mnkr" of "(2 410)"), a row with no comment;
kapitaltjänst "420 tkr lägre än budgeterat"; investments "46,5 mnkr och utfallet blev 31,2 mnkr" (15,3 never
written out) with a "varav"-like part in the next sentence, and a project that will "överskrida sin
projektbudget på 38 mnkr med 3,5 mnkr"; an action with its yearly effect, sick leave against 2024 and an
energy-price risk (others). DejaVu Serif 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import A, C, F, O

ROW = "A comment in the result table: the row's deviation cell is the amount."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(68.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("HAPARANDA KOMMUN", "Bokslut 2025 – Kommunstyrelsen"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-02-23", "", f"Sida {n}"),
        header_size=7.5,
        rule_under_header=False,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Kommunledning", "28 400", "27 650", "750"),
                "Vakant tjänst som näringslivsutvecklare under tio månader.",
                C("Kommunledning", "750", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Kost och städ", "41 200", "43 060", "(1 860)"),
                "Högre livsmedelspriser än budgeterat samt fler portioner till förskolorna efter att Solbackens "
                "förskola öppnade i augusti.",
                C(
                    "Kost och städ",
                    "(1 860)",
                    "-",
                    "prisokningar",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW + " A deficit in brackets.",
                ),
            ),
            (
                ("Fastighet", "62 900", "65 310", "(2 410)"),
                "Kostnaden för el och fjärrvärme blev 1,6 mnkr högre än budget. Därtill kom en vattenskada i "
                "Marielundsskolans kök.",
                C(
                    "Fastighet",
                    "(2 410)",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note=ROW + " The comment's 1,6 mnkr is only a part.",
                ),
            ),
            (
                ("Gata och park", "18 700", "19 380", "(680)"),
                "Snörik vinter under januari–mars.",
                C("Gata och park", "(680)", "-", "ovrigt", unit="tkr", table=True, note=ROW),
            ),
            (("Räddningstjänst", "16 100", "16 060", "40"), "", None),
            (
                ("Näringsliv och turism", "5 300", "5 010", "290"),
                "Lägre kostnader för evenemang då vinterfestivalen vid Torneälven ställdes in.",
                C("Näringsliv och turism", "290", "+", "ovrigt", unit="tkr", table=True, note=ROW),
            ),
            (("Summa", "172 600", "176 470", "(3 870)"), "", None),
        ),
        widths=(118.0, 52.0, 52.0, 56.0),
        size=8.5,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="serif-bold", after=2),
        Title("Kommunstyrelsens verksamheter", size=12, font="serif", after=14),
        H("Ekonomiskt utfall", 2),
        PS(
            (
                "Kommunstyrelsens verksamheter redovisar för 2025 ett underskott på 3 870 tkr mot budget.",
                C(None, "3 870 tkr", "-"),
            ),
            (
                "Vid delårsbokslutet i augusti prognostiserades ett underskott om 5,1 mnkr.",
                F(
                    None,
                    None,
                    "+",
                    note="The year's outcome against the interim forecast, no amount written for the change.",
                ),
            ),
        ),
        comments,
        P(
            "Kapitaltjänstkostnaderna blev 420 tkr lägre än budgeterat eftersom flera investeringar aktiverades "
            "senare än planerat.",
            C("Kapitaltjänstkostnader", "420 tkr", "+", "periodisering"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 var 46,5 mnkr och utfallet blev 31,2 mnkr. Av det ej förbrukade beloppet "
            "avser 12,8 mnkr ombyggnaden av stadshuset, som har skjutits till 2026 efter fynd av asbest.",
            C(
                "Investeringar",
                "46,5 mnkr och utfallet blev 31,2 mnkr",
                "+",
                "periodisering",
                "ovrigt",
                value=15_300_000,
                note="An under-spend never written out (15,3 mnkr): the computed value; the 12,8 is a part.",
            ),
        ),
        P(
            "Totalt beräknas projektet överskrida sin projektbudget på 38 mnkr med 3,5 mnkr till följd av "
            "saneringen.",
            C("Ombyggnad av stadshuset", "3,5 mnkr", "-", "ovrigt", note="Asbestos removal: ovrigt."),
        ),
        H("Åtgärder", 2),
        P(
            "Kost och städ har från januari 2026 infört en gemensam matsedel för förskola och skola, vilket beräknas "
            "minska livsmedelskostnaderna med 600 tkr per år.",
            A("Kost och städ", "600 tkr", "prisokningar"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron inom kost och städ var 9,8 procent, att jämföra med 8,1 procent 2024. Ökningen beror till "
            "stor del på långtidssjukskrivningar.",
            O("Kost och städ", "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
        H("Framtid", 2),
        P(
            "Energipriserna bedöms fortsatt vara en osäkerhetsfaktor under 2026.",
            O("Fastighet", "prisokningar", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="haparanda-ks-bokslut-2025.pdf",
        report={
            "municipality": "Haparanda",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Kommunstyrelsen", "author": "Haparanda kommun"},
        style=style,
        blocks=blocks,
    )
