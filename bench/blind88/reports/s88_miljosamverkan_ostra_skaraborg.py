"""Miljösamverkan östra Skaraborg (kommunalförbund), Direktionen, budgetuppföljning per maj 2026.

An environmental-health kommunalförbund's follow-up in tkr, footer with the direktion's meeting date in June:
the period "262 tkr bättre än periodiserad budget" and its timing reason in a paragraph of its own (amount
null), the full year "ett underskott om 280 tkr mot budget", "Prognosen är oförändrad jämfört med mars"
(boilerplate forecast change); a kostnadsslag table with a trailing minus ("350-"); bold run-in kostnadsslag
ending in a full stop: supervision fees "350 tkr lägre än budgeterat" (negative), the members'
contributions that "följer budget" (boilerplate), vacancies that give "ett överskott på 420 tkr för
helåret", a consultant who "kostar 290 tkr mer än budgeterat", a reason-only rent (the row's "110-"), a new
case-management system that "överstiger budget med 150 tkr" and commissions that give "200 tkr mer än
budget"; an action with its effect and equity (other). Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Miljösamverkan östra Skaraborg", "Budgetuppföljning maj 2026"),
        footer=lambda n, m: ("Direktionen 2026-06-16", "", f"{n}"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos helår 2026 per kostnadsslag, tkr",
        header=(("Kostnadsslag", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "14 600", "14 600", "0"),
            ("Avgiftsintäkter", "12 900", "12 550", "350-"),
            ("Övriga intäkter", "700", "900", "200"),
            ("Personalkostnader", "22 400", "21 980", "420"),
            ("Köp av tjänster", "600", "890", "290-"),
            ("Lokalkostnader", "1 900", "2 010", "110-"),
            ("IT och system", "1 700", "1 850", "150-"),
            ("Övriga kostnader", "1 600", "1 600", "0"),
            ("Resultat", "0", "280-", "280-"),
        ),
        widths=(160.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Budgetuppföljning per maj 2026", size=18, font="narrow-bold", after=2),
        Title("Miljösamverkan östra Skaraborg", size=12.5, font="narrow", after=12),
        H("Resultat och prognos", 2),
        P(
            "Resultatet för januari–maj uppgår till 412 tkr, vilket är 262 tkr bättre än periodiserad budget.",
            C(None, "262 tkr", "+", note="The period's deviation after its level."),
        ),
        P(
            "Det positiva resultatet för perioden beror på att årsavgifterna för livsmedelskontroll faktureras i "
            "början av året.",
            C(
                None,
                None,
                "+",
                "periodisering",
                "avgifter_intakter",
                note="The period surplus's reason in a paragraph of its own: amount null.",
            ),
        ),
        PS(
            (
                "För helåret prognostiserar förbundet ett underskott om 280 tkr mot budget.",
                C(None, "280 tkr", "-", note="The full year, followed by a boilerplate 'oförändrad'."),
            ),
            ("Prognosen är oförändrad jämfört med mars.", BF(None)),
        ),
        table,
        H("Kommentarer per kostnadsslag", 2),
        LP(
            "Avgiftsintäkter.",
            "Intäkterna från tillsyn enligt miljöbalken blir 350 tkr lägre än budgeterat, eftersom färre "
            "lantbruk än planerat kommer att besökas under året.",
            C(
                "Avgiftsintäkter",
                "350 tkr",
                "-",
                "avgifter_intakter",
                "volymer",
                note="Revenue under budget.",
            ),
        ),
        LP("Medlemsbidrag.", "Medlemskommunernas bidrag följer budget.", BP("Medlemsbidrag")),
        LP(
            "Personalkostnader.",
            "Två miljöinspektörer har slutat och tjänsterna är ännu inte tillsatta, vilket ger ett överskott på "
            "420 tkr för helåret.",
            C("Personalkostnader", "420 tkr", "+", "vakanser"),
        ),
        LP(
            "Köp av tjänster.",
            "Konsulten som anlitats för att hinna med livsmedelskontrollerna kostar 290 tkr mer än budgeterat.",
            C("Köp av tjänster", "290 tkr", "-", "inhyrd_personal"),
        ),
        LP(
            "Lokalkostnader.",
            "Hyran för kontoret i Skövde höjdes i januari efter en omförhandling av avtalet.",
            C(
                "Lokalkostnader",
                "110-",
                "-",
                "lokaler",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell with a trailing minus.",
            ),
        ),
        LP(
            "IT och system.",
            "Övergången till ett nytt ärendehanteringssystem medför engångskostnader och licensavgifter som "
            "överstiger budget med 150 tkr.",
            C("IT och system", "150 tkr", "-", "it_digitalisering", "omstallning"),
        ),
        LP(
            "Övriga intäkter.",
            "Uppdrag åt länsstyrelsen inom vattentillsyn ger 200 tkr mer än budget.",
            C("Övriga intäkter", "200 tkr", "+", "avgifter_intakter"),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat att en av de vakanta tjänsterna tillsätts först i september, vilket minskar "
            "personalkostnaderna med ytterligare 150 tkr.",
            A("Personalkostnader", "150 tkr", "vakanser"),
        ),
        H("Eget kapital", 2),
        P(
            "Förbundets egna kapital uppgick vid årsskiftet till 1 850 tkr och täcker det prognostiserade "
            "underskottet.",
            O(None, "reserver", note="Equity covering the deficit: other."),
        ),
    ]
    return ReportSpec(
        file="miljosamverkan-ostra-skaraborg-budgetuppfoljning-2026-05.pdf",
        report={
            "municipality": [
                "Miljösamverkan östra Skaraborg",
                "Kommunalförbundet Miljösamverkan östra Skaraborg",
                "MÖS",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2026-05"],
            "report_type": "budgetuppföljning",
        },
        metadata={
            "title": "Budgetuppföljning maj 2026 Miljösamverkan östra Skaraborg",
            "author": "Miljösamverkan östra Skaraborg",
        },
        style=style,
        blocks=blocks,
    )
