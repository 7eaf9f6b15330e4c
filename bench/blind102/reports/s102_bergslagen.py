"""Bergslagens miljö- och byggnämnd (the joint committee of Lindesberg, Nora, Hällefors and Ljusnarsberg),
budgetuppföljning juni 2026.

A joint committee's half-year follow-up in DejaVu Serif Condensed 9.5 pt dated in August: the full year "−650
tkr jämfört med budget", the period "620 tkr bättre än periodens budget" after the period's result and its
timing reason in a sentence apart (amount null); a table of revenue and cost posts in tkr whose last column is
forecast minus budget ("positivt värde = försämring": "900" is a revenue shortfall, "−600" a surplus); posts as
the subject of plain paragraphs: bygglov revenue "900 tkr lägre än budgeterat", supervision fees that "följer
budget" (boilerplate beside "−50"), personnel "600 tkr lägre än budget" followed by a wage-revision sentence
(other), IT reason-only (the row's "150"), other costs "överskrids med 250 tkr" for a consultant; the change
since April after the April level; an action, the members' shares and how a deficit is split (others). 7 scored
causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Bergslagens miljö- och byggförvaltning", "Budgetuppföljning juni 2026"),
        footer=lambda n, m: ("Bergslagens miljö- och byggnämnd", "2026-08-26", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 1. Prognos per post 2026, tkr (positivt värde = försämring mot budget)",
        header=(("Post", "Budget", "Prognos", "Prognos − budget"),),
        rows=(
            ("Intäkter bygglov", "−6 800", "−5 900", "900"),
            ("Intäkter tillsyn miljö och livsmedel", "−7 400", "−7 450", "−50"),
            ("Kommunbidrag", "−21 600", "−21 600", "0"),
            ("Personalkostnader", "27 900", "27 300", "−600"),
            ("Lokaler", "2 100", "2 100", "0"),
            ("IT och system", "1 900", "2 050", "150"),
            ("Övriga kostnader", "3 900", "4 150", "250"),
            ("Resultat", "0", "650", "650"),
        ),
        widths=(180.0, 70.0, 70.0, 100.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Budgetuppföljning juni 2026", size=18, font="serif-cond-bold", after=2),
        Title("Bergslagens miljö- och byggnämnd", size=12, font="serif-cond", after=12),
        H("Resultat och prognos", 2),
        PS(
            (
                "Nämnden prognostiserar ett resultat för helåret på −650 tkr jämfört med budget.",
                C(None, "−650 tkr", "-"),
            ),
            (
                "Utfallet efter juni är ett överskott på 1 020 tkr, vilket är 620 tkr bättre än periodens budget.",
                C(None, "620 tkr", "+", note="The period's result is not the amount; the deviation is."),
            ),
        ),
        P(
            "Det positiva utfallet för perioden beror på att årsavgifterna för tillsyn faktureras under första "
            "halvåret, medan kostnaderna fördelas jämnt över året.",
            C(
                None,
                None,
                "+",
                "periodisering",
                "avgifter_intakter",
                note="The period surplus's reason apart from its amount: amount null.",
            ),
        ),
        P(
            "Prognosen har försämrats med 450 tkr sedan april, då den visade −200 tkr, främst till följd av färre "
            "ansökningar om bygglov.",
            F(None, "450 tkr", "-", "volymer", "avgifter_intakter", note="April's level is not the amount."),
        ),
        table,
        H("Kommentarer", 2),
        P(
            "Intäkterna från bygglov blir enligt prognosen 900 tkr lägre än budgeterat. Antalet ansökningar om "
            "bygglov för nya småhus har minskat kraftigt, och flera större detaljplaneområden har ännu inte "
            "byggstartat.",
            C("Intäkter bygglov", "900 tkr", "-", "avgifter_intakter", "volymer"),
        ),
        P(
            "Avgifterna för tillsyn inom miljö och livsmedel följer budget.",
            BP(
                "Intäkter tillsyn miljö och livsmedel",
                note="'Följer budget' beside a row of −50: boilerplate.",
            ),
        ),
        PS(
            (
                "Personalkostnaderna beräknas bli 600 tkr lägre än budget eftersom en tjänst som miljöinspektör och "
                "en som bygglovshandläggare har varit vakanta under våren.",
                C("Personalkostnader", "600 tkr", "+", "vakanser"),
            ),
            (
                "Lönerevisionen blev 3,1 procent, i nivå med budgeterade 3,0 procent.",
                O("Personalkostnader", note="A supporting figure in the same paragraph: its own other item."),
            ),
        ),
        P(
            "Kostnaderna för IT och system blir högre än budgeterat när det nya ärendehanteringssystemet införs och "
            "licenserna för det gamla systemet behöver betalas parallellt under hösten.",
            C(
                "IT och system",
                "150",
                "-",
                "it_digitalisering",
                unit="tkr",
                table=True,
                note="Reasons only: the row's cell (a positive value is a worsening); direction from the prose.",
            ),
        ),
        P(
            "Övriga kostnader överskrids med 250 tkr, eftersom en konsult har anlitats för att hinna med "
            "inventeringen av enskilda avlopp.",
            C("Övriga kostnader", "250 tkr", "-", "inhyrd_personal"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen kommer inte att återbesätta den vakanta tjänsten som bygglovshandläggare under hösten.",
            A("Personalkostnader", None, "vakanser"),
        ),
        H("Medlemskommunernas bidrag", 2),
        P(
            "Medlemskommunernas bidrag för 2026 fördelas efter invånarantal: Lindesberg 51 procent, Nora 23 "
            "procent, Hällefors 15 procent och Ljusnarsberg 11 procent.",
            O(None, note="The members' shares: other."),
        ),
        P(
            "Ett underskott vid årets slut fördelas enligt samverkansavtalet mellan medlemskommunerna efter samma "
            "fördelning.",
            O(None, note="A financing statement: other."),
        ),
        P("Nämnden har ingen egen investeringsbudget för 2026."),
    ]
    return ReportSpec(
        file="bergslagens-miljo-och-byggnamnd-budgetuppfoljning-2026-06.pdf",
        report={
            "municipality": [
                "Bergslagens miljö- och byggnämnd",
                "Bergslagens miljö- och byggförvaltning",
                "Bergslagens Miljö- och Byggförvaltning",
            ],
            "committee": ["Bergslagens miljö- och byggnämnd", "Miljö- och byggnämnden"],
            "period": ["2026-06"],
            "report_type": "budgetuppföljning",
        },
        metadata={"title": "Budgetuppföljning juni 2026", "author": "Bergslagens miljö- och byggförvaltning"},
        style=style,
        blocks=blocks,
    )
