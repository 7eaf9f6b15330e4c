"""Sävsjö kommun, Kultur- och fritidsnämnden, månadsuppföljning maj 2026.

A small culture and leisure committee's month report in tkr and mkr with U+2212 signs, footer with the
arbetsutskott's meeting date in June: the full year "ett överskott på 340 tkr" and the period "180 tkr lägre än
periodiserad budget" (positive) in two sentences, the change since April with no cause; a verksamhet table with
a row that no prose explains; bold run-in verksamheter ending in a full stop: "ger ett överskott på 260 tkr",
"överstiger budget med 150 tkr efter inbrott", a reason-only surplus (the row's "+230"), "ligger i nivå med
budget" (boilerplate) and "överskrider budget med 0,12 mkr"; an action with no amount and visitor numbers
against last year (other). DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("SÄVSJÖ KOMMUN", "Kultur- och fritidsförvaltningen"),
        footer=lambda n, m: ("Kultur- och fritidsnämndens arbetsutskott 2026-06-09", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos 2026 per verksamhet, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Bibliotek", "6 850", "6 590", "+260"),
            ("Fritidsgårdar", "3 120", "3 270", "−150"),
            ("Idrottsanläggningar", "9 480", "9 250", "+230"),
            ("Kulturskola", "4 310", "4 310", "0"),
            ("Allmän kultur", "2 260", "2 380", "−120"),
            ("Administration", "2 940", "2 820", "+120"),
            ("Summa", "28 960", "28 620", "+340"),
        ),
        widths=(150.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        grid=True,
    )
    blocks = [
        Title("Månadsuppföljning maj 2026", size=17, font="serif-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12, font="serif", after=12),
        H("Ekonomi", 2),
        PS(
            (
                "Kultur- och fritidsnämnden beräknar ett överskott på 340 tkr för 2026.",
                C(None, "340 tkr", "+"),
            ),
            (
                "Efter maj är nettokostnaden 180 tkr lägre än periodiserad budget.",
                C(
                    None,
                    "180 tkr",
                    "+",
                    note="A net cost under the periodised budget: a positive period deviation.",
                ),
            ),
            ("Prognosen har förbättrats med 90 tkr sedan april.", F(None, "90 tkr", "+")),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Bibliotek.",
            "Vakant bibliotekarietjänst under våren ger ett överskott på 260 tkr.",
            C("Bibliotek", "260 tkr", "+", "vakanser"),
        ),
        LP(
            "Fritidsgårdar.",
            "Kostnaderna överstiger budget med 150 tkr efter inbrott och skadegörelse i fritidsgården i Vrigstad.",
            C("Fritidsgårdar", "150 tkr", "-", "ovrigt", note="Burglary and vandalism: ovrigt."),
        ),
        LP(
            "Idrottsanläggningar.",
            "Energikostnaderna i ishallen har blivit lägre än beräknat, och hyresintäkterna från föreningarna har "
            "ökat.",
            C(
                "Idrottsanläggningar",
                "+230",
                "+",
                "prisokningar",
                "avgifter_intakter",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        LP("Kulturskola.", "Kulturskolan ligger i nivå med budget.", BP("Kulturskola")),
        LP(
            "Allmän kultur.",
            "Bidragen till studieförbund och föreningar överskrider budget med 0,12 mkr på grund av ett extra "
            "evenemangsbidrag till sommarfestivalen.",
            C(
                "Allmän kultur",
                "0,12 mkr",
                "-",
                "ovrigt",
                note="An extra grant decided by the nämnd: ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att inte återbesätta den vakanta bibliotekarietjänsten förrän i augusti.",
            A("Bibliotek", None, "vakanser"),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Besöken i simhallen har ökat med 14 procent jämfört med samma period 2025.",
            O(None, "volymer", note="Visitors against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="savsjo-kfn-manadsuppfoljning-2026-05.pdf",
        report={
            "municipality": "Sävsjö",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2026-05"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning maj 2026 Kultur- och fritidsnämnden",
            "author": "Sävsjö kommun",
        },
        style=style,
        blocks=blocks,
    )
