"""Region Stockholm, Styrelsen för Karolinska Universitetssjukhuset, verksamhetsberättelse 2025.

A university hospital's year-end report in mnkr, footer with the styrelse's meeting date in February: the
result "342 mnkr sämre än det budgeterade resultatet" between two levels, the improvement against the
tertial forecast (forecast change, no cause); a result table in mnkr with U+2212 minus; then plain paragraphs
per post in varied shapes: revenue "gav 165 mnkr mer än budgeterat", "understiger budget med 64 mnkr" (revenue
under budget: negative), "överskred budget med 161 mnkr", a cost level before "vilket är 173 mnkr över
budget", "blev 77 mnkr högre än budget", and two posts in one sentence "avvek med −44 respektive +12 mnkr mot
budget" (two items, no reasons); investments "188 mnkr lägre än investeringsbudgeten" with the delay; two
actions, volumes against 2024 and the deficit's handling (other). DejaVu Serif Condensed 9.5 pt with DejaVu
Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.45,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Karolinska Universitetssjukhuset", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Region Stockholm", "Styrelsen 2026-02-24", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning 2025, mnkr",
        header=(("", "Budget 2025", "Utfall 2025", "Avvikelse"),),
        rows=(
            ("Ersättning enligt vårdavtal", "18 940", "19 105", "165"),
            ("Övriga intäkter", "3 210", "3 146", "−64"),
            ("Personalkostnader", "−12 480", "−12 641", "−161"),
            ("Inhyrd personal", "−95", "−268", "−173"),
            ("Läkemedel", "−2 410", "−2 487", "−77"),
            ("Material och tjänster", "−5 320", "−5 364", "−44"),
            ("Lokaler", "−1 915", "−1 903", "12"),
            ("Resultat", "−70", "−412", "−342"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=19, font="sans-bold", after=2),
        Title("Karolinska Universitetssjukhuset", size=12, font="serif-cond", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Karolinska Universitetssjukhuset redovisar för 2025 ett resultat på −412 mnkr, vilket är 342 mnkr sämre "
            "än det budgeterade resultatet på −70 mnkr.",
            C(None, "342 mnkr", "-", note="The deviation between two levels."),
        ),
        P(
            "Det är en förbättring med 58 mnkr jämfört med prognosen i tertialrapport 2.",
            F(None, "58 mnkr", "+", note="The outcome against the last forecast, no cause."),
        ),
        table,
        H("Analys av avvikelser", 2),
        P(
            "Vårdavtalet med hälso- och sjukvårdsnämnden gav 165 mnkr mer än budgeterat, främst till följd av "
            "ersättning för fler transplantationer och för den högspecialiserade barnsjukvården.",
            C("Ersättning enligt vårdavtal", "165 mnkr", "+", "volymer", "avgifter_intakter"),
        ),
        P(
            "Övriga intäkter understiger budget med 64 mnkr. Antalet utomlänspatienter minskade när flera regioner "
            "tog hem vård inom thoraxkirurgin.",
            C(
                "Övriga intäkter",
                "64 mnkr",
                "-",
                "volymer",
                "avgifter_intakter",
                note="Revenue under budget.",
            ),
        ),
        P(
            "Personalkostnaderna överskred budget med 161 mnkr. Löneöversynen 2025 blev dyrare än budgeterat för "
            "sjuksköterskor och barnmorskor, och övertiden ökade inom akut- och intensivvården under sommaren.",
            C("Personalkostnader", "161 mnkr", "-", "lonekostnader", "overtid"),
        ),
        P(
            "Kostnaden för inhyrd personal blev 268 mnkr, vilket är 173 mnkr över budget. Den inhyrda personalen har "
            "främst behövts för att hålla vårdplatser öppna inom intensivvården och barnsjukvården.",
            C(
                "Inhyrd personal",
                "173 mnkr",
                "-",
                "inhyrd_personal",
                "bemanning",
                note="The cost level (268) is not the deviation.",
            ),
        ),
        P(
            "Läkemedelskostnaderna blev 77 mnkr högre än budget. Ökningen förklaras av nya behandlingar inom "
            "hematologi och av att fler patienter fått CAR-T-behandling.",
            C("Läkemedel", "77 mnkr", "-", "material_hjalpmedel", "volymer"),
        ),
        Para(
            (
                (
                    "Material och tjänster samt lokalkostnader avvek med −44 respektive +12 mnkr mot budget.",
                    C(
                        "Material och tjänster",
                        "−44",
                        "-",
                        unit="mnkr",
                        note="A 'respektive' pair with signs and no reasons: two items, same text.",
                        also=(C("Lokaler", "+12 mnkr", "+"),),
                    ),
                ),
            )
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna uppgick till 612 mnkr, vilket är 188 mnkr lägre än investeringsbudgeten på 800 "
            "mnkr. Utbytet av strålbehandlingsutrustning och delar av den medicintekniska ersättningsanskaffningen "
            "har förskjutits till 2026.",
            C("Investeringar", "188 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Åtgärder", 2),
        P(
            "Under året har sjukhuset infört anställningsprövning för administrativa tjänster och en central "
            "beställningsfunktion för inhyrd personal. Åtgärderna bedöms ha minskat kostnaderna med 95 mnkr under "
            "2025.",
            A(None, "95 mnkr", "bemanning", "inhyrd_personal"),
        ),
        P(
            "Inför 2026 har styrelsen beslutat om en handlingsplan för ekonomi i balans med ett sparbeting på 250 mnkr.",
            A(None, "250 mnkr"),
        ),
        H("Produktion och ekonomisk ställning", 2),
        P(
            "Antalet vårdtillfällen ökade med 1,8 procent jämfört med 2024, medan antalet öppenvårdsbesök låg kvar "
            "på samma nivå.",
            O(None, "volymer", note="Volumes against the previous year."),
        ),
        P(
            "Sjukhusets negativa resultat täcks inte av eget kapital, och regionfullmäktige beslutar om hanteringen "
            "i samband med årsredovisningen.",
            O(None, "reserver", note="Equity and the deficit's handling."),
        ),
    ]
    return ReportSpec(
        file="region-stockholm-karolinska-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Region Stockholm",
            "committee": [
                "Styrelsen för Karolinska Universitetssjukhuset",
                "Karolinska Universitetssjukhuset",
            ],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Karolinska Universitetssjukhuset",
            "author": "Region Stockholm",
        },
        style=style,
        blocks=blocks,
    )
