"""Västra Mälardalens Kommunalförbund, Direktionen, delårsrapport januari–augusti 2025.

A kommunalförbund's interim report (IT, payroll and adult education for its members) in tkr and mnkr, footer
with the direktion's meeting date in October: the period "1,7 mnkr bättre än det periodiserade budgeterade
resultatet" and the full year "ett underskott om 1,2 mnkr mot budget" with its main cause in two sentences
(two items); the members' contributions "enligt budget" (boilerplate); a kostnadsslag table whose note says a
positive figure is better than budget; headings that carry the kostnadsslag and a signed amount in tkr
("Personalkostnader +800 tkr", "IT-licenser och tjänster −3 700 tkr") over paragraphs with reasons only,
one whose second reason works against the surplus; investments "2,1 mnkr mindre än budget" after the level;
an action "cirka 400 tkr", equity covering the deficit (other) and a forecast change since the tertial report
with its cause. Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        header=lambda n, m: ("Västra Mälardalens Kommunalförbund", "Delårsrapport 2025"),
        footer=lambda n, m: ("Direktionen 2025-10-02", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per kostnadsslag 2025, tkr",
        header=(("", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "142 600", "142 600", "0"),
            ("Övriga intäkter", "38 400", "40 100", "+1 700"),
            ("Personalkostnader", "-121 900", "-121 100", "+800"),
            ("IT-licenser och tjänster", "-31 200", "-34 900", "−3 700"),
            ("Lokalkostnader", "-18 300", "-18 600", "−300"),
            ("Övriga kostnader", "-9 600", "-9 300", "+300"),
            ("Resultat", "0", "-1 200", "−1 200"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        shade=(0.88, 0.92, 0.88),
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Västra Mälardalens Kommunalförbund", size=12.5, font="arial", after=12),
        H("Ekonomisk översikt", 1),
        PS(
            (
                "Förbundets resultat efter augusti är 2,9 mnkr, vilket är 1,7 mnkr bättre än det periodiserade "
                "budgeterade resultatet.",
                C(None, "1,7 mnkr", "+", note="The period."),
            ),
            (
                "Helårsprognosen är ett underskott om 1,2 mnkr mot budget, där IT-verksamhetens licenskostnader är "
                "den största förklaringen.",
                C(None, "1,2 mnkr", "-", "it_digitalisering", note="The full year in its own sentence."),
            ),
        ),
        P(
            "Medlemsbidragen från Köpings och Arboga kommuner är enligt budget.",
            BP("Medlemsbidrag"),
        ),
        P("Avvikelse: positivt tal innebär ett bättre resultat än budget.", size=8.5),
        table,
        H("Kommentarer per kostnadsslag", 2),
        HP(
            "Personalkostnader +800 tkr",
            "Flera tjänster inom löneenheten har varit vakanta under våren. Samtidigt har sjukfrånvaron inom "
            "vuxenutbildningen krävt vikarier, vilket motverkar överskottet.",
            C(
                "Personalkostnader",
                "+800 tkr",
                "+",
                "vakanser",
                "sjukfranvaro",
                "vikarier",
                note="A second reason that works against the surplus is still a reason the passage gives.",
            ),
        ),
        HP(
            "IT-licenser och tjänster −3 700 tkr",
            "Leverantören av ekonomisystemet har höjt licenspriset med 18 procent från januari, och övergången till "
            "nytt elevsystem för vuxenutbildningen har dragit ut på tiden, så att båda systemen har fått betalas "
            "parallellt under hela våren.",
            C("IT-licenser och tjänster", "−3 700 tkr", "-", "it_digitalisering", "prisokningar"),
        ),
        HP(
            "Övriga intäkter +1 700 tkr",
            "Intäkterna blir högre än budget, främst för att fler platser inom yrkesvux har sålts till "
            "grannkommunerna.",
            C("Övriga intäkter", "+1 700 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        HP(
            "Lokalkostnader −300 tkr",
            "Hyran för lärcentrumets lokaler i Arboga har räknats upp med index.",
            C("Lokalkostnader", "−300 tkr", "-", "lokaler", "prisokningar"),
        ),
        HP(
            "Övriga kostnader +300 tkr",
            "Kostnaderna för resor och kurser ligger under budget.",
            C("Övriga kostnader", "+300 tkr", "+", "ovrigt"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna beräknas uppgå till 4,8 mnkr för helåret, 2,1 mnkr mindre än budget, eftersom utbytet "
            "av nätverksutrustning i Köpings skolor har delats upp på två år.",
            C("Investeringar", "2,1 mnkr", "+", "periodisering"),
        ),
        H("Åtgärder", 2),
        P(
            "Förbundet förhandlar med systemleverantören om ett tidigare avslut av det gamla elevsystemet, vilket "
            "skulle minska kostnaderna med cirka 400 tkr i år.",
            A("IT-licenser och tjänster", "cirka 400 tkr", "it_digitalisering"),
        ),
        H("Eget kapital", 2),
        P(
            "Det egna kapitalet uppgick vid årsskiftet till 6,4 mnkr och räcker för att täcka årets underskott.",
            O(None, "reserver", note="Equity covering the deficit."),
        ),
        H("Prognosförändring", 2),
        P(
            "Prognosen är 0,5 mnkr bättre än vid tertialrapporten, eftersom intäkterna från yrkesvux har ökat.",
            F(None, "0,5 mnkr", "+", "avgifter_intakter", "volymer"),
        ),
    ]
    return ReportSpec(
        file="vastra-malardalens-kommunalforbund-delarsrapport-2025-08.pdf",
        report={
            "municipality": [
                "Västra Mälardalens Kommunalförbund",
                "Kommunalförbundet Västra Mälardalen",
                "VMKF",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Västra Mälardalens Kommunalförbund",
            "author": "Västra Mälardalens Kommunalförbund",
        },
        style=style,
        blocks=blocks,
    )
