"""Region Halland, Driftnämnden Regionservice, delårsrapport januari–augusti 2025.

A service organisation's interim report in mnkr, footer with the driftnämnd's meeting date in September:
the period "9,2 mnkr bättre än budget för perioden" and the full year "ett överskott mot budget på 6,5 mnkr"
in separate sentences, the change since April with its cause; a result table whose last column is each row's
comment: reason-only comments taking their row's cell ("6,9", "−2,6", "3,8"), a comment that names its own
amount ("Avvikelsen på −1,7 mnkr beror på"), "Enligt budget." (boilerplate) and a row with no comment; sick
leave against last year with "beror på" (other), investments "Av årets investeringsram på 64 mnkr beräknas
41 mnkr användas" (23 mnkr never written out), an action with its effect and a risk. DejaVu Sans Condensed
9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        header=lambda n, m: ("Region Halland", "Regionservice"),
        footer=lambda n, m: ("Delårsrapport augusti 2025", "Driftnämnden Regionservice 2025-09-25", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhetsområde, mnkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Fastighet", "412,0", "405,1", "6,9"),
                "Lägre kostnader för el och uppvärmning än budgeterat samt ett senarelagt underhållsprojekt vid "
                "sjukhuset i Varberg.",
                C(
                    "Fastighet",
                    "6,9",
                    "+",
                    "prisokningar",
                    "periodisering",
                    unit="mnkr",
                    table=True,
                    note="A reason-only comment: the row's deviation cell.",
                ),
            ),
            (
                ("Måltidsservice", "86,4", "89,0", "−2,6"),
                "Livsmedelspriserna har ökat mer än budgeterat och antalet portioner till sjukhusen är färre än "
                "beräknat, vilket ger lägre intäkter.",
                C(
                    "Måltidsservice",
                    "−2,6",
                    "-",
                    "prisokningar",
                    "volymer",
                    "avgifter_intakter",
                    unit="mnkr",
                    table=True,
                ),
            ),
            (
                ("Transport och logistik", "54,2", "55,9", "−1,7"),
                "Avvikelsen på −1,7 mnkr beror på dyrare drivmedel och reparationer av två lastbilar.",
                C(
                    "Transport och logistik",
                    "−1,7 mnkr",
                    "-",
                    "material_hjalpmedel",
                    note="The comment names its own amount. Fuel and vehicles are material_hjalpmedel.",
                ),
            ),
            (
                ("IT-drift", "198,6", "194,8", "3,8"),
                "Vakanser inom driftteamet och ett senarelagt byte av nätverksutrustning.",
                C(
                    "IT-drift",
                    "3,8",
                    "+",
                    "vakanser",
                    "periodisering",
                    "it_digitalisering",
                    unit="mnkr",
                    table=True,
                ),
            ),
            (("Regionarkiv", "12,1", "12,1", "0,0"), "Enligt budget.", BP("Regionarkiv")),
            (("Ledning och stab", "22,3", "22,2", "0,1"), "", None),
            (("Summa", "785,6", "779,1", "6,5"), "", None),
        ),
        widths=(118.0, 48.0, 48.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="cond-bold", after=2),
        Title("Driftnämnden Regionservice", size=12, font="cond", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Regionservice redovisar ett resultat för januari–augusti på 14,2 mnkr, vilket är 9,2 mnkr bättre "
                "än budget för perioden.",
                C(None, "9,2 mnkr", "+", note="The period against budget."),
            ),
            (
                "För helåret prognostiseras ett överskott mot budget på 6,5 mnkr.",
                C(None, "6,5 mnkr", "+", note="The full year in a sentence of its own: its own item."),
            ),
            (
                "Det är en förbättring med 2,0 mnkr jämfört med prognosen i april, som främst förklaras av lägre "
                "elpriser.",
                F(None, "2,0 mnkr", "+", "prisokningar"),
            ),
        ),
        table,
        H("Personal", 2),
        P(
            "Sjukfrånvaron har minskat till 5,1 procent från 5,9 procent samma period förra året, vilket främst "
            "beror på färre långa sjukfall inom måltidsservice.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsram på 64 mnkr beräknas 41 mnkr användas. Avvikelsen beror på att upphandlingen "
            "av nya diskmaskiner till centralköket har överprövats.",
            C(
                "Investeringar",
                "investeringsram på 64 mnkr beräknas 41 mnkr",
                "+",
                "periodisering",
                value=23_000_000,
                note="Investment under-spending of 23 mnkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder och risker", 2),
        P(
            "För att motverka underskottet inom måltidsservice ses menyerna över och svinnet ska minska, med en "
            "beräknad effekt på 0,8 mnkr på helår.",
            A("Måltidsservice", "0,8 mnkr"),
        ),
        P(
            "Elpriserna under vintern är den största osäkerheten i prognosen.",
            O("Fastighet", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="region-halland-regionservice-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Region Halland",
            "committee": ["Driftnämnden Regionservice", "Regionservice"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport augusti 2025 Driftnämnden Regionservice",
            "author": "Region Halland",
        },
        style=style,
        blocks=blocks,
    )
