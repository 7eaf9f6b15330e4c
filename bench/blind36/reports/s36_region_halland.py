"""Region Halland, Driftnämnden Närsjukvård, delårsrapport januari–augusti 2025.

A region's primary-care operating committee's interim report whose result table is pasted as an image (every
amount in the prose), with the nämnd's September meeting in the footer: the period "21,2 miljoner kronor sämre
än budget för perioden" after a level, the full year's "underskott på 29 miljoner kronor jämfört med budget"
with two causes in the next sentence (one item), the change since April; then per verksamhet: a plain
heading over "beräknas överskrida budget med 22,5 miljoner kronor" with a "varav"-like part ("Av underskottet
avser 14 miljoner kronor …") and a risk sentence in a paragraph of its own, a run-in lead "Jourcentralerna."
where the full year "5,6 miljoner kronor, varav 3,8 … hittills i år" is the amount, two verksamheter as a
"respektive" pair with one shared cause, a percentage-only overrun beside the image (amount null), "belastar
närsjukvården med 2,8 miljoner kronor mer än budgeterat"; hired staff against last year (other), two actions and
investments "3,5 miljoner kronor under budget". Liberation Sans (Arial metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Region Halland", "Delårsrapport augusti 2025 – Driftnämnden Närsjukvård"),
        footer=lambda n, m: ("Driftnämnden Närsjukvård 2025-09-25", "", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    result = Table(
        caption="Tabell 1. Resultat per verksamhet, miljoner kronor",
        header=(("Verksamhet", "Utfall jan–aug", "Budget jan–aug", "Avvikelse", "Prognos avvikelse helår"),),
        rows=(
            ("Vårdcentraler i egen regi", "-31,9", "-15,6", "-16,3", "-22,5"),
            ("Rehabilitering", "2,0", "0,8", "1,2", "1,8"),
            ("Barnmorskemottagningar", "-0,6", "-0,2", "-0,4", "-0,9"),
            ("Jourcentraler", "-4,1", "-0,3", "-3,8", "-5,6"),
            ("Ungdomsmottagningar", "0,7", "0,1", "0,6", "1,0"),
            ("Ledning och stab", "15,5", "18,0", "-2,5", "-2,8"),
            ("Summa Närsjukvården", "-18,4", "2,8", "-21,2", "-29,0"),
        ),
        widths=(150.0, 70.0, 74.0, 60.0, 108.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Driftnämnden Närsjukvård", size=12.5, font="arial", after=14),
        H("Ekonomiskt resultat", 2),
        P(
            "Närsjukvården redovisar ett resultat för januari–augusti på −18,4 miljoner kronor, vilket är 21,2 "
            "miljoner kronor sämre än budget för perioden.",
            C(None, "21,2 miljoner kronor", "-", note="The period's deviation after the period's result."),
        ),
        P(
            "För helåret prognostiseras ett underskott på 29 miljoner kronor jämfört med budget. Underskottet beror "
            "framför allt på höga kostnader för hyrläkare på vårdcentralerna i egen regi och på att ersättningen från "
            "vårdvalet inte har ökat i takt med kostnaderna.",
            C(
                None,
                "29 miljoner kronor",
                "-",
                "inhyrd_personal",
                "avgifter_intakter",
                note="The full year and its causes in the next sentence of the same paragraph: one item. The "
                "care-choice compensation is the units' revenue: avgifter_intakter.",
            ),
        ),
        P(
            "Jämfört med prognosen i delårsrapporten per april har helårsprognosen försämrats med 6 miljoner kronor.",
            F(None, "6 miljoner kronor", "-"),
        ),
        result,
        H("Kommentarer per verksamhet", 2),
        H("Vårdcentraler i egen regi", 3),
        P(
            "Vårdcentralerna i egen regi beräknas överskrida budget med 22,5 miljoner kronor för helåret. Av "
            "underskottet avser 14 miljoner kronor inhyrda läkare på de sju vårdcentraler som saknar fast "
            "läkarbemanning, och resten lägre listningsersättning efter att drygt 3 000 patienter har listat om sig "
            "till privata vårdgivare.",
            C(
                "Vårdcentraler i egen regi",
                "22,5 miljoner kronor",
                "-",
                "inhyrd_personal",
                "vakanser",
                "volymer",
                note="The total is the amount; the 14 miljoner for hired doctors is a part.",
            ),
        ),
        P(
            "Det finns en risk att underskottet ökar ytterligare om rekryteringen av specialister i allmänmedicin "
            "inte lyckas under hösten.",
            O("Vårdcentraler i egen regi", "vakanser", note="A risk in a paragraph of its own: other."),
        ),
        LP(
            "Jourcentralerna.",
            "Helgjourerna har haft fler besök än planerat och bemannas till stor del med hyrläkare. Prognosen är ett "
            "underskott på 5,6 miljoner kronor, varav 3,8 miljoner kronor hittills i år.",
            C(
                "Jourcentraler",
                "5,6 miljoner kronor",
                "-",
                "volymer",
                "inhyrd_personal",
                note="The full year is the amount; the period's 3,8 is a part of it.",
            ),
        ),
        P(
            "Rehabiliteringsenheterna och ungdomsmottagningarna visar överskott på 1,8 respektive 1,0 miljoner "
            "kronor, främst till följd av vakanta tjänster för fysioterapeuter och kuratorer som har varit svåra att "
            "rekrytera.",
            C(
                "Rehabilitering",
                "1,8",
                "+",
                "vakanser",
                unit="mnkr",
                note="A 'respektive' pair with one shared cause: two items, the unit written once.",
                also=(C("Ungdomsmottagningar", "1,0 miljoner kronor", "+", "vakanser"),),
            ),
        ),
        P(
            "Barnmorskemottagningarnas kostnader för förbrukningsmaterial och laboratorieanalyser ligger 12 procent "
            "över budget.",
            C(
                "Barnmorskemottagningar",
                None,
                "-",
                "material_hjalpmedel",
                note="A percentage beside a table pasted as an image: amount null.",
            ),
        ),
        LP(
            "Ledning och stab:",
            "kostnaderna för införandet av det nya vårdinformationssystemet belastar närsjukvården med 2,8 miljoner "
            "kronor mer än budgeterat under året.",
            C("Ledning och stab", "2,8 miljoner kronor", "-", "it_digitalisering"),
        ),
        PageBreak(),
        H("Personal", 2),
        P(
            "Kostnaderna för inhyrd personal uppgick till 41 miljoner kronor under perioden, 9 miljoner kronor mer "
            "än under samma period 2024.",
            O(None, "inhyrd_personal", note="Against the previous year: other."),
        ),
        H("Åtgärder", 2),
        P(
            "Driftnämnden har beslutat om en handlingsplan för att minska beroendet av hyrläkare, bland annat genom "
            "en gemensam rekryteringskampanj och fler ST-tjänster. Planen beräknas minska kostnaderna med 4 miljoner "
            "kronor under 2026.",
            A("Vårdcentraler i egen regi", "4 miljoner kronor", "inhyrd_personal"),
        ),
        P(
            "Från och med september prövas varje ny administrativ tjänst av förvaltningsledningen innan den får "
            "tillsättas.",
            A(None, None, "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 12,5 miljoner kronor har 3,9 miljoner kronor använts till och med augusti. "
            "Helårsprognosen är 9,0 miljoner kronor, 3,5 miljoner kronor under budget, eftersom upphandlingen av ny "
            "medicinteknisk utrustning till jourcentralerna har dragit ut på tiden.",
            C(
                "Investeringar",
                "3,5 miljoner kronor",
                "+",
                "periodisering",
                note="Investment under-spending.",
            ),
        ),
    ]
    return ReportSpec(
        file="region-halland-dn-narsjukvard-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Region Halland",
            "committee": ["Driftnämnden Närsjukvård", "Närsjukvården Halland"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport augusti 2025 Driftnämnden Närsjukvård", "author": "Region Halland"},
        style=style,
        blocks=blocks,
    )
