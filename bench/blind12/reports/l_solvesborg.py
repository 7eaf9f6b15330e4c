"""Sölvesborgs kommun, Kommunstyrelsen, månadsrapport november 2025 (the whole kommun).

A whole-kommun month report whose nämnd table is in tkr (negative = deficit) while the prose is in mnkr, footer
with the arbetsutskott's meeting date in December: the forecast result and budgeted result (levels) with
"avvikelsen därmed −12,3 mnkr", the change since October; then headings that carry the nämnd and its amount
after a comma ("Omsorgsnämnden, −9 450 tkr") over one paragraph each: many causes in one paragraph, a vacancy
and hired psychologists, snow clearing that "hinner inte hämtas hem", a surplus whose part "2 100 tkr" is not
the amount, and "Nämnden bedömer att budgeten håller." under "0 tkr" (boilerplate); tax revenue "2,1 mnkr
lägre än budgeterat" (negative) and, in the next sentence, pensions and the finance net "1,6 mnkr lägre och …
1,3 mnkr bättre än budget" (two items, no tags); investments whose forecast level comes before "en avvikelse
på 34,5 mnkr mot budget", a project "står för 21 mnkr av avvikelsen" (its own item) and an overrun; two actions
(one with its effect, one without) and staff numbers against last year (other). 11 scored causes. DejaVu
Serif 9.5 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the nämnd and its amount (tkr)."
NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.5, 11.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(68.0, 78.0, 68.0, 74.0),
        header=lambda n, m: ("Sölvesborgs kommun", "Ekonomisk månadsrapport november 2025"),
        footer=lambda n, m: ("Kommunstyrelsens arbetsutskott 2025-12-09", "KS 2025/318", f"{n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per nämnd, tkr (negativ avvikelse = underskott)",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse", "Avvikelse okt"),),
        rows=(
            ("Kommunstyrelsen", "142 600", "139 350", "3 250", "2 900"),
            ("Barn- och utbildningsnämnden", "498 300", "503 900", "−5 600", "−5 800"),
            ("Omsorgsnämnden", "402 100", "411 550", "−9 450", "−9 600"),
            ("Miljö- och byggnadsnämnden", "9 800", "9 800", "0", "0"),
            ("Tekniska nämnden", "61 200", "62 480", "−1 280", "−1 450"),
            ("Summa nämnder", "1 114 000", "1 127 080", "−13 080", "−13 950"),
            ("Finansförvaltningen", "", "", "780", "1 250"),
            ("Totalt", "", "", "−12 300", "−12 700"),
        ),
        widths=(160.0, 70.0, 70.0, 70.0, 82.0),
        bold_rows=frozenset({5, 7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=20, font="sans-bold", after=2),
        Title("Sölvesborgs kommun – samlad uppföljning", size=12, font="serif-italic", after=12),
        H("Sammanfattning", 1),
        P(
            "Kommunens prognos för 2025 är ett resultat på 21,7 mnkr. Budgeterat resultat är 34,0 mnkr och "
            "avvikelsen därmed −12,3 mnkr.",
            C(None, "−12,3 mnkr", "-", note="The forecast and budgeted results are levels."),
        ),
        P(
            "Prognosen är i stort sett densamma som i oktober men har förbättrats med 0,4 mnkr.",
            F(None, "0,4 mnkr", "+"),
        ),
        table,
        H("Nämndernas prognoser", 1),
        HP(
            "Omsorgsnämnden, −9 450 tkr",
            "Underskottet finns i huvudsak inom funktionsstöd. Två nya ärenden med personlig assistans dygnet runt "
            "har tillkommit under hösten, och eftersom Försäkringskassan ännu inte har beslutat om "
            "assistansersättning bär kommunen hela kostnaden. Inom äldreomsorgen har sjukfrånvaron bland "
            "undersköterskorna legat över tio procent, vilket har krävt timvikarier och övertid.",
            C(
                "Omsorgsnämnden",
                "−9 450 tkr",
                "-",
                "volymer",
                "ersattning_fk",
                "sjukfranvaro",
                "vikarier",
                "overtid",
                note=HEAD + " The sick-leave rate is a level.",
            ),
            level=2,
        ),
        HP(
            "Barn- och utbildningsnämnden, −5 600 tkr",
            "Nämnden har fler barn i förskoleåldern än vad resursfördelningen bygger på. Elevhälsan har behövt köpa "
            "psykologtjänster från bemanningsföretag eftersom två psykologtjänster inte har gått att tillsätta, och "
            "kostnaderna för skolmåltider har ökat när livsmedelspriserna fortsatt uppåt.",
            C(
                "Barn- och utbildningsnämnden",
                "−5 600 tkr",
                "-",
                "volymer",
                "inhyrd_personal",
                "vakanser",
                "prisokningar",
                note=HEAD,
            ),
            level=2,
        ),
        HP(
            "Tekniska nämnden, −1 280 tkr",
            "Vinterväghållningen i januari och februari överskred budget kraftigt. Hösten har varit gynnsam, men "
            "hela avvikelsen hinner inte hämtas hem före årsskiftet.",
            C("Tekniska nämnden", "−1 280 tkr", "-", "ovrigt", note=HEAD + " Snow clearing is ovrigt."),
            level=2,
        ),
        HP(
            "Kommunstyrelsen, +3 250 tkr",
            "Överskottet består framför allt av ej utnyttjade medel i kommunstyrelsens förfogandeanslag, 2 100 tkr, "
            "samt av vakanser inom samhällsbyggnadsavdelningen.",
            C(
                "Kommunstyrelsen",
                "+3 250 tkr",
                "+",
                "reserver",
                "vakanser",
                note=HEAD
                + " The unused förfogandeanslag (2 100 tkr) is a part; unallocated funds are reserver.",
            ),
            level=2,
        ),
        HP(
            "Miljö- och byggnadsnämnden, 0 tkr",
            "Nämnden bedömer att budgeten håller.",
            BP("Miljö- och byggnadsnämnden"),
            level=2,
        ),
        H("Finansförvaltningen", 1),
        PS(
            (
                "Skatteintäkterna blir 2,1 mnkr lägre än budgeterat enligt SKR:s oktoberprognos, främst därför att "
                "skatteunderlaget växer långsammare än beräknat.",
                C("Skatteintäkter", "2,1 mnkr", "-", note="Revenue under budget: negative. " + NO_TAG),
            ),
            (
                "Detta vägs upp av att pensionskostnaderna blir 1,6 mnkr lägre och finansnettot 1,3 mnkr bättre än "
                "budget.",
                C(
                    "Pensionskostnader",
                    "1,6 mnkr",
                    "+",
                    note="Two finance items with their own amounts in one sentence: two items. " + NO_TAG,
                    also=(C("Finansnetto", "1,3 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Investeringar", 1),
        PS(
            (
                "Utfallet för investeringarna till och med november är 74,8 mnkr av en årsbudget på 131,0 mnkr. "
                "Helårsprognosen är 96,5 mnkr, vilket innebär en avvikelse på 34,5 mnkr mot budget.",
                C(
                    "Investeringar",
                    "34,5 mnkr",
                    "+",
                    note="Investment under-spending; outcome and forecast are levels.",
                ),
            ),
            (
                "Den nya förskolan i Mjällby står för 21 mnkr av avvikelsen, eftersom byggstarten har flyttats till "
                "mars 2026.",
                C(
                    "Förskolan i Mjällby",
                    "21 mnkr",
                    "+",
                    "periodisering",
                    note="A project's share in a sentence of its own: its own item.",
                ),
            ),
            (
                "Ombyggnaden av simhallen beräknas däremot överskrida projektbudgeten med 3,2 mnkr, sedan asbest "
                "påträffats i bassängens konstruktion.",
                C("Simhallen", "3,2 mnkr", "-", "ovrigt", note="Investment overrun; asbestos is ovrigt."),
            ),
        ),
        H("Åtgärder", 1),
        P(
            "Omsorgsnämnden har infört centralt godkännande av all extra bemanning och övertid. Effekten för "
            "december beräknas till 0,3 mnkr.",
            A("Omsorgsnämnden", "0,3 mnkr", "bemanning", "overtid"),
        ),
        P(
            "Kommunstyrelsen beslutade i oktober om inköpsstopp för förbrukningsinventarier i samtliga "
            "förvaltningar under resten av året.",
            A(None, None, "material_hjalpmedel"),
        ),
        H("Personal", 1),
        P(
            "Antalet månadsanställda har ökat med 38 sedan november 2024, merparten inom omsorgen.",
            O(None, note="Staff numbers against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="solvesborg-ks-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Sölvesborg",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Ekonomisk månadsrapport november 2025", "author": "Sölvesborgs kommun"},
        style=style,
        blocks=blocks,
    )
