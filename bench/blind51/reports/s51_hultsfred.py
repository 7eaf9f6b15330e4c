"""Hultsfreds kommun, Barn- och utbildningsnämnden, tertialrapport 1 2026 (januari–april).

An education committee's tertial report with a footer dated at the May meeting: the period "1,6 mnkr högre än
periodiserad budget" (a net cost, so negative) and the full year "ett underskott om 4,9 mnkr" in two
sentences of one paragraph; the change since February without a cause (forecast change); a table per
verksamhet in tkr whose deficits carry an en dash ("–3 200"); headings that carry the verksamhet and its
amount with an en dash or a plus ("Grundskola F–9 –3 200 tkr", "Gymnasieskola +600 tkr"), one with a risk
sentence after the cause (other), a plain heading whose paragraph says "ett överskott på en halv miljon
kronor" in words, a reason-only deficit ("prognostiserar en negativ avvikelse", the row's "–1 450") and an
undistributed buffer as the reason for a surplus; an action with its effect and investments that "väntas
förbrukas fullt ut" (boilerplate). DejaVu Serif 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the verksamhet and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Hultsfreds kommun", "Barn- och utbildningsförvaltningen"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "Barn- och utbildningsnämnden 2026-05-20", f"{n}/{m}"),
        header_size=7.5,
    )
    table = Table(
        caption="Helårsprognos per verksamhet (tkr)",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "6 800", "6 100", "700"),
            ("Förskola", "92 400", "93 650", "–1 250"),
            ("Grundskola F–9", "188 200", "191 400", "–3 200"),
            ("Grundsärskola", "14 300", "15 100", "–800"),
            ("Gymnasieskola", "71 500", "70 900", "600"),
            ("Vuxenutbildning", "12 900", "12 400", "500"),
            ("Elevhälsa", "11 100", "12 550", "–1 450"),
            ("Summa", "397 200", "402 100", "–4 900"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        shade=(0.88, 0.92, 0.96),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="sans-bold", after=3),
        Title("Barn- och utbildningsnämnden", size=12, font="sans", after=12),
        H("Sammanfattning", 2),
        Para(
            (
                (
                    "Barn- och utbildningsnämnden redovisar efter årets fyra första månader ett utfall som är 1,6 "
                    "mnkr högre än periodiserad budget.",
                    C(None, "1,6 mnkr", "-", note="The period: a net cost above the periodised budget."),
                ),
                (
                    "Helårsprognosen pekar på ett underskott om 4,9 mnkr.",
                    C(None, "4,9 mnkr", "-", note="The full year in a sentence of its own."),
                ),
            )
        ),
        P(
            "Jämfört med februariprognosen har underskottet ökat med 1,2 mnkr, främst inom grundskolan.",
            F(None, "1,2 mnkr", "-", note="Change since February, the area named, no reason: no tags."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Förskola –1 250 tkr",
            "Barnantalet i förskolan har under våren legat cirka 25 barn över den nivå som budgeten bygger på. Två "
            "nya avdelningar har öppnats på Solrosens förskola för att möta efterfrågan.",
            C("Förskola", "–1 250 tkr", "-", "volymer", note=HEAD),
        ),
        Para(
            (
                (
                    "Underskottet beror främst på att elever i behov av särskilt stöd kräver fler elevassistenter "
                    "än budgeterat. Därtill har kostnaderna för skolskjuts ökat efter den nya upphandlingen, och "
                    "ersättningen till fristående skolor blir högre då fler elever väljer en friskola.",
                    C(
                        "Grundskola F–9",
                        "–3 200 tkr",
                        "-",
                        "bemanning",
                        "prisokningar",
                        "kopt_verksamhet",
                        note=HEAD + " A dearer school transport contract is prisokningar.",
                    ),
                ),
                (
                    "Det finns en risk att underskottet ökar om statsbidraget för en likvärdig skola sänks under "
                    "hösten.",
                    O("Grundskola F–9", note="A risk in the same paragraph: its own item."),
                ),
            ),
            head="Grundskola F–9 –3 200 tkr",
            head_level=3,
        ),
        HP(
            "Grundsärskola –800 tkr",
            "Två elever har tillkommit under vårterminen, vilket har krävt utökad bemanning i två klasser.",
            C("Grundsärskola", "–800 tkr", "-", "volymer", "bemanning", note=HEAD),
        ),
        HP(
            "Gymnasieskola +600 tkr",
            "Verksamheten har haft två vakanta lärartjänster inom yrkesprogrammen under våren.",
            C("Gymnasieskola", "+600 tkr", "+", "vakanser", note=HEAD),
        ),
        H("Vuxenutbildning", 3),
        P(
            "Vuxenutbildningen beräknas göra ett överskott på en halv miljon kronor, då statsbidraget för "
            "regional yrkesvux blev högre än beräknat.",
            C(
                "Vuxenutbildning",
                "en halv miljon kronor",
                "+",
                "statsbidrag",
                value=500_000,
                note="Amount in words.",
            ),
        ),
        H("Elevhälsa", 3),
        P(
            "Elevhälsan prognostiserar en negativ avvikelse. Skolpsykologtjänsten har under hela perioden bemannats "
            "med en inhyrd konsult i väntan på att tjänsten ska kunna tillsättas, vilket kostar mer än en "
            "anställd psykolog.",
            C(
                "Elevhälsa",
                "–1 450",
                "-",
                "inhyrd_personal",
                "vakanser",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        H("Nämnd och förvaltningsledning", 3),
        P(
            "Nämnd och förvaltningsledning lämnar ett överskott på 700 tkr eftersom den centrala bufferten ännu "
            "inte har fördelats till verksamheterna.",
            C(
                "Nämnd och förvaltningsledning",
                "700 tkr",
                "+",
                "reserver",
                note="An undistributed buffer: reserver.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört anställningsprövning för alla tjänster utom lärare och förskollärare. "
            "Effekten beräknas till 1,5 mnkr för resten av året.",
            A(None, "1,5 mnkr", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 3,5 mnkr, som främst avser inventarier och digitala verktyg, väntas "
            "förbrukas fullt ut.",
            BP("Investeringar", note="The whole frame is used: boilerplate."),
        ),
    ]
    return ReportSpec(
        file="hultsfred-bun-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Hultsfred",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Barn- och utbildningsnämnden",
            "author": "Hultsfreds kommun",
        },
        style=style,
        blocks=blocks,
    )
