"""Västerviks kommun, Tekniska nämnden, månadsuppföljning maj 2026.

A technical committee's month report in tkr (DejaVu Serif), footer with the nämnd's meeting date in June:
the full year "en negativ avvikelse på 2 750 tkr" with its two causes, the period "1 980 tkr högre än
periodens budget" (net cost, negative); a result table pasted as an image (no text layer); headings that
carry the area and amount with an en dash or a plus ("Gator och vägar –1 900 tkr", "Parker och grönområden
+300 tkr"), a heading paragraph whose second sentence is a risk (other), a plain heading whose paragraph
states "bedöms bli 450 tkr högre än budgeterat" for revenue, "±0 tkr" over "bedöms hålla budget"
(boilerplate) and a reason-only paragraph whose amount lives only in the image (null); the change since
April; investments as a forecast against a budget (18,6 mnkr never written out), a delayed quay with "står
för 12,0 mnkr av avvikelsen" and a cycle path "1,3 mnkr dyrare"; an action with a yearly effect and sick
leave against last year (other). 10 scored causes. DejaVu Serif 9.5 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(68.0, 78.0, 68.0, 74.0),
        header=lambda n, m: ("Västerviks kommun", "Samhällsbyggnadsförvaltningen"),
        footer=lambda n, m: ("Tekniska nämnden 2026-06-17", "Månadsuppföljning maj 2026", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse", "Avv. april"),),
        rows=(
            ("Gator och vägar", "38 600", "40 500", "-1 900", "-1 900"),
            ("Parker och grönområden", "14 200", "13 900", "300", "300"),
            ("Fastigheter", "21 450", "23 100", "-1 650", "-1 050"),
            ("Hamnar", "-2 300", "-2 750", "450", "450"),
            ("Kost och lokalvård", "6 800", "6 800", "0", "0"),
            ("Stab och nämnd", "5 900", "5 850", "50", "50"),
            ("Summa", "84 650", "87 400", "-2 750", "-2 150"),
        ),
        widths=(150.0, 72.0, 76.0, 64.0, 62.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsuppföljning maj 2026", size=19, font="sans-bold", after=2),
        Title("Tekniska nämnden", size=12, font="serif-italic", after=12),
        H("Ekonomisk översikt", 2),
        P(
            "Tekniska nämnden lämnar en helårsprognos som visar en negativ avvikelse på 2 750 tkr mot budget. "
            "Underskottet kommer främst från vinterväghållningen och från fastighetsverksamhetens energikostnader.",
            C(
                None,
                "2 750 tkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="Snow is ovrigt, energy costs prisokningar.",
            ),
        ),
        P(
            "Ackumulerat till och med maj är nettokostnaden 1 980 tkr högre än periodens budget.",
            C(None, "1 980 tkr", "-", note="The period's net cost above its budget: negative."),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        HP(
            "Gator och vägar –1 900 tkr",
            "Vintern var snörik i januari och februari med många utryckningar för plogning och sandning. "
            "Kostnaderna för vinterväghållning överstiger därmed budgeten för hela året redan i maj.",
            C("Gator och vägar", "–1 900 tkr", "-", "ovrigt"),
        ),
        HP(
            "Parker och grönområden +300 tkr",
            "Två tjänster som parkarbetare tillsätts först i augusti.",
            C("Parker och grönområden", "+300 tkr", "+", "vakanser"),
        ),
        Para(
            (
                (
                    "Avvikelsen beror på högre el- och fjärrvärmepriser än budgeterat samt på akuta reparationer "
                    "efter en vattenskada i en förskola i Gamleby.",
                    C("Fastigheter", "–1 650 tkr", "-", "prisokningar", "ovrigt"),
                ),
                (
                    "Om elpriset fortsätter att stiga under hösten kan underskottet öka ytterligare.",
                    O("Fastigheter", "prisokningar", note="A risk sentence in the heading's paragraph."),
                ),
            ),
            head="Fastigheter –1 650 tkr",
        ),
        HP(
            "Hamnar",
            "Intäkterna från gästhamnen och uthyrningen av båtplatser bedöms bli 450 tkr högre än budgeterat, "
            "efter att avgifterna höjdes inför säsongen.",
            C("Hamnar", "450 tkr", "+", "avgifter_intakter"),
        ),
        HP(
            "Kost och lokalvård ±0 tkr",
            "Verksamheten bedöms hålla budget.",
            BP("Kost och lokalvård"),
        ),
        HP(
            "Stab och nämnd",
            "Lägre kostnader för konsulter i arbetet med den nya gatuplanen.",
            C(
                "Stab och nämnd",
                None,
                "+",
                "inhyrd_personal",
                note="Reason only, and the table is an image: amount null.",
            ),
        ),
        H("Förändring mot aprilprognosen", 2),
        P(
            "Jämfört med aprilprognosen har prognosen försämrats med 600 tkr, vilket helt beror på "
            "fastighetsverksamheten.",
            F(None, "600 tkr", "-"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen för 2026 är 52,4 mnkr mot en budget på 71,0 mnkr.",
            C(
                "Investeringar",
                "52,4 mnkr mot en budget på 71,0 mnkr",
                "+",
                value=18_600_000,
                note="An under-spend never written out: the computed value, the amount text as written.",
            ),
        ),
        P(
            "Renoveringen av kajen vid Skeppsbron skjuts till 2027 eftersom tillståndet från länsstyrelsen dröjer, "
            "vilket står för 12,0 mnkr av avvikelsen.",
            C("Renovering av kajen vid Skeppsbron", "12,0 mnkr", "+", "periodisering"),
        ),
        P(
            "Den nya gång- och cykelvägen mot Lysingsbadet blir däremot 1,3 mnkr dyrare än beräknat till följd av "
            "sämre markförhållanden.",
            C("Gång- och cykelväg mot Lysingsbadet", "1,3 mnkr", "-", "ovrigt", note="Investment overrun."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har inlett ett energieffektiviseringsprojekt i tolv av kommunens största byggnader, med "
            "en beräknad besparing om 400 tkr per år.",
            A("Fastigheter", "400 tkr", "prisokningar"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron i förvaltningen var 5,1 procent under perioden, vilket är lägre än samma period 2025.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="vastervik-tn-manadsuppfoljning-2026-05.pdf",
        report={
            "municipality": "Västervik",
            "committee": ["Tekniska nämnden"],
            "period": ["2026-05"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning maj 2026 Tekniska nämnden", "author": "Västerviks kommun"},
        style=style,
        blocks=blocks,
    )
