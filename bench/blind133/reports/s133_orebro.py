"""Örebro kommun, Valnämnden, tjänsteskrivelse: budget och verksamhetsplan för valåret 2026.

No budget follow-up at all: a budget decision for the election year, dated in November, full of amounts and
"beror på": the decision proposal with a request for 3,4 miljoner kronor (unlabelled), the cost of the
election "3,4 miljoner kronor mer än ramen" (a budget being set, not a deviation), the increase against the
2022 election "beror främst på" fees and more polling stations, advance voting "0,5 miljoner kronor mer än
2022", premises "i nivå med 2022 års kostnad", the state grant that "är lägre än vid förra valet", the
nämnd's own costs in the year without an election and what happens without the extra money: eight `other`
items and no cause. A budget table per post (unlabelled). Liberation Serif (Times metrics) 11.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT = "A budget decision, not a follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.5,
        leading=1.3,
        para_gap=7.5,
        heading_sizes=(15.0, 12.5, 11.5),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(76.0, 82.0, 76.0, 76.0),
        header=lambda n, m: ("Örebro kommun", "Tjänsteskrivelse 2025-11-04"),
        footer=lambda n, m: (
            "Ärendenummer: Vn 45/2025",
            "Kommunstyrelseförvaltningen, Valkansliet",
            f"{n} ({m})",
        ),
        header_size=8.0,
    )
    table = Table(
        caption="Budget för valet 2026 jämfört med utfallet för valet 2022, tusen kronor",
        header=(("Kostnadspost", "Utfall 2022", "Budget 2026"),),
        rows=(
            ("Arvoden röstmottagare och valnämnd", "5 120", "6 980"),
            ("Förtidsröstning", "1 600", "2 100"),
            ("Lokaler och transporter", "1 310", "1 520"),
            ("Valsedlar, material och information", "1 050", "1 240"),
            ("Administration och utbildning", "860", "1 160"),
            ("Summa kostnader", "9 940", "13 000"),
            ("Statsbidrag från Valmyndigheten", "-1 450", "-1 300"),
        ),
        widths=(220.0, 90.0, 90.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Budget och verksamhetsplan 2026 för valnämnden", size=16, font="arial-bold", after=8),
        H("Förslag till beslut", 2),
        P(
            "Valnämnden fastställer budget och verksamhetsplan för 2026. Valnämnden hemställer hos kommunstyrelsen om "
            "ett tillskott på 3,4 miljoner kronor för genomförandet av valen till riksdag, regionfullmäktige och "
            "kommunfullmäktige i september 2026."
        ),
        H("Ärendebeskrivning", 2),
        P(
            "Valnämndens ram för 2026 är 9,6 miljoner kronor. Kostnaden för att genomföra valen beräknas till 13,0 "
            "miljoner kronor, vilket är 3,4 miljoner kronor mer än ramen.",
            O(
                None,
                note=NOT
                + " The cost of next year's election against the frame: no deviation is followed up.",
            ),
        ),
        P(
            "Den högre kostnaden jämfört med valet 2022 beror främst på att arvodet till röstmottagare höjs från 2 300 "
            "kronor till 2 800 kronor per valdag och att antalet vallokaler ökar från 78 till 84 när nya bostadsområden "
            "i södra Örebro får egna valdistrikt.",
            O(None, "lonekostnader", "volymer", note="A comparison with the previous election: other."),
        ),
        table,
        H("Förtidsröstning", 3),
        P(
            "Förtidsröstningen beräknas kosta 2,1 miljoner kronor. Det är 0,5 miljoner kronor mer än 2022, vilket beror "
            "på att röstningslokalen i centrum ska vara öppen i 18 dagar i stället för 12.",
            O("Förtidsröstning", note=NOT + " Against 2022."),
        ),
        H("Lokaler och transporter", 3),
        P(
            "Hyran för vallokaler i skolor och föreningslokaler beräknas till 410 000 kronor, i nivå med 2022 års "
            "kostnad uppräknad med index.",
            O(
                "Lokaler och transporter",
                note=NOT + " 'i nivå med' the previous election, not with a budget.",
            ),
        ),
        H("Statsbidrag", 3),
        P(
            "Kommunen får ett statligt bidrag från Valmyndigheten för förtidsröstningen på cirka 1,3 miljoner kronor. "
            "Bidraget är lägre än vid förra valet, eftersom det beräknas på antalet förtidsröster i kommunen 2022.",
            O(None, "statsbidrag", note="Financing: other."),
        ),
        H("Nämndens kostnader 2025", 2),
        P(
            "Under 2025 har valnämnden inte haft något val att genomföra. Nämndens kostnader har bestått av arvoden "
            "och utbildning av ledamöterna, sammanlagt 190 000 kronor.",
            O(None, note="Supporting figures, no budget comparison."),
        ),
        H("Konsekvenser om tillskott inte beviljas", 2),
        P(
            "Om kommunstyrelsen inte beviljar tillskottet måste valnämnden minska antalet vallokaler eller korta "
            "förtidsröstningens öppettider. Det bedöms inte vara förenligt med Valmyndighetens rekommendationer om "
            "tillgänglighet.",
            O(None, note="Consequences of the financing decision: other."),
        ),
        P(
            "Kostnaden för den extra valdag som krävs om ett omval skulle beslutas ingår inte i budgeten och skulle "
            "uppgå till ungefär 4 miljoner kronor.",
            O(None, note="A risk: other."),
        ),
        H("Uppföljning", 2),
        P(
            "Valnämnden följer upp budgeten i samband med kommunens delårsrapport och lämnar en slutredovisning av "
            "valens kostnader i december 2026."
        ),
        P("Lena Holmqvist, valsamordnare    Erik Åström, kanslichef", size=10.5),
    ]
    return ReportSpec(
        file="orebro-valnamnden-budget-och-verksamhetsplan-2026.pdf",
        report={
            "municipality": "Örebro",
            "committee": ["Valnämnden"],
            "period": ["2026", "2025-11"],
            "report_type": "budgetbeslut",
        },
        metadata={"title": "Budget och verksamhetsplan 2026 för valnämnden", "author": "Örebro kommun"},
        style=style,
        blocks=blocks,
    )
