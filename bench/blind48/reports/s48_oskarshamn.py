"""Oskarshamns kommun, Kultur- och fritidsnämnden, verksamhetsberättelse 2025.

A culture and leisure committee's year-end report (period = the year), its footer carrying the date the nämnd
adopted it in February: the result "ett överskott på 1 650 tkr i förhållande till budget" and "450 tkr större än
vad som prognostiserades i delårsrapporten" (a cause and a forecast change), net cost growth against 2024
(other); a table in tkr with deficits in brackets ("(520)"); then two columns of plain headings: "visar ett
överskott på 1,1 mnkr" with a closure and rental revenue, a possessive "Bibliotekets överskott om 650 tkr
förklaras av", a reason-only deficit "gick back" (the row's "(520)"), "ger ett överskott på 0,3 mnkr" with the
amount after the reasons, a heading over two verksamheter where one "höll sin budget" (boilerplate) and the
other's grants "blev 100 tkr lägre än budgeterat" (a cost under budget, positive), investments "2,4 mnkr av
budgeterade 5,0 mnkr" (2,6 never written out), an action with its effect and a goal not met with "beror på"
(other). DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(58.0, 76.0, 58.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Oskarshamns kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden", "Antagen 2026-02-12", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "5 900", "5 600", "300"),
            ("Bibliotek", "14 300", "13 650", "650"),
            ("Kulturverksamhet", "8 800", "9 320", "(520)"),
            ("Idrott och fritid", "31 200", "30 100", "1 100"),
            ("Ungdomsverksamhet", "6 100", "6 080", "20"),
            ("Föreningsbidrag", "7 400", "7 300", "100"),
            ("Summa", "73 700", "72 050", "1 650"),
        ),
        widths=(170.0, 74.0, 74.0, 74.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="cond-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12, font="cond", after=12),
        H("Viktiga händelser", 2),
        P(
            "Under året invigdes den nya aktivitetsytan vid idrottsplatsen i Kristineberg, och biblioteket startade "
            "ett läsfrämjande projekt tillsammans med förskolorna."
        ),
        H("Ekonomi", 2),
        PS(
            (
                "Nämnden redovisar ett överskott på 1 650 tkr i förhållande till budget.",
                C(None, "1 650 tkr", "+"),
            ),
            (
                "Överskottet är 450 tkr större än vad som prognostiserades i delårsrapporten.",
                F(None, "450 tkr", "+", note="The outcome against the interim forecast, no cause."),
            ),
        ),
        P(
            "Nettokostnaden ökade med 3,1 procent jämfört med 2024.",
            O(None, note="Against the previous year."),
        ),
        table,
        Columns(2),
        H("Idrott och fritid", 3),
        P(
            "Idrott och fritid visar ett överskott på 1,1 mnkr. Ishallen var stängd i sex veckor under hösten för "
            "byte av kylanläggning, vilket gav lägre kostnader för el och personal, och intäkterna från uthyrning av "
            "sporthallarna blev högre än budgeterat.",
            C(
                "Idrott och fritid",
                "1,1 mnkr",
                "+",
                "ovrigt",
                "avgifter_intakter",
                note="A closure for a repair is ovrigt; rental revenue avgifter_intakter.",
            ),
        ),
        H("Bibliotek", 3),
        P(
            "Bibliotekets överskott om 650 tkr förklaras av att två bibliotekarietjänster stod vakanta under våren.",
            C("Bibliotek", "650 tkr", "+", "vakanser", note="A possessive area."),
        ),
        H("Kulturverksamhet", 3),
        P(
            "Kulturverksamheten gick back. Publiken till sommarens konsertserie i Gunnarsö blev mindre än väntat på "
            "grund av det regniga vädret, och biljettintäkterna blev därför lägre än budgeterat.",
            C(
                "Kulturverksamhet",
                "(520)",
                "-",
                "avgifter_intakter",
                "ovrigt",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell in brackets; weather is ovrigt.",
            ),
        ),
        H("Nämnd och administration", 3),
        P(
            "Lägre kostnader för nämndens sammanträden och för konsultstöd ger ett överskott på 0,3 mnkr.",
            C(
                "Nämnd och administration",
                "0,3 mnkr",
                "+",
                "ovrigt",
                "inhyrd_personal",
                note="Nämnd meetings are ovrigt; consultants inhyrd_personal.",
            ),
        ),
        H("Ungdomsverksamhet och föreningsbidrag", 3),
        PS(
            ("Ungdomsverksamheten höll sin budget.", BP("Ungdomsverksamhet")),
            (
                "Föreningsbidragen blev 100 tkr lägre än budgeterat, eftersom två föreningar inte sökte det "
                "aktivitetsstöd de hade rätt till.",
                C("Föreningsbidrag", "100 tkr", "+", "volymer", note="A cost under budget: positive."),
            ),
        ),
        H("Investeringar", 3),
        P(
            "Nämndens investeringar uppgick till 2,4 mnkr av budgeterade 5,0 mnkr. Upprustningen av elljusspåret "
            "vid Fårbo har flyttats till 2026 efter att bygglovet överklagats.",
            C(
                "Investeringar",
                "2,4 mnkr av budgeterade 5,0 mnkr",
                "+",
                "periodisering",
                value=2_600_000,
                note="Investment under-spending of 2,6 mnkr, never written out: the computed value.",
            ),
        ),
        H("Inför 2026", 3),
        P(
            "Nämnden har beslutat att höja avgifterna för ishallen med 10 procent från januari, vilket beräknas ge "
            "120 tkr i ökade intäkter.",
            A("Idrott och fritid", "120 tkr", "avgifter_intakter"),
        ),
        H("Måluppfyllelse", 3),
        P(
            "Två av nämndens fyra mål uppfylldes. Målet om fler besökare i kulturverksamheten nåddes inte, vilket "
            "beror på den minskade publiken under sommaren.",
            O(None, note="Goal fulfilment with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="oskarshamn-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Oskarshamn",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden",
            "author": "Oskarshamns kommun",
        },
        style=style,
        blocks=blocks,
    )
