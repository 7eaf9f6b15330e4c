"""Ockelbo kommun, Omsorgsnämnden, månadsuppföljning februari 2026.

A short month report of a small kommun's care committee, footer with the nämnd's meeting date in March: a
share of the annual budget used after two months against an even spread (percentages, not amounts) and the
full year "ett underskott på tre miljoner kronor" in words, in one paragraph (one cause, the words are the
amount), then "0,6 mnkr sämre än i januari" (a forecast change); revenue below budget from lowered fees with
no amount anywhere (amount null); a verksamhet table in tkr; sections whose first sentence carries the amount
in new shapes ("Prognosen landar på 1,9 mnkr över ramen", "går back med en dryg miljon" beside a monthly
count of hours that is not the amount), two small surpluses as a "respektive" pair with the unit written once
and "håller budget" (boilerplate); an action without an amount and net costs against last year with "beror
på" (other). 6 scored causes. DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Ockelbo kommun", ""),
        footer=lambda n, m: ("Omsorgsnämnden 2026-03-24", "Månadsuppföljning februari 2026", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet, tkr (positivt tal = överskott)",
        header=(("Verksamhet", "Budget 2026", "Utfall feb", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "4 850", "760", "4 650", "200"),
            ("Särskilt boende", "58 300", "10 480", "60 200", "-1 900"),
            ("Hemtjänst", "36 700", "6 540", "38 100", "-1 400"),
            ("Hälso- och sjukvård", "14 200", "2 310", "14 200", "0"),
            ("Funktionsstöd LSS", "22 900", "3 740", "22 800", "100"),
            ("Summa", "136 950", "23 830", "139 950", "-3 000"),
        ),
        widths=(150.0, 68.0, 60.0, 60.0, 62.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning februari 2026", size=18, font="sans-bold", after=2),
        Title("Omsorgsnämnden", size=12, font="sans", after=12),
        H("Ekonomi", 2),
        P(
            "Efter två månader har nämnden förbrukat 17,4 procent av årsbudgeten, att jämföra med 16,7 procent om "
            "kostnaderna vore jämnt fördelade över året. Helårsprognosen är ett underskott på tre miljoner kronor.",
            C(
                None,
                "tre miljoner kronor",
                "-",
                value=3_000_000,
                note="The full year in words; the shares of the budget used are percentages, not the amount.",
            ),
        ),
        P("Prognosen är 0,6 mnkr sämre än i januari.", F(None, "0,6 mnkr", "-")),
        P(
            "Intäkterna från omvårdnadsavgifter blir lägre än budgeterat, eftersom fler brukare har fått sänkt "
            "avgift efter höjningen av minimibeloppet.",
            C(
                "Omvårdnadsavgifter",
                None,
                "-",
                "avgifter_intakter",
                note="A reason with no amount and no table row of its own: amount null.",
            ),
        ),
        table,
        H("Särskilt boende", 3),
        P(
            "Prognosen landar på 1,9 mnkr över ramen. Två brukare med omfattande behov av tillsyn nattetid kräver "
            "extra personal dygnet runt på Solbackens boende, och övertiden har ökat under influensaperioden.",
            C("Särskilt boende", "1,9 mnkr", "-", "bemanning", "overtid"),
        ),
        H("Hemtjänst", 3),
        P(
            "Hemtjänsten går back med en dryg miljon. Antalet beviljade timmar har ökat till i snitt 5 900 i "
            "månaden, ungefär 400 fler än budgeten bygger på, och bilarna har bytts mot leasade elbilar till en "
            "högre månadskostnad.",
            C(
                "Hemtjänst",
                "en dryg miljon",
                "-",
                "volymer",
                "material_hjalpmedel",
                value=1_000_000,
                note="'En dryg miljon' is the stated figure (the table says -1 400); hours are counts; leased "
                "vehicles are material_hjalpmedel.",
            ),
        ),
        H("Övriga verksamheter", 3),
        PS(
            (
                "Nämnd och administration samt funktionsstöd LSS redovisar små överskott på 200 respektive 100 tkr, "
                "främst genom lägre kostnader för utbildning och konferenser.",
                C(
                    "Nämnd och administration",
                    "200",
                    "+",
                    "ovrigt",
                    unit="tkr",
                    note="A 'respektive' pair, the unit written once: two items. Lower training costs: ovrigt.",
                    also=(C("Funktionsstöd LSS", "100 tkr", "+", "ovrigt"),),
                ),
            ),
            ("Hälso- och sjukvården håller budget.", BP("Hälso- och sjukvård")),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att all övertid inom särskilt boende ska godkännas av enhetschef i förväg.",
            A("Särskilt boende", None, "overtid"),
        ),
        H("Jämförelse med föregående år", 2),
        P(
            "Nettokostnaderna för januari–februari är 5,2 procent högre än samma period 2025, vilket främst beror "
            "på avtalsenliga löneökningar.",
            O(None, "lonekostnader", note="Net costs against the previous year with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="ockelbo-on-manadsuppfoljning-2026-02.pdf",
        report={
            "municipality": "Ockelbo",
            "committee": ["Omsorgsnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning februari 2026 Omsorgsnämnden", "author": "Ockelbo kommun"},
        style=style,
        blocks=blocks,
    )
