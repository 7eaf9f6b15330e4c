"""Solna stad, Barn- och utbildningsnämnden, månadsrapport maj 2026.

A school committee's month report in Liberation Serif with deficits in brackets in its table ("(8,8)"): the
full year "–7,2 mnkr (–5,8 mnkr i april)" (the bracket is last month's, not the amount), the period "2,4 mnkr
bättre än periodiserad budget" with a timing reason in the same sentence; plain headings per verksamhet with
the amount in varied shapes ("Grundskolans underskott är 8,8 mnkr", a surplus "på fyra och en halv miljon
kronor" in words, "överstiger budget med 2,7 mnkr (–2,2 mnkr i april)", a reason-only paragraph (the row's
"(1,9)"), "Här finns ett överskott på 1,7 mnkr" from an undistributed buffer); the change since April without a
cause, two actions as bullets, investments that "förbrukas fullt ut" (boilerplate) and pupil numbers against
last year (other). Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Solna stad", "Barn- och utbildningsnämnden"),
        footer=lambda n, m: ("Månadsrapport maj 2026", "BUN 2026/0412", f"{n}"),
        header_size=8.5,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, mnkr (underskott inom parentes)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Förskola", "612,4", "607,9", "4,5"),
            ("Grundskola", "1 045,0", "1 053,8", "(8,8)"),
            ("Gymnasieskola", "298,6", "301,3", "(2,7)"),
            ("Grundsärskola och gymnasiesärskola", "74,2", "76,1", "(1,9)"),
            ("Central förvaltning och nämnd", "58,3", "56,6", "1,7"),
            ("Summa", "2 088,5", "2 095,7", "(7,2)"),
        ),
        widths=(200.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport maj 2026", size=20, font="times-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=13, font="times", after=14),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Nämnden prognostiserar ett resultat på –7,2 mnkr (–5,8 mnkr i april) för helåret.",
            C(None, "–7,2 mnkr", "-", note="The bracket is last month's figure, not the amount."),
        ),
        P(
            "Utfallet till och med maj är 2,4 mnkr bättre än periodiserad budget, men det beror till stor del på "
            "att kostnaderna för sommarskolan och feriearbetena infaller under sommaren.",
            C(None, "2,4 mnkr", "+", "periodisering", note="The period's surplus and its timing reason."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        H("Grundskola", 3),
        P(
            "Grundskolans underskott är 8,8 mnkr. Antalet elever med omfattande stödbehov har ökat, och skolpengen "
            "till fristående skolor blir högre än budgeterat när fler elever väljer en fristående skola.",
            C("Grundskola", "8,8 mnkr", "-", "volymer", "kopt_verksamhet"),
        ),
        H("Förskola", 3),
        P(
            "Förskolan beräknas göra ett överskott på fyra och en halv miljon kronor. Färre barn är inskrivna än "
            "vad budgeten bygger på, och två avdelningar på Ängsbackens förskola har därför stängts.",
            C(
                "Förskola",
                "fyra och en halv miljon kronor",
                "+",
                "volymer",
                value=4_500_000,
                note="Amount in words.",
            ),
        ),
        H("Gymnasieskola", 3),
        P(
            "Kostnaderna för elever i andra kommuners gymnasieskolor överstiger budget med 2,7 mnkr (–2,2 mnkr i "
            "april), då fler elever än beräknat har valt program i grannkommunerna.",
            C(
                "Gymnasieskola",
                "2,7 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="Interkommunal ersättning is kopt_verksamhet; the bracket is April's.",
            ),
        ),
        H("Grundsärskola och gymnasiesärskola", 3),
        P(
            "Fler elever, varav flera behöver skolskjuts med taxi, förklarar avvikelsen.",
            C(
                "Grundsärskola och gymnasiesärskola",
                "(1,9)",
                "-",
                "volymer",
                unit="mnkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        H("Central förvaltning och nämnd", 3),
        P(
            "Här finns ett överskott på 1,7 mnkr som beror på att den centrala bufferten för oförutsedda kostnader "
            "ännu inte har fördelats.",
            C("Central förvaltning och nämnd", "1,7 mnkr", "+", "reserver"),
        ),
        H("Förändring sedan april", 2),
        P(
            "Prognosen har försämrats med 1,4 mnkr sedan april, främst inom grundskolan och gymnasieskolan.",
            F(None, "1,4 mnkr", "-", note="Areas named, no reasons: no tags."),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Grundskolornas rektorer har fått i uppdrag att minska kostnaderna för resurspersonal med 2 mnkr "
                "till och med december.",
                "Förskolans lokalbehov ses över så att tomma avdelningar kan sägas upp inför 2027.",
            ),
            labels=(
                A("Grundskola", "2 mnkr", "bemanning"),
                A("Förskola", None, "lokaler"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 12 mnkr för inventarier och digitala verktyg beräknas förbrukas fullt "
            "ut.",
            BP("Investeringar", note="The whole investment frame used: boilerplate."),
        ),
        H("Elever och barn", 2),
        P(
            "I maj hade grundskolan 120 fler elever än i maj förra året.",
            O(None, note="Pupil numbers against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="solna-bun-manadsrapport-2026-05.pdf",
        report={
            "municipality": ["Solna", "Solna stad"],
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-05"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport maj 2026", "author": "Solna stad"},
        style=style,
        blocks=blocks,
    )
