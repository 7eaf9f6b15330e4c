"""Tidaholms kommun, Barn- och utbildningsnämnden, månadsrapport november 2025.

A school committee's month report with en dashes as minus signs and last month's figure in brackets: the
full year "–5,4 mnkr (–6,1) i förhållande till budget" and the period "4,6 mnkr högre än periodens budget"
(a cost over budget: negative) in one paragraph (two items), the improvement since October with its causes
in a paragraph of its own (a forecast change); the table per verksamhet pasted as an image (no text layer:
every amount lives in the prose, or nowhere); plain headings per verksamhet: "ett överskott på drygt en
miljon kronor" (words), "Underskottet på 4,8 mnkr (–4,9)", a net deficit "1,9 mnkr" followed by a gross
cost in words ("omkring två och en halv miljon kronor") and an offsetting revenue, both parts, "prognosen
är oförändrad, ett överskott på 0,4 mnkr", "Överskott: 0,3 mnkr." and a reason-only deficit whose amount
is only in the image (amount null); an action with its effect in whole kronor, a risk and cost per pupil
against last year (others). Liberation Serif 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Tidaholms kommun", "Barn- och utbildningsförvaltningen"),
        footer=lambda n, m: (
            "Månadsrapport november 2025",
            "Barn- och utbildningsnämnden 2025-12-16",
            f"{n}",
        ),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2025", "Prognos nov", "Avvikelse nov", "Avvikelse okt"),),
        rows=(
            ("Förskola", "96,8", "95,8", "1,0", "0,8"),
            ("Grundskola", "182,4", "187,2", "–4,8", "–4,9"),
            ("Gymnasieskola", "71,6", "73,5", "–1,9", "–2,0"),
            ("Vuxenutbildning och SFI", "14,2", "13,8", "0,4", "0,4"),
            ("Kulturskolan", "5,9", "6,3", "–0,4", "–0,4"),
            ("Central förvaltning och elevhälsa", "23,1", "22,8", "0,3", "0,0"),
            ("Summa", "394,0", "399,4", "–5,4", "–6,1"),
        ),
        widths=(176.0, 68.0, 68.0, 74.0, 74.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=19, font="arial-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12.5, font="arial", after=12),
        H("Nämndens samlade bedömning", 2),
        PS(
            (
                "Barn- och utbildningsnämnden beräknar att årets resultat blir –5,4 mnkr (–6,1) i förhållande till "
                "budget.",
                C(None, "–5,4 mnkr", "-", note="The bracket is October's forecast, not the amount."),
            ),
            (
                "Till och med november är utfallet 4,6 mnkr högre än periodens budget.",
                C(
                    None,
                    "4,6 mnkr",
                    "-",
                    note="The period: an outcome (cost) higher than budget is negative.",
                ),
            ),
        ),
        P(
            "Förbättringen sedan oktober, 0,7 mnkr, kommer från lägre kostnader för modersmålsundervisning och från "
            "att nämnden fått del av statsbidraget för läromedel.",
            F(None, "0,7 mnkr", "+", "statsbidrag"),
        ),
        table,
        H("Verksamheternas kommentarer", 2),
        H("Förskola", 3),
        P(
            "Förskolan visar ett överskott på drygt en miljon kronor. Barnantalet har under hösten legat under den "
            "nivå som resursfördelningen bygger på, och den nya förskolan Rosenberg öppnade två månader senare än "
            "planerat.",
            C(
                "Förskola",
                "drygt en miljon kronor",
                "+",
                "volymer",
                "periodisering",
                value=1_000_000,
                note="An amount in words: the stated figure. A delayed opening is periodisering.",
            ),
        ),
        H("Grundskola", 3),
        P(
            "Grundskolan är den verksamhet som avviker mest. Underskottet på 4,8 mnkr (–4,9) beror framför allt på "
            "att personalkostnaderna för elevassistenter överstiger budget när fler elever har beslut om särskilt "
            "stöd. Skolskjutsarna har dessutom blivit dyrare sedan den nya trafikupphandlingen trädde i kraft i "
            "augusti.",
            C(
                "Grundskola",
                "4,8 mnkr",
                "-",
                "volymer",
                "prisokningar",
                note="The bracket is October's figure.",
            ),
        ),
        H("Gymnasieskola", 3),
        P(
            "Gymnasieskolan redovisar ett underskott på 1,9 mnkr. Kostnaderna för elever som studerar i andra "
            "kommuner och hos fristående huvudmän blir omkring två och en halv miljon kronor högre än beräknat, medan "
            "fler elever från grannkommunerna på Ekedalsgymnasiet ger 0,6 mnkr mer i intäkter.",
            C(
                "Gymnasieskola",
                "1,9 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "avgifter_intakter",
                note="The net deficit; the gross cost in words and the revenue are parts.",
            ),
        ),
        H("Vuxenutbildning och SFI", 3),
        P(
            "Här är prognosen oförändrad, ett överskott på 0,4 mnkr som beror på statsbidrag för yrkesvux.",
            C("Vuxenutbildning och SFI", "0,4 mnkr", "+", "statsbidrag"),
        ),
        H("Kulturskolan", 3),
        P(
            "Avgiftsintäkterna blir lägre än budgeterat, eftersom avgiften för instrumentundervisning sänktes från "
            "terminsstarten i augusti.",
            C(
                "Kulturskolan",
                None,
                "-",
                "avgifter_intakter",
                note="Reason only, and the table is an image with no text layer: amount null.",
            ),
        ),
        H("Central förvaltning och elevhälsa", 3),
        P(
            "Överskott: 0,3 mnkr. Orsaken är föräldraledighet inom elevhälsan som inte har ersatts fullt ut.",
            C("Central förvaltning och elevhälsa", "0,3 mnkr", "+", "vakanser"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har sedan i september ett beslut om att ingen tjänst får tillsättas utan prövning i "
            "förvaltningens ledningsgrupp. Det har hittills gett en besparing på ungefär 600 000 kronor.",
            A(None, "ungefär 600 000 kronor"),
        ),
        H("Prognossäkerhet", 2),
        P(
            "Prognosen för grundskolan är osäker, eftersom flera ansökningar om tilläggsbelopp från fristående skolor "
            "ännu inte är prövade.",
            O("Grundskola", note="Uncertainty: other."),
        ),
        H("Nyckeltal", 2),
        P(
            "Nettokostnaden per elev i grundskolan ligger 4 procent över föregående år, vilket till stor del beror på "
            "ökade kostnader för elevassistenter.",
            O("Grundskola", note="Cost per pupil against the previous year, with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="tidaholm-bun-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Tidaholm",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport november 2025", "author": "Tidaholms kommun"},
        style=style,
        blocks=blocks,
    )
