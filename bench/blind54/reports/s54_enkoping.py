"""Enköpings kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in mnkr with U+2212 minus signs in its table: the period's result and its
deviation "38,1 mnkr mer än det periodiserade budgeterade resultatet" (two sentences, one item), the full year
"17,4 mnkr lägre än budget" in a paragraph of its own, one sentence splitting it into the nämnder's "underskott
på 44,9 mnkr" and the finance function's "överskott på 27,5 mnkr" (two items), the change since April with its
cause; a table per nämnd with the deviation now and in April; en-dash bullets under a generic heading
("Ekonomistabens kommentar") in varied shapes ("underskottet beräknas till", "överskrider ramen med", "För
vård- och omsorgsnämnden blir utfallet … sämre än budget", "visar ett överskott på", "ett mindre överskott, 1,4
mnkr," and two nämnder that "bedöms hålla sina budgetar", two boilerplate items); the finance function's three
parts in one sentence (a "respektive" pair after "medan"); investments "Att 134 mnkr inte förbrukas" and a
project "4,2 mnkr dyrare än projektbudgeten"; an action with its effect, a financial goal and an uncertainty
(others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Enköpings kommun", "Delårsrapport 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-09-30", "", f"Sida {n} av {m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 2. Helårsprognos per nämnd 2025, mnkr (avvikelse: positivt = bättre än budget)",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse", "Avvikelse april"),),
        rows=(
            ("Kommunstyrelsen", "412,0", "405,8", "6,2", "4,0"),
            ("Utbildningsnämnden", "1 320,5", "1 338,8", "−18,3", "−15,9"),
            ("Socialnämnden", "398,2", "422,8", "−24,6", "−19,1"),
            ("Vård- och omsorgsnämnden", "905,7", "915,5", "−9,8", "−8,1"),
            ("Kultur- och fritidsnämnden", "121,3", "119,9", "1,4", "0,8"),
            ("Byggnads- och miljönämnden", "24,6", "24,4", "0,2", "0,0"),
            ("Överförmyndarnämnden", "7,9", "7,9", "0,0", "0,0"),
            ("Summa nämnder", "3 190,2", "3 235,1", "−44,9", "−38,3"),
            ("Finansförvaltningen", "", "", "27,5", "27,2"),
            ("Kommunen totalt", "", "", "−17,4", "−11,1"),
        ),
        widths=(170.0, 62.0, 62.0, 66.0, 84.0),
        bold_rows=frozenset({7, 9}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="sans-bold", after=2),
        Title("Enköpings kommun", size=12, font="sans", after=14),
        H("Förvaltningsberättelse", 1),
        H("Ekonomiskt resultat", 2),
        P(
            "Kommunens resultat för perioden januari–augusti uppgår till 142,6 mnkr. Det är 38,1 mnkr mer än det "
            "periodiserade budgeterade resultatet.",
            C(None, "38,1 mnkr", "+", note="The period's deviation after its level: one item, no reason."),
        ),
        P(
            "Helårsprognosen pekar mot ett resultat på 61,0 mnkr, vilket är 17,4 mnkr lägre än budget.",
            C(None, "17,4 mnkr", "-", note="The full year in a paragraph of its own."),
        ),
        P(
            "Avvikelsen för helåret förklaras av att nämnderna sammantaget prognostiserar ett underskott på 44,9 "
            "mnkr, medan finansförvaltningen väntas lämna ett överskott på 27,5 mnkr.",
            C(
                "Nämnderna",
                "44,9 mnkr",
                "-",
                note="One sentence split into the nämnder and the finance function: two items.",
                also=(C("Finansförvaltningen", "27,5 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med prognosen efter april är helårsprognosen 6,3 mnkr sämre, främst på grund av att "
            "socialnämndens placeringskostnader har fortsatt att öka.",
            F(None, "6,3 mnkr", "-", "kopt_verksamhet"),
        ),
        table,
        H("Nämndernas prognoser", 2),
        H("Ekonomistabens kommentar", 3),
        Bullets(
            (
                "Socialnämnden: underskottet beräknas till 24,6 mnkr. Kostnaderna för placeringar av barn och unga "
                "på HVB och i familjehem har ökat kraftigt under våren, och försörjningsstödet ligger högre än "
                "budgeterat.",
                "Utbildningsnämndens prognos överskrider ramen med 18,3 mnkr. Fler elever i grundsärskolan och "
                "gymnasiesärskolan, ett dyrare avtal för skolskjuts och lägre statsbidrag för lärarlöner förklarar "
                "avvikelsen.",
                "För vård- och omsorgsnämnden blir utfallet 9,8 mnkr sämre än budget. Det beror främst på att "
                "hemtjänsttimmarna har ökat med 7 procent och på höga kostnader för bemanningssjuksköterskor under "
                "sommaren.",
                "Kommunstyrelsen visar ett överskott på 6,2 mnkr som framför allt beror på vakanta tjänster inom "
                "samhällsbyggnadskontoret och på att ofördelade utvecklingsmedel inte har tagits i anspråk.",
                "Kultur- och fritidsnämnden redovisar ett mindre överskott, 1,4 mnkr, efter högre intäkter från "
                "badhuset och från uthyrning av idrottshallar.",
                "Byggnads- och miljönämnden och överförmyndarnämnden bedöms hålla sina budgetar.",
            ),
            labels=(
                C("Socialnämnden", "24,6 mnkr", "-", "kopt_verksamhet", "ekonomiskt_bistand"),
                C("Utbildningsnämnden", "18,3 mnkr", "-", "volymer", "prisokningar", "statsbidrag"),
                C("Vård- och omsorgsnämnden", "9,8 mnkr", "-", "volymer", "inhyrd_personal"),
                C("Kommunstyrelsen", "6,2 mnkr", "+", "vakanser", "reserver"),
                C("Kultur- och fritidsnämnden", "1,4 mnkr", "+", "avgifter_intakter"),
                BP(
                    "Byggnads- och miljönämnden",
                    note="Two nämnder in one sentence: two boilerplate items (the table says 0,2 and 0,0).",
                    also=(BP("Överförmyndarnämnden"),),
                ),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 3),
        P(
            "Inom finansförvaltningen blir skatteintäkterna 12,2 mnkr högre än budgeterat, medan "
            "pensionskostnaderna respektive finansnettot blir 9,6 och 5,7 mnkr bättre än budget.",
            C(
                "Skatteintäkter",
                "12,2 mnkr",
                "+",
                note=NO_TAG + " Three parts in one sentence: three items.",
                also=(
                    C("Pensionskostnader", "9,6", "+", unit="mnkr", note=NO_TAG),
                    C("Finansnetto", "5,7 mnkr", "+", note=NO_TAG),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 486 mnkr och prognosen till 352 mnkr. Att 134 mnkr inte "
            "förbrukas beror främst på att byggstarten för Västerledsskolan har skjutits till 2026.",
            C("Investeringar", "134 mnkr", "+", "periodisering"),
        ),
        P(
            "Ombyggnaden av Strandängens badplats beräknas bli 4,2 mnkr dyrare än projektbudgeten till följd av "
            "förorenad mark som upptäcktes vid schaktningen.",
            C("Ombyggnaden av Strandängens badplats", "4,2 mnkr", "-", "ovrigt"),
        ),
        H("Åtgärder", 2),
        Para(
            (
                (
                    "Socialnämnden och utbildningsnämnden har fått i uppdrag att ta fram åtgärdsplaner.",
                    None,
                ),
                (
                    "Socialnämndens plan, som bland annat innebär att fler placeringar ersätts med insatser på "
                    "hemmaplan, beräknas minska kostnaderna med 5 mnkr under hösten.",
                    A("Socialnämnden", "5 mnkr", "kopt_verksamhet"),
                ),
            )
        ),
        H("God ekonomisk hushållning", 2),
        P(
            "Kommunens finansiella mål om ett resultat på 2 procent av skatteintäkter och generella statsbidrag "
            "nås inte med nuvarande prognos, som motsvarar 1,4 procent.",
            O(None, note="A financial goal: other."),
        ),
        P(
            "Prognosen är osäker när det gäller utvecklingen av skatteunderlaget och kostnaderna för placeringar "
            "under hösten.",
            O(None, note="Uncertainty: other."),
        ),
    ]
    return ReportSpec(
        file="enkoping-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Enköping",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Enköpings kommun"},
        style=style,
        blocks=blocks,
    )
