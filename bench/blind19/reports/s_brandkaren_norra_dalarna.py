"""Brandkåren Norra Dalarna (kommunalförbund for Mora, Orsa and Älvdalen), Direktionen, tertialrapport 2 2025.

A fire and rescue kommunalförbund's report for January–August in Liberation Serif 10.5 pt, footer with the
direktion's meeting date in September: the period's temporary surplus "mot periodiserad budget på 0,7 mnkr"
with its timing reason, the full year "landa 1,45 mnkr sämre än budgeterat nollresultat" with the summer's
fires as cause; member fees "betalas enligt budget" (boilerplate); a kostnadsslag table where costs carry a
minus sign and the deviation is forecast minus budget; sections under plain headings: personnel costs with
a part (1,3 mnkr for the fires alone), other revenue from MSB's compensation and inspections, equipment "blir
350 tkr högre än budget", "Övriga kostnadsslag följer i stort budget" (boilerplate); investments where two
projects' cost levels come first ("4,1 respektive 1,6 mnkr") and their deviations second ("0,3 mnkr mer
respektive 0,8 mnkr mindre än budgeterat", two items with opposite directions) and the rest "följer budget"
(boilerplate); the change since tertial 1, an application to MSB with its possible effect (action) and
equity covering the deficit (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Brandkåren Norra Dalarna", "Tertialrapport 2 2025"),
        footer=lambda n, m: ("Direktionen 2025-09-25", "", f"{n} ({m})"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per kostnadsslag, tkr",
        header=(("", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "38 600", "25 730", "38 600", "0"),
            ("Övriga intäkter", "4 200", "3 610", "4 950", "750"),
            ("Personalkostnader", "-31 900", "-21 380", "-33 700", "-1 800"),
            ("Fordon och materiel", "-4 300", "-3 120", "-4 650", "-350"),
            ("Lokaler", "-3 600", "-2 400", "-3 600", "0"),
            ("Övriga kostnader", "-2 100", "-1 150", "-2 150", "-50"),
            ("Kapitalkostnader", "-900", "-590", "-900", "0"),
            ("Resultat", "0", "700", "-1 450", "-1 450"),
        ),
        widths=(130.0, 70.0, 76.0, 72.0, 62.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 2 – januari–augusti 2025", size=19, font="times-bold", after=2),
        Title(
            "Brandkåren Norra Dalarna, kommunalförbund för Mora, Orsa och Älvdalen",
            size=12,
            font="times-italic",
            after=14,
        ),
        H("Förbundets ekonomi", 1),
        P(
            "Förbundet visar efter augusti ett överskott mot periodiserad budget på 0,7 mnkr. Överskottet är "
            "tillfälligt och beror främst på att flera utbildningar för deltidsbrandmän genomförs under hösten.",
            C(None, "0,7 mnkr", "+", "periodisering"),
        ),
        P(
            "Helårsprognosen är däremot ett underskott. Förbundet beräknar att landa 1,45 mnkr sämre än budgeterat "
            "nollresultat, och det är sommarens bränder i Älvdalens kommun som ligger bakom.",
            C(None, "1,45 mnkr", "-", "ovrigt", note="The fires: ovrigt."),
        ),
        P(
            "Medlemsavgifterna betalas enligt budget med 38,6 mnkr, fördelat efter invånarantal.",
            BP("Medlemsavgifter", note="'Enligt budget': in balance; 38,6 is the level."),
        ),
        P(
            "Kostnader anges med minustecken. Avvikelse = prognos − budget.",
            size=8.5,
        ),
        table,
        H("Personalkostnader", 2),
        P(
            "Personalkostnaderna beräknas överstiga budget med 1,8 mnkr. Bränderna vid Åsen och Evertsberg i juli "
            "pågick i elva dygn och krävde insatser från samtliga stationer, med omfattande övertid och förstärkt "
            "beredskap. Av merkostnaden avser 1,3 mnkr enbart bränderna.",
            C(
                "Personalkostnader",
                "1,8 mnkr",
                "-",
                "ovrigt",
                "overtid",
                note="The fires' share (1,3 mnkr) is a part, not the amount.",
            ),
        ),
        H("Övriga intäkter", 2),
        P(
            "Övriga intäkter blir 0,75 mnkr högre än budget. Staten ersätter en del av kostnaderna för insatsen "
            "genom MSB:s ersättning för omfattande räddningsinsatser, och fler tillsynsärenden än planerat har "
            "debiterats.",
            C(
                "Övriga intäkter",
                "0,75 mnkr",
                "+",
                "statsbidrag",
                "avgifter_intakter",
                "volymer",
                note="The state's compensation through MSB: statsbidrag.",
            ),
        ),
        H("Fordon och materiel", 2),
        P(
            "Slitage på slangar och utrustning under bränderna samt en reparation av höjdfordonet i Mora gör att "
            "kostnaderna blir 350 tkr högre än budget.",
            C("Fordon och materiel", "350 tkr", "-", "material_hjalpmedel", "ovrigt"),
        ),
        H("Lokaler och övrigt", 2),
        P("Övriga kostnadsslag följer i stort budget.", BP("Övriga kostnadsslag", note="−50 in the table.")),
        H("Investeringar", 2),
        PS(
            ("Investeringsbudgeten uppgår till 7,2 mnkr.", None),
            (
                "En ny släckbil till Orsa och ett nytt övningsfält i Älvdalen beräknas kosta 4,1 respektive 1,6 "
                "mnkr, vilket är 0,3 mnkr mer respektive 0,8 mnkr mindre än budgeterat. Släckbilens pris har "
                "räknats upp med index enligt avtalet, och övningsfältets markarbeten kunde utföras av egen "
                "personal.",
                C(
                    "Släckbil Orsa",
                    "0,3 mnkr",
                    "-",
                    "prisokningar",
                    note="Two projects' cost levels (4,1 and 1,6) first, their deviations second: one item each, "
                    "with opposite directions and their own causes.",
                    also=(C("Övningsfält Älvdalen", "0,8 mnkr", "+", "ovrigt"),),
                ),
            ),
            ("Övriga investeringar, främst andningsskydd, följer budget.", BP("Övriga investeringar")),
        ),
        H("Förändring sedan tertialrapport 1", 2),
        P(
            "I tertialrapport 1 prognostiserades ett nollresultat. Förändringen med −1,45 mnkr förklaras helt av "
            "bränderna i juli.",
            F(None, "−1,45 mnkr", "-", "ovrigt"),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har ansökt om ytterligare ersättning från MSB. Beviljas ansökan förbättras resultatet med "
            "upp till 0,6 mnkr.",
            A(None, "upp till 0,6 mnkr", "statsbidrag"),
        ),
        H("Eget kapital", 2),
        P(
            "Förbundets egna kapital uppgick vid årsskiftet till 5,9 mnkr, och underskottet kan täckas inom detta. "
            "Något tillskott från medlemskommunerna bedöms därför inte behövas.",
            O(None, "reserver", note="Equity covering the deficit: other."),
        ),
    ]
    return ReportSpec(
        file="brandkaren-norra-dalarna-tertialrapport-2025-08.pdf",
        report={
            "municipality": ["Brandkåren Norra Dalarna", "Kommunalförbundet Brandkåren Norra Dalarna"],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 2 2025 Brandkåren Norra Dalarna",
            "author": "Brandkåren Norra Dalarna",
        },
        style=style,
        blocks=blocks,
    )
