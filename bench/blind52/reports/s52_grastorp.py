"""Grästorps kommun, Kommunstyrelsen, månadsrapport november 2025 (the kommunstyrelse's own verksamheter).

A small kommun's month report for the kommunstyrelse's verksamheter in DejaVu Serif 10 pt whose result table is
pasted as an image (its figures are not in the text layer), footer with the arbetsutskott's date in December:
the full year "ett överskott om 1,8 miljoner kronor"; bold run-in verksamheter with a colon in varied shapes
("Lägre kostnader än budgeterat med 0,9 mkr", the reason first and "Underskottet stannar på 0,4 mkr", "gör
ett plus på 650 000 kronor", a reason-only deficit whose amount lives only in the image (amount null),
"Budgeten hålls." (boilerplate), "drygt 300 tusen kronor"); three kostnadsslag in one sentence ("1,6
respektive 0,5 mkr under budget, medan övriga kostnader överskrider budget med 0,3 mkr", three items); the
change since October; an action without an effect; investments "återstår 4,1 mkr"; sick leave against last
year (other). 10 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

IMAGE = "The result table is an image: the amount lives only there, so null."


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
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Grästorps kommun", "Kommunstyrelsen"),
        footer=lambda n, m: ("KSAU 2025-12-09", "Månadsrapport november", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    image = Table(
        header=(("Verksamhet (tkr)", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Kommunledning", "14 250", "13 350", "900"),
            ("IT och digitalisering", "6 100", "6 500", "-400"),
            ("Kultur och fritid", "9 800", "9 150", "650"),
            ("Gata och fastighet", "21 400", "21 950", "-550"),
            ("Måltidsverksamhet", "11 900", "11 900", "0"),
            ("Näringsliv och turism", "2 600", "2 290", "310"),
            ("Räddningstjänst", "5 450", "4 560", "890"),
            ("Summa", "71 500", "69 700", "1 800"),
        ),
        widths=(160.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        shade=(0.85, 0.9, 0.95),
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=19, font="serif-bold", after=2),
        Title("Kommunstyrelsens verksamheter", size=12, font="serif-italic", after=12),
        P(
            "Kommunstyrelsens verksamheter prognostiserar ett överskott om 1,8 miljoner kronor för 2025.",
            C(None, "1,8 miljoner kronor", "+"),
        ),
        P(
            "Prognosen är 0,4 mkr bättre än i oktober.",
            F(None, "0,4 mkr", "+", note="A change against last month with no cause."),
        ),
        image,
        Space(6),
        H("Kommentarer per verksamhet", 2),
        LP(
            "Kommunledning:",
            "Lägre kostnader än budgeterat med 0,9 mkr, främst på grund av en vakant tjänst som HR-strateg och att "
            "den planerade medarbetarenkäten har flyttats till nästa år.",
            C("Kommunledning", "0,9 mkr", "+", "vakanser", "periodisering"),
        ),
        LP(
            "IT och digitalisering:",
            "Licenskostnaderna för det nya ärendehanteringssystemet blev högre än beräknat. Underskottet stannar på "
            "0,4 mkr.",
            C("IT och digitalisering", "0,4 mkr", "-", "it_digitalisering"),
        ),
        LP(
            "Kultur och fritid:",
            "Badhusets intäkter har ökat kraftigt efter renoveringen, och verksamheten gör ett plus på 650 000 kronor.",
            C("Kultur och fritid", "650 000 kronor", "+", "avgifter_intakter"),
        ),
        LP(
            "Gata och fastighet:",
            "Snöröjningen i början av året och en trasig värmepanna i kommunhuset belastar resultatet.",
            C(
                "Gata och fastighet",
                None,
                "-",
                "ovrigt",
                note=IMAGE + " Snow and a broken boiler are ovrigt.",
            ),
        ),
        LP("Måltidsverksamhet:", "Budgeten hålls.", BP("Måltidsverksamhet")),
        LP(
            "Näringsliv och turism:",
            "Ett överskott på drygt 300 tusen kronor, eftersom kommunens medfinansiering av ett Leaderprojekt ännu "
            "inte har rekvirerats.",
            C("Näringsliv och turism", "drygt 300 tusen kronor", "+", "periodisering"),
        ),
        P(
            "Kommunstyrelsen har beslutat att tjänsten som HR-strateg inte tillsätts förrän i mars 2026.",
            A("Kommunledning", None, "vakanser"),
        ),
        H("Kostnadsslag", 2),
        P(
            "Personalkostnaderna och köpta tjänster hamnar 1,6 respektive 0,5 mkr under budget, medan övriga "
            "kostnader överskrider budget med 0,3 mkr.",
            C(
                "Personalkostnader",
                "1,6",
                "+",
                unit="mkr",
                note="Three kostnadsslag in one sentence: three items, no tags (only account groups named).",
                also=(
                    C("Köpta tjänster", "0,5 mkr", "+"),
                    C("Övriga kostnader", "0,3 mkr", "-"),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsramen om 12,0 mkr återstår 4,1 mkr vid årets slut, i huvudsak medel för ombyggnaden av "
            "gamla biblioteket som påbörjas först i februari.",
            C("Investeringar", "4,1 mkr", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron inom kommunstyrelsens verksamheter är 4,9 procent, jämfört med 5,6 procent samma period "
            "förra året.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="grastorp-ks-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Grästorp",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport november 2025 Kommunstyrelsen", "author": "Grästorps kommun"},
        style=style,
        blocks=blocks,
    )
