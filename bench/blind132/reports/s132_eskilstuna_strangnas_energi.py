"""Eskilstuna Strängnäs Energi och Miljö AB, styrelsen, delårsrapport januari–augusti 2025.

A jointly owned energy company's interim report in "mnkr" and tkr, set in Liberation Sans, footer with the
board's meeting date in October: the period's result "14,8 mnkr, att jämföra med ett budgeterat resultat
på 18,3 mnkr" (3,5 never written out), the full year "2,0 mnkr lägre än budget" in a paragraph of its own,
the change since April with its cause (a forecast change); a table per affärsområde with hyphen-minus
deviations (a profit, so + is better); bold run-in affärsområden with a colon: "Nätintäkterna blir 1,5 mnkr
högre än budget" with weather, volumes and fees, "Prognosen är 3,5 mnkr sämre än budget" followed by an
insurance claim (other), a reason-only deficit (the row's "-200") and "Följer i stort budget"
(boilerplate); personnel costs "0,9 mnkr under budget"; investments "19 mnkr lägre än budget" after a level
and a project that "överskrider sin budget med 2,4 mnkr"; an action without an effect and the equity ratio
(other).

The body is real (owned by Eskilstuna Energi och Miljö and Strängnäs kommun); every figure, event and unit
name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: (
            "Eskilstuna Strängnäs Energi och Miljö AB",
            "Delårsrapport januari–augusti 2025",
        ),
        footer=lambda n, m: ("Styrelsens sammanträde 2025-10-09", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per affärsområde, helår, tkr",
        header=(("Affärsområde", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Elnät", "12 400", "13 900", "1 500"),
            ("Fjärrvärme", "9 600", "6 100", "-3 500"),
            ("Återvinning", "1 800", "1 600", "-200"),
            ("Gemensamma funktioner", "-2 100", "-1 900", "200"),
            ("Resultat efter finansiella poster", "21 700", "19 700", "-2 000"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Eskilstuna Strängnäs Energi och Miljö AB", size=12, font="arial", after=12),
        P(
            "Bolaget levererar elnätstjänster, fjärrvärme och återvinningstjänster till hushåll och företag i "
            "Strängnäs kommun. Delårsrapporten omfattar perioden januari till augusti."
        ),
        H("Resultat och prognos", 2),
        P(
            "Resultatet efter finansiella poster uppgår till 14,8 mnkr för perioden, att jämföra med ett "
            "budgeterat resultat på 18,3 mnkr.",
            C(
                None,
                "14,8 mnkr för perioden, att jämföra med ett budgeterat resultat på 18,3 mnkr",
                "-",
                value=3_500_000,
                note="The period's result against the budgeted result: 3,5 mnkr, never written out.",
            ),
        ),
        P(
            "För helåret prognostiseras ett resultat som är 2,0 mnkr lägre än budget.",
            C(None, "2,0 mnkr", "-"),
        ),
        P(
            "Jämfört med prognosen i april har helårsresultatet försämrats med 1,2 mnkr, vilket beror på haveriet "
            "i fjärrvärmeverket.",
            F(None, "1,2 mnkr", "-", "ovrigt", note="A breakdown is ovrigt."),
        ),
        table,
        H("Affärsområdena", 2),
        LP(
            "Elnät:",
            "Nätintäkterna blir 1,5 mnkr högre än budget, till följd av en kall vår och fler anslutningar i nya "
            "bostadsområden i Strängnäs.",
            C("Elnät", "1,5 mnkr", "+", "avgifter_intakter", "volymer", "ovrigt", note="Weather is ovrigt."),
        ),
        LP(
            "Fjärrvärme:",
            "Prognosen är 3,5 mnkr sämre än budget. Bränslekostnaderna har ökat kraftigt, och ett haveri på "
            "biobränslepannan i juni gjorde att olja fick användas i tre veckor.",
            C("Fjärrvärme", "3,5 mnkr", "-", "prisokningar", "ovrigt"),
            (
                "Bolaget har begärt ersättning från försäkringsbolaget, men beslutet väntas först under 2026.",
                O("Fjärrvärme", note="An insurance claim not yet decided: other."),
            ),
        ),
        LP(
            "Återvinning:",
            "Lägre intäkter för sorterad metall ger en mindre negativ avvikelse.",
            C(
                "Återvinning",
                "-200",
                "-",
                "avgifter_intakter",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell as printed (tkr).",
            ),
        ),
        LP(
            "Gemensamma funktioner:",
            "Följer i stort budget.",
            BP("Gemensamma funktioner", note="Boilerplate although the row says 200."),
        ),
        H("Personal", 2),
        P(
            "Personalkostnaderna ligger 0,9 mnkr under budget, eftersom tre tekniker- och ingenjörstjänster har "
            "varit vakanta under våren.",
            C("Personalkostnader", "0,9 mnkr", "+", "vakanser"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgår efter augusti till 38,2 mnkr. Helårsprognosen är 71 mnkr, vilket är 19 mnkr "
            "lägre än budget, främst på grund av att utbyggnaden av fjärrvärmenätet till ett av de nya "
            "bostadsområdena har flyttats till 2026.",
            C(
                "Investeringar",
                "19 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending after two levels.",
            ),
        ),
        P(
            "Projektet med en ny nätstation i centrum överskrider sin budget med 2,4 mnkr, eftersom "
            "markförhållandena krävde pålning.",
            C("Ny nätstation i centrum", "2,4 mnkr", "-", "ovrigt", note="A project overrun: negative."),
        ),
        H("Åtgärder", 2),
        P(
            "Styrelsen har beslutat om en prisjustering av fjärrvärmetaxan med 4 procent från den 1 januari 2026.",
            A("Fjärrvärme", None, "avgifter_intakter"),
        ),
        H("Finansiell ställning", 2),
        P(
            "Soliditeten uppgick till 32 procent vid periodens slut, vilket är i linje med ägarnas krav.",
            O(None, note="The equity ratio: other."),
        ),
    ]
    return ReportSpec(
        file="eskilstuna-strangnas-energi-och-miljo-delarsrapport-2025-08.pdf",
        report={
            "municipality": [
                "Eskilstuna Strängnäs Energi och Miljö",
                "Eskilstuna Strängnäs Energi och Miljö AB",
                "ESEM",
            ],
            "committee": ["Styrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025",
            "author": "Eskilstuna Strängnäs Energi och Miljö AB",
        },
        style=style,
        blocks=blocks,
    )
