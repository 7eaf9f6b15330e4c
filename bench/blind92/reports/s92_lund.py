"""Lunds kommun, Renhållningsstyrelsen, delårsrapport januari–augusti 2025.

A fee-financed waste board's interim report, footer with the board's meeting in September: the financing
rule (the waste fund, other), the period's result "6,3 mnkr, att jämföra med ett periodiserat budgeterat
resultat på 2,8 mnkr" (3,5 never written out) and the full year's "underskott mot budget på 2,2 mnkr, som
täcks av avfallsfonden" in separate sentences (two causes), the change since the tertial report (a forecast
change); a result table in tkr with deficits in brackets ("(1 900)", twice); then two columns of plain
headings: fee revenue "2,7 mnkr högre än budgeterat", sales "1,9 mnkr mindre än budget" (negative), a
reason-only deficit (the row's "(1 900)"), a fee rise in percent before "en negativ avvikelse om 3,1 mnkr",
"ett överskott om 0,5 mnkr", "i nivå med budget" (boilerplate) and capital costs "1,5 mnkr lägre";
investments "9,5 mnkr mot en budget på 21,0 mnkr" (11,5 never written out), an action with its effect and
the fund's balance (other).
Liberation Sans (Arial metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        gutter=20.0,
        header=lambda n, m: ("Lunds kommun", "Renhållningsstyrelsen"),
        footer=lambda n, m: (
            "Delårsrapport januari–augusti 2025",
            "Renhållningsstyrelsen 2025-09-17",
            f"{n}/{m}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per post, helår 2025, tkr. Underskott inom parentes.",
        header=(("Post", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Avgifter hushåll och verksamheter", "178 400", "181 100", "2 700"),
            ("Försäljning av återvunnet material", "6 200", "4 300", "(1 900)"),
            ("Insamling", "-72 500", "-74 400", "(1 900)"),
            ("Behandling och förbränning", "-61 800", "-64 900", "(3 100)"),
            ("Återvinningscentraler", "-28 600", "-28 100", "500"),
            ("Administration och kundservice", "-16 900", "-16 900", "0"),
            ("Kapitalkostnader", "-4 800", "-3 300", "1 500"),
            ("Resultat", "0", "-2 200", "(2 200)"),
        ),
        widths=(200.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="arial-bold", after=3),
        Title("Renhållningsstyrelsen – Lunds Renhållningsverk", size=12, font="arial", after=12),
        H("Ekonomisk sammanfattning", 1),
        P(
            "Renhållningsverksamheten är avgiftsfinansierad och ska över tid bära sina egna kostnader. Ett "
            "överskott eller underskott förs till eller från avfallsfonden vid årets slut.",
            O(None, note="The financing rule: other."),
        ),
        PS(
            (
                "Resultatet för perioden är 6,3 mnkr, att jämföra med ett periodiserat budgeterat resultat på 2,8 "
                "mnkr.",
                C(
                    None,
                    "6,3 mnkr, att jämföra med ett periodiserat budgeterat resultat på 2,8 mnkr",
                    "+",
                    value=3_500_000,
                    note="The period's deviation of 3,5 mnkr, never written out: the computed value.",
                ),
            ),
            (
                "För helåret prognostiseras ett underskott mot budget på 2,2 mnkr, som täcks av avfallsfonden.",
                C(None, "2,2 mnkr", "-", note="The full year in a sentence of its own; the fund covers it."),
            ),
        ),
        P(
            "Prognosen är 0,8 mnkr sämre än i tertialrapporten, främst på grund av lägre priser på returpapper.",
            F(None, "0,8 mnkr", "-", "avgifter_intakter"),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        Columns(2),
        H("Avgifter", 3),
        P(
            "Avgiftsintäkterna blir 2,7 mnkr högre än budgeterat, eftersom antalet abonnemang har ökat i de nya "
            "bostadsområdena på Brunnshög.",
            C("Avgifter hushåll och verksamheter", "2,7 mnkr", "+", "volymer", "avgifter_intakter"),
        ),
        H("Försäljning", 3),
        P(
            "Försäljningen av återvunnet material, främst papper och metall, ger däremot 1,9 mnkr mindre än budget "
            "till följd av sjunkande priser på returmaterial.",
            C(
                "Försäljning av återvunnet material",
                "1,9 mnkr",
                "-",
                "avgifter_intakter",
                note="Sales revenue under budget: negative. Falling sales prices are avgifter_intakter, not "
                "prisokningar (a cost tag).",
            ),
        ),
        H("Insamling", 3),
        P(
            "Insamlingen av mat- och restavfall kostar mer än planerat. Två sopbilar har stått på verkstad under "
            "långa perioder och ersättningsfordon har hyrts in. Dieselpriset har också varit högre än budgeterat.",
            C(
                "Insamling",
                "(1 900)",
                "-",
                "material_hjalpmedel",
                "prisokningar",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell as printed; vehicles are material_hjalpmedel, fuel "
                "prices prisokningar.",
            ),
        ),
        H("Behandling och förbränning", 3),
        P(
            "Avgifterna för förbränning av restavfall höjdes med 8 procent vid årsskiftet. Tillsammans med större "
            "mängder grovavfall leder det till en negativ avvikelse om 3,1 mnkr.",
            C(
                "Behandling och förbränning",
                "3,1 mnkr",
                "-",
                "prisokningar",
                "volymer",
                note="The 8 percent rise is not the amount.",
            ),
        ),
        H("Återvinningscentraler", 3),
        P(
            "Återvinningscentralerna visar ett överskott om 0,5 mnkr, då den nya bokningstjänsten har minskat "
            "köerna så att bemanningen på helgerna kunnat minskas.",
            C("Återvinningscentraler", "0,5 mnkr", "+", "bemanning"),
        ),
        H("Administration och kundservice", 3),
        P("Kostnaderna ligger i nivå med budget.", BP("Administration och kundservice")),
        H("Kapitalkostnader", 3),
        P(
            "Kapitalkostnaderna blir 1,5 mnkr lägre än budgeterat, eftersom leveransen av fyra nya elsopbilar har "
            "försenats till december.",
            C("Kapitalkostnader", "1,5 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen för året är 9,5 mnkr mot en budget på 21,0 mnkr. Utöver de försenade fordonen "
            "har ombyggnaden av omlastningsstationen skjutits fram till 2026.",
            C(
                "Investeringar",
                "9,5 mnkr mot en budget på 21,0 mnkr",
                "+",
                "periodisering",
                value=11_500_000,
                note="Investment under-spending of 11,5 mnkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Renhållningsverket har tecknat ett serviceavtal med fordonsleverantören som ska korta tiderna på "
            "verkstad, vilket beräknas minska kostnaderna för inhyrda fordon med 0,6 mnkr under hösten.",
            A("Insamling", "0,6 mnkr", "material_hjalpmedel"),
        ),
        H("Avfallsfonden", 2),
        P(
            "Avfallsfonden uppgick vid årsskiftet till 14,6 mnkr. Efter det prognostiserade underskottet beräknas "
            "den till 12,4 mnkr vid årets slut.",
            O(None, note="The fund's balance: other."),
        ),
    ]
    return ReportSpec(
        file="lund-rhs-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Lund",
            "committee": ["Renhållningsstyrelsen", "Lunds Renhållningsverk"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Renhållningsstyrelsen",
            "author": "Lunds kommun",
        },
        style=style,
        blocks=blocks,
    )
