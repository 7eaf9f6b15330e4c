"""Kalix kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the kommunstyrelse's own verksamheter).

A kommunstyrelse's month report for its own units, footer with the arbetsutskott's meeting date in
November: the full year "ett underskott på 2,2 mnkr" in a sentence of its own, then "Det är 0,8 mnkr bättre
än i septemberrapporten, eftersom …" (a forecast change with its cause), and the period "ligger 1,9 mnkr över
periodens budget" (costs over: negative); for each verksamhet a heading line of key figures ("Räddningstjänst
– budget 24,8 mnkr, prognos 26,1 mnkr, avvikelse −1,3 mnkr": the budget and forecast levels are not the
amount) over a paragraph opened by a bold "Kommentar:", whose text gives reasons only; one unit "Ingen
väsentlig avvikelse" (boilerplate) though its line says +0,1; an inköpsstopp with its effect, a risk about the
state's compensation and sick leave against a goal (other). 7 scored causes. Liberation Sans Narrow 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

KEYS = "The heading line carries the verksamhet and its deviation beside the budget and forecast levels."


def unit(head: str, comment: str, label) -> Para:
    """A verksamhet's heading line of key figures over its bold-led comment; the heading is part of the item."""
    return Para(((comment, label),), head=head, head_level=3, lead="Kommentar:")


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(16.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("Kalix kommun", "Månadsrapport oktober 2025, kommunstyrelsen"),
        footer=lambda n, m: ("Kommunstyrelsens arbetsutskott 2025-11-11", "", f"{n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=18, font="narrow-bold", after=2),
        Title("Kommunstyrelsens verksamheter", size=12, font="narrow", after=12),
        H("Sammanfattning", 2),
        P("Kommunstyrelsens prognos visar ett underskott på 2,2 mnkr för helåret.", C(None, "2,2 mnkr", "-")),
        P(
            "Det är 0,8 mnkr bättre än i septemberrapporten, eftersom Myndigheten för samhällsskydd och beredskap "
            "ersätter en del av kostnaderna för sommarens skogsbränder.",
            F(None, "0,8 mnkr", "+", "statsbidrag", note="State compensation: statsbidrag."),
        ),
        P(
            "Ackumulerat utfall till och med oktober ligger 1,9 mnkr över periodens budget.",
            C(None, "1,9 mnkr", "-", note="The period: net costs over the period's budget."),
        ),
        H("Verksamheterna", 2),
        unit(
            "Räddningstjänst – budget 24,8 mnkr, prognos 26,1 mnkr, avvikelse −1,3 mnkr",
            "Två större skogsbränder i juli krävde insatser under flera dygn, med mycket övertid för "
            "heltidsstyrkan och ersättning till deltidsbrandmän.",
            C(
                "Räddningstjänst",
                "avvikelse −1,3 mnkr",
                "-",
                "ovrigt",
                "overtid",
                note=KEYS + " Fires are ovrigt.",
            ),
        ),
        unit(
            "Kost och städ – budget 31,2 mnkr, prognos 30,5 mnkr, avvikelse +0,7 mnkr",
            "Livsmedelskostnaderna har blivit lägre än befarat sedan ett nytt avtal för mejeriprodukter började "
            "gälla i maj.",
            C("Kost och städ", "avvikelse +0,7 mnkr", "+", "prisokningar", note=KEYS),
        ),
        unit(
            "Arbetsmarknadsenheten – budget 12,6 mnkr, prognos 14,0 mnkr, avvikelse −1,4 mnkr",
            "Statsbidraget för extratjänster har minskat, samtidigt som enheten har behållit sina handledare för att "
            "inte förlora kompetens inför nästa år.",
            C("Arbetsmarknadsenheten", "avvikelse −1,4 mnkr", "-", "statsbidrag", "bemanning", note=KEYS),
        ),
        unit(
            "IT och digitalisering – budget 9,4 mnkr, prognos 10,3 mnkr, avvikelse −0,9 mnkr",
            "Licenskostnaderna för kontorsprogrammen har ökat med 38 procent, och införandet av e-arkiv har krävt "
            "konsultstöd.",
            C(
                "IT och digitalisering",
                "avvikelse −0,9 mnkr",
                "-",
                "it_digitalisering",
                "prisokningar",
                "inhyrd_personal",
                note=KEYS + " The percentage is a price rise, not the amount.",
            ),
        ),
        unit(
            "Näringsliv och turism – budget 6,8 mnkr, prognos 6,2 mnkr, avvikelse +0,6 mnkr",
            "Tjänsten som turistsamordnare var vakant under sommaren.",
            C("Näringsliv och turism", "avvikelse +0,6 mnkr", "+", "vakanser", note=KEYS),
        ),
        unit(
            "Kommunledning och administration – budget 38,2 mnkr, prognos 38,1 mnkr, avvikelse +0,1 mnkr",
            "Ingen väsentlig avvikelse.",
            BP(
                "Kommunledning och administration",
                note="'Ingen väsentlig avvikelse' though the line says +0,1.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Inköpsstopp för förbrukningsmaterial och inventarier gäller inom hela kommunstyrelsen till årets slut. "
            "Åtgärden beräknas ge 0,3 mnkr.",
            A(None, "0,3 mnkr", "material_hjalpmedel"),
        ),
        H("Risker", 2),
        P(
            "Det finns en osäkerhet kring slutregleringen av ersättningen för skogsbränderna, som kan bli både "
            "högre och lägre än vad prognosen räknar med.",
            O("Räddningstjänst", note="A risk: other."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron inom kost och städ är 9,4 procent, vilket är högre än kommunens mål på 6 procent.",
            O("Kost och städ", "sjukfranvaro", note="Sick leave against a goal, not the budget: other."),
        ),
    ]
    return ReportSpec(
        file="kalix-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Kalix",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Kommunstyrelsen", "author": "Kalix kommun"},
        style=style,
        blocks=blocks,
    )
