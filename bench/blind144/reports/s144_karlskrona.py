"""Karlskrona kommun, Kulturnämnden, tertialrapport 1 2026.

A culture committee's tertial report in DejaVu Serif Condensed, footer with the nämnd's meeting date in May:
the full year "ett underskott på 1,6 miljoner kronor" and the period "i nivå med periodiserad budget"
(boilerplate) in two sentences, the change since February with no cause; the table per verksamhet pasted as
an image; headings that carry the verksamhet and the amount after a comma ("Kulturskolan, −640 tkr",
"Bibliotek, +310 tkr", "Museum och kulturarv, ±0 tkr" over "bedöms hålla budget"); an energy cost "ungefär
etthundratjugo tusen kronor högre än budget" in words; a grant not yet applied for (periodisering);
investments "0,9 miljoner kronor mot budgeterade 2,4 miljoner kronor" (1,5 never written out); an action with
its effect and library visits against last year with "beror på" (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Karlskrona kommun", "Tertialrapport 1 2026 – Kulturnämnden"),
        footer=lambda n, m: ("Kulturnämnden 2026-05-26", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Allmän kultur och evenemang", "14 600", "15 950", "−1 350"),
            ("Kulturskolan", "21 300", "21 940", "−640"),
            ("Bibliotek", "38 700", "38 390", "+310"),
            ("Museum och kulturarv", "6 200", "6 200", "0"),
            ("Konsthallen", "4 100", "4 220", "−120"),
            ("Föreningsstöd", "9 800", "9 600", "+200"),
            ("Summa", "94 700", "96 300", "−1 600"),
        ),
        widths=(170.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="serif-cond-bold", after=2),
        Title("Kulturnämnden", size=12, font="serif-cond", after=12),
        H("Ekonomi", 2),
        PS(
            (
                "Kulturnämndens helårsprognos efter april är ett underskott på 1,6 miljoner kronor.",
                C(None, "1,6 miljoner kronor", "-"),
            ),
            (
                "Utfallet för januari–april är i nivå med periodiserad budget.",
                BP(None, note="The period in balance: boilerplate."),
            ),
        ),
        P(
            "Jämfört med prognosen i februari är det en försämring med 0,4 miljoner kronor.",
            F(None, "0,4 miljoner kronor", "-"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Allmän kultur och evenemang, −1 350 tkr",
            "Arrangemangen under Örlogsstadsveckan i juni blir dyrare än planerat, eftersom kostnaderna för scen, "
            "ljud och säkerhet har ökat samtidigt som sponsorintäkterna har uteblivit.",
            C("Allmän kultur och evenemang", "−1 350 tkr", "-", "prisokningar", "avgifter_intakter"),
        ),
        HP(
            "Kulturskolan, −640 tkr",
            "Kulturskolan har fått färre elever än beräknat till de avgiftsbelagda kurserna, och intäkterna från "
            "elevavgifterna väntas därmed bli lägre än budget.",
            C("Kulturskolan", "−640 tkr", "-", "volymer", "avgifter_intakter"),
        ),
        HP(
            "Bibliotek, +310 tkr",
            "Biblioteken redovisar ett överskott eftersom filialen i Rödeby har hållit stängt för renovering i sex "
            "veckor och personalen inte har ersatts med vikarier.",
            C("Bibliotek", "+310 tkr", "+", "ovrigt", "vikarier", note="A closure for renovation is ovrigt."),
        ),
        HP(
            "Museum och kulturarv, ±0 tkr",
            "Verksamheten bedöms hålla budget.",
            BP("Museum och kulturarv"),
        ),
        HP(
            "Konsthallen, −120 tkr",
            "Kostnaden för el och uppvärmning i konsthallen beräknas bli ungefär etthundratjugo tusen kronor högre än "
            "budget.",
            C(
                "Konsthallen",
                "etthundratjugo tusen kronor",
                "-",
                "prisokningar",
                value=120_000,
                note="The amount in words in the prose, the same in figures in the heading.",
            ),
        ),
        HP(
            "Föreningsstöd, +200 tkr",
            "Två studieförbund har ännu inte ansökt om verksamhetsbidrag, vilket tills vidare ger ett överskott.",
            C("Föreningsstöd", "+200 tkr", "+", "periodisering"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna beräknas uppgå till 0,9 miljoner kronor mot budgeterade 2,4 miljoner kronor, då "
            "inflyttningen i det nya stadsbiblioteket har försenats till 2027.",
            C(
                "Investeringar",
                "0,9 miljoner kronor mot budgeterade 2,4 miljoner kronor",
                "+",
                "periodisering",
                value=1_500_000,
                note="Under-spending of 1,5 miljoner kronor never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden föreslås minska anslaget till evenemang med 300 tkr under hösten för att begränsa underskottet.",
            A("Allmän kultur och evenemang", "300 tkr"),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet besök på biblioteken minskade med 4 procent jämfört med första tertialet 2025, vilket beror på "
            "renoveringen i Rödeby.",
            O("Bibliotek", "volymer", note="Visits against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="karlskrona-kn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Karlskrona",
            "committee": ["Kulturnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Kulturnämnden", "author": "Karlskrona kommun"},
        style=style,
        blocks=blocks,
    )
