"""Fyrbodals kommunalförbund, Förbundsstyrelsen, årsredovisning 2025.

A regional cooperation body's annual report (fourteen member kommuner), in tkr with a few mnkr, footer with
the förbundsstyrelse's adoption date in March: the result "1 734 tkr bättre än planerat" (the number broken
across two lines at its thousands space) after the result and the budgeted result as levels, the reasons in a
paragraph of their own (amount null); a table of net results per verksamhetsområde with a column of last
year's deviations; two columns of bold run-in areas with a full stop: vacancies, "gick därför 360 tkr back" followed by an action, a reason-only area (the table's
"650"), "Överskottet blev 0,26 mnkr", the projects' net contribution "1 444 tkr mot budgeterade 900 tkr"
(544 tkr never written out) beside a turnover of 38,4 mnkr, and member fees that "motsvarade budget"
(boilerplate) with a fee per inhabitant; then regional development funds administered for the region with an
unallocated remainder carried over, costs against last year, equity and a fund, and the outlook (all
other). 7 scored causes. DejaVu Serif Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        gutter=20.0,
        header=lambda n, m: ("Fyrbodals kommunalförbund", "Årsredovisning 2025"),
        footer=lambda n, m: ("Fastställd av förbundsstyrelsen 2026-03-19", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhetsområde 2025, tkr",
        header=(("", "Budget 2025", "Utfall 2025", "Avvikelse", "Avvikelse 2024"),),
        rows=(
            ("Medlemsavgifter", "13 860", "13 860", "0", "0"),
            ("Regional utveckling", "−5 420", "−4 780", "640", "210"),
            ("Kompetensplattform och utbildning", "−2 950", "−3 310", "−360", "−120"),
            ("FoU och välfärd", "−3 180", "−2 530", "650", "40"),
            ("Kansli och administration", "−2 760", "−2 500", "260", "−90"),
            ("Projektverksamhet, netto", "900", "1 444", "544", "310"),
            ("Årets resultat", "450", "2 184", "1 734", "350"),
        ),
        widths=(172.0, 70.0, 70.0, 68.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Årsredovisning 2025", size=20, font="serif-cond-bold", after=2),
        Title("Fyrbodals kommunalförbund", size=12.5, font="serif-cond", after=14),
        H("Förvaltningsberättelse", 1),
        P(
            "Fyrbodals kommunalförbund är ett samverkansorgan för de fjorton kommunerna i Bohuslän, Dalsland och "
            "norra Västergötland. Förbundet arbetar med regional utveckling, kompetensförsörjning och "
            "kunskapsutveckling inom välfärden på uppdrag av medlemskommunerna och Västra Götalandsregionen."
        ),
        H("Årets resultat", 2),
        P(
            "Förbundets resultat för 2025 uppgår till 2 184 tkr. Med ett budgeterat resultat på 450 tkr blev utfallet "
            "1 734 tkr bättre än planerat.",
            C(None, "1 734 tkr", "+", note="The result and the budgeted result are levels, not the amount."),
        ),
        P(
            "Det positiva resultatet har i huvudsak två förklaringar: tjänster som har stått obesatta under delar av "
            "året och att en större del av förbundets administrationskostnader än beräknat har kunnat finansieras "
            "av de EU-finansierade projekten.",
            C(
                None,
                None,
                "+",
                "vakanser",
                "avgifter_intakter",
                note="The result's reasons in a paragraph of their own: amount null. Project funding of "
                "overheads is a revenue: avgifter_intakter.",
            ),
        ),
        table,
        H("Verksamhetsområdenas ekonomi", 2),
        Columns(2),
        LP(
            "Regional utveckling.",
            "Området redovisar ett överskott på 640 tkr, nästan helt beroende på att tjänsten som processledare för "
            "infrastruktur var obesatt från mars till september.",
            C("Regional utveckling", "640 tkr", "+", "vakanser"),
        ),
        LP(
            "Kompetensplattform och utbildning.",
            "Den gemensamma ledarutbildningen för kommunernas chefer kostade mer än kursavgifterna täckte, eftersom "
            "antalet deltagare blev större än planerat och kursen fick delas i två grupper. Området gick därför 360 "
            "tkr back.",
            C(
                "Kompetensplattform och utbildning",
                "360 tkr",
                "-",
                "volymer",
                note="'Gick därför 360 tkr back': a deficit, the amount after the reason.",
            ),
            (
                "Från 2026 höjs kursavgiften så att den täcker hela kostnaden.",
                A("Kompetensplattform och utbildning", None, "avgifter_intakter"),
            ),
        ),
        LP(
            "FoU och välfärd.",
            "En forskningsledartjänst delfinansierades av Högskolan Väst under hösten, och brukarundersökningen inom "
            "socialtjänsten genomfördes i egen regi i stället för att köpas av ett konsultföretag.",
            C(
                "FoU och välfärd",
                "650",
                "+",
                "avgifter_intakter",
                "inhyrd_personal",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell. A consultant not bought: inhyrd_personal.",
            ),
        ),
        LP(
            "Kansli och administration.",
            "Kansliet flyttade i februari till mindre lokaler i Vänersborg, och hyreskostnaden sjönk. Överskottet "
            "blev 0,26 mnkr.",
            C("Kansli och administration", "0,26 mnkr", "+", "lokaler"),
        ),
        LP(
            "Projektverksamhet.",
            "De externt finansierade projekten, med en sammanlagd omslutning på 38,4 mnkr, gav ett nettobidrag till "
            "förbundets gemensamma kostnader på 1 444 tkr mot budgeterade 900 tkr.",
            C(
                "Projektverksamhet",
                "1 444 tkr mot budgeterade 900 tkr",
                "+",
                value=544_000,
                note="The deviation (544 tkr) is never written out: the computed value, the amount text as written. "
                "The turnover is a level. No reason given: no tags.",
            ),
        ),
        LP(
            "Medlemsavgifter.",
            "Medlemsavgiften var 49 kronor per invånare och intäkterna motsvarade budget.",
            BP(
                "Medlemsavgifter", note="'Motsvarade budget': boilerplate. The fee per inhabitant is a level."
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Delregionala utvecklingsmedel", 2),
        P(
            "Förbundet förvaltar också de delregionala utvecklingsmedlen från Västra Götalandsregionen, 12,0 mnkr för "
            "2025. Av dessa beviljades 10,6 mnkr till projekt, och de 1,4 mnkr som inte fördelades förs över till "
            "2026.",
            O(
                "Delregionala utvecklingsmedel",
                note="Funds administered for the region, not the förbund's budget: other.",
            ),
        ),
        H("Jämförelse med föregående år", 2),
        P(
            "Verksamhetens nettokostnader minskade med 3 procent jämfört med 2024, främst på grund av att två projekt "
            "inom energiomställning avslutades.",
            O(None, note="Against the previous year: other."),
        ),
        H("Eget kapital och balanskrav", 2),
        P(
            "Balanskravet är uppfyllt. Efter årets resultat uppgår det egna kapitalet till 9,7 mnkr, och "
            "förbundsstyrelsen föreslår att 1,0 mnkr av överskottet avsätts till en utvecklingsfond för gemensamma "
            "digitaliseringsinsatser.",
            O(None, "reserver", note="Balanskrav, equity and a fund: other."),
        ),
        H("Förväntad utveckling", 2),
        P(
            "För 2026 räknas medlemsavgiften upp med 2,5 procent. Samtidigt minskar regionens bidrag till "
            "kompetensplattformen, vilket kan kräva prioriteringar inom området.",
            O("Kompetensplattform och utbildning", note="Outlook: other."),
        ),
    ]
    return ReportSpec(
        file="fyrbodals-kommunalforbund-arsredovisning-2025.pdf",
        report={
            "municipality": ["Fyrbodals kommunalförbund", "Fyrbodal", "Kommunalförbundet Fyrbodal"],
            "committee": ["Förbundsstyrelsen"],
            "period": ["2025"],
            "report_type": "årsredovisning",
        },
        metadata={
            "title": "Årsredovisning 2025 Fyrbodals kommunalförbund",
            "author": "Fyrbodals kommunalförbund",
        },
        style=style,
        blocks=blocks,
    )
