"""Nyköpings kommun, Socialnämnden, tjänsteskrivelse: ekonomisk uppföljning efter mars 2026.

A tjänsteskrivelse dated in April for the period to March, en-dash minus signs: the decision proposal and
background (not labelled), the full year "ett underskott mot budget på 6 100 tkr" with the share of the frame
(a percentage and the frame in mnkr that are not the amount), the period "1 900 tkr högre än den
periodiserade budgeten" (negative); headings that carry the verksamhet and its amount in tkr ("Barn och unga
–4 300 tkr") over short paragraphs, one with a per-day cost and a placement count (not the amount), one with a
grant that is only a part ("600 tkr i statsbidrag"), a reason-only "+500 tkr", a heading "±0 tkr" over "bedöms
gå jämnt ut" (boilerplate); the change since February with its cause, two actions (one with its effect) and
an uncertainty (other). DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.36,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "serif-bold"),
        margins=(72.0, 82.0, 72.0, 76.0),
        header=lambda n, m: ("NYKÖPINGS KOMMUN  Socialförvaltningen", "Tjänsteskrivelse 2026-04-14"),
        footer=lambda n, m: ("Diarienummer SN 2026/0231", "", f"Sida {n}({m})"),
        header_size=7.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning efter mars 2026", size=16, font="sans-bold", after=8),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner den ekonomiska uppföljningen efter mars 2026 och ger förvaltningen i uppdrag "
            "att fortsätta arbetet med åtgärder för en budget i balans."
        ),
        H("Sammanfattning av ärendet", 2),
        P(
            "Socialnämnden prognostiserar för helåret ett underskott mot budget på 6 100 tkr, vilket motsvarar "
            "1,1 procent av nämndens ram på 548 mnkr.",
            C(None, "6 100 tkr", "-", note="The share of the frame and the frame are not the amount."),
        ),
        P(
            "Utfallet för januari–mars är 1 900 tkr högre än den periodiserade budgeten.",
            C(
                None,
                "1 900 tkr",
                "-",
                note="Net cost above the periodised budget: a negative period deviation.",
            ),
        ),
        H("Avvikelser per verksamhet", 2),
        HP(
            "Barn och unga –4 300 tkr",
            "Antalet barn och unga som är placerade i familjehem och på HVB har ökat från 38 till 46 sedan "
            "årsskiftet. Två av placeringarna är särskilt kostsamma, med dygnskostnader över 9 000 kronor.",
            C("Barn och unga", "–4 300 tkr", "-", "kopt_verksamhet", "volymer", note=HEAD),
        ),
        HP(
            "Vuxna –1 600 tkr",
            "Köpt vård för vuxna med missbruk kostar mer än budgeterat. Förvaltningen har samtidigt fått 600 tkr i "
            "statsbidrag för arbetet mot våld i nära relationer som inte fanns med i budgeten.",
            C(
                "Vuxna",
                "–1 600 tkr",
                "-",
                "kopt_verksamhet",
                "statsbidrag",
                note=HEAD + " The 600 tkr grant is an offsetting part.",
            ),
        ),
        HP(
            "Ekonomiskt bistånd –2 200 tkr",
            "Utbetalningarna av försörjningsstöd har ökat, framför allt till hushåll där den vuxne har förlorat "
            "sin ersättning från a-kassan.",
            C("Ekonomiskt bistånd", "–2 200 tkr", "-", "ekonomiskt_bistand", note=HEAD),
        ),
        HP(
            "Funktionsstöd +1 500 tkr",
            "Överskottet beror på att den nya gruppbostaden Kvarnbacken öppnar först i september, vilket ger lägre "
            "personalkostnader än budgeterat.",
            C("Funktionsstöd", "+1 500 tkr", "+", "periodisering", note=HEAD + " A delayed opening."),
        ),
        HP(
            "Myndighet och administration +500 tkr",
            "Två vakanta handläggartjänster har inte tillsatts under våren.",
            C("Myndighet och administration", "+500 tkr", "+", "vakanser", note=HEAD),
        ),
        HP(
            "Personlig assistans ±0 tkr",
            "Verksamheten bedöms gå jämnt ut, trots att Försäkringskassan har dragit in assistansersättningen för "
            "en brukare.",
            BP("Personlig assistans", note="'bedöms gå jämnt ut' under a '±0 tkr' heading: boilerplate."),
        ),
        H("Förändring jämfört med februari", 2),
        P(
            "Prognosen är 1 300 tkr sämre än i februari, vilket helt beror på två nya placeringar inom barn och "
            "unga.",
            F(None, "1 300 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört en särskild prövning av alla nya externa placeringar och utökar "
            "rekryteringen av familjehem, vilket beräknas minska kostnaderna med 1 000 tkr under året.",
            A("Barn och unga", "1 000 tkr", "kopt_verksamhet"),
        ),
        P(
            "Anställningsstopp för administrativa tjänster gäller till och med juni.",
            A(None),
        ),
        H("Osäkerhet i prognosen", 2),
        P(
            "Prognosen är osäker, eftersom enstaka placeringar kan förändra utfallet med flera miljoner kronor.",
            O(None, note="Uncertainty: other."),
        ),
        H("Beslutsunderlag", 2),
        P("Ekonomisk uppföljning efter mars 2026 med driftredovisning per verksamhet, bilaga 1."),
        P("Karin Holmgren, socialchef    Anders Wiik, ekonom", size=9.5),
    ]
    return ReportSpec(
        file="nykoping-sn-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Nyköping",
            "committee": ["Socialnämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning efter mars 2026", "author": "Nyköpings kommun"},
        style=style,
        blocks=blocks,
    )
