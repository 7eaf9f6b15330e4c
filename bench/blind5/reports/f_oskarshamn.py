"""Oskarshamns kommun, Socialnämnden, tjänsteskrivelse: ekonomisk uppföljning per maj 2025.

A social-services cover letter dated in June with the report's figures in it: letterhead lines, a
decision proposal whose second point orders the action plan to continue (action, the first point not
labelled), the deficit in "miljoner kronor" with April's figure in brackets, the change since April
with its cause, a small table in tkr whose total has lost its minus sign (the report's own error: the
direction follows the prose), then level-3 headings that name the verksamhet only (not part of the
item): placements of children and unga with a daily-cost range as a supporting figure, "Missbruksvården"
under the heading "Vuxna" with "ca 2,1 miljoner kronor" (the area named both ways), sheltered housing
over budget with no amount anywhere (amount null), försörjningsstöd in
whole kronor ("3 850 000 kronor") with households against the budget, and LSS with a surplus written
"1 450 mnkr" that the table shows is 1 450 tkr (the report's own unit error: the amount is 1,45 mnkr);
a row without a comment; the action plan with its effect, a risk (other), försörjningsstöd against
last year (other), "Ekonomiska konsekvenser" (other, boilerplate), a child-rights line and signatures
(not labelled). Liberation Serif (Times) 11 pt with bold serif headings, a footer with the date.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=6.5,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-italic"),
        margins=(82.0, 78.0, 74.0, 74.0),
        header=lambda n, m: ("OSKARSHAMNS KOMMUN", "TJÄNSTESKRIVELSE"),
        footer=lambda n, m: ("Socialförvaltningen", "Datum 2025-06-09", f"{n}({m})"),
        header_size=9.0,
    )
    table = Table(
        caption="Prognos per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Ledning och gemensamt", "24 600", "25 000", "−400"),
            ("Barn och unga", "58 900", "65 200", "−6 300"),
            ("Vuxna", "21 300", "23 400", "−2 100"),
            ("Försörjningsstöd", "27 000", "30 850", "−3 850"),
            ("LSS och socialpsykiatri", "142 800", "141 350", "1 450"),
            ("Summa", "274 600", "285 800", "11 200"),
        ),
        widths=(180.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=10.0,
    )
    blocks = [
        P("Socialnämnden", size=10),
        P("Dnr SN 2025/0088          Handläggare: Sara Lindgren, controller", size=10),
        Title("Ekonomisk uppföljning per maj 2025", size=15, font="times-bold", after=8),
        H("Förslag till beslut", 2),
        P("1. Socialnämnden godkänner den ekonomiska uppföljningen per maj 2025."),
        P(
            "2. Socialnämnden ger förvaltningschefen i uppdrag att fortsätta arbetet med åtgärdsplanen för barn och "
            "unga och återrapportera i september.",
            A("Barn och unga", note="An ordered action in the decision proposal, no effect stated."),
        ),
        H("Sammanfattning", 2),
        P(
            "Socialnämnden prognostiserar per maj ett underskott på 11,2 miljoner kronor (april: 9,8 miljoner "
            "kronor). Underskottet finns framför allt inom individ- och familjeomsorgen.",
            C(None, "11,2 miljoner kronor", "-", note="The bracket is April's forecast, not the amount."),
        ),
        P(
            "Jämfört med april har prognosen försämrats med 1,4 miljoner kronor, som helt beror på nya placeringar "
            "av barn och unga.",
            F(None, "1,4 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        table,
        H("Analys per verksamhet", 2),
        H("Barn och unga", 3),
        P(
            "Kostnaderna för placeringar av barn och unga beräknas överstiga budget med 6,3 miljoner kronor. Sedan "
            "årsskiftet har fyra ungdomar placerats på HVB med särskild inriktning, till en dygnskostnad på mellan "
            "7 000 och 11 000 kronor.",
            C(
                "Barn och unga",
                "6,3 miljoner kronor",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The daily-cost range is a supporting figure, not the amount.",
            ),
        ),
        H("Vuxna", 3),
        P(
            "Missbruksvården har en negativ avvikelse på ca 2,1 miljoner kronor, vilket främst förklaras av två "
            "LVM-placeringar som förvaltningsrätten har beslutat om.",
            C(
                "Vuxna, missbruksvård",
                "ca 2,1 miljoner kronor",
                "-",
                "kopt_verksamhet",
                note="The heading says 'Vuxna', the sentence 'Missbruksvården': both names in the area.",
            ),
        ),
        P(
            "Även kostnaderna för skyddat boende för våldsutsatta kvinnor och deras barn har ökat och ligger över "
            "budget.",
            C(
                "Skyddat boende",
                None,
                "-",
                "kopt_verksamhet",
                note="No amount in the passage and no table row for exactly this area: amount null.",
            ),
        ),
        H("Försörjningsstöd", 3),
        P(
            "Utbetalt försörjningsstöd beräknas bli 3 850 000 kronor högre än budgeterat. I genomsnitt har 412 "
            "hushåll per månad fått stöd, mot 365 i budgeten.",
            C(
                "Försörjningsstöd",
                "3 850 000 kronor",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="No cue word.",
            ),
        ),
        H("LSS och socialpsykiatri", 3),
        P(
            "Verksamheten visar ett överskott på 1 450 mnkr. Den nya gruppbostaden på Fabriksgatan öppnar i oktober "
            "i stället för i mars, eftersom byggstarten försenades.",
            C(
                "LSS och socialpsykiatri",
                "1 450 mnkr",
                "+",
                "periodisering",
                value=1_450_000,
                note="The report's own unit error: '1 450 mnkr' is 1 450 tkr (the table row), so 1,45 mnkr.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Sedan mars arbetar förvaltningen enligt en åtgärdsplan för barn och unga. Fler ungdomar ska kunna få "
            "stöd på hemmaplan genom ett utökat öppenvårdsteam, och avtalen med HVB-hemmen omförhandlas. Åtgärderna "
            "beräknas minska kostnaderna med 1,8 miljoner kronor under andra halvåret.",
            A("Barn och unga", "1,8 miljoner kronor", "kopt_verksamhet"),
        ),
        H("Risker och osäkerheter", 2),
        P(
            "Prognosen är osäker. En ny placering på HVB kostar i genomsnitt 3 miljoner kronor per år, och antalet "
            "orosanmälningar har ökat under våren.",
            O("Barn och unga", "kopt_verksamhet", "volymer", note="Risk."),
        ),
        P(
            "Kostnaderna för försörjningsstöd var 14 procent högre under januari–maj än under samma period 2024.",
            O("Försörjningsstöd", "ekonomiskt_bistand", note="Against the previous year, not the budget."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Beslutet har inga ekonomiska konsekvenser i sig.",
            O(None, boilerplate=True, note="The template's standard formula."),
        ),
        H("Barnrättsperspektiv", 2),
        P("Beslutet bedöms inte påverka barn direkt."),
        P("Per-Olof Strand, socialchef                    Sara Lindgren, controller", size=10),
        P("Beslutet skickas till: Kommunstyrelsen, ekonomiavdelningen", size=10),
    ]
    return ReportSpec(
        file="oskarshamn-sn-tjansteskrivelse-ekonomisk-uppfoljning-2025-05.pdf",
        report={
            "municipality": "Oskarshamn",
            "committee": ["Socialnämnden"],
            "period": ["2025-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Tjänsteskrivelse Ekonomisk uppföljning per maj 2025 Socialnämnden",
            "author": "Oskarshamns kommun",
        },
        style=style,
        blocks=blocks,
    )
