"""Hedemora kommun, Samhällsbyggnadsnämnden, tjänsteskrivelse: ekonomisk uppföljning per maj 2026.

A technical committee's cover letter in Liberation Serif, dated in June with a diarienummer in the header: the
decision proposal (unlabelled), the tax-financed result "överskrider budgetramen med 2 350 tkr" with snow and
electricity prices in the next sentence, the fee-financed refuse collection "ett överskott på 480 tkr, som förs
till renhållningsfonden"; a result table whose last column is each row's comment: one comment that names its
own amount ("2 450 tkr mer än budgeterat"), reason-only comments that take their cells ("-420", "300", "220"),
"Prognos enligt budget." (boilerplate), a row with no comment and a sum row; building-permit revenue against last
year that "ändå når budget" (other); investments as budget, forecast and "en avvikelse på 9,5 mnkr" in one
paragraph with the delayed project, a street project that "beräknas överskrida projektbudgeten med 1 150 tkr";
an action with its effect and a weather risk (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(70.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Hedemora kommun", "Dnr SBN 2026/118"),
        footer=lambda n, m: ("Samhällsbyggnadsförvaltningen, 2026-06-04", "", f"Sida {n} av {m}"),
        header_size=8.5,
        rule_under_header=False,
    )
    table = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Gator och vägar", "14 200", "16 650", "-2 450"),
                "Vinterväghållningen har kostat 2 450 tkr mer än budgeterat efter de stora snömängderna i januari "
                "och februari.",
                C(
                    "Gator och vägar",
                    "2 450 tkr",
                    "-",
                    "ovrigt",
                    note="The comment names its own amount. Snow: ovrigt.",
                ),
            ),
            (
                ("Gatubelysning", "3 100", "3 520", "-420"),
                "Högre elpris än budgeterat.",
                C(
                    "Gatubelysning",
                    "-420",
                    "-",
                    "prisokningar",
                    unit="tkr",
                    table=True,
                    note="A reason-only comment: the row's cell.",
                ),
            ),
            (
                ("Parker och grönområden", "6 800", "6 500", "300"),
                "Vakant tjänst som parkarbetare under våren.",
                C("Parker och grönområden", "300", "+", "vakanser", unit="tkr", table=True),
            ),
            (("Fastigheter", "42 600", "42 600", "0"), "Prognos enligt budget.", BP("Fastigheter")),
            (
                ("Bostadsanpassning", "4 500", "4 280", "220"),
                "Färre ärenden om bostadsanpassning än beräknat.",
                C("Bostadsanpassning", "220", "+", "volymer", unit="tkr", table=True),
            ),
            (("Plan och bygglov", "2 900", "2 900", "0"), "", None),
            (("Summa", "74 100", "76 450", "-2 350"), "", None),
        ),
        widths=(112.0, 50.0, 50.0, 54.0),
        size=9.0,
    )
    blocks = [
        Title("Tjänsteskrivelse", size=17, font="times-bold", after=4),
        Title(
            "Ekonomisk uppföljning per maj 2026, Samhällsbyggnadsnämnden",
            size=13,
            font="times-bold",
            after=12,
        ),
        H("Förslag till beslut", 2),
        P(
            "Samhällsbyggnadsnämnden godkänner den ekonomiska uppföljningen per maj 2026 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        P(
            "Samhällsbyggnadsnämndens skattefinansierade verksamhet visar en prognos som överskrider budgetramen med "
            "2 350 tkr. Det negativa utfallet beror huvudsakligen på kostnaderna för vinterväghållningen under den "
            "snörika vintern och på högre elpriser för gatubelysningen.",
            C(None, "2 350 tkr", "-", "ovrigt", "prisokningar"),
        ),
        P(
            "Den avgiftsfinansierade renhållningen beräknas ge ett överskott på 480 tkr, som förs till "
            "renhållningsfonden vid årets slut.",
            C(
                "Renhållning",
                "480 tkr",
                "+",
                note="A fee-financed result with its fund transfer in the same sentence: one cause, no reason.",
            ),
        ),
        H("Ekonomisk uppföljning per verksamhet", 2),
        table,
        P(
            "Intäkterna från bygglov ligger hittills 15 procent under föregående års nivå, men förvaltningen "
            "bedömer att helåret ändå når budget.",
            O(
                "Plan och bygglov",
                "avgifter_intakter",
                note="Against the previous year, with a full year in balance: other.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten uppgår till 38,7 mnkr. För helåret prognostiseras investeringsutgifter på 29,2 mnkr, "
            "vilket ger en avvikelse på 9,5 mnkr. Avvikelsen förklaras främst av att upphandlingen av gång- och "
            "cykelvägen mellan Hedemora och Vikmanshyttan har överprövats och att bygget därför startar först 2027.",
            C(
                "Investeringar",
                "9,5 mnkr",
                "+",
                "periodisering",
                note="Budget, forecast and deviation in one paragraph with the reason: one item.",
            ),
        ),
        P(
            "Projektet ombyggnad av Stationsgatan beräknas överskrida projektbudgeten med 1 150 tkr till följd av "
            "oförutsedda ledningsarbeten.",
            C("Ombyggnad av Stationsgatan", "1 150 tkr", "-", "ovrigt"),
        ),
        H("Åtgärder och risker", 2),
        P(
            "För att minska underskottet har förvaltningen beslutat att skjuta planerat beläggningsunderhåll för "
            "800 tkr till 2027.",
            A("Gator och vägar", "800 tkr", "periodisering"),
        ),
        P(
            "Om vintern i slutet av året blir lika snörik som i början av året kan underskottet inom gator och vägar "
            "öka ytterligare.",
            O("Gator och vägar", "ovrigt", note="A risk: other."),
        ),
        H("Beslutsunderlag", 2),
        P("Tjänsteskrivelse 2026-06-04. Ekonomisk uppföljning per maj 2026, bilaga 1."),
    ]
    return ReportSpec(
        file="hedemora-sbn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Hedemora",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning per maj 2026 Samhällsbyggnadsnämnden",
            "author": "Hedemora kommun",
        },
        style=style,
        blocks=blocks,
    )
