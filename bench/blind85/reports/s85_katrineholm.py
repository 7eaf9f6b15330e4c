"""Katrineholms kommun, Kultur- och turismnämnden, tertialrapport 1 2026.

A culture committee's first tertial report in "miljoner kronor" whose result table is pasted as an image
(every amount in the prose), footer with the nämnd's meeting date in May and a diarienummer: the frame as a
level, then the full year "1,4 miljoner kronor sämre än ramen" and the period "i nivå med periodiserad budget"
in one sentence (one item, the full year's); plain headings over paragraphs whose amounts come in varied
shapes: "omkring 1,4 miljoner kronor lägre än budgeterat" (a closed stage), an event that "kostar mer än
planerat" with "ett underskott om sjuhundratusen kronor" in the next sentence, libraries that "ligger 0,3
miljoner kronor under budget", "ett positivt utfall jämfört med budget på 200 tkr", grants that "bedöms följa
budget" (boilerplate) and "cirka 0,2 miljoner kronor bättre än budget"; investments "1,2 miljoner kronor inte
kommer att förbrukas", an action with no amount and visitors against 2025 with "beror på" (other). DejaVu Sans
Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Katrineholms kommun", "Tertialrapport 1 2026 – Kultur- och turismnämnden"),
        footer=lambda n, m: ("Kultur- och turismnämnden 2026-05-27", "KTN/2026:41", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Kulturhuset", "18 400", "6 720", "19 800", "-1 400"),
            ("Turism och evenemang", "9 600", "2 150", "10 300", "-700"),
            ("Bibliotek", "31 200", "10 180", "30 900", "300"),
            ("Kulturskola", "17 800", "5 760", "17 600", "200"),
            ("Allmän kultur och föreningsbidrag", "11 100", "4 870", "11 100", "0"),
            ("Nämnd och administration", "4 500", "1 390", "4 300", "200"),
            ("Summa", "92 600", "31 070", "94 000", "-1 400"),
        ),
        widths=(170.0, 66.0, 70.0, 66.0, 62.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="cond-bold", after=2),
        Title("Kultur- och turismnämnden", size=12.5, font="cond", after=12),
        H("Ekonomisk sammanfattning", 2),
        PS(
            ("Nämndens budgetram för 2026 är 92,6 miljoner kronor.", None),
            (
                "Helårsprognosen pekar på ett resultat som är 1,4 miljoner kronor sämre än ramen, efter ett utfall "
                "för januari–april som är i nivå med periodiserad budget.",
                C(
                    None,
                    "1,4 miljoner kronor",
                    "-",
                    note="The full year and the period ('i nivå') in one sentence: the full year's amount.",
                ),
            ),
        ),
        table,
        H("Kulturhuset", 3),
        P(
            "Kulturhusets intäkter från uthyrning och biljettförsäljning blir omkring 1,4 miljoner kronor lägre "
            "än budgeterat, då stora scenen har varit stängd sedan februari för byte av ventilationen.",
            C(
                "Kulturhuset",
                "omkring 1,4 miljoner kronor",
                "-",
                "avgifter_intakter",
                "ovrigt",
                note="Lower revenue: negative. A closure for repairs is ovrigt.",
            ),
        ),
        H("Turism och evenemang", 3),
        P(
            "Sommarfesten på Stortorget kostar mer än planerat. Prognosen för verksamheten är ett underskott om "
            "sjuhundratusen kronor, främst för säkerhet och avspärrningar som krävs enligt polisens nya villkor "
            "för tillstånd.",
            C(
                "Turism och evenemang",
                "sjuhundratusen kronor",
                "-",
                "ovrigt",
                value=700_000,
                note="The amount in words, in the second sentence.",
            ),
        ),
        H("Bibliotek", 3),
        P(
            "Biblioteken ligger 0,3 miljoner kronor under budget, eftersom införandet av meröppet i Valla och "
            "Björkvik har försenats och kostnaderna för personal och utrustning därmed blir lägre än beräknat.",
            C("Bibliotek", "0,3 miljoner kronor", "+", "periodisering", note="Costs under budget: positive."),
        ),
        H("Kulturskola", 3),
        P(
            "Kulturskolan visar ett positivt utfall jämfört med budget på 200 tkr. Det förklaras av att två "
            "lärartjänster i stråk och piano inte har kunnat tillsättas.",
            C("Kulturskola", "200 tkr", "+", "vakanser"),
        ),
        H("Allmän kultur och föreningsbidrag", 3),
        P(
            "Föreningsbidragen betalas ut enligt plan och verksamheten bedöms följa budget.",
            BP("Allmän kultur och föreningsbidrag"),
        ),
        H("Nämnd och administration", 3),
        P(
            "Administrationen beräknas sluta cirka 0,2 miljoner kronor bättre än budget tack vare lägre kostnader "
            "för nämndens sammanträden och utbildningar.",
            C(
                "Nämnd och administration",
                "cirka 0,2 miljoner kronor",
                "+",
                "ovrigt",
                note="The nämnd's own meeting costs are ovrigt, as members' fees were in the ninth set.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 3,5 miljoner kronor har 0,3 miljoner kronor använts. Nämnden bedömer att "
            "1,2 miljoner kronor inte kommer att förbrukas under året, eftersom upprustningen av scentekniken i "
            "Kulturhuset skjuts till 2027.",
            C("Investeringar", "1,2 miljoner kronor", "+", "periodisering"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att hitta andra scener för vårens och höstens föreställningar "
            "och att se över budgeten för evenemang.",
            A(None, None, "avgifter_intakter"),
        ),
        H("Verksamhetens utveckling", 2),
        P(
            "Antalet besök på biblioteken under januari–april var 58 400, vilket är 6 procent fler än samma period "
            "2025 och främst beror på de nya öppettiderna på söndagar.",
            O("Bibliotek", "volymer", note="Visitors against the previous year."),
        ),
    ]
    return ReportSpec(
        file="katrineholm-ktn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Katrineholm",
            "committee": ["Kultur- och turismnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Kultur- och turismnämnden",
            "author": "Katrineholms kommun",
        },
        style=style,
        blocks=blocks,
    )
