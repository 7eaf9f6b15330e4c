"""Robertsfors kommun, Socialnämnden, månadsuppföljning maj 2026.

A social committee's month report in DejaVu Sans 9.5 pt, footer with the arbetsutskott's meeting date in
June: the full year as a gap ("Med en budget på 172,9 mnkr saknas alltså 3,5 mnkr för att nå balans"), the
change since April with its cause; a kostnadsslag table where revenue carries a minus sign and the deviation
is forecast minus budget, so a positive figure is a higher net cost; bold run-in kostnadsslag with a full
stop: revenue "0,9 mnkr lägre än budgeterat", personnel costs with reasons only ("Här finns den största
avvikelsen", the table row's "2 800"), purchased care with a per-day rate that is not the amount and the
amount in the last sentence, premises "300 tkr lägre än budget", other costs whose two parts (1,2 and 0,3
mnkr) are given but not the whole (the row's "-1 500"); then the same deficit by verksamhet in two columns
of run-in areas with a colon ("ett underskott om", "Ett budgetöverdrag på", "ger en negativ avvikelse på",
"visar plus 1,0 mnkr mot budget"); two actions, one with its possible effect.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Robertsfors kommun", "Socialnämnden – månadsuppföljning maj 2026"),
        footer=lambda n, m: ("Socialnämndens arbetsutskott 2026-06-09", "", f"{n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per kostnadsslag 2026, tkr",
        header=(("Kostnadsslag", "Budget 2026", "Utfall jan–maj", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Intäkter", "-24 600", "-10 180", "-23 700", "900"),
            ("Personalkostnader", "142 300", "59 310", "145 100", "2 800"),
            ("Köp av verksamhet", "31 800", "14 020", "33 400", "1 600"),
            ("Lokalkostnader", "12 900", "5 370", "12 600", "-300"),
            ("Övriga kostnader", "10 500", "3 880", "9 000", "-1 500"),
            ("Nettokostnad", "172 900", "72 400", "176 400", "3 500"),
        ),
        widths=(136.0, 72.0, 78.0, 74.0, 62.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning maj 2026", size=18, font="sans-bold", after=2),
        Title("Socialnämnden", size=12, font="sans", after=12),
        H("Helårsprognos", 2),
        P(
            "Socialnämndens prognos efter maj är en nettokostnad på 176,4 mnkr. Med en budget på 172,9 mnkr saknas "
            "alltså 3,5 mnkr för att nå balans.",
            C(None, "3,5 mnkr", "-", note="A gap 'för att nå balans'; 176,4 and 172,9 are levels."),
        ),
        P(
            "Det är en försämring med 0,9 mnkr mot aprilprognosen, som framför allt förklaras av ett nytt ärende "
            "inom personlig assistans där Försäkringskassan har avslagit ansökan om assistansersättning.",
            F(None, "0,9 mnkr", "-", "ersattning_fk"),
        ),
        table,
        P(
            "Intäkter redovisas med minustecken. Avvikelse = prognos − budget, ett positivt tal innebär en högre "
            "nettokostnad än budgeterat.",
            size=8.0,
        ),
        H("Kommentarer per kostnadsslag", 2),
        LP(
            "Intäkter.",
            "Intäkterna blir 0,9 mnkr lägre än budgeterat. Ersättningen från Försäkringskassan för den nya "
            "assistansbrukaren uteblir, och de riktade statsbidragen till äldreomsorgen har minskat jämfört med vad "
            "som antogs vid budgeteringen.",
            C("Intäkter", "0,9 mnkr", "-", "ersattning_fk", "statsbidrag"),
        ),
        LP(
            "Personalkostnader.",
            "Här finns den största avvikelsen. Egen personal måste sättas in i det nya assistansärendet, "
            "dubbelbemanning krävs på Ekbackens gruppbostad sedan mars och sommarvikarierna har fått högre "
            "ingångslöner än förra året för att tjänsterna alls skulle gå att tillsätta.",
            C(
                "Personalkostnader",
                "2 800",
                "-",
                "bemanning",
                "vikarier",
                "lonekostnader",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell (positive = higher net cost).",
            ),
        ),
        LP(
            "Köp av verksamhet.",
            "Två vuxna med missbruksproblematik har placerats på behandlingshem sedan april, till en dygnskostnad "
            "av omkring 3 900 kronor vardera. Prognosen överstiger därmed budgeten med 1,6 mnkr.",
            C(
                "Köp av verksamhet",
                "1,6 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The per-day rate is not the amount.",
            ),
        ),
        LP(
            "Lokalkostnader.",
            "Flytten av hemtjänstens lokal i Bygdeå skjuts till 2027, vilket gör att hyran blir 300 tkr lägre än "
            "budget.",
            C("Lokalkostnader", "300 tkr", "+", "lokaler", "periodisering"),
        ),
        LP(
            "Övriga kostnader.",
            "Nämndens buffert för oförutsedda kostnader, 1,2 mnkr, har hittills inte behövt användas och ingår i "
            "prognosen som ett överskott. Resterande del av överskottet, 0,3 mnkr, beror på lägre kostnader för "
            "hjälpmedel.",
            C(
                "Övriga kostnader",
                "-1 500",
                "+",
                "reserver",
                "material_hjalpmedel",
                unit="tkr",
                table=True,
                note="Two parts (1,2 and 0,3 mnkr) but not the whole: the table row's cell.",
            ),
        ),
        H("Avvikelse per verksamhet", 2),
        Columns(2),
        LP(
            "Äldreomsorg:",
            "Prognosen pekar på ett underskott om 0,6 mnkr. Lägre statsbidrag och högre ingångslöner för "
            "sommarvikarier väger tyngre än överskottet på lokalsidan.",
            C(
                "Äldreomsorg",
                "0,6 mnkr",
                "-",
                "statsbidrag",
                "vikarier",
                "lonekostnader",
                "lokaler",
                note="The same deficit explained again by verksamhet: an item of its own.",
            ),
        ),
        LP(
            "Personlig assistans och LSS:",
            "Ett budgetöverdrag på 2,3 mnkr. Försäkringskassan har avslagit ansökan om assistansersättning i ett "
            "nytt ärende, så kommunen bär hela kostnaden, och Ekbackens gruppbostad har dubbelbemanning dygnet "
            "runt sedan mars.",
            C("Personlig assistans och LSS", "2,3 mnkr", "-", "ersattning_fk", "bemanning"),
        ),
        LP(
            "Individ- och familjeomsorg:",
            "Placeringarna av två vuxna på behandlingshem ger en negativ avvikelse på 1,6 mnkr.",
            C("Individ- och familjeomsorg", "1,6 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Nämnd och administration:",
            "Här ligger nämndens buffert, vilket gör att verksamheten visar plus 1,0 mnkr mot budget.",
            C("Nämnd och administration", "plus 1,0 mnkr", "+", "reserver"),
        ),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har begärt omprövning av Försäkringskassans beslut. Om beslutet ändras förbättras "
            "prognosen med cirka 1,1 mnkr.",
            A("Personlig assistans och LSS", "cirka 1,1 mnkr", "ersattning_fk"),
        ),
        P(
            "Socialnämnden har beslutat att vakanser inom administrationen inte återbesätts under resten av året.",
            A("Nämnd och administration", None, "vakanser"),
        ),
    ]
    return ReportSpec(
        file="robertsfors-sn-manadsuppfoljning-2026-05.pdf",
        report={
            "municipality": "Robertsfors",
            "committee": ["Socialnämnden"],
            "period": ["2026-05"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning maj 2026 Socialnämnden", "author": "Robertsfors kommun"},
        style=style,
        blocks=blocks,
    )
