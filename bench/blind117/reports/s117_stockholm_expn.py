"""Stockholms stad, Exploateringsnämnden, tertialrapport 2 2025 (januari–augusti).

A land-development committee's tertial report, set in Liberation Serif (Times metrics) 10 pt, footer with the
nämnd's meeting date in September: a net-revenue nämnd whose operating surplus "18,0 mnkr jämfört med budget"
splits into revenue "24,5 mnkr högre än budgeterat" and costs that "ökar med 6,5 mnkr jämfört med budget"; a
driftbudget table in mnkr with costs as negative numbers; investments "2 810 mnkr, vilket är 610 mnkr lägre än
budgeterat" (positive) and two projects "240 respektive 185 mnkr lägre än budget", land sales "250 mnkr lägre
än budgeterat" (revenue under budget: negative), a project overrun "överskrida budget med 42 mnkr"; a project
table whose deviation is budget − prognos and a reason-only project (the row's "−35", a bold run-in lead with a
full stop); the investment forecast's change since tertial 1, "Övriga projekt följer i stort budget"
(boilerplate beside "262"), an action without amount, an uncertainty and a comparison with 2024 (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.34,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Stockholms stad", "Exploateringsnämnden, tertialrapport 2 2025"),
        footer=lambda n, m: ("Exploateringsnämnden 2025-09-25", "Dnr E2025-04417", f"Sida {n} (av {m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    drift = Table(
        caption="Driftverksamheten 2025, mnkr",
        header=(("", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Intäkter", "1 412,0", "1 436,5", "24,5"),
            ("Kostnader", "-1 024,0", "-1 030,5", "-6,5"),
            ("Netto", "388,0", "406,0", "18,0"),
        ),
        widths=(160.0, 90.0, 90.0, 80.0),
        bold_rows=frozenset({2}),
        rules=True,
        size=9.0,
    )
    projects = Table(
        caption="Investeringsprojekt 2025, mnkr (avvikelse = budget − prognos)",
        header=(("Projekt", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Hagastaden etapp 4", "520", "280", "240"),
            ("Slakthusområdet", "410", "225", "185"),
            ("Årstafältet", "330", "372", "−42"),
            ("Kista Äng", "95", "130", "−35"),
            ("Övriga projekt", "2 065", "1 803", "262"),
            ("Summa", "3 420", "2 810", "610"),
        ),
        widths=(160.0, 90.0, 90.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 2 2025", size=20, font="times-bold", after=3),
        Title("Exploateringsnämnden", size=13, font="times", after=14),
        H("Ekonomiskt utfall och prognos", 1),
        H("Driftverksamheten", 2),
        P(
            "Nämndens prognos för driftverksamheten är ett överskott om 18,0 mnkr jämfört med budget.",
            C(None, "18,0 mnkr", "+"),
        ),
        drift,
        P(
            "Intäkterna beräknas bli 24,5 mnkr högre än budgeterat. Avvikelsen beror främst på högre "
            "tomträttsavgälder efter omregleringar och på fler markupplåtelser för byggetableringar.",
            C("Intäkter", "24,5 mnkr", "+", "avgifter_intakter", "volymer"),
        ),
        P(
            "Kostnaderna ökar med 6,5 mnkr jämfört med budget. Det förklaras av saneringen av förorenad mark i "
            "Söderstaden, som har visat sig mer omfattande än beräknat, medan kostnaderna för rivningar har blivit "
            "lägre.",
            C("Kostnader", "6,5 mnkr", "-", "ovrigt"),
        ),
        H("Investeringsverksamheten", 2),
        P(
            "Nettoinvesteringarna beräknas uppgå till 2 810 mnkr, vilket är 610 mnkr lägre än budgeterat.",
            C(
                "Investeringar",
                "610 mnkr",
                "+",
                note="Under-spending: positive. The level is not the amount.",
            ),
        ),
        P(
            "Projekten Hagastaden etapp 4 och Slakthusområdet beräknas bli 240 respektive 185 mnkr lägre än budget "
            "för året, eftersom detaljplanerna har överklagats och entreprenaderna har senarelagts.",
            C(
                "Hagastaden etapp 4",
                "240",
                "+",
                "periodisering",
                unit="mnkr",
                note="A 'respektive' pair: one item per project.",
                also=(C("Slakthusområdet", "185 mnkr", "+", "periodisering"),),
            ),
        ),
        P(
            "Inkomsterna från försäljning av mark blir 250 mnkr lägre än budgeterat, då två markanvisningar i Norra "
            "Djurgårdsstaden inte kommer att fullföljas under året.",
            C(
                "Markförsäljning",
                "250 mnkr",
                "-",
                "avgifter_intakter",
                "periodisering",
                note="Revenue under budget: negative.",
            ),
        ),
        P(
            "Inom Årstafältet beräknas utgifterna överskrida budget med 42 mnkr, främst till följd av högre "
            "entreprenadpriser för gator och ledningar.",
            C("Årstafältet", "42 mnkr", "-", "prisokningar", note="A project overrun: negative."),
        ),
        projects,
        LP(
            "Kista Äng.",
            "Utbyggnaden går snabbare än planerat, och tidigarelagda arbeten med gator och parker ger en högre "
            "utgift i år.",
            C(
                "Kista Äng",
                "−35",
                "-",
                "periodisering",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's deviation.",
            ),
        ),
        LP(
            "Övriga projekt.",
            "Övriga projekt följer i stort budget.",
            BP("Övriga projekt", note="262 in the table."),
        ),
        P(
            "Jämfört med tertialrapport 1 har investeringsprognosen minskat med 140 mnkr.",
            F("Investeringar", "140 mnkr", "+"),
        ),
        H("Åtgärder och osäkerheter", 2),
        P(
            "Kontoret har inlett en dialog med byggaktörerna i Norra Djurgårdsstaden om en ny tidplan för "
            "markanvisningarna.",
            A("Markförsäljning"),
        ),
        P(
            "Prognosen för markförsäljningar är osäker och beror på bostadsmarknadens utveckling och på "
            "byggaktörernas möjligheter till finansiering.",
            O("Markförsäljning", note="Uncertainty: other."),
        ),
        P(
            "Intäkterna från tomträttsavgälder var 38 mnkr högre än under samma period 2024.",
            O("Intäkter", note="A comparison with the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="stockholm-expn-tertialrapport-2025-08.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Exploateringsnämnden"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 2 2025 Exploateringsnämnden", "author": "Stockholms stad"},
        style=style,
        blocks=blocks,
    )
