"""Trollhättans stad, Utbildningsnämnden, månadsrapport februari 2026.

An education committee's month report, set in Liberation Sans Narrow 10 pt, footer with the nämnd's meeting
date in March: the full year's "underskott mot budget på 5,8 mnkr" and the period's "1,2 mnkr högre än
periodiserad budget" (a net cost over budget: negative) as two sentences of one paragraph, the change since
January in words ("drygt två miljoner kronor"), the overall reasons apart (amount null); headings that carry
the verksamhet and the amount with U+2212, an en dash and a plus ("Grundskola –5,1 mnkr"), a part ("3,3 mnkr")
inside the grundskola paragraph, "Prognosen är i nivå med budget." under "0,0 mnkr" (boilerplate), a central
buffer left unused (reserver) beside a licence cost that is a part; personnel costs under the period's budget
for vacancies; an action with its effect and an uncertainty (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(72.0, 82.0, 72.0, 76.0),
        header=lambda n, m: ("Trollhättans stad", "Utbildningsnämnden"),
        footer=lambda n, m: ("Utbildningsnämnden 2026-03-25", "Månadsrapport februari 2026", f"{n}({m})"),
        header_size=8.0,
    )
    blocks = [
        Title("Månadsrapport februari 2026", size=20, font="narrow-bold", after=3),
        Title("Utbildningsnämnden", size=13, font="narrow", after=14),
        H("Sammanfattning", 2),
        PS(
            (
                "Utbildningsnämnden prognostiserar ett underskott mot budget på 5,8 mnkr för 2026.",
                C(None, "5,8 mnkr", "-"),
            ),
            (
                "Utfallet för januari–februari är 1,2 mnkr högre än periodiserad budget.",
                C(None, "1,2 mnkr", "-", note="A net cost above the periodised budget: negative."),
            ),
        ),
        P(
            "Prognosen har försämrats med drygt två miljoner kronor sedan januari.",
            F(None, "drygt två miljoner kronor", "-", value=2_000_000),
        ),
        P(
            "Underskottet förklaras främst av grundskolans kostnader för elever med omfattande stödbehov och för "
            "skolskjuts samt av att förskolan har färre barn än budgeterat medan lokalkostnaderna ligger kvar.",
            C(
                None,
                None,
                "-",
                "volymer",
                "prisokningar",
                "lokaler",
                note="The overall reasons in a paragraph of their own: amount null.",
            ),
        ),
        H("Verksamheternas prognoser", 2),
        HP(
            "Förskola −2,4 mnkr",
            "Antalet inskrivna barn är i genomsnitt 85 färre än budgeterat, vilket ger lägre barnpeng, medan "
            "kostnaderna för lokaler och grundbemanning inte minskar i samma takt. Två avdelningar i Sylte står "
            "tomma sedan januari.",
            C("Förskola", "−2,4 mnkr", "-", "volymer", "lokaler", "bemanning"),
        ),
        HP(
            "Grundskola –5,1 mnkr",
            "Fler elever med omfattande stödbehov än beräknat gör att kostnaderna för tilläggsbelopp överstiger "
            "budget med 3,3 mnkr, och det nya skolskjutsavtalet som gäller från januari är dyrare än det tidigare. "
            "Resterande del avser interkommunala ersättningar för elever i andra kommuners skolor.",
            C(
                "Grundskola",
                "–5,1 mnkr",
                "-",
                "volymer",
                "prisokningar",
                "kopt_verksamhet",
                note="En dash as minus in the heading. 3,3 mnkr is a part.",
            ),
        ),
        HP(
            "Gymnasieskola +1,0 mnkr",
            "Överskottet beror på att fler elever från grannkommunerna än beräknat har valt stadens "
            "gymnasieskolor, vilket ger högre intäkter, samt på vakanta lärartjänster inom yrkesprogrammen.",
            C("Gymnasieskola", "+1,0 mnkr", "+", "volymer", "avgifter_intakter", "vakanser"),
        ),
        HP(
            "Vuxenutbildning 0,0 mnkr",
            "Prognosen är i nivå med budget.",
            BP("Vuxenutbildning"),
        ),
        HP(
            "Central administration och stöd +0,7 mnkr",
            "Nämndens ofördelade buffert på 1 000 tkr har inte tagits i anspråk, medan kostnaderna för "
            "skolplattformens licenser blir 0,3 mnkr högre än budgeterat.",
            C(
                "Central administration och stöd",
                "+0,7 mnkr",
                "+",
                "reserver",
                "it_digitalisering",
                note="The buffer's size and the licence cost are parts: the heading's amount.",
            ),
        ),
        H("Personal", 2),
        P(
            "Personalkostnaderna ligger 0,9 mnkr under periodiserad budget, eftersom det har varit svårt att "
            "rekrytera förskollärare till de tjänster som utlysts under vintern.",
            C("Personalkostnader", "0,9 mnkr", "+", "vakanser"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över förskolans organisation inför hösten, där två enheter i Sylte föreslås slås "
            "samman. Åtgärden bedöms ge en besparing på 1,1 mnkr under 2026.",
            A("Förskola", "1,1 mnkr", "lokaler", "bemanning"),
        ),
        H("Osäkerheter", 2),
        P(
            "Elevprognosen för hösten är osäker, särskilt för gymnasieskolan där antagningen avgörs först i juli.",
            O(None, note="Uncertainty: other."),
        ),
        P(
            "Antalet barn i förskolan har minskat med 140 sedan februari 2025.",
            O("Förskola", note="Volumes against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="trollhattan-un-manadsrapport-2026-02.pdf",
        report={
            "municipality": ["Trollhättan", "Trollhättans stad"],
            "committee": ["Utbildningsnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport februari 2026 Utbildningsnämnden", "author": "Trollhättans stad"},
        style=style,
        blocks=blocks,
    )
