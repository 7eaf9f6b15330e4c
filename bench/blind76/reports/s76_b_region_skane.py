"""Region Skåne, Primärvårdsnämnden, delårsrapport januari–augusti 2025 (primary health care).

A region's health-care interim report whose result table is pasted as an image (every amount lives in the
prose), footer with the nämnd's meeting date in October and a diarienummer: the period "−84 miljoner kronor
jämfört med periodiserad budget" and the full year "ett underskott mot budget på 131 miljoner kronor" in
separate paragraphs, a forecast change since the tertial report with its cause; headings that carry the
area and amount with U+2212 and "+" ("Primärvård Skåne (egen regi) −72 miljoner kronor") over short
paragraphs, a drugs paragraph whose second sentence compares with 2024 (other), dental care "ett litet
överskott om 2 miljoner kronor" in a paragraph without heading, personnel costs "12 miljoner kronor lägre än
budget" beside hired staff against last year (other), an action with its effect and investments "sju
miljoner kronor lägre än ramen" in words. Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(62.0, 80.0, 62.0, 72.0),
        header=lambda n, m: ("Region Skåne", "Delårsrapport 2 2025 – Primärvårdsnämnden"),
        footer=lambda n, m: ("Primärvårdsnämnden 2025-10-02", "Dnr PVN 2025-0388", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Resultat per verksamhetsområde, miljoner kronor",
        header=(("Verksamhetsområde", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Primärvård Skåne (egen regi)", "2 941", "3 013", "−72"),
            ("Vårdval primärvård", "3 386", "3 424", "−38"),
            ("Läkemedel", "1 112", "1 141", "−29"),
            ("Hjälpmedel", "418", "412", "+6"),
            ("Tandvård", "655", "653", "+2"),
            ("Nämnd och kansli", "37", "37", "0"),
            ("Summa", "8 549", "8 680", "−131"),
        ),
        widths=(190.0, 80.0, 80.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Primärvårdsnämnden", size=12.5, font="arial", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Primärvårdsnämndens resultat för perioden januari–augusti är −84 miljoner kronor jämfört med "
            "periodiserad budget.",
            C(None, "−84 miljoner kronor", "-", note="The period's deviation, in a paragraph of its own."),
        ),
        P(
            "Helårsprognosen är ett underskott mot budget på 131 miljoner kronor.",
            C(None, "131 miljoner kronor", "-"),
        ),
        P(
            "Prognosen har därmed försämrats med 36 miljoner kronor sedan tertialrapporten, främst till följd av "
            "högre kostnader för hyrläkare under sommaren.",
            F(None, "36 miljoner kronor", "-", "inhyrd_personal"),
        ),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        HP(
            "Primärvård Skåne (egen regi) −72 miljoner kronor",
            "Underskottet beror främst på inhyrda läkare vid vårdcentralerna i nordöstra Skåne, där sju av tolv "
            "specialisttjänster i allmänmedicin är vakanta. Även sjukfrånvaron bland distriktssköterskorna har ökat.",
            C(
                "Primärvård Skåne (egen regi)",
                "−72 miljoner kronor",
                "-",
                "inhyrd_personal",
                "vakanser",
                "sjukfranvaro",
            ),
        ),
        HP(
            "Vårdval primärvård −38 miljoner kronor",
            "Fler listade invånare och en högre andel patienter med stor vårdtyngd ökar ersättningen till "
            "vårdcentralerna. Ersättningen från andra regioner för besök av utomlänspatienter blir samtidigt lägre "
            "än beräknat.",
            C("Vårdval primärvård", "−38 miljoner kronor", "-", "volymer", "avgifter_intakter"),
        ),
        Para(
            (
                (
                    "Kostnaderna för läkemedel inom förmånen ökar snabbare än budgeterat, framför allt för "
                    "diabetesläkemedel.",
                    C(
                        "Läkemedel",
                        "−29 miljoner kronor",
                        "-",
                        "material_hjalpmedel",
                        note="Drugs: material_hjalpmedel.",
                    ),
                ),
                (
                    "Förskrivningen av GLP-1-analoger har ökat med 34 procent jämfört med samma period 2024.",
                    O(
                        "Läkemedel",
                        note="A volume against the previous year, in the cause's paragraph: other.",
                    ),
                ),
            ),
            head="Läkemedel −29 miljoner kronor",
            head_level=3,
        ),
        HP(
            "Hjälpmedel +6 miljoner kronor",
            "Hjälpmedelsverksamheten visar ett positivt resultat mot budget tack vare lägre inköpspriser i det nya "
            "avtalet för rullatorer och att fler hjälpmedel återanvänds.",
            C("Hjälpmedel", "+6 miljoner kronor", "+", "material_hjalpmedel", "prisokningar"),
        ),
        P(
            "Tandvården och nämndens kansli beräknas sammantaget ge ett litet överskott om 2 miljoner kronor, som "
            "helt avser tandvården där intäkterna från frisktandvårdsavtal är högre än budgeterat.",
            C(
                "Tandvård",
                "2 miljoner kronor",
                "+",
                "avgifter_intakter",
                note="No heading: the area in the sentence.",
            ),
        ),
        H("Personal och bemanning", 2),
        P(
            "Personalkostnaderna exklusive inhyrd personal är 12 miljoner kronor lägre än budget, eftersom många "
            "tjänster för läkare och sjuksköterskor inte har kunnat tillsättas.",
            C("Personalkostnader", "12 miljoner kronor", "+", "vakanser"),
        ),
        P(
            "Kostnaderna för inhyrd personal uppgick under perioden till 143 miljoner kronor, vilket är 22 miljoner "
            "kronor mer än under samma period föregående år.",
            O("Inhyrd personal", "inhyrd_personal", note="Against the previous year, not the budget: other."),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att inte teckna några nya avtal med bemanningsföretag från och med den 1 oktober. "
            "Åtgärden beräknas minska kostnaderna med 15 miljoner kronor under resten av året.",
            A(None, "15 miljoner kronor", "inhyrd_personal"),
        ),
        H("Investeringar", 2),
        P(
            "Helårsprognosen för investeringarna är sju miljoner kronor lägre än ramen på 48 miljoner kronor, då "
            "flytten av vårdcentralen i Hässleholm har försenats till 2026.",
            C(
                "Investeringar",
                "sju miljoner kronor",
                "+",
                "periodisering",
                value=7_000_000,
                note="Amount in words; investment under-spending: positive.",
            ),
        ),
    ]
    return ReportSpec(
        file="region-skane-pvn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Region Skåne",
            "committee": ["Primärvårdsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2 2025 Primärvårdsnämnden", "author": "Region Skåne"},
        style=style,
        blocks=blocks,
    )
