"""Gävle kommun, Kultur- och fritidsnämnden, delårsrapport per april 2025.

Two columns throughout. A whole-unit summary without a reason ("Verksamheten prognostiserar ett
samlat överskott på 2,5 mnkr"), a period deviation explained by timing, a narrow table in mnkr, one
heading per verksamhet with amounts in words and hedges ("drygt en halv miljon kronor", "en halv
miljon", "omkring 1,5 miljoner kronor", "ca 2 100 tkr … Orsaken är …"), a balanced item, a forecast
change, an action with its effect, equity (eget kapital) and a year-on-year visitor figure (other).
DejaVu Sans Condensed 9 pt.

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.0,
        leading=1.35,
        para_gap=5.0,
        heading_sizes=(13.0, 10.5, 9.5),
        margins=(54.0, 66.0, 54.0, 66.0),
        gutter=24.0,
        header=lambda n, m: ("Gävle kommun | Kultur- och fritidsnämnden", "Delårsrapport april 2025"),
        footer=lambda n, m: ("", "", f"{n} ({m})"),
        header_size=7.5,
    )
    table = Table(
        caption="Budget och prognos per verksamhet, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avv."),),
        rows=(
            ("Nämnd och ledning", "6,1", "6,0", "0,1"),
            ("Bibliotek", "48,3", "47,7", "0,6"),
            ("Kulturskola", "31,2", "31,7", "−0,5"),
            ("Fritidsgårdar och unga", "22,6", "22,1", "0,5"),
            ("Idrottsanläggningar", "71,4", "72,6", "−1,2"),
            ("Badhus", "28,9", "27,4", "1,5"),
            ("Föreningsbidrag", "24,5", "22,4", "2,1"),
            ("Evenemang", "9,8", "9,8", "0,0"),
            ("Konsthall och kultur", "19,4", "20,0", "−0,6"),
            ("Summa", "262,2", "259,7", "2,5"),
        ),
        widths=(108.0, 40.0, 44.0, 40.0),
        bold_rows=frozenset({9}),
        rules=True,
        size=8.0,
    )
    blocks = [
        Title("Delårsrapport per april 2025", size=18, font="cond-bold"),
        Title("Kultur- och fritidsnämnden", size=12, font="cond", after=12),
        Columns(2),
        H("Ekonomiskt utfall och prognos", 1),
        P(
            "Verksamheten prognostiserar ett samlat överskott på 2,5 mnkr för helåret.",
            C(None, "2,5 mnkr", "+", note="Whole-unit forecast without a reason."),
        ),
        P(
            "Utfallet för januari–april är 1,9 mnkr bättre än periodiserad budget, men en del av överskottet "
            "beror på att kostnaderna för sommarens evenemang kommer senare under året.",
            C(None, "1,9 mnkr", "+", "periodisering", note="Period deviation against the periodised budget."),
        ),
        P(
            "Jämfört med prognosen i februari har överskottet ökat med 0,8 mnkr, främst inom föreningsbidragen.",
            F(None, "0,8 mnkr", "+"),
        ),
        table,
        H("Bibliotek", 2),
        P(
            "Biblioteken beräknas lämna ett överskott på drygt en halv miljon kronor. Två bibliotekarietjänster "
            "har varit vakanta sedan årsskiftet.",
            C(
                "Bibliotek",
                "drygt en halv miljon kronor",
                "+",
                "vakanser",
                value=500_000,
                note="Prose amount; table +0,6.",
            ),
        ),
        H("Kulturskola", 2),
        P(
            "Kulturskolans avgiftsintäkter blir en halv miljon lägre än budgeterat. Fler elever än beräknat har "
            "beviljats avgiftsbefrielse sedan syskonrabatten utökades.",
            C("Kulturskola", "en halv miljon", "-", "avgifter_intakter", value=500_000),
        ),
        H("Fritidsgårdar och unga", 2),
        P(
            "Statsbidraget för lovaktiviteter blev ungefär 0,5 mnkr högre än vad som antogs i budgeten, och "
            "aktiviteterna har inte utökats i motsvarande grad.",
            C("Fritidsgårdar och unga", "ungefär 0,5 mnkr", "+", "statsbidrag"),
        ),
        H("Idrottsanläggningar", 2),
        P(
            "Energikostnaderna för ishallarna väntas bli drygt en miljon kronor högre än budgeterat. Därtill har "
            "kylaggregatet i den större ishallen behövt repareras efter ett haveri i mars.",
            C(
                "Idrottsanläggningar",
                "drygt en miljon kronor",
                "-",
                "prisokningar",
                "ovrigt",
                value=1_000_000,
                note="Prose amount ('drygt en miljon'); table −1,2. Breakdown repair: ovrigt.",
            ),
        ),
        P(
            "För att minska energiförbrukningen sänks temperaturen i ishallarna och ventilationen styrs efter "
            "beläggning. Effekten beräknas till 0,3 mnkr under resten av året.",
            A("Idrottsanläggningar", "0,3 mnkr", "prisokningar"),
        ),
        H("Badhus", 2),
        P(
            "Entréintäkterna i badhuset väntas bli omkring 1,5 miljoner kronor högre än budgeterat, då "
            "besöksantalet har ökat efter renoveringen av äventyrsbadet.",
            C("Badhus", "omkring 1,5 miljoner kronor", "+", "avgifter_intakter", "volymer"),
        ),
        H("Föreningsbidrag", 2),
        P(
            "Anslaget för föreningsbidrag kommer inte att förbruka ca 2 100 tkr. Orsaken är att färre "
            "föreningar än beräknat har sökt investeringsbidrag för sina anläggningar.",
            C("Föreningsbidrag", "ca 2 100 tkr", "+", "volymer"),
        ),
        H("Evenemang", 2),
        P("Evenemangsbudgeten bedöms förbrukas helt.", BP("Evenemang")),
        H("Konsthall och kultur", 2),
        P(
            "Konsthallens kostnader överstiger budget med 0,6 mnkr. Försäkring och transporter för vårens "
            "internationella utställning blev dyrare än i offerten.",
            C("Konsthall och kultur", "0,6 mnkr", "-", "prisokningar"),
        ),
        H("Tilläggsanslag", 2),
        P(
            "Kommunfullmäktige beviljade i mars nämnden ett tilläggsanslag på 0,4 mnkr för sommarlovsaktiviteter. "
            "Anslaget ingår i den budget som prognosen jämförs med.",
            O(
                None,
                amount="0,4 mnkr",
                note="Financing statement (supplementary appropriation), not a deviation.",
            ),
        ),
        H("Eget kapital", 2),
        P(
            "Nämndens eget kapital uppgår till 3,4 mnkr. Nämnden föreslår att 1,0 mnkr av årets överskott "
            "avsätts till eget kapital för upprustning av spontanidrottsplatser.",
            O("Eget kapital", "reserver", note="Equity and a proposed allocation: other."),
        ),
        H("Verksamhet", 2),
        P(
            "Besöken på biblioteken har ökat med 7 procent jämfört med samma period föregående år, vilket beror "
            "på de utökade öppettiderna på stadsbiblioteket.",
            O("Bibliotek", note="Year-on-year visitor figure with 'beror på'."),
        ),
        P(
            "Sjukfrånvaron var 4,8 procent under perioden, vilket är i nivå med föregående år.",
            O(None, "sjukfranvaro", note="Year-on-year staff figure."),
        ),
        P(
            "Målet att andelen flickor bland deltagarna i föreningarnas aktiviteter ska överstiga 45 procent "
            "uppnås inte; utfallet för perioden är 41 procent.",
            O("Föreningsbidrag", note="Goal follow-up."),
        ),
    ]
    return ReportSpec(
        file="gavle-kfn-delarsrapport-2025-04.pdf",
        report={
            "municipality": "Gävle",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025-04"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport per april 2025 Kultur- och fritidsnämnden",
            "author": "Gävle kommun",
        },
        style=style,
        blocks=blocks,
    )
