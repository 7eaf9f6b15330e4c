"""Dalslands Kanal AB (jointly owned by kommuner along the canal), Styrelsen, delårsrapport 2025-08.

A canal company's interim report in DejaVu Sans and tkr, footer with the board's meeting date in October:
the period "760 tkr lägre än budget för perioden" after a level, the full year "−1 150 tkr mot ett budgeterat
nollresultat" with its main cause in the next sentence, the change since the tertial report; a result table
whose deviation column counts better as positive ("−900", "+150"); plain headings per post: lock fees
"900 tkr lägre än budgeterat" after two reasons, personnel "överskrids med 350 tkr" with sick leave,
substitutes and overtime, a reason-only maintenance deficit (the row's "−100"), energy "ett överskott på 100
tkr", other revenue "150 tkr mer än budget", the owners' contributions that "följer budget" (boilerplate);
investments "2 300 tkr inte förbrukas"; an action with its effect and equity (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Dalslands Kanal AB", "Delårsrapport 2025"),
        footer=lambda n, m: ("Styrelsemöte 2025-10-02", "", f"{n} / {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning, tkr (positiv avvikelse = bättre än budget)",
        header=(("", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Slussavgifter och båtpass", "6 200", "4 960", "5 300", "−900"),
            ("Ägartillskott", "9 400", "6 270", "9 400", "0"),
            ("Övriga intäkter", "1 300", "1 120", "1 450", "+150"),
            ("Personalkostnader", "−8 800", "−6 410", "−9 150", "−350"),
            ("Underhåll slussar och dammar", "−5 600", "−2 980", "−5 700", "−100"),
            ("Energi", "−650", "−330", "−550", "+100"),
            ("Övriga kostnader", "−1 850", "−1 190", "−1 900", "−50"),
            ("Resultat", "0", "1 440", "−1 150", "−1 150"),
        ),
        widths=(150.0, 66.0, 72.0, 66.0, 58.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Dalslands Kanal AB", size=12, font="sans", after=12),
        H("Året hittills", 2),
        P(
            "Säsongen öppnade den 15 maj och slussarna var bemannade till och med den 14 september. Under sommaren "
            "genomfördes den stora renoveringen av kanalbanken vid Håverud som planerat."
        ),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Bolagets resultat efter augusti uppgår till 1 440 tkr, vilket är 760 tkr lägre än budget för "
                "perioden.",
                C(None, "760 tkr", "-", note="The period, after a level."),
            ),
            (
                "För helåret prognostiseras ett resultat på −1 150 tkr mot ett budgeterat nollresultat. Den främsta "
                "orsaken är att intäkterna från slussavgifter har blivit lägre än väntat.",
                C(
                    None,
                    "−1 150 tkr",
                    "-",
                    "avgifter_intakter",
                    note="A result against a budgeted zero: the result is the amount; the cause in the next sentence.",
                ),
            ),
            (
                "Prognosen är 400 tkr sämre än i tertialrapporten.",
                F(None, "400 tkr", "-"),
            ),
        ),
        table,
        H("Slussavgifter och båtpass", 3),
        P(
            "Antalet fritidsbåtar som passerade slussarna var lägre än väntat. Den kalla och regniga försommaren och "
            "det höga vattenståndet i juni minskade båttrafiken, och intäkterna från slussavgifter och båtpass blir "
            "därför 900 tkr lägre än budgeterat.",
            C(
                "Slussavgifter och båtpass",
                "900 tkr",
                "-",
                "volymer",
                "avgifter_intakter",
                "ovrigt",
                note="The amount comes last, after two reasons; the weather is ovrigt.",
            ),
        ),
        H("Personalkostnader", 3),
        P(
            "Personalkostnaderna överskrids med 350 tkr. Hög sjukfrånvaro bland slussvakterna i juli krävde extra "
            "sommarvikarier och övertid.",
            C("Personalkostnader", "350 tkr", "-", "sjukfranvaro", "vikarier", "overtid"),
        ),
        H("Underhåll", 3),
        P(
            "En slussport vid Buxbyn fick bytas akut i juni efter en påsegling.",
            C(
                "Underhåll slussar och dammar",
                "−100",
                "-",
                "ovrigt",
                unit="tkr",
                table=True,
                note="A reason only: the row's cell. Damage is ovrigt.",
            ),
        ),
        H("Energi och övriga intäkter", 3),
        P(
            "Elkostnaderna för slussarnas drift blev lägre än budgeterat tack vare lägre elpriser under våren, vilket "
            "ger ett överskott på 100 tkr.",
            C("Energi", "100 tkr", "+", "prisokningar"),
        ),
        P(
            "Uthyrningen av kanoter och försäljningen i kanalbutiken i Håverud ger 150 tkr mer än budget.",
            C("Övriga intäkter", "150 tkr", "+", "avgifter_intakter"),
        ),
        P("Ägartillskotten följer budget.", BP("Ägartillskott")),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 3 500 tkr för nya slussportar används endast 1 200 tkr i år, vilket innebär "
            "att 2 300 tkr inte förbrukas. Tillståndet för arbetet i vattnet har ännu inte beviljats.",
            C("Investeringar", "2 300 tkr", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Åtgärder och finansiering", 2),
        P(
            "Styrelsen har beslutat att skjuta rekryteringen av en underhållstekniker till 2026, vilket minskar "
            "kostnaderna med 200 tkr i år.",
            A("Personalkostnader", "200 tkr", "vakanser"),
        ),
        P(
            "Bolagets egna kapital uppgår till 4 800 tkr och täcker det prognostiserade underskottet.",
            O(None, "reserver", note="Equity covering the deficit."),
        ),
    ]
    return ReportSpec(
        file="dalslands-kanal-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Dalslands Kanal AB", "Dalslands Kanal"],
            "committee": ["Styrelsen", "Bolagsstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Dalslands Kanal AB", "author": "Dalslands Kanal AB"},
        style=style,
        blocks=blocks,
    )
