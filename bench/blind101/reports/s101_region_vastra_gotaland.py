"""Västra Götalandsregionen, Primärvårdsstyrelsen, delårsrapport augusti 2025.

A region's primary-care interim report in DejaVu Sans, footer with the styrelse's meeting date in September:
the period "112 mnkr sämre än budget för perioden" and the full year's "underskott mot budget på 165 mnkr
(−140 mnkr i tertialrapporten)" in two sentences (the bracketed April figure is not the amount), a forecast
change with a "varav" part, a result table in mnkr with U+2212 minus signs, then bold run-in areas ending in a
full stop with the direction said in varied ways ("96 mnkr högre än budgeterat" for a cost, "överstiger budget
med 41 mnkr", "ett överskott på 12 mnkr", "20 mnkr mer än budgeterat" for a grant), two mottagningar as a
"respektive" pair, an IT cost "27 mnkr över budget", investments "22 mnkr lägre än budget", an action without
an effect, sick leave against last year and a risk (others). 11 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.0,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        header=lambda n, m: ("Västra Götalandsregionen", "Primärvårdsstyrelsen"),
        footer=lambda n, m: ("Delårsrapport augusti 2025", "Sammanträde 2025-09-25", f"{n}/{m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per område, mnkr",
        header=(("Område", "Utfall jan–aug", "Budget jan–aug", "Helårsprognos", "Avvikelse helår"),),
        rows=(
            ("Vårdval vårdcentral", "−52", "26", "−70", "−96"),
            ("Läkemedel", "−31", "0", "−38", "−38"),
            ("Närhälsan, bemanning", "−27", "0", "−41", "−41"),
            ("Vårdval rehab", "9", "0", "12", "12"),
            ("Statsbidrag", "15", "0", "20", "20"),
            ("Mottagningar", "3", "0", "5", "5"),
            ("IT och journalsystem", "−19", "0", "−27", "−27"),
            ("Totalt", "−86", "26", "−139", "−165"),
        ),
        widths=(150.0, 74.0, 74.0, 74.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=3),
        Title("Primärvårdsstyrelsen", size=12, font="sans", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Primärvårdsstyrelsens resultat för januari–augusti uppgår till −86 mnkr, vilket är 112 mnkr sämre än "
            "budget för perioden.",
            C(
                None,
                "112 mnkr",
                "-",
                note="The period against its budget; the result level is not the amount.",
            ),
        ),
        P(
            "Helårsprognosen är ett underskott mot budget på 165 mnkr (−140 mnkr i tertialrapporten).",
            C(None, "165 mnkr", "-", note="The April figure in brackets is not the amount."),
        ),
        P(
            "Jämfört med tertialrapporten har prognosen försämrats med 25 mnkr, varav 15 mnkr avser läkemedel.",
            F(None, "25 mnkr", "-", "material_hjalpmedel", note="A 'varav' part: the total is the amount."),
        ),
        table,
        H("Avvikelser per område", 2),
        LP(
            "Vårdval vårdcentral.",
            "Ersättningen till vårdcentralerna blir 96 mnkr högre än budgeterat. Antalet listade invånare har "
            "ökat mer än beräknat och den nya ersättningsmodellens vikter för vårdtyngd ger högre utbetalningar.",
            C(
                "Vårdval vårdcentral",
                "96 mnkr",
                "-",
                "volymer",
                note="A cost higher than budgeted: negative.",
            ),
        ),
        LP(
            "Läkemedel.",
            "Kostnaderna för läkemedel inom förmånen hamnar 38 mnkr över budget, främst till följd av ökad "
            "förskrivning av nya diabetesläkemedel.",
            C(
                "Läkemedel",
                "38 mnkr",
                "-",
                "material_hjalpmedel",
                "volymer",
                note="Drugs are material_hjalpmedel.",
            ),
        ),
        LP(
            "Närhälsan, bemanning.",
            "Kostnaden för hyrläkare och inhyrda sjuksköterskor i Närhälsans egna enheter överstiger budget med "
            "41 mnkr. Flera vårdcentraler i glesbygd har inte kunnat rekrytera specialister i allmänmedicin.",
            C("Närhälsan, bemanning", "41 mnkr", "-", "inhyrd_personal", "vakanser"),
        ),
        LP(
            "Vårdval rehab.",
            "Området redovisar ett överskott på 12 mnkr, eftersom färre patienter än beräknat har sökt "
            "fysioterapi hos de privata utförarna.",
            C("Vårdval rehab", "12 mnkr", "+", "volymer"),
        ),
        LP(
            "Statsbidrag.",
            "Statsbidraget för omställningen till god och nära vård blir 20 mnkr mer än budgeterat.",
            C("Statsbidrag", "20 mnkr", "+", "statsbidrag", note="A grant above budget: positive."),
        ),
        LP(
            "Mottagningar.",
            "Ungdomsmottagningarna och barnmorskemottagningarna visar överskott på 3 respektive 2 mnkr, då "
            "flera tjänster har varit vakanta under sommaren.",
            C(
                "Ungdomsmottagningarna",
                "3",
                "+",
                "vakanser",
                unit="mnkr",
                note="A 'respektive' pair under one run-in lead: two items.",
                also=(C("Barnmorskemottagningarna", "2 mnkr", "+", "vakanser"),),
            ),
        ),
        LP(
            "IT och journalsystem.",
            "Införandet av det nya journalsystemet har krävt mer utbildningstid och extra licenser än planerat, "
            "och kostnaderna bedöms landa 27 mnkr över budget.",
            C("IT och journalsystem", "27 mnkr", "-", "it_digitalisering"),
        ),
        H("Investeringar", 2),
        P(
            "Helårsprognosen för investeringar är 38 mnkr, vilket är 22 mnkr lägre än budget, då ombyggnaden av två "
            "vårdcentraler har skjutits till 2026.",
            C("Investeringar", "22 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Åtgärder", 2),
        P(
            "Styrelsen har antagit en handlingsplan för minskat beroende av inhyrd personal, med målet att halvera "
            "kostnaderna till utgången av 2026.",
            A("Närhälsan, bemanning", None, "inhyrd_personal"),
        ),
        H("Personal och risker", 2),
        P(
            "Sjukfrånvaron var 6,1 procent under perioden, vilket är 0,4 procentenheter lägre än samma period "
            "2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
        P(
            "Prognosen är osäker när det gäller läkemedel, där nya rekommendationer kan öka förskrivningen "
            "ytterligare under hösten.",
            O("Läkemedel", "material_hjalpmedel", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="region-vastra-gotaland-pvs-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Region Västra Götaland", "Västra Götalandsregionen"],
            "committee": ["Primärvårdsstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport augusti 2025 Primärvårdsstyrelsen",
            "author": "Västra Götalandsregionen",
        },
        style=style,
        blocks=blocks,
    )
