"""Helsingborgs stad, Skol- och fritidsnämnden, delårsrapport per augusti 2025.

A school and leisure committee's interim report in "mnkr" and tkr with en dashes as minus signs, set in DejaVu
Sans Condensed, whose footer carries the nämnd's meeting date in September: the period "11,4 mnkr lägre än
periodiserad budget" and the full year "–7,5 mnkr" in one sentence (one cause, the full year's amount), the
period surplus's timing reason in a sentence of its own (amount null); a verksamhet table in tkr; bold run-in
verksamheter ending in a full stop ("Grundskola.") in varied shapes: "beräknas överskrida budgeten med 8,4
mnkr" with a part ("5,1 mnkr") in the next sentence, "Prognosen är –3,2 mnkr", reasons first and "Sammantaget
ger det ett överskott på 1,7 mnkr" last, a reason-only surplus (the row's "600"), "bedöms hålla sin budget"
(boilerplate) and an undistributed central buffer (reserver); premises "2,3 mnkr högre än budget" (a
kostnadsslag passage); the change since April; investments "förbrukas fullt ut" (boilerplate); two actions and
goal fulfilment (other). 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(64.0, 80.0, 64.0, 72.0),
        header=lambda n, m: ("Helsingborgs stad", "Skol- och fritidsnämnden"),
        footer=lambda n, m: ("Delårsrapport januari–augusti 2025", "Nämndsammanträde 2025-09-23", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Grundskola", "1 412 300", "1 420 700", "–8 400"),
            ("Grundsärskola", "96 500", "99 700", "–3 200"),
            ("Fritidshem", "188 900", "187 200", "1 700"),
            ("Fritidsgårdar och mötesplatser", "54 200", "53 600", "600"),
            ("Kulturskola", "38 400", "38 400", "0"),
            ("Förvaltningsgemensamt", "71 800", "70 000", "1 800"),
            ("Summa", "1 862 100", "1 869 600", "–7 500"),
        ),
        widths=(180.0, 76.0, 76.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        shade=(0.85, 0.9, 0.95),
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="cond-bold", after=2),
        Title("Skol- och fritidsnämnden", size=12, font="cond", after=12),
        H("Ekonomiskt utfall och prognos", 2),
        P(
            "Skol- och fritidsnämnden redovisar ett utfall för januari–augusti som är 11,4 mnkr lägre än "
            "periodiserad budget, samtidigt som helårsprognosen visar ett underskott på –7,5 mnkr.",
            C(
                None,
                "–7,5 mnkr",
                "-",
                note="The period and the full year in one sentence: one item with the full year's amount.",
            ),
        ),
        P(
            "Periodens överskott beror främst på att höstterminens kostnader för skolmåltider och läromedel "
            "faktureras först i september.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason apart from its amount: a cause with amount null.",
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Grundskola.",
            "Verksamheten beräknas överskrida budgeten med 8,4 mnkr. Elevantalet har ökat mer än vad budgeten "
            "förutsåg, och kostnaderna för elever i fristående skolor och i andra kommuner blir 5,1 mnkr högre "
            "än budgeterat.",
            C(
                "Grundskola",
                "8,4 mnkr",
                "-",
                "volymer",
                "kopt_verksamhet",
                note="The total in the first sentence; the 5,1 mnkr in the next is a part.",
            ),
        ),
        LP(
            "Grundsärskola.",
            "Prognosen är –3,2 mnkr, vilket förklaras av att fler elever än budgeterat har behov av skolskjuts "
            "och elevassistent.",
            C("Grundsärskola", "–3,2 mnkr", "-", "volymer"),
        ),
        LP(
            "Fritidshem.",
            "Intäkterna från föräldraavgifter är högre än budgeterat, samtidigt som personalkostnaderna är lägre "
            "på grund av vakanser. Sammantaget ger det ett överskott på 1,7 mnkr.",
            C(
                "Fritidshem",
                "1,7 mnkr",
                "+",
                "avgifter_intakter",
                "vakanser",
                note="Reasons first, amount last.",
            ),
        ),
        LP(
            "Fritidsgårdar och mötesplatser.",
            "Ett statsbidrag för sommarlovsaktiviteter som inte var budgeterat förklarar överskottet.",
            C(
                "Fritidsgårdar och mötesplatser",
                "600",
                "+",
                "statsbidrag",
                unit="tkr",
                table=True,
                note="A reason-only passage: the table row's cell.",
            ),
        ),
        LP("Kulturskola.", "Verksamheten bedöms hålla sin budget.", BP("Kulturskola")),
        LP(
            "Förvaltningsgemensamt.",
            "Här finns en central buffert på 1,8 mnkr som inte har fördelats och som bedöms vara oförbrukad vid "
            "årets slut.",
            C(
                "Förvaltningsgemensamt",
                "1,8 mnkr",
                "+",
                "reserver",
                note="An undistributed buffer as the surplus: reserver.",
            ),
        ),
        H("Lokaler", 3),
        P(
            "Lokalkostnaderna blir 2,3 mnkr högre än budget, eftersom hyresavtalet för de tillfälliga "
            "paviljongerna vid en av skolorna i Mariastaden har förlängts ett år.",
            C(
                "Lokalkostnader",
                "2,3 mnkr",
                "-",
                "lokaler",
                note="A kostnadsslag passage beside the verksamheter.",
            ),
        ),
        H("Jämfört med prognosen i april", 2),
        P(
            "Helårsprognosen har förbättrats med 2,0 mnkr sedan april, eftersom statsbidraget för ökad "
            "likvärdighet blev högre än beräknat.",
            F(None, "2,0 mnkr", "+", "statsbidrag"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 42 mnkr beräknas förbrukas fullt ut.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Inom grundskolan genomförs en översyn av organisationen på de skolor som har minskande "
                "elevunderlag.",
                A("Grundskola", None, "omstallning"),
            ),
            (
                "Anställningsstopp för administrativa tjänster gäller från och med september och beräknas ge en "
                "besparing på 0,8 mnkr under hösten.",
                A(None, "0,8 mnkr", "bemanning"),
            ),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Andelen elever i årskurs 9 som når kunskapskraven i alla ämnen ökade till 78 procent, från 75 "
            "procent föregående läsår.",
            O(None, note="Goal fulfilment against the previous year."),
        ),
    ]
    return ReportSpec(
        file="helsingborg-sfn-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Helsingborg", "Helsingborgs stad"],
            "committee": ["Skol- och fritidsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport augusti 2025 Skol- och fritidsnämnden",
            "author": "Helsingborgs stad",
        },
        style=style,
        blocks=blocks,
    )
