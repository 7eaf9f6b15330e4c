"""Helsingborgs stad, Socialnämnden, tertialrapport 1 2026.

A social committee's tertial report in "miljoner kronor" with a table in tkr whose deficits carry a trailing
minus ("8 800-"), footer with the date of the nämnd's meeting in May: the period "2,3 miljoner kronor lägre än
periodiserad budget" (a positive deviation of a net cost), the full year's "underskott om 11,6 miljoner kronor"
in the next paragraph and the period's timing reason in a third (amount null); a reading note for the table;
bold run-in verksamheter with a colon: placements with an action in the same paragraph (its own item),
bought addiction care "5,3 miljoner kronor över budget" followed by two sub-areas as a "respektive" pair (their
own items), a reason-only surplus (the row's "2 300"), "bedöms följa budget" (boilerplate) and "Ett mindre
överskott, 0,2 miljoner kronor"; the change since February with its cause; an action and sick leave against
last year (other). DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

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
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Helsingborgs stad | Socialförvaltningen", ""),
        footer=lambda n, m: ("Socialnämnden 2026-05-21", "Tertialrapport 1 2026", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet 2026",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Barn och unga", "412 300", "421 100", "8 800-"),
            ("Vuxna", "188 600", "193 900", "5 300-"),
            ("Mottagning och utredning", "96 400", "94 100", "2 300"),
            ("Socialjour", "21 700", "21 700", "0"),
            ("Nämnd och ledning", "38 900", "38 700", "200"),
            ("Summa", "757 900", "769 500", "11 600-"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="cond-bold", after=2),
        Title("Socialnämnden", size=12.5, font="cond", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Socialnämndens utfall för januari–april är 2,3 miljoner kronor lägre än periodiserad budget.",
            C(None, "2,3 miljoner kronor", "+", note="A net cost below the periodised budget: positive."),
        ),
        P(
            "För helåret räknar förvaltningen däremot med ett underskott om 11,6 miljoner kronor.",
            C(None, "11,6 miljoner kronor", "-"),
        ),
        P(
            "Att perioden ser bättre ut än helåret hänger samman med att flera nya placeringar påbörjades först i "
            "april och att ett statsbidrag har betalats ut i förskott.",
            C(
                None,
                None,
                "+",
                "periodisering",
                "statsbidrag",
                note="The period surplus's reason in a paragraph of its own: amount null.",
            ),
        ),
        P("Tabellen redovisas i tusen kronor. Underskott markeras med minustecken efter beloppet.", size=8.5),
        table,
        H("Verksamheternas prognoser", 2),
        LP(
            "Barn och unga:",
            "Underskottet på 8,8 miljoner kronor kommer från placeringar i HVB och familjehem, där både antalet "
            "placerade barn och dygnskostnaderna har ökat.",
            C("Barn och unga", "8,8 miljoner kronor", "-", "kopt_verksamhet", "volymer", "prisokningar"),
            (
                "Under våren har fyra nya egna familjehem rekryterats, vilket på sikt väntas minska kostnaden med "
                "1,5 miljoner kronor per år.",
                A("Barn och unga", "1,5 miljoner kronor", "kopt_verksamhet"),
            ),
        ),
        LP(
            "Vuxna:",
            "Köpt vård för vuxna med missbruk ligger 5,3 miljoner kronor över budget, eftersom fler personer än "
            "tidigare har placerats enligt LVM.",
            C("Vuxna", "5,3 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
            (
                "Inom verksamheten visar skyddat boende och öppenvården underskott på 3,9 respektive 1,4 miljoner "
                "kronor.",
                C(
                    "Skyddat boende",
                    "3,9",
                    "-",
                    unit="mnkr",
                    note="Sub-areas inside another area's paragraph: their own items ('respektive').",
                    also=(C("Öppenvården", "1,4 miljoner kronor", "-"),),
                ),
            ),
        ),
        LP(
            "Mottagning och utredning:",
            "Flera socialsekreterartjänster har varit vakanta under perioden och har bara delvis ersatts med "
            "konsulter.",
            C(
                "Mottagning och utredning",
                "2 300",
                "+",
                "vakanser",
                "inhyrd_personal",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        LP("Socialjour:", "Verksamheten bedöms följa budget.", BP("Socialjour")),
        LP(
            "Nämnd och ledning:",
            "Ett mindre överskott, 0,2 miljoner kronor, till följd av lägre kostnader för licenser.",
            C("Nämnd och ledning", "0,2 miljoner kronor", "+", "it_digitalisering"),
        ),
        H("Förändring sedan februari", 2),
        P(
            "Prognosen är 3,4 miljoner kronor sämre än i februari. Förändringen förklaras av två nya placeringar av "
            "ungdomar enligt LVU.",
            F(None, "3,4 miljoner kronor", "-", "kopt_verksamhet"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen går igenom samtliga externa placeringar av vuxna för att pröva om insatserna kan ges på "
            "hemmaplan.",
            A("Vuxna", None, "kopt_verksamhet"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 7,9 procent under perioden, jämfört med 8,6 procent under samma period 2025. "
            "Nedgången beror främst på färre korta sjukskrivningar.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="helsingborg-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Helsingborg", "Helsingborgs stad"],
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Helsingborgs stad"},
        style=style,
        blocks=blocks,
    )
