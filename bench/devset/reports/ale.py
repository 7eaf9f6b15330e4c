"""(f) Ale, Omsorgs- och arbetsmarknadsnämnden, uppföljning maj 2025: the municipality is named only in
the page footer; actions, changes against the April forecast and boilerplate ("Ingen förändring i
jämförelse med aprilprognosen", "prognostiseras i balans").

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import (
    Bullets,
    H,
    P,
    ReportSpec,
    Style,
    Table,
    Title,
    action,
    cause,
    change,
    in_balance,
    mnkr,
    no_change,
)


def spec() -> ReportSpec:
    style = Style(
        size=9.5,
        heading_sizes=(13.0, 10.5, 10.0),
        header=lambda n, m: ("Omsorgs- och arbetsmarknadsnämnden · Uppföljning maj 2025", ""),
        hyphenate=True,
        footer=lambda n, m: ("Ale kommun", "", f"Sida {n} av {m}"),
        rule_under_header=True,
    )
    table = Table(
        caption="Nettokostnad per verksamhet (tkr)",
        header=(("", "Budget", "Prognos", "Avvikelse"), ("Verksamhet", "2025", "2025", "budget − prognos")),
        rows=(
            ("Nämnd och förvaltningsledning", "14 820", "14 320", "500"),
            ("Hemtjänst", "118 400", "124 950", "-6 550"),
            ("Särskilt boende", "176 300", "175 100", "1 200"),
            ("Funktionsstöd", "142 900", "146 100", "-3 200"),
            ("Arbetsmarknad och försörjning", "61 200", "61 200", "0"),
            ("Summa", "513 620", "521 670", "-8 050"),
        ),
        widths=(190.0, 80.0, 80.0, 100.0),
        bold_rows=frozenset({5}),
        rules=True,
    )
    blocks = [
        Title("Uppföljning per maj 2025", size=18),
        Title("Omsorgs- och arbetsmarknadsnämnden", size=12),
        H("Sammanfattning", 1),
        P(
            "Nämnden prognostiserar ett underskott på 8,1 mnkr för 2025. Underskottet finns framför allt "
            "inom hemtjänsten, där antalet beviljade timmar fortsätter att öka, och inom funktionsstöd. "
            "Särskilt boende och förvaltnings~ledningen bedöms lämna mindre överskott.",
            cause(None, mnkr(-8.1)),
        ),
        table,
        H("Kommentarer per verksamhet", 1),
        H("Hemtjänst"),
        P(
            "Hemtjänsten prognostiserar ett underskott på 6,6 mnkr. Antalet beviljade hemtjänst~timmar har "
            "ökat med 9 procent sedan december, samtidigt som andelen tid hos brukare har sjunkit. "
            "Kostnaderna för övertid och mertid har ökat eftersom grund~bemanningen inte räcker till vid "
            "helger och semesterperioder.",
            cause("Hemtjänst", mnkr(-6.6)),
        ),
        P(
            "Förändring jämfört med aprilprognosen: underskottet har ökat med 1,2 mnkr till följd av fler "
            "brukare med dubbelbemanning.",
            change("Hemtjänst", mnkr(-1.2)),
        ),
        P(
            "Åtgärder: Förvaltningen inför ett nytt planerings~system i september och ser över schemana för "
            "att minska antalet delade turer. Samtliga beslut om dubbelbemanning följs upp av "
            "biståndshandläggare.",
            action("Hemtjänst"),
        ),
        H("Särskilt boende"),
        P(
            "Särskilt boende prognostiserar ett överskott på 1,2 mnkr. Ett av boendena har haft sex tomma "
            "platser under våren i väntan på renovering, vilket har gett lägre personal~kostnader. "
            "Överskottet minskar när platserna åter tas i bruk efter sommaren.",
            cause("Särskilt boende", mnkr(1.2)),
        ),
        P("Ingen förändring i jämförelse med aprilprognosen.", no_change("Särskilt boende")),
        H("Funktionsstöd"),
        P(
            "Funktionsstöd prognostiserar ett underskott på 3,2 mnkr, främst beroende på två nya externa "
            "placeringar i bostad med särskild service för vuxna enligt LSS. Dygnskostnaden för "
            "placeringarna är i genomsnitt 9 800 kronor. Därutöver har ersättningen från Försäkrings~kassan "
            "för personlig assistans blivit lägre än budgeterat.",
            cause("Funktionsstöd", mnkr(-3.2)),
        ),
        P(
            "Jämfört med aprilprognosen har underskottet ökat med 0,9 mnkr, vilket förklaras av den andra "
            "externa placeringen som verkställdes i maj.",
            change("Funktionsstöd", mnkr(-0.9)),
        ),
        H("Arbetsmarknad och försörjning"),
        P(
            "Verksamheten prognostiseras i balans. Ingen förändring i jämförelse med aprilprognosen.",
            in_balance("Arbetsmarknad och försörjning", "balanced"),
        ),
        H("Nämnd och förvaltningsledning"),
        P(
            "Förvaltningsledningen beräknas lämna ett överskott på 0,5 mnkr till följd av en vakant tjänst "
            "som kvalitetsstrateg. Ingen förändring i jämförelse med aprilprognosen.",
            cause("Nämnd och förvaltningsledning", mnkr(0.5)),
        ),
        H("Åtgärder för budget i balans", 1),
        P("För att nå en budget i balans har nämnden beslutat om följande åtgärder:", action()),
        Bullets(
            (
                "inköpsstopp för allt som inte är verksamhetskritiskt,",
                "anställningsprövning vid alla tillsvidare~anställningar,",
                "översyn av avtalen för externa placeringar.",
            ),
            continues=True,
        ),
    ]
    return ReportSpec(
        file="ale-oan-2025-05.pdf",
        report={
            "municipality": "Ale",
            "committee": "Omsorgs- och arbetsmarknadsnämnden",
            "period": "2025-05",
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Uppföljning per maj 2025 – Omsorgs- och arbetsmarknadsnämnden", "author": ""},
        style=style,
        blocks=blocks,
    )
