"""Söderköpings kommun, Kommunstyrelsen, tertialrapport 2026-04 (the kommunstyrelse's own verksamheter).

A kommunstyrelse's first tertial report, header with the report date in May: the full year "+0,6 mnkr
jämfört med budget" and the period "2,3 mnkr lägre än periodiserad budget" (net cost, positive) with its
timing reason in the same sentence, in two sentences (two items); a table per enhet with hyphen-minus
deficits; two kostnadsslag in one sentence ("1,6 mnkr lägre än budget …, medan … överstiger budget med 1,0
mnkr", two items) and net cost growth against 2025 (other); en-dash bullets under a generic heading ("Kommentarer till avvikelserna") in varied shapes ("Kost
och lokalvård, −1,1 mnkr:" with the reason after the colon, "beräknas göra ett överskott om 0,8 mnkr då",
"gör att enheten överskrider budget med 0,9 mnkr" with the amount last, "har ett överskott på 1,3 mnkr till
följd av", "håller budget" (boilerplate), "Politisk verksamhet +0,5 mnkr:"); an action with its effect;
investments "12,4 mnkr, vilket är 5,1 mnkr under budget"; a pay-rise uncertainty (other). DejaVu Serif
Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(16.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Söderköpings kommun", "2026-05-18"),
        footer=lambda n, m: ("Tertialrapport 1 2026 – Kommunstyrelsen", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per enhet, mnkr",
        header=(("Enhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Politisk verksamhet", "9,8", "9,3", "0,5"),
            ("Kommunledningsenheten", "36,4", "35,1", "1,3"),
            ("IT och digitalisering", "21,7", "22,6", "-0,9"),
            ("Kost och lokalvård", "48,2", "49,3", "-1,1"),
            ("Arbetsmarknadsenheten", "17,5", "16,7", "0,8"),
            ("Turism och besöksnäring", "6,4", "6,4", "0,0"),
            ("Summa kommunstyrelsen", "140,0", "139,4", "0,6"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="serif-cond-bold", after=2),
        Title("Kommunstyrelsen, januari–april", size=12, font="serif-cond", after=14),
        H("Ekonomisk översikt", 2),
        Para(
            (
                (
                    "Kommunstyrelsen prognostiserar ett resultat på +0,6 mnkr jämfört med budget för 2026.",
                    C(None, "+0,6 mnkr", "+", note="The full year, no reasons: no tags."),
                ),
                (
                    "För perioden januari–april är nettokostnaderna 2,3 mnkr lägre än periodiserad budget, vilket "
                    "främst beror på att flera utvecklingsprojekt inte har kommit igång.",
                    C(
                        None,
                        "2,3 mnkr",
                        "+",
                        "periodisering",
                        note="The period with its reason, its own sentence.",
                    ),
                ),
            )
        ),
        table,
        P(
            "Personalkostnaderna beräknas bli 1,6 mnkr lägre än budget till följd av vakanser, medan kostnaderna "
            "för livsmedel och förbrukningsmaterial överstiger budget med 1,0 mnkr.",
            C(
                "Personalkostnader",
                "1,6 mnkr",
                "+",
                "vakanser",
                note="Two kostnadsslag in one sentence: the first item.",
                also=(
                    C(
                        "Livsmedel och förbrukningsmaterial",
                        "1,0 mnkr",
                        "-",
                        note="Two kostnadsslag in one sentence: the second item, no reason given.",
                    ),
                ),
            ),
        ),
        P(
            "Nettokostnaden för perioden är 3,4 procent högre än under samma period 2025.",
            O(None, note="A comparison with the previous year: other."),
        ),
        H("Kommentarer till avvikelserna", 2),
        Bullets(
            (
                "Kost och lokalvård, −1,1 mnkr: livsmedelspriserna har stigit mer än budgeterat och det nya avtalet "
                "för städkemikalier är dyrare än det gamla.",
                "Arbetsmarknadsenheten beräknas göra ett överskott om 0,8 mnkr då de statliga medlen för "
                "extratjänster har ökat.",
                "Licenskostnaderna för kontorsprogram och det nya ärendehanteringssystemet gör att IT och "
                "digitalisering överskrider budget med 0,9 mnkr.",
                "Kommunledningsenheten har ett överskott på 1,3 mnkr till följd av vakanser, bland annat som "
                "kommunjurist och näringslivsutvecklare.",
                "Turism och besöksnäring håller budget.",
                "Politisk verksamhet +0,5 mnkr: färre sammanträden än planerat har gett lägre arvodeskostnader.",
            ),
            labels=(
                C(
                    "Kost och lokalvård",
                    "−1,1 mnkr",
                    "-",
                    "prisokningar",
                    note="The area and amount before a colon; a dearer contract is prisokningar.",
                ),
                C("Arbetsmarknadsenheten", "0,8 mnkr", "+", "statsbidrag"),
                C(
                    "IT och digitalisering",
                    "0,9 mnkr",
                    "-",
                    "it_digitalisering",
                    note="The area after the reason, the amount last.",
                ),
                C("Kommunledningsenheten", "1,3 mnkr", "+", "vakanser"),
                BP("Turism och besöksnäring"),
                C("Politisk verksamhet", "+0,5 mnkr", "+", "ovrigt", note="Members' fees are ovrigt."),
            ),
            glyph="–",
        ),
        H("Åtgärder", 2),
        P(
            "Kost och lokalvård ser över menyer och inköpsrutiner för att minska kostnaderna med 0,4 mnkr under "
            "resten av året.",
            A("Kost och lokalvård", "0,4 mnkr", "prisokningar"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 12,4 mnkr, vilket är 5,1 mnkr under budget, eftersom ombyggnaden av "
            "kommunhusets reception skjuts till 2027.",
            C("Investeringar", "5,1 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Osäkerhet i prognosen", 2),
        P(
            "Prognosen bygger på att lönerevisionen för 2026 ryms inom den budgeterade nivån. Om centrala avtal blir "
            "dyrare än beräknat kan kostnaderna öka med upp till 0,7 mnkr.",
            O(None, "lonekostnader", note="An uncertainty: other."),
        ),
    ]
    return ReportSpec(
        file="soderkoping-ks-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Söderköping",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Kommunstyrelsen", "author": "Söderköpings kommun"},
        style=style,
        blocks=blocks,
    )
