"""Sollefteå kommun, Kommunstyrelsen, månadsrapport oktober 2025.

A whole-kommun month report set in Arial (Liberation Sans), footer with the kommunstyrelse's meeting date in
November: the full year as a result "14,7 mnkr lägre än budgeterat resultat" between two levels, the period
"3,6 mnkr bättre än periodiserad budget" in its own sentence and its timing reason apart (amount null), one
sentence splitting the result into the nämnder's "underskott på 31,2 mnkr (−28,4 mnkr i september)" and the
finance function's "överskott på 16,5 mnkr", a nämnd table with U+2212 minus and the deviation for October
and September side by side, then bullets under a generic heading ("Ekonomienhetens kommentar") in varied
shapes ("överskott 1,9 mnkr" after a colon, "beräknas gå 24,6 mnkr över sin budgetram", a possessive with a
"varav" part, "redovisar en negativ avvikelse på 3,4 mnkr", "knappt 0,6 mnkr", "ett positivt utfall jämfört
med budget om 1,8 mnkr", "håller sin budget"), tax revenue and general grants as a "respektive" pair,
pensions and the finance net after "medan", the change since September, investments "24,5 mnkr" with two
levels and a project "överskrida projektbudgeten med 2,1 mnkr", two actions and the balanskrav (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 78.0, 68.0, 74.0),
        header=lambda n, m: ("Sollefteå kommun", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-24", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per nämnd, mnkr",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen", "142,6", "140,7", "1,9", "1,7"),
            ("Socialnämnden", "318,4", "343,0", "\u221224,6", "\u221222,1"),
            ("Barn- och utbildningsnämnden", "402,3", "408,6", "\u22126,3", "\u22126,0"),
            ("Tekniska nämnden", "61,8", "65,2", "\u22123,4", "\u22123,2"),
            ("Miljö- och byggnadsnämnden", "8,9", "9,5", "\u22120,6", "\u22120,5"),
            ("Kultur- och fritidsnämnden", "29,7", "27,9", "1,8", "1,7"),
            ("Överförmyndarnämnden", "3,1", "3,1", "0,0", "0,0"),
            ("Summa nämnder", "966,8", "998,0", "\u221231,2", "\u221228,4"),
        ),
        widths=(160.0, 70.0, 70.0, 72.0, 72.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=18, font="arial-bold", after=2),
        Title("Sollefteå kommun – ekonomisk uppföljning", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Kommunens prognostiserade resultat för 2025 uppgår till 6,8 mnkr, vilket är 14,7 mnkr lägre än "
                "budgeterat resultat på 21,5 mnkr.",
                C(
                    None,
                    "14,7 mnkr",
                    "-",
                    note="The full year between two levels: the deviation is the amount.",
                ),
            ),
            (
                "Resultatet efter oktober är 18,4 mnkr, vilket är 3,6 mnkr bättre än periodiserad budget.",
                C(None, "3,6 mnkr", "+", note="The period in a sentence of its own: its own item."),
            ),
            (
                "Skillnaden mot helårsprognosen beror på att kostnaderna för vinterväghållning och den "
                "semesterlöneskuld som ska regleras vid årsskiftet belastar november och december.",
                C(
                    None,
                    None,
                    "+",
                    "periodisering",
                    note="The period surplus's timing reason, apart from its amount: a cause with amount null.",
                ),
            ),
        ),
        P(
            "Nämnderna prognostiserar sammantaget ett underskott på 31,2 mnkr (−28,4 mnkr i september), medan "
            "finansförvaltningen väntas ge ett överskott på 16,5 mnkr.",
            C(
                "Nämnderna",
                "31,2 mnkr",
                "-",
                note="The figure in brackets is last month's, not the amount.",
                also=(C("Finansförvaltningen", "16,5 mnkr", "+"),),
            ),
        ),
        P(
            "Jämfört med septemberprognosen har resultatet försämrats med 2,8 mnkr, främst inom socialnämnden.",
            F(None, "2,8 mnkr", "-", note="Area named, no reason: no tag."),
        ),
        table,
        H("Ekonomienhetens kommentar", 3),
        Bullets(
            (
                "Kommunstyrelsen: överskott 1,9 mnkr, främst till följd av vakanta tjänster inom ekonomi- och "
                "HR-avdelningarna samt lägre kostnader för företagshälsovård.",
                "Socialnämnden beräknas gå 24,6 mnkr över sin budgetram. Placeringarna av barn och unga på HVB och "
                "i familjehem har ökat kraftigt, och kostnaderna för ekonomiskt bistånd ligger fortsatt på en hög "
                "nivå.",
                "Barn- och utbildningsnämndens underskott på 6,3 mnkr förklaras av fler elever i behov av "
                "särskilt stöd och ökade kostnader för skolskjuts, varav 1,1 mnkr avser det nya skolskjutsavtalet.",
                "Tekniska nämnden redovisar en negativ avvikelse på 3,4 mnkr. Snöröjningen i januari och februari "
                "blev betydligt dyrare än normalt, och elpriset för gatubelysningen har legat över budgeterad nivå.",
                "Miljö- och byggnadsnämnden: intäkterna från bygglov blir lägre än budgeterat, vilket ger ett "
                "underskott på knappt 0,6 mnkr.",
                "Kultur- och fritidsnämnden visar ett positivt utfall jämfört med budget om 1,8 mnkr, eftersom "
                "simhallen i Sollefteå har hållits stängd för renovering sedan maj.",
                "Överförmyndarnämnden håller sin budget.",
            ),
            labels=(
                C("Kommunstyrelsen", "1,9 mnkr", "+", "vakanser"),
                C(
                    "Socialnämnden",
                    "24,6 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "ekonomiskt_bistand",
                ),
                C(
                    "Barn- och utbildningsnämnden",
                    "6,3 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    note="A possessive area with a 'varav' part: the total is the amount, the new contract "
                    "is prisokningar.",
                ),
                C("Tekniska nämnden", "3,4 mnkr", "-", "ovrigt", "prisokningar", note="Snow is ovrigt."),
                C("Miljö- och byggnadsnämnden", "knappt 0,6 mnkr", "-", "avgifter_intakter"),
                C(
                    "Kultur- och fritidsnämnden",
                    "1,8 mnkr",
                    "+",
                    "ovrigt",
                    note="A closure for renovation is ovrigt.",
                ),
                BP("Överförmyndarnämnden"),
            ),
            glyph="•",
        ),
        H("Finansförvaltningen", 3),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 9,8 respektive 3,1 mnkr högre än budget enligt "
            "SKR:s oktoberprognos.",
            C(
                "Skatteintäkter",
                "9,8",
                "+",
                unit="mnkr",
                note="A 'respektive' pair: one item per area. Tax revenue: no tag.",
                also=(
                    C(
                        "Generella statsbidrag",
                        "3,1 mnkr",
                        "+",
                        "statsbidrag",
                        note="General grants are in the statsbidrag vocabulary.",
                    ),
                ),
            ),
        ),
        P(
            "Pensionskostnaderna blir 2,2 mnkr högre än budgeterat, medan finansnettot blir 5,8 mnkr bättre än "
            "budget tack vare högre ränteintäkter på kommunens likvida medel.",
            C(
                "Pensionskostnader",
                "2,2 mnkr",
                "-",
                note="Two areas in one sentence joined by 'medan': two items. Finance items get no tag.",
                also=(C("Finansnetto", "5,8 mnkr", "+"),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 86,0 mnkr beräknas 61,5 mnkr användas. Avvikelsen på 24,5 mnkr beror "
            "främst på att ombyggnaden av Nipanskolan har senarelagts till 2026.",
            C("Investeringar", "24,5 mnkr", "+", "periodisering", note="Under-spending: positive."),
        ),
        P(
            "Projektet Ny reservoar i Långsele beräknas överskrida projektbudgeten med 2,1 mnkr på grund av "
            "högre entreprenadpriser.",
            C(
                "Ny reservoar i Långsele",
                "2,1 mnkr",
                "-",
                "prisokningar",
                note="A project overrun: negative.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har beslutat om anställningsstopp för administrativa tjänster till årets slut.",
            A(None, None, "vakanser"),
        ),
        P(
            "Socialnämnden har tagit fram en handlingsplan för placeringar som bedöms minska kostnaderna med "
            "3,0 mnkr under 2026.",
            A("Socialnämnden", "3,0 mnkr", "kopt_verksamhet"),
        ),
        H("Balanskrav", 2),
        P(
            "Balanskravsresultatet beräknas till 4,9 mnkr efter justering för realisationsvinster, och kommunen "
            "bedöms därmed klara balanskravet för 2025.",
            O(None, note="Balanskrav: other."),
        ),
    ]
    return ReportSpec(
        file="solleftea-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Sollefteå",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Sollefteå kommun"},
        style=style,
        blocks=blocks,
    )
