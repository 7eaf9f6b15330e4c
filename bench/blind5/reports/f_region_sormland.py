"""Region Sörmland, Hälso- och sjukvårdsnämnden, tertialrapport 2 2025 (januari–augusti).

A region's health-care tertial report: the period result against the periodised budget and the
full-year deficit with tertial 1's figure in brackets ("(T1: −170 mnkr)", not the amount) in one
paragraph (two items), "Prognosen har förbättrats med …" with its cause, a year-on-year cost increase
that "beror på" (other), a sign note (not labelled), a table per division in mnkr with tertial 1's
deviation; then two columns under one heading with a level-3 heading per division (not part of the
item): the cause stated first and the amount in the next sentence with a footnote mark ("Det är den
största enskilda orsaken till divisionens underskott på 61 mnkr¹"), "förklaras både av … och av …"
with four causes, psychiatry's deficit and, in the next sentence, its own change since tertial 1 (a
cause and a forecast change), a cue-less paragraph whose amount lives only in the table, a bold run-in
line with the amount only in the table, dental care whose deficit is a range ("mellan 8 och 10 mnkr":
the amount is the table row's), drugs budgeted in common; the investment forecast under budget from
delayed deliveries, an assignment to halve agency nurses (action) and the footnote (not labelled).
DejaVu Serif 9.5 pt, a footer with the diarienummer and "n (m)".

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O

ROW = "Amount from the division's table row (mnkr, budget − prognos)."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(13.5, 11.0, 9.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(60.0, 74.0, 60.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Region Sörmland", "Tertialrapport 2 2025 – Hälso- och sjukvårdsnämnden"),
        footer=lambda n, m: ("Dnr HSN-2025/212", "", f"{n} ({m})"),
        header_size=7.5,
    )
    divisions = Table(
        caption="Helårsprognos per division, mnkr",
        header=(("Division", "Budget", "Prognos", "Avvikelse", "Avvikelse T1"),),
        rows=(
            ("Akut och kirurgi", "2 418", "2 479", "−61", "−66"),
            ("Medicin", "1 936", "1 983", "−47", "−49"),
            ("Psykiatri", "942", "954", "−12", "−20"),
            ("Primärvård", "1 377", "1 401", "−24", "−22"),
            ("Diagnostik", "618", "609", "9", "6"),
            ("Folktandvården", "402", "411", "−9", "−7"),
            ("Läkemedel, nämndgemensamt", "1 106", "1 120", "−14", "−12"),
            ("Summa", "8 799", "8 957", "−158", "−170"),
        ),
        widths=(180.0, 62.0, 62.0, 66.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 2 2025", size=19, font="serif-bold"),
        Title("Hälso- och sjukvårdsnämnden, januari–augusti", size=11, font="serif-italic", after=12),
        H("Sammanfattning", 1),
        PS(
            (
                "Nämndens resultat per augusti är −112 mnkr, vilket är 64 mnkr sämre än periodiserad budget.",
                C(None, "64 mnkr", "-", note="The period result against the periodised budget."),
            ),
            (
                "För helåret prognostiseras ett underskott på 158 mnkr (T1: −170 mnkr).",
                C(None, "158 mnkr", "-", note="The bracket is tertial 1's forecast, not the amount."),
            ),
        ),
        P(
            "Prognosen har förbättrats med 12 mnkr sedan tertial 1, främst genom att hyrläkarkostnaderna inom "
            "psykiatrin har minskat.",
            F(None, "12 mnkr", "+", "inhyrd_personal"),
        ),
        P(
            "Nettokostnaderna har ökat med 5,2 procent jämfört med samma period förra året, vilket främst beror på "
            "lönerevisionen och högre läkemedelskostnader.",
            O(
                None,
                "lonekostnader",
                "material_hjalpmedel",
                note="Against the previous year, not the budget.",
            ),
        ),
        P(
            "Avvikelsen anges som budget minus prognos. Ett negativt värde innebär att divisionen beräknas "
            "överskrida sin budget.",
            size=8.5,
        ),
        divisions,
        Columns(2),
        H("Kommentarer per division", 2),
        H("Division Akut och kirurgi", 3),
        P(
            "Hyrsjuksköterskor har krävts på akutmottagningarna i Eskilstuna och Nyköping under hela sommaren. Det "
            "är den största enskilda orsaken till divisionens underskott på 61 mnkr¹. Därtill kommer övertid för "
            "operationssjuksköterskor, när planerade operationer har flyttats till kvällstid för att korta köerna.",
            C(
                "Division Akut och kirurgi",
                "61 mnkr",
                "-",
                "inhyrd_personal",
                "overtid",
                note="The cause comes first, the amount in the next sentence, with a footnote mark.",
            ),
        ),
        H("Division Medicin", 3),
        P(
            "Medicin redovisar −47 mnkr. Underskottet förklaras både av överbeläggningar på medicinklinikerna, som "
            "har krävt extra personal på nätterna, och av att kostnaderna för medicinskt förbrukningsmaterial har "
            "ökat mer än index.",
            C(
                "Division Medicin",
                "−47 mnkr",
                "-",
                "volymer",
                "bemanning",
                "material_hjalpmedel",
                "prisokningar",
            ),
        ),
        H("Division Psykiatri", 3),
        PS(
            (
                "Psykiatrins underskott på 12 mnkr avser främst köpt rättspsykiatrisk vård i andra regioner.",
                C("Division Psykiatri", "12 mnkr", "-", "kopt_verksamhet"),
            ),
            (
                "Underskottet har minskat med 8 mnkr sedan tertial 1, eftersom två hyrläkare har ersatts av egna "
                "överläkare.",
                F("Division Psykiatri", "8 mnkr", "+", "inhyrd_personal"),
            ),
        ),
        H("Division Primärvård", 3),
        P(
            "Hälsocentralerna är fortsatt beroende av hyrläkare, och ersättningen till privata vårdcentraler har "
            "ökat när fler invånare har listat sig där.",
            C(
                "Division Primärvård",
                "−24",
                "-",
                "inhyrd_personal",
                "kopt_verksamhet",
                "volymer",
                unit="mnkr",
                table=True,
                note=ROW + " No amount and no cue word in the passage.",
            ),
        ),
        LP(
            "Diagnostik.",
            "Intäkterna från analyser som säljs till andra regioner och privata vårdgivare är högre än budgeterat.",
            C("Division Diagnostik", "9", "+", "avgifter_intakter", unit="mnkr", table=True, note=ROW),
        ),
        H("Folktandvården", 3),
        P(
            "Folktandvårdens underskott bedöms hamna mellan 8 och 10 mnkr, beroende på hur många patienter som "
            "hinner kallas under hösten. Två kliniker har haft vakanta tandläkartjänster, och intäkterna från "
            "vuxentandvården är därför lägre än budgeterat.",
            C(
                "Folktandvården",
                "−9",
                "-",
                "vakanser",
                "avgifter_intakter",
                unit="mnkr",
                table=True,
                note="The passage gives a range (8–10 mnkr), not one amount: the amount is the table row's.",
            ),
        ),
        H("Läkemedel", 3),
        P(
            "Förmånsläkemedlen, som budgeteras gemensamt för nämnden, överskrider budget med 14 mnkr. Det gäller "
            "framför allt läkemedel mot diabetes och cancer.",
            C("Läkemedel", "14 mnkr", "-", "material_hjalpmedel"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna i medicinteknisk utrustning beräknas till 58 mnkr, vilket är 24 mnkr mindre än "
            "budgeterat. Leveransen av två nya datortomografer har skjutits till våren 2026.",
            C(
                "Medicinteknisk utrustning",
                "24 mnkr",
                "+",
                "periodisering",
                note="Investment forecast under budget: delayed deliveries.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har gett regiondirektören i uppdrag att halvera kostnaderna för hyrsjuksköterskor till 2026, "
            "bland annat genom en regiongemensam bemanningspool.",
            A(None, None, "inhyrd_personal", "bemanning", note="No effect stated in kronor."),
        ),
        P("¹ Inklusive divisionens andel av kostnaderna för ambulanshelikoptern.", size=7.5),
    ]
    return ReportSpec(
        file="region-sormland-hsn-tertialrapport-2025-08.pdf",
        report={
            "municipality": "Region Sörmland",
            "committee": ["Hälso- och sjukvårdsnämnden"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 2 2025 Hälso- och sjukvårdsnämnden", "author": "Region Sörmland"},
        style=style,
        blocks=blocks,
    )
