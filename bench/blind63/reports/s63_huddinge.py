"""Huddinge kommun, Natur- och byggnadsnämnden, tjänsteskrivelse: ekonomisk uppföljning per april 2026.

A technical committee's tjänsteskrivelse dated in May for the period to April, with hyphen-minus signs: the
decision proposal (unlabelled), the full year "ett underskott på 5,8 miljoner kronor" with the causes in the
next sentence (one item) and the period "2,3 miljoner kronor högre än budgeterat" (a net cost: negative); a
table in tkr; headings that carry the area and its amount ("Gata och trafik -4 800 tkr") over a paragraph with
a cost against its budget line (9,6 against 5,4, a part) and "Park och natur -1 100 tkr" followed by a risk
sentence (other) in the same paragraph; a bold run-in lead that carries the amount ("Bygglov –1 700 tkr.")
with a volume against last year as the reason; plain headings whose paragraphs say "gör ett överskott på
900 tkr" and a reason-only surplus (the row's "900"); equity that cannot cover the deficit (other); an action;
investments as a budget and a forecast ("84,0 miljoner kronor och prognosen 61,5 miljoner kronor", 22,5 never
written out) and a project "2,0 miljoner kronor mer än budgeterat"; "Prognosen är oförändrad" (boilerplate
forecast change). Liberation Sans (Arial metrics) 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BF, HP, LP, A, C, O

HEAD = "The heading carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.34,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 82.0, 70.0, 74.0),
        header=lambda n, m: ("HUDDINGE KOMMUN", "TJÄNSTESKRIVELSE 2026-05-12"),
        footer=lambda n, m: ("Natur- och byggnadsförvaltningen", "Diarienummer NBN-2026/214", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget helår", "Utfall jan–apr", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Gata och trafik", "96 500", "38 900", "101 300", "-4 800"),
            ("Park och natur", "41 200", "12 100", "42 300", "-1 100"),
            ("Bygglov", "2 400", "1 800", "4 100", "-1 700"),
            ("Kart och GIS", "6 800", "1 900", "5 900", "900"),
            ("Förvaltningsgemensamt", "14 100", "4 500", "13 200", "900"),
            ("Summa", "161 000", "59 200", "166 800", "-5 800"),
        ),
        widths=(150.0, 72.0, 80.0, 76.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning per april 2026", size=16, font="arial-bold", after=8),
        H("Förslag till beslut", 2),
        P("Natur- och byggnadsnämnden godkänner den ekonomiska uppföljningen per april 2026."),
        H("Sammanfattning", 2),
        P(
            "Nämnden beräknas redovisa ett underskott på 5,8 miljoner kronor vid årets slut. Det är i första hand "
            "vinterväghållningen och de lägre bygglovsintäkterna som ligger bakom prognosen.",
            C(None, "5,8 miljoner kronor", "-", "ovrigt", "avgifter_intakter", note="Snow is ovrigt."),
        ),
        P(
            "Periodens nettokostnad är 2,3 miljoner kronor högre än budgeterat.",
            C(None, "2,3 miljoner kronor", "-", note="A net cost above budget for the period: negative."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Gata och trafik -4 800 tkr",
            "Vintern blev snörik med många insatser i januari och februari. Kostnaden för snöröjning och "
            "halkbekämpning uppgick till 9,6 miljoner kronor, att jämföra med budgeterade 5,4 miljoner kronor. "
            "Därtill har elpriset för gatubelysningen varit högre än beräknat.",
            C(
                "Gata och trafik",
                "-4 800 tkr",
                "-",
                "ovrigt",
                "prisokningar",
                note=HEAD + " The snow cost against its budget line is a part.",
            ),
        ),
        Para(
            (
                (
                    "Skadegörelse på lekplatser och klotter i gångtunnlar har krävt fler åtgärder än planerat.",
                    C("Park och natur", "-1 100 tkr", "-", "ovrigt", note=HEAD + " Vandalism is ovrigt."),
                ),
                (
                    "Förvaltningen bedömer att kostnaderna kan öka ytterligare under sommaren.",
                    O("Park och natur", note="A risk in the same paragraph: its own item."),
                ),
            ),
            head="Park och natur -1 100 tkr",
            head_level=3,
        ),
        LP(
            "Bygglov –1 700 tkr.",
            "Antalet inkomna ansökningar om bygglov är 22 procent färre än under samma period 2025, och "
            "intäkterna blir därmed lägre än budgeterat.",
            C(
                "Bygglov",
                "–1 700 tkr",
                "-",
                "avgifter_intakter",
                "volymer",
                note="A run-in lead carrying the amount (en dash) is part of the item.",
            ),
        ),
        H("Kart och GIS", 3),
        P(
            "Verksamheten gör ett överskott på 900 tkr. Försäljningen av nybyggnadskartor har ökat, samtidigt som "
            "en mätingenjörstjänst har varit vakant sedan februari.",
            C("Kart och GIS", "900 tkr", "+", "avgifter_intakter", "vakanser"),
        ),
        H("Förvaltningsgemensamt", 3),
        P(
            "De gemensamma kostnaderna blir lägre än budgeterat eftersom införandet av det nya "
            "ärendehanteringssystemet har skjutits upp till hösten.",
            C(
                "Förvaltningsgemensamt",
                "900",
                "+",
                "it_digitalisering",
                "periodisering",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        P(
            "Nämnden har inget eget kapital att ta i anspråk för att täcka underskottet.",
            O(None, note="Equity: other."),
        ),
        H("Åtgärder", 2),
        P(
            "För att minska underskottet prioriteras driften av gatubelysning och parkskötsel om, vilket beräknas "
            "ge 1,0 miljon kronor under året.",
            A(None, "1,0 miljon kronor"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget för 2026 är 84,0 miljoner kronor och prognosen 61,5 miljoner kronor. "
            "Utbyggnaden av cykelstråket längs Storängsvägen har försenats efter ett överklagande.",
            C(
                "Investeringar",
                "84,0 miljoner kronor och prognosen 61,5 miljoner kronor",
                "+",
                "periodisering",
                value=22_500_000,
                note="Under-spending of 22,5 never written out: the computed value.",
            ),
        ),
        P(
            "Projektet Trygga skolvägar väntas däremot kosta 2,0 miljoner kronor mer än budgeterat till följd av "
            "högre entreprenadpriser.",
            C("Trygga skolvägar", "2,0 miljoner kronor", "-", "prisokningar", note="A project overrun."),
        ),
        H("Förändring sedan februari", 2),
        P("Prognosen är oförändrad jämfört med uppföljningen per februari.", BF(None)),
        H("Beslutsunderlag", 2),
        P("Tjänsteskrivelse 2026-05-12. Bilaga 1, driftredovisning per verksamhet."),
    ]
    return ReportSpec(
        file="huddinge-nbn-tjansteskrivelse-ekonomisk-uppfoljning-2026-04.pdf",
        report={
            "municipality": "Huddinge",
            "committee": ["Natur- och byggnadsnämnden"],
            "period": ["2026-04"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per april 2026", "author": "Huddinge kommun"},
        style=style,
        blocks=blocks,
    )
