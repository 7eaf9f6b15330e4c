"""Region Halland, Kultur- och skolnämnden, månadsrapport februari 2026.

A region's culture and school committee's month report whose result table is pasted as an image (every amount
in the prose), footer with the nämnd's meeting date in March: the period "1,4 mnkr sämre än periodiserad
budget" and the full year "ett underskott på 3,5 mnkr mot budget" as two paragraphs, then headings that carry
the verksamhet and its amount ("Naturbruksgymnasierna −2,4 mnkr"): a school whose lower intake and dearer feed
explain the deficit, folk high schools whose grant "blev två miljoner kronor lägre än budgeterat" (a part in
words, the heading's −1,6 is the amount), culture "+0,8 mnkr" from vacancies and moved projects, grants that
"följer budget" under a "±0 mnkr" heading (boilerplate), consultants for an inquiry; investments where "tre
miljoner kronor blir kvar" (amount in words), an action with its effect, a risk and pupil numbers against
last year with "beror på" (others). Liberation Sans (Arial) 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Region Halland", "Månadsrapport februari 2026"),
        footer=lambda n, m: ("Kultur- och skolnämnden 2026-03-19", "RS260117", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2026", "Utfall feb", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Naturbruksgymnasierna", "118,6", "20,9", "121,0", "−2,4"),
            ("Folkhögskolorna", "96,2", "17,1", "97,8", "−1,6"),
            ("Kultur", "74,5", "11,6", "73,7", "0,8"),
            ("Regionala kulturbidrag", "52,0", "9,4", "52,0", "0,0"),
            ("Nämnd och förvaltningsledning", "11,3", "2,1", "11,6", "−0,3"),
            ("Summa", "352,6", "61,1", "356,1", "−3,5"),
        ),
        widths=(160.0, 66.0, 60.0, 68.0, 60.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport februari 2026", size=18, font="arial-bold", after=2),
        Title("Kultur- och skolnämnden", size=12, font="arial", after=12),
        H("Ekonomiskt resultat och prognos", 2),
        P(
            "Kultur- och skolnämndens resultat för januari–februari är −1,9 mnkr, vilket är 1,4 mnkr sämre än "
            "periodiserad budget.",
            C(None, "1,4 mnkr", "-", note="The period; −1,9 mnkr is the period's result, not the deviation."),
        ),
        P(
            "Helårsprognosen visar ett underskott på 3,5 mnkr mot budget. Det är den första prognosen för året.",
            C(None, "3,5 mnkr", "-", note="The full year, in a paragraph of its own."),
        ),
        table,
        HP(
            "Naturbruksgymnasierna −2,4 mnkr",
            "Elevintaget hösten 2025 blev lägre än planerat, vilket minskar ersättningarna från elevernas "
            "hemkommuner. Samtidigt har kostnaderna för foder och energi i djurhållningen ökat.",
            C(
                "Naturbruksgymnasierna",
                "−2,4 mnkr",
                "-",
                "volymer",
                "avgifter_intakter",
                "prisokningar",
                note="The heading carries the area and amount.",
            ),
        ),
        HP(
            "Folkhögskolorna −1,6 mnkr",
            "Statsbidraget från Folkbildningsrådet blev två miljoner kronor lägre än budgeterat eftersom antalet "
            "deltagarveckor minskade under 2025. En del av bortfallet vägs upp av lägre personalkostnader under "
            "vårterminen.",
            C(
                "Folkhögskolorna",
                "−1,6 mnkr",
                "-",
                "statsbidrag",
                "volymer",
                note="The heading's amount; 'två miljoner kronor' is a part, offset in the next sentence.",
            ),
        ),
        HP(
            "Kultur +0,8 mnkr",
            "Överskottet inom kulturverksamheten kommer från vakanta tjänster på kulturavdelningen och från att två "
            "utställningsprojekt har flyttats till 2027.",
            C("Kultur", "+0,8 mnkr", "+", "vakanser", "periodisering"),
        ),
        HP(
            "Regionala kulturbidrag ±0 mnkr",
            "Bidragen till länets kulturinstitutioner betalas ut enligt fattade beslut och följer budget.",
            BP("Regionala kulturbidrag"),
        ),
        HP(
            "Nämnd och förvaltningsledning −0,3 mnkr",
            "Avvikelsen beror på konsultkostnader i samband med utredningen om gymnasieverksamhetens framtida "
            "organisation.",
            C(
                "Nämnd och förvaltningsledning",
                "−0,3 mnkr",
                "-",
                "inhyrd_personal",
                "omstallning",
                note="Consultants for a reorganisation inquiry.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsram på 14,0 mnkr beräknas elva miljoner kronor användas under året. Att tre "
            "miljoner kronor blir kvar beror på att upphandlingen av en ny mjölkrobot har överklagats.",
            C(
                "Investeringar",
                "tre miljoner kronor",
                "+",
                "periodisering",
                value=3_000_000,
                note="Investment under-spending, the amount in words.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över schemaläggningen på folkhögskolornas internat och har beslutat att inte "
            "tillsätta en vakant lärartjänst, vilket minskar kostnaderna med 0,5 mnkr i år.",
            A("Folkhögskolorna", "0,5 mnkr", "bemanning", "vakanser"),
        ),
        H("Risker och verksamhetsmått", 2),
        P(
            "Prognosen är osäker eftersom antalet sökande till naturbruksprogrammen hösten 2026 blir känt först i "
            "juni.",
            O("Naturbruksgymnasierna", note="A risk."),
        ),
        P(
            "Antalet elever på naturbruksgymnasierna är 402, vilket är 31 färre än i februari 2025. Minskningen "
            "beror på mindre årskullar i länets kommuner.",
            O("Naturbruksgymnasierna", "volymer", note="Pupil numbers against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="region-halland-ksn-manadsrapport-2026-02.pdf",
        report={
            "municipality": "Region Halland",
            "committee": ["Kultur- och skolnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport februari 2026 Kultur- och skolnämnden", "author": "Region Halland"},
        style=style,
        blocks=blocks,
    )
