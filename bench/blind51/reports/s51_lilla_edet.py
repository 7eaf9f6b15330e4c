"""Lilla Edets kommun, Samhällsbyggnadsnämnden, månadsuppföljning september 2025.

A technical committee's month report: the tax-financed result "en avvikelse mot budget på −2 350 tkr" and the
fee-financed water and sewage "ett överskott på 1,1 mnkr" with its reason and transfer to the VA fund, in two
paragraphs; "prognosen är oförändrad" (boilerplate forecast change); a table whose last column is each row's
comment, with deviations as budget minus forecast in tkr (hyphen-minus), where the comments give reasons
without amounts (each takes its row's cell), one comment names a part in mnkr ("sanering för 0,8 mnkr", not
the amount) and one says "Prognos enligt budget" (boilerplate); two actions as bullets, one with its effect;
investments "38,6 mnkr mot en budget på 52,0 mnkr" (13,4 never written out) and a project that "beräknas
överskrida sin budget med 1,6 mnkr"; the VA fund's balance and a winter risk (others). Liberation Sans Narrow
10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BF, BP, A, C, O

ROW = "A comment-column reason with no amount: the row's deviation cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Lilla Edets kommun  Samhällsbyggnadsförvaltningen", "2025-10-08"),
        footer=lambda n, m: ("Månadsuppföljning september 2025", "", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Gata och park", "18 400", "19 650", "-1 250"),
                "Vinterns snöröjning kostade betydligt mer än budgeterat. Beläggningsarbetena har dessutom blivit "
                "dyrare efter indexuppräkningen av entreprenadavtalet.",
                C(
                    "Gata och park",
                    "-1 250",
                    "-",
                    "ovrigt",
                    "prisokningar",
                    unit="tkr",
                    table=True,
                    note=ROW + " Snow is ovrigt; index uplift is prisokningar.",
                ),
            ),
            (
                ("Fastighet", "42 100", "43 300", "-1 200"),
                "Vattenskadan på Lövåsens förskola har krävt akut sanering för 0,8 mnkr. Även felanmälningarna i "
                "skollokalerna har varit fler än vanligt.",
                C(
                    "Fastighet",
                    "-1 200",
                    "-",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note=ROW + " The 0,8 mnkr for the water damage is a part.",
                ),
            ),
            (
                ("Kost", "21 800", "22 250", "-450"),
                "Livsmedelspriserna har stigit mer än budgeterat.",
                C("Kost", "-450", "-", "prisokningar", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Lokalvård", "9 300", "8 900", "400"),
                "Vakanser under våren som inte har ersatts fullt ut.",
                C("Lokalvård", "400", "+", "vakanser", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Bygglov och planering", "3 200", "3 050", "150"),
                "Fler bygglovsansökningar än beräknat ger högre intäkter.",
                C(
                    "Bygglov och planering",
                    "150",
                    "+",
                    "avgifter_intakter",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Nämnd och ledning", "2 600", "2 600", "0"),
                "Prognos enligt budget.",
                BP("Nämnd och ledning"),
            ),
            (("Summa skattefinansierat", "97 400", "99 750", "-2 350"), "", None),
        ),
        widths=(130.0, 50.0, 50.0, 56.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning september 2025", size=17, font="narrow-bold", after=3),
        Title("Samhällsbyggnadsnämnden", size=12, font="narrow", after=12),
        H("Sammanfattning", 2),
        P(
            "Den skattefinansierade verksamheten prognostiserar en avvikelse mot budget på −2 350 tkr för helåret. "
            "Det är främst gata och park samt fastighet som står för underskottet.",
            C(None, "−2 350 tkr", "-", note="Tax-financed full year; areas named without reasons: no tags."),
        ),
        P(
            "VA-verksamheten beräknas ge ett överskott på 1,1 mnkr tack vare högre anslutningsavgifter än "
            "budgeterat. Överskottet förs till VA-fonden vid årets slut.",
            C("VA-verksamheten", "1,1 mnkr", "+", "avgifter_intakter", note="Fee-financed water and sewage."),
        ),
        P(
            "Jämfört med augustiuppföljningen är prognosen oförändrad.",
            BF(None),
        ),
        H("Driftredovisning per verksamhet", 2),
        comments,
        H("Åtgärder", 2),
        Bullets(
            items=(
                "Inköpsstopp för inventarier som inte är nödvändiga inom fastighetsavdelningen.",
                "Beläggningsprogrammet ses över och arbeten för 400 tkr flyttas till 2026.",
            ),
            labels=(
                A("Fastighet", None, "material_hjalpmedel"),
                A("Gata och park", "400 tkr", "periodisering"),
            ),
            glyph="–",
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen uppgår till 38,6 mnkr mot en budget på 52,0 mnkr. Byggnationen av den nya "
            "återvinningscentralen har försenats eftersom bygglovet överklagades.",
            C(
                "Investeringar",
                "38,6 mnkr mot en budget på 52,0 mnkr",
                "+",
                "periodisering",
                value=13_400_000,
                note="Investment under-spending of 13,4 mnkr, never written out: the computed value.",
            ),
        ),
        P(
            "Gång- och cykelvägen längs Kvarnvägen beräknas däremot överskrida sin budget med 1,6 mnkr till "
            "följd av en ledningsflytt som inte fanns med i kalkylen.",
            C("Gång- och cykelväg Kvarnvägen", "1,6 mnkr", "-", "ovrigt", note="Project overrun."),
        ),
        H("Övrigt", 2),
        P(
            "VA-fondens saldo beräknas efter årets avsättning uppgå till 4,9 mnkr.",
            O("VA-verksamheten", note="The fund's balance: other."),
        ),
        P(
            "Prognosen för gata och park förutsätter en normal vinter under november och december. Blir det mycket "
            "snö kan kostnaderna öka ytterligare.",
            O("Gata och park", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="lilla-edet-sbn-manadsuppfoljning-2025-09.pdf",
        report={
            "municipality": "Lilla Edet",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2025-09"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning september 2025 Samhällsbyggnadsnämnden",
            "author": "Lilla Edets kommun",
        },
        style=style,
        blocks=blocks,
    )
