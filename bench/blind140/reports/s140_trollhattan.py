"""Trollhättans stad, Samhällsbyggnadsnämnden, delårsrapport januari–augusti 2025.

A technical committee's interim report in mkr with U+2212 minus signs, footer with the nämnd's meeting date in
September: the tax-financed period "ett överskott på 3,4 mkr jämfört med periodiserad budget" and the full
year "en negativ avvikelse om 2,5 mkr" in two sentences (two items), the period surplus's timing reason in a
paragraph of its own (amount null), the change since April with its cause; a table with the period's outcome and the forecast; two columns of
headings that carry the area and amount after a comma ("Gata och trafik, −3,1 mkr") with a part ("4,6 mkr")
that is not the amount, snow, vandalism and a storm (ovrigt), bygglov revenue, a vacancy and licences; the
fee-financed water and sewage with the period and the full year in one sentence ("2,0 mkr bättre än budget",
the fund transfer in the same sentence), "bedöms gå jämnt ut" (boilerplate) and the fund's balance (other);
investments "118 mkr, att jämföra med en budget på 164 mkr" (46 never written out) followed by two projects
"21 respektive 9 mkr lägre i år än budgeterat"; an action with its effect. Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Trollhättans stad", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Samhällsbyggnadsnämnden 2025-09-23", "Dnr SBN 2025/00312", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning, skattefinansierad verksamhet, mkr",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Gata och trafik", "98,4", "61,0", "101,5", "−3,1"),
            ("Park och natur", "42,1", "27,9", "42,9", "−0,8"),
            ("Bygglov och plan", "12,6", "6,2", "11,0", "1,6"),
            ("Kart och mark", "8,9", "5,1", "8,6", "0,3"),
            ("Förvaltningsgemensamt", "15,3", "9,6", "15,8", "−0,5"),
            ("Summa", "177,3", "109,8", "179,8", "−2,5"),
        ),
        widths=(150.0, 72.0, 78.0, 72.0, 66.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="arial-bold", after=2),
        Title("Samhällsbyggnadsnämnden", size=12, font="arial", after=12),
        H("Ekonomi", 1),
        PS(
            (
                "Samhällsbyggnadsnämndens skattefinansierade verksamhet visar efter augusti ett överskott på 3,4 mkr "
                "jämfört med periodiserad budget.",
                C(None, "3,4 mkr", "+", note="The period against the periodised budget."),
            ),
            (
                "För helåret prognostiseras dock en negativ avvikelse om 2,5 mkr.",
                C(None, "2,5 mkr", "-", note="The full year in a sentence of its own."),
            ),
        ),
        P(
            "Periodens överskott beror framför allt på att kostnaderna för vinterväghållningen under november och "
            "december ännu inte har belastat resultatet.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason in a paragraph of its own: amount null.",
            ),
        ),
        P(
            "Jämfört med prognosen i april är helårsprognosen 1,2 mkr sämre, på grund av stormen i augusti.",
            F(None, "1,2 mkr", "-", "ovrigt"),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        Columns(2),
        HP(
            "Gata och trafik, −3,1 mkr",
            "Vinterns många snöfall i januari och februari kostade 4,6 mkr mer än budgeterat. Samtidigt blir "
            "kostnaderna för gatubelysning lägre än budget sedan de sista armaturerna bytts till LED.",
            C(
                "Gata och trafik",
                "−3,1 mkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="The snow's 4,6 mkr is a part: the heading's amount. Street lighting energy: prisokningar.",
            ),
        ),
        HP(
            "Park och natur, −0,8 mkr",
            "Skadegörelse på lekplatser och en storm i augusti har krävt oplanerade reparationer.",
            C("Park och natur", "−0,8 mkr", "-", "ovrigt"),
        ),
        HP(
            "Bygglov och plan, +1,6 mkr",
            "Fler och större bygglovsärenden än väntat, bland annat för ett nytt logistikområde i norra delen av "
            "staden, ger högre avgiftsintäkter.",
            C("Bygglov och plan", "+1,6 mkr", "+", "avgifter_intakter", "volymer"),
        ),
        HP(
            "Kart och mark, +0,3 mkr",
            "Överskottet kommer av att en tjänst som mättekniker har varit vakant under sommaren.",
            C("Kart och mark", "+0,3 mkr", "+", "vakanser"),
        ),
        HP(
            "Förvaltningsgemensamt, −0,5 mkr",
            "Licenskostnaderna för det nya ärendehanteringssystemet blev högre än planerat.",
            C("Förvaltningsgemensamt", "−0,5 mkr", "-", "it_digitalisering"),
        ),
        PageBreak(),
        Columns(1),
        H("Taxefinansierad verksamhet", 2),
        P(
            "Vatten och avlopp redovisar efter augusti ett överskott på 5,2 mkr, och helårsprognosen är ett resultat "
            "som är 2,0 mkr bättre än budget, främst på grund av högre anslutningsavgifter, vilket förs till "
            "VA-fonden vid årets slut.",
            C(
                "Vatten och avlopp",
                "2,0 mkr",
                "+",
                "avgifter_intakter",
                note="The period and the full year in one sentence: the full year's is the amount.",
            ),
        ),
        P("Avfallsverksamheten bedöms gå jämnt ut.", BP("Avfall")),
        P(
            "VA-fondens saldo beräknas till 14,8 mkr vid årets slut.",
            O("Vatten och avlopp", note="A fund's balance: other."),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Investeringsprognosen är 118 mkr, att jämföra med en budget på 164 mkr.",
                C(
                    "Investeringar",
                    "118 mkr, att jämföra med en budget på 164 mkr",
                    "+",
                    value=46_000_000,
                    note="Under-spending of 46 mkr, never written out: the computed value. The total with its "
                    "own sentence only.",
                ),
            ),
            (
                "De största avvikelserna finns i projekten Centrumlänken etapp 2 och gång- och cykelbron över "
                "Bryggerikanalen, som blir 21 respektive 9 mkr lägre i år än budgeterat när byggstarten skjuts till "
                "2026.",
                C(
                    "Centrumlänken etapp 2",
                    "21",
                    "+",
                    "periodisering",
                    unit="mkr",
                    note="Two projects as a 'respektive' pair.",
                    also=(C("Gång- och cykelbron över Bryggerikanalen", "9 mkr", "+", "periodisering"),),
                ),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "För att klara helåret har förvaltningen infört ett stopp för inköp av inventarier och köp av "
            "konsulttjänster under hösten, vilket beräknas ge 0,9 mkr.",
            A(None, "0,9 mkr", "material_hjalpmedel", "inhyrd_personal"),
        ),
    ]
    return ReportSpec(
        file="trollhattan-sbn-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Trollhättan", "Trollhättans stad"],
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Samhällsbyggnadsnämnden",
            "author": "Trollhättans stad",
        },
        style=style,
        blocks=blocks,
    )
