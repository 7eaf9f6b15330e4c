"""Kalmar kommun, Kulturnämnden, verksamhetsberättelse 2025.

A culture committee's year-end verksamhetsberättelse in "miljoner kronor" and "tusen kronor", footer with the
adoption date in February: the result "ett överskott på 1,7 miljoner kronor jämfört med budget" followed by
the outcome against the interim forecast with no amount (a forecast change); a table in tkr with U+2212;
plain headings per verksamhet: "drygt en miljon kronor" in words, "en negativ avvikelse på 880 tusen kronor",
"gick med ett överskott på 1,1 miljoner kronor", a reason-only surplus (the row's "430"), "har hållit sin
budget"; two kostnadsslag in one sentence, a surplus and a deficit (two items); investments whose frame
"har använts fullt ut" (boilerplate); visits against 2024 with "beror på" and sick leave (others) and next
year's savings demand with its measure (an action). DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(70.0, 82.0, 70.0, 76.0),
        header=lambda n, m: ("Kalmar kommun", "Verksamhetsberättelse 2025 – Kulturnämnden"),
        footer=lambda n, m: ("Fastställd av kulturnämnden 2026-02-18", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Stadsbibliotek och filialer", "38 400", "37 350", "1 050"),
            ("Kulturskolan", "24 900", "25 780", "−880"),
            ("Evenemang och kulturarrangemang", "11 200", "10 100", "1 100"),
            ("Offentlig konst", "3 600", "3 600", "0"),
            ("Föreningsbidrag", "9 800", "9 370", "430"),
            ("Nämnd och administration", "6 100", "6 100", "0"),
            ("Summa", "94 000", "92 300", "1 700"),
        ),
        widths=(190.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=19, font="serif-bold", after=2),
        Title("Kulturnämnden", size=12.5, font="serif", after=12),
        H("Året i korthet", 2),
        P(
            "Kulturnämnden ansvarar för biblioteken, kulturskolan, evenemang, offentlig konst och bidrag till "
            "kulturföreningar. Under 2025 infördes meröppet på ytterligare två filialer och kulturskolan startade en "
            "ny inriktning i dans."
        ),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Kulturnämnden redovisar för 2025 ett överskott på 1,7 miljoner kronor jämfört med budget.",
                C(None, "1,7 miljoner kronor", "+"),
            ),
            (
                "Resultatet är bättre än delårsprognosen, som pekade mot ett nollresultat.",
                F(None, None, "+", note="The outcome against the interim forecast, no amount and no cause."),
            ),
        ),
        table,
        H("Verksamheternas ekonomi", 2),
        H("Stadsbibliotek och filialer", 3),
        P(
            "Biblioteken lämnar ett överskott på drygt en miljon kronor. Det beror på att filialen i Smedby var "
            "stängd i fyra månader under ombyggnaden och att två tjänster som bibliotekarie stod vakanta under hösten.",
            C(
                "Stadsbibliotek och filialer",
                "drygt en miljon kronor",
                "+",
                "ovrigt",
                "vakanser",
                value=1_000_000,
                note="An amount in words is the stated figure. A closure for renovation: ovrigt.",
            ),
        ),
        H("Kulturskolan", 3),
        P(
            "Kulturskolan har en negativ avvikelse på 880 tusen kronor. Fler elever än beräknat har fått plats i dans "
            "och musikal, vilket har krävt extra lärartimmar, samtidigt som avgiftsintäkterna blev lägre eftersom "
            "syskonrabatten utnyttjades mer än väntat.",
            C("Kulturskolan", "880 tusen kronor", "-", "volymer", "avgifter_intakter"),
        ),
        H("Evenemang och kulturarrangemang", 3),
        P(
            "Evenemangsverksamheten gick med ett överskott på 1,1 miljoner kronor, då sponsorintäkterna till "
            "Kulturnatten blev högre än budgeterat och en planerad utomhuskonsert ställdes in på grund av ovädret i "
            "augusti.",
            C(
                "Evenemang och kulturarrangemang",
                "1,1 miljoner kronor",
                "+",
                "avgifter_intakter",
                "ovrigt",
                note="Weather: ovrigt.",
            ),
        ),
        H("Föreningsbidrag", 3),
        P(
            "Färre föreningar än väntat sökte projektbidrag under året, och därför blev kostnaden lägre än budgeterat.",
            C(
                "Föreningsbidrag",
                "430",
                "+",
                "volymer",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell.",
            ),
        ),
        H("Offentlig konst", 3),
        P("Verksamheten har hållit sin budget.", BP("Offentlig konst")),
        H("Kostnadsslag", 3),
        P(
            "Personalkostnaderna blev totalt 0,6 miljoner kronor lägre än budget, vilket till största delen förklaras "
            "av vakanserna inom biblioteken, medan lokalkostnaderna blev 0,3 miljoner kronor högre till följd av "
            "hyreshöjningen för kulturskolans lokaler.",
            C(
                "Personalkostnader",
                "0,6 miljoner kronor",
                "+",
                "vakanser",
                note="Two kostnadsslag in one sentence: two items.",
                also=(C("Lokalkostnader", "0,3 miljoner kronor", "-", "lokaler"),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsram på 2,5 miljoner kronor har använts fullt ut, främst till nya system för meröppet "
            "och till möbler på stadsbiblioteket.",
            BP("Investeringar", note="The whole investment frame used: boilerplate."),
        ),
        H("Verksamhetsmått och personal", 2),
        P(
            "Antalet besök på biblioteken ökade med 7 procent jämfört med 2024, vilket beror på de längre "
            "öppettiderna med meröppet.",
            O("Stadsbibliotek och filialer", note="Visits against the previous year: other."),
        ),
        P("Sjukfrånvaron i förvaltningen var 4,8 procent, lägre än föregående år.", O(None, "sjukfranvaro")),
        H("Framtid", 2),
        P(
            "Inför 2026 har nämnden fått ett sparbeting på 1,2 miljoner kronor, som ska mötas genom att öppettiderna "
            "i filialerna ses över.",
            A(
                "Stadsbibliotek och filialer",
                "1,2 miljoner kronor",
                note="Next year's savings and its measure.",
            ),
        ),
    ]
    return ReportSpec(
        file="kalmar-kn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Kalmar",
            "committee": ["Kulturnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Kulturnämnden", "author": "Kalmar kommun"},
        style=style,
        blocks=blocks,
    )
