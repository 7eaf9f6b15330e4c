"""Karlshamns kommun, Kultur- och fritidsnämnden, verksamhetsberättelse 2025.

A culture and leisure committee's year-end report (period = the year), footer with the adoption date in
February: the result "ett underskott mot budget på 1 580 tkr" and, in the next sentence, the outcome against
the interim forecast with its causes (a forecast change); a table whose last column is each row's comment
(CommentTable) and whose deficits carry a trailing minus ("430-"): reason-only comments taking their row's
cell, a comment with a part in tkr that is not the amount (media "280 tkr" of "430-"), a comment that gives
its own amount ("ett överskott på 390 tkr"), "inom budget" (boilerplate), a row with no comment and the sum
row (unlabelled); investments whose under-spend is said in the second sentence ("0,8 mnkr billigare än
beräknat") after a budget and an outcome; an action for next year with its effect; sick leave and library
visits against 2024 (others, one with "beror på"). Liberation Sans Narrow 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = (
    "A comment-column reason with no amount: the row's deviation cell as printed (trailing minus = deficit)."
)


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.35,
        para_gap=6.5,
        heading_sizes=(16.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Karlshamns kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden", "Fastställd av nämnden 2026-02-12", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd", "1 150", "1 020", "130"),
                "Färre sammanträden än planerat.",
                C(
                    "Nämnd",
                    "130",
                    "+",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note=ROW + " Meeting fees are ovrigt.",
                ),
            ),
            (
                ("Bibliotek", "14 600", "15 030", "430-"),
                "Mediaanslaget överskreds med 280 tkr på grund av högre priser på e-böcker, och vikariekostnaderna "
                "under sommaren blev högre än beräknat.",
                C(
                    "Bibliotek",
                    "430-",
                    "-",
                    "prisokningar",
                    "vikarier",
                    unit="tkr",
                    table=True,
                    note="The 280 tkr is a part: the row's cell is the amount.",
                ),
            ),
            (
                ("Kulturskolan", "9 800", "9 410", "390"),
                "Kulturskolan redovisar ett överskott på 390 tkr eftersom en lärartjänst i stråk var vakant under "
                "hösten.",
                C("Kulturskolan", "390 tkr", "+", "vakanser", note="The comment gives its own amount."),
            ),
            (
                ("Idrottsanläggningar", "27 300", "28 950", "1 650-"),
                "Högre kostnader för el och fjärrvärme i simhallen och ett oförutsett pumpbyte vid konstgräsplanen.",
                C(
                    "Idrottsanläggningar",
                    "1 650-",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note=ROW + " An unforeseen repair is ovrigt.",
                ),
            ),
            (
                ("Fritidsgårdar", "6 200", "6 200", "0"),
                "Verksamheten har bedrivits inom budget.",
                BP("Fritidsgårdar"),
            ),
            (("Föreningsbidrag", "4 900", "4 540", "360"), "", None),
            (
                ("Evenemang", "3 100", "3 480", "380-"),
                "Sommarfestivalen i hamnen gav lägre biljettintäkter än budgeterat när två konsertkvällar ställdes "
                "in på grund av storm.",
                C(
                    "Evenemang",
                    "380-",
                    "-",
                    "avgifter_intakter",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note=ROW + " A storm is ovrigt.",
                ),
            ),
            (("Summa", "67 050", "68 630", "1 580-"), "", None),
        ),
        widths=(104.0, 46.0, 46.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="arial-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12, font="arial", after=12),
        H("Viktiga händelser under året", 2),
        P(
            "Stadsbiblioteket firade 50 år med en jubileumsvecka i mars, och den nya spontanidrottsplatsen i "
            "Mörrum invigdes i juni. Kulturskolan startade en ny kurs i digitalt musikskapande."
        ),
        H("Ekonomiskt utfall", 2),
        P(
            "Kultur- och fritidsnämnden redovisar ett underskott mot budget på 1 580 tkr för 2025.",
            C(None, "1 580 tkr", "-"),
        ),
        P(
            "Utfallet blev 1,1 mnkr sämre än prognosen i delårsrapporten, framför allt på grund av pumpbytet och de "
            "inställda konsertkvällarna.",
            F(None, "1,1 mnkr", "-", "ovrigt", note="The outcome against the interim forecast."),
        ),
        comments,
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsbudget på 5,4 mnkr har 4,6 mnkr använts. Den nya belysningen i elljusspåret "
            "blev 0,8 mnkr billigare än beräknat efter en gynnsam upphandling.",
            C(
                "Investeringar",
                "0,8 mnkr",
                "+",
                "prisokningar",
                note="Under-spending said in the second sentence; a cheaper procurement is prisokningar.",
            ),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 5,9 procent under året, en minskning från 6,8 procent 2024.",
            O(None, note="Sick leave against the previous year."),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Besöken på biblioteken ökade med 6 procent jämfört med 2024, vilket beror på förlängda öppettider i "
            "Mörrum.",
            O("Bibliotek", "volymer", note="Visits against the previous year, with 'beror på'."),
        ),
        H("Framtid", 2),
        P(
            "Inför 2026 har nämnden beslutat att höja entréavgiften i simhallen, vilket beräknas ge 250 tkr i "
            "ökade intäkter.",
            A("Idrottsanläggningar", "250 tkr", "avgifter_intakter"),
        ),
    ]
    return ReportSpec(
        file="karlshamn-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Karlshamn",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden",
            "author": "Karlshamns kommun",
        },
        style=style,
        blocks=blocks,
    )
