"""Flens kommun, Samhällsbyggnadsnämnden, tjänsteskrivelse om ekonomisk uppföljning per mars 2026.

A technical committee's tjänsteskrivelse dated in April for the period to March, in tkr with a trailing
minus for deficits ("1 450-"): the tax-financed activities' "underskott på 2 350 tkr" and the fee-financed
water and sewage "överskott mot budget om 600 tkr" in two sentences (two items), a decision proposal
(unlabelled), then plain headings whose paragraphs say the direction in varied shapes ("bedöms överskrida
budgeten med 1 450 tkr" with a price-rise percentage that is not the amount, snow "1,1 miljoner kronor högre än
budgeterat" after a share of the budget, a reason-only surplus (the row's "700"), food "en halv miljon
kronor högre", "följer budget" (boilerplate), water and sewage's reason only (the row's "600") followed in the
same paragraph by the transfer to the VA fund (other)); investments "en avvikelse på 8,5 mnkr" and two
projects "0,9 respektive 0,4 mnkr dyrare än budgeterat", an action with "cirka 800 tkr" and a weather risk
(other). Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 84.0, 68.0, 76.0),
        header=lambda n, m: ("Flens kommun – Samhällsbyggnadsförvaltningen", "TJÄNSTESKRIVELSE"),
        footer=lambda n, m: ("Datum 2026-04-09", "Dnr SBN 2026/41", f"{n}({m})"),
        header_size=8.5,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr (minustecken efter beloppet = underskott)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Gata och park", "24 800", "26 250", "1 450-"),
            ("Vinterväghållning", "6 200", "7 300", "1 100-"),
            ("Fastighet", "3 100", "2 400", "700"),
            ("Måltidsverksamhet", "31 500", "32 000", "500-"),
            ("Bygg och miljö", "5 400", "5 400", "0"),
            ("Summa skattefinansierat", "71 000", "73 350", "2 350-"),
            ("Vatten och avlopp, resultat", "0", "600", "600"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning per mars 2026", size=16, font="times-bold", after=10),
        H("Förslag till beslut", 3),
        P(
            "Samhällsbyggnadsnämnden godkänner den ekonomiska uppföljningen per mars 2026 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Sammanfattning", 3),
        PS(
            (
                "Samhällsbyggnadsnämnden prognostiserar ett underskott på 2 350 tkr för den skattefinansierade "
                "verksamheten.",
                C("Skattefinansierad verksamhet", "2 350 tkr", "-"),
            ),
            (
                "Vatten och avlopp, som finansieras med avgifter, beräknas ge ett överskott mot budget om 600 tkr.",
                C("Vatten och avlopp", "600 tkr", "+", note="The fee-financed result in its own sentence."),
            ),
        ),
        table,
        H("Gata och park", 3),
        P(
            "Verksamheten bedöms överskrida budgeten med 1 450 tkr. Orsaken är framför allt att asfaltpriserna har "
            "stigit med omkring 12 procent sedan budgeten lades, men också skadegörelse på lekplatser i Malmköping "
            "som måste åtgärdas.",
            C(
                "Gata och park",
                "1 450 tkr",
                "-",
                "prisokningar",
                "ovrigt",
                note="The price rise's percentage is not the amount; vandalism is ovrigt.",
            ),
        ),
        H("Vinterväghållning", 3),
        P(
            "Den snörika januarimånaden har redan förbrukat 80 procent av årets budget för snöröjning och "
            "halkbekämpning. Med normalt väder i november och december blir kostnaden 1,1 miljoner kronor högre "
            "än budgeterat.",
            C("Vinterväghållning", "1,1 miljoner kronor", "-", "ovrigt", note="Snow is ovrigt."),
        ),
        H("Fastighet", 3),
        P(
            "Lägre energikostnader än budgeterat ger ett plus, och hyresintäkterna blir högre sedan två nya "
            "hyresgäster har flyttat in i kommunens lokaler i Hälleforsnäs.",
            C(
                "Fastighet",
                "700",
                "+",
                "prisokningar",
                "avgifter_intakter",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell. Energy costs are prisokningar.",
            ),
        ),
        H("Måltidsverksamhet", 3),
        P(
            "Livsmedelspriserna fortsätter att öka och kostnaderna för livsmedel beräknas bli en halv miljon kronor "
            "högre än budgeterat.",
            C("Måltidsverksamhet", "en halv miljon kronor", "-", "prisokningar", value=500_000),
        ),
        H("Bygg och miljö", 3),
        P("Intäkterna från bygglov och tillsyn följer budget.", BP("Bygg och miljö")),
        H("Vatten och avlopp", 3),
        PS(
            (
                "Överskottet förklaras av högre brukningsavgifter efter taxehöjningen den 1 januari och av att fler "
                "fastigheter i Sparreholm har anslutits till det kommunala nätet.",
                C(
                    "Vatten och avlopp",
                    "600",
                    "+",
                    "avgifter_intakter",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note="A reason only: the table row's cell.",
                ),
            ),
            (
                "Ett överskott vid årets slut förs till VA-fonden.",
                O("Vatten och avlopp", "reserver", note="The transfer to the fund: a financing statement."),
            ),
        ),
        H("Investeringar", 3),
        P(
            "Nämndens investeringsbudget för 2026 är 38,0 mnkr. Prognosen är 29,5 mnkr, en avvikelse på 8,5 mnkr "
            "som i huvudsak beror på att ombyggnaden av reningsverket i Hälleforsnäs har skjutits upp ett år i "
            "väntan på miljötillstånd.",
            C("Investeringar", "8,5 mnkr", "+", "periodisering"),
        ),
        P(
            "Projekten Trafiksäkerhetsåtgärder vid skolor och Belysning gång- och cykelvägar blir 0,9 respektive 0,4 "
            "mnkr dyrare än budgeterat på grund av högre entreprenadpriser.",
            C(
                "Trafiksäkerhetsåtgärder vid skolor",
                "0,9",
                "-",
                "prisokningar",
                unit="mnkr",
                note="Two projects as a 'respektive' pair: two items, overruns negative.",
                also=(C("Belysning gång- och cykelvägar", "0,4 mnkr", "-", "prisokningar"),),
            ),
        ),
        H("Åtgärder", 3),
        P(
            "Förvaltningen skjuter upp delar av beläggningsprogrammet till 2027, vilket minskar kostnaderna för gata "
            "och park med cirka 800 tkr i år.",
            A("Gata och park", "cirka 800 tkr"),
        ),
        H("Risker", 3),
        P(
            "Prognosen för vinterväghållningen förutsätter normala väderförhållanden under resten av året. Ett "
            "snörikt slut på året kan ge ett underskott som är 0,5–1,0 mnkr större.",
            O("Vinterväghållning", "ovrigt", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="flen-sbn-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Flen",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per mars 2026", "author": "Flens kommun"},
        style=style,
        blocks=blocks,
    )
