"""Tranås kommun, Samhällsbyggnadsnämnden, tjänsteskrivelse: ekonomisk uppföljning per maj 2026.

A tjänsteskrivelse dated in June for the period to May, with hyphen-minus signs: the decision proposal and
background (not labelled), the full year "2 350 tusen kronor sämre än budget" with the areas that "tar mer
i anspråk" named but no reasons, the change since March with its cause (a forecast change); headings that
carry the area and its amount in tkr ("Gata och trafik -1 800 tkr") with paragraphs containing a part in
whole kronor ("1 240 000 kronor", not the amount), "Fastighet +600 tkr" followed by a risk sentence (other)
in the same paragraph, a plain heading whose paragraph gives the amount in whole kronor ("överskrider ramen
med 200 000 kronor"), "Plan och bygg" that "bedöms hålla budget" (boilerplate); an action with its effect;
investments "Av investeringsbudgeten på 46,5 mnkr beräknas 31,0 mnkr att användas" (15,5 mnkr never
written out). Liberation Serif (Times metrics) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("TRANÅS KOMMUN  Samhällsbyggnadsförvaltningen", "TJÄNSTESKRIVELSE 2026-06-03"),
        footer=lambda n, m: ("Dnr SBN 2026/118", "", f"{n} ({m})"),
        header_size=8.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026", size=16, font="arial-bold", after=6),
        H("Förslag till beslut", 2),
        P(
            "Samhällsbyggnadsnämnden godkänner den ekonomiska uppföljningen per maj 2026 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Ärendet", 2),
        P(
            "Nämnden ska enligt kommunens riktlinjer för ekonomistyrning lämna en uppföljning med helårsprognos "
            "efter mars, maj, augusti och oktober. Uppföljningen bygger på utfallet till och med den 31 maj."
        ),
        H("Sammanfattning", 2),
        P(
            "Samhällsbyggnadsnämnden prognostiserar ett resultat som är 2 350 tusen kronor sämre än budget för "
            "2026. Det är framför allt gatuverksamheten och kostverksamheten som tar mer i anspråk än vad som "
            "budgeterats.",
            C(None, "2 350 tusen kronor", "-", note="Areas named, no reasons: no tags."),
        ),
        P(
            "Jämfört med prognosen per mars har resultatet försämrats med 700 tusen kronor, vilket helt beror på "
            "vinterväghållningen.",
            F(None, "700 tusen kronor", "-", "ovrigt"),
        ),
        H("Kommentarer per verksamhet", 2),
        HP(
            "Gata och trafik -1 800 tkr",
            "Vinterväghållningen i januari och februari kostade 1 240 000 kronor mer än budgeterat efter ovanligt "
            "många snöfall. Dessutom har priserna för asfalt och vägmarkering stigit mer än den uppräkning som "
            "budgeten bygger på.",
            C(
                "Gata och trafik",
                "-1 800 tkr",
                "-",
                "ovrigt",
                "prisokningar",
                note=HEAD + " The 1 240 000 kronor for snow is a part; snow is ovrigt.",
            ),
        ),
        HP(
            "Kost och lokalvård -950 tkr",
            "Livsmedelspriserna fortsätter att stiga snabbare än budgeterat, samtidigt som antalet portioner till "
            "äldreomsorgen har ökat sedan Ekbackens korttidsboende utökades.",
            C("Kost och lokalvård", "-950 tkr", "-", "prisokningar", "volymer", note=HEAD),
        ),
        Para(
            (
                (
                    "Energikostnaderna i kommunens fastigheter blir lägre än beräknat tack vare lägre elpriser "
                    "under våren.",
                    C("Fastighet", "+600 tkr", "+", "prisokningar", note=HEAD),
                ),
                (
                    "Det finns dock en risk att det planerade underhållet av taken på Norrbackaskolan blir dyrare "
                    "än beräknat.",
                    O("Fastighet", note="A risk in the same paragraph: its own item."),
                ),
            ),
            head="Fastighet +600 tkr",
            head_level=3,
        ),
        H("Park och natur", 3),
        P(
            "Park och natur överskrider ramen med 200 000 kronor, till följd av skadegörelse på flera lekplatser och "
            "i Stadsparken.",
            C("Park och natur", "200 000 kronor", "-", "ovrigt", note="Whole kronor; vandalism is ovrigt."),
        ),
        H("Plan och bygg", 3),
        P(
            "Intäkterna från bygglov och planavgifter följer i stort den budgeterade nivån, och verksamheten bedöms "
            "hålla budget.",
            BP("Plan och bygg"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har beslutat att skjuta upp beläggningsunderhållet på mindre gator till hösten och "
            "begränsa det till de mest angelägna sträckorna, vilket minskar kostnaderna med cirka 500 tkr under "
            "2026.",
            A("Gata och trafik", "cirka 500 tkr"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 46,5 mnkr beräknas 31,0 mnkr att användas. Ombyggnaden av Storgatan har "
            "senarelagts till 2027 i väntan på att ledningsarbetena ska bli klara.",
            C(
                "Investeringar",
                "46,5 mnkr beräknas 31,0 mnkr",
                "+",
                "periodisering",
                value=15_500_000,
                note="Investment under-spending of 15,5 mnkr, never written out: the computed value.",
            ),
        ),
        H("Beslutsunderlag", 2),
        P("Ekonomisk uppföljning per maj 2026, bilaga 1. Driftredovisning per verksamhet, bilaga 2."),
        P("Maria Ekdahl, förvaltningschef    Johan Sundin, controller", size=10.0),
    ]
    return ReportSpec(
        file="tranas-sbn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Tranås",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026", "author": "Tranås kommun"},
        style=style,
        blocks=blocks,
    )
