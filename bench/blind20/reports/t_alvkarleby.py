"""Älvkarleby kommun, Socialnämnden, tertialrapport 1 2026 (januari–april).

A social committee's tertial report in Liberation Serif 10.5 pt with Liberation Sans headings, footer with the
nämnd's meeting date in May: the period's net cost "1,8 mnkr mer än periodens budget" and, in the next sentence
of the same paragraph, the full year "bedöms underskottet öka till 5,6 mnkr" with its reason (two causes); a
table in tkr whose deviation is "prognos minus budget" (a positive number is a deficit, a minus sign a
surplus, with U+2212); headings that carry the area and amount in a new shape ("Individ- och familjeomsorg,
underskott 3 150 tkr", "Hemtjänst, överskott 640 tkr") with a per-day rate that is not the amount; bold
run-in areas with a full stop and reasons only, which take the table's cell as printed ("1 150" a deficit,
"−440" a surplus: the direction follows the prose, not the sign); the change since February with its cause;
two actions (one with "cirka 400 tkr") and sick leave against last year (other). 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, LP, A, C, F, O

ROW = "Reasons only: the table row's cell as printed (tkr, prognos minus budget: positive = deficit)."
HEAD = "The heading carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Älvkarleby kommun", "Socialnämnden"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "Sammanträde 2026-05-20", f"{n} ({m})"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr (avvikelse = prognos minus budget, positivt tal innebär underskott)",
        header=(("Verksamhet", "Budget helår", "Utfall jan–apr", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "6 420", "1 890", "5 980", "\u2212440"),
            ("Individ- och familjeomsorg", "58 300", "20 840", "61 450", "3 150"),
            ("Ekonomiskt bistånd", "14 800", "5 310", "15 950", "1 150"),
            ("Särskilt boende", "92 600", "31 120", "93 900", "1 300"),
            ("Hemtjänst", "48 200", "15 480", "47 560", "\u2212640"),
            ("Funktionsstöd", "41 700", "12 760", "42 780", "1 080"),
            ("Summa", "262 020", "87 400", "267 620", "5 600"),
        ),
        widths=(150.0, 64.0, 70.0, 68.0, 60.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=2),
        Title("Socialnämnden, januari–april", size=12.5, font="times-italic", after=14),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Socialnämndens nettokostnader till och med april uppgår till 87,4 mnkr, vilket är 1,8 mnkr mer än "
                "periodens budget.",
                C(
                    None,
                    "1,8 mnkr",
                    "-",
                    note="The period against its budget, in a sentence of its own: a cause.",
                ),
            ),
            (
                "För helåret bedöms underskottet öka till 5,6 mnkr, eftersom kostnaderna för köpt vård inom individ- "
                "och familjeomsorgen väntas ligga kvar på nuvarande nivå året ut.",
                C(None, "5,6 mnkr", "-", "kopt_verksamhet", note="The full year: a cause of its own."),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Individ- och familjeomsorg, underskott 3 150 tkr",
            "Under perioden har fyra barn placerats på HVB efter akuta omhändertaganden, och dygnskostnaden för de "
            "externa platserna är i genomsnitt 9 800 kronor. Samtidigt har två tjänster som socialsekreterare fått "
            "bemannas med konsulter.",
            C(
                "Individ- och familjeomsorg",
                "3 150 tkr",
                "-",
                "kopt_verksamhet",
                "inhyrd_personal",
                note=HEAD + " The per-day rate is not the amount.",
            ),
        ),
        LP(
            "Ekonomiskt bistånd.",
            "Antalet hushåll med försörjningsstöd har ökat sedan årsskiftet, främst bland personer som har lämnat "
            "etableringsprogrammet.",
            C(
                "Ekonomiskt bistånd",
                "1 150",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        HP(
            "Särskilt boende, underskott 1 300 tkr",
            "Sjuklönekostnaderna har varit höga under vintern och korttidsfrånvaron har i stor utsträckning ersatts "
            "med timvikarier. Nattbemanningen på Tallbackens boende har dessutom förstärkts med en person sedan "
            "februari.",
            C("Särskilt boende", "1 300 tkr", "-", "sjukfranvaro", "vikarier", "bemanning", note=HEAD),
        ),
        HP(
            "Hemtjänst, överskott 640 tkr",
            "Antalet beviljade timmar har legat under den budgeterade nivån, och några vakanta tjänster har inte "
            "återbesatts.",
            C("Hemtjänst", "640 tkr", "+", "volymer", "vakanser", note=HEAD),
        ),
        HP(
            "Funktionsstöd, underskott 1 080 tkr",
            "Försäkringskassan har avslagit ansökan om assistansersättning i ett nytt ärende, och kostnaden för den "
            "personliga assistansen belastar därför nämnden fullt ut.",
            C("Funktionsstöd", "1 080 tkr", "-", "ersattning_fk", note=HEAD),
        ),
        LP(
            "Nämnd och förvaltningsledning.",
            "Lägre kostnader för utbildning och konferenser samt en vakant controllertjänst under våren.",
            C(
                "Nämnd och förvaltningsledning",
                "\u2212440",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note=ROW + " The minus sign is a surplus here.",
            ),
        ),
        H("Förändring sedan februari", 2),
        P(
            "Jämfört med februariuppföljningen har helårsprognosen försämrats med 1,9 mnkr, i huvudsak till följd av "
            "de nya placeringarna inom individ- och familjeomsorgen.",
            F(None, "1,9 mnkr", "-", "kopt_verksamhet"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har startat ett hemmaplansteam som ska göra det möjligt att avsluta placeringar tidigare. "
            "Teamet finansieras inom befintlig ram genom att två tjänster omfördelas.",
            A("Individ- och familjeomsorg", None, "kopt_verksamhet"),
        ),
        P(
            "Inom särskilt boende införs från juni en gemensam bemanningsenhet för korttidsfrånvaro, som beräknas "
            "minska vikariekostnaderna med cirka 400 tkr under hösten.",
            A("Särskilt boende", "cirka 400 tkr", "vikarier", "bemanning"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron inom socialförvaltningen var 8,9 procent under perioden, jämfört med 9,6 procent samma "
            "period 2025.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="alvkarleby-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Älvkarleby",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Älvkarleby kommun"},
        style=style,
        blocks=blocks,
    )
