"""Kävlinge kommun, Socialnämnden, tjänsteskrivelse: ekonomisk uppföljning per den 30 september 2025.

A social committee's cover letter dated in October with the follow-up in it: letterhead lines, the
decision proposal and a case description (not labelled), the deficit in "miljoner kronor" with its
reasons in the same paragraph (two verksamheter named), the change since June with June's figure first
("då avvikelsen var −3,9 miljoner kronor", not the amount), a table in whole kronor whose caption names
no unit at all; then level-3 headings that name the verksamhet only (not part of the item): placements of
children and young people "cirka 3,6 miljoner kronor" followed in the same paragraph by a sub-area "i
nivå med budget" (its own boilerplate item), ekonomiskt bistånd in whole kronor ("1 180 000 kronor") with
the households against last year as the supporting figure inside the cause, funktionsstöd that "bedöms
hålla budget" because a higher cost is offset by a delayed group home (a scored cause with direction
balanced, the table row's 0), the administration's surplus from lower training costs (ovrigt) and a unit
"i nivå med budget" whose table row is −20 000 (boilerplate); an action whose effect comes only next
year, the net-cost increase against last year (other), the template's "Ekonomiska konsekvenser" (other,
boilerplate) and signatures (not labelled). DejaVu Serif 10 pt with DejaVu Sans headings, a header
"Tjänsteskrivelse" and a footer with the date and diarienummer.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(78.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Kävlinge kommun", "Tjänsteskrivelse"),
        footer=lambda n, m: ("Socialförvaltningen | 2025-10-06 | Dnr SN 2025/211", "", f"{n}/{m}"),
        header_size=8.5,
    )
    table = Table(
        caption="Driftredovisning per verksamhet",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–sep", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "9 850 000", "7 012 340", "9 610 000", "240 000"),
            ("Individ- och familjeomsorg", "58 420 000", "47 905 118", "62 060 000", "−3 640 000"),
            ("Ekonomiskt bistånd", "14 200 000", "11 384 760", "15 380 000", "−1 180 000"),
            ("Funktionsstöd", "96 310 000", "71 562 205", "96 310 000", "0"),
            ("Arbetsmarknadsenheten", "12 680 000", "8 996 431", "12 700 000", "−20 000"),
            ("Summa", "191 460 000", "146 860 854", "196 060 000", "−4 600 000"),
        ),
        widths=(132.0, 74.0, 80.0, 76.0, 74.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        P("Socialförvaltningen", size=9.0),
        P("Handläggare: Johan Frisk, ekonom", size=9.0),
        P("Socialnämnden", size=9.0),
        Title("Ekonomisk uppföljning per den 30 september 2025", size=15, font="sans-bold", after=8),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner den ekonomiska uppföljningen per den 30 september 2025 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Ärendebeskrivning", 2),
        P(
            "Enligt kommunens riktlinjer för ekonomistyrning ska nämnderna lämna en ekonomisk uppföljning med "
            "helårsprognos efter mars, juni, september och oktober. Uppföljningen omfattar driftredovisning, prognos "
            "och åtgärder."
        ),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Socialnämndens prognos för helåret visar en negativ avvikelse mot budget med 4,6 miljoner kronor. "
            "Avvikelsen hänförs i första hand till individ- och familjeomsorgen, där kostnaderna för placeringar av "
            "barn och ungdomar har ökat under sommaren, men även ekonomiskt bistånd visar ett underskott.",
            C(
                None,
                "4,6 miljoner kronor",
                "-",
                "kopt_verksamhet",
                "ekonomiskt_bistand",
                note="The whole unit's deficit and, in the next sentence, the two verksamheter behind it.",
            ),
        ),
        P(
            "Jämfört med uppföljningen i juni, då avvikelsen var −3,9 miljoner kronor, har prognosen försämrats med "
            "0,7 miljoner kronor.",
            F(None, "0,7 miljoner kronor", "-", note="June's deviation comes first; it is not the amount."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        H("Individ- och familjeomsorg", 3),
        PS(
            (
                "Individ- och familjeomsorgen beräknas överskrida budget med cirka 3,6 miljoner kronor. Under sommaren "
                "har tre ungdomar placerats på HVB efter beslut enligt LVU, och ytterligare två barn har placerats i "
                "konsulentstödda familjehem.",
                C(
                    "Individ- och familjeomsorg",
                    "cirka 3,6 miljoner kronor",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="The prose rounds the table's −3 640 000.",
                ),
            ),
            (
                "Kostnaderna för köpt öppenvård ligger däremot i nivå med budget.",
                BP("Köpt öppenvård", note="A sub-area in balance, in the same paragraph: its own item."),
            ),
        ),
        H("Ekonomiskt bistånd", 3),
        P(
            "Utbetalningarna av ekonomiskt bistånd beräknas bli 1 180 000 kronor högre än budgeterat. Antalet hushåll "
            "med bistånd har ökat från i genomsnitt 212 per månad under 2024 till 238 per månad hittills i år, och allt "
            "fler hushåll har behov av bistånd under lång tid.",
            C(
                "Ekonomiskt bistånd",
                "1 180 000 kronor",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="No cue word; the households against last year are the reason, inside the cause item.",
            ),
        ),
        H("Funktionsstöd", 3),
        P(
            "Funktionsstöd bedöms hålla budget. Högre kostnader för personlig assistans vägs upp av att den planerade "
            "gruppbostaden på Pilgatan öppnar först i december i stället för i augusti.",
            C(
                "Funktionsstöd",
                "0",
                "0",
                "periodisering",
                unit="kr",
                table=True,
                note="In balance, but with the causes that offset each other: a scored cause, direction balanced, "
                "the table row's 0. The higher assistance cost is given no cause.",
            ),
        ),
        H("Nämnd och administration", 3),
        P(
            "Nämnd och administration visar ett överskott på 240 000 kronor, främst på grund av lägre kostnader för "
            "utbildning och konferenser än budgeterat.",
            C("Nämnd och administration", "240 000 kronor", "+", "ovrigt"),
        ),
        H("Arbetsmarknadsenheten", 3),
        P(
            "Arbetsmarknadsenhetens prognos är i nivå med budget.",
            BP("Arbetsmarknadsenheten", note="The table row says −20 000: 'i nivå med budget'."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har förstärkt öppenvården med två behandlare, finansierade inom befintlig budget, för att "
            "fler barn och unga ska kunna få stöd i hemmet i stället för att placeras. Åtgärden beräknas minska "
            "kostnaderna för placeringar med 0,9 miljoner kronor under 2026 men ger ingen effekt i år.",
            A("Individ- och familjeomsorg", "0,9 miljoner kronor", "kopt_verksamhet"),
        ),
        H("Jämförelse med föregående år", 2),
        P(
            "Nettokostnaderna till och med september är 6,8 procent högre än under samma period 2024. Ökningen beror "
            "främst på placeringskostnaderna och på årets lönerevision, som gav högre påslag än tidigare år.",
            O(None, "kopt_verksamhet", "lonekostnader", note="Against the previous year, not the budget."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Ärendet innebär inga ekonomiska konsekvenser utöver dem som redovisas i uppföljningen.",
            O(None, boilerplate=True, note="The template's standard formula."),
        ),
        P("Maria Ekdahl, socialchef                    Johan Frisk, ekonom", size=9.5),
        P("Beslutet skickas till: Kommunstyrelsen, ekonomiavdelningen", size=9.5),
    ]
    return ReportSpec(
        file="kavlinge-sn-tjansteskrivelse-ekonomisk-uppfoljning-2025-09.pdf",
        report={
            "municipality": "Kävlinge",
            "committee": ["Socialnämnden"],
            "period": ["2025-09"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Tjänsteskrivelse Ekonomisk uppföljning per den 30 september 2025 Socialnämnden",
            "author": "Kävlinge kommun",
        },
        style=style,
        blocks=blocks,
    )
