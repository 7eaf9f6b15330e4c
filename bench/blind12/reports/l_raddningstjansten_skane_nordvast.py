"""Räddningstjänsten Skåne Nordväst (kommunalförbund), Direktionen, budgetuppföljning januari–september 2025.

A fire and rescue kommunalförbund's follow-up in tkr and mnkr, footer with the direktion's meeting date in
October: the full year "ett underskott på 1,2 mnkr mot ett budgeterat nollresultat", the period's surplus
with its timing reason in the same sentence (a cause of its own); a kostnadsslag table whose deviation is
prognos minus budget for revenue and costs alike, so "+" is better for revenue and worse for costs (the
reading note says so); bold run-in kostnadsslag ending in a full stop: fees whose amount closes the paragraph
("överträffa budget med 2 550 tkr"), personnel costs with a budgeted percentage and a "varav" share that are
not the amount, premises and vehicles with reasons only (their rows' "−700" and "1 350", read by the prose:
positive and negative), two kostnadsslag as a "respektive" pair with their own reasons (two items, each with
its own tags) and members' contributions "enligt budget" (boilerplate); the change since the tertial report
with its cause; investments "12,5 mnkr under budget"; an action with "omkring 0,6 mnkr", equity covering the
deficit and call-outs against last year (others). Liberation Sans (Arial metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

ROW = "Reasons only: the table row's deviation (tkr), its direction read from the prose."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Räddningstjänsten Skåne Nordväst", "Budgetuppföljning januari–september 2025"),
        footer=lambda n, m: ("Direktionen 2025-10-23", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per kostnadsslag 2025, tkr",
        header=(("", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "212 400", "212 400", "0"),
            ("Avgifter och ersättningar", "18 600", "21 150", "2 550"),
            ("Personalkostnader", "176 300", "180 900", "4 600"),
            ("Lokalkostnader", "22 800", "22 100", "−700"),
            ("Fordon och materiel", "14 900", "16 250", "1 350"),
            ("Övriga kostnader", "9 700", "8 950", "−750"),
            ("Kapitalkostnader", "7 300", "6 500", "−800"),
            ("Resultat", "0", "−1 150", "−1 150"),
        ),
        widths=(170.0, 90.0, 90.0, 90.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Budgetuppföljning januari–september 2025", size=19, font="arial-bold", after=2),
        Title("Räddningstjänsten Skåne Nordväst", size=12.5, font="arial", after=12),
        H("Sammanfattning", 2),
        P(
            "Förbundet prognostiserar för 2025 ett underskott på 1,2 mnkr mot ett budgeterat nollresultat.",
            C(None, "1,2 mnkr", "-", note="The result is the deviation: budgeted result zero."),
        ),
        P(
            "Utfallet för januari–september visar ett överskott om 2,3 mnkr jämfört med periodiserad budget, men "
            "det förklaras av att lönerevisionen för brandmännen blev klar först i september och att retroaktiva "
            "löner betalas ut i oktober.",
            C(
                None,
                "2,3 mnkr",
                "+",
                "periodisering",
                "lonekostnader",
                note="The period against the periodised budget, with its timing reason: a cause of its own.",
            ),
        ),
        P(
            "Avvikelse = prognos minus budget. För intäkterna innebär ett positivt tal ett bättre utfall än budget, "
            "för kostnaderna ett sämre.",
            size=9.0,
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        LP(
            "Avgifter och ersättningar.",
            "Tillsynsavgifterna och ersättningarna för automatlarm ligger högt, och förbundet har sålt fler "
            "utbildningar i brandskydd och hjärt-lungräddning till företag i regionen än väntat. Intäkterna "
            "beräknas överträffa budget med 2 550 tkr.",
            C("Avgifter och ersättningar", "2 550 tkr", "+", "avgifter_intakter"),
        ),
        LP(
            "Personalkostnader.",
            "Det nya avtalet för räddningspersonal i beredskap har gett större kostnadsökningar än de 3,2 procent "
            "som budgeten bygger på. Till det kommer övertid för att täcka vakanta heltidstjänster på stationerna i "
            "Landskrona och Åstorp. Prognosen överskrider budget med 4,6 mnkr, varav drygt hälften hänför sig till "
            "avtalet.",
            C(
                "Personalkostnader",
                "4,6 mnkr",
                "-",
                "lonekostnader",
                "overtid",
                "vakanser",
                note="The budgeted 3,2 percent and the 'varav' share are not the amount.",
            ),
        ),
        LP(
            "Lokalkostnader.",
            "Hyresavtalet för stationen i Bjuv har omförhandlats sedan ett av garagen lämnats tillbaka till "
            "kommunen.",
            C(
                "Lokalkostnader",
                "−700",
                "+",
                "lokaler",
                unit="tkr",
                table=True,
                note=ROW + " A minus for a cost is lower than budget here: positive.",
            ),
        ),
        LP(
            "Fordon och materiel.",
            "Reparationerna av höjdfordonet i Helsingborg och av två tankbilar har blivit omfattande, och "
            "drivmedelspriserna har legat över budgeterad nivå.",
            C(
                "Fordon och materiel",
                "1 350",
                "-",
                "material_hjalpmedel",
                "prisokningar",
                unit="tkr",
                table=True,
                note=ROW + " A plus for a cost is over budget: negative.",
            ),
        ),
        LP(
            "Övriga kostnader och kapitalkostnader.",
            "Lägre kostnader för utbildning och resor samt lägre avskrivningar när investeringar har försenats "
            "förbättrar resultatet med 750 respektive 800 tkr.",
            C(
                "Övriga kostnader",
                "750",
                "+",
                "ovrigt",
                unit="tkr",
                note="A 'respektive' pair with a reason each: two items, each with its own tags (training and "
                "travel: ovrigt; delayed investments: periodisering).",
                also=(C("Kapitalkostnader", "800 tkr", "+", "periodisering"),),
            ),
        ),
        LP("Medlemsbidrag.", "Medlemskommunernas bidrag betalas enligt budget.", BP("Medlemsbidrag")),
        H("Förändring mot tertialrapporten", 2),
        P(
            "I tertialrapporten per april prognostiserades ett nollresultat. Försämringen på 1,2 mnkr beror nästan "
            "helt på beredskapsavtalet, som tecknades i maj.",
            F(None, "1,2 mnkr", "-", "lonekostnader"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 är 24,0 mnkr. Två släckbilar som beställdes 2024 levereras först under "
            "2026 på grund av leveransproblem hos tillverkaren, och prognosen för årets investeringsutgifter har "
            "därför sänkts till 11,5 mnkr, 12,5 mnkr under budget.",
            C(
                "Investeringar",
                "12,5 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                note="Investment under-spending; the budget and forecast are levels.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förbundsdirektören har beslutat att inga nya utbildningsresor beviljas under hösten och att vakanta "
            "dagtidstjänster inom den förebyggande verksamheten inte återbesätts före årsskiftet. Åtgärderna "
            "beräknas förbättra resultatet med omkring 0,6 mnkr.",
            A(None, "omkring 0,6 mnkr", "vakanser"),
        ),
        H("Eget kapital", 2),
        P(
            "Förbundets egna kapital uppgick vid förra årsskiftet till 18,4 mnkr. Direktionen föreslås besluta att "
            "underskottet 2025 täcks av eget kapital och inte leder till höjda medlemsbidrag.",
            O(None, "reserver", note="Equity covering the deficit: other."),
        ),
        H("Verksamheten", 2),
        P(
            "Förbundet larmades 3 412 gånger under januari–september, 4 procent färre än samma period 2024.",
            O(None, "volymer", note="Call-outs against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="raddningstjansten-skane-nordvast-budgetuppfoljning-2025-09.pdf",
        report={
            "municipality": [
                "Räddningstjänsten Skåne Nordväst",
                "Kommunalförbundet Räddningstjänsten Skåne Nordväst",
            ],
            "committee": ["Direktionen"],
            "period": ["2025-09"],
            "report_type": "budgetuppföljning",
        },
        metadata={
            "title": "Budgetuppföljning januari–september 2025 Räddningstjänsten Skåne Nordväst",
            "author": "Räddningstjänsten Skåne Nordväst",
        },
        style=style,
        blocks=blocks,
    )
