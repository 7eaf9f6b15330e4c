"""Stockholms stad, Kyrkogårdsnämnden, tertialrapport 2 2025.

A cemetery committee's interim report in DejaVu Serif 9.5 pt with DejaVu Sans headings, footer with the
September meeting: the full year "en negativ avvikelse mot budget med 6,3 mnkr" and the period's net cost
"2,1 mnkr lägre än periodiserad budget" with its timing reason in one paragraph (two items), the change since
the first tertial without a cause, a table with U+2212 minus signs; headings that carry the area and the
amount in brackets ("Skötsel och underhåll (−5,9 mnkr)"), a storm cost that is only a part, a risk sentence in
the Fastigheter paragraph (its own item), "ett litet överskott, 0,3 mnkr", "bedöms gå jämnt ut" (boilerplate);
seasonal staff costs across the areas (explained twice), investments "Av investeringsbudgeten på 34,0 mnkr
beräknas 21,5 mnkr förbrukas" (12,5 mnkr never written out), an action and burials against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area and its amount in brackets."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(68.0, 78.0, 68.0, 72.0),
        header=lambda n, m: ("Stockholms stad", "Kyrkogårdsförvaltningen"),
        footer=lambda n, m: ("Tertialrapport 2 2025", "Kyrkogårdsnämnden 2025-09-18", f"Sida {n} (av {m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhetsområde, mnkr",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Gravsättning och krematorium", "41,2", "38,8", "2,4"),
            ("Skötsel och underhåll", "126,5", "132,4", "−5,9"),
            ("Fastigheter", "58,0", "61,1", "−3,1"),
            ("Förvaltning och administration", "22,7", "22,4", "0,3"),
            ("Gravrätt och kundservice", "9,6", "9,6", "0,0"),
            ("Totalt", "258,0", "264,3", "−6,3"),
        ),
        widths=(180.0, 70.0, 70.0, 75.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 2 2025", size=18, font="sans-bold", after=2),
        Title("Kyrkogårdsnämnden", size=12, font="serif", after=12),
        H("Sammanfattning", 2),
        Para(
            (
                (
                    "Nämnden prognostiserar för helåret en negativ avvikelse mot budget med 6,3 mnkr.",
                    C(None, "6,3 mnkr", "-", note="The full year, in a sentence of its own."),
                ),
                (
                    "Nettokostnaderna till och med augusti är 2,1 mnkr lägre än periodiserad budget, vilket främst beror "
                    "på att flera underhållsprojekt startar först under hösten.",
                    C(
                        None,
                        "2,1 mnkr",
                        "+",
                        "periodisering",
                        note="A net cost below the periodised budget: a positive period deviation.",
                    ),
                ),
            )
        ),
        P(
            "Jämfört med tertialrapport 1 har helårsprognosen försämrats med 3,0 mnkr.",
            F(None, "3,0 mnkr", "-"),
        ),
        table,
        H("Verksamhetsområden", 2),
        HP(
            "Gravsättning och krematorium (+2,4 mnkr)",
            "Antalet kremationer för andra huvudmän har ökat, vilket ger högre intäkter än budgeterat. Samtidigt har "
            "elkostnaden för krematorieugnarna blivit lägre.",
            C(
                "Gravsättning och krematorium",
                "+2,4 mnkr",
                "+",
                "avgifter_intakter",
                "volymer",
                "prisokningar",
                note=HEAD,
            ),
        ),
        HP(
            "Skötsel och underhåll (−5,9 mnkr)",
            "Stormen i juli fällde ett sextiotal träd i område Syd, och röjning och återställning av gravplatser har "
            "kostat 3,4 mnkr. Resten av underskottet beror på att skötselentreprenaden i område Väst har "
            "indexuppräknats mer än budgeten medger.",
            C(
                "Skötsel och underhåll",
                "−5,9 mnkr",
                "-",
                "ovrigt",
                "prisokningar",
                note=HEAD + " The storm's 3,4 mnkr is a part. A storm is ovrigt, indexation prisokningar.",
            ),
        ),
        Para(
            (
                (
                    "Fastigheterna kostar mer än planerat, eftersom taket på ceremonibyggnaden i område Norr måste "
                    "bytas akut efter en vattenskada.",
                    C("Fastigheter", "−3,1 mnkr", "-", "ovrigt", note=HEAD + " Water damage is ovrigt."),
                ),
                (
                    "Det finns en risk att även kapellets fasad behöver åtgärdas under 2026.",
                    O("Fastigheter", note="A risk in the same paragraph: its own item."),
                ),
            ),
            head="Fastigheter (−3,1 mnkr)",
            head_level=3,
        ),
        H("Förvaltning och administration", 3),
        P(
            "Förvaltning och administration visar ett litet överskott, 0,3 mnkr, till följd av en vakant tjänst som "
            "controller.",
            C("Förvaltning och administration", "0,3 mnkr", "+", "vakanser"),
        ),
        H("Gravrätt och kundservice", 3),
        P("Verksamheten bedöms gå jämnt ut.", BP("Gravrätt och kundservice")),
        H("Personal", 2),
        P(
            "Personalkostnaderna för säsongsanställda blir 1,1 mnkr högre än budget, eftersom sommarens "
            "arbetsstyrka förlängdes till oktober efter stormen.",
            C(
                "Personalkostnader",
                "1,1 mnkr",
                "-",
                "vikarier",
                "ovrigt",
                note="A kostnadsslag across the areas: explained twice, its own item. Seasonal staff as vikarier.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 34,0 mnkr beräknas 21,5 mnkr förbrukas under året. Utbyggnaden av minneslunden "
            "i område Norr har skjutits upp i väntan på bygglov.",
            C(
                "Investeringar",
                "34,0 mnkr beräknas 21,5 mnkr",
                "+",
                "periodisering",
                value=12_500_000,
                note="Investment under-spending of 12,5 mnkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att skjuta upp delar av det planerade underhållet av gångvägar till 2026, vilket "
            "minskar kostnaderna i år med cirka 1,5 mnkr.",
            A("Skötsel och underhåll", "cirka 1,5 mnkr"),
        ),
        H("Verksamhetens volymer", 2),
        P(
            "Till och med augusti genomfördes 4 912 gravsättningar, vilket är 3 procent fler än samma period 2024.",
            O(None, "volymer", note="Volumes against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="stockholm-kgn-tertialrapport-2025-08.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Kyrkogårdsnämnden"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 2 2025 Kyrkogårdsnämnden", "author": "Stockholms stad"},
        style=style,
        blocks=blocks,
    )
