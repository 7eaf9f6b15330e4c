"""Stockholms stad, Kulturnämnden, tertialrapport 2 2025.

A culture committee's tertial report in DejaVu Sans 9.5 pt: the full year "ett överskott om 9,8 mnkr i
förhållande till budget" with last tertial's figure in brackets (not the amount), the improvement since
tertial 1 with its cause (a forecast change); a table per avdelning in mnkr with U+2212; bold run-in avdelningar
ending in a full stop: "Avdelningen redovisar ett överskott på 10,5 mnkr" with a part ("Av detta avser 7,2
mnkr"), "prognosen motsvarar budget" (boilerplate), a reason-only deficit (the row's "−2,2"), "får ett
överskott om 2,1 mnkr genom att", licences "0,6 mnkr högre än budgeterat"; investments "12,6 mnkr lägre än
budget" and two projects "1,4 respektive 0,9 mnkr mer än projektbudget"; a risk, an action with its effect
and loans against last year (others). The footer carries the tjänsteutlåtande's date in September.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("Kulturförvaltningen", "Tertialrapport 2 2025"),
        footer=lambda n, m: ("Tjänsteutlåtande 2025-09-16", "Dnr KUN 2025/1123", f"Sida {n} (av {m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos per avdelning 2025, mnkr",
        header=(("Avdelning", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Stadsbiblioteket", "412,3", "401,8", "10,5"),
            ("Stöd till kulturlivet", "298,6", "298,6", "0,0"),
            ("Stadsmuseet", "98,4", "100,6", "−2,2"),
            ("Kulturskolan", "231,0", "228,9", "2,1"),
            ("Administration", "64,1", "64,7", "−0,6"),
            ("Summa", "1 104,4", "1 094,6", "9,8"),
        ),
        widths=(170.0, 75.0, 75.0, 75.0),
        bold_rows=frozenset({5}),
        rules=True,
        shade=(0.9, 0.9, 0.9),
    )
    blocks = [
        Title("Tertialrapport 2 2025", size=18, font="sans-bold", after=2),
        Title("Kulturnämnden", size=12, font="sans", after=12),
        H("Sammanfattning", 2),
        P(
            "Kulturnämnden prognostiserar för 2025 ett överskott om 9,8 mnkr i förhållande till budget för "
            "verksamhetens nettokostnad (rapporterat överskott i tertialrapport 1: 4,5 mnkr).",
            C(None, "9,8 mnkr", "+", note="The bracket is the first tertial's figure, not the amount."),
        ),
        P(
            "Förbättringen med 5,3 mnkr sedan tertialrapport 1 beror främst på att öppnandet av den nya "
            "biblioteksfilialen i Hagastaden har skjutits fram till våren 2026.",
            F(None, "5,3 mnkr", "+", "periodisering"),
        ),
        table,
        H("Ekonomi per avdelning", 2),
        LP(
            "Stadsbiblioteket.",
            "Avdelningen redovisar ett överskott på 10,5 mnkr. Av detta avser 7,2 mnkr hyra och driftkostnader "
            "för den nya filialen som inte tas i bruk i år, medan resten förklaras av vakanta tjänster i samband "
            "med omorganisationen av bibliotekens ledning.",
            C(
                "Stadsbiblioteket",
                "10,5 mnkr",
                "+",
                "lokaler",
                "periodisering",
                "vakanser",
                "omstallning",
                note="The 7,2 mnkr is a part.",
            ),
        ),
        LP(
            "Stöd till kulturlivet.",
            "Verksamhetsstöd och projektstöd till det fria kulturlivet fördelas enligt plan, och prognosen "
            "motsvarar budget.",
            BP("Stöd till kulturlivet"),
        ),
        LP(
            "Stadsmuseet.",
            "Underskottet beror på kostnader för akut sanering efter en vattenläcka i ett av magasinen och på "
            "lägre entréintäkter än beräknat under sommaren.",
            C(
                "Stadsmuseet",
                "−2,2",
                "-",
                "ovrigt",
                "avgifter_intakter",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's cell. A water leak is ovrigt.",
            ),
        ),
        LP(
            "Kulturskolan.",
            "Kulturskolan får ett överskott om 2,1 mnkr genom att fler elever än budgeterat har anmält sig till "
            "avgiftsbelagda kurser, vilket ökar avgiftsintäkterna.",
            C("Kulturskolan", "2,1 mnkr", "+", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Administration.",
            "Licenskostnaderna för det nya ärendehanteringssystemet blev 0,6 mnkr högre än budgeterat.",
            C("Administration", "0,6 mnkr", "-", "it_digitalisering"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar beräknas till 38,2 mnkr, vilket är 12,6 mnkr lägre än budget. Avvikelsen beror "
            "på att upphandlingen av meröppna lösningar för tre bibliotek har överprövats.",
            C("Investeringar", "12,6 mnkr", "+", "periodisering"),
        ),
        P(
            "Upprustningen av biblioteket i Vårby gård och flytten av Kulturskolans lokaler i Skärholmen beräknas "
            "kosta 1,4 respektive 0,9 mnkr mer än projektbudget.",
            C(
                "Upprustningen av biblioteket i Vårby gård",
                "1,4",
                "-",
                unit="mnkr",
                note="Two projects in a 'respektive' pair: two items, no reasons.",
                also=(C("Flytten av Kulturskolans lokaler i Skärholmen", "0,9 mnkr", "-"),),
            ),
        ),
        H("Risker och åtgärder", 2),
        P(
            "Prognosen är osäker när det gäller höstens intäkter, som beror på besöksantalet på Stadsmuseet och "
            "i bibliotekens programverksamhet.",
            O(None, note="A risk."),
        ),
        P(
            "För att möta underskottet i Stadsmuseet har avdelningen infört ett tillfälligt inköpsstopp för "
            "förbrukningsmaterial, som beräknas minska kostnaderna med 0,3 mnkr.",
            A("Stadsmuseet", "0,3 mnkr"),
        ),
        P(
            "Antalet utlån har ökat med 4 procent jämfört med samma period 2024.",
            O("Stadsbiblioteket", note="Against last year."),
        ),
    ]
    return ReportSpec(
        file="stockholm-kun-tertialrapport-2025-08.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Kulturnämnden"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 2 2025 Kulturnämnden", "author": "Stockholms stad"},
        style=style,
        blocks=blocks,
    )
