"""Sundbybergs stad, Kultur- och fritidsnämnden, tertialrapport januari–april 2026.

A culture and leisure committee's tertial report in mnkr, header with the stad's name and footer with the
nämnd's meeting date in May: the full year "ett överskott på 0,9 mnkr" and the period "1,3 mnkr lägre än den
periodiserade budgeten" with its timing reason in the same sentence (one item), the change since February;
a table with U+2212 minus; headings that carry the verksamhet and amount in brackets ("Bibliotek (+0,6
mnkr)", "Fritidsgårdar och ungdom (−0,8 mnkr)", "Föreningsbidrag (±0 mnkr)" over "enligt budget",
boilerplate); undistributed funds "0,5 mnkr" (reserver); investments "12,0 mnkr och prognosen 8,5 mnkr" (3,5
never written out); an action with no amount, a risk about a rent and library visits against last year (other). Liberation Serif
(Times) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.35,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.5),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("SUNDBYBERGS STAD", "Kultur- och fritidsförvaltningen"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden 2026-05-27", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Bibliotek", "24,8", "24,2", "+0,6"),
            ("Fritidsgårdar och ungdom", "31,5", "32,3", "−0,8"),
            ("Idrott och anläggningar", "58,9", "59,3", "−0,4"),
            ("Kulturskola", "19,4", "19,1", "+0,3"),
            ("Föreningsbidrag", "14,0", "14,0", "0,0"),
            ("Kultur och evenemang", "9,7", "9,0", "+0,7"),
            ("Nämnd och administration", "8,2", "7,7", "+0,5"),
            ("Summa", "166,5", "165,6", "+0,9"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="times-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=13, font="times", after=12),
        H("Ekonomiskt resultat och prognos", 2),
        P(
            "Kultur- och fritidsnämnden prognostiserar ett överskott på 0,9 mnkr för helåret.",
            C(None, "0,9 mnkr", "+"),
        ),
        P(
            "Till och med april är nettokostnaden 1,3 mnkr lägre än den periodiserade budgeten, vilket främst beror "
            "på att föreningsbidragen betalas ut först i maj.",
            C(
                None,
                "1,3 mnkr",
                "+",
                "periodisering",
                note="The period's deviation and its timing reason in one sentence.",
            ),
        ),
        P(
            "Prognosen är 0,2 mnkr bättre än i februari.",
            F(None, "0,2 mnkr", "+"),
        ),
        table,
        H("Verksamheternas prognoser", 2),
        HP(
            "Bibliotek (+0,6 mnkr)",
            "Stadsbiblioteket har haft två vakanta bibliotekarietjänster sedan årsskiftet, och en del av "
            "medieinköpen har skjutits till hösten.",
            C("Bibliotek", "+0,6 mnkr", "+", "vakanser", "periodisering"),
        ),
        HP(
            "Fritidsgårdar och ungdom (−0,8 mnkr)",
            "Utökade öppettider under sportlovet har krävt fler timanställda, och efter upprepad skadegörelse har "
            "en av fritidsgårdarna haft väktare på kvällstid sedan februari.",
            C(
                "Fritidsgårdar och ungdom",
                "−0,8 mnkr",
                "-",
                "vikarier",
                "ovrigt",
                note="Hourly staff are vikarier, vandalism and guards are ovrigt.",
            ),
        ),
        HP(
            "Idrott och anläggningar (−0,4 mnkr)",
            "Energikostnaderna för ishallen och simhallen är högre än budgeterat.",
            C("Idrott och anläggningar", "−0,4 mnkr", "-", "prisokningar"),
        ),
        HP(
            "Kulturskola (+0,3 mnkr)",
            "Fler elever än beräknat har betalat terminsavgift för vårterminen.",
            C("Kulturskola", "+0,3 mnkr", "+", "avgifter_intakter", "volymer"),
        ),
        HP(
            "Föreningsbidrag (±0 mnkr)",
            "Bidragen till föreningslivet beräknas utfalla enligt budget.",
            BP("Föreningsbidrag", note="A heading '(±0 mnkr)' over 'enligt budget': boilerplate."),
        ),
        HP(
            "Kultur och evenemang (+0,7 mnkr)",
            "Statens kulturråd har beviljat ett bidrag till stadens läsfrämjande projekt som inte fanns med i "
            "budgeten.",
            C("Kultur och evenemang", "+0,7 mnkr", "+", "statsbidrag"),
        ),
        HP(
            "Nämnd och administration (+0,5 mnkr)",
            "Nämndens ofördelade medel bedöms inte behöva användas under året.",
            C("Nämnd och administration", "+0,5 mnkr", "+", "reserver"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har beslutat att fritidsgårdarnas utökade öppettider under loven ska finansieras inom "
            "befintlig ram från och med sommarlovet.",
            A("Fritidsgårdar och ungdom", None, "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 är 12,0 mnkr och prognosen 8,5 mnkr, eftersom upphandlingen av nytt "
            "konstgräs på en av idrottsplatserna har överprövats och arbetet skjuts till 2027.",
            C(
                "Investeringar",
                "12,0 mnkr och prognosen 8,5 mnkr",
                "+",
                "periodisering",
                value=3.5e6,
                note="An under-spend never written out (12,0 − 8,5): the computed value.",
            ),
        ),
        H("Risker", 2),
        P(
            "Det finns en osäkerhet kring hyresnivån för den nya sporthallen, som ska tas i bruk i augusti. "
            "Hyran är ännu inte fastställd.",
            O("Idrott och anläggningar", "lokaler", note="A risk: other."),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Besöken på stadens bibliotek ökade med 9 procent jämfört med samma period 2025.",
            O("Bibliotek", "volymer", note="Visits against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="sundbyberg-kfn-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Sundbyberg", "Sundbybergs stad"],
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Kultur- och fritidsnämnden", "author": "Sundbybergs stad"},
        style=style,
        blocks=blocks,
    )
