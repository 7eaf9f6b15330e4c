"""Hultsfreds kommun, Socialnämnden, delårsrapport per augusti 2025.

A social committee's interim report, header with the kommun's name, footer with the nämnd's meeting in
September: the period "ett underskott på 5,9 mnkr jämfört med periodiserad budget" and the full year
"underskott på 8,2 mnkr, vilket motsvarar 2,4 procent av nämndens budgetram" (the percentage is not the
amount) in two sentences, the change since April without a cause (a forecast change); headings that carry
the area and its amount in brackets with an en dash ("Individ- och familjeomsorg (–4,6 mnkr)", "Äldreomsorg
(+1,3 mnkr)"), one with a volume against the budgeted number of placements in the paragraph, a heading
"(±0,0 mnkr)" over "bedöms gå jämnt ut" (boilerplate); a plain heading whose paragraph gives two sub-areas
as a "respektive" pair ("1,4 respektive 0,9 mnkr") with their causes in the next sentence; a surplus
"drygt en miljon kronor" in words; an action with its full-year effect and households against 2024 (other).
DejaVu Serif 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area and its amount."
PAIR = "Two sub-areas as a 'respektive' pair: one item each, the same text."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "serif-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Hultsfreds kommun", ""),
        footer=lambda n, m: ("Socialnämnden, sammanträde 2025-09-24", "", f"{n}"),
        header_size=8.0,
    )
    blocks = [
        Title("Delårsrapport 2025", size=18, font="sans-bold", after=2),
        Title("Socialnämnden, januari–augusti", size=12, font="serif", after=12),
        H("Ekonomisk uppföljning", 2),
        PS(
            (
                "Socialnämnden redovisar för perioden januari–augusti ett underskott på 5,9 mnkr jämfört med "
                "periodiserad budget.",
                C(None, "5,9 mnkr", "-", note="The period."),
            ),
            (
                "Helårsprognosen pekar på ett underskott på 8,2 mnkr, vilket motsvarar 2,4 procent av nämndens "
                "budgetram.",
                C(None, "8,2 mnkr", "-", note="The full year; the percentage is not the amount."),
            ),
            (
                "Jämfört med prognosen i april har underskottet minskat med 0,7 mnkr.",
                F(None, "0,7 mnkr", "+"),
            ),
        ),
        H("Verksamheternas avvikelser", 2),
        HP(
            "Individ- och familjeomsorg (–4,6 mnkr)",
            "Placeringarna av barn och unga på HVB och i konsulentstödda familjehem har ökat under våren. I augusti "
            "fanns elva pågående placeringar, mot sex i budgeten.",
            C("Individ- och familjeomsorg", "–4,6 mnkr", "-", "kopt_verksamhet", "volymer", note=HEAD),
        ),
        HP(
            "Ekonomiskt bistånd (–2,1 mnkr)",
            "Kostnaderna för försörjningsstöd fortsätter att öka, främst bland hushåll där de vuxna har varit utan "
            "arbete under lång tid.",
            C("Ekonomiskt bistånd", "–2,1 mnkr", "-", "ekonomiskt_bistand", note=HEAD),
        ),
        H("Funktionsstöd", 3),
        P(
            "Inom funktionsstöd visar LSS-boenden och personlig assistans underskott på 1,4 respektive 0,9 mnkr. Ett "
            "nytt gruppboende för unga vuxna öppnades i mars, och Försäkringskassan har dragit in "
            "assistansersättningen för en brukare.",
            C(
                "LSS-boenden",
                "1,4",
                "-",
                "volymer",
                "omstallning",
                unit="mnkr",
                note=PAIR + " A new group home opening is volymer + omstallning.",
                also=(C("Personlig assistans", "0,9 mnkr", "-", "ersattning_fk", note=PAIR),),
            ),
        ),
        HP(
            "Äldreomsorg (+1,3 mnkr)",
            "Överskottet förklaras av att färre platser på särskilt boende har varit belagda och att statsbidraget "
            "för äldreomsorgen blev högre än beräknat.",
            C("Äldreomsorg", "+1,3 mnkr", "+", "volymer", "statsbidrag", note=HEAD),
        ),
        H("Arbetsmarknadsenheten", 3),
        P(
            "Arbetsmarknadsenheten beräknas få ett överskott på drygt en miljon kronor, eftersom lönebidragen och "
            "ersättningarna från Arbetsförmedlingen har blivit högre än budgeterat.",
            C(
                "Arbetsmarknadsenheten",
                "drygt en miljon kronor",
                "+",
                "statsbidrag",
                value=1_000_000,
                note="An amount in words: the stated figure.",
            ),
        ),
        HP(
            "Central administration (–1,5 mnkr)",
            "Införandet av det nya verksamhetssystemet för individ- och familjeomsorgen har blivit dyrare än "
            "planerat, bland annat för konsultstöd vid konverteringen av akterna.",
            C("Central administration", "–1,5 mnkr", "-", "it_digitalisering", note=HEAD),
        ),
        HP(
            "Nämnd och gemensamma kostnader (±0,0 mnkr)",
            "Verksamheten bedöms gå jämnt ut.",
            BP("Nämnd och gemensamma kostnader", note="A heading '(±0,0 mnkr)' over 'bedöms gå jämnt ut'."),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att bygga ut hemmaplanslösningar inom individ- och "
            "familjeomsorgen. Insatsen beräknas minska placeringskostnaderna med 1,8 mnkr på helårsbasis.",
            A("Individ- och familjeomsorg", "1,8 mnkr", "kopt_verksamhet"),
        ),
        H("Volymer", 2),
        P(
            "Antalet hushåll med försörjningsstöd var i genomsnitt 212 per månad, vilket är 19 fler än under samma "
            "period 2024.",
            O("Ekonomiskt bistånd", "volymer", note="Households against the previous year."),
        ),
    ]
    return ReportSpec(
        file="hultsfred-sn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Hultsfred",
            "committee": ["Socialnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Socialnämnden", "author": "Hultsfreds kommun"},
        style=style,
        blocks=blocks,
    )
