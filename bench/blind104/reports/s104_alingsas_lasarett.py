"""Västra Götalandsregionen, Styrelsen för Alingsås lasarett, månadsrapport mars 2026.

A hospital's month report in Liberation Sans whose result table is pasted as an image, so every amount lives
in the prose ("miljoner kronor", U+2212 minus), footer with the styrelse's April meeting: the period result
level and "9,8 miljoner kronor sämre än budget för perioden" in one sentence (the deviation is the amount) and
the full year "−38 miljoner kronor mot budget" in the next, the shared reasons in a paragraph of their own
(amount null); two areas as a "respektive" pair with each area's reasons in the next sentence (two items with
the same text); bold run-in areas with a colon: orthopaedics "beräknas överskrida budget med 9,5 miljoner
kronor", psychiatry's vacancies, diagnostics "i balans" (boilerplate), an undistributed buffer (reserver), lower
revenue from the vårdöverenskommelse; personnel costs "4,2 procent över budget" (amount null), drugs whose
forecast level is not the deviation; a forecast change with a "varav", an action and waiting times against
last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("Västra Götalandsregionen", "Alingsås lasarett"),
        footer=lambda n, m: (
            "Månadsrapport mars 2026 – Styrelsen för Alingsås lasarett 2026-04-15",
            "",
            f"{n}/{m}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Ekonomiskt resultat per verksamhetsområde, miljoner kronor",
        header=(("Verksamhetsområde", "Utfall jan–mar", "Budget jan–mar", "Prognos helår"),),
        rows=(
            ("Medicinområdet", "−6,1", "−1,9", "−17,0"),
            ("Kirurgområdet", "−4,0", "−1,1", "−12,0"),
            ("Ortopedi", "−3,2", "−0,6", "−9,5"),
            ("Psykiatri", "0,9", "0,2", "2,5"),
            ("Diagnostik", "0,1", "0,0", "0,0"),
            ("Gemensamt och ledning", "1,1", "0,1", "4,0"),
            ("Vårdöverenskommelsen", "−3,0", "−1,1", "−6,0"),
            ("Summa", "−14,2", "−4,4", "−38,0"),
        ),
        widths=(170.0, 80.0, 84.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=18, font="arial-bold", after=2),
        Title("Alingsås lasarett", size=12.5, font="arial", after=12),
        H("Ekonomi", 1),
        PS(
            (
                "Alingsås lasarett redovisar för januari–mars ett resultat på −14,2 miljoner kronor, vilket är 9,8 "
                "miljoner kronor sämre än budget för perioden.",
                C(
                    None,
                    "9,8 miljoner kronor",
                    "-",
                    note="A result level and the deviation: the deviation is the amount.",
                ),
            ),
            (
                "Helårsprognosen är −38 miljoner kronor mot budget.",
                C(None, "−38 miljoner kronor", "-"),
            ),
        ),
        P(
            "Underskottet förklaras framför allt av inhyrda läkare och sjuksköterskor, köpt vård vid andra sjukhus "
            "i regionen och ökade läkemedelskostnader.",
            C(
                None,
                None,
                "-",
                "inhyrd_personal",
                "kopt_verksamhet",
                "material_hjalpmedel",
                note="The reasons in a paragraph of their own: amount null.",
            ),
        ),
        table,
        H("Verksamhetsområden", 2),
        P(
            "Medicinområdet och kirurgområdet har prognoser på −17 respektive −12 miljoner kronor. Medicinområdet "
            "har höga kostnader för hyrläkare och övertid under vinterns beläggningstoppar, och kirurgområdet "
            "köper operationer från privata vårdgivare för att korta köerna.",
            C(
                "Medicinområdet",
                "−17",
                "-",
                "inhyrd_personal",
                "overtid",
                unit="mnkr",
                note="A 'respektive' pair with each area's reasons in the next sentence: two items, own tags.",
                also=(C("Kirurgområdet", "−12 miljoner kronor", "-", "kopt_verksamhet"),),
            ),
        ),
        LP(
            "Ortopedi:",
            "Ortopedin beräknas överskrida budget med 9,5 miljoner kronor till följd av fler höftoperationer inom "
            "den utökade vårdgarantin och dyrare implantat.",
            C("Ortopedi", "9,5 miljoner kronor", "-", "volymer", "material_hjalpmedel"),
        ),
        LP(
            "Psykiatri:",
            "Psykiatrin visar ett överskott på 2,5 miljoner kronor, eftersom flera tjänster för psykologer och "
            "kuratorer har varit vakanta.",
            C("Psykiatri", "2,5 miljoner kronor", "+", "vakanser"),
        ),
        LP("Diagnostik:", "Röntgen och laboratoriemedicin har en ekonomi i balans.", BP("Diagnostik")),
        LP(
            "Gemensamt och ledning:",
            "Ett överskott om 4 miljoner kronor härrör från den centrala bufferten, som ännu inte har fördelats.",
            C("Gemensamt och ledning", "4 miljoner kronor", "+", "reserver"),
        ),
        LP(
            "Vårdöverenskommelsen:",
            "Ersättningen enligt vårdöverenskommelsen blir 6 miljoner kronor lägre än budgeterat då "
            "produktionsmålen för planerad vård inte nås.",
            C("Vårdöverenskommelsen", "6 miljoner kronor", "-", "avgifter_intakter", "volymer"),
        ),
        H("Kostnader", 2),
        P(
            "Personalkostnaderna ligger 4,2 procent över budget, främst till följd av övertid och inhyrd personal.",
            C(
                "Personalkostnader",
                None,
                "-",
                "overtid",
                "inhyrd_personal",
                note="A percentage only beside an image table: amount null.",
            ),
        ),
        P(
            "Läkemedelskostnaderna prognostiseras till 212 miljoner kronor, vilket är 11 miljoner kronor mer än "
            "budgeterat, till följd av nya cancerläkemedel.",
            C(
                "Läkemedel",
                "11 miljoner kronor",
                "-",
                "material_hjalpmedel",
                note="The forecast level is not the amount.",
            ),
        ),
        H("Prognosförändring", 2),
        P(
            "Prognosen har försämrats med 5 miljoner kronor jämfört med februari, varav 3 miljoner kronor avser "
            "ortopedin.",
            F(None, "5 miljoner kronor", "-"),
        ),
        H("Åtgärder", 2),
        P(
            "Lasarettet har inlett ett program för att fasa ut inhyrd personal, med målet att minska kostnaden med "
            "10 miljoner kronor under året.",
            A(None, "10 miljoner kronor", "inhyrd_personal"),
        ),
        H("Tillgänglighet", 2),
        P(
            "Andelen patienter som opererades inom 90 dagar var 71 procent, jämfört med 64 procent i mars 2025.",
            O(None, note="Waiting times against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="region-vastra-gotaland-alingsas-lasarett-manadsrapport-2026-03.pdf",
        report={
            "municipality": ["Region Västra Götaland", "Västra Götalandsregionen"],
            "committee": ["Styrelsen för Alingsås lasarett", "Alingsås lasarett"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026 Alingsås lasarett", "author": "Västra Götalandsregionen"},
        style=style,
        blocks=blocks,
    )
