"""Vallentuna kommun, Skolnämnden, månadsrapport mars 2026.

A school committee's month report in Liberation Serif (Times) 10.5 pt, in "mkr", whose footer carries the
nämnd's meeting date in April: a summary "prognostiserar ett underskott på 3,6 mkr för helåret 2026, främst
inom grundskolan", the result table pasted as an image (every amount in the prose), the full year again
followed by "Prognosen är oförändrad sedan februari" (a boilerplate forecast change), the period "1,2 mkr
lägre än periodiserad budget" (net cost, positive) with its timing reason, then level-3 headings per
verksamhet: "gå med underskott om 4,9 mkr" with a count against last year inside, interkommunal ersättning
"1,7 mkr lägre än budgeterat", a statsbidrag "0,8 mkr högre än budgeterat" matched by costs (other) before
"bedöms därför i stort sett hålla budget" (boilerplate), a contract index of 7,5 procent before "1,1 mkr mer
än budget", "Ett överskott på 0,7 mkr väntas"; a plan and an action with its effect, and an uncertainty
(other). 7 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.5,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Vallentuna kommun", "Skolnämnden"),
        footer=lambda n, m: ("Månadsrapport mars 2026", "Skolnämnden 2026-04-15", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    image = Table(
        caption="Resultat per verksamhet, mkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Grundskola", "412,6", "417,5", "-4,9"),
            ("Gymnasieskola", "148,3", "146,6", "1,7"),
            ("Vuxenutbildning", "18,9", "18,9", "0,0"),
            ("Skolskjuts", "21,4", "22,5", "-1,1"),
            ("Central administration och nämnd", "12,8", "12,1", "0,7"),
            ("Summa", "614,0", "617,6", "-3,6"),
        ),
        widths=(190.0, 74.0, 74.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        shade=(0.85, 0.9, 0.85),
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=20, font="arial-bold", after=2),
        Title("Skolnämnden", size=13, font="times-italic", after=14),
        H("Sammanfattning", 2),
        P(
            "Ekonomisk uppföljning per mars visar att skolnämnden prognostiserar ett underskott på 3,6 mkr för "
            "helåret 2026, främst inom grundskolan.",
            C(None, "3,6 mkr", "-", note="The summary's full-year deviation."),
        ),
        H("Ekonomiskt utfall och prognos", 2),
        image,
        PS(
            (
                "Prognosen för helåret är ett underskott på 3,6 mkr jämfört med budget.",
                C(None, "3,6 mkr", "-", note="The full year again in the body: its own item."),
            ),
            ("Prognosen är oförändrad sedan februari.", BF(None)),
        ),
        P(
            "Utfallet för januari–mars är 1,2 mkr lägre än periodiserad budget, vilket till stor del beror på att "
            "fakturor för tilläggsbelopp från fristående skolor ännu inte har kommit in.",
            C(
                None,
                "1,2 mkr",
                "+",
                "periodisering",
                note="A net cost below the periodised budget: a positive period deviation with a timing reason.",
            ),
        ),
        H("Grundskola", 3),
        P(
            "Grundskolan beräknas gå med underskott om 4,9 mkr. Skolpengen täcker inte kostnaderna för de elever "
            "som har beviljats tilläggsbelopp, och antalet sådana beslut har ökat från 41 till 58 på ett år. Därtill "
            "har två skolor fått utöka personaltätheten med elevassistenter.",
            C(
                "Grundskola",
                "4,9 mkr",
                "-",
                "volymer",
                "bemanning",
                note="The count against last year stays inside the cause paragraph.",
            ),
        ),
        H("Gymnasieskola", 3),
        P(
            "Kostnaderna för interkommunal ersättning till andra huvudmän beräknas bli 1,7 mkr lägre än budgeterat, "
            "eftersom färre elever än väntat har börjat på naturvetenskaps- och teknikprogram i andra kommuner.",
            C("Gymnasieskola", "1,7 mkr", "+", "kopt_verksamhet", "volymer"),
        ),
        H("Vuxenutbildning", 3),
        PS(
            (
                "Vuxenutbildningen får ett riktat statsbidrag för yrkesvux som är 0,8 mkr högre än budgeterat, men "
                "det motsvaras av fler utbildningsplatser.",
                O(
                    "Vuxenutbildning",
                    "statsbidrag",
                    note="A revenue above budget matched by costs, with no net deviation: a supporting figure.",
                ),
            ),
            ("Verksamheten bedöms därför i stort sett hålla budget.", BP("Vuxenutbildning")),
        ),
        H("Skolskjuts", 3),
        P(
            "Skolskjutsarna blir dyrare än beräknat. Det nya avtalet med trafikföretaget innebär en "
            "indexuppräkning på 7,5 procent från januari, och prognosen för skolskjuts visar 1,1 mkr mer än "
            "budget.",
            C(
                "Skolskjuts",
                "1,1 mkr",
                "-",
                "prisokningar",
                note="The index percentage is not the amount; a dearer transport contract is prisokningar.",
            ),
        ),
        H("Central administration och nämnd", 3),
        P(
            "Ett överskott på 0,7 mkr väntas, eftersom tjänsten som utvecklingsstrateg är vakant till hösten och "
            "medlen för kompetensutveckling ännu inte har fördelats.",
            C(
                "Central administration och nämnd",
                "0,7 mkr",
                "+",
                "vakanser",
                "reserver",
                note="The area only in the heading; undistributed funds are reserver.",
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Grundskolan har fått i uppdrag att ta fram en åtgärdsplan för en ekonomi i balans till nämndens "
                "sammanträde i maj.",
                A("Grundskola"),
            ),
            (
                "Rektorerna har redan minskat antalet timanställningar, vilket beräknas ge 0,6 mkr under året.",
                A("Grundskola", "0,6 mkr", "vikarier"),
            ),
        ),
        H("Osäkerheter", 2),
        P(
            "Prognosen är osäker eftersom elevantalet till höstterminen inte är känt förrän i september, och varje "
            "förändring med tio elever påverkar resultatet med omkring 1 mkr.",
            O(None, "volymer", note="An uncertainty."),
        ),
    ]
    return ReportSpec(
        file="vallentuna-skn-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Vallentuna",
            "committee": ["Skolnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026 Skolnämnden", "author": "Vallentuna kommun"},
        style=style,
        blocks=blocks,
    )
