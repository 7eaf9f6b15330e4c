"""Sigtuna kommun, Kommunstyrelsen, månadsrapport mars 2026 (the whole kommun).

A whole-kommun month report: the period against the periodised budget and the full year in separate
paragraphs, one sentence splitting the result into the nämnder's "underskott på 47,3 mnkr" and the finance
function's "överskott på 28,7 mnkr", a table with the deviation in March and February side by side, then
en-dash bullets under a generic heading ("Ekonomistabens kommentar") in varied shapes (a colon, "ramen
överskrids", a possessive with the amount in commas, "För Kultur- och fritidsnämnden", "plus 2,3 mnkr", "minus
0,5 mnkr", one nämnd that "bedöms i stort hålla sin budget"), taxes and state grants as a "respektive" pair,
pensions, a change since February, an action, investments "157 mnkr inte förbrukas" and a project "8,5
miljoner kronor dyrare än projektbudgeten". Arial (Liberation Sans) 10 pt.

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
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Sigtuna kommun", "Månadsrapport mars 2026"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-04-22", "KS/2026:187", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per nämnd, helår 2026 (mnkr)",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse mars", "Avvikelse feb"),),
        rows=(
            ("Kommunstyrelsen", "218,4", "217,8", "0,6", "0,9"),
            ("Utbildningsnämnden", "1 402,6", "1 422,0", "-19,4", "-16,8"),
            ("Socialnämnden", "512,9", "535,0", "-22,1", "-18,7"),
            ("Vård- och omsorgsnämnden", "688,3", "698,1", "-9,8", "-9,9"),
            ("Kultur- och fritidsnämnden", "121,7", "120,1", "1,6", "1,2"),
            ("Stadsbyggnadsnämnden", "64,2", "61,9", "2,3", "2,5"),
            ("Miljö- och hälsoskyddsnämnden", "18,1", "18,6", "-0,5", "-0,4"),
            ("Summa nämnder", "3 026,2", "3 073,5", "-47,3", "-41,2"),
        ),
        widths=(170.0, 66.0, 66.0, 84.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=20, font="arial-bold", after=2),
        Title("Sigtuna kommun – ekonomisk uppföljning", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        P(
            "Utfallet för perioden januari–mars är 34,5 mnkr, vilket är 6,2 mnkr bättre än den periodiserade "
            "budgeten.",
            C(None, "6,2 mnkr", "+", note="The period against the periodised budget, a sentence of its own."),
        ),
        P(
            "Kommunens prognos för helåret pekar mot ett resultat på 41,2 mnkr, vilket är 18,6 mnkr lägre än det "
            "budgeterade resultatet på 59,8 mnkr.",
            C(None, "18,6 mnkr", "-", note="The full year between two levels; the deviation is the amount."),
        ),
        P(
            "Nämndernas sammantagna prognos visar ett underskott på 47,3 mnkr, medan finansförvaltningen väntas "
            "redovisa ett överskott på 28,7 mnkr.",
            C(
                "Nämnderna",
                "47,3 mnkr",
                "-",
                note="One sentence, two areas: split.",
                also=(C("Finansförvaltningen", "28,7 mnkr", "+", note="One sentence, two areas: split."),),
            ),
        ),
        table,
        H("Ekonomistabens kommentar", 2),
        Bullets(
            (
                "Utbildningsnämnden: underskott 19,4 mnkr. Fler elever i grundskolan än budgeterat och ökade "
                "kostnader för tilläggsbelopp till elever med särskilda behov förklarar huvuddelen.",
                "Socialnämnden prognostiserar att ramen överskrids med 22,1 mnkr, främst till följd av fler "
                "placeringar av barn och unga på HVB och i familjehem samt ökade kostnader för ekonomiskt bistånd.",
                "Vård- och omsorgsnämndens underskott, 9,8 mnkr, hänger samman med höga kostnader för timvikarier "
                "och övertid inom hemtjänsten i Märsta och Valsta.",
                "För Kultur- och fritidsnämnden väntas ett överskott på 1,6 mnkr, eftersom badhuset i Märsta "
                "hålls stängt för renovering under våren och personal- och energikostnaderna därmed blir lägre.",
                "Stadsbyggnadsnämnden når ett bättre resultat än budget, plus 2,3 mnkr, tack vare högre intäkter "
                "från bygglov och planavgifter än beräknat.",
                "Miljö- och hälsoskyddsnämnden landar på minus 0,5 mnkr, beroende på att vakanta "
                "inspektörstjänster har ersatts med konsulter.",
                "Kommunstyrelsen bedöms i stort hålla sin budget.",
            ),
            labels=(
                C("Utbildningsnämnden", "19,4 mnkr", "-", "volymer"),
                C("Socialnämnden", "22,1 mnkr", "-", "kopt_verksamhet", "ekonomiskt_bistand"),
                C("Vård- och omsorgsnämnden", "9,8 mnkr", "-", "vikarier", "overtid"),
                C(
                    "Kultur- och fritidsnämnden",
                    "1,6 mnkr",
                    "+",
                    "ovrigt",
                    note="A closure for renovation: ovrigt.",
                ),
                C("Stadsbyggnadsnämnden", "2,3 mnkr", "+", "avgifter_intakter"),
                C("Miljö- och hälsoskyddsnämnden", "0,5 mnkr", "-", "vakanser", "inhyrd_personal"),
                BP("Kommunstyrelsen", note="'Hålla sin budget' although the row says 0,6: boilerplate."),
            ),
            glyph="–",
        ),
        P(
            "Jämfört med februari har prognosen för nämnderna försämrats med 6,1 mnkr, där socialnämnden står för "
            "den största delen.",
            F("Nämnderna", "6,1 mnkr", "-"),
        ),
        P(
            "Socialnämnden har påbörjat en handlingsplan med bland annat fler hemmaplanslösningar, som förväntas "
            "minska kostnaderna med 5 mnkr under året.",
            A("Socialnämnden", "5 mnkr", "kopt_verksamhet"),
        ),
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkter och generella statsbidrag beräknas bli 24,1 respektive 7,3 mnkr högre än budget, "
                "främst på grund av ett starkare skatteunderlag och ett tillfälligt höjt statsbidrag.",
                C(
                    "Skatteintäkter",
                    "24,1",
                    "+",
                    unit="mnkr",
                    note="A 'respektive' pair: split; finance items get no tag.",
                    also=(C("Generella statsbidrag", "7,3 mnkr", "+", note="A 'respektive' pair: split."),),
                ),
            ),
            (
                "Pensionskostnaderna väntas däremot bli 2,7 mnkr högre än budgeterat.",
                C("Pensionskostnader", "2,7 mnkr", "-"),
            ),
        ),
        P(
            "Prognoserna för skatteintäkterna är osäkra, och en svagare arbetsmarknad under hösten kan ändra "
            "bilden.",
            O("Skatteintäkter", note="A risk."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 uppgår till 612 mnkr. Prognosen är 455 mnkr, vilket innebär att 157 "
            "mnkr inte förbrukas under året, främst eftersom bygget av Ekillaskolan har försenats.",
            C("Investeringar", "157 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        P(
            "Projektet ny förskola i Steninge beräknas bli 8,5 miljoner kronor dyrare än projektbudgeten på grund "
            "av markföroreningar som upptäcktes vid schaktningen.",
            C("Förskola Steninge", "8,5 miljoner kronor", "-", "ovrigt", note="A project overrun: negative."),
        ),
        H("Balanskrav", 2),
        P(
            "Med nuvarande prognos uppfyller kommunen balanskravet, men resultatet når inte målet om ett resultat "
            "på två procent av skatter och statsbidrag.",
            O(None, note="Balanskrav and the financial goal: other."),
        ),
    ]
    return ReportSpec(
        file="sigtuna-ks-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Sigtuna",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026", "author": "Sigtuna kommun"},
        style=style,
        blocks=blocks,
    )
