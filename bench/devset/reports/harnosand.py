"""(h) Härnösand, Socialnämnden, månadsuppföljning augusti 2025: a result table in tkr whose last column
is a comment per row (one comment names no cue word, one row has none), then area headings with a
generic subheading ("Kommentar", "Åtgärder") under them, a list whose intro names the area, and a cost
that "var inte budgeterad".

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import (
    Bullets,
    CommentTable,
    H,
    P,
    ReportSpec,
    Style,
    Title,
    action,
    cause,
    in_balance,
    mnkr,
    other,
    tkr,
)


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        size=9.5,
        leading=1.35,
        heading_sizes=(15.0, 12.0, 10.0),
        header=lambda n, m: ("Härnösands kommun · Socialnämnden", "Månadsuppföljning augusti 2025"),
        footer=lambda n, m: ("", f"Sida {n} av {m}", ""),
    )
    table = CommentTable(
        header=("Verksamhet, tkr", "Budget helår", "Prognos helår", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Individ- och familjeomsorg", "-98 400", "-104 900", "-6 500"),
                "Fler placeringar av barn och unga i familjehem och på HVB än budgeterat, samt två nya "
                "placeringar enligt LVU under sommaren.",
                cause("Individ- och familjeomsorg", tkr(-6500)),
            ),
            (
                ("Ekonomiskt bistånd", "-41 200", "-44 600", "-3 400"),
                "Fler hushåll med långvarigt försörjningsstöd, främst personer som står långt från "
                "arbetsmarknaden.",
                cause("Ekonomiskt bistånd", tkr(-3400)),
            ),
            (
                ("Funktionsstöd", "-156 300", "-155 100", "1 200"),
                "Vakanta tjänster inom daglig verksamhet och lägre kostnader för köpta platser.",
                cause("Funktionsstöd", tkr(1200)),
            ),
            (
                ("Arbetsmarknad", "-22 800", "-22 600", "200"),
                "Ingen avvikelse mot budget av betydelse.",
                in_balance("Arbetsmarknad"),
            ),
            (("Nämnd och förvaltning", "-12 100", "-11 600", "500"), "", None),
            (("Summa", "-330 800", "-338 800", "-8 000"), "", None),
        ),
        widths=(130.0, 58.0, 58.0, 50.0),
    )
    blocks = [
        Title("Månadsuppföljning augusti 2025", size=20),
        Title("Socialnämnden", size=13),
        H("Sammanfattning"),
        P(
            "Socialnämnden prognostiserar ett underskott på 8,0 mnkr för helåret. Tabellen visar avvikelsen "
            "per verksamhet med en kommentar till varje rad.",
            cause(None, mnkr(-8.0)),
        ),
        table,
        H("Individ- och familjeomsorg"),
        H("Kommentar", level=3),
        P(
            "Antalet placerade barn och unga har ökat från 14 till 19 sedan årsskiftet, vilket gör att "
            "kostnaderna för köpt vård överstiger budget. En placering på HVB kostar i genomsnitt 4 800 "
            "kronor per dygn.",
            cause("Individ- och familjeomsorg", tkr(-6500)),
        ),
        H("Åtgärder", level=3),
        P(
            "Förvaltningen arbetar aktivt med att hitta lösningar på hemmaplan för att minska antalet "
            "externa placeringar.",
            action("Individ- och familjeomsorg"),
        ),
        H("Ekonomiskt bistånd"),
        P("Ekonomiskt bistånd överstiger budget med 3,4 mnkr:", cause("Ekonomiskt bistånd", mnkr(-3.4))),
        Bullets(
            (
                "1,9 mnkr i underskott inom försörjningsstöd till följd av fler hushåll med långvarigt bistånd.",
                "1,5 mnkr i underskott inom etableringsstöd till följd av fler nyanlända hushåll.",
            ),
            labels=(cause("Försörjningsstöd", mnkr(-1.9)), cause("Etableringsstöd", mnkr(-1.5))),
        ),
        H("Funktionsstöd"),
        P(
            "Ett nytt gruppboende på Solgatan öppnade i juni i stället för i januari, vilket kostade 0,6 mnkr "
            "i dubbla hyror under våren. Kostnaden var inte budgeterad.",
            cause("Funktionsstöd", mnkr(-0.6)),
        ),
        H("Prognosens säkerhet"),
        P(
            "Det finns en risk för ytterligare placeringar under hösten, vilket kan öka underskottet med upp "
            "till 2 mnkr.",
            other(),
        ),
    ]
    return ReportSpec(
        file="harnosand-sn-2025-08.pdf",
        report={
            "municipality": "Härnösand",
            "committee": "Socialnämnden",
            "period": "2025-08",
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning augusti 2025 Socialnämnden", "author": "Härnösands kommun"},
        style=style,
        blocks=blocks,
    )
