"""Örebro kommun, Gymnasienämnden, månadsuppföljning mars 2026.

A school committee's month report in DejaVu Sans Condensed with en dashes as minus signs, header with the
förvaltning and footer with the nämnd's April meeting: the full year "ett underskott på 9,6 mnkr" and the
change since February in one paragraph (two items), the period "2,2 mnkr högre än den periodiserade budgeten"
(negative); a table with the deviation in March and February side by side; headings that carry the area, the
amount and last month's figure in brackets ("Gymnasieskolor i egen regi –6,8 mnkr (–5,9)"), one without the
bracket, one "+1,2 mnkr", a price rise in percent that is not the amount; plain headings with "en halv miljon
kronor" in words and "en positiv avvikelse, 0,7 mnkr"; "följer budget"; a run-in kostnadsslag (personnel costs
over budget after the wage revision, explained a second time); an action with its effect and pupil numbers
against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Örebro kommun – Förvaltningen förskola och skola", "Månadsuppföljning mars"),
        footer=lambda n, m: ("Gymnasienämnden 2026-04-22", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse mars", "Avvikelse feb"),),
        rows=(
            ("Gymnasieskolor i egen regi", "512,4", "519,2", "–6,8", "–5,9"),
            ("Fristående och andra kommuners skolor", "301,7", "305,9", "–4,2", "–4,0"),
            ("Anpassad gymnasieskola", "58,3", "57,1", "1,2", "1,2"),
            ("Elevresor", "22,6", "23,1", "–0,5", "–0,4"),
            ("Introduktionsprogram", "64,0", "63,3", "0,7", "0,8"),
            ("Nämnd och central administration", "18,9", "18,9", "0,0", "0,0"),
            ("Summa", "977,9", "987,5", "–9,6", "–8,3"),
        ),
        widths=(178.0, 58.0, 58.0, 76.0, 72.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.8,
    )
    blocks = [
        Title("Månadsuppföljning mars 2026", size=18, font="cond-bold", after=2),
        Title("Gymnasienämnden", size=12, font="cond", after=12),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Gymnasienämndens prognos för 2026 är ett underskott på 9,6 mnkr.",
                C(None, "9,6 mnkr", "-"),
            ),
            ("Det är 1,3 mnkr sämre än i februariprognosen.", F(None, "1,3 mnkr", "-")),
        ),
        P(
            "Utfallet för januari–mars är 2,2 mnkr högre än den periodiserade budgeten.",
            C(
                None,
                "2,2 mnkr",
                "-",
                note="A net cost above the periodised budget: a negative period deviation.",
            ),
        ),
        table,
        HP(
            "Gymnasieskolor i egen regi –6,8 mnkr (–5,9)",
            "Underskottet förklaras av att fler elever än planerat har valt de dyrare yrkesprogrammen och av "
            "ökade kostnader för inhyrda lärare i svenska som andraspråk. Även hyran för den tillfälliga paviljongen "
            "vid Norra skolområdet belastar verksamheten.",
            C(
                "Gymnasieskolor i egen regi",
                "–6,8 mnkr",
                "-",
                "volymer",
                "inhyrd_personal",
                "lokaler",
                note="Heading with the amount and last month's figure in brackets: the bracket is not the amount.",
            ),
        ),
        HP(
            "Fristående och andra kommuners skolor –4,2 mnkr",
            "Fler elever än budgeterat går i fristående gymnasieskolor, och prislistan i länets samverkansavtal "
            "höjdes med 3,1 procent från januari.",
            C(
                "Fristående och andra kommuners skolor",
                "–4,2 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "prisokningar",
                note="A price rise in percent is not the amount.",
            ),
        ),
        HP(
            "Anpassad gymnasieskola +1,2 mnkr",
            "Antalet elever är lägre än budgeterat, vilket ger lägre personalkostnader.",
            C("Anpassad gymnasieskola", "+1,2 mnkr", "+", "volymer"),
        ),
        H("Elevresor", 3),
        P(
            "Kostnaderna för elevresor blir en halv miljon kronor högre än budget när periodkorten i länstrafiken "
            "blir dyrare.",
            C("Elevresor", "en halv miljon kronor", "-", "prisokningar", value=500_000),
        ),
        H("Introduktionsprogram", 3),
        P(
            "Introduktionsprogrammen visar en positiv avvikelse, 0,7 mnkr, eftersom statsbidraget för "
            "språkintroduktion blev högre än beräknat.",
            C("Introduktionsprogram", "0,7 mnkr", "+", "statsbidrag"),
        ),
        H("Nämnd och central administration", 3),
        P("Nämnd och central administration följer budget.", BP("Nämnd och central administration")),
        H("Per kostnadsslag", 2),
        LP(
            "Personalkostnader:",
            "Personalkostnaderna överskrider budget med 3,9 mnkr, framför allt eftersom lönerevisionen blev högre "
            "än den kompensation nämnden fick i budgeten.",
            C("Personalkostnader", "3,9 mnkr", "-", "lonekostnader"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört ett tillfälligt anställningsstopp för administrativa tjänster och ser över "
            "klasstorlekarna inför höstterminen. Åtgärderna beräknas ge 2,5 mnkr under 2026.",
            A(None, "2,5 mnkr", "bemanning"),
        ),
        H("Elevutveckling", 2),
        P(
            "Antalet elever i nämndens skolor är 112 fler än i mars 2025, vilket beror på större årskullar.",
            O(None, "volymer", note="Pupil numbers against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="orebro-gyn-manadsuppfoljning-2026-03.pdf",
        report={
            "municipality": "Örebro",
            "committee": ["Gymnasienämnden"],
            "period": ["2026-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning mars 2026 Gymnasienämnden", "author": "Örebro kommun"},
        style=style,
        blocks=blocks,
    )
