"""Region Halland, Hälso- och sjukvårdsnämnden, tertialrapport 1 2026 (januari–april).

A region's commissioning health-care committee's tertial report in mnkr with en-dash minus signs, footer with
the nämnd's meeting date in May: the period "29 mnkr sämre än budget för perioden", the full year "en negativ
budgetavvikelse om 95 mnkr" with its two main reasons in the next sentence (one item), the change since
February with a "varav" (one forecast change); a table with a revenue row of negative numbers ("–410"), the
deviation and February's deviation side by side; headings that carry the area and amount ("Läkemedel –38
mnkr") over paragraphs with a growth rate against last year inside the explanation, a surplus from delayed
openings, two areas under a plain heading "7 respektive 6 miljoner kronor" with separate reasons (two items),
a bold run-in "Riktade statsbidrag." with a revenue surplus, a commission to the hospitals "överstiger budget
med 32 mnkr"; another nämnd's deficit reported in its own report (someone else: other), care visits against
last year and a risk (other), and an action with a full-year effect. 10 scored causes. DejaVu Serif Condensed
9.5 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import HP, LP, A, C, F, O

HEAD = "The heading carries the amount."


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Region Halland", "Tertialrapport 1 2026 – Hälso- och sjukvårdsnämnden"),
        footer=lambda n, m: ("Hälso- och sjukvårdsnämnden 2026-05-28", "HSN 2026-00187", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 1. Budgetavvikelse per område, mnkr (intäkter med minustecken)",
        header=(("Område", "Budget helår", "Prognos helår", "Avvikelse", "Avvikelse feb"),),
        rows=(
            ("Läkemedel", "2 140", "2 178", "–38", "–29"),
            ("Köpt vård", "612", "653", "–41", "–33"),
            ("Vårdval Halland", "1 486", "1 475", "11", "8"),
            ("Hjälpmedel", "164", "171", "–7", "–5"),
            ("Sjukresor", "88", "94", "–6", "–6"),
            ("Tandvård", "395", "389", "6", "4"),
            ("Uppdragsersättning driftnämnder", "7 080", "7 112", "–32", "–28"),
            ("Riktade statsbidrag", "–410", "–422", "12", "6"),
            ("Summa", "11 555", "11 650", "–95", "–83"),
        ),
        widths=(168.0, 66.0, 70.0, 60.0, 70.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="sans-bold", after=2),
        Title("Hälso- och sjukvårdsnämnden", size=12, font="serif-cond", after=12),
        H("Sammanfattning", 2),
        P(
            "Hälso- och sjukvårdsnämndens ackumulerade resultat efter april är –31 mnkr, vilket är 29 mnkr sämre än "
            "budget för perioden.",
            C(None, "29 mnkr", "-", note="The period against budget, in a paragraph of its own."),
        ),
        P(
            "Helårsprognosen visar en negativ budgetavvikelse om 95 mnkr. Den förklaras framför allt av ökade "
            "kostnader för läkemedel och för vård som hallänningar får i andra regioner.",
            C(
                None,
                "95 mnkr",
                "-",
                "material_hjalpmedel",
                "kopt_verksamhet",
                note="The full year and its reasons in the next sentence: one item.",
            ),
        ),
        P(
            "Jämfört med februariprognosen har prognosen försämrats med 12 mnkr, varav 9 mnkr avser läkemedel.",
            F(None, "12 mnkr", "-", "material_hjalpmedel", note="A 'varav' part: one item with the total."),
        ),
        table,
        H("Områdenas prognoser", 2),
        HP(
            "Läkemedel –38 mnkr",
            "Kostnaderna för läkemedel inom förmånen ökar med 8,6 procent jämfört med samma period förra året, mot "
            "budgeterade 5,0 procent. Ökningen drivs av nya läkemedel mot diabetes och fetma och av dyra "
            "cancerläkemedel som rekvireras av sjukhusen.",
            C(
                "Läkemedel",
                "–38 mnkr",
                "-",
                "material_hjalpmedel",
                note=HEAD
                + " The growth against last year is part of the explanation; drugs are material_hjalpmedel.",
            ),
        ),
        HP(
            "Köpt vård –41 mnkr",
            "Vården som hallänningar får i andra regioner har ökat, främst inom ortopedi, rättspsykiatri och "
            "högspecialiserad barnsjukvård. Därtill har priserna i samverkansavtalen räknats upp med 4,9 procent.",
            C("Köpt vård", "–41 mnkr", "-", "kopt_verksamhet", "volymer", "prisokningar", note=HEAD),
        ),
        HP(
            "Vårdval Halland +11 mnkr",
            "Ersättningarna till vårdcentralerna blir lägre än budgeterat, eftersom två nya vårdcentraler som "
            "skulle ha öppnat under våren har skjutit upp sin etablering till hösten.",
            C("Vårdval Halland", "+11 mnkr", "+", "periodisering", note=HEAD),
        ),
        H("Hjälpmedel och sjukresor", 3),
        P(
            "Hjälpmedel och sjukresor beräknas överskrida budget med 7 respektive 6 miljoner kronor. För "
            "hjälpmedlen är det förskrivningen av hörapparater som ökar, medan sjukresorna påverkas av det nya "
            "taxiavtalet, som är dyrare än det tidigare.",
            C(
                "Hjälpmedel",
                "7",
                "-",
                "material_hjalpmedel",
                "volymer",
                unit="mnkr",
                note="A 'respektive' pair with a reason each: two items, the same text.",
                also=(C("Sjukresor", "6 miljoner kronor", "-", "prisokningar"),),
            ),
        ),
        P(
            "Tandvården visar ett överskott på 6 mnkr, då färre vuxna än beräknat har fått särskilt "
            "tandvårdsbidrag.",
            C("Tandvård", "6 mnkr", "+", "volymer"),
        ),
        HP(
            "Uppdragsersättning till driftnämnderna –32 mnkr",
            "Uppdragsersättningen överstiger budget med 32 mnkr till följd av det tilläggsuppdrag om fler "
            "operationer för att korta köerna som nämnden beslutade om i december 2025.",
            C(
                "Uppdragsersättning till driftnämnderna",
                "32 mnkr",
                "-",
                "volymer",
                note=HEAD + " The amount is in the heading and in the prose.",
            ),
        ),
        LP(
            "Riktade statsbidrag.",
            "Intäkterna från överenskommelserna med staten blir 12 mnkr högre än budgeterat, eftersom regionen har "
            "tilldelats mer medel för förlossningsvård och kvinnors hälsa än beräknat.",
            C("Riktade statsbidrag", "12 mnkr", "+", "statsbidrag"),
        ),
        H("Driftnämnderna", 2),
        P(
            "Driftnämnden Hallands sjukhus prognostiserar ett underskott på 64 mnkr för 2026, vilket redovisas i "
            "driftnämndens egen tertialrapport.",
            O(
                "Driftnämnden Hallands sjukhus",
                amount="64 mnkr",
                direction="-",
                note="Another nämnd's deficit, reported in its own report: a statement about someone else, other.",
            ),
        ),
        H("Vårdproduktion", 2),
        P(
            "Antalet besök i primärvården var 3 procent fler än samma period 2025, och antalet operationer ökade med "
            "6 procent.",
            O(None, "volymer", note="Volumes against the previous year: other."),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Läkemedelsrådet har fått i uppdrag att ta fram åtgärder för en mer kostnadseffektiv förskrivning av "
            "läkemedel mot diabetes och fetma, med en beräknad effekt på 10 mnkr på helårsbasis.",
            A("Läkemedel", "10 mnkr", "material_hjalpmedel"),
        ),
        P(
            "Prognosen för köpt vård är osäker, eftersom fakturorna från andra regioner kommer med flera månaders "
            "eftersläpning.",
            O("Köpt vård", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="region-halland-hsn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Region Halland",
            "committee": ["Hälso- och sjukvårdsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Hälso- och sjukvårdsnämnden", "author": "Region Halland"},
        style=style,
        blocks=blocks,
    )
