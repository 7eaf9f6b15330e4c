"""Solna stad, Kultur- och fritidsnämnden, tertialrapport 2 2025 (januari–augusti).

A culture and leisure committee's second tertial report in "mkr", footer with the diary number: the full year
"årets kostnader överstiger den tilldelade ramen med 1,7 mkr", the period "0,6 mkr lägre än budgeterat" with
its timing reason in the same sentence, the change since tertial report 1 with its cause; a table whose "Diff"
is forecast minus budget (an overrun positive, declared in the caption: "2,7" a deficit, "−0,2" a surplus);
en-dash bullets under a generic heading ("Kommentarer till avvikelserna") in varied shapes ("går mot ett
underskott på 2,7 mkr", "visar ett plus mot budget om 0,6 mkr", "För biblioteken blir kostnaderna 0,4 mkr
lägre", "överskrider budget med 0,2 mkr", a reason-only bullet after a colon (the row's "−0,2"), "bedöms
bedriva verksamheten inom budget"); rental revenue "0,5 mkr högre än budgeterat", personnel costs "0,3 mkr under budget för perioden"; an action, investments "4,6
mkr under budget" and library visits against last year (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(16.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Solna stad", "Tertialrapport 2 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden", "KFN/2025:112", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Nettokostnad per verksamhet, mkr (Diff = prognos − budget, positiv diff är ett underskott)",
        header=(("Verksamhet", "Budget helår", "Prognos helår", "Diff"),),
        rows=(
            ("Nämnd och administration", "9,8", "9,6", "−0,2"),
            ("Bibliotek", "38,5", "38,1", "−0,4"),
            ("Kulturskola", "21,4", "21,4", "0,0"),
            ("Bad och idrottsanläggningar", "64,2", "66,9", "2,7"),
            ("Fritidsgårdar", "18,0", "17,4", "−0,6"),
            ("Kulturarrangemang", "11,6", "11,8", "0,2"),
            ("Summa", "163,5", "165,2", "1,7"),
        ),
        widths=(180.0, 76.0, 80.0, 60.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 2 2025", size=19, font="sans-bold", after=2),
        Title("Kultur- och fritidsnämnden, januari–augusti", size=12, font="sans", after=12),
        H("Nämndens ekonomi i sammandrag", 2),
        P(
            "Kultur- och fritidsnämnden beräknar att årets kostnader överstiger den tilldelade ramen med 1,7 mkr.",
            C(None, "1,7 mkr", "-", note="The full year."),
        ),
        P(
            "Efter augusti är nettokostnaderna 0,6 mkr lägre än budgeterat för perioden, men det beror på att "
            "höstens arrangemang ännu inte har bokförts.",
            C(
                None,
                "0,6 mkr",
                "+",
                "periodisering",
                note="The period with its timing reason in one sentence.",
            ),
        ),
        P(
            "Jämfört med tertialrapport 1 har prognosen försämrats med 0,9 mkr, helt till följd av att Vallabadet "
            "har stängts.",
            F(None, "0,9 mkr", "-", "ovrigt"),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        Bullets(
            (
                "Bad och idrottsanläggningar går mot ett underskott på 2,7 mkr. Vallabadet har varit stängt sedan "
                "juni för en oplanerad reparation av bassängen, vilket ger uteblivna entréintäkter och extra "
                "kostnader för reparationen.",
                "Fritidsgårdarna visar ett plus mot budget om 0,6 mkr eftersom fritidsgården i Hagalund har haft "
                "begränsade öppettider i väntan på nya lokaler.",
                "För biblioteken blir kostnaderna 0,4 mkr lägre än budget, då inköpen av medier har hållits "
                "tillbaka.",
                "Kulturarrangemangen överskrider budget med 0,2 mkr på grund av högre kostnader för vakter och "
                "säkerhet vid stadsfesten.",
                "Nämnd och administration: lägre kostnader för IT-licenser än budgeterat.",
                "Kulturskolan bedöms bedriva verksamheten inom budget.",
            ),
            labels=(
                C(
                    "Bad och idrottsanläggningar",
                    "2,7 mkr",
                    "-",
                    "avgifter_intakter",
                    "ovrigt",
                    note="A repair closure is ovrigt.",
                ),
                C(
                    "Fritidsgårdar",
                    "0,6 mkr",
                    "+",
                    "lokaler",
                    note="Reduced opening hours while waiting for new premises: lokaler.",
                ),
                C(
                    "Bibliotek",
                    "0,4 mkr",
                    "+",
                    "material_hjalpmedel",
                    note="The area after 'För'; media purchases are material_hjalpmedel.",
                ),
                C("Kulturarrangemang", "0,2 mkr", "-", "ovrigt", note="Security guards are ovrigt."),
                C(
                    "Nämnd och administration",
                    "−0,2",
                    "+",
                    "it_digitalisering",
                    unit="mkr",
                    table=True,
                    note="Reason only: the row's cell as printed (Diff = prognos − budget, so minus is a surplus).",
                ),
                BP("Kulturskola"),
            ),
            glyph="–",
        ),
        H("Verksamhetens intäkter", 2),
        P(
            "Intäkterna från uthyrning av idrottshallar till föreningar och företag väntas bli 0,5 mkr högre än "
            "budgeterat.",
            C(
                "Uthyrning av idrottshallar",
                "0,5 mkr",
                "+",
                "avgifter_intakter",
                note="Revenue above budget: positive.",
            ),
        ),
        H("Personalkostnader", 2),
        P(
            "Personalkostnaderna ligger 0,3 mkr under budget för perioden, på grund av vakanta tjänster som "
            "fritidsledare.",
            C(
                "Personalkostnader",
                "0,3 mkr",
                "+",
                "vakanser",
                note="A kostnadsslag for the period: a cost under budget is positive.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att senarelägga inköp av nya inventarier till fritidsgårdarna och att pausa en "
            "rekrytering på förvaltningens kansli, vilket sammantaget minskar kostnaderna med 0,8 mkr i år.",
            A(None, "0,8 mkr", "material_hjalpmedel", "vakanser"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna prognostiseras till 7,4 mkr, vilket är 4,6 mkr under budget. Upphandlingen av den nya "
            "konstgräsplanen vid Vallaparken har avbrutits och görs om under 2026.",
            C("Investeringar", "4,6 mkr", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Verksamhet", 2),
        P(
            "Antalet besök på biblioteken har ökat med 7 procent jämfört med samma period 2024.",
            O("Bibliotek", "volymer", note="Visits against the previous year."),
        ),
    ]
    return ReportSpec(
        file="solna-kfn-tertialrapport-2025-08.pdf",
        report={
            "municipality": ["Solna", "Solna stad"],
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 2 2025 Kultur- och fritidsnämnden", "author": "Solna stad"},
        style=style,
        blocks=blocks,
    )
