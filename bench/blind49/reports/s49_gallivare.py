"""Gällivare kommun, Barn- och utbildningsnämnden, tertialrapport 1 2026.

A school committee's first tertial report in mnkr with its table pasted as an image (the amounts live only in
the prose), footer with the nämnd's meeting date in May: the period "2,3 mnkr lägre än den periodiserade
budgeten" (positive), the timing reason for it in a paragraph of its own (amount null) and the full year "ett
underskott på 4,8 mnkr" after "däremot"; plain headings over "ett överskott om 1,4 mnkr", two school stages
"underskott på 3,6 respektive 1,1 mnkr" with shared causes in the next sentence (two items, one text), a
reason-only deficit whose amount is only in the image (null), "0,7 mnkr högre än budget", "drygt en miljon
kronor" in words (the image says 1,2), a central buffer as the reason for a surplus (reserver); investments
that "bedöms förbrukas fullt ut" (boilerplate); an action with its effect, sick leave against last year and a
volume risk (others). Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Gällivare kommun", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Barn- och utbildningsnämnden 2026-05-20", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Förskola", "98,6", "97,2", "1,4"),
            ("Grundskola F–6", "141,3", "144,9", "-3,6"),
            ("Grundskola 7–9", "72,4", "73,5", "-1,1"),
            ("Gymnasieskola", "86,0", "88,9", "-2,9"),
            ("Skolskjuts", "14,2", "14,9", "-0,7"),
            ("Vuxenutbildning", "19,8", "18,6", "1,2"),
            ("Central administration", "12,7", "11,8", "0,9"),
            ("Summa", "445,0", "449,8", "-4,8"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="arial-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12.5, font="arial", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Nämndens nettokostnader för januari–april uppgår till 142,6 mnkr, vilket är 2,3 mnkr lägre än den "
            "periodiserade budgeten.",
            C(
                None,
                "2,3 mnkr",
                "+",
                note="A net cost under the periodised budget: a positive period deviation.",
            ),
        ),
        P(
            "Överskottet för perioden förklaras främst av att kostnaderna för läromedel och fortbildning som vanligt "
            "belastar hösten.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason apart from its amount: null.",
            ),
        ),
        P(
            "För helåret prognostiseras däremot ett underskott på 4,8 mnkr.",
            C(None, "4,8 mnkr", "-"),
        ),
        table,
        H("Förskola", 3),
        P(
            "Förskolan beräknas lämna ett överskott om 1,4 mnkr. Barnantalet i Malmberget har minskat snabbare än "
            "beräknat i samband med samhällsomvandlingen, och en avdelning i Koskullskulle har kunnat stängas.",
            C("Förskola", "1,4 mnkr", "+", "volymer", "omstallning"),
        ),
        H("Grundskola", 3),
        P(
            "Grundskolans årskurser F–6 och 7–9 går mot underskott på 3,6 respektive 1,1 mnkr. Förklaringen är "
            "främst fler elever med behov av särskilt stöd samt höga kostnader för vikarier vid sjukfrånvaro bland "
            "lärarna.",
            C(
                "Grundskola F–6",
                "3,6",
                "-",
                "volymer",
                "vikarier",
                "sjukfranvaro",
                unit="mnkr",
                note="A 'respektive' pair with the shared causes in the next sentence: two items, one text.",
                also=(C("Grundskola 7–9", "1,1 mnkr", "-", "volymer", "vikarier", "sjukfranvaro"),),
            ),
        ),
        H("Gymnasieskola", 3),
        P(
            "Gymnasieskolan prognostiserar ett negativt resultat jämfört med budget, eftersom fler elever än beräknat "
            "har valt program i Luleå och Kiruna, vilket ökar kostnaderna för interkommunal ersättning.",
            C(
                "Gymnasieskola",
                None,
                "-",
                "kopt_verksamhet",
                "volymer",
                note="Reasons only, and the table is an image with no text layer: amount null.",
            ),
        ),
        H("Skolskjuts", 3),
        P(
            "Kostnaden för skolskjuts blir 0,7 mnkr högre än budget efter att ett nytt avtal med taxibolaget trädde i "
            "kraft i januari.",
            C(
                "Skolskjuts",
                "0,7 mnkr",
                "-",
                "prisokningar",
                note="A dearer transport contract: prisokningar.",
            ),
        ),
        H("Vuxenutbildning", 3),
        P(
            "Vuxenutbildningen har fått ett högre statsbidrag för regionalt yrkesvux än beräknat och redovisar därför "
            "ett överskott på drygt en miljon kronor.",
            C(
                "Vuxenutbildning",
                "drygt en miljon kronor",
                "+",
                "statsbidrag",
                value=1_000_000,
                note="An amount in words with 'drygt': the stated figure (the image says 1,2).",
            ),
        ),
        H("Central administration", 3),
        P(
            "Den centrala administrationen ger ett överskott på 0,9 mnkr, vilket beror på den ofördelade buffert som "
            "nämnden avsatt i budgeten.",
            C("Central administration", "0,9 mnkr", "+", "reserver"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget för 2026 är 6,5 mnkr, och den bedöms förbrukas fullt ut.",
            BP("Investeringar", note="A frame that will be used in full: boilerplate."),
        ),
        H("Åtgärder", 2),
        P(
            "För att minska underskottet inom grundskolan har förvaltningen beslutat om en översyn av "
            "elevassistenternas organisation och ett restriktivt förhållningssätt till vikarier vid kortare "
            "frånvaro. Åtgärderna bedöms ge 1,5 mnkr under hösten.",
            A("Grundskola", "1,5 mnkr", "vikarier"),
        ),
        H("Personal och omvärld", 2),
        P(
            "Sjukfrånvaron bland pedagogisk personal har ökat till 7,4 procent, att jämföra med 6,1 procent vid "
            "samma tid 2025.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
        P(
            "Om industrietableringarna leder till fler inflyttade familjer under hösten kan behovet av "
            "förskoleplatser öka snabbare än vad prognosen förutsätter.",
            O("Förskola", "volymer", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="gallivare-bun-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Gällivare",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Barn- och utbildningsnämnden",
            "author": "Gällivare kommun",
        },
        style=style,
        blocks=blocks,
    )
