"""Tanums kommun, Kommunstyrelsen, månadsrapport september 2025 (the whole kommun).

A whole-kommun month report in "mkr", footer with the kommunstyrelse's meeting date in October: the full
year "9,8 mkr sämre än budget" followed by the period's result (a level, other), the nämnder's
deviation with August's figure in brackets, then tax revenue "bidrar positivt med 4,1 mkr och
pensionskostnaderna med 2,4 mkr" (two items, no tags), the worsening since August with its causes and no
amount (a forecast change, null); the nämnd table pasted as an image (no text layer); headings that carry
each nämnd and its amount in brackets ("Socialnämnden (−11,7 mkr)"): a share ("två tredjedelar"), start-up
costs and agency nurses, then a "respektive" pair of sub-areas in the same paragraph (their own items), a
heading whose paragraph says the forecast "har räknats upp med 0,9 mkr" and that the nämnd was in balance in
August (a forecast change, null), revenue that dampens a deficit; investments "71 mkr, 25 mkr under
budget"; bulleted actions with and without an effect; solidity and balanskrav, sick leave against last year
(other). 12 scored causes. DejaVu Sans 9.5 pt with DejaVu Serif headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Tanums kommun", "Månadsrapport september 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-10-22", "Dnr KS 2025/0731", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Tabell 2. Nämndernas helårsprognos 2025, mkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse", "Avvikelse aug"),),
        rows=(
            ("Kommunstyrelsen", "118,6", "116,9", "1,7", "1,5"),
            ("Barn- och utbildningsnämnden", "286,0", "290,8", "−4,8", "−4,6"),
            ("Socialnämnden", "301,2", "312,9", "−11,7", "−9,1"),
            ("Miljö- och byggnadsnämnden", "12,4", "13,0", "−0,6", "−0,8"),
            ("Samhällsbyggnadsnämnden", "41,3", "42,2", "−0,9", "0,0"),
            ("Summa nämnder", "759,5", "775,8", "−16,3", "−13,0"),
        ),
        widths=(170.0, 64.0, 64.0, 70.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport september 2025", size=20, font="serif-bold", after=2),
        Title(
            "Tanums kommun – ekonomisk uppföljning januari–september", size=11.5, font="sans-italic", after=12
        ),
        H("Resultat och prognos", 1),
        PS(
            (
                "Årets resultat beräknas bli 14,2 mkr, vilket är 9,8 mkr sämre än budget.",
                C(None, "9,8 mkr", "-", note="The full year against budget. The forecast result is a level."),
            ),
            (
                "Efter nio månader är resultatet 41,5 mkr.",
                O(None, note="The period's result with no budget comparison: a level, its own item."),
            ),
        ),
        PS(
            (
                "Nämndernas sammanlagda avvikelse är −16,3 mkr (−13,0 mkr i augustirapporten).",
                C("Nämnderna", "−16,3 mkr", "-", note="August's figure in brackets is not the amount."),
            ),
            (
                "Skatteintäkter och generella statsbidrag bidrar positivt med 4,1 mkr och pensionskostnaderna med "
                "2,4 mkr.",
                C(
                    "Skatteintäkter och generella statsbidrag",
                    "4,1 mkr",
                    "+",
                    note=NO_TAG + " Two items in one sentence.",
                    also=(C("Pensionskostnader", "2,4 mkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        P(
            "Försämringen sedan augusti förklaras av att socialnämnden har fått ytterligare två placeringar med hög "
            "kostnad och att prognosen för vinterväghållningen har räknats upp.",
            F(
                None,
                None,
                "-",
                "kopt_verksamhet",
                "ovrigt",
                note="The change since August with its causes, the amount not written here: null.",
            ),
        ),
        committees,
        H("Nämnderna", 2),
        Para(
            (
                (
                    "Placeringar inom individ- och familjeomsorgen står för ungefär två tredjedelar av underskottet. "
                    "Även funktionsstödet går över budget sedan ett nytt boende med särskild service öppnade i "
                    "Grebbestad i maj, och uppstartskostnaderna ryms inte i ramen. Under sommaren anlitades dessutom "
                    "sjuksköterskor från bemanningsföretag.",
                    C(
                        "Socialnämnden",
                        "−11,7 mkr",
                        "-",
                        "kopt_verksamhet",
                        "omstallning",
                        "inhyrd_personal",
                        note="The heading carries the amount, 'två tredjedelar' is a share.",
                    ),
                ),
                (
                    "Individ- och familjeomsorgen och funktionsstödet visar −7,9 respektive −3,4 mkr.",
                    C(
                        "Individ- och familjeomsorg",
                        "−7,9",
                        "-",
                        unit="mkr",
                        note="Sub-areas inside the nämnd's paragraph, a 'respektive' pair: their own items.",
                        also=(C("Funktionsstöd", "−3,4 mkr", "-"),),
                    ),
                ),
            ),
            head="Socialnämnden (−11,7 mkr)",
            head_level=3,
        ),
        HP(
            "Barn- och utbildningsnämnden (−4,8 mkr)",
            "Nämnden har fler barn i förskolan än budgeterat, framför allt i Hamburgsund och Fjällbacka, och "
            "gymnasieskolan har fått 22 fler elever än planerat. Intäkterna från barnomsorgsavgifter är samtidigt "
            "högre, vilket dämpar underskottet något.",
            C("Barn- och utbildningsnämnden", "−4,8 mkr", "-", "volymer", "avgifter_intakter"),
        ),
        HP(
            "Kommunstyrelsen (+1,7 mkr)",
            "Överskottet kommer från vakanta tjänster på ekonomi- och personalavdelningarna och från lägre "
            "licenskostnader sedan ett äldre verksamhetssystem avvecklades.",
            C("Kommunstyrelsen", "+1,7 mkr", "+", "vakanser", "it_digitalisering"),
        ),
        Para(
            (
                (
                    "Prognosen för vinterväghållningen under november och december har räknats upp med 0,9 mkr med "
                    "ledning av de senaste årens utfall.",
                    C(
                        "Samhällsbyggnadsnämnden",
                        "−0,9 mkr",
                        "-",
                        "ovrigt",
                        note="The heading's amount. Winter road maintenance: ovrigt.",
                    ),
                ),
                (
                    "I augusti bedömdes nämnden hålla budget.",
                    F(
                        "Samhällsbyggnadsnämnden",
                        None,
                        "-",
                        note="Last month's balance, so the whole deviation is new: a forecast change, amount null.",
                    ),
                ),
            ),
            head="Samhällsbyggnadsnämnden (−0,9 mkr)",
            head_level=3,
        ),
        HP(
            "Miljö- och byggnadsnämnden (−0,6 mkr)",
            "Bygglovsintäkterna ligger under budget, eftersom antalet ansökningar om nybyggnad har minskat, främst "
            "för fritidshus.",
            C("Miljö- och byggnadsnämnden", "−0,6 mkr", "-", "avgifter_intakter", "volymer"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna för året beräknas till 71 mkr, 25 mkr under budget. Den största avvikelsen finns i "
            "projektet Ny förskola Tanumshede, där bygglovet överklagades och byggstarten har flyttats till februari "
            "2026.",
            C("Investeringar", "25 mkr", "+", "periodisering", note="Investment under-spending: positive."),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Socialnämnden har inrättat en placeringsgrupp som prövar alla nya placeringar och varje månad följer "
                "upp de pågående.",
                "Barn- och utbildningsnämnden har beslutat om en restriktiv hållning vid nyanställningar under hösten, "
                "vilket bedöms ge en effekt på 0,8 mkr.",
            ),
            labels=(
                A("Socialnämnden", None, "kopt_verksamhet"),
                A("Barn- och utbildningsnämnden", "0,8 mkr", "bemanning"),
            ),
        ),
        H("Övrigt", 2),
        P(
            "Kommunens soliditet inklusive samtliga pensionsåtaganden är 38 procent. Balanskravet klaras även med den "
            "försämrade prognosen.",
            O(None, note="Solidity and balanskrav: other."),
        ),
        P(
            "Sjukfrånvaron bland kommunens anställda var 6,8 procent under januari–september, 0,4 procentenheter "
            "lägre än samma period i fjol.",
            O(None, "sjukfranvaro", note="Sick leave against last year: other."),
        ),
    ]
    return ReportSpec(
        file="tanum-ks-manadsrapport-2025-09.pdf",
        report={
            "municipality": "Tanum",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-09"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport september 2025", "author": "Tanums kommun"},
        style=style,
        blocks=blocks,
    )
