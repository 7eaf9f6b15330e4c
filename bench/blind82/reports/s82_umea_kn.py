"""Umeå kommun, Kulturnämnden, verksamhetsberättelse 2025.

A culture committee's year-end report in tkr with deficits as a minus separated by a space ("- 850"), footer
with the nämnd's meeting date in February 2026: the result "+2 140 tkr jämfört med budget", the change against
the interim report's forecast with its cause, net cost growth against 2024 with "beror på" (other), a table
per verksamhet; plain headings whose paragraphs name the area in varied ways: "Inom biblioteksverksamheten
blev utfallet 1,1 mnkr bättre än budget" (a renovation closure and vacancies), "översteg budget med 850 tkr"
at the end of a sentence whose subject is the cause, "Ett överskott på drygt en miljon kronor" in words, the
kulturskola's "litet underskott, 110 tkr", grants that "följer budget" (boilerplate), a reason-only nämnd
surplus (the row's "860"); investments "6,5 mnkr och förbrukade 4,1 mnkr" (2,4 never written out), an action
for 2026, the surplus carried over and library visits against last year (others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Umeå kommun", "Verksamhetsberättelse 2025 – Kulturnämnden"),
        footer=lambda n, m: ("Kulturnämnden 2026-02-18", "", f"{n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Bibliotek", "78 400", "77 300", "1 100"),
            ("Kulturscener och evenemang", "41 200", "42 050", "- 850"),
            ("Museer och konst", "36 900", "35 760", "1 140"),
            ("Kulturskola", "32 600", "32 710", "- 110"),
            ("Stöd till föreningar", "18 300", "18 300", "0"),
            ("Nämnd och ledning", "9 100", "8 240", "860"),
            ("Summa", "216 500", "214 360", "2 140"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=19, font="sans-bold", after=2),
        Title("Kulturnämnden", size=12.5, font="sans", after=12),
        H("Ekonomiskt utfall", 2),
        P(
            "Kulturnämnden redovisar för 2025 ett resultat på +2 140 tkr jämfört med budget.",
            C(None, "+2 140 tkr", "+"),
        ),
        P(
            "Resultatet är 1 540 tkr bättre än prognosen i delårsrapporten. Förbättringen förklaras av att hyran för "
            "den tillfälliga utställningshallen blev lägre än beräknat under hösten.",
            F(None, "1 540 tkr", "+", "lokaler", note="The outcome against the interim forecast."),
        ),
        P(
            "Nämndens nettokostnad ökade med 4,8 procent jämfört med 2024, vilket främst beror på det nya avtalet "
            "om scenkonst för barn och unga.",
            O(None, note="Net cost growth against the previous year: other."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        H("Bibliotek", 3),
        P(
            "Inom biblioteksverksamheten blev utfallet 1,1 mnkr bättre än budget, eftersom en av filialerna hölls "
            "stängd under fyra månader för renovering och flera tjänster stod vakanta.",
            C("Bibliotek", "1,1 mnkr", "+", "ovrigt", "vakanser", note="A closure for renovation is ovrigt."),
        ),
        H("Kulturscener och evenemang", 3),
        P(
            "Höjda säkerhetskostnader vid stadsfesten och ett uteblivet sponsorbidrag gjorde att verksamheten "
            "översteg budget med 850 tkr.",
            C("Kulturscener och evenemang", "850 tkr", "-", "ovrigt", "avgifter_intakter"),
        ),
        H("Museer och konst", 3),
        P(
            "Ett överskott på drygt en miljon kronor uppstod när den stora sommarutställningen flyttades till 2026.",
            C(
                "Museer och konst",
                "drygt en miljon kronor",
                "+",
                "periodisering",
                value=1_000_000,
                note="An amount in words with 'drygt' is the stated figure.",
            ),
        ),
        H("Kulturskola", 3),
        P(
            "Kulturskolan gick med ett litet underskott, 110 tkr, efter att terminsavgifterna sänktes i augusti.",
            C("Kulturskola", "110 tkr", "-", "avgifter_intakter"),
        ),
        H("Stöd till föreningar", 3),
        P("Bidragen till föreningar och studieförbund följer budget.", BP("Stöd till föreningar")),
        H("Nämnd och ledning", 3),
        P(
            "Nämndens egna kostnader blev lägre än budgeterat, främst för arvoden och konferenser.",
            C(
                "Nämnd och ledning",
                "860",
                "+",
                "ovrigt",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell. Members' fees are ovrigt.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämnden hade en investeringsbudget på 6,5 mnkr och förbrukade 4,1 mnkr. Inköpen av ny scenteknik har "
            "skjutits till 2026.",
            C(
                "Investeringar",
                "6,5 mnkr och förbrukade 4,1 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=2_400_000,
                note="Investment under-spending of 2,4 mnkr, never written out: the computed value.",
            ),
        ),
        H("Inför 2026", 2),
        P(
            "Nämnden har beslutat att minska antalet egenproducerade evenemang 2026, vilket väntas sänka kostnaderna "
            "med 600 tkr.",
            A("Kulturscener och evenemang", "600 tkr"),
        ),
        P(
            "Enligt kommunens regler för resultatöverföring får nämnden föra över 1 070 tkr av överskottet till 2026.",
            O(None, "reserver", note="The surplus carried over: a reserve statement."),
        ),
        P(
            "Biblioteken hade 812 000 besök under året, 6 procent färre än 2024, vilket beror på renoveringen.",
            O("Bibliotek", "volymer", note="Visits against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="umea-kn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Umeå",
            "committee": ["Kulturnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Kulturnämnden", "author": "Umeå kommun"},
        style=style,
        blocks=blocks,
    )
