"""Oskarshamns kommun, Samhällsbyggnadsnämnden, månadsrapport juni 2026.

A technical committee's month report in Liberation Sans, footer with the nämnd's meeting date in August: the
tax-financed full year "ett underskott om 2,9 mnkr", water and sewage "ett överskott på 1,4 mnkr jämfört med
budget" followed in the same paragraph by its transfer to the VA fund (other); the change since May with its
cause; a table in tkr with hyphen-minus deficits and a note on the sign; bold run-in verksamheter whose lead
carries the amount ("Gata och park -1,7 mnkr.") with a risk sentence in the same paragraph (other), a repair
cost that is only a part ("0,9 mnkr" of "-2,1 mnkr"), a reason-only lead with no amount (the row's "300");
investments "12 mnkr lägre än budget" and a project "överskrida sin budget med 1,1 mnkr"; an action with no
amount and the VA fund's balance (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Oskarshamns kommun", "Månadsrapport juni 2026 – Samhällsbyggnadsnämnden"),
        footer=lambda n, m: ("Samhällsbyggnadsnämnden 2026-08-20", "", f"Sida {n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Skattefinansierad verksamhet, tkr (negativt tal = underskott)",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Gata och park", "48 300", "50 000", "-1 700"),
            ("Fastighet", "36 900", "39 000", "-2 100"),
            ("Plan och bygg", "7 400", "6 800", "600"),
            ("Kollektivtrafik", "21 600", "21 300", "300"),
            ("Summa", "114 200", "117 100", "-2 900"),
        ),
        widths=(160.0, 82.0, 82.0, 76.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport juni 2026", size=18, font="arial-bold", after=2),
        Title("Samhällsbyggnadsnämnden", size=12, font="arial", after=12),
        H("Samlad bedömning", 2),
        P(
            "Samhällsbyggnadsnämndens skattefinansierade verksamhet prognostiserar ett underskott om 2,9 mnkr för "
            "helåret.",
            C(None, "2,9 mnkr", "-"),
        ),
        PS(
            (
                "Vatten och avlopp beräknas ge ett överskott på 1,4 mnkr jämfört med budget, tack vare högre "
                "anslutningsavgifter i det nya bostadsområdet Ekbladet.",
                C("Vatten och avlopp", "1,4 mnkr", "+", "avgifter_intakter"),
            ),
            (
                "Överskottet förs till VA-fonden vid årets slut.",
                O("Vatten och avlopp", "reserver", note="The transfer to the fund: other."),
            ),
        ),
        P(
            "Prognosen är 0,8 mnkr bättre än i maj, främst på grund av ökade bygglovsintäkter.",
            F(None, "0,8 mnkr", "+", "avgifter_intakter"),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        LP(
            "Gata och park -1,7 mnkr.",
            "Vinterväghållningen i januari och februari kostade betydligt mer än ett normalår, och "
            "beläggningsarbetena på Döderhultsvägen blev dyrare än upphandlat.",
            C(
                "Gata och park",
                "-1,7 mnkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="The run-in lead carries the amount.",
            ),
            (
                "Det finns en risk att kostnaderna för snöröjning i november och december överstiger den "
                "kvarvarande budgeten.",
                O("Gata och park", "ovrigt", note="A risk in the cause's paragraph: its own item."),
            ),
        ),
        LP(
            "Fastighet -2,1 mnkr.",
            "Energikostnaderna är högre än budgeterat, och akuta reparationer efter vattenskadan på Solhagaskolan har "
            "belastat driften med 0,9 mnkr.",
            C(
                "Fastighet",
                "-2,1 mnkr",
                "-",
                "prisokningar",
                "ovrigt",
                note="The repair cost is a part: the lead's amount.",
            ),
        ),
        LP(
            "Plan och bygg +0,6 mnkr.",
            "Bygglovsintäkterna har blivit högre än förväntat tack vare flera stora ärenden i hamnområdet.",
            C("Plan och bygg", "+0,6 mnkr", "+", "avgifter_intakter"),
        ),
        LP(
            "Kollektivtrafik.",
            "Färre färdtjänstresor än budgeterat ger ett positivt utfall.",
            C(
                "Kollektivtrafik",
                "300",
                "+",
                "volymer",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna beräknas till 84 mnkr, vilket är 12 mnkr lägre än budget, eftersom ombyggnaden "
            "av Skeppsbron har skjutits upp till 2027.",
            C("Investeringar", "12 mnkr", "+", "periodisering"),
        ),
        P(
            "Projektet Gång- och cykelväg Påskallavik beräknas överskrida sin budget med 1,1 mnkr till följd av högre "
            "entreprenadpriser.",
            C("Gång- och cykelväg Påskallavik", "1,1 mnkr", "-", "prisokningar"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört inköpsstopp för förbrukningsinventarier inom fastighetsverksamheten.",
            A("Fastighet", None, "material_hjalpmedel"),
        ),
        H("VA-fonden", 2),
        P(
            "VA-fondens saldo beräknas uppgå till 6,3 mnkr vid årets slut.",
            O("Vatten och avlopp", "reserver", note="A fund balance: other."),
        ),
    ]
    return ReportSpec(
        file="oskarshamn-sbn-manadsrapport-2026-06.pdf",
        report={
            "municipality": "Oskarshamn",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2026-06"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport juni 2026 Samhällsbyggnadsnämnden", "author": "Oskarshamns kommun"},
        style=style,
        blocks=blocks,
    )
