"""Västmanland-Dalarna miljö- och byggförbund, årsredovisning 2025.

A small environmental and building-permit kommunalförbund's annual report in "tkr" with en dashes as minus
signs in its table, footer saying when the direktion adopted it (March 2026): the year's result "−412 tkr mot
ett budgeterat resultat på 0 tkr" with its reason in the next sentence (one item, the result is the amount);
a driftredovisning where costs are negative and deviations signed; bold run-in kostnadsslag ending in a full
stop: "Intäkterna blev 1 080 tkr lägre än budget", "Överskottet på 255 tkr kommer från", "160 tkr över
budget, som ersättning", a reason-only personnel surplus with a consultant (the row's "320"), a reason-only
small overrun (the row's "–77") and "Följer budget." beside a row of 10 (boilerplate); the balanskrav and
equity, a goal not met "vilket beror på vakansen" and next year's fees (others) and an action with its
effect. 6 scored causes. Liberation Serif (Times) 11 pt with Liberation Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 78.0, 72.0, 76.0),
        header=lambda n, m: ("Västmanland-Dalarna miljö- och byggförbund", "Årsredovisning 2025"),
        footer=lambda n, m: ("Fastställd av förbundsdirektionen 2026-03-19", "", f"Sida {n} av {m}"),
        header_size=8.5,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "9 850", "9 850", "0"),
            ("Avgifter miljötillsyn", "3 400", "3 655", "255"),
            ("Avgifter bygglov", "4 100", "3 020", "–1 080"),
            ("Övriga intäkter", "150", "310", "160"),
            ("Personalkostnader", "–14 200", "–13 880", "320"),
            ("Lokalkostnader", "–1 300", "–1 290", "10"),
            ("Övriga kostnader", "–2 000", "–2 077", "–77"),
            ("Årets resultat", "0", "–412", "–412"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Årsredovisning 2025", size=20, font="arial-bold", after=4),
        Title("Västmanland-Dalarna miljö- och byggförbund", size=13, font="times-italic", after=16),
        H("Förvaltningsberättelse", 1),
        P(
            "Förbundet utför tillsyn enligt miljöbalken och livsmedelslagstiftningen samt handlägger bygglov åt "
            "medlemskommunerna. Verksamheten finansieras av medlemsbidrag och av avgifter."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Förbundets resultat för 2025 blev −412 tkr mot ett budgeterat resultat på 0 tkr. Underskottet beror "
            "främst på att färre bygglovsansökningar kom in än beräknat.",
            C(
                None,
                "−412 tkr",
                "-",
                "avgifter_intakter",
                "volymer",
                note="A förbund's result against a budgeted result of zero: the result is the amount.",
            ),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        LP(
            "Avgifter bygglov.",
            "Intäkterna blev 1 080 tkr lägre än budget. Antalet bygglovsansökningar minskade med en femtedel, "
            "främst för nybyggnad av småhus, och flera större ärenden har skjutits upp av sökandena.",
            C("Avgifter bygglov", "1 080 tkr", "-", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Avgifter miljötillsyn.",
            "Överskottet på 255 tkr kommer från fler extra kontroller inom livsmedelstillsynen efter klagomål.",
            C("Avgifter miljötillsyn", "255 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Övriga intäkter.",
            "160 tkr över budget, som ersättning från länsstyrelsen för ett tillsynsprojekt om enskilda avlopp.",
            C(
                "Övriga intäkter",
                "160 tkr",
                "+",
                "statsbidrag",
                note="A project grant from the länsstyrelse: statsbidrag.",
            ),
        ),
        LP(
            "Personalkostnader.",
            "Lägre än budget eftersom en tjänst som bygglovshandläggare har varit vakant i fem månader. En del av "
            "besparingen har gått till en konsult för att hålla nere handläggningstiderna.",
            C(
                "Personalkostnader",
                "320",
                "+",
                "vakanser",
                "inhyrd_personal",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        LP(
            "Övriga kostnader.",
            "Avvikelsen är liten och beror på högre kostnader för det nya ärendehanteringssystemet.",
            C(
                "Övriga kostnader",
                "–77",
                "-",
                "it_digitalisering",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        LP("Lokalkostnader.", "Följer budget.", BP("Lokalkostnader", note="Although the row says 10.")),
        H("Investeringar", 2),
        P("Förbundet hade ingen investeringsbudget för 2025."),
        H("Balanskrav och eget kapital", 2),
        P(
            "Balanskravsresultatet är −412 tkr. Underskottet ska återställas inom tre år, och direktionen har "
            "beslutat att det ska ske under 2026 och 2027. Förbundets egna kapital uppgår efter årets resultat "
            "till 1 206 tkr.",
            O(None, note="Balanskrav and equity."),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Målet att alla livsmedelsanläggningar ska ha fått sin planerade kontroll under året uppnåddes inte, "
            "vilket beror på vakansen och på sjukfrånvaro under hösten.",
            O(None, note="A goal not met with 'beror på': other."),
        ),
        H("Förväntad utveckling", 2),
        PS(
            (
                "Inför 2026 har medlemsbidragen räknats upp med 2,8 procent och bygglovstaxan har höjts med 10 "
                "procent.",
                O(None, note="Next year's financing and fees."),
            ),
            (
                "Direktionen har dessutom beslutat att kostnaderna för konsulter ska minska med 300 tkr under "
                "2026.",
                A(None, "300 tkr", "inhyrd_personal"),
            ),
        ),
    ]
    return ReportSpec(
        file="vastmanland-dalarna-miljo-och-byggforbund-arsredovisning-2025.pdf",
        report={
            "municipality": [
                "Västmanland-Dalarna miljö- och byggförbund",
                "Kommunalförbundet Västmanland-Dalarna miljö- och byggförbund",
                "Västmanland-Dalarna miljö och bygg",
            ],
            "committee": ["Förbundsdirektionen", "Direktionen"],
            "period": ["2025", "2025-12"],
            "report_type": "årsredovisning",
        },
        metadata={
            "title": "Årsredovisning 2025",
            "author": "Västmanland-Dalarna miljö- och byggförbund",
        },
        style=style,
        blocks=blocks,
    )
