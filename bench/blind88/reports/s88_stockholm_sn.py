"""Stockholms stad, Socialnämnden, tertialrapport 2 2025 (januari–augusti).

A social committee's tertial report in tkr and mnkr, footer with the nämnd's meeting date in September: the
full year "ett underskott om 4,9 mnkr, motsvarande 0,6 procent av budgeten" (the percentage is not the
amount), the period "2,3 mnkr lägre än den periodiserade budgeten" with its timing reason in the same
sentence (positive), the change since tertial report 1 with its cause; a comment table whose deviation
column uses a hyphen-minus ("-8 400"), where one comment names its own amount in the text, reason-only
comments take their cells, "Prognos enligt budget" is boilerplate and one row has no comment; a revenue
paragraph by account group (a state grant "3,2 mnkr högre än budget") and personnel "1,4 mnkr lägre än
budget", sick leave against last year (other), investments that "beräknas användas
fullt ut" (boilerplate), an action with a full-year effect and a risk (other). DejaVu Serif 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(62.0, 80.0, 62.0, 74.0),
        header=lambda n, m: ("Socialförvaltningen", "Tertialrapport 2 2025"),
        footer=lambda n, m: ("Stockholms stad", "Socialnämnden 2025-09-23", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Boendeverksamhet", "142 300", "150 700", "-8 400"),
                "Fler hushåll än beräknat har behövt akutboende, och förvaltningen har köpt 30 extra "
                "härbärgesplatser av ideella aktörer sedan maj. Köpta platser svarar för 6,1 mnkr av underskottet.",
                C(
                    "Boendeverksamhet",
                    "-8 400",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    unit="tkr",
                    table=True,
                    note="The comment names only a part (6,1 mnkr): the row's cell is the amount.",
                ),
            ),
            (
                ("Socialjouren", "48 600", "50 700", "-2 100"),
                "Övertid och timvikarier under sommaren när flera socialsekreterare var sjukskrivna.",
                C(
                    "Socialjouren",
                    "-2 100",
                    "-",
                    "overtid",
                    "vikarier",
                    "sjukfranvaro",
                    unit="tkr",
                    table=True,
                    note="Reason only: the row's cell.",
                ),
            ),
            (
                ("Beroendevård", "61 900", "58 300", "3 600"),
                "Vakanta läkartjänster och lägre kostnader för köpt avgiftning ger ett överskott på 3,6 mnkr.",
                C(
                    "Beroendevård",
                    "3,6 mnkr",
                    "+",
                    "vakanser",
                    "kopt_verksamhet",
                    note="The comment names the amount.",
                ),
            ),
            (
                ("Stöd till våldsutsatta", "37 200", "37 200", "0"),
                "Prognos enligt budget.",
                BP("Stöd till våldsutsatta"),
            ),
            (
                ("Föreningsbidrag", "29 500", "28 400", "1 100"),
                "Två organisationer har inte sökt sina bidrag för hösten.",
                C("Föreningsbidrag", "1 100", "+", "volymer", unit="tkr", table=True),
            ),
            (
                ("Förvaltningsledning", "24 800", "23 900", "900"),
                "",
                None,
            ),
        ),
        widths=(108.0, 52.0, 52.0, 56.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 2 2025", size=18, font="serif-bold", after=2),
        Title("Socialnämnden, Stockholms stad", size=12, font="serif", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Socialnämnden prognostiserar för helåret ett underskott om 4,9 mnkr, motsvarande 0,6 procent av "
            "budgeten.",
            C(None, "4,9 mnkr", "-", note="The percentage of the budget is not the amount."),
        ),
        P(
            "Utfallet per augusti är 2,3 mnkr lägre än den periodiserade budgeten, vilket främst beror på att "
            "statsbidraget för arbetet mot hemlöshet betalades ut i sin helhet i juni.",
            C(
                None,
                "2,3 mnkr",
                "+",
                "periodisering",
                "statsbidrag",
                note="Net cost under the periodised budget: a positive period deviation.",
            ),
        ),
        P(
            "Jämfört med tertialrapport 1 har prognosen försämrats med 1,8 mnkr, främst till följd av fler hushåll "
            "på akutboenden.",
            F(None, "1,8 mnkr", "-", "volymer"),
        ),
        H("Prognos per verksamhet, tkr", 3),
        table,
        H("Intäkter", 3),
        P(
            "Intäkterna blir 3,2 mnkr högre än budget tack vare ett statsbidrag från Socialstyrelsen för arbetet "
            "mot hemlöshet som inte var budgeterat.",
            C(
                "Intäkter",
                "3,2 mnkr",
                "+",
                "statsbidrag",
                note="An account group explained beside the table.",
            ),
        ),
        H("Personalkostnader", 3),
        P(
            "Personalkostnaderna för nämnden som helhet beräknas bli 1,4 mnkr lägre än budget, vilket beror på "
            "vakanta tjänster inom beroendevården och förvaltningens stab.",
            C(
                "Personalkostnader",
                "1,4 mnkr",
                "+",
                "vakanser",
                note="An account group explained beside the table.",
            ),
        ),
        P(
            "Sjukfrånvaron har minskat till 6,8 procent jämfört med 7,5 procent under samma period 2024, vilket "
            "främst beror på färre långa sjukskrivningar.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
        H("Investeringar", 3),
        P(
            "Investeringsbudgeten om 2,0 mnkr för inventarier till det nya stödboendet i Hägersten beräknas "
            "användas fullt ut.",
            BP("Investeringar"),
        ),
        H("Åtgärder och risker", 2),
        PS(
            (
                "Förvaltningen omförhandlar avtalen om köpta härbärgesplatser, vilket bedöms ge en helårseffekt på "
                "1,5 mnkr från 2026.",
                A("Boendeverksamhet", "1,5 mnkr", "kopt_verksamhet"),
            ),
            (
                "Det finns en risk att behovet av skyddat boende ökar under hösten, vilket inte ingår i prognosen.",
                O("Stöd till våldsutsatta", note="A risk: other."),
            ),
        ),
    ]
    return ReportSpec(
        file="stockholm-sn-tertialrapport-2025-08.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Socialnämnden"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 2 2025 Socialnämnden",
            "author": "Stockholms stad, socialförvaltningen",
        },
        style=style,
        blocks=blocks,
    )
