"""Dals-Eds kommun, Kommunstyrelsen, tertialrapport 1 2026 (the whole kommun).

A small kommun's first tertial report in "Mkr", where the kommunstyrelse runs every sektor, footer with the
kommunstyrelse's meeting date in May: the period's result with no budget comparison (a level, other) and
the full year "landar på 2,1 Mkr, vilket är 4,4 Mkr lägre än det budgeterade resultatet" in the next sentence;
the sektorer's deficit and the finance function's "ett plus på 4,9 Mkr" in two sentences (two items); a sektor
table with a column of last year's deviations and a sentence comparing the deficit with last year's outcome
(other); under a generic heading one bullet per sektor in varied shapes ("Sektor omsorg −6,9 Mkr:", "spås
ett minusresultat om", "förklarar hela underskottet på", "väntas lämna 1,1 Mkr över", "avvikelsen är liten,
+0,4 Mkr"); tax revenue in one sentence, pensions and the finance net in the next (three items, no tags);
investments "ett underutnyttjande med 4,5 Mkr"; an action without an effect and sick leave against last year
(other). 12 scored causes. DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.5, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(62.0, 78.0, 62.0, 74.0),
        header=lambda n, m: ("Dals-Eds kommun", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-05-27", "Dnr KS 2026/112", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Tabell 1. Prognos per sektor 2026, Mkr",
        header=(
            ("", "Budget", "Prognos", "Budget-", "Avvikelse"),
            ("", "2026", "2026", "avvikelse", "bokslut 2025"),
        ),
        rows=(
            ("Kommunledning och stab", "38,2", "37,1", "1,1", "0,8"),
            ("Sektor utbildning", "112,6", "115,4", "−2,8", "−3,5"),
            ("Sektor omsorg", "141,9", "148,8", "−6,9", "−5,2"),
            ("Sektor samhällsbyggnad", "29,4", "30,5", "−1,1", "0,4"),
            ("Kultur och fritid", "9,8", "9,4", "0,4", "0,2"),
            ("Summa sektorer", "331,9", "341,2", "−9,3", "−7,3"),
            ("Finansiering", "", "", "4,9", "3,1"),
            ("Totalt", "", "", "−4,4", "−4,2"),
        ),
        widths=(160.0, 70.0, 70.0, 80.0, 90.0),
        bold_rows=frozenset({5, 7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="serif-bold", after=2),
        Title("Dals-Eds kommun – uppföljning januari–april", size=12, font="serif-italic", after=14),
        H("Ekonomisk översikt", 1),
        PS(
            (
                "Kommunen redovisar för årets fyra första månader ett resultat på 7,8 Mkr.",
                O(None, note="The period's result with no budget comparison: a level."),
            ),
            (
                "Helårsprognosen landar på 2,1 Mkr, vilket är 4,4 Mkr lägre än det budgeterade resultatet på 6,5 Mkr.",
                C(
                    None,
                    "4,4 Mkr",
                    "-",
                    note="The forecast result and the budgeted result are levels, not the amount.",
                ),
            ),
        ),
        PS(
            (
                "Sektorerna prognostiserar sammantaget ett underskott mot budget på 9,3 Mkr.",
                C("Sektorerna", "9,3 Mkr", "-"),
            ),
            (
                "Finansieringen, där skatteintäkter, generella statsbidrag, pensioner och finansnetto ingår, väntas "
                "ge ett plus på 4,9 Mkr.",
                C("Finansiering", "4,9 Mkr", "+", note=NO_TAG + " 'Ett plus på'."),
            ),
        ),
        table,
        P(
            "Underskottet i sektorerna är 2,0 Mkr större än utfallet i bokslutet för 2025.",
            O(
                "Sektorerna",
                note="Against last year's outcome, not the budget or an earlier forecast: other.",
            ),
        ),
        H("Sektorernas prognoser i korthet", 2),
        Bullets(
            (
                "Sektor omsorg −6,9 Mkr: hemtjänsten har fler brukare med behov av dubbelbemanning än när budgeten "
                "lades, och en korttidsplats har köpts från Bengtsfors kommun under hela perioden. Vakanta "
                "sjukskötersketjänster har täckts med sjuksköterskor från bemanningsföretag.",
                "För sektor utbildning spås ett minusresultat om 2,8 Mkr. Fler gymnasieelever än beräknat läser i "
                "Åmål och Uddevalla, och de interkommunala ersättningarna är den största enskilda posten i "
                "avvikelsen.",
                "Sektor samhällsbyggnad: vinterväghållningen i januari och februari kostade betydligt mer än ett "
                "normalår och förklarar hela underskottet på 1,1 Mkr.",
                "Kommunledning och stab väntas lämna 1,1 Mkr över, eftersom upphandlingen av ett nytt ekonomisystem "
                "har skjutits till 2027.",
                "Inom kultur och fritid är avvikelsen liten, +0,4 Mkr, och förklaras av att simhallen har kortare "
                "öppettider medan ventilationen byggs om.",
            ),
            labels=(
                C(
                    "Sektor omsorg",
                    "−6,9 Mkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    "vakanser",
                    "inhyrd_personal",
                    note="Double staffing for more users' needs: volymer.",
                ),
                C(
                    "Sektor utbildning",
                    "2,8 Mkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    note="'Spås ett minusresultat om'. Interkommunal ersättning: kopt_verksamhet.",
                ),
                C(
                    "Sektor samhällsbyggnad",
                    "1,1 Mkr",
                    "-",
                    "ovrigt",
                    note="Winter road maintenance: ovrigt.",
                ),
                C(
                    "Kommunledning och stab",
                    "1,1 Mkr",
                    "+",
                    "it_digitalisering",
                    "periodisering",
                    note="'Väntas lämna 1,1 Mkr över': a surplus.",
                ),
                C(
                    "Kultur och fritid",
                    "+0,4 Mkr",
                    "+",
                    "ovrigt",
                    note="Shorter opening hours during a rebuild: ovrigt, like a repair closure.",
                ),
            ),
        ),
        H("Finansiering", 2),
        PS(
            (
                "Skatteunderlagsprognosen från februari ger 2,6 Mkr mer i skatteintäkter än budgeterat.",
                C("Skatteintäkter", "2,6 Mkr", "+", note=NO_TAG),
            ),
            (
                "Pensionskostnaderna bedöms bli 1,5 Mkr lägre än budget och finansnettot 0,8 Mkr bättre, det senare "
                "till följd av högre ränta på kommunens likvida medel.",
                C(
                    "Pensionskostnader",
                    "1,5 Mkr",
                    "+",
                    note=NO_TAG + " Two items in one sentence.",
                    also=(C("Finansnetto", "0,8 Mkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 omfattar 24,0 Mkr, och till och med april har 3,1 Mkr upparbetats. "
            "Prognosen för helåret är 19,5 Mkr, dvs. ett underutnyttjande med 4,5 Mkr, i huvudsak för att "
            "renoveringen av biblioteket har skjutits upp till 2027.",
            C(
                "Investeringar",
                "4,5 Mkr",
                "+",
                "periodisering",
                note="'Underutnyttjande': investment under-spending, positive. Budget, spent and forecast are levels.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Sektor omsorg har infört veckovis bemanningsplanering i hemtjänsten och ska under maj pröva samtliga "
            "beslut om dubbelbemanning på nytt.",
            A("Sektor omsorg", None, "bemanning"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron under perioden var 7,4 procent, jämfört med 8,1 procent för motsvarande period 2025.",
            O(None, "sjukfranvaro", note="Sick leave against last year: other."),
        ),
    ]
    return ReportSpec(
        file="dals-ed-ks-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Dals-Ed",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026", "author": "Dals-Eds kommun"},
        style=style,
        blocks=blocks,
    )
