"""Södertälje kommun, Omsorgsnämnden, månadsrapport november 2025 (LSS and socialpsykiatri).

A disability-care committee's month report, its footer carrying the nämnd's meeting in December: the full year
"ett underskott på nio miljoner kronor" in words and "Prognosen är oförändrad jämfört med oktober" (a cause and a
boilerplate forecast change), the period "7,6 miljoner kronor högre än budget" (a net cost, negative); a gridded
table in tkr with U+2212 minus signs and October's deviation beside it; plain paragraphs per verksamhet in varied
shapes: "Inom personlig assistans blir underskottet 5,3 mnkr" with withdrawn assistance compensation, "har en
negativ avvikelse på 6,1 mnkr, som förklaras av" with start-up costs, "lämnar ett överskott om 1,9 mnkr", a
possessive "Korttidsvistelsens och avlösningens överskott, 0,7 mnkr,", "För ledning och administration beräknas
ett överskott på 800 tkr" and a reason-only deficit (the row's "−1 000"); an action followed by the uncertainty
of a retroactive compensation (other), investments "beräknas användas fullt ut" (boilerplate) and sick leave
against last year (other). DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(68.0, 78.0, 68.0, 74.0),
        header=lambda n, m: ("Södertälje kommun", "Omsorgsnämnden"),
        footer=lambda n, m: ("Månadsrapport november 2025", "Omsorgsnämnden 2025-12-16", f"{n}/{m}"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse", "Avvikelse okt"),),
        rows=(
            ("Personlig assistans", "186 400", "191 700", "−5 300", "−5 100"),
            ("Bostad med särskild service", "402 800", "408 900", "−6 100", "−6 400"),
            ("Daglig verksamhet", "98 200", "96 300", "1 900", "1 700"),
            ("Korttidsvistelse och avlösning", "41 600", "40 900", "700", "900"),
            ("Ledning och administration", "27 500", "26 700", "800", "900"),
            ("Boendestöd", "30 300", "31 300", "−1 000", "−1 000"),
            ("Summa", "786 800", "795 800", "−9 000", "−9 000"),
        ),
        widths=(170.0, 64.0, 64.0, 66.0, 76.0),
        bold_rows=frozenset({6}),
        grid=True,
        shade=(0.92, 0.92, 0.92),
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=19, font="serif-bold", after=2),
        Title("Omsorgsnämnden", size=12, font="serif-italic", after=12),
        H("Resultat och prognos", 2),
        PS(
            (
                "Omsorgsnämnden prognostiserar ett underskott på nio miljoner kronor för helåret.",
                C(None, "nio miljoner kronor", "-", value=9_000_000, note="The full year in words."),
            ),
            ("Prognosen är oförändrad jämfört med oktober.", BF(None)),
        ),
        P(
            "Ackumulerat till och med november är nettokostnaden 7,6 miljoner kronor högre än budget.",
            C(None, "7,6 miljoner kronor", "-", note="The period: a net cost above budget is negative."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        P(
            "Inom personlig assistans blir underskottet 5,3 mnkr. Försäkringskassan har dragit in "
            "assistansersättningen för tre brukare efter omprövning, och kommunen bär därför hela kostnaden för "
            "deras assistans.",
            C("Personlig assistans", "5,3 mnkr", "-", "ersattning_fk", note="The area after 'Inom'."),
        ),
        P(
            "Bostad med särskild service har en negativ avvikelse på 6,1 mnkr, som förklaras av två nya "
            "gruppbostäder i Ronna som öppnade under hösten med full bemanning innan alla lägenheter var belagda, "
            "samt av hög sjukfrånvaro.",
            C(
                "Bostad med särskild service",
                "6,1 mnkr",
                "-",
                "omstallning",
                "bemanning",
                "sjukfranvaro",
                note="Start-up with full staffing before full occupancy: omstallning and bemanning.",
            ),
        ),
        P(
            "Daglig verksamhet lämnar ett överskott om 1,9 mnkr. Färre nya deltagare än beräknat har börjat under "
            "året.",
            C("Daglig verksamhet", "1,9 mnkr", "+", "volymer"),
        ),
        P(
            "Korttidsvistelsens och avlösningens överskott, 0,7 mnkr, beror på lägre beläggning på korttidshemmet "
            "Solgläntan under sommaren.",
            C("Korttidsvistelse och avlösning", "0,7 mnkr", "+", "volymer", note="A possessive area."),
        ),
        P(
            "För ledning och administration beräknas ett överskott på 800 tkr till följd av en vakant "
            "enhetschefstjänst.",
            C("Ledning och administration", "800 tkr", "+", "vakanser", note="The area after 'För'."),
        ),
        P(
            "Boendestödet går med underskott, på grund av fler beslut om insatser under året.",
            C(
                "Boendestöd",
                "−1 000",
                "-",
                "volymer",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell.",
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Nämnden har begärt omprövning av två av Försäkringskassans beslut om assistansersättning.",
                A("Personlig assistans", None, "ersattning_fk"),
            ),
            (
                "Om nämnden får rätt kan ersättning på upp till 2,4 mnkr betalas ut retroaktivt, men det är osäkert "
                "om det sker under 2025.",
                O("Personlig assistans", note="An uncertain retroactive compensation: other."),
            ),
        ),
        H("Investeringar", 2),
        P("Investeringsbudgeten om 3,5 mnkr beräknas användas fullt ut.", BP("Investeringar")),
        H("Personal", 2),
        P(
            "Sjukfrånvaron i november var 9,4 procent, jämfört med 8,8 procent i november förra året.",
            O(None, note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="sodertalje-on-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Södertälje",
            "committee": ["Omsorgsnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport november 2025 Omsorgsnämnden", "author": "Södertälje kommun"},
        style=style,
        blocks=blocks,
    )
