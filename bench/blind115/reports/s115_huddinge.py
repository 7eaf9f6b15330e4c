"""Huddinge kommun, Miljö- och hälsoskyddsnämnden, månadsrapport maj 2026.

A small supervision committee's month report in "miljoner kronor" and "tusen kronor" with no table, footer
with the nämnd's meeting date in June: the full year "ett överskott på 1,2 miljoner kronor" with its causes in
the same paragraph (one item), the period "0,7 miljoner kronor lägre än periodiserad budget" (net cost, so
positive) in a paragraph of its own followed by "Prognosen är oförändrad jämfört med april" (a boilerplate
forecast change); bold run-in areas ending in a colon: "ett överskott om 900 tusen kronor", "ungefär en halv
miljon kronor högre än budget" (an amount in words), a cause before "ett underskott på 0,2 miljoner kronor"
and "Kostnaderna följer budget" (boilerplate); a recruitment under way (an action); a coming procurement with
unknown cost (other). Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Title

from reports.common import BF, BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.45,
        para_gap=8.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 82.0, 70.0, 74.0),
        header=lambda n, m: ("HUDDINGE KOMMUN", "Miljö- och hälsoskyddsnämnden"),
        footer=lambda n, m: ("Sammanträde 2026-06-16", "", f"{n} (av {m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    blocks = [
        Title("Månadsrapport maj 2026", size=18, font="arial-bold", after=2),
        Title("Miljö- och hälsoskyddsnämnden", size=12, font="arial", after=14),
        H("Ekonomi", 2),
        P(
            "Miljö- och hälsoskyddsnämndens prognos efter maj är ett överskott på 1,2 miljoner kronor. Överskottet "
            "beror i huvudsak på vakanta inspektörstjänster inom livsmedelskontrollen, men också på att "
            "tillsynsintäkterna har blivit högre än väntat.",
            C(None, "1,2 miljoner kronor", "+", "vakanser", "avgifter_intakter"),
        ),
        PS(
            (
                "Nettokostnaden för januari–maj är 0,7 miljoner kronor lägre än periodiserad budget.",
                C(None, "0,7 miljoner kronor", "+", note="A net cost below the periodised budget: positive."),
            ),
            ("Prognosen är oförändrad jämfört med april.", BF(None)),
        ),
        H("Verksamheternas prognoser", 2),
        LP(
            "Livsmedelskontroll:",
            "Verksamheten beräknas visa ett överskott om 900 tusen kronor, då två av sju tjänster har varit vakanta "
            "sedan årsskiftet.",
            C("Livsmedelskontroll", "900 tusen kronor", "+", "vakanser"),
        ),
        LP(
            "Miljötillsyn:",
            "Intäkterna från den årliga tillsynsavgiften för miljöfarlig verksamhet väntas bli ungefär en halv miljon "
            "kronor högre än budget, främst efter att fler verksamheter har registrerats.",
            C(
                "Miljötillsyn",
                "en halv miljon kronor",
                "+",
                "avgifter_intakter",
                "volymer",
                value=500_000,
                note="An amount in words.",
            ),
        ),
        LP(
            "Hälsoskydd:",
            "Konsultstödet för bullerutredningar i Flemingsberg kostar mer än planerat, och prognosen är ett "
            "underskott på 0,2 miljoner kronor.",
            C("Hälsoskydd", "0,2 miljoner kronor", "-", "inhyrd_personal"),
        ),
        LP(
            "Nämnd och administration:",
            "Kostnaderna följer budget.",
            BP("Nämnd och administration"),
        ),
        P(
            "Rekryteringen av två livsmedelsinspektörer pågår och väntas vara klar i september.",
            A("Livsmedelskontroll", None, "vakanser"),
        ),
        H("Övrigt", 2),
        P(
            "Ett nytt verksamhetssystem för tillsyn ska upphandlas under hösten. Kostnaden är ännu inte känd och ingår "
            "inte i prognosen.",
            O(None, note="A coming cost not in the forecast: other."),
        ),
    ]
    return ReportSpec(
        file="huddinge-mhn-manadsrapport-2026-05.pdf",
        report={
            "municipality": "Huddinge",
            "committee": ["Miljö- och hälsoskyddsnämnden"],
            "period": ["2026-05"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport maj 2026 Miljö- och hälsoskyddsnämnden",
            "author": "Huddinge kommun",
        },
        style=style,
        blocks=blocks,
    )
