"""Vingåkers kommun, Kommunstyrelsen, tjänsteskrivelse: fördelning av föreningsbidrag 2026.

A decision on next year's grants to associations, which is no budget follow-up at all, dated in February with a
diarienummer: full of amounts in tkr and kronor, "beror på", "mer än 2025", "465 tkr mer än vad som ryms i
ramen" (applications, not an outcome) and "ryms inom kommunstyrelsens budget". The increase against 2025 with
its reason, the applications above the frame, the rates, a grant that decreases "Det beror på", an amount paid
back, an association's own deficit (a statement about someone else) and the financing are seven `other`
items; the decision proposal, the background and the table of grants are unlabelled. The document has no cause.
Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(76.0, 82.0, 76.0, 78.0),
        header=lambda n, m: ("Vingåkers kommun", "Tjänsteskrivelse"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-02-10", "Dnr KS 2025/318", f"{n} ({m})"),
        header_size=8.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Föreslagna bidrag 2026, tkr",
        header=(("Bidragsform", "2025", "Förslag 2026"),),
        rows=(
            ("Grundbidrag", "204", "210"),
            ("Aktivitetsstöd", "1 062", "1 125"),
            ("Lokalbidrag", "454", "450"),
            ("Särskilda bidrag", "30", "60"),
            ("Summa", "1 750", "1 845"),
        ),
        widths=(190.0, 90.0, 110.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=10.0,
    )
    blocks = [
        Title("Fördelning av föreningsbidrag 2026", size=15, font="times-bold", after=10),
        H("Förslag till beslut", 2),
        P("Kommunstyrelsen fördelar föreningsbidrag för 2026 enligt bilaga 1, totalt 1 845 tkr."),
        H("Sammanfattning", 2),
        P(
            "Det föreslagna beloppet är 95 tkr mer än 2025. Ökningen beror på att två nya föreningar har sökt "
            "aktivitetsstöd och att grundbidraget höjs med 3 procent.",
            O(None, note="An increase against the previous year: other."),
        ),
        P(
            "Föreningarna sökte sammanlagt 2 310 tkr, alltså 465 tkr mer än vad som ryms i ramen, varför "
            "ansökningarna har prioriterats enligt riktlinjerna.",
            O(None, note="Applications above the frame are not a budget deviation: other."),
        ),
        H("Bakgrund", 2),
        P(
            "Kommunens föreningsbidrag består av grundbidrag, aktivitetsstöd, lokalbidrag och särskilda bidrag. "
            "Riktlinjerna för bidragen antogs av kommunfullmäktige 2023."
        ),
        H("Ärendet", 2),
        P(
            "Aktivitetsstödet föreslås vara oförändrat, 11 kronor per deltagartillfälle för deltagare i åldern "
            "7–20 år, medan grundbidraget höjs från 3 000 till 3 090 kronor per förening.",
            O(None, note="Rates: other."),
        ),
        P(
            "Lokalbidraget till Marmorbygdens hembygdsförening minskar med 30 tkr. Det beror på att föreningen har "
            "fått lägre uppvärmningskostnader efter att ha installerat bergvärme.",
            O("Lokalbidrag", note="A grant that decreases, with 'Det beror på': other."),
        ),
        P(
            "En förening återbetalar 12 tkr av 2025 års aktivitetsstöd, eftersom den genomförde färre aktiviteter "
            "än ansökan avsåg.",
            O("Aktivitetsstöd", note="An amount paid back: other."),
        ),
        P(
            "En idrottsförening har i sin ansökan redovisat ett underskott på 48 tkr i den egna verksamheten för "
            "2025, vilket enligt föreningen beror på att två arrangemang ställdes in. Underskottet påverkar inte "
            "bidraget.",
            O(None, note="An association's own deficit: a statement about someone else."),
        ),
        table,
        H("Ekonomiska konsekvenser", 2),
        P(
            "Beslutet ryms inom kommunstyrelsens budget för föreningsbidrag 2026 på 1 850 tkr.",
            O(None, note="A financing statement with no deviation reported: other."),
        ),
    ]
    return ReportSpec(
        file="vingaker-ks-foreningsbidrag-2026.pdf",
        report={
            "municipality": "Vingåker",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026"],
            "report_type": "bidragsbeslut",
        },
        metadata={"title": "Fördelning av föreningsbidrag 2026", "author": "Vingåkers kommun"},
        style=style,
        blocks=blocks,
    )
