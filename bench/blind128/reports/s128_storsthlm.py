"""Storsthlm (Kommunförbundet Stockholms län), Styrelsen, delårsrapport januari–augusti 2025.

The interim report of the Stockholm county kommuner's joint organisation, in tkr and "miljoner kronor" set in
Liberation Sans, footer with the styrelse's meeting in October: the period's result "2 140 tkr, att jämföra
med ett periodiserat budgeterat resultat på 600 tkr" (1 540 never written out) and the full year "ett
överskott på 850 tkr mot budget"; member fees that "följer budget" (boilerplate); a result table with
hyphen-minus costs; bold run-in kostnadsslag ending with a full stop: project revenue "2,5 miljoner kronor
högre än budgeterat", personnel "ett överskott på drygt en miljon kronor" (in words), a reason-only premises
deficit (the row's "-750"), conferences "1 200 tkr högre än budget" (no tag), IT "belastar budgeten med 800
tkr"; equity (other) and an action with no amount.

The body is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O


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
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Storsthlm", "Delårsrapport 2025"),
        footer=lambda n, m: ("Styrelsen 2025-10-02", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning, tkr",
        header=(("", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "48 600", "48 600", "0"),
            ("Projektintäkter och bidrag", "12 400", "14 900", "2 500"),
            ("Personalkostnader", "-38 200", "-37 100", "1 100"),
            ("Lokalkostnader", "-5 900", "-6 650", "-750"),
            ("Konferenser och nätverk", "-4 300", "-5 500", "-1 200"),
            ("IT och övriga kostnader", "-12 000", "-12 800", "-800"),
            ("Resultat", "600", "1 450", "850"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Storsthlm", size=13, font="arial", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Storsthlms resultat för perioden är 2 140 tkr, att jämföra med ett periodiserat budgeterat resultat "
            "på 600 tkr.",
            C(
                None,
                "2 140 tkr, att jämföra med ett periodiserat budgeterat resultat på 600 tkr",
                "+",
                value=1_540_000,
                note="The period's surplus of 1 540 tkr, never written out: the computed value.",
            ),
        ),
        P(
            "Helårsprognosen är ett överskott på 850 tkr mot budget.",
            C(None, "850 tkr", "+", note="The full year in a paragraph of its own."),
        ),
        P("Medlemsavgifterna följer budget.", BP("Medlemsavgifter")),
        table,
        H("Kommentarer per kostnadsslag", 2),
        LP(
            "Projektintäkter och bidrag.",
            "Organisationen har beviljats medel från Europeiska socialfonden för ett projekt om "
            "kompetensförsörjning i äldreomsorgen, och intäkterna blir därmed 2,5 miljoner kronor högre än "
            "budgeterat.",
            C(
                "Projektintäkter och bidrag",
                "2,5 miljoner kronor",
                "+",
                "statsbidrag",
                note="An external project grant is tagged statsbidrag.",
            ),
        ),
        LP(
            "Personalkostnader.",
            "Två tjänster som utredare har varit vakanta under våren och en medarbetare har varit föräldraledig "
            "utan ersättare, vilket ger ett överskott på drygt en miljon kronor.",
            C(
                "Personalkostnader",
                "drygt en miljon kronor",
                "+",
                "vakanser",
                value=1_000_000,
                note="Amount in words; the table says 1 100.",
            ),
        ),
        LP(
            "Lokalkostnader.",
            "Hyresvärden har tagit ut en indexuppräkning som är högre än budgeterat, och sedan juni hyrs ett "
            "extra mötesrum.",
            C(
                "Lokalkostnader",
                "-750",
                "-",
                "lokaler",
                "prisokningar",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        LP(
            "Konferenser och nätverk.",
            "Kostnaderna blir 1 200 tkr högre än budget, till största delen kopplade till projektets "
            "nätverksträffar.",
            C("Konferenser och nätverk", "1 200 tkr", "-", note="Project activity: no cause tag."),
        ),
        LP(
            "IT och övriga kostnader.",
            "Licenser för det nya ärendehanteringssystemet och en extern konsult för införandet belastar budgeten "
            "med 800 tkr.",
            C("IT och övriga kostnader", "800 tkr", "-", "it_digitalisering", "inhyrd_personal"),
        ),
        H("Eget kapital", 2),
        P(
            "Det egna kapitalet uppgår efter perioden till 9,7 mnkr.",
            O(None, "reserver", note="Equity: other."),
        ),
        H("Åtgärder", 2),
        P(
            "Kansliet avvaktar med att tillsätta en av de vakanta tjänsterna till 2026.",
            A("Personalkostnader", None, "vakanser"),
        ),
    ]
    return ReportSpec(
        file="storsthlm-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Storsthlm", "Kommunförbundet Stockholms län", "KSL"],
            "committee": ["Styrelsen", "Storsthlms styrelse"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari-augusti 2025 Storsthlm", "author": "Storsthlm"},
        style=style,
        blocks=blocks,
    )
