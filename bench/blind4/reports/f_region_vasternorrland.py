"""Region Västernorrland, Regionstyrelsen, månadsrapport november 2025 (the whole region).

A region's month report with numbered headings: the accumulated result against the periodised budget,
the full-year forecast against a budgeted surplus ("−165 mnkr mot budgeterade +50 mnkr", a 215 mnkr
deviation) and "oförändrad jämfört med oktober" (boilerplate) in one paragraph, the duty to restore the
balanskrav deficit (other), a table per förvaltning in mnkr with the accumulated deviation, the
full-year deviation and October's; then headings that carry the förvaltning and its amount over a
paragraph with a part amount (agency staff), a continuation paragraph on hyrläkare with neither amount
nor direction (its own item), a sentence with "respektive" twice for läkemedel and medicinskt material
(two items, one cause each), kollektivtrafik under a heading with its amount, two bold run-in lines
under "Övriga förvaltningar" (one telegraphic), a row without a comment (finansförvaltningen); an action
with an effect for next year, an agency-staff cost against last year (other), staff figures, an
accessibility table and, as a bilaga, the income statement with last year's figures (not labelled).
DejaVu Sans 9 pt with DejaVu Serif headings, a footer "– n –".

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, HP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.0,
        leading=1.44,
        para_gap=6.0,
        heading_sizes=(13.0, 11.0, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(62.0, 72.0, 62.0, 70.0),
        header=lambda n, m: ("REGION VÄSTERNORRLAND", "Regionstyrelsen"),
        footer=lambda n, m: ("Månadsrapport november 2025", f"– {n} –", ""),
        header_size=7.5,
        rule_under_header=True,
    )
    units = Table(
        caption="Tabell 1. Avvikelse mot budget per förvaltning, mnkr",
        header=(
            ("", "Ackumulerat", "Prognos", "Prognos"),
            ("Förvaltning", "jan–nov", "helår nov", "helår okt"),
        ),
        rows=(
            ("Hälso- och sjukvårdsförvaltningen", "−198", "−232", "−229"),
            ("Regional utveckling", "4", "5", "5"),
            ("Kollektivtrafik", "−9", "−11", "−10"),
            ("Regionservice och regiongemensamt", "12", "14", "12"),
            ("Finansförvaltningen", "4", "9", "7"),
            ("Summa regionen", "−187", "−215", "−215"),
        ),
        widths=(200.0, 72.0, 72.0, 72.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    access = Table(
        caption="Tabell 2. Tillgänglighet, andel inom vårdgarantin, procent",
        header=(("", "Nov 2025", "Nov 2024", "Mål"),),
        rows=(
            ("Medicinsk bedömning i primärvården inom 3 dagar", "81", "77", "90"),
            ("Första besök i specialiserad vård inom 90 dagar", "66", "61", "90"),
            ("Operation eller åtgärd inom 90 dagar", "58", "55", "90"),
        ),
        widths=(250.0, 62.0, 62.0, 46.0),
        rules=True,
        size=8.5,
    )
    income = Table(
        caption="Resultaträkning januari–november och helårsprognos, mnkr",
        header=(
            ("", "Utfall", "Utfall", "Prognos", "Budget"),
            ("", "jan–nov 2025", "jan–nov 2024", "2025", "2025"),
        ),
        rows=(
            ("Verksamhetens intäkter", "1 184", "1 131", "1 296", "1 270"),
            ("Verksamhetens kostnader", "−10 362", "−9 874", "−11 342", "−11 080"),
            ("Avskrivningar", "−298", "−287", "−326", "−330"),
            ("Verksamhetens nettokostnader", "−9 476", "−9 030", "−10 372", "−10 140"),
            ("Skatteintäkter", "5 702", "5 498", "6 218", "6 236"),
            ("Generella statsbidrag och utjämning", "3 604", "3 452", "3 932", "3 914"),
            ("Finansnetto", "28", "19", "57", "40"),
            ("Resultat", "−142", "−61", "−165", "50"),
        ),
        widths=(176.0, 78.0, 78.0, 60.0, 60.0),
        bold_rows=frozenset({3, 7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=19, font="serif-bold"),
        Title("Region Västernorrland – ekonomiskt utfall och prognos", size=11.5, font="sans", after=12),
        H("1 Sammanfattande bedömning", 1),
        PS(
            (
                "Regionens ackumulerade resultat till och med november uppgår till −142 mnkr, vilket är 187 mnkr "
                "sämre än periodiserad budget.",
                C(None, "187 mnkr", "-", note="Accumulated result against the periodised budget."),
            ),
            (
                "Helårsprognosen är −165 mnkr mot budgeterade +50 mnkr.",
                C(
                    None,
                    "−165 mnkr mot budgeterade +50 mnkr",
                    "-",
                    value=215_000_000,
                    note="Result against a budgeted surplus: 215 mnkr (table Summa −215).",
                ),
            ),
            ("Prognosen är oförändrad jämfört med oktober.", BF(None)),
        ),
        P(
            "Det negativa resultatet innebär att regionens egna kapital minskar ytterligare. Enligt kommunallagen "
            "ska underskottet mot balanskravet återställas inom tre år, och regionfullmäktige behöver därför besluta "
            "om en plan för återställning i samband med budgeten för 2026.",
            O(None, "reserver", note="Eget kapital and the balanskrav restoration: financing."),
        ),
        units,
        H("2 Förvaltningarnas avvikelser", 1),
        HP(
            "Hälso- och sjukvårdsförvaltningen −232 mnkr",
            "Underskottet förklaras framför allt av kostnader för inhyrd personal, som ligger 138 mnkr över "
            "budget, och av köpt vård från andra regioner. Antalet patienter som har remitterats till "
            "Norrlands universitetssjukhus för thoraxkirurgi och neurokirurgi har ökat jämfört med budget.",
            C(
                "Hälso- och sjukvårdsförvaltningen",
                "−232 mnkr",
                "-",
                "inhyrd_personal",
                "kopt_verksamhet",
                "volymer",
                note="138 mnkr is the agency-staff part, not the item's amount.",
            ),
            level=2,
        ),
        P(
            "Hyrläkare anlitas fortfarande i stor omfattning inom psykiatrin och på vårdcentralerna i inlandet, och "
            "hyrsjuksköterskor inom ambulanssjukvården och på intensivvårdsavdelningen i Sundsvall. Under hösten "
            "har två vårdcentraler i inlandet haft enbart hyrläkare.",
            C(
                "Inhyrd personal",
                None,
                None,
                "inhyrd_personal",
                note="A continuation paragraph that says why agency staff cost more; no amount, no direction.",
            ),
        ),
        P(
            "Läkemedel och medicinskt material överskrider budget med 31 mnkr respektive 12 mnkr, till följd av nya "
            "cancerläkemedel respektive högre priser på förbrukningsmaterial.",
            C(
                "Läkemedel",
                "31 mnkr",
                "-",
                "material_hjalpmedel",
                note="'Respektive' twice: two areas, two amounts, one cause each. Pharmaceuticals tagged "
                "material_hjalpmedel, as in the earlier sets.",
                also=(C("Medicinskt material", "12 mnkr", "-", "material_hjalpmedel", "prisokningar"),),
            ),
        ),
        HP(
            "Kollektivtrafik −11 mnkr",
            "Trafikavtalen har räknats upp med ett högre index än budgeterat, samtidigt som biljettintäkterna har "
            "ökat långsammare än planerat.",
            C("Kollektivtrafik", "−11 mnkr", "-", "prisokningar", "avgifter_intakter"),
            level=2,
        ),
        H("Övriga förvaltningar", 2),
        LP(
            "Regional utveckling +5 mnkr.",
            "Två projekt inom kulturområdet har startat senare än planerat.",
            C("Regional utveckling", "+5 mnkr", "+", "periodisering"),
        ),
        LP(
            "Regionservice och regiongemensamt +14 mnkr.",
            "Lägre energikostnader i regionens fastigheter och vakanta tjänster inom IT-avdelningen.",
            C(
                "Regionservice och regiongemensamt",
                "+14 mnkr",
                "+",
                "prisokningar",
                "vakanser",
                note="A telegraphic line, no cue word.",
            ),
        ),
        H("3 Åtgärder", 1),
        P(
            "Regionstyrelsen beslutade i oktober att nya avtal om inhyrd personal endast får tecknas efter "
            "godkännande av regiondirektören. Förvaltningen bedömer att åtgärden minskar kostnaderna för inhyrd "
            "personal med 25 mnkr under 2026.",
            A(
                "Hälso- och sjukvårdsförvaltningen",
                "25 mnkr",
                "inhyrd_personal",
                note="Effect for next year.",
            ),
        ),
        H("4 Personal och tillgänglighet", 1),
        P(
            "Kostnaden för inhyrd personal uppgick till 301 mnkr till och med november, vilket är 18 mnkr lägre än "
            "samma period föregående år.",
            O(
                "Hälso- och sjukvårdsförvaltningen",
                "inhyrd_personal",
                note="Comparison with the previous year.",
            ),
        ),
        P(
            "Sjukfrånvaron var 6,4 procent i oktober. Antalet anställda har ökat med 112 jämfört med november 2024, "
            "främst bland sjuksköterskor och undersköterskor."
        ),
        access,
        H("Bilaga. Resultaträkning, mnkr", 2),
        income,
    ]
    return ReportSpec(
        file="region-vasternorrland-rs-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Region Västernorrland",
            "committee": ["Regionstyrelsen"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport november 2025", "author": "Region Västernorrland"},
        style=style,
        blocks=blocks,
    )
