"""Nacka kommun, Kulturnämnden, månadsrapport maj 2026.

A small culture committee's month report with a footer carrying the meeting's paragraph number in June: the
full year "ett underskott på en miljon kronor" in words with last month's figure in brackets, the area table
pasted as an image, a deficit "om 1 400 tusen kronor", a surplus "på drygt fyrahundra tusen kronor" in words, a
reason-only shortfall whose amount lives only in the image (amount null), "följer kostnaderna budget"
(boilerplate), "250 tkr" from a vacancy; the change against April "-400 tkr", an action with its effect,
library visits against last year (other) and an investment under-spend never written out ("Av
investeringsbudgeten på 2,4 mnkr … beräknas 1,1 mnkr förbrukas", 1,3 mnkr). Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 72.0),
        header=lambda n, m: ("Nacka kommun", "Månadsrapport maj 2026"),
        footer=lambda n, m: ("Kulturnämnden 2026-06-16, § 41", "", f"{n}/{m}"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Kulturskola (kulturpeng)", "31 500", "32 900", "-1 400"),
            ("Bibliotek", "42 800", "42 380", "420"),
            ("Konsthall", "6 100", "6 370", "-270"),
            ("Föreningsbidrag och kulturstöd", "9 700", "9 700", "0"),
            ("Nämnd och förvaltningsgemensamt", "5 200", "4 950", "250"),
            ("Summa", "95 300", "96 300", "-1 000"),
        ),
        widths=(180.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport maj 2026", size=18, font="arial-bold", after=2),
        Title("Kulturnämnden", size=12, font="arial", after=12),
        H("Ekonomiskt utfall och prognos", 2),
        P(
            "Kulturnämndens prognos för 2026 är ett underskott på en miljon kronor mot budget (föregående månad "
            "-0,6 mnkr).",
            C(
                None,
                "en miljon kronor",
                "-",
                value=1_000_000,
                note="Amount in words; the bracketed figure is last month's.",
            ),
        ),
        table,
        P(
            "Kulturskolan visar ett underskott om 1 400 tusen kronor. Fler elever än budgeterat har valt kurser via "
            "kulturpengen, och ersättningen till externa anordnare har därmed ökat.",
            C("Kulturskola", "1 400 tusen kronor", "-", "volymer", "kopt_verksamhet"),
        ),
        P(
            "Biblioteken gör ett överskott på drygt fyrahundra tusen kronor, eftersom öppettiderna på två filialer "
            "har minskats under pågående renovering.",
            C(
                "Bibliotek",
                "drygt fyrahundra tusen kronor",
                "+",
                "ovrigt",
                value=400_000,
                note="Amount in words with 'drygt': the stated figure. Closure for renovation: ovrigt.",
            ),
        ),
        P(
            "Inom konsthallen är intäkterna lägre än väntat. Entréavgifterna når inte budgeterad nivå efter att en "
            "större utställning ställdes in.",
            C(
                "Konsthall",
                None,
                "-",
                "avgifter_intakter",
                note="Reasons only; the row is in a table pasted as an image: amount null.",
            ),
        ),
        P(
            "För föreningsbidrag och kulturstöd följer kostnaderna budget.",
            BP("Föreningsbidrag och kulturstöd"),
        ),
        P(
            "Nämnd och förvaltningsgemensamt bedöms lämna ett överskott på 250 tkr till följd av en vakant tjänst "
            "som kulturstrateg.",
            C("Nämnd och förvaltningsgemensamt", "250 tkr", "+", "vakanser"),
        ),
        P(
            "Sammantaget ligger personalkostnaderna 0,3 mnkr under budget, medan lokalkostnaderna följer budget.",
            C(
                "Personalkostnader",
                "0,3 mnkr",
                "+",
                note="A kostnadsslag beside a boilerplate one in the same sentence.",
                also=(BP("Lokalkostnader"),),
            ),
        ),
        P(
            "Förändringen mot aprilprognosen, -400 tkr, beror helt på kulturskolan.",
            F(None, "-400 tkr", "-", "volymer"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över ersättningsnivån i kulturpengen inför höstterminen. En sänkning med fem procent "
            "skulle minska kostnaden med cirka 600 tkr på helår.",
            A("Kulturskola", "cirka 600 tkr", "kopt_verksamhet"),
        ),
        H("Verksamhet", 2),
        P(
            "Antalet besök på biblioteken har ökat med 9 procent jämfört med januari–maj 2025.",
            O("Bibliotek", note="Against the previous year: other."),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 2,4 mnkr för inventarier till ett nytt bibliotek beräknas 1,1 mnkr "
            "förbrukas i år, eftersom inflyttningen sker först i december.",
            C(
                "Investeringar",
                "1,1 mnkr",
                "+",
                "periodisering",
                value=1_300_000,
                note="Under-spend never written out: the computed 1,3 mnkr, the amount text as written.",
            ),
        ),
    ]
    return ReportSpec(
        file="nacka-kn-manadsrapport-2026-05.pdf",
        report={
            "municipality": "Nacka",
            "committee": ["Kulturnämnden"],
            "period": ["2026-05"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport maj 2026 Kulturnämnden", "author": "Nacka kommun"},
        style=style,
        blocks=blocks,
    )
