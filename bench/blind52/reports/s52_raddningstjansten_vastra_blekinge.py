"""Räddningstjänsten Västra Blekinge (kommunalförbund), Direktionen, tertialrapport januari–april 2026.

A fire and rescue kommunalförbund's tertial report in DejaVu Sans Condensed 9.5 pt, with the direktion's
meeting date in May in the footer: the period's result "1 140 tkr, vilket är 620 tkr bättre än periodiserad
budget" and the full year "ett underskott mot budget på 480 tkr" in two paragraphs; a kostnadsslag table with
U+2212 minus signs; bold run-in kostnadsslag ending in a full stop: revenue whose amount comes last
("Intäkterna beräknas därmed överstiga budget med 450 tkr"), two personnel groups with their own amounts in two
sentences under one lead (two items), a reason-only row (the table's "−210"), "150 tkr vardera" for two
kostnadsslag (two items, the same text), members' contributions that "följer budget" (boilerplate); the change
since February with no cause and the investments "ingen förändring" (boilerplate forecast change); a delayed
vehicle "8,0 mnkr beräknas därför inte förbrukas i år"; an action with an effect; equity (other). 9 scored
causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Räddningstjänsten Västra Blekinge", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Direktionen 2026-05-28", "Karlshamn · Olofström · Sölvesborg", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning, helårsprognos 2026 (tkr)",
        header=(("Kostnadsslag", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "71 400", "71 400", "0"),
            ("Externa intäkter", "3 900", "4 350", "450"),
            ("Personalkostnader heltid", "−38 600", "−38 980", "−380"),
            ("Personalkostnader RIB", "−16 200", "−16 840", "−640"),
            ("Fordon och materiel", "−8 300", "−8 510", "−210"),
            ("Lokaler", "−7 900", "−7 750", "150"),
            ("Övriga kostnader", "−4 300", "−4 150", "150"),
            ("Resultat", "0", "−480", "−480"),
        ),
        widths=(170.0, 75.0, 75.0, 75.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="cond-bold", after=2),
        Title("Räddningstjänsten Västra Blekinge", size=12, font="cond", after=12),
        H("Ekonomiskt utfall och prognos", 2),
        P(
            "Förbundets resultat för januari–april är 1 140 tkr, vilket är 620 tkr bättre än periodiserad budget.",
            C(None, "620 tkr", "+", note="The period against the periodised budget after a level."),
        ),
        PS(
            ("Helårsprognosen är ett underskott mot budget på 480 tkr.", C(None, "480 tkr", "-")),
            (
                "Jämfört med budgetuppföljningen i februari är prognosen 300 tkr sämre.",
                F(None, "300 tkr", "-", note="A change against the previous forecast with no cause."),
            ),
        ),
        table,
        H("Kommentarer per kostnadsslag", 2),
        LP(
            "Externa intäkter.",
            "Fler automatlarm som lett till utryckning har fakturerats, och utbildningarna för medlemskommunernas "
            "personal har sålt fler platser än beräknat. Intäkterna beräknas därmed överstiga budget med 450 tkr.",
            C("Externa intäkter", "450 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Personalkostnader.",
            "Heltidsstyrkan överskrider budget med 380 tkr, främst genom övertid för att täcka vakanta "
            "brandmannatjänster i Karlshamn.",
            C("Personalkostnader heltid", "380 tkr", "-", "overtid", "vakanser"),
            (
                "För räddningspersonal i beredskap blir kostnaderna 640 tkr högre än budgeterat till följd av fler "
                "larm och det nya avtalet om beredskapsersättning.",
                C("Personalkostnader RIB", "640 tkr", "-", "volymer", "lonekostnader"),
            ),
        ),
        LP(
            "Fordon och materiel.",
            "Reparationen av höjdfordonet i Sölvesborg och högre drivmedelspriser.",
            C(
                "Fordon och materiel",
                "−210",
                "-",
                "material_hjalpmedel",
                "ovrigt",
                unit="tkr",
                table=True,
                note="A reason-only row: the table's cell. Vehicles and fuel are material_hjalpmedel, a repair ovrigt.",
            ),
        ),
        LP(
            "Lokaler och övrigt.",
            "Lägre kostnader för lokaler och övriga kostnader, 150 tkr vardera, beror på att hyran för övningsfältet i "
            "Olofström har omförhandlats och att färre utbildningar har köpts externt.",
            C(
                "Lokaler",
                "150 tkr",
                "+",
                "lokaler",
                note="'150 tkr vardera' for two kostnadsslag: two items with the same text.",
                also=(C("Övriga kostnader", "150 tkr", "+", "kopt_verksamhet"),),
            ),
        ),
        LP(
            "Medlemsbidrag.",
            "Medlemsbidragen från Karlshamn, Olofström och Sölvesborg följer budget.",
            BP("Medlemsbidrag"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten om 12,5 mnkr avser främst en ny räddningsbil till Karlshamn. Leveransen är "
            "försenad till 2027, och 8,0 mnkr beräknas därför inte förbrukas i år.",
            C("Investeringar", "8,0 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        P(
            "Ingen förändring av investeringsprognosen har skett sedan februari.",
            BF("Investeringar"),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har gett förbundsdirektören i uppdrag att ta fram en plan för minskad övertid, med målet "
            "att sänka kostnaderna med 200 tkr under resten av året.",
            A("Personalkostnader heltid", "200 tkr", "overtid"),
        ),
        H("Eget kapital", 2),
        P(
            "Förbundets egna kapital uppgår till 6,2 mnkr, vilket med god marginal täcker det prognostiserade "
            "underskottet.",
            O(None, "reserver", note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="raddningstjansten-vastra-blekinge-tertialrapport-2026-04.pdf",
        report={
            "municipality": [
                "Räddningstjänsten Västra Blekinge",
                "Kommunalförbundet Räddningstjänsten Västra Blekinge",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026", "author": "Räddningstjänsten Västra Blekinge"},
        style=style,
        blocks=blocks,
    )
