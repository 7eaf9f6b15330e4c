"""Nerikes Brandkår (kommunalförbund), Direktionen, ekonomisk uppföljning januari–juni 2026.

A fire and rescue kommunalförbund's half-year follow-up in tkr and mnkr, footer with the direktion's meeting
date in August and a diarienummer: the period's result "3,8 mnkr, att jämföra med ett periodiserat budgeterat
resultat på 1,5 mnkr" (2,3 never written out), its timing reason and the full year "ett underskott mot budget
på 1,1 mnkr" in two sentences of the next paragraph, the change since April with no cause; the members'
contributions that "följer budget" (boilerplate); a kostnadsslag table with the minus sign apart from the
number ("- 2 650"); headings that carry the kostnadsslag and the amount after a comma ("Personalkostnader,
- 2 650 tkr"): call-outs and a wage agreement, alarm and course revenue, vehicle repairs and fuel, a delayed
IT system, and "0 tkr" over "följer budget" (boilerplate); investments "11,2 mnkr mot en budget på 16,0 mnkr"
(4,8 never written out); an action "ca 0,6 mnkr", equity (other) and call-outs against 2025 with "beror på"
(other). DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Nerikes Brandkår", "Ekonomisk uppföljning januari–juni 2026"),
        footer=lambda n, m: ("Direktionen 2026-08-27", "Dnr NB 2026/0412", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per kostnadsslag, tkr",
        header=(("", "Budget 2026", "Utfall jan–jun", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "182 400", "91 200", "182 400", "0"),
            ("Externa intäkter", "14 800", "8 100", "16 300", "1 500"),
            ("Personalkostnader", "-151 200", "-72 900", "-153 850", "- 2 650"),
            ("Lokalkostnader", "-18 300", "-9 050", "-18 300", "0"),
            ("Fordon och material", "-12 600", "-6 900", "-13 250", "- 650"),
            ("Övriga kostnader", "-9 900", "-4 300", "-9 200", "700"),
            ("Avskrivningar och finansnetto", "-4 000", "-2 350", "-4 000", "0"),
            ("Resultat", "1 200", "3 800", "100", "- 1 100"),
        ),
        widths=(150.0, 70.0, 72.0, 70.0, 62.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning januari–juni 2026", size=18, font="sans-bold", after=2),
        Title("Nerikes Brandkår", size=12, font="sans", after=12),
        H("Resultat och prognos", 2),
        P(
            "Förbundets resultat för första halvåret är 3,8 mnkr, att jämföra med ett periodiserat budgeterat "
            "resultat på 1,5 mnkr.",
            C(
                None,
                "3,8 mnkr, att jämföra med ett periodiserat budgeterat resultat på 1,5 mnkr",
                "+",
                value=2_300_000,
                note="The period's result against a periodised budgeted result: the difference, never written out.",
            ),
        ),
        PS(
            (
                "Det positiva utfallet för perioden beror främst på att kostnaderna för övningar och för utbildningen "
                "av nya deltidsbrandmän huvudsakligen uppstår under hösten.",
                C(
                    None,
                    None,
                    "+",
                    "periodisering",
                    note="The period surplus's timing reason apart: amount null.",
                ),
            ),
            (
                "För helåret prognostiseras ett underskott mot budget på 1,1 mnkr.",
                C(None, "1,1 mnkr", "-", note="The full year: its own item."),
            ),
        ),
        P(
            "Jämfört med prognosen i april är helårsprognosen 0,4 mnkr sämre.",
            F(None, "0,4 mnkr", "-"),
        ),
        P(
            "Medlemsbidragen från de sex medlemskommunerna uppgår till 182,4 mnkr och följer budget.",
            BP("Medlemsbidrag"),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        HP(
            "Personalkostnader, - 2 650 tkr",
            "Deltidsbrandmännens ersättningar för larm och beredskap blir högre än budgeterat efter fler insatser vid "
            "trafikolyckor och bränder. Därtill har det centrala avtalet för brandmän blivit dyrare än budgeterat.",
            C(
                "Personalkostnader",
                "- 2 650 tkr",
                "-",
                "volymer",
                "lonekostnader",
                note="The heading carries the amount, its minus sign apart from the number.",
            ),
        ),
        HP(
            "Externa intäkter, + 1 500 tkr",
            "Intäkterna från onödiga automatlarm och från utbildningar till företag blir högre än beräknat.",
            C("Externa intäkter", "+ 1 500 tkr", "+", "avgifter_intakter"),
        ),
        HP(
            "Fordon och material, - 650 tkr",
            "Ett höjdfordon har haft omfattande reparationer under våren, och drivmedelspriserna har varit högre än "
            "budget.",
            C("Fordon och material", "- 650 tkr", "-", "material_hjalpmedel", "prisokningar"),
        ),
        HP(
            "Övriga kostnader, + 700 tkr",
            "Överskottet är en följd av att införandet av ett nytt ledningsstödssystem har försenats till 2027.",
            C("Övriga kostnader", "+ 700 tkr", "+", "it_digitalisering", "periodisering"),
        ),
        HP("Lokalkostnader, 0 tkr", "Lokalkostnaderna följer budget.", BP("Lokalkostnader")),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 11,2 mnkr mot en budget på 16,0 mnkr, eftersom leveransen av en ny "
            "räddningsbil har försenats till början av 2027.",
            C(
                "Investeringar",
                "11,2 mnkr mot en budget på 16,0 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=4_800_000,
                note="Under-spending of 4,8 mnkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat att senarelägga rekryteringen till två heltidstjänster i utryckningsstyrkan "
            "till november, vilket minskar personalkostnaderna med ca 0,6 mnkr i år.",
            A("Personalkostnader", "ca 0,6 mnkr", "vakanser"),
        ),
        H("Eget kapital och verksamhet", 2),
        P(
            "Förbundets egna kapital uppgick vid årsskiftet till 21,7 mnkr och bedöms räcka för att täcka årets "
            "prognostiserade underskott.",
            O(None, "reserver", note="Equity covering the deficit."),
        ),
        P(
            "Antalet larm under första halvåret var 1 328, vilket är 9 procent fler än samma period 2025 och främst "
            "beror på fler trafikolyckor.",
            O(None, "volymer", note="Call-outs against the previous year."),
        ),
    ]
    return ReportSpec(
        file="nerikes-brandkar-ekonomisk-uppfoljning-2026-06.pdf",
        report={
            "municipality": ["Nerikes Brandkår", "Kommunalförbundet Nerikes Brandkår"],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2026-06"],
            "report_type": "ekonomisk uppföljning",
        },
        metadata={
            "title": "Ekonomisk uppföljning januari–juni 2026 Nerikes Brandkår",
            "author": "Nerikes Brandkår",
        },
        style=style,
        blocks=blocks,
    )
