"""Tolkförmedling Väst (kommunalförbund), Direktionen, tertialrapport 2 2025 (januari–augusti).

An interpreting service kommunalförbund financed by its fees, whose result table puts costs as negatives and has
period and full-year columns: the period's result against the period's budget as two levels ("+3,4 mnkr, att
jämföra med ett budgeterat resultat för perioden på +0,8 mnkr": the 2,6 mnkr never written out), the full year
"2,0 mnkr bättre än budget" because the budget is a zero result, the shared reasons in the next paragraph (a
cause, amount null) followed by a volume against last year (other), the change since tertial 1 with last
forecast's level inside (a forecast change); run-in kostnadsslag with a colon: revenue "beräknas överstiga budget
med 16,0 mnkr", interpreters' fees with the amount last ("Kostnaden beräknas bli 14,5 mnkr högre än budget"),
personnel with a reason only (the table's "1 700"), other costs "Avvikelsen är −1,2 mnkr", premises and
depreciation "följer budget" (boilerplate); an action with its effect; the repayment rule and equity, an unused
investment budget equal to the whole budget (a cause) and a goal not met (others). 8 scored causes. Liberation
Sans 9.5 pt with a shaded table header.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        header=lambda n, m: ("Tolkförmedling Väst", "Tertialrapport 2 2025"),
        footer=lambda n, m: ("Direktionen 2025-10-10", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning, tkr",
        header=(
            ("", "Utfall", "Budget", "Prognos", "Budget", "Avvikelse"),
            ("", "jan–aug", "jan–aug", "helår", "helår", "helår"),
        ),
        rows=(
            ("Verksamhetens intäkter", "251 300", "238 600", "372 000", "356 000", "16 000"),
            ("Tolkarvoden", "-186 900", "-174 200", "-276 500", "-262 000", "-14 500"),
            ("Personalkostnader", "-38 100", "-39 600", "-57 800", "-59 500", "1 700"),
            ("Lokalkostnader", "-6 200", "-6 300", "-9 400", "-9 400", "0"),
            ("Övriga kostnader", "-16 300", "-17 300", "-25 700", "-24 500", "-1 200"),
            ("Avskrivningar", "-400", "-400", "-600", "-600", "0"),
            ("Resultat", "3 400", "800", "2 000", "0", "2 000"),
        ),
        widths=(128.0, 66.0, 66.0, 66.0, 66.0, 74.0),
        bold_rows=frozenset({6}),
        rules=True,
        shade=(0.88, 0.88, 0.88),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 2 2025", size=20, font="arial-bold", after=2),
        Title("Tolkförmedling Väst, perioden januari–augusti", size=12, font="arial", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Förbundets resultat för perioden januari–augusti är +3,4 mnkr, att jämföra med ett budgeterat resultat "
            "för perioden på +0,8 mnkr.",
            C(
                None,
                "+3,4 mnkr, att jämföra med ett budgeterat resultat för perioden på +0,8 mnkr",
                "+",
                value=2_600_000,
                note="The period as two result levels: the 2,6 mnkr deviation is never written out, the computed value.",
            ),
        ),
        P(
            "Helårsprognosen är ett resultat på +2,0 mnkr, vilket är 2,0 mnkr bättre än budget, eftersom budgeten är "
            "satt till ett nollresultat.",
            C(None, "2,0 mnkr", "+", note="The full year; the result level and the deviation coincide."),
        ),
        PS(
            (
                "Det positiva resultatet förklaras främst av att efterfrågan på tolkuppdrag har varit högre än "
                "budgeterat, framför allt på distans, där marginalen per uppdrag är högre.",
                C(
                    None,
                    None,
                    "+",
                    "volymer",
                    "avgifter_intakter",
                    note="The shared reasons in a paragraph of their own, for both the period and the full year: "
                    "amount null.",
                ),
            ),
            (
                "Antalet uppdrag under perioden var 214 000, vilket är 6 procent fler än samma period 2024.",
                O(None, "volymer", note="Assignments against last year: other."),
            ),
        ),
        P(
            "Prognosen har förbättrats med 1,4 mnkr sedan tertial 1, då ett resultat på +0,6 mnkr prognostiserades.",
            F(None, "1,4 mnkr", "+", note="The previous forecast's level (+0,6 mnkr) is not the amount."),
        ),
        table,
        H("Kommentarer per kostnadsslag", 2),
        LP(
            "Verksamhetens intäkter:",
            "Intäkterna beräknas överstiga budget med 16,0 mnkr. Volymökningen gäller främst Göteborgs Stad och "
            "Västra Götalandsregionen, där behovet av tolk inom hälso- och sjukvården har ökat.",
            C("Verksamhetens intäkter", "16,0 mnkr", "+", "volymer", "avgifter_intakter"),
        ),
        LP(
            "Tolkarvoden:",
            "Med fler uppdrag följer högre kostnader för arvoden till tolkarna. Dessutom höjdes arvodesnivåerna den "
            "1 april enligt den nya arvodesmodellen, vilket inte var fullt ut beaktat i budgeten. Kostnaden beräknas "
            "bli 14,5 mnkr högre än budget.",
            C(
                "Tolkarvoden",
                "14,5 mnkr",
                "-",
                "volymer",
                "prisokningar",
                note="The amount comes last; a raised fee level is prisokningar.",
            ),
        ),
        LP(
            "Personalkostnader:",
            "Flera tjänster inom bokning och kundtjänst har varit obesatta under delar av året, vilket ger ett "
            "överskott.",
            C(
                "Personalkostnader",
                "1 700",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="A reason only: the table row's full-year deviation.",
            ),
        ),
        LP(
            "Övriga kostnader:",
            "Kostnaderna för det nya bokningssystemet har blivit högre än planerat, bland annat på grund av "
            "anpassningar av kopplingen till regionens journalsystem. Avvikelsen är −1,2 mnkr.",
            C("Övriga kostnader", "−1,2 mnkr", "-", "it_digitalisering"),
        ),
        LP(
            "Lokalkostnader och avskrivningar:",
            "Båda följer budget.",
            BP("Lokalkostnader och avskrivningar"),
        ),
        H("Åtgärder", 2),
        P(
            "Från och med september är distanstolkning förstahandsval vid uppdrag som är kortare än 30 minuter, vilket "
            "väntas sänka arvodeskostnaderna med 0,6 mnkr under resten av året.",
            A("Tolkarvoden", "0,6 mnkr"),
        ),
        H("Eget kapital och återbetalning", 2),
        P(
            "Direktionen har beslutat att den del av årets överskott som överstiger 1,5 mnkr ska återbetalas till "
            "medlemmarna i form av sänkta priser 2026. Förbundets egna kapital uppgår till 12,3 mnkr.",
            O(None, "reserver", note="Repayment rule and equity: other."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 1,2 mnkr för inventarier till nya lokaler i Borås har inte använts, eftersom "
            "flytten har skjutits upp till våren 2026.",
            C(
                "Investeringar",
                "1,2 mnkr",
                "+",
                "periodisering",
                note="The whole investment budget unused: the under-spend equals the budget.",
            ),
        ),
        H("Mål och kvalitet", 2),
        P(
            "Andelen tillsatta uppdrag var 96,8 procent, vilket är under målet på 98 procent.",
            O(None, note="A goal not met: other."),
        ),
    ]
    return ReportSpec(
        file="tolkformedling-vast-tertialrapport-2025-08.pdf",
        report={
            "municipality": ["Tolkförmedling Väst", "Kommunalförbundet Tolkförmedling Väst"],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 2 2025", "author": "Tolkförmedling Väst"},
        style=style,
        blocks=blocks,
    )
