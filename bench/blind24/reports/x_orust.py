"""Orust kommun, Omsorgsnämnden, ekonomisk lägesrapport maj 2026.

An elderly and disability care committee's situation report in tkr and mnkr, footer with the nämnd's
meeting date in June: the full year "överstiga tilldelad ram med 7 200 tkr" and the period "−1 650 tkr" in
separate sentences (two causes), the change since March with its cause; a kostnadsslag table in ledger signs
(revenue negative, costs unsigned, "Differens" budget minus forecast) under a reading note; bold run-in
kostnadsslag with a colon: a "respektive" pair of revenues under the Intäkter lead (two items), personnel
costs "Här finns nämndens största avvikelse, −6 300 tkr." followed by a sentence giving hemtjänst's share
(its own item), "väntas hamna 3,7 mnkr över budget", and "Inga avvikelser förväntas." (boilerplate); why the
period's deviation is smaller than the year's (a cause, amount null); an unlabelled lead-in and three
bulleted actions, two with effects; a risk with a yearly cost (other). 8 scored causes. Liberation Sans 9.5 pt
with Liberation Sans Narrow headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Orust kommun", "Ekonomisk lägesrapport maj 2026"),
        footer=lambda n, m: ("Omsorgsnämnden 2026-06-17", "§ 58", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per kostnadsslag 2026, tkr",
        header=(("Kostnadsslag", "Budget", "Utfall jan–maj", "Prognos", "Differens"),),
        rows=(
            ("Intäkter", "−48 300", "−21 900", "−51 100", "2 800"),
            ("Personalkostnader", "214 600", "91 180", "220 900", "−6 300"),
            ("Köp av verksamhet", "22 400", "10 800", "26 100", "−3 700"),
            ("Lokalkostnader", "31 200", "13 000", "31 200", "0"),
            ("Övriga kostnader", "17 900", "7 650", "17 900", "0"),
            ("Nettokostnad", "237 800", "100 730", "245 000", "−7 200"),
        ),
        widths=(160.0, 72.0, 84.0, 72.0, 72.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk lägesrapport maj 2026", size=18, font="narrow-bold", after=2),
        Title("Omsorgsnämnden, Orust kommun", size=12, font="arial", after=12),
        H("Sammanfattande bedömning", 2),
        PS(
            (
                "Omsorgsnämnden bedömer att årets nettokostnader kommer att överstiga tilldelad ram med 7 200 tkr.",
                C(None, "7 200 tkr", "-"),
            ),
            (
                "Till och med maj är avvikelsen mot periodens budget −1 650 tkr.",
                C(
                    None,
                    "−1 650 tkr",
                    "-",
                    note="The period's deviation in a sentence of its own: its own cause.",
                ),
            ),
        ),
        P(
            "Jämfört med lägesrapporten i mars har prognosen förbättrats med 800 tkr, tack vare att avtalet för den "
            "nya larmcentralen blev billigare än väntat.",
            F(None, "800 tkr", "+", "prisokningar"),
        ),
        P(
            "I tabellen redovisas intäkter med minustecken och kostnader utan tecken. Differens = budget minus "
            "prognos, där ett positivt tal är bättre än budget.",
            size=8.5,
        ),
        table,
        H("Kommentarer per kostnadsslag", 2),
        LP(
            "Intäkter:",
            "Intäkterna från Försäkringskassan för personlig assistans och från statsbidraget för ökad bemanning i "
            "äldreomsorgen blir 1,9 respektive 0,9 mnkr högre än budgeterat.",
            C(
                "Ersättning från Försäkringskassan",
                "1,9",
                "+",
                "ersattning_fk",
                unit="mnkr",
                note="A 'respektive' pair under the Intäkter lead: two items, the unit written once.",
                also=(
                    C(
                        "Statsbidrag för ökad bemanning",
                        "0,9 mnkr",
                        "+",
                        "statsbidrag",
                        note="A grant named for staffing: statsbidrag, not bemanning.",
                    ),
                ),
            ),
        ),
        LP(
            "Personalkostnader:",
            "Här finns nämndens största avvikelse, −6 300 tkr. Nattbemanningen på Ängsvikens äldreboende har "
            "förstärkts med en extra tjänst efter tillsyn från Inspektionen för vård och omsorg, och sjukfrånvaron i "
            "hemtjänsten har gett både övertid och dyra korttidsvikarier.",
            C("Personalkostnader", "−6 300 tkr", "-", "bemanning", "sjukfranvaro", "overtid", "vikarier"),
            (
                "Av avvikelsen avser 4,1 mnkr hemtjänsten.",
                C(
                    "Hemtjänst",
                    "4,1 mnkr",
                    "-",
                    note="A verksamhet's share of a kostnadsslag's deviation, a sentence of its own: its own item.",
                ),
            ),
        ),
        LP(
            "Köp av verksamhet:",
            "Två brukare med omfattande behov har fått plats på externa LSS-boenden, och korttidsplatser har köpts av "
            "Tjörns kommun när de egna platserna var fulla. Kostnaden väntas hamna 3,7 mnkr över budget.",
            C("Köp av verksamhet", "3,7 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Lokalkostnader och övriga kostnader:",
            "Inga avvikelser förväntas.",
            BP("Lokalkostnader och övriga kostnader"),
        ),
        H("Periodens avvikelse", 2),
        P(
            "Att avvikelsen för perioden är mindre än vad helårsprognosen motsvarar beror på att sommarens "
            "vikariekostnader ännu inte har belastat utfallet och att nattbemanningen på Ängsviken förstärktes först i "
            "april.",
            C(
                None,
                None,
                "-",
                "periodisering",
                note="Why the period's deviation is smaller than the year's: a timing reason, amount null.",
            ),
        ),
        H("Åtgärder", 2),
        P("Förvaltningen arbetar med följande åtgärder:"),
        Bullets(
            (
                "Översyn av scheman i hemtjänstens fyra grupper med målet att minska övertiden, beräknad effekt "
                "600 tkr.",
                "Hemtagning av en extern LSS-placering till det nya boendet i Henån när det öppnar i oktober, cirka "
                "400 tkr under 2026.",
                "Rehabiliteringsinsatser för långtidssjukskrivna medarbetare i samarbete med företagshälsovården.",
            ),
            labels=(
                A("Personalkostnader", "600 tkr", "overtid", "bemanning"),
                A("Köp av verksamhet", "cirka 400 tkr", "kopt_verksamhet"),
                A("Personalkostnader", None, "sjukfranvaro"),
            ),
        ),
        H("Risker", 2),
        P(
            "Om Inspektionen för vård och omsorg står fast vid sitt krav på förstärkt nattbemanning blir kostnaden på "
            "cirka 650 tkr per år permanent och behöver hanteras i budgeten för 2027.",
            O("Personalkostnader", "bemanning", note="A risk with a yearly cost: other."),
        ),
    ]
    return ReportSpec(
        file="orust-on-ekonomisk-lagesrapport-2026-05.pdf",
        report={
            "municipality": "Orust",
            "committee": ["Omsorgsnämnden"],
            "period": ["2026-05"],
            "report_type": "ekonomisk lägesrapport",
        },
        metadata={"title": "Ekonomisk lägesrapport maj 2026 Omsorgsnämnden", "author": "Orust kommun"},
        style=style,
        blocks=blocks,
    )
