"""Karlshamns kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (whole kommun).

A whole-kommun interim report set in Arial, footer with the kommunfullmäktige meeting in October: the
period "21,6 mkr bättre än det periodiserade budgeterade resultatet" and the full year "12,8 mkr lägre än
budgeterat resultat" in two sentences, one sentence splitting the full year into the nämnder's "negativ
avvikelse mot budget med 31,9 mkr" and the finance function's "överskott mot budget på 19,1 mkr"; a nämnd
table in mkr with en dashes as minus signs; en-dash bullets under a generic heading ("Ekonomiavdelningens
kommentar") in varied shapes ("visar ett överskott på", "prognostiserar ett underskott om … Det beror framför
allt på", "För Utbildningsnämnden överskrids ramen med", a possessive with the amount between commas, "når inte
budget: prognosen är –6,5 mkr", "bedöms hålla budget" beside a row of 0,6, "redovisar en positiv avvikelse mot
budget, 1,6 mkr"); tax revenue and general grants as a "respektive" pair and pensions and the finance net after
"medan"; the change since April, an action with its effect, investments "201 mkr att användas" of 286 with
"Avvikelsen, 85 mkr" and a project overrun; balanskrav and sick leave against last year (others).

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
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Karlshamns kommun", "Delårsrapport 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-27", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Nämndernas prognos 2025, mkr",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "198,6", "195,2", "3,4"),
            ("Barn- och utbildningsnämnden", "712,4", "724,9", "–12,5"),
            ("Utbildningsnämnden", "168,3", "171,1", "–2,8"),
            ("Omsorgsnämnden", "596,0", "611,7", "–15,7"),
            ("Socialnämnden", "214,5", "221,0", "–6,5"),
            ("Kultur- och fritidsnämnden", "78,2", "77,6", "0,6"),
            ("Miljö- och byggnadsnämnden", "21,4", "19,8", "1,6"),
            ("Summa nämnder", "1 989,4", "2 021,3", "–31,9"),
        ),
        widths=(180.0, 80.0, 80.0, 72.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="arial-bold", after=2),
        Title("Karlshamns kommun", size=13, font="arial", after=14),
        H("Ekonomiskt resultat och prognos", 2),
        PS(
            (
                "Kommunens resultat för perioden januari–augusti uppgår till 118,4 mkr, vilket är 21,6 mkr bättre "
                "än det periodiserade budgeterade resultatet.",
                C(None, "21,6 mkr", "+", note="The period against the periodised budget, its own sentence."),
            ),
            (
                "För helåret prognostiseras ett resultat på 34,2 mkr, vilket är 12,8 mkr lägre än budgeterat "
                "resultat på 47,0 mkr.",
                C(
                    None,
                    "12,8 mkr",
                    "-",
                    note="The full year, its own sentence: a level, then the deviation.",
                ),
            ),
        ),
        P(
            "Nämndernas samlade prognos visar en negativ avvikelse mot budget med 31,9 mkr, medan "
            "finansförvaltningen beräknas ge ett överskott mot budget på 19,1 mkr.",
            C(
                "Nämnderna",
                "31,9 mkr",
                "-",
                note="One sentence, two areas: the nämnder and the finance function.",
                also=(
                    C("Finansförvaltningen", "19,1 mkr", "+", note="The second area of the same sentence."),
                ),
            ),
        ),
        table,
        H("Ekonomiavdelningens kommentar", 3),
        Bullets(
            items=(
                "Kommunstyrelsen visar ett överskott på 3,4 mkr, främst genom vakanta tjänster inom "
                "samhällsbyggnadsförvaltningen och lägre kostnader för IT-konsulter.",
                "Barn- och utbildningsnämnden prognostiserar ett underskott om 12,5 mkr. Det beror framför allt på "
                "fler barn i behov av särskilt stöd och på att kostnaderna för skolskjuts har ökat efter den nya "
                "upphandlingen.",
                "För Utbildningsnämnden överskrids ramen med 2,8 mkr eftersom statsbidraget för regional yrkesvux "
                "blev lägre än beräknat.",
                "Omsorgsnämndens underskott, 15,7 mkr, kan härledas till hemtjänsten, där de beviljade timmarna "
                "ökat med elva procent, och till höga kostnader för sjuklön och övertid inom särskilt boende.",
                "Socialnämnden når inte budget: prognosen är –6,5 mkr, till följd av fler externa placeringar av "
                "barn och unga och ett ökat behov av försörjningsstöd.",
                "Kultur- och fritidsnämnden bedöms hålla budget.",
                "Miljö- och byggnadsnämnden redovisar en positiv avvikelse mot budget, 1,6 mkr, tack vare fler "
                "bygglovsärenden än väntat.",
            ),
            labels=(
                C(
                    "Kommunstyrelsen",
                    "3,4 mkr",
                    "+",
                    "vakanser",
                    "inhyrd_personal",
                    note="Lower consultant costs: inhyrd_personal.",
                ),
                C(
                    "Barn- och utbildningsnämnden",
                    "12,5 mkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    note="A dearer school transport contract: prisokningar.",
                ),
                C("Utbildningsnämnden", "2,8 mkr", "-", "statsbidrag"),
                C(
                    "Omsorgsnämnden",
                    "15,7 mkr",
                    "-",
                    "volymer",
                    "sjukfranvaro",
                    "overtid",
                    note="A possessive with the amount between commas.",
                ),
                C("Socialnämnden", "–6,5 mkr", "-", "kopt_verksamhet", "ekonomiskt_bistand"),
                BP("Kultur- och fritidsnämnden", note="Boilerplate although the table row says 0,6."),
                C("Miljö- och byggnadsnämnden", "1,6 mkr", "+", "avgifter_intakter", "volymer"),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 3),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 14,2 respektive 6,3 mkr högre än budget, enligt "
            "SKR:s augustiprognos.",
            C(
                "Skatteintäkter",
                "14,2",
                "+",
                unit="mkr",
                note="A 'respektive' pair: finance items get no tag.",
                also=(
                    C(
                        "Generella statsbidrag",
                        "6,3 mkr",
                        "+",
                        note="The second of the pair: a finance item, no tag by the set's convention.",
                    ),
                ),
            ),
        ),
        P(
            "Pensionskostnaderna blir 4,1 mkr högre än budgeterat, medan finansnettot förbättras med 2,7 mkr genom "
            "högre ränteintäkter.",
            C(
                "Pensionskostnader",
                "4,1 mkr",
                "-",
                note="Two finance items in one sentence, the second after 'medan'.",
                also=(C("Finansnetto", "2,7 mkr", "+"),),
            ),
        ),
        H("Förändring jämfört med aprilprognosen", 3),
        P(
            "Jämfört med aprilprognosen har kommunens helårsprognos försämrats med 5,4 mkr, främst till följd av "
            "ökade volymer inom hemtjänsten.",
            F(None, "5,4 mkr", "-", "volymer"),
        ),
        H("Åtgärder", 3),
        P(
            "Omsorgsnämnden har beslutat om en handlingsplan med anställningsprövning och översyn av "
            "schemaläggningen, som beräknas minska underskottet med 3,0 mkr under hösten.",
            A("Omsorgsnämnden", "3,0 mkr", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 286 mkr beräknas 201 mkr att användas under året. Avvikelsen, 85 mkr, beror "
            "främst på att byggstarten av den nya förskolan vid Stilleryd har skjutits till 2026.",
            C("Investeringar", "85 mkr", "+", "periodisering"),
        ),
        P(
            "Ombyggnaden av köket i Kastanjeskolan beräknas överskrida projektbudgeten med 4,6 mkr till följd av "
            "högre entreprenadpriser.",
            C("Ombyggnad av köket i Kastanjeskolan", "4,6 mkr", "-", "prisokningar"),
        ),
        H("Balanskrav och personal", 2),
        P(
            "Balanskravsresultatet beräknas till 30,8 mkr och kommunen uppfyller därmed balanskravet.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Sjukfrånvaron i kommunen var 7,1 procent under perioden, vilket är lägre än samma period 2024. "
            "Minskningen beror främst på färre långa sjukskrivningar inom omsorgen.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="karlshamn-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Karlshamn",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Karlshamns kommun"},
        style=style,
        blocks=blocks,
    )
