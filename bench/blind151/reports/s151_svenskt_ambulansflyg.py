"""Kommunalförbundet Svenskt Ambulansflyg, Direktionen, tertialrapport januari–april 2026.

A joint body of the regions, reporting its first tertial in mnkr, footer with the direktion's meeting date in
June: the period "5,9 mnkr sämre än periodens budget" and the full year "12,4 mnkr sämre än budgeterat" in two
sentences, the members' contributions that "följer budget" (boilerplate), a kostnadsslag table whose note says a
positive figure is better than budget, then bold run-in kostnadsslag, two of whose leads carry the amount
("Underhåll av flygplan –6,1 mnkr."), fuel "överstiger budget med 3,9 mnkr" after its reasons, revenue "1,8
mnkr högre än budget", a reason-only row (the table's "+0,9"); the change since February with its cause, an
action with a target, equity and flight numbers against last year (other). DejaVu Sans Condensed 10 pt.

The body is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("Kommunalförbundet Svenskt Ambulansflyg", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Direktionen 2026-06-05", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per kostnadsslag 2026, mnkr",
        header=(("", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "412,0", "137,3", "412,0", "0,0"),
            ("Intäkter från uppdrag", "6,5", "3,1", "8,3", "+1,8"),
            ("Personalkostnader", "-184,2", "-63,9", "-188,9", "–4,7"),
            ("Bränsle", "-38,6", "-14,2", "-42,5", "–3,9"),
            ("Underhåll av flygplan", "-71,4", "-27,8", "-77,5", "–6,1"),
            ("Lokaler och hangar", "-22,8", "-7,3", "-21,9", "+0,9"),
            ("Avskrivningar och räntor", "-98,5", "-32,9", "-98,9", "–0,4"),
            ("Resultat", "3,0", "-5,7", "-9,4", "–12,4"),
        ),
        widths=(140.0, 70.0, 76.0, 72.0, 62.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport januari–april 2026", size=19, font="cond-bold", after=2),
        Title("Kommunalförbundet Svenskt Ambulansflyg", size=12.5, font="cond", after=12),
        H("Ekonomiskt utfall", 2),
        PS(
            (
                "Förbundets resultat för perioden uppgår till −5,7 mnkr, vilket är 5,9 mnkr sämre än periodens "
                "budget.",
                C(None, "5,9 mnkr", "-", note="The period: the deviation, not the result level."),
            ),
            (
                "För helåret prognostiseras ett resultat som är 12,4 mnkr sämre än budgeterat.",
                C(None, "12,4 mnkr", "-", note="The full year in a sentence of its own."),
            ),
        ),
        P("Medlemsbidragen från regionerna följer budget.", BP("Medlemsbidrag")),
        P("Avvikelse: ett positivt tal innebär ett bättre utfall än budget.", size=8.5),
        table,
        LP(
            "Underhåll av flygplan –6,1 mnkr.",
            "Två av flygplanen har stått på verkstad längre än planerat sedan motorkomponenter behövt bytas i "
            "förtid, och priserna på reservdelar har höjts.",
            C(
                "Underhåll av flygplan",
                "–6,1 mnkr",
                "-",
                "material_hjalpmedel",
                "prisokningar",
                note="The bold run-in lead carries the amount.",
            ),
        ),
        LP(
            "Personalkostnader –4,7 mnkr.",
            "Förbundet har haft svårt att rekrytera piloter och sjuksköterskor till en av baserna, vilket har lett "
            "till omfattande övertid och till att piloter hyrts in från ett bemanningsföretag.",
            C("Personalkostnader", "–4,7 mnkr", "-", "vakanser", "overtid", "inhyrd_personal"),
        ),
        LP(
            "Bränsle.",
            "Flygbränslet har blivit dyrare än beräknat och antalet flygtimmar har ökat, så kostnaden överstiger "
            "budget med 3,9 mnkr.",
            C("Bränsle", "3,9 mnkr", "-", "prisokningar", "volymer", "material_hjalpmedel"),
        ),
        LP(
            "Intäkter.",
            "Intäkterna från uppdrag åt andra än medlemmarna blir 1,8 mnkr högre än budget.",
            C("Intäkter från uppdrag", "1,8 mnkr", "+", "avgifter_intakter"),
        ),
        LP(
            "Lokaler.",
            "Hyran för hangaren har blivit lägre än beräknat efter en omförhandling.",
            C(
                "Lokaler och hangar",
                "+0,9",
                "+",
                "lokaler",
                unit="mnkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        P(
            "Prognosen har försämrats med 4,0 mnkr sedan februari, främst på grund av motorbytena.",
            F(None, "4,0 mnkr", "-", "material_hjalpmedel"),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har gett förbundsdirektören i uppdrag att ta fram förslag till åtgärder som minskar "
            "kostnaderna med minst 5 mnkr under 2026.",
            A(None, "5 mnkr"),
        ),
        H("Eget kapital och verksamhet", 2),
        P(
            "Förbundets egna kapital uppgick vid årsskiftet till 31,2 mnkr.",
            O(None, "reserver", note="Equity: other."),
        ),
        P(
            "Antalet flyguppdrag under perioden var 1 140, 9 procent fler än samma period 2025.",
            O(None, "volymer", note="Volumes against the previous year."),
        ),
    ]
    return ReportSpec(
        file="svenskt-ambulansflyg-tertialrapport-2026-04.pdf",
        report={
            "municipality": [
                "Kommunalförbundet Svenskt Ambulansflyg",
                "Svenskt Ambulansflyg",
                "KSA",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Kommunalförbundet Svenskt Ambulansflyg",
            "author": "Kommunalförbundet Svenskt Ambulansflyg",
        },
        style=style,
        blocks=blocks,
    )
