"""Avfallshantering Östra Skaraborg (kommunalförbund), Direktionen, delårsrapport januari–augusti 2025.

A waste-management kommunalförbund's interim report in tkr and mnkr, footer with the direktion's meeting date
in October: the period "2 310 tkr bättre än periodiserad budget" and the full year "2 000 tkr sämre än budget"
in two sentences, then the period surplus's timing reason in a sentence of its own (amount null); a
kostnadsslag table with en dashes and explicit "+"; plain headings whose first sentence carries the amount:
fee revenue that will "överstiga budget med 3,5 mnkr", sales of paper and scrap "cirka 2,1 mnkr lägre än
budget" (revenue under budget: negative), collection contracts that "landar 4,3 mnkr över budget", a
reason-only treatment surplus (the row's "+1 500"), and personnel and other costs in one sentence with
"medan" (two items with their own tags); recycling centres that "följer budget" (boilerplate); the change
since the tertial report with its cause; investments "12,0 mnkr beräknas endast 7,5 mnkr användas" (4,5 never
written out); an action with its effect, equity and the fee fund, and waste volumes against 2024 with "beror
på" (others). DejaVu Serif Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Avfallshantering Östra Skaraborg", "Delårsrapport 2025"),
        footer=lambda n, m: ("Direktionen 2025-10-03", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning med helårsprognos 2025, tkr",
        header=(("", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Intäkter avfallstaxa", "168 400", "114 800", "171 900", "+3 500"),
            ("Försäljning av material", "6 200", "2 700", "4 100", "–2 100"),
            ("Entreprenadkostnader insamling", "–82 600", "–57 300", "–86 900", "–4 300"),
            ("Behandlingsavgifter", "–41 800", "–24 900", "–40 300", "+1 500"),
            ("Personalkostnader", "–29 400", "–19 100", "–29 000", "+400"),
            ("Övriga kostnader", "–20 000", "–11 340", "–21 000", "–1 000"),
            ("Resultat", "800", "4 860", "–1 200", "–2 000"),
        ),
        widths=(160.0, 70.0, 76.0, 70.0, 64.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        shade=(0.9, 0.93, 0.88),
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Avfallshantering Östra Skaraborg", size=12.5, font="serif-cond", after=12),
        H("Förbundets uppdrag", 2),
        P(
            "Förbundet ansvarar för insamling och behandling av hushållsavfall i Falköping, Hjo, Karlsborg, Skövde, "
            "Tibro och Tidaholm. Verksamheten finansieras helt med avfallstaxa."
        ),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Förbundets resultat för perioden januari–augusti uppgår till 4 860 tkr, vilket är 2 310 tkr bättre än "
                "periodiserad budget.",
                C(None, "2 310 tkr", "+", note="The period's deviation, the result beside it."),
            ),
            (
                "Helårsprognosen pekar på ett resultat på –1 200 tkr mot budgeterade +800 tkr, det vill säga 2 000 tkr "
                "sämre än budget.",
                C(None, "2 000 tkr", "-", note="The full year in its own sentence."),
            ),
            (
                "Periodens överskott beror på att fakturorna för behandling av matavfall från biogasanläggningen kommer "
                "med två månaders eftersläpning.",
                C(None, None, "+", "periodisering", note="The period surplus's reason apart: amount null."),
            ),
        ),
        table,
        H("Intäkter avfallstaxa", 3),
        P(
            "Taxeintäkterna beräknas överstiga budget med 3,5 mnkr. Antalet hushåll i Skövde och Falköping har ökat "
            "mer än väntat, och fler fastighetsägare har valt större kärl.",
            C("Intäkter avfallstaxa", "3,5 mnkr", "+", "volymer", "avgifter_intakter"),
        ),
        H("Försäljning av material", 3),
        P(
            "Intäkterna från försäljning av returpapper och metallskrot blir cirka 2,1 mnkr lägre än budget, eftersom "
            "marknadspriserna har fallit under våren.",
            C(
                "Försäljning av material",
                "cirka 2,1 mnkr",
                "-",
                "avgifter_intakter",
                note="Sales revenue under budget: negative.",
            ),
        ),
        H("Insamling", 3),
        P(
            "Entreprenadkostnaderna för insamling landar 4,3 mnkr över budget. Det nya insamlingsavtalet för Tibro, "
            "Hjo och Karlsborg regleras med ett dieselindex som har stigit kraftigt, och den fastighetsnära "
            "insamlingen av förpackningar har krävt extra turer.",
            C("Entreprenadkostnader insamling", "4,3 mnkr", "-", "prisokningar", "volymer"),
        ),
        H("Behandling", 3),
        P(
            "För behandling av restavfall ger lägre mottagningsavgifter vid förbränningsanläggningen en positiv "
            "avvikelse.",
            C(
                "Behandlingsavgifter",
                "+1 500",
                "+",
                "prisokningar",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell. Lower gate fees are prices: prisokningar.",
            ),
        ),
        H("Personal och övriga kostnader", 3),
        P(
            "Personalkostnaderna ligger 0,4 mnkr under budget till följd av en vakant tjänst som avfallsrådgivare, "
            "medan övriga kostnader överskrider budget med 1,0 mnkr, framför allt på grund av dyrare licenser för det "
            "nya kundsystemet.",
            C(
                "Personalkostnader",
                "0,4 mnkr",
                "+",
                "vakanser",
                note="Two account groups in one sentence, each with its own reason: two items.",
                also=(C("Övriga kostnader", "1,0 mnkr", "-", "it_digitalisering"),),
            ),
        ),
        H("Återvinningscentraler", 3),
        P(
            "Driften av förbundets sex återvinningscentraler följer budget.",
            BP("Återvinningscentraler"),
        ),
        H("Förändring sedan tertialrapporten", 3),
        P(
            "Jämfört med prognosen i tertialrapporten har helårsprognosen försämrats med 0,9 mnkr, vilket förklaras "
            "av dieselindexet.",
            F(None, "0,9 mnkr", "-", "prisokningar"),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 12,0 mnkr beräknas endast 7,5 mnkr användas, eftersom leveransen av två "
            "nya komprimatorer till återvinningscentralerna har flyttats till 2026.",
            C(
                "Investeringar",
                "12,0 mnkr beräknas endast 7,5 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=4_500_000,
                note="Under-spending of 4,5 mnkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat att se över turtätheten för hämtning av förpackningar på landsbygden, med en "
            "förväntad besparing på 0,6 mnkr per år.",
            A("Entreprenadkostnader insamling", "0,6 mnkr"),
        ),
        H("Eget kapital och verksamhetsmått", 2),
        P(
            "Förbundets egna kapital uppgår till 18,4 mnkr, och det prognostiserade underskottet kan täckas av de "
            "överskott från tidigare år som hör till taxekollektivet.",
            O(None, "reserver", note="Equity and the fee fund: other."),
        ),
        P(
            "Mängden insamlat mat- och restavfall per invånare minskade med 3 procent jämfört med januari–augusti "
            "2024, vilket beror på bättre sortering.",
            O(None, "volymer", note="Volumes against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="avfallshantering-ostra-skaraborg-delarsrapport-2025-08.pdf",
        report={
            "municipality": [
                "Avfallshantering Östra Skaraborg",
                "Kommunalförbundet Avfallshantering Östra Skaraborg",
                "AÖS",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport 2025 Avfallshantering Östra Skaraborg",
            "author": "Avfallshantering Östra Skaraborg",
        },
        style=style,
        blocks=blocks,
    )
