"""Ljungby kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun).

A whole-kommun month report in mnkr, DejaVu Serif 10 pt, footer with the arbetsutskott's meeting date in
November: the full-year result "19,6 mnkr lägre än budgeterat resultat" between two levels, one sentence
splitting it into the nämnder's "underskott mot tilldelad ram på 31,4 mnkr" and the finance function's
"överskott på 11,8 mnkr" (two items), the change since September with its cause in the same paragraph (its
own item); a table with the deviation in October and September side by side; per-nämnd bullets under a
generic heading ("Ekonomiavdelningens kommentarer") in varied shapes: "beräknas lämna ett överskott", a
possessive "Barn- och utbildningsnämndens prognos visar på ett underskott om", "överskrider sin ram med 14,2
mnkr (12,6 mnkr i september)" (the bracket is last month's), "Inom Omsorgsnämnden blir kostnaderna 10,4 mnkr
högre", "För Tekniska nämnden pekar prognosen på +1,2 mnkr", "håller sin budget" (boilerplate) and "ett mindre
underskott, 0,7 mnkr"; tax revenue, then pensions and the finance net as a "respektive" pair; investments
"54,5 mnkr inte kommer att förbrukas" after two levels and a project overrun; two actions, the balanskrav
and sick leave against last year with "beror på" (others).

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
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Ljungby kommun", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsens arbetsutskott 2025-11-18", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per nämnd 2025, mnkr (negativt tal = underskott mot budget)",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen", "142,6", "141,0", "1,6", "1,2"),
            ("Barn- och utbildningsnämnden", "712,4", "721,3", "-8,9", "-8,1"),
            ("Socialnämnden", "238,5", "252,7", "-14,2", "-12,6"),
            ("Omsorgsnämnden", "598,0", "608,4", "-10,4", "-10,9"),
            ("Tekniska nämnden", "96,3", "95,1", "1,2", "0,8"),
            ("Kultur- och fritidsnämnden", "58,7", "58,7", "0,0", "0,0"),
            ("Miljö- och byggnämnden", "18,9", "19,6", "-0,7", "-0,5"),
            ("Summa nämnder", "", "", "-31,4", "-30,1"),
            ("Finansförvaltningen", "", "", "11,8", "12,8"),
            ("Avvikelse mot budgeterat resultat", "", "", "-19,6", "-17,3"),
        ),
        widths=(170.0, 62.0, 62.0, 76.0, 76.0),
        bold_rows=frozenset({7, 9}),
        rules=True,
        size=8.5,
    )
    bullets = Bullets(
        items=(
            "Kommunstyrelsen beräknas lämna ett överskott på 1,6 mnkr, framför allt genom att två tjänster inom "
            "samhällsutvecklingsavdelningen har stått vakanta under större delen av året.",
            "Barn- och utbildningsnämndens prognos visar på ett underskott om 8,9 mnkr. Fler barn än planerat i "
            "förskolorna i Lagan och Ryssby samt fler elever i behov av särskilt stöd förklarar större delen av "
            "avvikelsen.",
            "Socialnämnden överskrider sin ram med 14,2 mnkr (12,6 mnkr i september). Det är kostnaderna för externa "
            "placeringar av barn och unga på HVB och i konsulentstödda familjehem som fortsätter att öka.",
            "Inom Omsorgsnämnden blir kostnaderna 10,4 mnkr högre än budget. Hemtjänsten har haft fler beviljade "
            "timmar än budgeterat, och sjukfrånvaron inom särskilt boende har krävt vikarier och övertid.",
            "För Tekniska nämnden pekar prognosen på +1,2 mnkr, då vinterväghållningen under början av året blev "
            "billigare än befarat.",
            "Kultur- och fritidsnämnden håller sin budget.",
            "Miljö- och byggnämnden visar ett mindre underskott, 0,7 mnkr, eftersom intäkterna från bygglov har "
            "blivit lägre när nybyggnationen av småhus minskat.",
        ),
        labels=(
            C("Kommunstyrelsen", "1,6 mnkr", "+", "vakanser"),
            C(
                "Barn- och utbildningsnämnden",
                "8,9 mnkr",
                "-",
                "volymer",
                note="A possessive opens the bullet.",
            ),
            C(
                "Socialnämnden",
                "14,2 mnkr",
                "-",
                "kopt_verksamhet",
                note="The bracket is September's figure, not the amount.",
            ),
            C("Omsorgsnämnden", "10,4 mnkr", "-", "volymer", "sjukfranvaro", "vikarier", "overtid"),
            C(
                "Tekniska nämnden",
                "+1,2 mnkr",
                "+",
                "ovrigt",
                note="Winter road maintenance (weather): ovrigt.",
            ),
            BP("Kultur- och fritidsnämnden"),
            C("Miljö- och byggnämnden", "0,7 mnkr", "-", "avgifter_intakter", "volymer"),
        ),
        glyph="•",
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="serif-bold", after=2),
        Title("Ljungby kommun – samtliga nämnder och finansförvaltningen", size=12, font="serif", after=12),
        H("Sammanfattning", 2),
        P(
            "Kommunens prognostiserade resultat för 2025 uppgår till 14,2 mnkr, vilket är 19,6 mnkr lägre än "
            "budgeterat resultat på 33,8 mnkr.",
            C(None, "19,6 mnkr", "-", note="The deviation between two levels: the deviation is the amount."),
        ),
        PS(
            (
                "Nämnderna redovisar sammantaget ett underskott mot tilldelad ram på 31,4 mnkr, medan "
                "finansförvaltningen väntas ge ett överskott på 11,8 mnkr.",
                C(
                    "Nämnderna",
                    "31,4 mnkr",
                    "-",
                    note="One sentence, two areas: two items.",
                    also=(C("Finansförvaltningen", "11,8 mnkr", "+", note=NO_TAG),),
                ),
            ),
            (
                "Jämfört med septemberprognosen har resultatet försämrats med 2,3 mnkr, främst på grund av ökade "
                "kostnader för placeringar av barn och unga.",
                F(None, "2,3 mnkr", "-", "kopt_verksamhet"),
            ),
        ),
        table,
        H("Ekonomiavdelningens kommentarer", 2),
        bullets,
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkterna och de generella statsbidragen beräknas bli 6,9 mnkr högre än budget enligt SKR:s "
            "oktoberprognos.",
            C("Skatteintäkter och generella statsbidrag", "6,9 mnkr", "+", note=NO_TAG),
        ),
        P(
            "Därutöver bidrar lägre pensionskostnader och ett bättre finansnetto med 3,1 respektive 1,8 mnkr.",
            C(
                "Pensionskostnader",
                "3,1",
                "+",
                unit="mnkr",
                note=NO_TAG + " A 'respektive' pair: two items.",
                also=(C("Finansnetto", "1,8 mnkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 186,0 mnkr. Utfallet per oktober är 98,4 mnkr och "
            "helårsprognosen 131,5 mnkr, vilket innebär att 54,5 mnkr inte kommer att förbrukas under året. Den "
            "största avvikelsen finns i ombyggnaden av en skola i Lagan, som har förskjutits till 2026.",
            C("Investeringar", "54,5 mnkr", "+", "periodisering", note="Under-spending after two levels."),
        ),
        P(
            "Projektet Ny förskola i Replösa beräknas överskrida projektbudgeten med 3,2 mnkr till följd av högre "
            "entreprenadpriser.",
            C(
                "Ny förskola i Replösa",
                "3,2 mnkr",
                "-",
                "prisokningar",
                note="An investment project's overrun.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har i oktober beslutat om anställningsprövning i samtliga nämnder med underskott. "
            "Effekten bedöms till cirka 2 mnkr under resten av året.",
            A(None, "cirka 2 mnkr", "vakanser"),
        ),
        P(
            "Socialnämnden har tagit fram en handlingsplan för att öka andelen placeringar i egna familjehem.",
            A("Socialnämnden", None, "kopt_verksamhet"),
        ),
        H("Balanskrav och personal", 2),
        P(
            "Resultatet räcker för att uppfylla balanskravet, men det finansiella målet om ett resultat på två "
            "procent av skatter och bidrag nås inte.",
            O(None, note="Balanskrav and a financial goal: other."),
        ),
        P(
            "Sjukfrånvaron uppgår till 7,1 procent, vilket är lägre än samma period 2024 och beror främst på färre "
            "långa sjukskrivningar.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="ljungby-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Ljungby",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Ljungby kommun", "author": "Ljungby kommun"},
        style=style,
        blocks=blocks,
    )
