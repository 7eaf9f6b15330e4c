"""Gislaveds kommun, Socialnämnden, verksamhetsberättelse 2025.

A social committee's year-end report (period = the year), footer with the date the nämnd adopted it in
February: net costs "9,9 mnkr högre än den budgeterade ramen på 487,3 mnkr" (the ram is not the amount), the
outcome against the interim report's forecast with its cause (a forecast change), revenue above budget, and
the kommun's rule that a deficit is not carried over (financing, other); a table whose last column is each
row's comment (CommentTable) in tkr with the difference printed as "utfall − budget", so a deficit is
positive ("8 980") and a surplus negative ("−570"): reason-only comments take the row's cell, one comment
has a part in mnkr that is not the amount ("svarar ensamma för 4,2 mnkr"), one a per-household level in
kronor, one its own amount ("Överskott med 3,3 mnkr"), one says "i nivå med budget" (boilerplate) and the sum
row has no comment; sick leave against the previous year (other); an action with its yearly effect from 2026;
investments "återstår 0,9 mnkr vid årets slut". 9 scored causes. Liberation Sans (Arial metrics) 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's cell (tkr), printed as utfall minus budget."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(16.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Gislaveds kommun", "Socialnämnden – Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Antagen av socialnämnden 2026-02-19", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Utfall", "Utfall − budget", "Kommentar"),
        rows=(
            (
                ("Nämnd och ledning", "8 210", "7 640", "−570"),
                "Lägre kostnader för nämndens arvoden och för den gemensamma utbildningsdagen, som ställdes in.",
                C(
                    "Nämnd och ledning",
                    "−570",
                    "+",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note=ROW + " Negative here is a surplus. Fees and a cancelled training day are ovrigt.",
                ),
            ),
            (
                ("Barn och familj", "96 400", "105 380", "8 980"),
                "Fler barn och unga har placerats på HVB och i familjehem via konsulentföretag. Tre placeringar "
                "enligt LVU svarar ensamma för 4,2 mnkr.",
                C(
                    "Barn och familj",
                    "8 980",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW + " The 4,2 mnkr is a part, not the amount.",
                ),
            ),
            (
                ("Vuxna, missbruk", "31 700", "29 980", "−1 720"),
                "Färre köpta behandlingsplatser än budgeterat, eftersom fler klienter har fått öppenvård på "
                "hemmaplan.",
                C("Vuxna, missbruk", "−1 720", "+", "kopt_verksamhet", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Försörjningsstöd", "38 500", "44 320", "5 820"),
                "Utbetalt försörjningsstöd ökade under hösten i takt med att fler hushåll saknar arbetsinkomst. "
                "Det genomsnittliga biståndet per hushåll var 9 140 kronor i månaden.",
                C(
                    "Försörjningsstöd",
                    "5 820",
                    "-",
                    "ekonomiskt_bistand",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW + " The monthly amount per household is a level, not the amount.",
                ),
            ),
            (
                ("LSS och socialpsykiatri", "186 400", "183 100", "−3 300"),
                "Överskott med 3,3 mnkr, till stor del beroende på att en ny gruppbostad i Anderstorp öppnade först "
                "i oktober.",
                C("LSS och socialpsykiatri", "3,3 mnkr", "+", "periodisering"),
            ),
            (
                ("Arbetsmarknad och integration", "42 600", "42 580", "−20"),
                "Utfallet är i nivå med budget.",
                BP("Arbetsmarknad och integration"),
            ),
            (
                ("Myndighet och administration", "83 490", "84 170", "680"),
                "Kostnaderna för konsulter i samband med bytet av verksamhetssystem blev högre än beräknat.",
                C(
                    "Myndighet och administration",
                    "680",
                    "-",
                    "inhyrd_personal",
                    "it_digitalisering",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (("Summa", "487 300", "497 170", "9 870"), "", None),
        ),
        widths=(128.0, 52.0, 52.0, 64.0),
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="arial-bold", after=2),
        Title("Socialnämnden", size=13, font="arial", after=14),
        H("Året i korthet", 2),
        P(
            "Året präglades av ett fortsatt högt inflöde av orosanmälningar och av bytet av verksamhetssystem inom "
            "individ- och familjeomsorgen. Nämnden har samtidigt fått en ny organisation för arbetsmarknad och "
            "integration."
        ),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Nämndens nettokostnader blev 9,9 mnkr högre än den budgeterade ramen på 487,3 mnkr.",
                C(None, "9,9 mnkr", "-", note="The result; the ram is not the amount."),
            ),
            (
                "Utfallet blev 2,6 mnkr bättre än prognosen i delårsrapporten, främst eftersom ett statsbidrag för "
                "den sociala barn- och ungdomsvården betalades ut i december.",
                F(None, "2,6 mnkr", "+", "statsbidrag", note="The outcome against the interim forecast."),
            ),
        ),
        P(
            "Intäkterna blev 3,1 mnkr högre än budgeterat, främst genom återsökta ersättningar från Migrationsverket.",
            C("Intäkter", "3,1 mnkr", "+", "statsbidrag"),
        ),
        P(
            "Enligt kommunens regler för resultatöverföring förs nämndens underskott inte över till 2026.",
            O(None, "reserver", note="Carrying over a result: financing, other."),
        ),
        H("Driftredovisning per verksamhet", 2),
        comments,
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsram återstår 0,9 mnkr vid årets slut, eftersom inköpet av nya trygghetslarm "
            "sköts upp när upphandlingen överprövades.",
            C("Investeringar", "0,9 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Åtgärder", 2),
        P(
            "Under hösten inleddes arbetet med att bygga upp en egen familjehemsorganisation, som beräknas minska "
            "kostnaderna för konsulentstödda familjehem med 2 mnkr per år från 2026.",
            A("Barn och familj", "2 mnkr", "kopt_verksamhet"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron minskade till 7,8 procent, från 8,6 procent året innan. Minskningen beror främst på "
            "lägre korttidsfrånvaro inom LSS.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year, not the budget."),
        ),
    ]
    return ReportSpec(
        file="gislaved-sn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Gislaved",
            "committee": ["Socialnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Socialnämnden", "author": "Gislaveds kommun"},
        style=style,
        blocks=blocks,
    )
