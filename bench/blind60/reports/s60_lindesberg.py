"""Lindesbergs kommun, Kommunstyrelsen, bokslut 2025 (the kommunstyrelse's own verksamheter).

A year-end report in DejaVu Serif Condensed 10 pt: the net cost and "en positiv avvikelse mot budget om 2,3
mnkr" in one sentence, the outcome "1,6 mnkr bättre än prognosen i oktober" with its cause (a forecast change);
a table in mnkr with en dashes as minus signs ("–2,8"); headings that carry the area and amount
("Kommunledningskontoret +1,8 mnkr", "Samhällsbyggnad –2,8 mnkr" whose paragraph has a part "3,9 mnkr mer än
budgeterat" that is not the amount), a plain heading whose paragraph says "blev 3,1 mnkr bättre än budget", a
run-in "Kost och lokalvård." with reasons only (the row's "–0,9"), "följer budget" (boilerplate), "Inom
arbetsmarknad och integration blev överskottet 1,1 mnkr"; investments "återstår 27,2 mnkr vid årets slut" and
a project "1,7 mnkr dyrare än beräknat"; a request to carry over part of the surplus, staff turnover against
2024 (others) and an action.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O

HEAD = "The heading carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Lindesbergs kommun", "Bokslut 2025 – Kommunstyrelsen"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-03-10", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, mnkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Kommunledningskontoret", "58,9", "57,1", "1,8"),
            ("Samhällsbyggnad", "121,6", "124,4", "–2,8"),
            ("Fastighet", "18,2", "15,1", "3,1"),
            ("Kost och lokalvård", "44,7", "45,6", "–0,9"),
            ("Räddningstjänst", "37,5", "37,5", "0,0"),
            ("Arbetsmarknad och integration", "33,8", "32,7", "1,1"),
            ("Summa", "314,7", "312,4", "2,3"),
        ),
        widths=(180.0, 75.0, 75.0, 75.0),
        bold_rows=frozenset({6}),
        rules=True,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="serif-cond-bold", after=2),
        Title("Kommunstyrelsens verksamheter", size=12.5, font="serif-cond", after=12),
        H("Årets resultat", 2),
        P(
            "Kommunstyrelsens verksamheter redovisar för 2025 en nettokostnad på 312,4 mnkr, vilket innebär en "
            "positiv avvikelse mot budget om 2,3 mnkr.",
            C(None, "2,3 mnkr", "+", note="The level is not the amount."),
        ),
        P(
            "Utfallet är 1,6 mnkr bättre än prognosen i oktober, framför allt genom att reavinsten vid "
            "försäljningen av tomtmark i Vedevåg bokfördes i december.",
            F(None, "1,6 mnkr", "+", "avgifter_intakter", "periodisering"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Kommunledningskontoret +1,8 mnkr",
            "Överskottet förklaras av vakanta tjänster inom HR-avdelningen och kommunikationsenheten under första "
            "halvåret, samt av att utbildningsinsatser för chefer har skjutits till 2026.",
            C("Kommunledningskontoret", "+1,8 mnkr", "+", "vakanser", "periodisering", note=HEAD),
        ),
        HP(
            "Samhällsbyggnad –2,8 mnkr",
            "Avvikelsen beror framför allt på vinterväghållningen, som kostade 3,9 mnkr mer än budgeterat. Detta "
            "motverkas delvis av lägre kapitalkostnader till följd av försenade investeringar.",
            C(
                "Samhällsbyggnad",
                "–2,8 mnkr",
                "-",
                "ovrigt",
                "periodisering",
                note=HEAD + " The 3,9 mnkr for snow is a part.",
            ),
        ),
        H("Fastighet", 3),
        P(
            "Fastighetsenhetens resultat blev 3,1 mnkr bättre än budget. Det beror dels på lägre kostnader för el "
            "och uppvärmning, dels på att det planerade takbytet på Stadsskogsskolan inte hann genomföras under "
            "året.",
            C("Fastighet", "3,1 mnkr", "+", "prisokningar", "periodisering"),
        ),
        LP(
            "Kost och lokalvård.",
            "Högre livsmedelspriser än budgeterat har gett ett underskott.",
            C(
                "Kost och lokalvård",
                "–0,9",
                "-",
                "prisokningar",
                unit="mnkr",
                table=True,
                note="Reasons only: the row's cell with its en dash.",
            ),
        ),
        H("Räddningstjänst", 3),
        P("Medlemsavgiften till räddningstjänstförbundet följer budget.", BP("Räddningstjänst")),
        H("Arbetsmarknad och integration", 3),
        P(
            "Inom arbetsmarknad och integration blev överskottet 1,1 mnkr, eftersom fler deltagare än planerat "
            "hade anställningsstöd med ersättning från Arbetsförmedlingen.",
            C(
                "Arbetsmarknad och integration",
                "1,1 mnkr",
                "+",
                "statsbidrag",
                "volymer",
                note="A state agency's compensation is statsbidrag.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten om 92,0 mnkr återstår 27,2 mnkr vid årets slut, främst på grund av att "
            "byggnationen av den nya återvinningscentralen startade senare än planerat.",
            C("Investeringar", "27,2 mnkr", "+", "periodisering"),
        ),
        P(
            "Projektet gång- och cykelväg Lindesberg–Vedevåg blev däremot 1,7 mnkr dyrare än beräknat efter "
            "tillkommande markarbeten.",
            C("Gång- och cykelväg Lindesberg–Vedevåg", "1,7 mnkr", "-", "ovrigt"),
        ),
        H("Övrigt", 2),
        P(
            "Kommunstyrelsen föreslår att 1,0 mnkr av överskottet förs över till 2026 för de uppskjutna "
            "utbildningsinsatserna.",
            O(None, note="A carry-over request: financing."),
        ),
        P(
            "Inför 2026 har en ny upphandling av vinterväghållning genomförts med fast pris per säsong.",
            A("Samhällsbyggnad"),
        ),
        P(
            "Personalomsättningen var 9 procent, jämfört med 11 procent 2024.",
            O(None, note="Against last year."),
        ),
    ]
    return ReportSpec(
        file="lindesberg-ks-bokslut-2025.pdf",
        report={
            "municipality": "Lindesberg",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Kommunstyrelsen", "author": "Lindesbergs kommun"},
        style=style,
        blocks=blocks,
    )
