"""Dorotea kommun, Kommunstyrelsen, ekonomisk lägesrapport januari–oktober 2025 (the whole kommun).

A small kommun's whole-kommun status report in miljoner kronor and mkr, footer with the kommunstyrelse's
meeting date in November, whose table per verksamhetsområde is pasted as an image (every amount in the
prose): the full year as two levels and "avvikelsen blir därmed −5,8 miljoner kronor" (one item), the change
since August, the period "2,7 mkr sämre än periodiserad budget"; paragraphs that name the area in varied
ways ("Äldreomsorgen är det område som avviker mest, med ett underskott på 3,4 mkr", "Inom utbildning
överskrids budgeten med 2,3 mkr", "Individ- och familjeomsorgen visar −1,2 mkr, orsakat av"), a reason-only
deficit whose amount lives only in the image (amount null), two areas as a "respektive" pair with their
reasons in the next sentence (two items with the same text, their own tags), "ligger i nivå med budget"
(boilerplate, +0,1 in the image), the finance function "bidrar med 0,9 mkr"; investments "5,5 mkr lägre än
budget"; two action bullets, one with its effect, and the balanskrav (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        margins=(60.0, 76.0, 60.0, 72.0),
        header=lambda n, m: ("Dorotea kommun", "Ekonomisk lägesrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-18", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos 2025 per verksamhetsområde, mkr",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Politisk verksamhet", "4,2", "4,1", "0,1"),
            ("Kommunledning och stöd", "38,5", "37,9", "0,6"),
            ("Utbildning", "71,3", "73,6", "-2,3"),
            ("Äldreomsorg", "82,0", "85,4", "-3,4"),
            ("Individ- och familjeomsorg", "14,6", "15,8", "-1,2"),
            ("LSS", "21,7", "21,3", "0,4"),
            ("Teknik och fastighet", "19,4", "20,3", "-0,9"),
            ("Finans", "", "", "0,9"),
            ("Totalt", "", "", "-5,8"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({8}),
        rules=True,
        shade=(0.85, 0.9, 0.95),
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Ekonomisk lägesrapport", size=20, font="sans-bold", after=2),
        Title("Januari–oktober 2025", size=12.5, font="sans", after=14),
        H("Sammanfattning", 2),
        P(
            "Kommunens samlade prognos för 2025 är ett resultat på −3,8 miljoner kronor. Budgeterat resultat är 2,0 "
            "miljoner kronor, och avvikelsen blir därmed −5,8 miljoner kronor.",
            C(None, "−5,8 miljoner kronor", "-", note="The full year after two levels: one item."),
        ),
        P(
            "Prognosen är 1,1 miljoner kronor bättre än i augusti.",
            F(None, "1,1 miljoner kronor", "+"),
        ),
        P(
            "Utfallet för januari–oktober är 2,7 mkr sämre än periodiserad budget.",
            C(None, "2,7 mkr", "-", note="The period, in a paragraph of its own."),
        ),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        P(
            "Äldreomsorgen är det område som avviker mest, med ett underskott på 3,4 mkr. Det beror på att "
            "korttidsplatserna på Solbacken har varit fullbelagda hela hösten, att nattbemanningen har utökats och "
            "på kostnader för hyrsjuksköterskor.",
            C("Äldreomsorg", "3,4 mkr", "-", "volymer", "bemanning", "inhyrd_personal"),
        ),
        P(
            "Inom utbildning överskrids budgeten med 2,3 mkr. Skolskjutsarna kostar mer sedan det nya avtalet "
            "började gälla i augusti, och fler gymnasieelever än väntat studerar i andra kommuner.",
            C("Utbildning", "2,3 mkr", "-", "prisokningar", "kopt_verksamhet", "volymer"),
        ),
        P(
            "Individ- och familjeomsorgen visar −1,2 mkr, orsakat av en placering av en ungdom på HVB sedan maj.",
            C("Individ- och familjeomsorg", "−1,2 mkr", "-", "kopt_verksamhet"),
        ),
        P(
            "Teknik och fastighet påverkas av högre elpriser än budgeterat i kommunens fastigheter.",
            C(
                "Teknik och fastighet",
                None,
                "-",
                "prisokningar",
                note="A reason only; the row's amount is in the image, not the text layer: null.",
            ),
        ),
        P(
            "LSS och kommunledningen redovisar överskott med 0,4 respektive 0,6 mkr. Inom LSS har en brukare "
            "flyttat från kommunen, och inom kommunledningen har en tjänst som näringslivsutvecklare stått vakant.",
            C(
                "LSS",
                "0,4",
                "+",
                "volymer",
                unit="mkr",
                note="A 'respektive' pair with each area's reason in the next sentence: two items, same text.",
                also=(C("Kommunledning och stöd", "0,6 mkr", "+", "vakanser"),),
            ),
        ),
        P(
            "Politisk verksamhet ligger i nivå med budget.",
            BP("Politisk verksamhet", note="0,1 in the image."),
        ),
        P(
            "Finansförvaltningen bidrar med 0,9 mkr, främst genom högre skatteintäkter än budgeterat enligt SKR:s "
            "oktoberprognos.",
            C("Finans", "0,9 mkr", "+", note="A finance item: no cause tag."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutfallet beräknas bli 5,5 mkr lägre än budget, eftersom ombyggnaden av tillagningsköket i "
            "Fjällhemsskolan påbörjas först under våren 2026.",
            C("Investeringar", "5,5 mkr", "+", "periodisering"),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Restriktivitet vid tillsättning av tjänster inom kommunledning och stöd.",
                "Översyn av kvällsbemanningen på Solbacken, med en beräknad effekt på 0,3 mkr under november och "
                "december.",
            ),
            labels=(A("Kommunledning och stöd"), A("Äldreomsorg", "0,3 mkr", "bemanning")),
        ),
        H("Balanskrav", 2),
        P(
            "Om prognosen håller får kommunen ett negativt balanskravsresultat, som enligt kommunallagen ska "
            "återställas inom tre år.",
            O(None, note="Balanskrav: other."),
        ),
    ]
    return ReportSpec(
        file="dorotea-ks-ekonomisk-lagesrapport-2025-10.pdf",
        report={
            "municipality": "Dorotea",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "ekonomisk lägesrapport",
        },
        metadata={"title": "Ekonomisk lägesrapport januari–oktober 2025", "author": "Dorotea kommun"},
        style=style,
        blocks=blocks,
    )
