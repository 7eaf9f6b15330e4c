"""Region Skåne, Sjukhusstyrelse Skånevård Sund, delårsrapport januari–augusti 2025.

A region's hospital-board interim report in DejaVu Sans 9.5 pt, footer with the board's meeting date in
September: the accumulated result "142 mnkr sämre än budget" and, in a sentence of its own, the full year's
"negativ budgetavvikelse på 195 mnkr" (two items); a result table with the period's and the full year's
deviation (U+2212 minus); bullets under a generic heading: a hospital and its amount after a colon ("−120
mnkr."), two hospitals as a "respektive" pair, and "underskottet på 17 mnkr beror på"; kostnadsslag in prose:
personnel costs "4,6 procent högre än budgeterat" with no table row (amount null), hired staff "38 mnkr mer
än budget" with a level before it, drugs "21 mnkr högre än budget", revenue "12 mnkr under budget"
(negative); the change since June with a "varav"; actions as bullets; investments "30 mnkr lägre än budget";
care volumes against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(16.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("Region Skåne", "Sjukhusstyrelse Skånevård Sund"),
        footer=lambda n, m: ("Delårsrapport augusti 2025", "Sjukhusstyrelsen 2025-09-25", f"{n} ({m})"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per sjukhus, mnkr",
        header=(
            ("Verksamhet", "Utfall", "Avvikelse", "Prognos", "Avvikelse"),
            ("", "jan–aug", "jan–aug", "helår", "helår"),
        ),
        rows=(
            ("Helsingborgs lasarett", "−118", "−88", "−165", "−120"),
            ("Ängelholms sjukhus", "−31", "−24", "−44", "−36"),
            ("Landskrona lasarett", "−19", "−15", "−28", "−22"),
            ("Gemensamt och förvaltningsledning", "−18", "−15", "−23", "−17"),
            ("Skånevård Sund totalt", "−186", "−142", "−260", "−195"),
        ),
        widths=(185.0, 68.0, 70.0, 68.0, 70.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=8.5,
        shade=(0.9, 0.93, 0.9),
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Skånevård Sund", size=12, font="sans", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Skånevård Sund redovisar ett ackumulerat resultat efter augusti på −186 mnkr, vilket är 142 mnkr sämre "
            "än budget.",
            C(None, "142 mnkr", "-", note="The period against budget, after the level."),
        ),
        P(
            "Helårsprognosen uppgår till −260 mnkr, en negativ budgetavvikelse på 195 mnkr.",
            C(
                None,
                "195 mnkr",
                "-",
                note="The full year in a paragraph of its own; the level is not the amount.",
            ),
        ),
        table,
        H("Förklaringar till avvikelsen", 2),
        Bullets(
            (
                "Helsingborgs lasarett: −120 mnkr. Höga kostnader för hyrsjuksköterskor på akuten och i slutenvården "
                "och fler öppna vårdplatser under sommaren än planerat.",
                "Ängelholms sjukhus och Landskrona lasarett prognostiserar underskott på 36 respektive 22 mnkr, "
                "främst till följd av köpt vård och lägre intäkter från utomlänspatienter.",
                "Gemensamt och förvaltningsledning: underskottet på 17 mnkr beror på kostnader för införandet av "
                "det nya vårdinformationssystemet.",
            ),
            labels=(
                C("Helsingborgs lasarett", "−120 mnkr", "-", "inhyrd_personal", "volymer"),
                C(
                    "Ängelholms sjukhus",
                    "36",
                    "-",
                    "kopt_verksamhet",
                    "avgifter_intakter",
                    unit="mnkr",
                    note="Two hospitals as a 'respektive' pair: one item each, same text.",
                    also=(C("Landskrona lasarett", "22 mnkr", "-", "kopt_verksamhet", "avgifter_intakter"),),
                ),
                C("Gemensamt och förvaltningsledning", "17 mnkr", "-", "it_digitalisering"),
            ),
        ),
        H("Kostnader och intäkter", 2),
        P(
            "Personalkostnaderna är 4,6 procent högre än budgeterat för perioden.",
            C(
                "Personalkostnader",
                None,
                "-",
                note="A percentage only and no kostnadsslag row: amount null; no reason, no tag.",
            ),
        ),
        P(
            "Kostnaden för inhyrd personal uppgår till 61 mnkr, vilket är 38 mnkr mer än budget. Det beror på "
            "vakanser bland specialistsjuksköterskor.",
            C(
                "Inhyrd personal",
                "38 mnkr",
                "-",
                "inhyrd_personal",
                "vakanser",
                note="The level (61 mnkr) is not the deviation.",
            ),
        ),
        P(
            "Läkemedelskostnaderna beräknas bli 21 mnkr högre än budget. Orsaken är en ökad användning av nya "
            "läkemedel inom onkologin.",
            C("Läkemedel", "21 mnkr", "-", "material_hjalpmedel", "volymer"),
        ),
        P(
            "Intäkterna från patientavgifter och såld vård ligger 12 mnkr under budget, eftersom färre "
            "utomlänspatienter har sökt vård vid akuten i Helsingborg.",
            C(
                "Intäkter",
                "12 mnkr",
                "-",
                "avgifter_intakter",
                "volymer",
                note="Revenue under budget: negative.",
            ),
        ),
        H("Förändring mot föregående prognos", 2),
        P(
            "Jämfört med prognosen i juni har helårsprognosen försämrats med 25 mnkr, varav 18 mnkr avser "
            "Helsingborgs lasarett.",
            F(None, "25 mnkr", "-", note="'Varav' a part: one item with the total."),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Hyrsjuksköterskor på akuten fasas ut till och med december, med en beräknad effekt på 14 mnkr.",
                "Vårdplatserna samordnas mellan de tre sjukhusen under hösten.",
            ),
            labels=(
                A("Helsingborgs lasarett", "14 mnkr", "inhyrd_personal"),
                A(None, None, "bemanning"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna för perioden är 74 mnkr. För helåret beräknas investeringarna bli 30 mnkr lägre "
            "än budget, eftersom leveransen av en ny magnetkamera till Landskrona lasarett har försenats till 2026.",
            C(
                "Investeringar",
                "30 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                note="Investment under-spending; the period's 74 mnkr is a level.",
            ),
        ),
        H("Verksamhet", 2),
        P(
            "Antalet besök i den specialiserade öppenvården har ökat med 3,8 procent jämfört med samma period 2024.",
            O(None, "volymer", note="Volumes against the previous year."),
        ),
    ]
    return ReportSpec(
        file="region-skane-sund-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Region Skåne",
            "committee": [
                "Sjukhusstyrelse Skånevård Sund",
                "Sjukhusstyrelsen för Skånevård Sund",
                "Skånevård Sund",
            ],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport augusti 2025 Skånevård Sund", "author": "Region Skåne"},
        style=style,
        blocks=blocks,
    )
