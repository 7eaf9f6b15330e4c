"""Vetlanda kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A small kommun's interim report in DejaVu Serif, footer with the fullmäktige meeting in October: the period
"18,2 mnkr bättre än periodiserad budget" and the full year "9,8 mnkr lägre än det budgeterade resultatet"
in two sentences (two items), the period's timing reason in a paragraph of its own (amount null), one
sentence splitting the full year into the nämnder's "−24,7 mnkr" and the finance function's "+14,9 mnkr"; a
table per nämnd with U+2212 minus; under a generic heading ("Ekonomiavdelningens kommentar") bullets per nämnd
in varied shapes ("underskott 12,3 mnkr" after a colon, a possessive "Socialnämndens prognos landar på" with a
"varav" part, "beräknas lämna ett överskott", "drygt en miljon kronor under sin ram" in words, "avviker med
0,4 mnkr negativt", "följer budget"); tax revenue, then pensions and the finance net as a "respektive" pair;
investments "45 mnkr inte förbrukas" and a bridge that "beräknas överskrida projektbudgeten"; an action, a
forecast change and three others (balanskrav, a goal not met with "beror på", a risk).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.5, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Vetlanda kommun", "Delårsrapport 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-23", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per nämnd, mnkr (avvikelse: − = sämre än budget)",
        header=(("Nämnd", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "148,6", "94,1", "146,9", "1,7"),
            ("Barn- och utbildningsnämnden", "612,0", "401,2", "624,3", "−12,3"),
            ("Socialnämnden", "698,4", "472,8", "713,2", "−14,8"),
            ("Kultur- och fritidsnämnden", "58,2", "37,0", "57,1", "1,1"),
            ("Miljö- och byggnadsnämnden", "14,6", "9,9", "15,0", "−0,4"),
            ("Revision och valnämnd", "3,2", "2,0", "3,2", "0,0"),
            ("Summa nämnder", "1 535,0", "1 017,0", "1 559,7", "−24,7"),
            ("Finansförvaltningen", "", "", "", "14,9"),
            ("Totalt", "", "", "", "−9,8"),
        ),
        widths=(160.0, 68.0, 72.0, 70.0, 62.0),
        bold_rows=frozenset({6, 8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="serif-bold", after=2),
        Title("Vetlanda kommun", size=12, font="serif", after=14),
        H("Kommunens ekonomiska resultat", 1),
        PS(
            (
                "Kommunens resultat för perioden januari–augusti uppgår till 61,4 mnkr, vilket är 18,2 mnkr bättre "
                "än periodiserad budget.",
                C(
                    None,
                    "18,2 mnkr",
                    "+",
                    note="The period's deviation in a sentence of its own: its own item.",
                ),
            ),
            (
                "För helåret prognostiseras ett resultat på 12,6 mnkr, 9,8 mnkr lägre än det budgeterade resultatet "
                "på 22,4 mnkr.",
                C(
                    None,
                    "9,8 mnkr",
                    "-",
                    note="The full year between two levels: the deviation is the amount.",
                ),
            ),
        ),
        P(
            "Periodens goda utfall förklaras till stor del av att kostnaderna för planerat underhåll och den "
            "nyupphandlade vinterväghållningen belastar andra halvåret.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's timing reason in a paragraph of its own: amount null.",
            ),
        ),
        P(
            "Nämndernas sammanlagda prognos är −24,7 mnkr, medan finansförvaltningen väntas ge +14,9 mnkr.",
            C(
                "Nämnderna",
                "−24,7 mnkr",
                "-",
                note="One sentence split into the nämnder and the finance function: two items.",
                also=(C("Finansförvaltningen", "+14,9 mnkr", "+", note=NO_TAG),),
            ),
        ),
        table,
        H("Ekonomiavdelningens kommentar", 2),
        Bullets(
            (
                "Barn- och utbildningsnämnden: underskott 12,3 mnkr. Fler elever med behov av särskilt stöd och fler "
                "barn i fristående förskolor i grannkommunerna driver kostnaderna, samtidigt som statsbidraget för "
                "mindre barngrupper har minskat.",
                "Socialnämndens prognos landar på −14,8 mnkr, varav 6,1 mnkr avser externa placeringar inom individ- "
                "och familjeomsorgen. Resten förklaras av fler beviljade hemtjänsttimmar och höga kostnader för "
                "sjuklön och övertid inom särskilt boende.",
                "Kommunstyrelsen beräknas lämna ett överskott på 1,7 mnkr, främst genom vakanta tjänster på "
                "samhällsbyggnadsförvaltningen.",
                "Kultur- och fritidsnämnden håller sig drygt en miljon kronor under sin ram tack vare högre "
                "entréintäkter till badhuset under sommaren.",
                "Miljö- och byggnadsnämnden avviker med 0,4 mnkr negativt mot budget, vilket beror på färre "
                "bygglovsärenden och därmed lägre avgiftsintäkter.",
                "Revision och valnämnd följer budget.",
            ),
            labels=(
                C(
                    "Barn- och utbildningsnämnden",
                    "12,3 mnkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    "statsbidrag",
                ),
                C(
                    "Socialnämnden",
                    "−14,8 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "sjukfranvaro",
                    "overtid",
                    note="A possessive with a 'varav' part: one item with the total.",
                ),
                C("Kommunstyrelsen", "1,7 mnkr", "+", "vakanser"),
                C(
                    "Kultur- och fritidsnämnden",
                    "drygt en miljon kronor",
                    "+",
                    "avgifter_intakter",
                    value=1_000_000,
                    note="Amount in words with 'drygt': the stated figure (the table says 1,1).",
                ),
                C("Miljö- och byggnadsnämnden", "0,4 mnkr", "-", "volymer", "avgifter_intakter"),
                BP("Revision och valnämnd"),
            ),
        ),
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkterna blir 6,2 mnkr högre än budgeterat enligt SKR:s augustiprognos.",
                C("Skatteintäkter", "6,2 mnkr", "+", note=NO_TAG),
            ),
            (
                "Pensionskostnaderna och finansnettot avviker positivt med 3,4 respektive 5,3 mnkr.",
                C(
                    "Pensionskostnader",
                    "3,4",
                    "+",
                    unit="mnkr",
                    note=NO_TAG + " A 'respektive' pair: two items.",
                    also=(C("Finansnetto", "5,3 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 142 mnkr. Prognosen för helåret är 97 mnkr, vilket innebär "
            "att 45 mnkr inte förbrukas, framför allt eftersom ombyggnaden av Kvarnbäckens skola har skjutits fram "
            "ett år.",
            C("Investeringar", "45 mnkr", "+", "periodisering"),
        ),
        P(
            "Den nya gång- och cykelbron över ån vid Ekhagen beräknas överskrida projektbudgeten med 2,4 mnkr på "
            "grund av högre anbudspriser än kalkylerat.",
            C("Gång- och cykelbron vid Ekhagen", "2,4 mnkr", "-", "prisokningar"),
        ),
        H("Prognosförändring och åtgärder", 2),
        P(
            "Jämfört med aprilprognosen har kommunens resultat försämrats med 4,1 mnkr, främst inom socialnämnden.",
            F(None, "4,1 mnkr", "-"),
        ),
        P(
            "Socialnämnden har antagit en handlingsplan med en översyn av bemanningen inom särskilt boende, som "
            "väntas minska underskottet med 3 mnkr under hösten.",
            A("Socialnämnden", "3 mnkr", "bemanning"),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Balanskravsresultatet beräknas till 10,9 mnkr och kommunen klarar därmed balanskravet.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Det finansiella målet om ett resultat på 2 procent av skatter och generella bidrag nås inte, vilket "
            "beror på nämndernas underskott.",
            O(None, note="A financial goal not met, with 'beror på': other."),
        ),
        P(
            "Osäkerheten i prognosen är störst inom socialnämnden, där ytterligare placeringar under hösten kan "
            "försämra resultatet.",
            O("Socialnämnden", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="vetlanda-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Vetlanda",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Vetlanda kommun"},
        style=style,
        blocks=blocks,
    )
