"""Hässleholms kommun, Omsorgsnämnden, månadsuppföljning mars 2026.

A disability- and elderly-care committee's month report that reports the same deviation twice, per
kostnadsslag and per verksamhet, in two tables in tkr whose negative numbers carry a trailing minus
("3 200-", as printed by the ledger system) and no sign note: the whole unit's deficit with February's
figure in brackets ("(februari: −4,1 mnkr)", not the amount), the change since February with its cause
(Försäkringskassan), the kostnadsslag table with February's deviation; bold run-in kostnadsslag: revenue
under budget from withdrawn assistance compensation, personnel "drygt 0,4 procent över budget" (a
percentage only: the amount is the table row's, with its trailing minus), köp av verksamhet whose amount
lives only in the table, lokalkostnader "i nivå med budget" (boilerplate) and övriga kostnader with its
amount; then the verksamhet table and one paragraph per verksamhet in varied shapes (the amount after a
comma and running over the page break, "till följd av de två externa placeringar som beskrivs under köp
av verksamhet" pointing back), two rows without a comment; an unlabelled lead-in over two actions as
bullets with their effects, and a risk (other). Liberation Sans (Arial) 10 pt, a footer with the meeting
date in April.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

ROW = "Amount from the kostnadsslag table's row (tkr, a trailing minus = underskott)."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(13.5, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 76.0, 66.0, 72.0),
        header=lambda n, m: ("Hässleholms kommun", "Omsorgsnämnden"),
        footer=lambda n, m: ("Månadsuppföljning mars 2026", "Ärende 7, sammanträde 2026-04-22", f"Sida {n}"),
        header_size=8.0,
    )
    kinds = Table(
        caption="Driftredovisning per kostnadsslag, helårsprognos (tkr)",
        header=(("Kostnadsslag", "Budget 2026", "Prognos 2026", "Avvikelse", "Avvikelse feb"),),
        rows=(
            ("Verksamhetens intäkter", "148 300", "145 100", "3 200-", "1 100-"),
            ("Personalkostnader", "612 400", "614 900", "2 500-", "2 700-"),
            ("Köp av verksamhet", "96 800", "98 300", "1 500-", "1 500-"),
            ("Lokalkostnader", "58 900", "58 900", "0", "0"),
            ("Övriga kostnader", "41 700", "40 700", "1 000", "1 200"),
            ("Nettokostnad", "661 500", "667 700", "6 200-", "4 100-"),
        ),
        widths=(160.0, 72.0, 76.0, 68.0, 82.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    units = Table(
        caption="Helårsprognos per verksamhet (tkr)",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "22 400", "21 900", "500"),
            ("Äldreomsorg", "398 200", "398 700", "500-"),
            ("Personlig assistans", "61 300", "66 600", "5 300-"),
            ("Bostad med särskild service", "118 700", "120 200", "1 500-"),
            ("Daglig verksamhet", "38 600", "38 900", "300-"),
            ("Hälso- och sjukvård", "22 300", "21 400", "900"),
            ("Summa", "661 500", "667 700", "6 200-"),
        ),
        widths=(190.0, 80.0, 84.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning mars 2026", size=19, font="arial-bold"),
        Title("Omsorgsnämnden", size=12, font="arial", after=12),
        H("Sammanfattning", 1),
        P(
            "Omsorgsnämnden prognostiserar ett underskott på 6,2 mnkr för 2026 (februari: −4,1 mnkr).",
            C(None, "6,2 mnkr", "-", note="The bracket is February's forecast, not the amount."),
        ),
        P(
            "Försämringen med 2,1 mnkr jämfört med februari förklaras av ett nytt ärende inom personlig assistans, "
            "där Försäkringskassan har avslagit ansökan om assistansersättning.",
            F(None, "2,1 mnkr", "-", "ersattning_fk", "volymer"),
        ),
        H("Resultat per kostnadsslag", 2),
        kinds,
        LP(
            "Verksamhetens intäkter.",
            "Intäkterna beräknas bli 3,2 mnkr lägre än budgeterat. Försäkringskassan har under hösten och vintern "
            "omprövat flera beslut om assistansersättning, och i tre ärenden har ersättningen dragits in helt.",
            C("Verksamhetens intäkter", "3,2 mnkr", "-", "ersattning_fk"),
        ),
        LP(
            "Personalkostnader.",
            "Personalkostnaderna ligger drygt 0,4 procent över budget. Kommunen bär hela kostnaden för assistenterna "
            "i de ärenden där assistansersättningen har dragits in, och sjukfrånvaron inom daglig verksamhet har "
            "krävt fler vikarier.",
            C(
                "Personalkostnader",
                "2 500-",
                "-",
                "ersattning_fk",
                "sjukfranvaro",
                "vikarier",
                unit="tkr",
                table=True,
                note=ROW + " The prose gives a percentage only.",
            ),
        ),
        LP(
            "Köp av verksamhet.",
            "Två ungdomar har beviljats bostad med särskild service i andra kommuner, eftersom nämnden saknar lediga "
            "platser i egna gruppbostäder.",
            C(
                "Köp av verksamhet",
                "1 500-",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="tkr",
                table=True,
                note=ROW + " No amount and no budget word in the prose.",
            ),
        ),
        LP("Lokalkostnader.", "Prognosen är i nivå med budget.", BP("Lokalkostnader")),
        LP(
            "Övriga kostnader.",
            "Lägre kostnader för förbrukningsmaterial och hjälpmedel ger ett överskott på 1,0 mnkr.",
            C("Övriga kostnader", "1,0 mnkr", "+", "material_hjalpmedel"),
        ),
        H("Resultat per verksamhet", 2),
        units,
        P(
            "Personlig assistans prognostiserar ett underskott om 5,3 mnkr. Det är nämndens största avvikelse och "
            "beror på indragen assistansersättning i tre ärenden, där kommunen nu bekostar samtliga timmar.",
            C("Personlig assistans", "5,3 mnkr", "-", "ersattning_fk"),
        ),
        P(
            "Inom äldreomsorgen väntas ett mindre underskott, 0,5 mnkr, som följer av att fler brukare än beräknat "
            "har beviljats insatser av nattpatrullen i hemtjänsten.",
            C("Äldreomsorg", "0,5 mnkr", "-", "volymer"),
        ),
        P(
            "Bostad med särskild service har ett underskott på 1,5 mnkr till följd av de två externa placeringar som "
            "beskrivs under köp av verksamhet.",
            C(
                "Bostad med särskild service",
                "1,5 mnkr",
                "-",
                "kopt_verksamhet",
                note="The same deviation as köp av verksamhet, seen per verksamhet.",
            ),
        ),
        P(
            "Hälso- och sjukvården visar ett överskott på 0,9 mnkr eftersom två tjänster som sjuksköterska har varit "
            "vakanta sedan årsskiftet.",
            C("Hälso- och sjukvård", "0,9 mnkr", "+", "vakanser"),
        ),
        H("Åtgärder", 2),
        P("Förvaltningen arbetar med följande åtgärder för att minska underskottet:"),
        Bullets(
            (
                "Genomgång av samtliga beslut om personlig assistans inför Försäkringskassans omprövningar, med en "
                "beräknad effekt på 0,8 mnkr under året.",
                "Anställningsprövning av alla tjänster utom vård- och omsorgspersonal i direkt brukararbete, vilket "
                "beräknas ge cirka 1,2 mnkr lägre personalkostnader.",
            ),
            labels=(
                A("Personlig assistans", "0,8 mnkr", "ersattning_fk"),
                A(None, "cirka 1,2 mnkr", "bemanning"),
            ),
        ),
        H("Risker", 2),
        P(
            "Försäkringskassan har aviserat omprövning av ytterligare fyra ärenden under våren. Om ersättningen dras "
            "in även där kan kostnaderna öka med upp till 3 mnkr på helår.",
            O("Personlig assistans", "ersattning_fk", note="Risk."),
        ),
    ]
    return ReportSpec(
        file="hassleholm-on-manadsuppfoljning-2026-03.pdf",
        report={
            "municipality": "Hässleholm",
            "committee": ["Omsorgsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning mars 2026 Omsorgsnämnden", "author": "Hässleholms kommun"},
        style=style,
        blocks=blocks,
    )
