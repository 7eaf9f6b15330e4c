"""Kalmarsunds gymnasieförbund, Direktionen, delårsrapport januari–augusti 2025.

An upper-secondary kommunalförbund's interim report in DejaVu Sans Condensed, its footer carrying the date the
direktion adopted it: the period's result (a level) "5,1 mnkr bättre än periodens budget" with a timing reason,
the full year "en negativ avvikelse på 2,8 mnkr" after two levels, the members' contributions and Kalmar's
share (other), pupil numbers that turn into "3,3 mnkr högre medlemsbidrag än budgeterat" (a cause), a table of
deviations at tertial 1 and now (no budget columns) and the change since tertial 1 with causes; then two
columns of plain headings per verksamhet with new shapes: "överskrider sin ram med 2,6 mnkr", "Underskottet
på 1,9 mnkr hänger samman med lokalerna" with a yearly rent increase that is a part, "Det ger ett plus mot
budget på 0,7 mnkr" after the reasons followed by "Prognosen är oförändrad sedan tertial 1" (a boilerplate
forecast change), "Statsbidraget … blev 1,2 mnkr högre än budgeterat", "Här landar prognosen på −3,5 mnkr"
with a part; investments "5,5 mnkr under budget", equity covering the deficit (other) and an action.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BF, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="cond",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Kalmarsunds gymnasieförbund", "Delårsrapport 2025-08-31"),
        footer=lambda n, m: ("Fastställd av direktionen 2025-10-02", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Budgetavvikelse helår per verksamhet, mnkr (+ = bättre än budget)",
        header=(("Verksamhet", "Tertial 1", "Delår augusti"),),
        rows=(
            ("Gymnasiet Norra", "−1,8", "−2,6"),
            ("Gymnasiet Södra", "−1,2", "−1,9"),
            ("Introduktionsprogrammen", "+0,7", "+0,7"),
            ("Vuxenutbildningen", "+0,8", "+1,2"),
            ("Förbundskontoret och gemensamt", "−2,0", "−3,5"),
            ("Medlemsbidrag", "+2,5", "+3,3"),
            ("Förbundet totalt", "−1,0", "−2,8"),
        ),
        widths=(190.0, 80.0, 90.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="cond-bold", after=2),
        Title("Kalmarsunds gymnasieförbund", size=12, font="cond", after=12),
        H("Förvaltningsberättelse", 1),
        H("Ekonomiskt resultat", 2),
        P(
            "Förbundets resultat för perioden januari–augusti är 9,4 mnkr, vilket är 5,1 mnkr bättre än periodens "
            "budget. Det beror främst på att de interkommunala intäkterna för vårterminen har bokförts i sin helhet "
            "under perioden, medan kostnaderna för höstterminens läromedel kommer först i september.",
            C(None, "5,1 mnkr", "+", "periodisering", note="The period; 9,4 mnkr is the result, a level."),
        ),
        P(
            "Helårsprognosen visar ett resultat på 1,2 mnkr mot budgeterade 4,0 mnkr, en negativ avvikelse på 2,8 "
            "mnkr.",
            C(None, "2,8 mnkr", "-", note="The full year after two levels."),
        ),
        P(
            "Medlemskommunernas bidrag för 2025 uppgår till 612,5 mnkr, varav Kalmar kommun svarar för 71 procent.",
            O(None, note="The members' contributions and a share: context."),
        ),
        H("Elever och medlemsbidrag", 2),
        P(
            "Höstterminen startade med 4 386 elever, vilket är 112 fler än budgeterat. Eftersom medlemskommunerna "
            "betalar per elev ger det 3,3 mnkr högre medlemsbidrag än budgeterat för helåret.",
            C(
                "Medlemsbidrag",
                "3,3 mnkr",
                "+",
                "volymer",
                note="Pupil numbers against budget turn into a revenue deviation: a cause.",
            ),
        ),
        table,
        P(
            "Jämfört med tertial 1 har helårsprognosen försämrats med 1,8 mnkr, främst på grund av att kostnaderna "
            "för elevresor och för det nya elevadministrativa systemet har blivit högre än beräknat.",
            F(None, "1,8 mnkr", "-", "prisokningar", "it_digitalisering"),
        ),
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        H("Gymnasiet Norra", 3),
        P(
            "Skolan överskrider sin ram med 2,6 mnkr. Fordonsprogrammet och el- och energiprogrammet har fått fler "
            "elever än planerat, vilket har krävt ytterligare en lärartjänst och mer förbrukningsmaterial i "
            "verkstäderna. Lönerevisionen blev också högre än budgeterat.",
            C("Gymnasiet Norra", "2,6 mnkr", "-", "volymer", "material_hjalpmedel", "lonekostnader"),
        ),
        H("Gymnasiet Södra", 3),
        P(
            "Underskottet på 1,9 mnkr hänger samman med lokalerna. Sedan hyresavtalet för hus C omförhandlades "
            "betalar skolan 1,4 mnkr mer per år än tidigare, samtidigt som antalet elever har minskat något.",
            C(
                "Gymnasiet Södra",
                "1,9 mnkr",
                "-",
                "lokaler",
                "volymer",
                note="The yearly rent increase (1,4 mnkr) is a part, not the amount.",
            ),
        ),
        H("Introduktionsprogrammen", 3),
        PS(
            (
                "Färre nyanlända elever på språkintroduktion har gjort det möjligt att slå ihop två undervisnings"
                "grupper. Det ger ett plus mot budget på 0,7 mnkr.",
                C(
                    "Introduktionsprogrammen",
                    "0,7 mnkr",
                    "+",
                    "volymer",
                    "bemanning",
                    note="The reasons first, the amount in the second sentence.",
                ),
            ),
            ("Prognosen är oförändrad sedan tertial 1.", BF("Introduktionsprogrammen")),
        ),
        H("Vuxenutbildningen", 3),
        P(
            "Statsbidraget för regional yrkesvux blev 1,2 mnkr högre än budgeterat efter att förbundet beviljats fler "
            "platser.",
            C("Vuxenutbildningen", "1,2 mnkr", "+", "statsbidrag"),
        ),
        H("Förbundskontoret och gemensamt", 3),
        P(
            "Här landar prognosen på −3,5 mnkr. Införandet av det nya elevadministrativa systemet kostar 2,2 mnkr mer "
            "än planerat, och kostnaderna för elevresor har ökat efter länstrafikens prisjustering i juli.",
            C(
                "Förbundskontoret och gemensamt",
                "−3,5 mnkr",
                "-",
                "it_digitalisering",
                "prisokningar",
                note="The system's overrun (2,2 mnkr) is a part.",
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen för helåret är 8,5 mnkr, 5,5 mnkr under budget, eftersom ombyggnaden av "
            "svetsverkstaden på Gymnasiet Norra har skjutits till sommaren 2026.",
            C("Investeringar", "5,5 mnkr", "+", "periodisering"),
        ),
        H("Balanskrav och eget kapital", 2),
        P(
            "Förbundets egna kapital uppgår till 38,7 mnkr. Direktionen har beslutat att ett underskott för 2025 får "
            "täckas av eget kapital, och något krav på återställning uppstår därför inte.",
            O(None, "reserver", note="Equity and balanskrav: other."),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har gett förbundsdirektören i uppdrag att ta fram en plan för att minska kostnaderna på "
            "Gymnasiet Norra och Gymnasiet Södra med sammanlagt 2,0 mnkr från och med 2026.",
            A(None, "2,0 mnkr"),
        ),
    ]
    return ReportSpec(
        file="kalmarsunds-gymnasieforbund-delarsrapport-2025-08.pdf",
        report={
            "municipality": [
                "Kalmarsunds gymnasieförbund",
                "Kommunalförbundet Kalmarsunds gymnasieförbund",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Kalmarsunds gymnasieförbund"},
        style=style,
        blocks=blocks,
    )
