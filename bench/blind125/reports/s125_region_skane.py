"""Region Skåne, Psykiatri-, habiliterings- och hjälpmedelsnämnden, delårsrapport augusti 2025 (health care).

A region's psychiatry and habilitation interim report in "miljoner kronor", the footer carrying the nämnd's
meeting in September: the period "52,1 miljoner kronor sämre än budget för perioden" and the full year "ett
underskott mot budget på 71 miljoner kronor" in two paragraphs, the change since the tertial report with a
"varav" (one forecast change); a result table pasted as an image (every amount lives in the prose); two
verksamhetsområden as a "respektive" pair with partly shared causes (two items, same text), a possessive
"Barn- och ungdomspsykiatrins negativa avvikelse, 19 miljoner kronor", "ett litet överskott, 4 miljoner
kronor", revenue "9 miljoner kronor högre än budget" (positive), a reason-only overrun whose amount is only in
the image (amount null); personnel costs "1,2 procent lägre än budget" (a percentage only, amount null),
hired staff against 2024 (other), drugs "5 miljoner kronor över budget"; investments "22 miljoner kronor
lägre än budget"; bullet actions and a risk (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O

IMAGE = "The result table is an image, so the amount is the prose's."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("Region Skåne", "Delårsrapport augusti 2025"),
        footer=lambda n, m: (
            "Psykiatri-, habiliterings- och hjälpmedelsnämnden 2025-09-25",
            "",
            f"{n} ({m})",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhetsområde 2025, miljoner kronor",
        header=(("Verksamhetsområde", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Vuxenpsykiatri", "1 912", "1 950", "-38"),
            ("Barn- och ungdomspsykiatri", "544", "563", "-19"),
            ("Rättspsykiatri", "486", "510", "-24"),
            ("Habilitering", "402", "398", "4"),
            ("Hjälpmedelsverksamheten", "71", "62", "9"),
            ("Gemensamt", "88", "91", "-3"),
            ("Summa", "3 503", "3 574", "-71"),
        ),
        widths=(180.0, 80.0, 80.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Delårsrapport augusti 2025", size=19, font="sans-bold", after=2),
        Title("Psykiatri-, habiliterings- och hjälpmedelsnämnden", size=11.5, font="sans", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Nämndens resultat för januari–augusti är −48,3 miljoner kronor, vilket är 52,1 miljoner kronor sämre "
            "än budget för perioden.",
            C(None, "52,1 miljoner kronor", "-", note="The period against budget: a cause of its own."),
        ),
        P(
            "Helårsprognosen är ett underskott mot budget på 71 miljoner kronor.",
            C(None, "71 miljoner kronor", "-", note="The full year against budget."),
        ),
        P(
            "Prognosen har försämrats med 9 miljoner kronor sedan tertialrapporten, varav 6 miljoner kronor avser "
            "hyrläkare inom rättspsykiatrin.",
            F(
                None,
                "9 miljoner kronor",
                "-",
                "inhyrd_personal",
                note="'Varav' a part: one item with the total.",
            ),
        ),
        table,
        H("Verksamhetsområdenas resultat", 2),
        P(
            "Vuxenpsykiatrin och rättspsykiatrin prognostiserar underskott på 38 respektive 24 miljoner kronor. "
            "Båda har svårt att rekrytera specialistläkare och är beroende av hyrläkare, och inom rättspsykiatrin "
            "har beläggningen legat över 105 procent sedan mars.",
            C(
                "Vuxenpsykiatri",
                "38",
                "-",
                "vakanser",
                "inhyrd_personal",
                unit="mnkr",
                note="A 'respektive' pair with shared causes: two items, same text. The occupancy belongs to "
                "rättspsykiatrin only.",
                also=(
                    C(
                        "Rättspsykiatri",
                        "24 miljoner kronor",
                        "-",
                        "vakanser",
                        "inhyrd_personal",
                        "volymer",
                    ),
                ),
            ),
        ),
        P(
            "Barn- och ungdomspsykiatrins negativa avvikelse, 19 miljoner kronor, beror på köpt vård av privata "
            "vårdgivare för utredningar av neuropsykiatriska funktionsnedsättningar för att klara vårdgarantin.",
            C("Barn- och ungdomspsykiatri", "19 miljoner kronor", "-", "kopt_verksamhet"),
        ),
        P(
            "Habiliteringen går med ett litet överskott, 4 miljoner kronor, tack vare vakanta psykologtjänster.",
            C("Habilitering", "4 miljoner kronor", "+", "vakanser"),
        ),
        P(
            "Hjälpmedelsverksamheten beräknar att intäkterna från uthyrning av hjälpmedel till kommunerna blir 9 "
            "miljoner kronor högre än budget, eftersom fler rullstolar och lyftar har förskrivits.",
            C(
                "Hjälpmedelsverksamheten",
                "9 miljoner kronor",
                "+",
                "avgifter_intakter",
                "volymer",
                note="Revenue above budget: positive.",
            ),
        ),
        P(
            "Gemensamma kostnader, främst för nämndens kansli och IT-stöd, överstiger budget något.",
            C(
                "Gemensamt",
                None,
                "-",
                "it_digitalisering",
                note="A reason-only overrun whose amount is only in the image: amount null.",
            ),
        ),
        H("Kostnadsutveckling", 2),
        P(
            "Personalkostnaderna exklusive inhyrd personal är 1,2 procent lägre än budget för perioden, vilket "
            "förklaras av vakanser.",
            C("Personalkostnader", None, "+", "vakanser", note="A percentage only: amount null."),
        ),
        P(
            "Kostnaderna för inhyrd personal uppgår till 87 miljoner kronor efter augusti, 31 miljoner kronor mer "
            "än under samma period 2024.",
            O(None, "inhyrd_personal", note="Against the previous year, not the budget: other."),
        ),
        P(
            "Läkemedelskostnaderna inom psykiatrin ligger 5 miljoner kronor över budget. Det beror på en ökad "
            "förskrivning av läkemedel vid ADHD.",
            C("Läkemedel", "5 miljoner kronor", "-", "material_hjalpmedel", "volymer"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna beräknas uppgå till 64 miljoner kronor för helåret, 22 miljoner kronor lägre än "
            "budget, till följd av att ombyggnaden av en rättspsykiatrisk vårdavdelning har försenats.",
            C("Investeringar", "22 miljoner kronor", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Ett regiongemensamt stopp för nya avtal med bemanningsföretag gäller från september.",
                "Vuxenpsykiatrin har startat ett rekryteringsprogram för ST-läkare, som väntas minska behovet av "
                "hyrläkare med 12 miljoner kronor under 2026.",
            ),
            labels=(
                A(None, None, "inhyrd_personal"),
                A("Vuxenpsykiatri", "12 miljoner kronor", "inhyrd_personal", "vakanser"),
            ),
        ),
        H("Risker och osäkerheter", 2),
        P(
            "Prognosen är osäker, eftersom de nya kraven i vårdgarantin kan kräva mer köpt vård under hösten.",
            O(None, "kopt_verksamhet", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="region-skane-phhn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Region Skåne",
            "committee": ["Psykiatri-, habiliterings- och hjälpmedelsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport augusti 2025 Psykiatri-, habiliterings- och hjälpmedelsnämnden",
            "author": "Region Skåne",
        },
        style=style,
        blocks=blocks,
    )
