"""Stockholms stad, Fastighetsnämnden, tertialrapport 2 2025 (januari–augusti).

A property committee's tertial report in mnkr with hyphen-minus signs, where most areas are net revenue, so
the direction must be read from "högre intäkter" and "överstiger budget": the full year "ett överskott på 24,5
mnkr jämfört med budget" and the period "31,2 mnkr bättre än periodens budget" as two sentences of one
paragraph (two items); the change since tertial report 1 with its cause; a net table (revenue positive, cost
negative); plain headings whose paragraphs name the area as the subject ("Hyresintäkterna från kommersiella
lokaler väntas bli 26,7 mnkr högre", then a risk sentence, other), "För kulturfastigheterna är prognosen -8,3
mnkr", revenue that "överstiger budget med 3,4 mnkr", a reason-only surplus (the row's "1,4"), costs "2,7 mnkr
lägre än budget" (positive), "överstiger budget med 1,4 mnkr" (negative); investments "148 mnkr lägre än
budget" and a project whose final cost will be "35 mnkr högre än den beslutade utgiften"; an action.
DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(16.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 80.0, 64.0, 72.0),
        header=lambda n, m: ("Stockholms stad  Fastighetskontoret", "Tertialrapport 2 2025"),
        footer=lambda n, m: ("Fastighetsnämnden sammanträde 2025-09-23", "", f"{n} (av {m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Netto per verksamhetsområde, mnkr (intäkt +, kostnad -)",
        header=(("Verksamhetsområde", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Kommersiella lokaler", "412,0", "438,7", "26,7"),
            ("Kulturfastigheter", "-96,5", "-104,8", "-8,3"),
            ("Torghandel och markupplåtelser", "18,2", "21,6", "3,4"),
            ("Representationsfastigheter", "-58,4", "-57,0", "1,4"),
            ("Fastighetsutveckling och projekt", "-22,0", "-19,3", "2,7"),
            ("Förvaltningsgemensamt", "-64,3", "-65,7", "-1,4"),
            ("Summa", "189,0", "213,5", "24,5"),
        ),
        widths=(190.0, 80.0, 80.0, 75.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 2 2025", size=20, font="sans-bold", after=2),
        Title("Fastighetsnämnden", size=12.5, font="sans", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Fastighetsnämndens prognos för helåret visar ett överskott på 24,5 mnkr jämfört med budget.",
                C(None, "24,5 mnkr", "+"),
            ),
            (
                "Till och med augusti är nettot 31,2 mnkr bättre än periodens budget.",
                C(None, "31,2 mnkr", "+", note="The period in a sentence of its own: its own item."),
            ),
        ),
        P(
            "Jämfört med tertialrapport 1 har prognosen förbättrats med 6,1 mnkr, främst genom ökade intäkter från "
            "uteserveringar under sommaren.",
            F(None, "6,1 mnkr", "+", "avgifter_intakter"),
        ),
        table,
        H("Analys per verksamhetsområde", 2),
        H("Kommersiella lokaler", 3),
        Para(
            (
                (
                    "Hyresintäkterna från kommersiella lokaler väntas bli 26,7 mnkr högre än budgeterat. Det "
                    "förklaras av att indexuppräkningen av hyrorna blev högre än antagandet i budgeten och att "
                    "andelen vakanta lokaler har sjunkit till 3,1 procent.",
                    C(
                        "Kommersiella lokaler",
                        "26,7 mnkr",
                        "+",
                        "avgifter_intakter",
                        "lokaler",
                        note="Higher rent revenue is avgifter_intakter, fewer empty premises lokaler.",
                    ),
                ),
                (
                    "En större hyresgäst i Kista har sagt upp sina lokaler från 2026, vilket är en risk för "
                    "kommande år.",
                    O("Kommersiella lokaler", "lokaler", note="A risk in the same paragraph: its own item."),
                ),
            )
        ),
        H("Kulturfastigheter", 3),
        P(
            "För kulturfastigheterna är prognosen -8,3 mnkr. Akuta takreparationer på två kulturhistoriska "
            "byggnader efter stormen i januari och högre kostnader för el och fjärrvärme förklarar avvikelsen.",
            C("Kulturfastigheter", "-8,3 mnkr", "-", "ovrigt", "prisokningar"),
        ),
        H("Torghandel och markupplåtelser", 3),
        P(
            "Intäkterna från uteserveringar och torghandel överstiger budget med 3,4 mnkr, eftersom fler tillstånd "
            "för uteservering har beviljats under den varma sommaren.",
            C(
                "Torghandel och markupplåtelser",
                "3,4 mnkr",
                "+",
                "avgifter_intakter",
                "volymer",
                note="Revenue over budget: positive.",
            ),
        ),
        H("Representationsfastigheter", 3),
        P(
            "Verksamheten redovisar ett överskott eftersom den planerade ommålningen av festvåningen i Villa "
            "Lindhaga har skjutits till 2026.",
            C(
                "Representationsfastigheter",
                "1,4",
                "+",
                "periodisering",
                unit="mnkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        H("Fastighetsutveckling och projekt", 3),
        P(
            "Projektkostnaderna blir 2,7 mnkr lägre än budget då två förstudier har avbrutits.",
            C("Fastighetsutveckling och projekt", "2,7 mnkr", "+", "ovrigt"),
        ),
        H("Förvaltningsgemensamt", 3),
        P(
            "De förvaltningsgemensamma kostnaderna överstiger budget med 1,4 mnkr, främst till följd av "
            "konsultkostnader vid införandet av ett nytt fastighetssystem.",
            C("Förvaltningsgemensamt", "1,4 mnkr", "-", "inhyrd_personal", "it_digitalisering"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna beräknas till 612 mnkr, vilket är 148 mnkr lägre än budget. Avvikelsen beror "
            "främst på att ombyggnaden av Norra saluhallen har försenats av överklaganden.",
            C("Investeringar", "148 mnkr", "+", "periodisering"),
        ),
        P(
            "För projektet Renovering av kvarteret Bryggaren bedöms slutkostnaden bli 35 mnkr högre än den "
            "beslutade utgiften, på grund av oförutsedda skador i stommen.",
            C("Kvarteret Bryggaren", "35 mnkr", "-", "ovrigt", note="An investment overrun."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen prioriterar underhållsåtgärderna i kulturfastigheterna för att hålla kostnaderna inom "
            "ramen under resten av året.",
            A("Kulturfastigheter"),
        ),
    ]
    return ReportSpec(
        file="stockholm-fastn-tertialrapport-2025-08.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Fastighetsnämnden"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 2 2025 Fastighetsnämnden", "author": "Stockholms stad"},
        style=style,
        blocks=blocks,
    )
