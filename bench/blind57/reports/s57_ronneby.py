"""Ronneby kommun, Utbildningsnämnden, budgetuppföljning februari 2026.

A school committee's early-year follow-up whose result table is pasted as an image (no text layer: every
amount lives in the prose), footer with the nämnd's meeting date in March: the full year "ett underskott på
6,2 mnkr" beside a percentage and the frame (not the amount); the period "1,4 mnkr lägre än periodiserad
budget" (a net cost under budget: positive) with a timing reason in the same sentence; then headings that carry
the verksamhet and amount in varied notations ("Grundskola F–9 –7 500 tkr", "Gymnasieskola: −2,7 mnkr",
"Förskola (+2,2 mnkr)", "Vuxenutbildning 0,8 mnkr", "Elevhälsa ±0" over "förväntas följa budget"
(boilerplate)) and a plain heading whose paragraph says "ett positivt utfall jämfört med budget om en miljon
kronor" (in words); personnel costs "överstiga budget med 3,9 mnkr, varav 1,1 mnkr avser sjuklön" (one item,
the total); an action with "cirka 2,5 mnkr" and a grant uncertainty (other). DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, O

IMAGE = "The table is an image, so the amount is the heading's."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Ronneby kommun", "Utbildningsförvaltningen"),
        footer=lambda n, m: ("Utbildningsnämnden 2026-03-19", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Budget och prognos per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–feb", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Förskola", "248 300", "39 900", "246 100", "2 200"),
            ("Grundskola F–9", "372 900", "61 200", "380 400", "–7 500"),
            ("Gymnasieskola", "118 600", "19 700", "121 300", "–2 700"),
            ("Vuxenutbildning", "21 400", "3 300", "20 600", "800"),
            ("Elevhälsa", "18 200", "2 900", "18 200", "0"),
            ("Nämnd och förvaltning", "6 600", "800", "5 600", "1 000"),
            ("Totalt", "786 000", "127 800", "792 200", "–6 200"),
        ),
        widths=(130.0, 66.0, 70.0, 66.0, 60.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        shade=(0.86, 0.9, 0.95),
        as_image=True,
    )
    blocks = [
        Title("Budgetuppföljning februari 2026", size=18, font="cond-bold", after=2),
        Title("Utbildningsnämnden", size=12, font="cond", after=12),
        H("Sammanfattning", 2),
        P(
            "Utbildningsnämnden prognostiserar ett underskott på 6,2 mnkr för 2026, motsvarande 0,8 procent av "
            "nämndens budgetram på 786 mnkr.",
            C(None, "6,2 mnkr", "-", note="The percentage and the frame are not the amount."),
        ),
        P(
            "Utfallet för januari–februari är 1,4 mnkr lägre än periodiserad budget, vilket främst förklaras av att "
            "fakturor för skolskjuts och måltider för februari ännu inte har bokförts.",
            C(
                None,
                "1,4 mnkr",
                "+",
                "periodisering",
                note="A net cost under the periodised budget: a positive period deviation, with a timing reason.",
            ),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        HP(
            "Grundskola F–9 –7 500 tkr",
            "Grundskolans prognos påverkas av att antalet elever i årskurs 7–9 har ökat mer än befolkningsprognosen "
            "visade. Dessutom har kostnaderna för elevassistenter till elever med stora stödbehov ökat, och två "
            "skolor har behövt anlita bemanningsföretag för att täcka vakanta lärartjänster.",
            C(
                "Grundskola F–9",
                "–7 500 tkr",
                "-",
                "volymer",
                "inhyrd_personal",
                "vakanser",
                note="A heading with an en-dash minus carries the area and amount. " + IMAGE,
            ),
        ),
        HP(
            "Gymnasieskola: −2,7 mnkr",
            "Fler elever än budgeterat studerar på program i andra kommuner, framför allt i Karlskrona, vilket ökar "
            "kostnaderna för interkommunal ersättning.",
            C("Gymnasieskola", "−2,7 mnkr", "-", "volymer", "kopt_verksamhet"),
        ),
        HP(
            "Förskola (+2,2 mnkr)",
            "Barnantalet är lägre än planerat, främst i centrala Ronneby, och en avdelning på förskolan Solrosen har "
            "inte öppnats.",
            C(
                "Förskola",
                "+2,2 mnkr",
                "+",
                "volymer",
                note="The amount in brackets in the heading is this year's.",
            ),
        ),
        HP(
            "Vuxenutbildning 0,8 mnkr",
            "Statsbidraget för regional yrkesvux blev högre än vad som budgeterats, vilket ger ett överskott.",
            C(
                "Vuxenutbildning",
                "0,8 mnkr",
                "+",
                "statsbidrag",
                note="No sign in the heading: the direction is the prose's 'överskott'.",
            ),
        ),
        HP("Elevhälsa ±0", "Elevhälsan förväntas följa budget.", BP("Elevhälsa")),
        HP(
            "Nämnd och förvaltning",
            "Förvaltningsledningen redovisar ett positivt utfall jämfört med budget om en miljon kronor, då en tjänst "
            "som utvecklingsstrateg inte återbesätts och konsultkostnaderna blivit lägre.",
            C(
                "Nämnd och förvaltning",
                "en miljon kronor",
                "+",
                "vakanser",
                "inhyrd_personal",
                value=1_000_000,
                note="An amount in words.",
            ),
        ),
        H("Personalkostnader", 2),
        P(
            "Personalkostnaderna för hela nämnden beräknas överstiga budget med 3,9 mnkr, varav 1,1 mnkr avser "
            "sjuklön.",
            C(
                "Personalkostnader",
                "3,9 mnkr",
                "-",
                "sjukfranvaro",
                note="'Varav' a part: one item with the total; a kostnadsslag view of the same deficit.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om anställningsprövning för samtliga tjänster inom grundskolan. Effekten bedöms "
            "till cirka 2,5 mnkr för 2026.",
            A("Grundskola F–9", "cirka 2,5 mnkr", "bemanning"),
        ),
        H("Osäkerheter", 2),
        P(
            "Skolverkets besked om statsbidraget för likvärdig skola väntas i april, och beloppet kan avvika från det "
            "som antagits i prognosen.",
            O(None, "statsbidrag", note="An uncertainty."),
        ),
    ]
    return ReportSpec(
        file="ronneby-un-budgetuppfoljning-2026-02.pdf",
        report={
            "municipality": "Ronneby",
            "committee": ["Utbildningsnämnden"],
            "period": ["2026-02"],
            "report_type": "budgetuppföljning",
        },
        metadata={"title": "Budgetuppföljning februari 2026 Utbildningsnämnden", "author": "Ronneby kommun"},
        style=style,
        blocks=blocks,
    )
