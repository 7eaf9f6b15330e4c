"""Arjeplogs kommun, Socialnämnden, ekonomisk lägesrapport per maj 2026.

A social committee's status report whose verksamhet table is pasted as an image (no text layer: every amount
lives in the prose), set in Liberation Sans 10.5 pt with Liberation Serif headings: the full year "ett underskott
på drygt fyra miljoner kronor jämfört med budget" (an amount in words), the period "1,7 miljoner kronor högre
än periodiserad budget" in the next sentence, the change since April in kronor ("cirka 900 000 kronor") with
its cause; plain headings over paragraphs whose amount comes last ("Det ger en negativ avvikelse som i dag
beräknas till 1,6 miljoner kronor", "ungefär 2,1 mnkr högre än budget", "en dryg miljon kronor", "en halv
miljon kronor"); home care that "följer budget" (boilerplate) followed by its hours against last year (other); an
administration "beräknas göra ett litet överskott" (a cause with no amount and no reason: the image has no
text layer); an action with "upp till 1,2 miljoner kronor", a staffing risk and sick leave against 2025 (both
other). 7 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Arjeplogs kommun", "Socialnämnden"),
        footer=lambda n, m: ("Ekonomisk lägesrapport maj 2026", "Socialnämnden 2026-06-16", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    image = Table(
        caption="Prognos per verksamhet, mnkr",
        header=(("Verksamhet", "Budget", "Utfall jan–maj", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "5,2", "2,0", "5,1", "0,1"),
            ("Särskilt boende", "34,8", "15,6", "36,9", "-2,1"),
            ("Hemtjänst", "17,3", "7,0", "17,3", "0,0"),
            ("Personlig assistans", "8,4", "4,3", "10,0", "-1,6"),
            ("Individ- och familjeomsorg", "7,6", "3,7", "8,7", "-1,1"),
            ("Hälso- och sjukvård", "11,9", "4,6", "11,4", "0,5"),
            ("Summa", "85,2", "37,2", "89,4", "-4,2"),
        ),
        widths=(150.0, 60.0, 80.0, 60.0, 64.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Ekonomisk lägesrapport per maj 2026", size=19, font="times-bold", after=2),
        Title("Socialnämnden", size=13, font="times", after=12),
        P(
            "Lägesrapporten bygger på bokfört utfall till och med maj och på verksamheternas bedömningar i början av "
            "juni."
        ),
        H("Prognos för helåret", 2),
        PS(
            (
                "Nämndens samlade prognos för 2026 är ett underskott på drygt fyra miljoner kronor jämfört med budget.",
                C(
                    None,
                    "drygt fyra miljoner kronor",
                    "-",
                    value=4_000_000,
                    note="An amount in words: the stated figure (the image shows −4,2).",
                ),
            ),
            (
                "För perioden januari–maj är kostnaderna 1,7 miljoner kronor högre än periodiserad budget.",
                C(None, "1,7 miljoner kronor", "-", note="The period in a sentence of its own: a cause."),
            ),
        ),
        P(
            "Sedan aprilrapporten har prognosen försämrats med cirka 900 000 kronor, vilket främst beror på att "
            "ytterligare en brukare har beviljats personlig assistans.",
            F(None, "cirka 900 000 kronor", "-", "volymer"),
        ),
        image,
        H("Personlig assistans", 3),
        P(
            "Sedan april har en ny brukare beviljats assistans enligt LSS i väntan på Försäkringskassans beslut om "
            "assistansersättning, och kommunen bär under tiden hela kostnaden. Det ger en negativ avvikelse som i dag "
            "beräknas till 1,6 miljoner kronor.",
            C("Personlig assistans", "1,6 miljoner kronor", "-", "ersattning_fk", "volymer"),
        ),
        H("Särskilt boende", 3),
        P(
            "Silvergården har haft fullbelagt hela våren, och en korttidsplats har fått användas som permanent plats. "
            "Sommarvikarier har dessutom behövt anställas tidigare än vanligt. Kostnaderna blir ungefär 2,1 mnkr högre "
            "än budget.",
            C("Särskilt boende", "ungefär 2,1 mnkr", "-", "volymer", "vikarier"),
        ),
        H("Hemtjänst", 3),
        PS(
            ("Hemtjänsten följer budget.", BP("Hemtjänst")),
            (
                "I Slagnäs och Laisvall är antalet beviljade timmar något lägre än under samma period förra året.",
                O("Hemtjänst", "volymer", note="Hours against the previous year: other."),
            ),
        ),
        H("Individ- och familjeomsorg", 3),
        P(
            "Två barn har placerats enligt LVU sedan årsskiftet. Avvikelsen mot budget blir en dryg miljon kronor.",
            C(
                "Individ- och familjeomsorg",
                "en dryg miljon kronor",
                "-",
                "kopt_verksamhet",
                "volymer",
                value=1_000_000,
                note="An amount in words: the stated figure.",
            ),
        ),
        H("Hälso- och sjukvård", 3),
        P(
            "Kostnaden för hyrsjuksköterskor har minskat kraftigt efter att två sjuksköterskor anställdes i mars, och "
            "verksamheten väntas gå med ett överskott på en halv miljon kronor.",
            C(
                "Hälso- och sjukvård",
                "en halv miljon kronor",
                "+",
                "inhyrd_personal",
                value=500_000,
            ),
        ),
        H("Nämnd och administration", 3),
        P(
            "Nämnd och administration beräknas göra ett litet överskott.",
            C(
                "Nämnd och administration",
                None,
                "+",
                note="A surplus with no amount in the text layer (the table is an image) and no reason: a cause, "
                "amount null.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har ansökt om retroaktiv assistansersättning hos Försäkringskassan. Om ansökan beviljas kan "
            "underskottet inom personlig assistans minska med upp till 1,2 miljoner kronor.",
            A("Personlig assistans", "upp till 1,2 miljoner kronor", "ersattning_fk"),
        ),
        H("Risker", 2),
        P(
            "Bemanningen på Silvergården under sommaren är osäker, eftersom sex av sommarens vikariepass ännu inte är "
            "tillsatta.",
            O("Särskilt boende", "vikarier", note="A risk: other."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron under januari–maj var 8,4 procent, 1,1 procentenheter högre än samma period 2025, främst på "
            "grund av långtidssjukskrivningar i hemtjänsten.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="arjeplog-sn-ekonomisk-lagesrapport-2026-05.pdf",
        report={
            "municipality": "Arjeplog",
            "committee": ["Socialnämnden"],
            "period": ["2026-05"],
            "report_type": "ekonomisk lägesrapport",
        },
        metadata={"title": "Ekonomisk lägesrapport maj 2026 Socialnämnden", "author": "Arjeplogs kommun"},
        style=style,
        blocks=blocks,
    )
