"""Pajala kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun).

A small kommun's month report in "mkr" whose footer carries the kommunstyrelse's meeting in November: the
full year as a result between two levels followed by "Avvikelsen mot budget är alltså −12,6 mkr" (one item),
one sentence splitting it into the nämnder's "överskrider sina ramar med sammanlagt 17,9 mkr" and tax and
finance "+5,3 mkr" (two items), the change since September without a cause, the period "6,2 mkr lägre än det
periodiserade budgeterade resultatet" in a paragraph of its own; a nämnd table with en-dash minus signs and
September's deviation; en-dash bullets under a generic heading ("Ekonomichefens kommentar per nämnd") in
varied shapes ("Kommunstyrelsen: överskott 2,3 mkr", "går mot ett underskott på 6,4 mkr", "Socialnämnden
–11,7 mkr.", "beräknas överskrida budget med 2,1 mkr (–2,4 mkr i september)", "håller budget"); then the
social committee's verksamheter in a comment table (two reason-only rows taking their cells, "Följer budget",
one with a reason); tax revenue and the finance net in two sentences; investments "avvikelsen på 22,5 mkr"
and a preschool "1,9 mkr dyrare än budgeterat"; two actions, the balanskrav and the population against the
turn of the year (others). DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, CommentTable, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."
ROW = "Reason only: the comment table's cell (mkr, en-dash minus)."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Pajala kommun", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-25", "Dnr KS 2025/312", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Nämndernas prognos 2025, mkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen", "62,4", "60,1", "2,3", "2,0"),
            ("Barn- och utbildningsnämnden", "148,6", "155,0", "–6,4", "–6,9"),
            ("Socialnämnden", "231,2", "242,9", "–11,7", "–12,4"),
            ("Tekniska nämnden", "38,5", "40,6", "–2,1", "–2,4"),
            ("Miljö- och byggnadsnämnden", "4,2", "4,2", "0,0", "0,0"),
            ("Summa nämnder", "484,9", "502,8", "–17,9", "–19,7"),
        ),
        widths=(168.0, 60.0, 60.0, 76.0, 76.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    social = CommentTable(
        header=("Verksamhet", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Äldreomsorg", "118,4", "126,3", "–7,9"),
                "Beviljade hemtjänsttimmar har ökat kraftigt i Junosuando och Korpilombolo sedan januari.",
                C("Äldreomsorg", "–7,9", "-", "volymer", unit="mkr", table=True, note=ROW),
            ),
            (
                ("Individ- och familjeomsorg", "39,6", "44,2", "–4,6"),
                "Två barn har placerats på HVB sedan augusti.",
                C(
                    "Individ- och familjeomsorg",
                    "–4,6",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="mkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("LSS", "52,0", "51,2", "0,8"),
                "Ett boende har haft lägre bemanning under sommaren när två brukare vistats hos anhöriga.",
                C("LSS", "0,8", "+", "bemanning", unit="mkr", table=True, note=ROW),
            ),
            (
                ("Nämnd och administration", "21,2", "21,2", "0,0"),
                "Följer budget.",
                BP("Nämnd och administration"),
            ),
        ),
        widths=(124.0, 50.0, 50.0, 56.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="cond-bold", after=2),
        Title("Pajala kommun – ekonomisk uppföljning januari–oktober", size=11.5, font="cond", after=12),
        H("Sammanfattning", 2),
        P(
            "Kommunens prognos för 2025 är ett resultat på −4,6 mkr, att jämföra med ett budgeterat resultat på "
            "8,0 mkr. Avvikelsen mot budget är alltså −12,6 mkr.",
            C(None, "−12,6 mkr", "-", note="The result between two levels, then the deviation: one item."),
        ),
        P(
            "Nämnderna överskrider sina ramar med sammanlagt 17,9 mkr, medan skatteintäkter och finansposter ger "
            "+5,3 mkr.",
            C(
                "Nämnderna",
                "17,9 mkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Skatteintäkter och finansposter", "+5,3 mkr", "+", note=NO_TAG),),
            ),
        ),
        P("Prognosen har förbättrats med 1,8 mkr sedan september.", F(None, "1,8 mkr", "+")),
        P(
            "Utfallet för januari–oktober är 21,3 mkr, vilket är 6,2 mkr lägre än det periodiserade budgeterade "
            "resultatet.",
            C(None, "6,2 mkr", "-", note="The period against the periodised budgeted result."),
        ),
        committees,
        Space(10),
        H("Ekonomichefens kommentar per nämnd", 2),
        Bullets(
            (
                "Kommunstyrelsen: överskott 2,3 mkr, i huvudsak vakanta tjänster inom näringslivsenheten och lägre "
                "kostnader än befarat för den upphandlade flygtrafiken.",
                "Barn- och utbildningsnämnden går mot ett underskott på 6,4 mkr. Skolskjutsarna har blivit dyrare "
                "efter den nya upphandlingen, och tre elever går i gymnasiesärskola i Luleå, vilket kostar mer än "
                "budgeterat.",
                "Socialnämnden –11,7 mkr. Hemtjänsten har krävt mer personal än budgeterat, och "
                "bemanningssjuksköterskor har anlitats under sommaren. Se vidare tabellen nedan.",
                "Tekniska nämnden beräknas överskrida budget med 2,1 mkr (–2,4 mkr i september) till följd av höga "
                "reparationskostnader för kommunens fordon och en vattenskada i Tärendö skola.",
                "Miljö- och byggnadsnämnden håller budget.",
            ),
            labels=(
                C("Kommunstyrelsen", "2,3 mkr", "+", "vakanser", "kopt_verksamhet"),
                C("Barn- och utbildningsnämnden", "6,4 mkr", "-", "prisokningar", "kopt_verksamhet"),
                C("Socialnämnden", "–11,7 mkr", "-", "bemanning", "inhyrd_personal"),
                C(
                    "Tekniska nämnden",
                    "2,1 mkr",
                    "-",
                    "material_hjalpmedel",
                    "ovrigt",
                    note="September's figure in brackets is not the amount.",
                ),
                BP("Miljö- och byggnadsnämnden"),
            ),
            glyph="–",
        ),
        H("Socialnämndens verksamheter, mkr", 3),
        social,
        H("Skatteintäkter och finansnetto", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 3,9 mkr högre än budgeterat enligt "
            "oktoberprognosen från Sveriges Kommuner och Regioner. Finansnettot blir 1,4 mkr bättre än budget tack "
            "vare lägre räntor på kommunens lån.",
            C(
                "Skatteintäkter och generella statsbidrag",
                "3,9 mkr",
                "+",
                note=NO_TAG + " Two finance items in two sentences of one paragraph: two items.",
                also=(C("Finansnetto", "1,4 mkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten är 64,0 mkr. Prognosen är 41,5 mkr, och avvikelsen på 22,5 mkr beror främst på "
            "att ombyggnaden av reningsverket i Pajala tätort skjuts till 2026.",
            C("Investeringar", "22,5 mkr", "+", "periodisering"),
        ),
        P(
            "Den nya förskolan i Pajala blir 1,9 mkr dyrare än budgeterat, på grund av tjälskador i marken som "
            "krävt extra grundläggningsarbeten.",
            C(
                "Ny förskola i Pajala",
                "1,9 mkr",
                "-",
                "ovrigt",
                note="An investment overrun from frost damage.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen beslutade i september om ett generellt inköpsstopp till årets slut, som beräknas ge 1,5 "
            "mkr.",
            A(None, "1,5 mkr"),
        ),
        P(
            "Socialnämnden ska redovisa en åtgärdsplan för hemtjänsten vid sitt sammanträde i november.",
            A("Socialnämnden", None, "bemanning"),
        ),
        H("Balanskrav och befolkning", 2),
        P(
            "Med nuvarande prognos uppfylls inte balanskravet, och underskottet måste återställas inom tre år.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Kommunens befolkning var 5 982 invånare den 30 september, 41 färre än vid årsskiftet. Minskningen "
            "påverkar skatteintäkterna först nästa år.",
            O(None, note="Population against the turn of the year: other."),
        ),
    ]
    return ReportSpec(
        file="pajala-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Pajala",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Pajala kommun"},
        style=style,
        blocks=blocks,
    )
