"""Lindesbergs kommun, Barn- och utbildningsnämnden, månadsuppföljning februari 2026.

A school committee's month report with en dashes as minus signs and the case number in the footer: the period
("0,9 mnkr högre än periodiserad budget") and the full year's "–6,3 mnkr (–5,8 mnkr i januari)" in one sentence,
the change since January with its cause; a verksamhet table pasted as an image (every amount in the prose);
then plain paragraphs whose first sentence carries the area and amount in varied shapes: "redovisar en prognos
på –4,8 mnkr", "Anpassad grundskola: underskottet ökar till 3,1 mnkr (2,6 mnkr i januari)", a surplus followed
by "Prognosen är oförändrad." (a boilerplate forecast change), a reason-only deficit whose amount lives only in
the image (amount null) with a price rise in per cent, "ligger … 0,8 mnkr över budget" for interkommunal
ersättning and two verksamheter "0,7 respektive 1,5 mnkr" with a cause each; two actions as en-dash bullets and
a pending grant (other). DejaVu Sans 9.5 pt with DejaVu Serif headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Lindesbergs kommun", "Barn- och utbildningsförvaltningen"),
        footer=lambda n, m: ("Månadsuppföljning februari 2026", "BUN 2026/34", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    image = Table(
        caption="Tabell. Helårsprognos per verksamhet, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse", "Avv. jan"),),
        rows=(
            ("Förskola", "118,4", "116,9", "1,5", "1,5"),
            ("Grundskola", "262,0", "266,8", "–4,8", "–4,6"),
            ("Anpassad grundskola", "21,3", "24,4", "–3,1", "–2,6"),
            ("Gymnasieskola", "96,5", "97,3", "–0,8", "–0,8"),
            ("Vuxenutbildning", "24,8", "24,1", "0,7", "0,7"),
            ("Skolskjuts", "19,6", "20,9", "–1,3", "–1,3"),
            ("Central administration", "31,4", "29,9", "1,5", "1,3"),
            ("Totalt", "574,0", "580,3", "–6,3", "–5,8"),
        ),
        widths=(150.0, 64.0, 64.0, 70.0, 64.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsuppföljning februari 2026", size=18, font="sans-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="serif-italic", after=12),
        H("Samlad bedömning", 2),
        P(
            "Efter två månader visar nämnden ett utfall som är 0,9 mnkr högre än periodiserad budget, och "
            "helårsprognosen är ett underskott på –6,3 mnkr (–5,8 mnkr i januari).",
            C(
                None,
                "–6,3 mnkr",
                "-",
                note="The period and the full year in one sentence: the full year's is the amount; January's figure "
                "in brackets is not.",
            ),
        ),
        P(
            "Försämringen sedan januari, 0,5 mnkr, beror på att ytterligare två elever har fått plats i anpassad "
            "grundskola i en annan kommun.",
            F(None, "0,5 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        image,
        H("Kommentarer per verksamhet", 2),
        P(
            "Grundskolan redovisar en prognos på –4,8 mnkr. Antalet elever med behov av särskilt stöd har ökat, och "
            "flera skolor har anställt elevassistenter utöver budget.",
            C("Grundskola", "–4,8 mnkr", "-", "volymer", "bemanning"),
        ),
        P(
            "Anpassad grundskola: underskottet ökar till 3,1 mnkr (2,6 mnkr i januari). Kommunen köper nu platser för "
            "sex elever i andra kommuner.",
            C(
                "Anpassad grundskola",
                "3,1 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="January's figure in brackets is not the amount.",
            ),
        ),
        PS(
            (
                "Förskolan beräknas gå med ett överskott på 1,5 mnkr, eftersom barnantalet är lägre än det som "
                "budgeten bygger på.",
                C("Förskola", "1,5 mnkr", "+", "volymer"),
            ),
            ("Prognosen är oförändrad.", BF("Förskola")),
        ),
        P(
            "Skolskjutsarna blir dyrare än budgeterat sedan det nya trafikavtalet började gälla i januari, med en "
            "indexuppräkning på 8 procent.",
            C(
                "Skolskjuts",
                None,
                "-",
                "prisokningar",
                note="Reason only beside a table pasted as an image: amount null; the 8 percent is a price rise.",
            ),
        ),
        P(
            "Inom gymnasieskolan ligger kostnaderna för interkommunal ersättning 0,8 mnkr över budget, då fler elever "
            "än beräknat har valt program i Örebro.",
            C("Gymnasieskola", "0,8 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        P(
            "Vuxenutbildningen och den centrala administrationen redovisar överskott på 0,7 respektive 1,5 mnkr. För "
            "vuxenutbildningen beror det på ett högre statsbidrag för yrkesvux, för administrationen på vakanta "
            "tjänster.",
            C(
                "Vuxenutbildning",
                "0,7",
                "+",
                "statsbidrag",
                unit="mnkr",
                note="A 'respektive' pair with a cause each: two items.",
                also=(C("Central administration", "1,5 mnkr", "+", "vakanser"),),
            ),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Anställningsprövning gäller för alla nya tjänster inom grundskolan.",
                "Skolskjutsarnas linjer ses över inför höstterminen, med en beräknad besparing på 0,4 mnkr.",
            ),
            labels=(
                A("Grundskola", None, "bemanning"),
                A("Skolskjuts", "0,4 mnkr"),
            ),
            glyph="–",
        ),
        H("Statsbidrag", 2),
        P(
            "Nämnden har ansökt om statsbidrag för mindre barngrupper i förskolan för 2026. Beslut väntas i april, "
            "och bidraget ingår inte i prognosen.",
            O(None, "statsbidrag", note="A pending grant outside the forecast: other."),
        ),
    ]
    return ReportSpec(
        file="lindesberg-bun-manadsuppfoljning-2026-02.pdf",
        report={
            "municipality": "Lindesberg",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning februari 2026", "author": "Lindesbergs kommun"},
        style=style,
        blocks=blocks,
    )
