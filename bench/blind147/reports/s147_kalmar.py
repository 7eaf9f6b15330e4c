"""Kalmar kommun, Samhällsbyggnadsnämnden, tertialrapport 1 2026.

A technical committee's tertial report in DejaVu Serif with DejaVu Sans Condensed headings, header with the
letter date in May: the full year "ett underskott på 3,1 mnkr" and the period "1,2 mnkr högre än
periodiserad budget" (a negative period deviation) in two sentences; a verksamhet table in tkr with deficits
in brackets ("(2 400)"); headings that carry the verksamhet and its amount in brackets with a real minus
("Gata och trafik (−2 400 tkr)", "Park och natur (±0 tkr)") with percentages that are not the amount, "bedöms
gå jämnt ut" (boilerplate), a part in whole kronor ("350 000 kronor") inside a heading's paragraph followed by
a risk sentence (its own `other` item), a storm repair; the change since February with its cause;
investments "Avvikelsen på 24,5 mnkr beror framför allt på" after an unlabelled sentence with the two levels,
and a project that "beräknas överskrida budget med 3,2 mnkr"; an action with "1,0 mnkr" and a financing rule
(other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Kalmar kommun, Samhällsbyggnadskontoret", "Tjänsteskrivelse 2026-05-12"),
        footer=lambda n, m: ("Tertialrapport 1 2026 – Samhällsbyggnadsnämnden", "", f"{n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr. Underskott anges inom parentes.",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Gata och trafik", "78 600", "27 900", "81 000", "(2 400)"),
            ("Park och natur", "41 200", "12 300", "41 200", "0"),
            ("Planering och exploatering", "18 900", "5 100", "18 400", "500"),
            ("Bygglov och kart", "6 300", "3 000", "7 200", "(900)"),
            ("Hamn och båtplatser", "2 100", "1 100", "2 450", "(350)"),
            ("Nämnd och administration", "12 800", "4 000", "12 750", "50"),
            ("Summa", "159 900", "53 400", "163 000", "(3 100)"),
        ),
        widths=(150.0, 68.0, 82.0, 74.0, 64.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        grid=True,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="cond-bold", after=2),
        Title("Samhällsbyggnadsnämnden", size=12, font="serif", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Samhällsbyggnadsnämnden prognostiserar ett underskott på 3,1 mnkr för 2026.",
                C(None, "3,1 mnkr", "-"),
            ),
            (
                "Utfallet till och med april är 1,2 mnkr högre än periodiserad budget.",
                C(
                    None,
                    "1,2 mnkr",
                    "-",
                    note="A net cost higher than the periodised budget: a negative period deviation.",
                ),
            ),
        ),
        table,
        HP(
            "Gata och trafik (−2 400 tkr)",
            "Vintern blev kall med många tillfällen av halkbekämpning i januari och februari, och "
            "vinterväghållningen har redan förbrukat 85 procent av årets budget. Dessutom blev indexuppräkningen "
            "av driftentreprenaden högre än beräknat.",
            C(
                "Gata och trafik",
                "−2 400 tkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="The heading carries the amount in brackets; the percentage is not the amount.",
            ),
        ),
        HP("Park och natur (±0 tkr)", "Verksamheten bedöms gå jämnt ut.", BP("Park och natur")),
        HP(
            "Planering och exploatering (+500 tkr)",
            "Överskottet förklaras av högre intäkter från planavgifter än budgeterat.",
            C("Planering och exploatering", "+500 tkr", "+", "avgifter_intakter"),
        ),
        Para(
            (
                (
                    "Bygglovsintäkterna väntas bli 350 000 kronor lägre än budget på grund av färre ansökningar om "
                    "nybyggnation, och en konsult har anlitats för att arbeta av ärendebalansen.",
                    C(
                        "Bygglov och kart",
                        "−900 tkr",
                        "-",
                        "avgifter_intakter",
                        "volymer",
                        "inhyrd_personal",
                        note="The whole-kronor revenue figure is a part: the heading's amount is the item's.",
                    ),
                ),
                (
                    "Om bostadsmarknaden inte återhämtar sig under hösten kan underskottet bli större.",
                    O("Bygglov och kart", note="A risk sentence: its own item."),
                ),
            ),
            head="Bygglov och kart (−900 tkr)",
            head_level=3,
        ),
        HP(
            "Hamn och båtplatser (−350 tkr)",
            "Reparationen av gästbryggan efter stormen i januari belastar resultatet.",
            C("Hamn och båtplatser", "−350 tkr", "-", "ovrigt", note="Storm damage: ovrigt."),
        ),
        HP(
            "Nämnd och administration (+50 tkr)",
            "Nämnden har haft färre sammanträden än planerat, vilket ger lägre kostnader för arvoden.",
            C(
                "Nämnd och administration",
                "+50 tkr",
                "+",
                "ovrigt",
                note="Members' fees: ovrigt, as in the ninth set.",
            ),
        ),
        P(
            "Prognosen är 0,8 mnkr sämre än i februari, då effekten av vintern ännu inte var känd.",
            F(None, "0,8 mnkr", "-", "ovrigt"),
        ),
        H("Investeringar", 2),
        PS(
            ("Nämndens investeringsbudget uppgår till 96,0 mnkr och prognosen till 71,5 mnkr.", None),
            (
                "Avvikelsen på 24,5 mnkr beror framför allt på att ombyggnaden av Stensövägen har skjutits upp ett "
                "år i väntan på en ny detaljplan.",
                C(
                    "Investeringar",
                    "24,5 mnkr",
                    "+",
                    "periodisering",
                    note="Investment under-spending; the levels in the sentence before are unlabelled.",
                ),
            ),
        ),
        P(
            "Projektet gång- och cykelväg Ljungbyholm–Kalmar beräknas däremot överskrida budget med 3,2 mnkr, "
            "eftersom mer förorenade massor än väntat har påträffats längs sträckan.",
            C("Gång- och cykelväg Ljungbyholm–Kalmar", "3,2 mnkr", "-", "ovrigt", note="Investment overrun."),
        ),
        H("Åtgärder", 2),
        P(
            "För att kompensera för vinterkostnaderna minskas beläggningsunderhållet med 1,0 mnkr under året.",
            A("Gata och trafik", "1,0 mnkr"),
        ),
        P(
            "Enligt kommunens styrprinciper hanteras kostnader för vinterväghållning som överstiger budget med mer "
            "än 2 mnkr i kommunstyrelsens bokslutsdisposition.",
            O(None, note="A financing rule: other."),
        ),
    ]
    return ReportSpec(
        file="kalmar-sbn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Kalmar",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Samhällsbyggnadsnämnden", "author": "Kalmar kommun"},
        style=style,
        blocks=blocks,
    )
