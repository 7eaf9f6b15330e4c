"""(e) Sjöbo, kommunstyrelsen, månadsuppföljning april 2025 (Höör style): paragraphs listing several
areas with inline signed amounts, each sentence its own explanation; "(7,2)" negatives in the table
and last month's deviation in brackets in the prose ("+0,5 mnkr (+0,3)").

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title, action, cause, in_balance, mnkr


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        size=10.0,
        heading_sizes=(12.5, 10.5, 10.0),
        header=lambda n, m: ("EKONOMIKONTORET", f"{n} ({m})"),
        footer=lambda n, m: ("Dokumentnamn: Månadsuppföljning april 2025", "", ""),
    )
    table = Table(
        caption="Driftredovisning per nämnd, mnkr (negativa tal inom parentes)",
        header=(
            ("", "Budget", "Prognos", "Avvikelse", "Avvikelse"),
            ("Nämnd", "helår", "helår", "april", "mars"),
        ),
        rows=(
            ("Kommunstyrelsen", "112,4", "111,9", "0,5", "0,3"),
            ("Barn- och utbildningsnämnden", "486,0", "487,6", "(1,6)", "(1,1)"),
            ("Socialnämnden", "402,3", "409,5", "(7,2)", "(6,4)"),
            ("Samhällsbyggnadsnämnden", "58,7", "58,7", "0,0", "0,2"),
            ("Summa nämnder", "1 059,4", "1 067,7", "(8,3)", "(7,0)"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({4}),
    )
    blocks = [
        Title("MÅNADSUPPFÖLJNING APRIL 2025", size=17),
        P("Sjöbo kommun, kommunstyrelsen. Underlag till kommunstyrelsens arbetsutskott.", size=9),
        H("SAMMANFATTNING AV PROGNOS APRIL 2025", 1),
        H("Övergripande"),
        P(
            "Aprils månadsuppföljning pekar på en negativ avvikelse mot budget om 5,1 mnkr för kommunen som "
            "helhet. Avvikelsen är i huvudsak hänförlig till socialnämndens bedömda underskott, som delvis "
            "vägs upp av överskott inom finansförvaltningen.",
            cause(None, mnkr(-5.1)),
        ),
        table,
        H("Nämnder/Styrelse"),
        PS(
            (
                "Kommunstyrelsen prognostiserar ett överskott mot tilldelad driftsbudget om +0,5 mnkr "
                "(+0,3), främst på grund av att kostnaderna för den nya webbplatsen skjuts till 2026.",
                cause("Kommunstyrelsen", mnkr(0.5)),
            ),
            (
                "Barn- och utbildningsnämnden prognostiserar -1,6 mnkr (-1,1) till följd av fler barn i "
                "förskolan än budgeterat.",
                cause("Barn- och utbildningsnämnden", mnkr(-1.6)),
            ),
            (
                "Samhällsbyggnadsnämnden prognostiserar ingen avvikelse (+0,2).",
                in_balance("Samhällsbyggnadsnämnden", "balanced"),
            ),
            ("(Siffra inom parentes avser avvikelsen vid föregående månadsuppföljning.)", None),
        ),
        PS(
            (
                "Socialnämnden prognostiserar en negativ avvikelse om 7,2 mnkr mot tilldelad "
                "driftsbudgetram.",
                cause("Socialnämnden", mnkr(-7.2)),
            ),
            (
                "Köpta platser HVB barn och unga, två nya placeringar efter beslut enligt LVU under mars, "
                "-2,4 mnkr.",
                cause("Köpta platser HVB barn och unga", mnkr(-2.4)),
            ),
            (
                "Personlig assistans, Försäkringskassan har omprövat assistans~ersättningen för två brukare "
                "och kommunen ansvarar nu för samtliga timmar, -1,9 mnkr.",
                cause("Personlig assistans", mnkr(-1.9)),
            ),
            (
                "Hemtjänsten har fler beviljade timmar än budgeterat, cirka 1 100 timmar per månad, -1,6 "
                "mnkr.",
                cause("Hemtjänst", mnkr(-1.6)),
            ),
            (
                "Korttidsboendet Ljunggården, ökade lokal~kostnader under ombyggnaden -0,8 mnkr.",
                cause("Korttidsboendet Ljunggården", mnkr(-0.8)),
            ),
            (
                "Ekonomiskt bistånd prognostiserar en negativ avvikelse mot tilldelad budget om -0,5 mnkr.",
                cause("Ekonomiskt bistånd", mnkr(-0.5)),
            ),
        ),
        P(
            "Socialnämnden har beslutat om återhållsamhet med inköp och vikarie~anskaffning samt uppdragit "
            "åt förvaltningen att återkomma med en åtgärdsplan i juni.",
            action("Socialnämnden"),
        ),
        H("Finansförvaltning"),
        P(
            "Prognosen för skatteintäkter och generella statsbidrag visar ett utfall som är 1,2 mnkr bättre "
            "än budget. Orsaken är att skatteunderlaget har räknats upp i SKR:s senaste prognos från april.",
            cause("Skatteintäkter och generella statsbidrag", mnkr(1.2)),
        ),
        P(
            "Finansnettot beräknas bli 2,0 mnkr bättre än budget till följd av lägre räntekostnader, då "
            "investerings~takten är lägre än planerat och nyupplåningen har kunnat skjutas upp.",
            cause("Finansnetto", mnkr(2.0)),
        ),
    ]
    return ReportSpec(
        file="sjobo-ks-2025-04.pdf",
        report={
            "municipality": "Sjöbo",
            "committee": "Kommunstyrelsen",
            "period": "2025-04",
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "MÅNADSUPPFÖLJNING APRIL 2025", "author": "Ekonomikontoret"},
        style=style,
        blocks=blocks,
    )
