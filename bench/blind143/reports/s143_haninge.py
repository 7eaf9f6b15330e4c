"""Haninge kommun, Kommunstyrelsen, tertialrapport 1 2026 (the whole kommun, per april).

A whole-kommun tertial report in "mnkr" with hyphen-minus signs, set in Liberation Sans (Arial), whose footer
carries the kommunstyrelse's meeting date in May: the period's result against the periodised budget with a
seasonal reason (a cause), the full year "42,5 mnkr lägre än budgeterat" in a sentence of its own, one sentence
with the nämnder's deficit and the finance function's surplus joined by "medan" (two items); a nämnd table
with February's deviation; under a generic heading ("Ekonomienhetens kommentar per nämnd") one bullet per
nämnd in varied shapes: "Socialnämnden: underskott 22,4 mnkr." with reasons in a fragment, "en prognos som är
15,1 mnkr sämre än budget", a possessive with the amount between commas ("Grundskolenämndens prognostiserade
underskott, 9,6 mnkr, kan härledas till"), "+3,1 mnkr", "För … beräknas kostnaderna överstiga ramen", a
bracketed February figure, "knappt två miljoner kronor" in words, "bedöms klara sin budget" (boilerplate) and
the kommunstyrelse's own surplus last; tax revenue and general grants as a "respektive" pair and pensions and
the finance net in one sentence (four items, no tags); the change since February (a forecast change);
investments after a budget and an outcome ("en avvikelse på 126 mnkr"), a delayed school and a swimming-hall
overrun caused by damp; two actions after an unlabelled lead-in, a risk and the balanskrav (others).
19 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, Para, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Haninge kommun", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-05-25", "KS 2026/212", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Tabell 2. Nämndernas prognos för helåret 2026, mnkr (minus = underskott)",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse", "Avvikelse feb"),),
        rows=(
            ("Kommunstyrelsen", "268,5", "267,6", "0,9", "0,5"),
            ("Socialnämnden", "412,0", "434,4", "-22,4", "-15,2"),
            ("Äldrenämnden", "905,3", "920,4", "-15,1", "-11,8"),
            ("Grundskolenämnden", "1 242,8", "1 252,4", "-9,6", "-8,1"),
            ("Förskolenämnden", "598,6", "595,5", "3,1", "2,6"),
            ("Gymnasie- och vuxenutbildningsnämnden", "402,1", "410,1", "-8,0", "-7,4"),
            ("Stadsbyggnadsnämnden", "38,7", "40,8", "-2,1", "-1,5"),
            ("Tekniska nämnden", "186,4", "184,5", "1,9", "1,2"),
            ("Kultur- och fritidsnämnden", "171,2", "171,2", "0,0", "0,0"),
            ("Summa nämnder", "4 225,6", "4 276,9", "-51,3", "-39,7"),
        ),
        widths=(190.0, 58.0, 58.0, 66.0, 76.0),
        bold_rows=frozenset({9}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=2),
        Title("Haninge kommun, uppföljning januari–april", size=12, font="arial-italic", after=12),
        P(
            "Tertialrapporten redovisar kommunens ekonomiska läge efter årets fyra första månader och nämndernas "
            "prognoser för helåret. Rapporten behandlas av kommunstyrelsen i maj och därefter av "
            "kommunfullmäktige."
        ),
        H("Kommunens resultat", 1),
        P(
            "Resultatet för januari–april uppgår till 61,4 mnkr. Jämfört med den periodiserade budgeten är det en "
            "positiv avvikelse på 8,7 mnkr, som till största delen förklaras av att kostnaderna för underhåll av "
            "gator och fastigheter normalt är lägre under årets första månader.",
            C(
                None,
                "8,7 mnkr",
                "+",
                "periodisering",
                note="The period against the periodised budget with a seasonal reason: a cause.",
            ),
        ),
        P(
            "Helårsprognosen pekar mot ett resultat på 32,0 mnkr, vilket är 42,5 mnkr lägre än budgeterat.",
            C(None, "42,5 mnkr", "-", note="The full year against the budgeted result."),
        ),
        P(
            "Nämnderna prognostiserar tillsammans ett underskott på 51,3 mnkr medan finansen väntas ge ett "
            "överskott på 8,8 mnkr.",
            C(
                "Nämnderna",
                "51,3 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansen", "8,8 mnkr", "+", note=NO_TAG),),
            ),
        ),
        committees,
        Space(10),
        H("Ekonomienhetens kommentar per nämnd", 2),
        Bullets(
            (
                "Socialnämnden: underskott 22,4 mnkr. Fler placeringar av barn och unga på HVB och i familjehem "
                "än budgeterat, samt högre kostnader för skyddat boende.",
                "Äldrenämnden visar en prognos som är 15,1 mnkr sämre än budget. Antalet beviljade "
                "hemtjänsttimmar har ökat med 9 procent sedan årsskiftet och sjukfrånvaron i egen regi ligger "
                "högre än planerat.",
                "Grundskolenämndens prognostiserade underskott, 9,6 mnkr, kan härledas till minskade statsbidrag "
                "för lågstadiesatsningen och dyrare skolskjutsar efter den nya upphandlingen.",
                "Förskolenämnden lämnar en prognos på +3,1 mnkr då antalet barn i förskolan är lägre än i "
                "budgeten.",
                "För Gymnasie- och vuxenutbildningsnämnden beräknas kostnaderna överstiga ramen med 8,0 mnkr, "
                "främst till följd av att fler elever än beräknat går nationella program i andra kommuner.",
                "Stadsbyggnadsnämnden -2,1 mnkr (-1,5 i februari). Intäkterna från bygglov har minskat i takt "
                "med att bostadsbyggandet i kommunen har gått ned.",
                "Tekniska nämnden beräknar ett överskott om knappt två miljoner kronor, eftersom vintern blev "
                "mildare än normalt och kostnaderna för snöröjning därmed lägre.",
                "Kultur- och fritidsnämnden bedöms klara sin budget.",
                "Kommunstyrelsens egna verksamheter bedöms ge ett överskott på 0,9 mnkr till följd av vakanta "
                "tjänster inom HR och kommunikation.",
            ),
            labels=(
                C("Socialnämnden", "22,4 mnkr", "-", "kopt_verksamhet", "volymer"),
                C("Äldrenämnden", "15,1 mnkr", "-", "volymer", "sjukfranvaro"),
                C(
                    "Grundskolenämnden",
                    "9,6 mnkr",
                    "-",
                    "statsbidrag",
                    "prisokningar",
                    note="A possessive with the amount between commas; a dearer transport contract is prisokningar.",
                ),
                C("Förskolenämnden", "+3,1 mnkr", "+", "volymer"),
                C(
                    "Gymnasie- och vuxenutbildningsnämnden",
                    "8,0 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="Pupils in other kommuners' programmes: kopt_verksamhet.",
                ),
                C(
                    "Stadsbyggnadsnämnden",
                    "-2,1 mnkr",
                    "-",
                    "avgifter_intakter",
                    note="February's figure in brackets is not the amount.",
                ),
                C(
                    "Tekniska nämnden",
                    "knappt två miljoner kronor",
                    "+",
                    "ovrigt",
                    value=2_000_000,
                    note="An amount in words (the table says 1,9); a mild winter is ovrigt.",
                ),
                BP("Kultur- och fritidsnämnden"),
                C("Kommunstyrelsen", "0,9 mnkr", "+", "vakanser"),
            ),
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag väntas bli 5,2 respektive 1,4 mnkr högre än budget.",
            C(
                "Skatteintäkter",
                "5,2",
                "+",
                unit="mnkr",
                note=NO_TAG + " A 'respektive' pair: two items, the unit written once.",
                also=(C("Generella statsbidrag", "1,4 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Pensionskostnaderna beräknas överstiga budget med 2,3 mnkr, men finansnettot blir 4,5 mnkr bättre "
            "än budgeterat tack vare lägre räntor på kommunens lån.",
            C(
                "Pensionskostnader",
                "2,3 mnkr",
                "-",
                note=NO_TAG + " Two finance items in one sentence: two items.",
                also=(C("Finansnetto", "4,5 mnkr", "+", note=NO_TAG),),
            ),
        ),
        H("Förändring jämfört med februari", 2),
        P(
            "Jämfört med prognosen i februari har helårsresultatet försämrats med 11,2 mnkr, främst inom "
            "socialnämnden och äldrenämnden.",
            F(None, "11,2 mnkr", "-"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 uppgår till 612 mnkr. Utfallet efter april är 118 mnkr och prognosen "
            "för helåret 486 mnkr, vilket innebär en avvikelse på 126 mnkr.",
            C("Investeringar", "126 mnkr", "+", note="Investment under-spending (positive); no reason here."),
        ),
        Para(
            (
                (
                    "Den största avvikelsen avser nya Dalgångsskolan, där byggstarten har skjutits upp till hösten "
                    "och 58 mnkr inte kommer att förbrukas i år.",
                    C(
                        "Dalgångsskolan",
                        "58 mnkr",
                        "+",
                        "periodisering",
                        note="Investment: a delayed project.",
                    ),
                ),
                (
                    "Ombyggnaden av Ekdungens badhus blir i stället 7,5 mnkr dyrare än projektbudgeten, på grund "
                    "av fuktskador i bjälklaget som upptäcktes vid rivningen.",
                    C(
                        "Ekdungens badhus",
                        "7,5 mnkr",
                        "-",
                        "ovrigt",
                        note="Investment overrun; damage is ovrigt.",
                    ),
                ),
            )
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Nämnder som prognostiserar underskott ska redovisa åtgärder till kommunstyrelsen i juni.",
                None,
            ),
            (
                "Socialnämnden har inrättat en placeringsgrupp som prövar alla nya placeringar och beräknar att "
                "det minskar kostnaderna med 3,0 mnkr under året.",
                A("Socialnämnden", "3,0 mnkr", "kopt_verksamhet"),
            ),
            (
                "Äldrenämnden ser över schemaläggningen i hemtjänsten.",
                A("Äldrenämnden", None, "bemanning"),
            ),
        ),
        H("Risker och balanskrav", 2),
        P(
            "Prognosen för försörjningsstödet är osäker, eftersom arbetslösheten i kommunen fortsätter att öka.",
            O(None, "ekonomiskt_bistand", note="A risk."),
        ),
        P(
            "Balanskravsresultatet beräknas till 29,6 mnkr och balanskravet uppfylls.",
            O(None, note="Balanskrav."),
        ),
    ]
    return ReportSpec(
        file="haninge-ks-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Haninge",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026", "author": "Haninge kommun"},
        style=style,
        blocks=blocks,
    )
