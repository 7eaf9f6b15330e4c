"""Stockholms stad, Äldrenämnden, tertialrapport 1 2026.

An elderly-care committee's first tertial report in mnkr with U+2212 minus signs and "+" for surpluses,
footer with the förvaltning and a diarienummer: the full year "ett överskott om 6,4 mnkr", one sentence
splitting it into costs "9,1 mnkr lägre än budget" (positive) and revenue "2,7 mnkr lägre än budgeterat"
(negative) (two items), then "Prognosen är oförändrad jämfört med månadsrapporten för februari"
(boilerplate); a verksamhet table; under a generic heading one bullet per verksamhet in varied shapes: "visar
ett positivt utfall mot budget på 3,3 mnkr", "För nattpatrullen beräknas kostnaderna överstiga budget med 2,2
mnkr", a possessive with the amount between commas ("Korttidsvårdens överskott, 3,4 mnkr, förklaras av"), a
reason-only surplus (the row's "+2,5"), "prognostiserar −0,6 mnkr på grund av" and "inom budget"
(boilerplate); the revenue shortfall's reason in a section of its own (amount null: no table row);
investments "3,8 mnkr mot en budget på 5,0 mnkr" (1,2 never written out); an action, a proposed transfer of
the surplus to next year and last year's result (others). Liberation Serif 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BF, BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Stockholms stad", "Äldrenämnden – Tertialrapport 1 2026"),
        footer=lambda n, m: ("Äldreförvaltningen", "Dnr ÄN 2026/118", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Tabell 1. Prognos per verksamhet 2026, mnkr (+ = överskott, − = underskott)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Trygghetslarm", "58,2", "54,9", "+3,3"),
            ("Nattpatrull", "41,6", "43,8", "−2,2"),
            ("Korttidsvård", "72,4", "69,0", "+3,4"),
            ("Seniorträffpunkter", "24,9", "24,9", "0,0"),
            ("Kompetens och utveckling", "18,3", "15,8", "+2,5"),
            ("Förvaltningsledning", "30,6", "31,2", "−0,6"),
            ("Summa", "246,0", "239,6", "+6,4"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=2),
        Title("Äldrenämnden", size=13, font="times", after=14),
        H("Nämndens ekonomi", 1),
        P(
            "Äldrenämnden prognostiserar ett överskott om 6,4 mnkr för 2026 efter resultatöverföringar från 2025.",
            C(None, "6,4 mnkr", "+"),
        ),
        P(
            "Verksamhetens kostnader bedöms bli 9,1 mnkr lägre än budget, medan intäkterna beräknas bli 2,7 mnkr "
            "lägre än budgeterat.",
            C(
                "Verksamhetens kostnader",
                "9,1 mnkr",
                "+",
                note="Costs under budget (positive) and revenue under budget (negative) in one sentence: two items.",
                also=(C("Verksamhetens intäkter", "2,7 mnkr", "-"),),
            ),
        ),
        P("Prognosen är oförändrad jämfört med månadsrapporten för februari.", BF(None)),
        table,
        Space(8),
        H("Verksamheternas avvikelser", 2),
        Bullets(
            (
                "Trygghetslarmet visar ett positivt utfall mot budget på 3,3 mnkr. Färre larm har installerats än "
                "beräknat eftersom övergången till digitala larm i ordinärt boende har gått långsammare, och "
                "leverantören har sänkt priset på larmtjänsten efter den nya upphandlingen.",
                "För nattpatrullen beräknas kostnaderna överstiga budget med 2,2 mnkr till följd av fler nattliga "
                "tillsynsbesök och ökad övertid när vakanta tjänster inte har kunnat tillsättas.",
                "Korttidsvårdens överskott, 3,4 mnkr, förklaras av lägre beläggning under januari och februari.",
                "Inom kompetens och utveckling har medlen från Äldreomsorgslyftet inte använts fullt ut, eftersom "
                "färre medarbetare än planerat har börjat utbilda sig till undersköterska under våren.",
                "Förvaltningsledningen prognostiserar −0,6 mnkr på grund av högre IT-kostnader för det nya "
                "verksamhetssystemet.",
                "Seniorträffpunkterna bedöms kunna bedriva verksamheten inom budget.",
            ),
            labels=(
                C(
                    "Trygghetslarm",
                    "3,3 mnkr",
                    "+",
                    "volymer",
                    "prisokningar",
                    note="A lower contract price: prisokningar.",
                ),
                C("Nattpatrull", "2,2 mnkr", "-", "volymer", "overtid", "vakanser"),
                C(
                    "Korttidsvård",
                    "3,4 mnkr",
                    "+",
                    "volymer",
                    note="A possessive, the amount between commas.",
                ),
                C(
                    "Kompetens och utveckling",
                    "+2,5",
                    "+",
                    "statsbidrag",
                    unit="mnkr",
                    table=True,
                    note="Reason only: the table row's cell.",
                ),
                C("Förvaltningsledning", "−0,6 mnkr", "-", "it_digitalisering"),
                BP("Seniorträffpunkter"),
            ),
        ),
        H("Intäkter", 2),
        P(
            "Intäkterna från omvårdnadsavgifter och från stadsdelsnämndernas köp av korttidsplatser blir lägre än "
            "budgeterat, eftersom beläggningen har varit lägre.",
            C(
                "Verksamhetens intäkter",
                None,
                "-",
                "avgifter_intakter",
                "volymer",
                note="The revenue shortfall's reason in a section of its own: no table row, amount null.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar beräknas till 3,8 mnkr mot en budget på 5,0 mnkr. Avvikelsen beror på att "
            "utbytet av larmutrustning i korttidsboendena har skjutits upp till hösten 2027.",
            C(
                "Investeringar",
                "3,8 mnkr mot en budget på 5,0 mnkr",
                "+",
                "periodisering",
                value=1_200_000,
                note="Investment under-spending of 1,2 mnkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har inlett en rekryteringskampanj för nattpatrullen och begränsar användningen av övertid "
            "från och med maj.",
            A("Nattpatrull", None, "vakanser", "overtid"),
        ),
        H("Resultatöverföring", 2),
        P(
            "Nämnden föreslår att 4,0 mnkr av det prognostiserade överskottet förs över till 2027 för att finansiera "
            "den fortsatta digitaliseringen av trygghetslarmen. Nämndens överskott för 2025 var 11,2 mnkr.",
            O(None, "reserver", note="A proposed transfer of the surplus and last year's result: other."),
        ),
    ]
    return ReportSpec(
        file="stockholm-aldrenamnden-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Äldrenämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Äldrenämnden", "author": "Stockholms stad"},
        style=style,
        blocks=blocks,
    )
