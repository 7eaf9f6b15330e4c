"""Alvesta kommun, Utbildningsnämnden, tertialrapport 1 2026 (januari–april).

An education committee's tertial report in tkr whose header carries the nämnd's meeting in May: the full year
"ett underskott på 7 350 tkr, motsvarande 1,1 procent av budgetramen" (the percentage is not the amount), the
period "3 120 tkr lägre än periodiserad budget" (a positive period deviation of a net cost) with its timing
reason in the same sentence, revenue "2,9 mnkr högre än budget" from grants and sold places; a comment table
whose "Avvikelse" column is budget minus prognos, with comments that name their own amount ("Prognosen
överskrids med 6 250 tkr", "1,2 mnkr högre än budgeterat"), reason-only comments that take their row's cell
("1 700", "−3 600", "−950"), "Prognos enligt budget" (boilerplate) and a row with no comment; the change since
February with its cause, two actions under a bullet list (one with an effect), investments with the part
deferred written out and sick leave against last year (other). DejaVu Serif 9.5 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "Reasons only in the comment: the row's Avvikelse cell."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Alvesta kommun – Utbildningsnämnden", "Sammanträde 2026-05-19"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Förskola", "142 600", "140 900", "1 700"),
                "Färre barn än beräknat är inskrivna under våren, och två avdelningar i Moheda har slagits ihop.",
                C(
                    "Förskola",
                    "1 700",
                    "+",
                    "volymer",
                    "omstallning",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Grundskola F–9", "318 400", "324 650", "−6 250"),
                "Prognosen överskrids med 6 250 tkr. Fler elever i behov av särskilt stöd kräver extra "
                "resurspersoner, och skolskjutsavtalet som började gälla i januari är dyrare än det tidigare.",
                C("Grundskola F–9", "6 250 tkr", "-", "volymer", "bemanning", "prisokningar"),
            ),
            (
                ("Gymnasieskola", "98 200", "101 800", "−3 600"),
                "Fler elever än planerat har valt program i andra kommuner, vilket ger högre interkommunala "
                "ersättningar.",
                C(
                    "Gymnasieskola",
                    "−3 600",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Vuxenutbildning", "24 300", "23 100", "1 200"),
                "Statsbidraget för regional yrkesvux blev 1,2 mnkr högre än budgeterat.",
                C("Vuxenutbildning", "1,2 mnkr", "+", "statsbidrag"),
            ),
            (
                ("Elevhälsa", "21 800", "21 800", "0"),
                "Prognos enligt budget.",
                BP("Elevhälsa"),
            ),
            (
                ("Måltider", "38 900", "39 850", "−950"),
                "Livsmedelspriserna har fortsatt att stiga under våren.",
                C("Måltider", "−950", "-", "prisokningar", unit="tkr", table=True, note=ROW),
            ),
            (("Förvaltningsledning", "16 200", "15 650", "550"), "", None),
            (("Summa", "660 400", "667 750", "−7 350"), "", None),
        ),
        widths=(118.0, 56.0, 56.0, 56.0),
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="sans-bold", after=2),
        Title("Utbildningsnämnden, januari–april", size=12, font="serif-italic", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Utbildningsnämnden prognostiserar för helåret ett underskott på 7 350 tkr, motsvarande 1,1 procent "
            "av budgetramen.",
            C(None, "7 350 tkr", "-", note="The percentage of the frame is not the amount."),
        ),
        P(
            "Periodens utfall är 3 120 tkr lägre än periodiserad budget, främst på grund av att kostnader för "
            "läromedel och inventarier normalt belastar hösten.",
            C(
                None,
                "3 120 tkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                note="A net cost below the periodised budget: a positive period deviation.",
            ),
        ),
        P(
            "Nämndens intäkter blir sammantaget 2,9 mnkr högre än budget för helåret, främst genom riktade "
            "statsbidrag till vuxenutbildningen och fler sålda platser i förskolan till grannkommuner.",
            C("Intäkter", "2,9 mnkr", "+", "statsbidrag", "avgifter_intakter"),
        ),
        P(
            "Avvikelse avser budget minus prognos. Negativt tal innebär att prognosen överstiger budget.",
            size=8.5,
        ),
        table,
        H("Prognosförändring", 2),
        P(
            "Jämfört med prognosen i februari har underskottet ökat med 2 100 tkr, som en följd av att tre nya "
            "elever med omfattande behov har börjat i anpassad grundskola.",
            F(None, "2 100 tkr", "-", "volymer"),
        ),
        H("Åtgärder", 2),
        P("Förvaltningen har vidtagit följande åtgärder för att minska underskottet:"),
        Bullets(
            (
                "Anställningsprövning för alla administrativa tjänster, vilket beräknas ge 1 500 tkr lägre "
                "kostnader under resten av året.",
                "Skolskjutsplaneringen ses över tillsammans med kollektivtrafikmyndigheten inför hösten.",
            ),
            labels=(
                A(None, "1 500 tkr", "bemanning"),
                A("Grundskola F–9", None, "prisokningar"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 6,0 mnkr för inventarier och digitala verktyg beräknas 4,2 mnkr användas. "
            "Resterande 1,8 mnkr skjuts till 2027, eftersom ombyggnaden av Skogsbrynets skola har försenats.",
            C(
                "Investeringar",
                "1,8 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending, the deferred part written out.",
            ),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 6,2 procent under perioden, vilket är 0,7 procentenheter lägre än samma period "
            "2025.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="alvesta-un-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Alvesta",
            "committee": ["Utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Utbildningsnämnden", "author": "Alvesta kommun"},
        style=style,
        blocks=blocks,
    )
