"""Västra Götalandsregionen, Styrelsen för Habilitering & Hälsa, månadsrapport maj 2026.

A region's health-care month report in "mnkr" with U+2212 minus signs, footer with the styrelse's meeting
date in June: the accumulated result "3,9 mnkr bättre än budget för perioden" and, in the next sentence, a
full-year "nollresultat, i enlighet med budget" (boilerplate); the period surplus's reason in a paragraph of
its own (amount null); a table with the period's and the full year's deviation side by side; two areas as a
"respektive" pair for the period with a shared cause; an area whose first sentence has no amount and whose
second gives "Prognosen för helåret är −4,2 mnkr"; the area after "Inom" with "ett underskott på 2,6 mnkr";
"Syncentralen följer budget" (boilerplate); a reason-only surplus (the table's full-year "2,3"); bought
care "ligger 1,1 mnkr över budget"; "oförändrad" since April (a boilerplate forecast change); an action and
staff numbers against last year (other). 8 scored causes. DejaVu Sans 9 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.0,
        leading=1.45,
        para_gap=6.5,
        heading_sizes=(14.0, 11.0, 9.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Västra Götalandsregionen", "Habilitering & Hälsa"),
        footer=lambda n, m: (
            "Månadsrapport maj 2026",
            "Styrelsen för Habilitering & Hälsa 2026-06-16",
            f"{n}",
        ),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Avvikelse mot budget per verksamhetsområde, mnkr",
        header=(("Verksamhetsområde", "Avvikelse jan–maj", "Prognos helår, avvikelse"),),
        rows=(
            ("Habilitering barn och ungdom", "2,8", "3,0"),
            ("Habilitering vuxna", "1,9", "1,5"),
            ("Hörselverksamheten", "−1,6", "−4,2"),
            ("Syncentralen", "0,4", "0,0"),
            ("Tolkverksamheten", "−0,9", "−2,6"),
            ("Stab och gemensamma funktioner", "1,3", "2,3"),
            ("Summa", "3,9", "0,0"),
        ),
        widths=(200.0, 110.0, 140.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport maj 2026", size=18, font="sans-bold", after=2),
        Title("Styrelsen för Habilitering & Hälsa", size=11.5, font="sans", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Habilitering & Hälsa redovisar ett ackumulerat resultat för januari–maj på +6,2 mnkr, vilket är "
                "3,9 mnkr bättre än budget för perioden.",
                C(None, "3,9 mnkr", "+", note="The period against budget: a cause of its own."),
            ),
            (
                "Helårsprognosen är ett nollresultat, i enlighet med budget.",
                BP(None, note="A zero result as budgeted: boilerplate."),
            ),
        ),
        P(
            "Överskottet för perioden förklaras av vakanta tjänster bland psykologer och logopeder, där "
            "rekryteringsläget fortsatt är svårt.",
            C(
                None,
                None,
                "+",
                "vakanser",
                note="The period surplus's reason apart from its amount: a cause with amount null.",
            ),
        ),
        table,
        H("Verksamheternas ekonomi", 2),
        P(
            "Habilitering barn och ungdom och Habilitering vuxna visar positiva avvikelser på 2,8 respektive 1,9 "
            "mnkr för perioden. Båda verksamheterna har vakanser bland psykologer och arbetsterapeuter som inte "
            "har gått att tillsätta.",
            C(
                "Habilitering barn och ungdom",
                "2,8",
                "+",
                "vakanser",
                unit="mnkr",
                note="A 'respektive' pair with a shared cause in the next sentence: two items, same text.",
                also=(C("Habilitering vuxna", "1,9 mnkr", "+", "vakanser"),),
            ),
        ),
        P(
            "Hörselverksamheten är den verksamhet som avviker mest negativt. Prognosen för helåret är −4,2 mnkr, "
            "då antalet utprovade hörapparater ökar kraftigt efter att väntetiderna har kortats, och priset per "
            "hörapparat har stigit i det nya avtalet.",
            C(
                "Hörselverksamheten",
                "−4,2 mnkr",
                "-",
                "volymer",
                "material_hjalpmedel",
                "prisokningar",
                note="The first sentence has no amount, the second the full year's: one item.",
            ),
        ),
        P(
            "Inom tolkverksamheten beräknas ett underskott på 2,6 mnkr för helåret. Intäkterna från beställarna "
            "blir lägre när efterfrågan på distanstolkning minskar, och verksamheten har samtidigt höga kostnader "
            "för inhyrda tolkar vid sjukfrånvaro.",
            C(
                "Tolkverksamheten",
                "2,6 mnkr",
                "-",
                "avgifter_intakter",
                "volymer",
                "inhyrd_personal",
                "sjukfranvaro",
            ),
        ),
        P("Syncentralen följer budget.", BP("Syncentralen")),
        P(
            "Stab och gemensamma funktioner beräknas få ett överskott för helåret, eftersom en del av "
            "IT-kostnaderna för det nya journalsystemet ska belasta regiongemensamma medel i stället för "
            "förvaltningen.",
            C(
                "Stab och gemensamma funktioner",
                "2,3",
                "+",
                "it_digitalisering",
                unit="mnkr",
                table=True,
                note="Reason only, for the full year: the table's full-year cell.",
            ),
        ),
        P(
            "Köpt vård för barn med autism från privata utförare har ökat och ligger 1,1 mnkr över budget efter "
            "maj.",
            C("Köpt vård", "1,1 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Prognosförändring", 2),
        P("Jämfört med aprilrapporten är helårsprognosen oförändrad.", BF(None)),
        H("Åtgärder", 2),
        P(
            "Hörselverksamheten inför ett gemensamt upphandlat sortiment och striktare regler för förskrivning "
            "från juli. Åtgärden beräknas sänka kostnaderna med 1,5 mnkr under andra halvåret.",
            A("Hörselverksamheten", "1,5 mnkr", "material_hjalpmedel"),
        ),
        H("Medarbetare", 2),
        P(
            "Antalet anställda har minskat med 14 jämfört med maj 2025, och sjukfrånvaron är 6,4 procent.",
            O(None, note="Staff numbers against the previous year."),
        ),
    ]
    return ReportSpec(
        file="region-vastra-gotaland-habilitering-och-halsa-manadsrapport-2026-05.pdf",
        report={
            "municipality": ["Region Västra Götaland", "Västra Götalandsregionen"],
            "committee": [
                "Styrelsen för Habilitering & Hälsa",
                "Habilitering & Hälsa",
                "Habilitering och Hälsa",
            ],
            "period": ["2026-05"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport maj 2026 Habilitering & Hälsa",
            "author": "Västra Götalandsregionen",
        },
        style=style,
        blocks=blocks,
    )
