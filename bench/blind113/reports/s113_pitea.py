"""Piteå kommun, Barn- och utbildningsnämnden, tjänsteskrivelse: ekonomisk uppföljning per mars 2026.

A tjänsteskrivelse dated in April for the period to March: the decision proposal (not labelled), the full
year "ett underskott på 11,2 miljoner kronor" with a percentage of the budget that is not the amount, the
period "2,4 miljoner kronor lägre än den periodiserade budgeten" (a net cost below budget: positive) with its
timing reason in the next sentence; a table in tkr whose deficits are in brackets ("(6 600)"); plain
headings per verksamhet: "Förskolan visar ett underskott på 3,2 miljoner kronor", a possessive "Grundskolans
underskott på 6,6 miljoner kronor" followed by two parts (4,1 and 2,5, not the amount), a reason-only
grundsärskola (the row's "(1 400)"), a dearer transport contract, a surplus from an undistributed buffer and
"bedöms följa budget" (boilerplate); an action with its effect; investments where the forecast exceeds the
budget (2,3 never written out); a risk and children against last year (others). Liberation Serif (Times
metrics) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(74.0, 80.0, 74.0, 74.0),
        header=lambda n, m: (
            "PITEÅ KOMMUN  Barn- och utbildningsförvaltningen",
            "TJÄNSTESKRIVELSE 2026-04-09",
        ),
        footer=lambda n, m: ("Dnr BUN 2026/87", "", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos per verksamhet, tkr (underskott inom parentes)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Förskola", "298 400", "301 600", "(3 200)"),
            ("Grundskola", "452 100", "458 700", "(6 600)"),
            ("Grundsärskola och resursskola", "38 900", "40 300", "(1 400)"),
            ("Fritidshem", "61 800", "61 800", "0"),
            ("Skolskjuts", "29 600", "31 400", "(1 800)"),
            ("Nämnd och central administration", "131 200", "129 400", "1 800"),
            ("Totalt", "1 012 000", "1 023 200", "(11 200)"),
        ),
        widths=(190.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning mars 2026", size=16, font="times-bold", after=6),
        H("Förslag till beslut", 2),
        P("Barn- och utbildningsnämnden godkänner den ekonomiska uppföljningen per mars 2026."),
        H("Sammanfattning", 2),
        P(
            "Barn- och utbildningsnämnden prognostiserar ett underskott på 11,2 miljoner kronor för helåret, "
            "motsvarande 1,1 procent av nämndens budget på 1 012 miljoner kronor.",
            C(
                None,
                "11,2 miljoner kronor",
                "-",
                note="The percentage and the budget level are not the amount.",
            ),
        ),
        P(
            "Utfallet för januari till mars är 2,4 miljoner kronor lägre än den periodiserade budgeten. Det beror "
            "framför allt på att kostnader för läromedel och inventarier till de nya skolorna ännu inte har "
            "belastat nämnden.",
            C(
                None,
                "2,4 miljoner kronor",
                "+",
                "periodisering",
                "material_hjalpmedel",
                note="A net cost below the periodised budget: a positive period deviation.",
            ),
        ),
        table,
        H("Förskola", 3),
        P(
            "Förskolan visar ett underskott på 3,2 miljoner kronor. Barnantalet har inte minskat i den takt som "
            "befolkningsprognosen angav, och nämnden har därför inte kunnat stänga avdelningar som planerat.",
            C("Förskola", "3,2 miljoner kronor", "-", "volymer"),
        ),
        H("Grundskola", 3),
        P(
            "Grundskolans underskott på 6,6 miljoner kronor förklaras av att kostnaderna för elevassistenter till "
            "fler elever i behov av särskilt stöd överstiger budget med 4,1 miljoner kronor och att de "
            "interkommunala ersättningarna för elever i fristående skolor blir 2,5 miljoner kronor högre än "
            "budgeterat.",
            C(
                "Grundskola",
                "6,6 miljoner kronor",
                "-",
                "volymer",
                "kopt_verksamhet",
                note="Possessive area; the 4,1 and 2,5 are parts. Interkommunal ersättning is kopt_verksamhet.",
            ),
        ),
        H("Grundsärskola och resursskola", 3),
        P(
            "Två elever har under våren fått plats i en resursskola i en annan kommun, vilket inte fanns med i "
            "budgeten.",
            C(
                "Grundsärskola och resursskola",
                "(1 400)",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell in brackets.",
            ),
        ),
        H("Skolskjuts", 3),
        P(
            "Det nya avtalet för skolskjutsar som började gälla i januari är dyrare än det tidigare, och kostnaden "
            "blir 1,8 miljoner kronor högre än budgeterat.",
            C("Skolskjuts", "1,8 miljoner kronor", "-", "prisokningar"),
        ),
        H("Nämnd och central administration", 3),
        P(
            "Centralt finns ett överskott om 1,8 miljoner kronor eftersom nämndens buffert för oförutsedda "
            "kostnader ännu inte har fördelats ut till verksamheterna.",
            C("Nämnd och central administration", "1,8 miljoner kronor", "+", "reserver"),
        ),
        H("Fritidshem", 3),
        P("Fritidshemmen bedöms följa budget.", BP("Fritidshem")),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört anställningsstopp för tjänster som inte är lärartjänster och ser över "
            "organisationen av förskolan i centrala Piteå. Åtgärderna beräknas förbättra resultatet med 3,5 "
            "miljoner kronor under året.",
            A(None, "3,5 miljoner kronor", "bemanning", "omstallning"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget uppgår till 14,0 miljoner kronor. Prognosen är 16,3 miljoner kronor "
            "eftersom inredningen av Norrskenets skola har tidigarelagts från 2027.",
            C(
                "Investeringar",
                "14,0 miljoner kronor. Prognosen är 16,3 miljoner kronor",
                "-",
                "periodisering",
                value=2_300_000,
                note="An investment overrun of 2,3 mnkr, never written out: the computed value.",
            ),
        ),
        H("Risker och omvärld", 2),
        P(
            "Statsbidraget för läromedel är ännu inte beslutat för 2026. Om det uteblir kan nämndens kostnader öka "
            "med ungefär 2 miljoner kronor.",
            O(None, "statsbidrag", note="A risk."),
        ),
        P(
            "Antalet inskrivna barn i förskolan är 52 färre än vid samma tid 2025.",
            O("Förskola", "volymer", note="Against the previous year."),
        ),
        P("Lena Öhman, förvaltningschef    Petter Lindqvist, ekonom", size=10.0),
    ]
    return ReportSpec(
        file="pitea-bun-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Piteå",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning mars 2026", "author": "Piteå kommun"},
        style=style,
        blocks=blocks,
    )
