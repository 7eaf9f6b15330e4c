"""Vänersborgs kommun, Kommunstyrelsen, månadsuppföljning oktober 2025 (all nämnder).

A kommunstyrelse's compilation written as one short paragraph per nämnd, each with its own amount and
September's figure in brackets, and a text layer with lost leading zeros as real reports have ("+,8
mnkr (+,5)", "−,6 mnkr"); a balanced nämnd; a forecast change; findings about other committees'
missing measures (other); a proposed measure; taxes and grants in one sentence with two amounts (two
items); an unused central reserve; a "follows budget" statement; an investment deviation. Liberation
Sans, centred page numbers.

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

LOST_ZERO = "The text layer lost the leading zero (as in real reports): "


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.35,
        heading_sizes=(15.0, 12.0, 10.5),
        margins=(70.0, 70.0, 70.0, 70.0),
        header=lambda n, m: ("Vänersborgs kommun", "Kommunstyrelsen"),
        footer=lambda n, m: ("", f"– {n} –", ""),
    )
    table = Table(
        caption="Nämndernas prognoser, mnkr",
        header=(("Nämnd", "Budget", "Prognos", "Avv. okt", "Avv. sep"),),
        rows=(
            ("Kommunstyrelsen", "142,6", "139,4", "3,2", "2,9"),
            ("Barn- och utbildningsnämnden", "1 016,3", "1 024,3", "−8,0", "−6,5"),
            ("Socialnämnden", "912,8", "926,9", "−14,1", "−12,8"),
            ("Samhällsbyggnadsnämnden", "61,4", "60,6", ",8", ",5"),
            ("Kultur- och fritidsnämnden", "88,1", "88,1", "0", "−,3"),
            ("Överförmyndarnämnden", "5,9", "6,5", "−,6", "−,6"),
            ("Tekniska nämnden", "96,0", "97,1", "−1,1", "−,3"),
            ("Summa", "2 323,1", "2 342,9", "−19,8", "−17,1"),
        ),
        widths=(180.0, 62.0, 62.0, 62.0, 62.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning oktober 2025", size=20, font="arial-bold"),
        Title("Kommunstyrelsen – samtliga nämnder", size=12, font="arial", after=14),
        H("Sammanfattning", 1),
        P(
            "Kommunens resultat för helåret prognostiseras till 21,4 mnkr, vilket är 12,6 mnkr lägre än "
            "budgeterat resultat.",
            C(None, "12,6 mnkr", "-"),
        ),
        P(
            "Nämndernas samlade prognos är −19,8 mnkr (−17,1 mnkr i september).",
            C("Nämnderna", "−19,8 mnkr", "-", note="Bracket: September's figure."),
        ),
        table,
        H("Nämndernas prognoser", 1),
        P(
            "Kommunstyrelsen prognostiserar ett överskott på 3,2 mnkr (+2,9). Överskottet kommer från vakanta "
            "tjänster inom HR och ekonomi samt lägre kostnader för den politiska verksamheten.",
            C("Kommunstyrelsen", "3,2 mnkr", "+", "vakanser"),
        ),
        P(
            "Barn- och utbildningsnämnden prognostiserar ett underskott på 8,0 mnkr (−6,5). Kostnaderna för "
            "elever i behov av särskilt stöd och för hyrda skolmoduler i Öxnered är högre än budgeterat.",
            C("Barn- och utbildningsnämnden", "8,0 mnkr", "-", "volymer", "lokaler"),
        ),
        P(
            "Socialnämnden prognostiserar −14,1 mnkr (−12,8). Köpta platser för barn och unga och en ökning "
            "av ekonomiskt bistånd förklarar underskottet. Hemtjänsten har samtidigt ett överskott till följd "
            "av färre beviljade timmar.",
            C("Socialnämnden", "−14,1 mnkr", "-", "kopt_verksamhet", "ekonomiskt_bistand", "volymer"),
        ),
        P(
            "Samhällsbyggnadsnämnden +,8 mnkr (+,5). Högre intäkter från bygglov och planavgifter.",
            C(
                "Samhällsbyggnadsnämnden",
                "+,8 mnkr",
                "+",
                "avgifter_intakter",
                value=800_000,
                note=LOST_ZERO + "'+,8 mnkr' is +0,8 mnkr; the bracket is September's.",
            ),
        ),
        P(
            "Kultur- och fritidsnämnden ±0 mnkr (−,3). Nämnden bedömer att budgeten hålls.",
            BP("Kultur- och fritidsnämnden", "±0 mnkr"),
        ),
        P(
            "Överförmyndarnämnden −,6 mnkr (−,6). Arvodena till gode män och förvaltare har höjts enligt nya "
            "riktlinjer från och med mars.",
            C(
                "Överförmyndarnämnden",
                "−,6 mnkr",
                "-",
                "prisokningar",
                value=600_000,
                note=LOST_ZERO + "'−,6 mnkr' is −0,6 mnkr. Higher fee rates: prisokningar.",
            ),
        ),
        P(
            "Tekniska nämnden −1,1 mnkr (−,3). Stormen i början av oktober orsakade skador på gatubelysning och "
            "träd i parkerna, som har kostat omkring 1 mnkr att åtgärda.",
            C("Tekniska nämnden", "−1,1 mnkr", "-", "ovrigt", note="Storm damage: ovrigt."),
        ),
        H("Kommunledningskontorets kommentar", 1),
        P(
            "Prognosen för nämnderna har försämrats med 2,7 mnkr sedan september, främst hos barn- och "
            "utbildningsnämnden och socialnämnden.",
            F("Nämnderna", "2,7 mnkr", "-"),
        ),
        P(
            "Kommunledningskontoret konstaterar att socialnämnden och barn- och utbildningsnämnden inte har "
            "redovisat några nya åtgärder sedan delårsrapporten.",
            O(None, note="Statement about other committees (no new measures)."),
        ),
        P(
            "Kommunstyrelsen föreslås uppmana nämnderna att vidta åtgärder för att minska underskotten under "
            "resterande del av året.",
            A(None),
        ),
        H("Finansiering", 1),
        P(
            "Skatteintäkterna beräknas bli 4,1 mnkr lägre än budget enligt SKR:s oktoberprognos, medan "
            "generella statsbidrag och utjämning ger +2,3 mnkr.",
            C(
                "Skatteintäkter",
                "4,1 mnkr",
                "-",
                note="One sentence, two items: taxes −4,1 and general grants and equalisation +2,3 mnkr.",
                also=(C("Generella statsbidrag och utjämning", "+2,3 mnkr", "+"),),
            ),
        ),
        P(
            "Kommunstyrelsens reserv för löneökningar kommer inte att behöva användas fullt ut, vilket ger ett "
            "överskott på 9,0 mnkr.",
            C("Reserv för löneökningar", "9,0 mnkr", "+", "reserver", "lonekostnader"),
        ),
        P(
            "Finansnettot och pensionskostnaderna bedöms sammantaget följa budget.",
            BP("Finansnetto och pensioner"),
        ),
        P(
            "Balanskravsresultatet beräknas till 18,0 mnkr. Kommunen har inga tidigare underskott att återställa.",
            O(None, amount="18,0 mnkr", note="Balanskrav: context."),
        ),
        P(
            "Likviditeten är fortsatt god. Kommunens checkräkningskredit på 100 mnkr har inte behövt utnyttjas "
            "under året.",
            O(None, note="Liquidity."),
        ),
        P(
            "Soliditeten inklusive ansvarsförbindelsen för pensioner beräknas till 31 procent vid årets slut.",
            O(None, note="Solidity."),
        ),
        H("Investeringar", 1),
        P(
            "Investeringsprognosen är 164 mnkr mot en budget på 231 mnkr, en avvikelse på 67 mnkr. Byggstarten "
            "för den nya förskolan på Onsjö har skjutits upp till våren 2026.",
            C(
                "Investeringar",
                "67 mnkr",
                "+",
                "periodisering",
                note="Investering: spending under the investment budget.",
            ),
        ),
    ]
    return ReportSpec(
        file="vanersborg-ks-manadsuppfoljning-2025-10.pdf",
        report={
            "municipality": "Vänersborg",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning oktober 2025", "author": "Vänersborgs kommun"},
        style=style,
        blocks=blocks,
    )
