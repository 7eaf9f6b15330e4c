"""Lilla Edets kommun, Samhällsbyggnadsnämnden, bokslut 2025.

A technical committee's year-end report in Liberation Sans 10 pt, footer with the nämnd's meeting in February:
the tax-financed result "underskott på 1,5 miljoner kronor jämfört med budget" and, in the next sentence, the
interim report's forecast of 2,2 (a forecast change, 0,7 never written out); a comment table in tkr whose
comments give reasons only (the row's cell, "-1 550"), one comment with its own amount ("0,8 mnkr lägre än
budget"), "I nivå med budget." (boilerplate beside a row of 50) and a row with no comment; the fee-financed
water and sewage "överskott på 2 340 tkr mot budget" with its causes, the VA fund's balance (other);
investments "41,3 mnkr, att jämföra med en budget på 63,0 mnkr" (21,7 never written out) and a project "1,9
mnkr dyrare än projektbudgeten"; sick leave against last year (other) and a taxa decision for next year (an
action without an amount).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment in the result table: reasons only, the row's deviation cell."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Lilla Edets kommun", "Samhällsbyggnadsnämnden – Bokslut 2025"),
        footer=lambda n, m: ("Samhällsbyggnadsnämnden 2026-02-18", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Gata och park", "24 600", "26 150", "-1 550"),
                "Vinterväghållningen kostade mer än budgeterat efter snörika månader i januari och december.",
                C(
                    "Gata och park",
                    "-1 550",
                    "-",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note=ROW + " Snow is ovrigt.",
                ),
            ),
            (
                ("Fastighet", "38 900", "37 700", "1 200"),
                "Lägre el- och fjärrvärmekostnader än beräknat.",
                C(
                    "Fastighet",
                    "1 200",
                    "+",
                    "prisokningar",
                    unit="tkr",
                    table=True,
                    note=ROW + " Energy costs are prisokningar.",
                ),
            ),
            (
                ("Måltidsverksamhet", "31 400", "32 250", "-850"),
                "Högre livsmedelspriser och fler portioner till förskolan.",
                C(
                    "Måltidsverksamhet",
                    "-850",
                    "-",
                    "prisokningar",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Lokalvård", "12 800", "12 750", "50"),
                "I nivå med budget.",
                BP("Lokalvård", note="'I nivå med budget' beside a row of 50: boilerplate."),
            ),
            (
                ("Plan och bygg", "5 300", "6 100", "-800"),
                "Bygglovsintäkterna blev 0,8 mnkr lägre än budget när antalet ansökningar minskade.",
                C(
                    "Plan och bygg",
                    "0,8 mnkr",
                    "-",
                    "avgifter_intakter",
                    "volymer",
                    note="The comment names its own amount: from the prose.",
                ),
            ),
            (("Kollektivtrafik och färdtjänst", "9 700", "9 700", "0"), "", None),
            (
                ("Nämnd och ledning", "4 100", "3 650", "450"),
                "Vakant tjänst som samhällsbyggnadschef under fyra månader.",
                C("Nämnd och ledning", "450", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (("Summa", "126 800", "128 300", "-1 500"), "", None),
        ),
        widths=(128.0, 46.0, 46.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="arial-bold", after=2),
        Title("Samhällsbyggnadsnämnden", size=12.5, font="arial", after=12),
        H("Ekonomiskt resultat", 1),
        PS(
            (
                "Samhällsbyggnadsnämndens skattefinansierade verksamhet redovisar för 2025 ett underskott på 1,5 "
                "miljoner kronor jämfört med budget.",
                C(None, "1,5 miljoner kronor", "-"),
            ),
            (
                "I delårsrapporten prognostiserades ett underskott på 2,2 miljoner kronor.",
                F(
                    None,
                    None,
                    "+",
                    note="The outcome against the interim forecast: an improvement of 0,7, never written out.",
                ),
            ),
        ),
        H("Driftredovisning per verksamhet, tkr", 2),
        table,
        H("Vatten och avlopp", 2),
        P(
            "Den avgiftsfinansierade VA-verksamheten redovisar ett överskott på 2 340 tkr mot budget, vilket beror på "
            "högre anslutningsavgifter från nya bostadsområden i Lödöse och lägre kemikaliekostnader.",
            C(
                "Vatten och avlopp",
                "2 340 tkr",
                "+",
                "avgifter_intakter",
                "material_hjalpmedel",
                note="Water-treatment chemicals are material_hjalpmedel.",
            ),
        ),
        P(
            "Överskottet förs till VA-fonden, som därefter uppgår till 6,8 mnkr.",
            O("Vatten och avlopp", note="The fund's balance: other."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna uppgick till 41,3 mnkr, att jämföra med en budget på 63,0 mnkr. Den största "
            "avvikelsen avser reningsverket, där upphandlingen fick göras om.",
            C(
                "Investeringar",
                "41,3 mnkr, att jämföra med en budget på 63,0 mnkr",
                "+",
                "periodisering",
                value=21_700_000,
                note="Under-spending of 21,7 mnkr, never written out: the computed value.",
            ),
        ),
        P(
            "Gång- och cykelvägen längs älven blev däremot 1,9 mnkr dyrare än projektbudgeten, till följd av att "
            "markförhållandena var sämre än beräknat.",
            C("Gång- och cykelvägen längs älven", "1,9 mnkr", "-", "ovrigt", note="Poor ground: ovrigt."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron inom måltidsverksamheten minskade från 9,8 till 7,1 procent jämfört med 2024.",
            O("Måltidsverksamhet", note="Sick leave against the previous year: other."),
        ),
        H("Inför 2026", 2),
        P(
            "Nämnden har beslutat att höja taxan för bygglov med 8 procent från 2026 för att nå full kostnadstäckning.",
            A("Plan och bygg", None, "avgifter_intakter"),
        ),
    ]
    return ReportSpec(
        file="lilla-edet-sbn-bokslut-2025.pdf",
        report={
            "municipality": "Lilla Edet",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Samhällsbyggnadsnämnden", "author": "Lilla Edets kommun"},
        style=style,
        blocks=blocks,
    )
