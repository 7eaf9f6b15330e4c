"""Region Halland, Driftnämnden Ambulans, diagnostik och hälsa, delårsrapport januari–augusti 2025.

A region's health-care förvaltning's interim report in mnkr, footer with the driftnämnd's meeting date in
September: one sentence with the period's result "4,2 mnkr sämre än budget för perioden" and the full year's
"underskott på −12,0 mnkr jämfört med budget" (one item, the full year's), the full year's reasons in a
paragraph of their own (amount null), the change since April with a "varav"; a table whose note says "+"
is better than budget; two columns of bold run-in verksamhetsområden with a colon: "Prognosen är −9,4 mnkr."
with three causes followed in the same paragraph by two magnetic-resonance teams as a "respektive" pair (their
own items), "Underskottet på 4,6 mnkr beror på", a reason-only ambulance deficit (the row's "−1,8"),
"Överskottet på 2,5 mnkr kommer från", "Ett överskott om 0,9 mnkr, då", and "beräknas i stort följa budget"
(boilerplate beside a row of +0,4); investments "46 mnkr mot budgeterade 58 mnkr" (12 never written out);
an action against hired staff and staff numbers against last year (other). DejaVu Serif 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Region Halland", "Ambulans, diagnostik och hälsa"),
        footer=lambda n, m: ("Delårsrapport augusti 2025", "Driftnämnden ADH 2025-09-26", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhetsområde, mnkr (+ = bättre än budget, − = sämre än budget)",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Ambulanssjukvård", "286,4", "288,2", "−1,8"),
            ("Bild- och funktionsmedicin", "342,1", "351,5", "−9,4"),
            ("Laboratoriemedicin", "268,7", "273,3", "−4,6"),
            ("Hälsa och habilitering", "154,3", "151,8", "+2,5"),
            ("Sjukvårdsrådgivning", "41,2", "40,3", "+0,9"),
            ("Förvaltningsgemensamt", "37,9", "37,5", "+0,4"),
            ("Summa", "1 130,6", "1 142,6", "−12,0"),
        ),
        widths=(180.0, 75.0, 75.0, 75.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="serif-bold", after=2),
        Title("Driftnämnden Ambulans, diagnostik och hälsa", size=12, font="serif", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Förvaltningens resultat efter augusti är +8,6 mnkr, vilket är 4,2 mnkr sämre än budget för perioden, "
            "och helårsprognosen är ett underskott på −12,0 mnkr jämfört med budget.",
            C(
                None,
                "−12,0 mnkr",
                "-",
                note="Period and full year in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Underskottet förklaras främst av hyrpersonal inom bild- och funktionsmedicin samt av ökade kostnader "
            "för reagens och förbrukningsmaterial inom laboratoriemedicin.",
            C(
                None,
                None,
                "-",
                "inhyrd_personal",
                "material_hjalpmedel",
                note="The full year's reasons in a paragraph of their own: amount null.",
            ),
        ),
        P(
            "Jämfört med prognosen i april har helårsprognosen försämrats med 3,5 mnkr, varav 2,0 mnkr avser ett "
            "dyrare avtal för reagens.",
            F(None, "3,5 mnkr", "-", "prisokningar", note="A 'varav' part: the total."),
        ),
        table,
        H("Verksamhetsområdenas prognoser", 2),
        Columns(2),
        LP(
            "Bild- och funktionsmedicin:",
            "Prognosen är −9,4 mnkr. Bristen på röntgensjuksköterskor har gjort att verksamheten hyrt in personal "
            "från bemanningsföretag, och kvällsmottagningar för att korta köerna har gett kostnader för övertid.",
            C(
                "Bild- och funktionsmedicin",
                "−9,4 mnkr",
                "-",
                "vakanser",
                "inhyrd_personal",
                "overtid",
            ),
            (
                "Inom området visar magnetkamerateamen i Halmstad och Varberg −3,1 respektive −1,7 mnkr.",
                C(
                    "Magnetkamerateamet i Halmstad",
                    "−3,1",
                    "-",
                    unit="mnkr",
                    note="Sub-areas inside another area's paragraph: their own items ('respektive').",
                    also=(C("Magnetkamerateamet i Varberg", "−1,7 mnkr", "-"),),
                ),
            ),
        ),
        LP(
            "Laboratoriemedicin:",
            "Underskottet på 4,6 mnkr beror på att priserna på reagens har ökat mer än uppräkningen i budgeten och "
            "att analysvolymerna från primärvården fortsätter att växa.",
            C("Laboratoriemedicin", "4,6 mnkr", "-", "prisokningar", "material_hjalpmedel", "volymer"),
        ),
        LP(
            "Ambulanssjukvård:",
            "Verksamheten beräknas överskrida budget. Fler larm än beräknat och uppstarten av en ny "
            "ambulansstation i maj förklarar avvikelsen.",
            C(
                "Ambulanssjukvård",
                "−1,8",
                "-",
                "volymer",
                "omstallning",
                unit="mnkr",
                table=True,
                note="No amount in the prose: the table row's cell.",
            ),
        ),
        LP(
            "Hälsa och habilitering:",
            "Överskottet på 2,5 mnkr kommer från vakanta psykologtjänster och från högre intäkter för "
            "hörselhjälpmedel.",
            C("Hälsa och habilitering", "2,5 mnkr", "+", "vakanser", "avgifter_intakter"),
        ),
        LP(
            "Sjukvårdsrådgivning:",
            "Ett överskott om 0,9 mnkr, då telefonitjänsten har upphandlats till ett lägre pris.",
            C("Sjukvårdsrådgivning", "0,9 mnkr", "+", "it_digitalisering", "prisokningar"),
        ),
        LP(
            "Förvaltningsgemensamt:",
            "Kostnaderna beräknas i stort följa budget.",
            BP("Förvaltningsgemensamt", note="+0,4 in the table."),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Förvaltningen har investerat för 21,4 mnkr under perioden. Helårsprognosen är 46 mnkr mot budgeterade "
            "58 mnkr, eftersom leveransen av en ny datortomograf har försenats till 2026.",
            C(
                "Investeringar",
                "46 mnkr mot budgeterade 58 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=12_000_000,
                note="An under-spend of 12 mnkr never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "En handlingsplan för att minska beroendet av hyrpersonal har tagits fram, med målet att halvera "
            "kostnaden för inhyrda röntgensjuksköterskor till 2026. Effekten för 2025 beräknas till 1,2 mnkr.",
            A("Bild- och funktionsmedicin", "1,2 mnkr", "inhyrd_personal"),
        ),
        H("Medarbetare", 2),
        P(
            "Antalet anställda har ökat med 34 jämfört med augusti 2024, vilket beror på att den nya "
            "ambulansstationen har bemannats.",
            O(None, note="Staff numbers against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="region-halland-dn-adh-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Region Halland",
            "committee": ["Driftnämnden Ambulans, diagnostik och hälsa", "Ambulans, diagnostik och hälsa"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport augusti 2025 Ambulans, diagnostik och hälsa",
            "author": "Region Halland",
        },
        style=style,
        blocks=blocks,
    )
