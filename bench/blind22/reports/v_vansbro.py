"""Vansbro kommun, Omsorgsnämnden, ekonomisk lägesrapport februari 2026.

An elderly and disability care committee's first report of the year, whose result table is pasted as an
image (every amount in the prose, most of them in words): the period "förbrukat 1,3 mnkr mer än den
periodiserade budgeten" and the full year "en negativ budgetavvikelse på drygt fem miljoner kronor" in
separate paragraphs (two items); per-verksamhet paragraphs without headings whose amounts are words and
approximations ("närmare tre miljoner kronor", "knappt två miljoner kronor", "en halv miljon kronor") or a
plain "ligger 750 tkr sämre än budget", with a place count that is not the amount, an early opening with
start-up and furniture costs, leased cars and mertid; "väntas bli i nivå med budget" (boilerplate); costs
against the same period last year with "beror på" (other), an action with its effect and a risk (other).
Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(14.0, 11.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Vansbro kommun", "Omsorgsnämnden"),
        footer=lambda n, m: ("Ekonomisk lägesrapport februari 2026", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos 2026 per verksamhet, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Äldreboenden", "58 400", "61 300", "−2 900"),
            ("Hemtjänst", "27 900", "28 650", "−750"),
            ("Hälso- och sjukvård", "12 600", "12 100", "500"),
            ("Funktionsstöd", "31 200", "33 150", "−1 950"),
            ("Gemensamt", "5 300", "5 300", "0"),
            ("Summa", "135 400", "140 500", "−5 100"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Ekonomisk lägesrapport februari 2026", size=18, font="arial-bold", after=2),
        Title("Omsorgsnämnden", size=12, font="arial", after=12),
        P(
            "Lägesrapporten omfattar januari–februari och bygger på bokfört utfall samt verksamheternas bedömning av "
            "helåret."
        ),
        H("Nämndens resultat", 2),
        P(
            "Efter årets två första månader har nämnden förbrukat 1,3 mnkr mer än den periodiserade budgeten.",
            C(None, "1,3 mnkr", "-", note="The period in a paragraph of its own: its own item."),
        ),
        P(
            "Helårsprognosen pekar på en negativ budgetavvikelse på drygt fem miljoner kronor.",
            C(None, "drygt fem miljoner kronor", "-", value=5_000_000, note="An amount in words."),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        P(
            "Äldreboendena står för den största delen av underskottet, närmare tre miljoner kronor. Sedan december "
            "är samtliga 44 platser på Vansbrogården och Åkerbo belagda, och flera av de boende har ett så stort "
            "omvårdnadsbehov att extra personal har satts in nattetid.",
            C(
                "Äldreboenden",
                "närmare tre miljoner kronor",
                "-",
                "volymer",
                "bemanning",
                value=3_000_000,
                note="An approximation in words: the stated figure. The place count is not the amount.",
            ),
        ),
        P(
            "Inom funktionsstöd överskrids budgeten med knappt två miljoner kronor. En ny gruppbostad i Dala-Järna "
            "öppnade i januari, två månader tidigare än budgeten förutsatte, och uppstartskostnader för möbler och "
            "introduktion av personal har belastat verksamheten.",
            C(
                "Funktionsstöd",
                "knappt två miljoner kronor",
                "-",
                "periodisering",
                "omstallning",
                "material_hjalpmedel",
                value=2_000_000,
                note="Earlier opening: periodisering; start-up: omstallning; furniture: material_hjalpmedel.",
            ),
        ),
        P(
            "Hemtjänsten ligger 750 tkr sämre än budget. Bilarna i hemtjänsten har bytts mot nya leasingbilar med "
            "högre månadskostnad, och sjukfrånvaron i januari krävde mycket mertid.",
            C("Hemtjänst", "750 tkr", "-", "material_hjalpmedel", "sjukfranvaro", "overtid"),
        ),
        P(
            "Hälso- och sjukvården gör ett överskott på en halv miljon kronor eftersom en sjukskötersketjänst och en "
            "arbetsterapeuttjänst är vakanta.",
            C("Hälso- och sjukvård", "en halv miljon kronor", "+", "vakanser", value=500_000),
        ),
        P("Nämndens gemensamma kostnader väntas bli i nivå med budget.", BP("Gemensamt")),
        H("Jämförelse med föregående år", 2),
        P(
            "Jämfört med samma period förra året har kostnaderna ökat med 6,2 procent, vilket i huvudsak beror på "
            "de nya platserna på Åkerbo.",
            O(None, note="Against the same period last year with 'beror på': other."),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Förvaltningen ser över nattbemanningen på äldreboendena och räknar med att kunna minska kostnaderna med "
            "cirka 0,8 mnkr under året.",
            A("Äldreboenden", "cirka 0,8 mnkr", "bemanning"),
        ),
        P(
            "Om Försäkringskassan ändrar sina beslut om assistansersättning för två brukare kan underskottet inom "
            "funktionsstöd öka med ytterligare 1,2 mnkr.",
            O("Funktionsstöd", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="vansbro-on-ekonomisk-lagesrapport-2026-02.pdf",
        report={
            "municipality": "Vansbro",
            "committee": ["Omsorgsnämnden"],
            "period": ["2026-02"],
            "report_type": "ekonomisk lägesrapport",
        },
        metadata={"title": "Ekonomisk lägesrapport februari 2026 Omsorgsnämnden", "author": "Vansbro kommun"},
        style=style,
        blocks=blocks,
    )
