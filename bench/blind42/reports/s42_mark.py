"""Marks kommun, Kultur- och fritidsnämnden, verksamhetsberättelse 2025.

A culture and leisure committee's year-end report in Liberation Sans Narrow, footer with the adoption date
in February: the result "drygt två miljoner kronor bättre än budget" in words with its reasons in the next
sentence (one item, the stated figure), the outcome against the interim report's forecast with a reason
(forecast change), a table with last year's outcome beside budget and outcome and en dashes as minus signs;
plain headings per verksamhet: a surplus "1,5 mnkr" with a part "0,4 mnkr" that lowered it, a reason-only
surplus (the row's "580"), "betalades 480 tkr inte ut", "gick 240 tkr över budget", "För kulturskolan blev
nettokostnaden 380 tkr högre än budgeterat", "Överskottet på 230 tkr kommer av", "höll i stort sett sin
budget" (boilerplate, –20 in the table); investments with "Resterande 2,2 mnkr" unused; net cost growth
against 2024 with "beror på" (other) and next year's frame reduction met by shorter opening hours (action).
Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Marks kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden", "Fastställd 2026-02-18", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024"),),
        rows=(
            ("Nämnd och administration", "4 850", "4 620", "230", "4 510"),
            ("Bibliotek", "18 300", "18 540", "–240", "17 800"),
            ("Fritidsgårdar och ungdom", "9 700", "9 120", "580", "9 260"),
            ("Bad- och idrottsanläggningar", "27 400", "25 930", "1 470", "26 100"),
            ("Föreningsbidrag", "8 900", "8 420", "480", "8 650"),
            ("Kulturskola", "12 600", "12 980", "–380", "12 150"),
            ("Allmänkultur och evenemang", "5 200", "5 220", "–20", "5 050"),
            ("Summa", "86 950", "84 830", "2 120", "83 520"),
        ),
        widths=(150.0, 70.0, 70.0, 64.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="narrow-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=13, font="narrow", after=14),
        H("Året i korthet", 2),
        P(
            "Under året invigdes den nya konstgräsplanen i Skene, och biblioteket i Kinna firade sitt femtioårsjubileum "
            "med en veckas program. Sommarlovsaktiviteterna nådde fler barn än något tidigare år."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Kultur- och fritidsnämndens resultat för 2025 blev drygt två miljoner kronor bättre än budget. Överskottet "
            "är en följd av att simhallen i Kinna hölls stängd under tre månader för reparation av bassängen och att "
            "flera tjänster har stått vakanta under delar av året.",
            C(
                None,
                "drygt två miljoner kronor",
                "+",
                "ovrigt",
                "vakanser",
                value=2_000_000,
                note="An amount in words: the stated figure (the table says 2 120); a repair closure is ovrigt.",
            ),
        ),
        P(
            "Utfallet är 0,9 mnkr bättre än prognosen i delårsrapporten, främst för att föreningsbidragen inte "
            "betalades ut fullt ut.",
            F(None, "0,9 mnkr", "+", note="The outcome against the interim forecast."),
        ),
        table,
        H("Verksamheternas resultat", 2),
        H("Bad- och idrottsanläggningar", 3),
        P(
            "Verksamheten redovisar ett överskott på 1,5 mnkr. Simhallen i Kinna var stängd från september till "
            "november för att åtgärda ett läckage i bassängen, vilket gav lägre kostnader för personal, el och "
            "kemikalier. Lägre entréintäkter under stängningen minskade överskottet med 0,4 mnkr.",
            C(
                "Bad- och idrottsanläggningar",
                "1,5 mnkr",
                "+",
                "ovrigt",
                note="The lost entrance fees are a part; the closure for repair is the cause (ovrigt).",
            ),
        ),
        H("Fritidsgårdar och ungdom", 3),
        P(
            "Fritidsgården i Örby har haft öppet färre kvällar än planerat eftersom två tjänster som fritidsledare har "
            "varit vakanta sedan i våras. Det ger ett överskott mot budget.",
            C(
                "Fritidsgårdar och ungdom",
                "580",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="Reasons only: the row's cell.",
            ),
        ),
        H("Föreningsbidrag", 3),
        P(
            "Av budgeterade bidrag till föreningarna betalades 480 tkr inte ut, då färre föreningar än väntat sökte "
            "anläggningsbidrag och ett arrangemangsbidrag återbetalades.",
            C("Föreningsbidrag", "480 tkr", "+", "volymer"),
        ),
        H("Bibliotek", 3),
        P(
            "Biblioteken gick 240 tkr över budget. Det nya mediesystemet som har införts i hela Sjuhärad gav högre "
            "licenskostnader än beräknat.",
            C("Bibliotek", "240 tkr", "-", "it_digitalisering"),
        ),
        H("Kulturskola", 3),
        P(
            "För kulturskolan blev nettokostnaden 380 tkr högre än budgeterat, då intäkterna från elevavgifter minskade "
            "när avgiften för ett andra instrument slopades under hösten.",
            C("Kulturskola", "380 tkr", "-", "avgifter_intakter", note="The area after 'För'."),
        ),
        H("Nämnd och administration", 3),
        P(
            "Överskottet på 230 tkr kommer av färre sammanträden än planerat och därmed lägre kostnader för arvoden.",
            C("Nämnd och administration", "230 tkr", "+", "ovrigt", note="Members' fees: ovrigt."),
        ),
        H("Allmänkultur och evenemang", 3),
        P(
            "Verksamheten höll i stort sett sin budget.",
            BP("Allmänkultur och evenemang", note="–20 in the table."),
        ),
        H("Investeringar", 2),
        P(
            "Nämnden hade 3,6 mnkr i investeringsbudget, varav 1,4 mnkr har använts. Resterande 2,2 mnkr avser bytet "
            "av belysning i elljusspåret i Fritsla, som har försenats av leveransproblem, och föreslås föras över till "
            "2026.",
            C(
                "Investeringar",
                "2,2 mnkr",
                "+",
                "periodisering",
                note="The unused investment budget, written out: under-spending, positive.",
            ),
        ),
        H("Jämförelse med föregående år", 2),
        P(
            "Nettokostnaderna ökade med 1,3 mnkr jämfört med 2024, vilket främst beror på löneökningar och den nya "
            "kulturskoleverksamheten i Horred.",
            O(None, note="Net cost growth against the previous year: other."),
        ),
        H("Framtid", 2),
        P(
            "Inför 2026 har nämnden fått en ramminskning på 1,0 mnkr, som ska hanteras genom kortare öppettider på "
            "biblioteksfilialerna.",
            A("Bibliotek", "1,0 mnkr", note="A planned measure whose effect is the frame reduction."),
        ),
    ]
    return ReportSpec(
        file="mark-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Mark",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden", "author": "Marks kommun"},
        style=style,
        blocks=blocks,
    )
