"""Sundbybergs stad, Stadsmiljö- och tekniska nämnden, månadsrapport mars 2026.

A technical committee's month report with a footer date in April: the full year "5,2 mnkr sämre än budget",
the period "överensstämmer i stort med budget" (boilerplate), a reading note declaring tkr and brackets for
negative deviations, a verksamhet table with "(5 300)"; bold run-in verksamheter ending in a full stop:
snow removal "beräknas därför överstiga budget med 5,3 mnkr" after its reasons, a reason-only surplus (the
row's "300"), "ger en negativ avvikelse på 850 tkr", parking fees "ett överskott om 1,3 mnkr", consultants
that "belastar verksamheten med 640 tkr" (a part: the row's "(1 150)") and "Överskottet, 500 tkr, beror på";
investments "Avvikelsen på 26,5 mnkr beror främst på" after two levels and a project "3,4 mnkr mer än
budgeterat"; the change since February, an action with its effect and the waste fund (other). Liberation
Sans (Arial metrics) 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.45,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Sundbybergs stad", "Månadsrapport mars 2026"),
        footer=lambda n, m: ("Stadsmiljö- och tekniska nämnden", "2026-04-16", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos per verksamhet 2026",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Vinterväghållning", "14 000", "19 300", "(5 300)"),
            ("Gator och vägar", "48 400", "48 100", "300"),
            ("Parker och naturvård", "31 200", "32 050", "(850)"),
            ("Trafik och parkering", "4 200", "2 900", "1 300"),
            ("Stadsmiljö, projekt och planering", "18 500", "19 650", "(1 150)"),
            ("Nämnd och förvaltningsledning", "9 300", "8 800", "500"),
            ("Summa", "125 600", "130 800", "(5 200)"),
        ),
        widths=(170.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        shade=(0.86, 0.9, 0.95),
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=18, font="arial-bold", after=2),
        Title("Stadsmiljö- och tekniska nämnden", size=12, font="arial", after=12),
        H("Resultat och prognos", 2),
        P(
            "Nämnden prognostiserar ett resultat som är 5,2 mnkr sämre än budget för 2026.",
            C(None, "5,2 mnkr", "-"),
        ),
        P(
            "Periodens utfall överensstämmer i stort med budget.",
            BP(None, note="The period in balance, no cause: boilerplate."),
        ),
        P("Belopp i tkr. Negativa avvikelser anges inom parentes.", size=8.5),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Vinterväghållning.",
            "Ett snörikt januari med tre stora snöfall på kort tid gjorde att snö behövde forslas bort från centrum "
            "och Hallonbergen vid flera tillfällen. Kostnaderna för vinterväghållningen beräknas därför överstiga "
            "budget med 5,3 mnkr, under förutsättning att november och december blir normala.",
            C("Vinterväghållning", "5,3 mnkr", "-", "ovrigt", note="Snow: ovrigt."),
        ),
        LP(
            "Gator och vägar.",
            "Beläggningsprogrammet har upphandlats till lägre priser än väntat, och verksamheten lämnar ett litet "
            "överskott.",
            C(
                "Gator och vägar",
                "300",
                "+",
                "prisokningar",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        LP(
            "Parker och naturvård.",
            "Reparationer efter skadegörelse på lekplatsen i Lilla Alby och ökade kostnader för bevattning av "
            "nyplanterade träd ger en negativ avvikelse på 850 tkr.",
            C("Parker och naturvård", "850 tkr", "-", "ovrigt"),
        ),
        LP(
            "Trafik och parkering.",
            "Intäkterna från parkeringsavgifter blir högre än beräknat sedan de nya avgiftszonerna i Duvbo och "
            "Ursvik infördes i februari, vilket ger ett överskott om 1,3 mnkr.",
            C("Trafik och parkering", "1,3 mnkr", "+", "avgifter_intakter"),
        ),
        LP(
            "Stadsmiljö, projekt och planering.",
            "Konsultkostnader för utredningen av den nya bussterminalen vid Sundbybergs station belastar "
            "verksamheten med 640 tkr som inte var budgeterade.",
            C(
                "Stadsmiljö, projekt och planering",
                "(1 150)",
                "-",
                "inhyrd_personal",
                unit="tkr",
                table=True,
                note="Only a part (640 tkr) in the prose: the table row's cell is the amount.",
            ),
        ),
        LP(
            "Nämnd och förvaltningsledning.",
            "Överskottet, 500 tkr, beror på att tjänsten som förvaltningsekonom har varit vakant sedan januari.",
            C("Nämnd och förvaltningsledning", "500 tkr", "+", "vakanser"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget för 2026 är 148,0 mnkr och prognosen 121,5 mnkr. Avvikelsen på 26,5 mnkr "
            "beror främst på att ombyggnaden av Landsvägen har flyttats till 2027 i väntan på ledningsarbeten.",
            C("Investeringar", "26,5 mnkr", "+", "periodisering"),
        ),
        P(
            "Projektet Parkstråket i Rissne beräknas i stället kosta 3,4 mnkr mer än budgeterat efter fynd av "
            "förorenad mark.",
            C("Parkstråket i Rissne", "3,4 mnkr", "-", "ovrigt", note="Contaminated ground: ovrigt."),
        ),
        H("Förändring sedan februari", 2),
        P(
            "Prognosen har försämrats med 1,1 mnkr sedan februari, helt beroende på vinterväghållningen.",
            F(None, "1,1 mnkr", "-", "ovrigt"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har skjutit beläggningsarbetena på lokalgator i Storskogen till 2027, vilket frigör 1,5 "
            "mnkr i år.",
            A("Gator och vägar", "1,5 mnkr"),
        ),
        H("Avfallsverksamheten", 2),
        P(
            "Avfallsverksamheten är avgiftsfinansierad och redovisas inte i tabellen. Det ackumulerade överskottet i "
            "avfallsfonden uppgick till 7,9 mnkr vid årsskiftet och ska användas till den nya "
            "återvinningscentralen.",
            O("Avfall", note="A fund balance: other."),
        ),
    ]
    return ReportSpec(
        file="sundbyberg-stn-manadsrapport-2026-03.pdf",
        report={
            "municipality": ["Sundbyberg", "Sundbybergs stad"],
            "committee": ["Stadsmiljö- och tekniska nämnden"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport mars 2026 Stadsmiljö- och tekniska nämnden",
            "author": "Sundbybergs stad",
        },
        style=style,
        blocks=blocks,
    )
