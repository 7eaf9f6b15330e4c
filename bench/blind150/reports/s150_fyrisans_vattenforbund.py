"""Fyrisåns vattenförbund, Styrelsen, verksamhetsberättelse 2025 (a joint body for water monitoring).

A water-monitoring association's year-end report whose result table is in whole kronor, footer with the
förbundsstämma's date in April: the result "236 tkr sämre än det budgeterade överskottet på 420 tkr" after the
level, the members' fees that "motsvarade budget" (boilerplate),
the outcome "90 tkr sämre" than the interim forecast with its cause; plain headings per post in varied shapes:
laboratory analyses "158 000 kronor högre än budgeterat" with a price rise percentage (not the amount) and PFAS
analyses (ovrigt), field work "114 tkr mer än budget" (high flows: ovrigt), other revenue "76 tkr mer än
budgeterat", a reason-only surplus (the row's "36 000" kronor) and administration "överskred budget med 76 tkr";
the equity, an action with a yearly effect and sampling occasions against 2024 with "beror på" (others).
Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Fyrisåns vattenförbund", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Förbundsstämman 2026-04-16", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning 2025, kronor",
        header=(("", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "2 850 000", "2 850 000", "0"),
            ("Övriga intäkter", "120 000", "196 000", "76 000"),
            ("Provtagning och fältarbete", "−980 000", "−1 094 000", "−114 000"),
            ("Laboratorieanalyser", "−1 060 000", "−1 218 000", "−158 000"),
            ("Rapporter och konsulter", "−310 000", "−274 000", "36 000"),
            ("Administration", "−200 000", "−276 000", "−76 000"),
            ("Årets resultat", "420 000", "184 000", "−236 000"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=19, font="narrow-bold", after=2),
        Title("Fyrisåns vattenförbund", size=13, font="narrow", after=14),
        H("Verksamheten", 2),
        P(
            "Förbundet samordnar recipientkontrollen i Fyrisåns avrinningsområde på uppdrag av medlemmarna, som är "
            "kommuner, verksamhetsutövare och andra med intresse av vattenkvaliteten. Under året har provtagning "
            "skett vid 24 stationer i åar, sjöar och i Ekoln."
        ),
        H("Ekonomi", 2),
        P(
            "Förbundets resultat för 2025 blev 184 tkr, vilket är 236 tkr sämre än det budgeterade överskottet på "
            "420 tkr.",
            C(None, "236 tkr", "-", note="The deviation after the result level."),
        ),
        P("Årets medlemsavgifter motsvarade budget.", BP("Medlemsavgifter")),
        P(
            "Jämfört med prognosen i delårsbokslutet per augusti blev resultatet 90 tkr sämre, främst på grund av de "
            "extra PFAS-analyserna.",
            F(None, "90 tkr", "-", "ovrigt"),
        ),
        table,
        H("Laboratorieanalyser", 3),
        P(
            "Analyskostnaderna blev 158 000 kronor högre än budgeterat. Laboratoriet höjde sina priser med 9 procent "
            "från den 1 mars, och extra analyser av PFAS gjordes i Sävjaån efter ett fynd i maj.",
            C(
                "Laboratorieanalyser",
                "158 000 kronor",
                "-",
                "prisokningar",
                "ovrigt",
                note="Whole kronor. The price rise percentage is not the amount. PFAS analyses are ovrigt.",
            ),
        ),
        H("Provtagning och fältarbete", 3),
        P(
            "Fältarbetet kostade 114 tkr mer än budget, främst på grund av extra provtagningstillfällen vid de höga "
            "flödena i oktober.",
            C("Provtagning och fältarbete", "114 tkr", "-", "ovrigt", note="High flows (weather): ovrigt."),
        ),
        H("Övriga intäkter", 3),
        P(
            "Uppdrag åt Länsstyrelsen i Uppsala län gav 76 tkr mer i intäkter än budgeterat.",
            C("Övriga intäkter", "76 tkr", "+", "avgifter_intakter"),
        ),
        H("Rapporter och konsulter", 3),
        P(
            "Årsrapporten för 2024 skrevs i huvudsak av förbundets egen personal, vilket gav lägre konsultkostnader "
            "än beräknat.",
            C(
                "Rapporter och konsulter",
                "36 000",
                "+",
                "inhyrd_personal",
                unit="kr",
                table=True,
                note="A reason only: the row's cell in whole kronor.",
            ),
        ),
        H("Administration", 3),
        P(
            "Administrationen överskred budget med 76 tkr på grund av kostnader för en ny webbplats med öppna "
            "mätdata.",
            C("Administration", "76 tkr", "-", "it_digitalisering"),
        ),
        H("Eget kapital och framåtblick", 2),
        P(
            "Förbundets egna kapital uppgick vid årets slut till 1 312 tkr. Styrelsen bedömer att nivån är tillräcklig "
            "och föreslår oförändrade medlemsavgifter för 2026.",
            O(None, "reserver", note="Equity: other."),
        ),
        P(
            "Styrelsen har beslutat att upphandla laboratorieanalyser på nytt inför 2026, med målet att sänka "
            "analyskostnaderna med cirka 100 tkr per år.",
            A("Laboratorieanalyser", "cirka 100 tkr", "prisokningar"),
        ),
        P(
            "Antalet provtagningstillfällen var 288, jämfört med 264 under 2024, vilket beror på de höga flödena under "
            "hösten.",
            O(None, "ovrigt", note="Sampling occasions against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="fyrisans-vattenforbund-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": ["Fyrisåns vattenförbund", "Fyrisåns Vattenförbund"],
            "committee": ["Styrelsen", "Förbundsstämman"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Fyrisåns vattenförbund",
            "author": "Fyrisåns vattenförbund",
        },
        style=style,
        blocks=blocks,
    )
