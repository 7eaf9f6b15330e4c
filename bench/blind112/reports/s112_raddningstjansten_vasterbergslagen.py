"""Räddningstjänsten Västerbergslagen (kommunalförbund), Direktionen, årsredovisning 2025.

A fire and rescue kommunalförbund's annual report in tkr set in DejaVu Sans Condensed, footer with the
direktion's adoption date in March: the result "1 842 tkr" against a budgeted 500 tkr, "en positiv avvikelse
med 1 342 tkr", then the outcome against the interim report's forecast (a forecast change, no amount: the
difference is never written out); the surplus's reasons in a paragraph of their own (amount null); a
kostnadsslag table with the previous year's outcome; plain headings over paragraphs that name the kostnadsslag
as the subject: "blev 820 tkr högre än budgeterat", "understeg budget med 690 tkr" (vacancies outweighing
overtime at a forest fire), pensions "680 tkr lägre än budget" (no tag), "överskred budget med 580 tkr" at the
end of its sentence, a reason-only overrun (the row's "-268") and two kostnadsslag that "följde budget"
(boilerplate); investments "1 740 tkr förs därför över till nästa år"; call-outs and net cost growth against
2024, equity and balanskrav (others) and an action with its cost.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(68.0, 78.0, 68.0, 74.0),
        header=lambda n, m: ("Räddningstjänsten Västerbergslagen", "Årsredovisning 2025"),
        footer=lambda n, m: ("Fastställd av direktionen 2026-03-12", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024"),),
        rows=(
            ("Medlemsbidrag", "58 600", "58 600", "0", "56 900"),
            ("Verksamhetens intäkter", "4 900", "5 720", "820", "5 130"),
            ("Personalkostnader", "-45 300", "-44 610", "690", "-43 250"),
            ("Pensionskostnader", "-3 800", "-3 120", "680", "-3 560"),
            ("Fordon och materiel", "-3 900", "-4 480", "-580", "-3 710"),
            ("Lokalkostnader", "-7 400", "-7 400", "0", "-7 150"),
            ("Övriga kostnader", "-2 600", "-2 868", "-268", "-2 410"),
            ("Årets resultat", "500", "1 842", "1 342", "1 950"),
        ),
        widths=(140.0, 70.0, 70.0, 66.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Årsredovisning 2025", size=20, font="cond-bold", after=2),
        Title(
            "Räddningstjänsten Västerbergslagen – kommunalförbund för Ludvika och Smedjebacken",
            size=12,
            font="cond",
            after=12,
        ),
        H("Förvaltningsberättelse", 2),
        P(
            "Förbundet ansvarar för räddningstjänst och förebyggande arbete mot bränder och olyckor i Ludvika och "
            "Smedjebackens kommuner. Verksamheten bedrivs från fyra stationer med heltids- och deltidsanställd "
            "personal."
        ),
        H("Årets resultat", 2),
        PS(
            (
                "Förbundet redovisar ett resultat på 1 842 tkr för 2025. Budgeterat resultat var 500 tkr, vilket "
                "innebär en positiv avvikelse med 1 342 tkr.",
                C(None, "1 342 tkr", "+", note="The year's result against the budgeted result."),
            ),
            (
                "I delårsrapporten prognostiserades ett resultat på 900 tkr.",
                F(
                    None,
                    None,
                    "+",
                    note="The outcome against the interim forecast: a forecast change whose difference is never "
                    "written out (the level 900 tkr is not the amount).",
                ),
            ),
        ),
        P(
            "Den positiva avvikelsen förklaras främst av lägre pensionskostnader och av att två heltidstjänster har "
            "varit vakanta under större delen av året.",
            C(
                None,
                None,
                "+",
                "vakanser",
                note="The surplus's reasons in a paragraph of their own: amount null.",
            ),
        ),
        table,
        H("Kommentarer per kostnadsslag", 2),
        H("Verksamhetens intäkter", 3),
        P(
            "Intäkterna blev 820 tkr högre än budgeterat. Fler utbildningar i brandskydd för företag och en ökad "
            "debitering av onödiga automatlarm förklarar avvikelsen.",
            C("Verksamhetens intäkter", "820 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        H("Personalkostnader", 3),
        P(
            "Personalkostnaderna understeg budget med 690 tkr. Två vakanta tjänster som brandingenjör och inspektör "
            "vägde tyngre än de ökade kostnaderna för övertid i samband med skogsbranden vid Grangärde i juli.",
            C(
                "Personalkostnader",
                "690 tkr",
                "+",
                "vakanser",
                "overtid",
                "ovrigt",
                note="A forest fire is ovrigt.",
            ),
        ),
        H("Pensionskostnader", 3),
        P(
            "Pensionskostnaderna blev 680 tkr lägre än budget enligt KPA:s slutliga beräkning.",
            C("Pensionskostnader", "680 tkr", "+", note="Pensions: no cause tag."),
        ),
        H("Fordon och materiel", 3),
        P(
            "Reparationer av höjdfordonet och högre drivmedelspriser gjorde att kostnaderna för fordon och materiel "
            "överskred budget med 580 tkr.",
            C("Fordon och materiel", "580 tkr", "-", "material_hjalpmedel", "prisokningar"),
        ),
        H("Övriga kostnader", 3),
        P(
            "Övriga kostnader överskred budget, främst på grund av högre kostnader för IT-stöd och licenser efter "
            "bytet av system för insatsrapportering.",
            C(
                "Övriga kostnader",
                "-268",
                "-",
                "it_digitalisering",
                unit="tkr",
                table=True,
                note="A reason only: the row's cell.",
            ),
        ),
        H("Medlemsbidrag och lokaler", 3),
        P(
            "Medlemsbidragen och lokalkostnaderna följde budget.",
            BP("Medlemsbidrag", also=(BP("Lokalkostnader"),)),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgick till 3 460 tkr mot en budget på 5 200 tkr. Den nya tankbilen levererades först "
            "i januari 2026, och 1 740 tkr förs därför över till nästa år.",
            C("Investeringar", "1 740 tkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Jämförelse med föregående år", 2),
        P(
            "Antalet räddningsinsatser ökade till 612 från 548 år 2024, vilket beror på fler trafikolyckor på riksväg "
            "50 och den torra sommaren.",
            O(None, "volymer", note="Call-outs against the previous year: other."),
        ),
        P(
            "Nettokostnaderna ökade med 3,9 procent jämfört med 2024.",
            O(None, note="Net cost growth against the previous year: other."),
        ),
        H("Eget kapital och balanskrav", 2),
        P(
            "Förbundets egna kapital uppgår efter årets resultat till 9 310 tkr. Balanskravet är uppfyllt.",
            O(None, "reserver", note="Equity and balanskrav: other."),
        ),
        H("Inför 2026", 2),
        P(
            "Direktionen har beslutat att rekrytera ytterligare deltidsbrandmän i Smedjebacken till en kostnad av "
            "400 tkr, som ska finansieras inom budget.",
            A(None, "400 tkr", "vakanser"),
        ),
    ]
    return ReportSpec(
        file="raddningstjansten-vasterbergslagen-arsredovisning-2025.pdf",
        report={
            "municipality": [
                "Räddningstjänsten Västerbergslagen",
                "Kommunalförbundet Räddningstjänsten Västerbergslagen",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025", "2025-12"],
            "report_type": "årsredovisning",
        },
        metadata={
            "title": "Årsredovisning 2025 Räddningstjänsten Västerbergslagen",
            "author": "Räddningstjänsten Västerbergslagen",
        },
        style=style,
        blocks=blocks,
    )
