"""Malmö stad, Förskolenämnden, uppföljningsrapport april 2026.

A preschool committee's spring follow-up in mnkr, footer with the nämnd's meeting date in May: the period
"11,2 mnkr bättre än budget för perioden" and the full year "ett överskott på 6,5 mnkr" with its reason in two
sentences (two items), the period surplus's timing reason in a paragraph of its own (amount null, summer
substitutes named); a comment table (positive = better than budget) whose comments give reasons only and take
their row's cell ("13,4", "−7,4", "−5,8", "−2,6", "9,9"), "Prognos enligt budget" (boilerplate) and a revenue
row with no comment; investments "Helårsprognosen är 41,5 mnkr" against a budget of 64,0 (22,5 never written
out), the change since February, an action with its effect and a population outlook with "beror på" (other).
DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment with reasons only: the amount is its row's deviation cell."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(58.0, 78.0, 58.0, 72.0),
        header=lambda n, m: ("Malmö stad", "Förskolenämnden – Uppföljningsrapport april 2026"),
        footer=lambda n, m: ("Förskolenämnden 2026-05-20", "", f"{n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet (mnkr)", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Förskola i egen regi", "2 412,0", "2 398,6", "13,4"),
                "Lägre barnantal än budgeterat, i genomsnitt 310 färre barn, ger lägre personalkostnader.",
                C("Förskola i egen regi", "13,4", "+", "volymer", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Bidrag till fristående förskolor", "1 080,5", "1 087,9", "−7,4"),
                "Fler barn än beräknat har valt en fristående förskola.",
                C(
                    "Bidrag till fristående förskolor",
                    "−7,4",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    unit="mnkr",
                    table=True,
                    note=ROW + " Grants to independent preschools per child are kopt_verksamhet, as "
                    "interkommunal ersättning is.",
                ),
            ),
            (
                ("Pedagogisk omsorg", "18,2", "18,2", "0,0"),
                "Prognos enligt budget.",
                BP("Pedagogisk omsorg"),
            ),
            (
                ("Lokaler", "410,3", "416,1", "−5,8"),
                "Hyreshöjningar efter indexuppräkning och två nya förskolor i Hyllie som har tagits i drift.",
                C("Lokaler", "−5,8", "-", "lokaler", "prisokningar", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Måltider", "96,4", "99,0", "−2,6"),
                "Dyrare livsmedel och ett nytt avtal för transporter av mat mellan tillagningsköken.",
                C("Måltider", "−2,6", "-", "prisokningar", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Nämnd och förvaltningsgemensamt", "142,7", "132,8", "9,9"),
                "Vakanser inom administrationen och lägre IT-kostnader än budgeterat.",
                C(
                    "Nämnd och förvaltningsgemensamt",
                    "9,9",
                    "+",
                    "vakanser",
                    "it_digitalisering",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (("Intäkter", "−250,0", "−249,0", "−1,0"), "", None),
            (("Summa", "3 910,1", "3 903,6", "6,5"), "", None),
        ),
        widths=(150.0, 52.0, 52.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Uppföljningsrapport april 2026", size=18, font="sans-bold", after=2),
        Title("Förskolenämnden", size=12, font="sans", after=12),
        H("Ekonomiskt resultat och prognos", 2),
        PS(
            (
                "Förskolenämndens resultat till och med april är 11,2 mnkr bättre än budget för perioden.",
                C(None, "11,2 mnkr", "+", note="The period's deviation in a sentence of its own."),
            ),
            (
                "För helåret 2026 prognostiseras ett överskott på 6,5 mnkr, vilket främst förklaras av att "
                "barnantalet är lägre än vad budgeten bygger på.",
                C(None, "6,5 mnkr", "+", "volymer"),
            ),
        ),
        P(
            "Periodens överskott är större än helårets eftersom kostnaderna för sommarens vikarier och höstens "
            "inskolningar ännu inte har uppstått.",
            C(
                None,
                None,
                "+",
                "periodisering",
                "vikarier",
                note="The period surplus's timing reason in a paragraph of its own: amount null.",
            ),
        ),
        P("Avvikelse: positivt värde innebär ett bättre utfall än budget.", size=8.5),
        table,
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 64,0 mnkr har 9,8 mnkr förbrukats till och med april. "
            "Helårsprognosen är 41,5 mnkr, eftersom inventarierna till den nya förskolan Kastanjegården levereras "
            "först 2027.",
            C(
                "Investeringar",
                "Helårsprognosen är 41,5 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=22_500_000,
                note="An under-spend never written out (64,0 − 41,5): the computed value.",
            ),
        ),
        H("Prognosförändring och åtgärder", 2),
        P(
            "Prognosen har förbättrats med 2,1 mnkr sedan uppföljningen i februari, till följd av att barnantalet "
            "har fortsatt att minska.",
            F(None, "2,1 mnkr", "+", "volymer"),
        ),
        P(
            "Förvaltningen anpassar antalet avdelningar till det lägre barnantalet och stänger under hösten fyra "
            "avdelningar i Rosengård och Fosie, vilket minskar kostnaderna med 3,2 mnkr under 2026.",
            A("Förskola i egen regi", "3,2 mnkr", "volymer", "omstallning"),
        ),
        H("Omvärld", 2),
        P(
            "Det minskande barnantalet beror på lägre födelsetal och en minskad inflyttning till Malmö, och "
            "befolkningsprognosen pekar på en fortsatt minskning fram till 2029.",
            O(None, "volymer", note="Population outlook: context."),
        ),
    ]
    return ReportSpec(
        file="malmo-fskn-uppfoljningsrapport-2026-04.pdf",
        report={
            "municipality": ["Malmö", "Malmö stad"],
            "committee": ["Förskolenämnden"],
            "period": ["2026-04"],
            "report_type": "uppföljningsrapport",
        },
        metadata={"title": "Uppföljningsrapport april 2026 Förskolenämnden", "author": "Malmö stad"},
        style=style,
        blocks=blocks,
    )
