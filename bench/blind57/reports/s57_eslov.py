"""Eslövs kommun, Kommunstyrelsen, månadsrapport oktober 2025.

A whole-kommun month report in mnkr, footer with the arbetsutskott's meeting date in November and a dnr: the
period "21,8 mnkr bättre än det periodiserade budgeterade resultatet" and the full year "en negativ avvikelse
på 13,8 mnkr" between two levels, in sentences of their own; one sentence splitting the result into the
nämnder's "underskott mot sina ramar på 31,5 mnkr (−27,9 mnkr i september)" and the finance function's
"överskott på 17,7 mnkr" (two items), followed by the change since September; a table with the deviation in
October and September side by side (U+2212 minus); then bullets under a generic heading
("Kommunledningskontorets kommentar") in varied shapes: "redovisar den största avvikelsen, −17,5 mnkr", "kostar
11,1 mnkr mer än ramen", a possessive "Socialnämndens underskott, 7,5 mnkr", "lämna ett överskott om 2,4
mnkr", "Inom … blir utfallet 2,1 mnkr bättre än budget", "För … drygt en halv miljon kronor" (in words), a
colon "plus 0,9 mnkr" and two nämnder that "bedöms hålla sina budgetar" (two boilerplate items, one row not
zero); tax revenue and a "respektive" pair of pensions and the finance net (no tags); investments "126 mnkr inte
används" with the reason in the next sentence and a project that "beräknas överskrida projektbudgeten med 4,8
mnkr"; two actions, a risk and the balanskrav (other). Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Eslövs kommun", "Månadsrapport oktober 2025"),
        footer=lambda n, m: (
            "Kommunstyrelsens arbetsutskott 2025-11-18",
            "Dnr KS.2025.0417",
            f"Sida {n} av {m}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per nämnd, mnkr (positiv avvikelse = bättre än budget)",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen", "248,6", "246,2", "2,4", "1,9"),
            ("Barn- och familjenämnden", "812,3", "829,8", "−17,5", "−15,8"),
            ("Vård- och omsorgsnämnden", "742,0", "753,1", "−11,1", "−10,2"),
            ("Socialnämnden", "268,4", "275,9", "−7,5", "−5,3"),
            ("Gymnasie- och vuxenutbildningsnämnden", "231,7", "229,6", "2,1", "1,6"),
            ("Kultur- och fritidsnämnden", "98,2", "98,8", "−0,6", "−0,4"),
            ("Miljö- och samhällsbyggnadsnämnden", "74,5", "73,6", "0,9", "0,3"),
            ("Servicenämnden", "12,8", "13,0", "−0,2", "0,0"),
            ("Överförmyndarnämnden", "6,1", "6,1", "0,0", "0,0"),
            ("Summa nämnder", "2 494,6", "2 526,1", "−31,5", "−27,9"),
        ),
        widths=(180.0, 66.0, 70.0, 72.0, 72.0),
        bold_rows=frozenset({9}),
        rules=True,
        size=8.5,
    )
    bullets = Bullets(
        items=(
            "Barn- och familjenämnden redovisar den största avvikelsen, −17,5 mnkr. Fler barn än beräknat i förskolan "
            "och ökade kostnader för tilläggsbelopp till elever med särskilda behov driver underskottet.",
            "Vård- och omsorgsnämnden kostar 11,1 mnkr mer än ramen, framför allt till följd av fler beviljade "
            "hemtjänsttimmar och höga kostnader för sjuklön i särskilt boende.",
            "Socialnämndens underskott, 7,5 mnkr, har ökat sedan september. Det förklaras av fler externa placeringar "
            "av barn och unga och ett ökat behov av ekonomiskt bistånd.",
            "Kommunstyrelsen beräknas lämna ett överskott om 2,4 mnkr tack vare vakanta tjänster inom "
            "kommunledningskontoret och lägre kostnader för företagshälsovård.",
            "Inom Gymnasie- och vuxenutbildningsnämnden blir utfallet 2,1 mnkr bättre än budget, eftersom fler elever "
            "från grannkommunerna har valt kommunens gymnasieskola och de interkommunala intäkterna därmed ökat.",
            "För Kultur- och fritidsnämnden väntas ett mindre underskott, drygt en halv miljon kronor, som hänger "
            "samman med högre energikostnader i simhallen.",
            "Miljö- och samhällsbyggnadsnämnden: plus 0,9 mnkr, då intäkterna från bygglov har blivit högre än "
            "budgeterat.",
            "Servicenämnden och Överförmyndarnämnden bedöms hålla sina budgetar.",
        ),
        labels=(
            C("Barn- och familjenämnden", "−17,5 mnkr", "-", "volymer"),
            C("Vård- och omsorgsnämnden", "11,1 mnkr", "-", "volymer", "sjukfranvaro"),
            C(
                "Socialnämnden",
                "7,5 mnkr",
                "-",
                "kopt_verksamhet",
                "ekonomiskt_bistand",
                note="A possessive names the area; 'har ökat sedan september' stays in the cause item.",
            ),
            C("Kommunstyrelsen", "2,4 mnkr", "+", "vakanser"),
            C("Gymnasie- och vuxenutbildningsnämnden", "2,1 mnkr", "+", "volymer", "avgifter_intakter"),
            C(
                "Kultur- och fritidsnämnden",
                "drygt en halv miljon kronor",
                "-",
                "prisokningar",
                value=500_000,
                note="An amount in words: the stated figure (the row says −0,6).",
            ),
            C("Miljö- och samhällsbyggnadsnämnden", "plus 0,9 mnkr", "+", "avgifter_intakter"),
            BP(
                "Servicenämnden",
                note="Two nämnder 'bedöms hålla sina budgetar': two boilerplate items (Servicenämnden's row −0,2).",
                also=(BP("Överförmyndarnämnden"),),
            ),
        ),
        glyph="•",
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="arial-bold", after=2),
        Title("Eslövs kommun – kommunövergripande uppföljning", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        P(
            "Kommunens resultat för januari–oktober uppgår till 96,4 mnkr, vilket är 21,8 mnkr bättre än det "
            "periodiserade budgeterade resultatet.",
            C(
                None,
                "21,8 mnkr",
                "+",
                note="The period against the periodised budget, a sentence of its own.",
            ),
        ),
        P(
            "Helårsprognosen pekar på ett resultat om 38,2 mnkr mot budgeterade 52,0 mnkr, en negativ avvikelse på "
            "13,8 mnkr.",
            C(None, "13,8 mnkr", "-", note="The full year between two levels: the deviation is the amount."),
        ),
        PS(
            (
                "Nämnderna prognostiserar sammantaget ett underskott mot sina ramar på 31,5 mnkr (−27,9 mnkr i "
                "september), medan finansförvaltningen väntas ge ett överskott på 17,7 mnkr.",
                C(
                    "Nämnderna",
                    "31,5 mnkr",
                    "-",
                    note="The bracketed figure is September's, not the amount. Split into two items.",
                    also=(C("Finansförvaltningen", "17,7 mnkr", "+"),),
                ),
            ),
            (
                "Jämfört med septemberprognosen har helårsresultatet försämrats med 3,6 mnkr.",
                F(None, "3,6 mnkr", "-"),
            ),
        ),
        table,
        H("Kommunledningskontorets kommentar", 2),
        bullets,
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 9,4 mnkr högre än budgeterat enligt SKR:s "
            "oktoberprognos.",
            C("Skatteintäkter och generella statsbidrag", "9,4 mnkr", "+", note="Finance items get no tag."),
        ),
        Para(
            (
                (
                    "Pensionskostnaderna och finansnettot ger positiva avvikelser på 3,1 respektive 5,2 mnkr, det "
                    "senare främst till följd av högre ränteintäkter på likvida medel.",
                    C(
                        "Pensionskostnader",
                        "3,1",
                        "+",
                        unit="mnkr",
                        note="A 'respektive' pair: two items, same text.",
                        also=(C("Finansnetto", "5,2 mnkr", "+"),),
                    ),
                ),
            )
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 412 mnkr beräknas 286 mnkr förbrukas, vilket innebär att 126 mnkr inte "
            "används under 2025. Förseningen beror främst på att bygget av den nya skolan i Marieholm har skjutits "
            "upp ett halvår.",
            C("Investeringar", "126 mnkr", "+", "periodisering"),
        ),
        P(
            "Projektet Ny infart Väster beräknas överskrida projektbudgeten med 4,8 mnkr på grund av oförutsedda "
            "ledningsomläggningar.",
            C(
                "Ny infart Väster",
                "4,8 mnkr",
                "-",
                "ovrigt",
                note="An investment project's overrun: negative.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Barn- och familjenämnden har beslutat om en åtgärdsplan med översyn av gruppstorlekar och restriktivitet "
            "vid nyanställningar, som beräknas minska underskottet med 3 mnkr under resterande del av året.",
            A("Barn- och familjenämnden", "3 mnkr", "bemanning"),
        ),
        P(
            "Kommunstyrelsen har gett kommundirektören i uppdrag att ta fram förslag på ytterligare åtgärder till "
            "december.",
            A(None),
        ),
        H("Risker och balanskrav", 2),
        P(
            "Prognosen för skatteintäkterna är osäker eftersom konjunkturen är svag, och en högre arbetslöshet kan öka "
            "behovet av ekonomiskt bistånd under 2026.",
            O(None, "ekonomiskt_bistand", note="A risk."),
        ),
        P(
            "Balanskravsresultatet beräknas till 34,5 mnkr och kommunen når därmed balanskravet.",
            O(None, note="Balanskrav: other."),
        ),
    ]
    return ReportSpec(
        file="eslov-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Eslöv",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Eslövs kommun", "author": "Eslövs kommun"},
        style=style,
        blocks=blocks,
    )
