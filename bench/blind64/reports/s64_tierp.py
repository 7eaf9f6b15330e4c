"""Tierps kommun, Socialnämnden, månadsrapport oktober 2025.

An elderly-care and disability month report of the socialnämnd in "mnkr", footer with the meeting date in
November: the full year "ett underskott på 9,2 mnkr" and the change since September in two sentences of
one paragraph; a kostnadsslag table with a trailing minus for deficits ("6,7-") and costs; run-in kostnadsslag
with a colon whose reasons come without amounts (each takes its row's cell: "2,8", "6,7-", "4,8-", "0,5");
then two columns of headings that carry the verksamhet and the amount ("Hemtjänst −5,1 mnkr"), so the
deficit is explained twice, with a volume level that is not the amount, a surplus reduced by hired nurses,
and "bedöms följa budget" (boilerplate); an action with its effect and a risk (other). DejaVu Sans Condensed
9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O

ROW = "A reason-only run-in kostnadsslag: the table row's cell as printed (mnkr, trailing minus = deficit)."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(60.0, 74.0, 60.0, 72.0),
        header=lambda n, m: ("Tierps kommun – Socialnämnden", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Socialnämndens sammanträde 2025-11-19", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per kostnadsslag, mnkr (minustecken efter beloppet anger kostnad eller underskott)",
        header=(("Kostnadsslag", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Verksamhetens intäkter", "118,5", "121,3", "2,8"),
            ("Personalkostnader", "512,4-", "519,1-", "6,7-"),
            ("Köp av verksamhet", "96,2-", "101,0-", "4,8-"),
            ("Lokalkostnader", "48,6-", "48,1-", "0,5"),
            ("Övriga kostnader", "41,3-", "42,3-", "1,0-"),
            ("Nettokostnad", "580,0-", "589,2-", "9,2-"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="cond-bold", after=2),
        Title("Socialnämnden – vård, omsorg och funktionsstöd", size=12, font="cond", after=12),
        H("Ekonomiskt resultat och prognos", 2),
        PS(
            (
                "Socialnämndens prognos för helåret är ett underskott på 9,2 mnkr.",
                C(None, "9,2 mnkr", "-"),
            ),
            (
                "Prognosen har försämrats med 0,8 mnkr sedan september, främst på grund av fler beviljade "
                "hemtjänsttimmar.",
                F(None, "0,8 mnkr", "-", "volymer"),
            ),
        ),
        table,
        H("Kommentarer per kostnadsslag", 2),
        LP(
            "Intäkter:",
            "Högre intäkter än budgeterat från omvårdnadsavgifter och ersättningar från Migrationsverket gör att "
            "intäkterna överstiger budget.",
            C(
                "Verksamhetens intäkter",
                "2,8",
                "+",
                "avgifter_intakter",
                "statsbidrag",
                unit="mnkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Personalkostnader:",
            "Underskottet förklaras av hög sjukfrånvaro i särskilt boende, övertid under sommaren när vikarier "
            "saknades och extra nattbemanning på två demensavdelningar.",
            C(
                "Personalkostnader",
                "6,7-",
                "-",
                "sjukfranvaro",
                "overtid",
                "vikarier",
                "bemanning",
                unit="mnkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Köp av verksamhet:",
            "Fler personer än beräknat har beviljats plats på externa boenden inom LSS, och korttidsplatser har "
            "köpts av grannkommuner under renoveringen av Lärkbackens korttidsboende.",
            C(
                "Köp av verksamhet",
                "4,8-",
                "-",
                "kopt_verksamhet",
                "volymer",
                "ovrigt",
                unit="mnkr",
                table=True,
                note=ROW + " A closure for renovation is ovrigt.",
            ),
        ),
        LP(
            "Lokalkostnader:",
            "Lägre kostnader för el och uppvärmning än budgeterat.",
            C("Lokalkostnader", "0,5", "+", "prisokningar", unit="mnkr", table=True, note=ROW),
        ),
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        HP(
            "Hemtjänst −5,1 mnkr",
            "Antalet beviljade hemtjänsttimmar har ökat till i genomsnitt 21 400 timmar per månad, att jämföra med "
            "budgeterade 19 800. Ersättningen till den privata utföraren ökar i samma takt.",
            C(
                "Hemtjänst",
                "−5,1 mnkr",
                "-",
                "volymer",
                "kopt_verksamhet",
                note="The deficit explained a second time, by verksamhet; the hours are a volume, not the amount.",
            ),
        ),
        HP(
            "Särskilt boende −3,6 mnkr",
            "Sjukfrånvaron på boendena har legat på över 10 procent under året, vilket har krävt vikarier och "
            "övertid. Två demensavdelningar har haft förstärkt nattbemanning sedan april.",
            C("Särskilt boende", "−3,6 mnkr", "-", "sjukfranvaro", "vikarier", "overtid", "bemanning"),
        ),
        HP(
            "Funktionsstöd −1,9 mnkr",
            "Underskottet beror på köpta boendeplatser för två nya brukare med omfattande behov.",
            C("Funktionsstöd", "−1,9 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Hälso- och sjukvård +1,4 mnkr",
            "Två sjukskötersketjänster har varit vakanta sedan våren och kostnaderna för förbrukningsmaterial är "
            "lägre än budgeterat. Vakanserna har delvis täckts med inhyrda sjuksköterskor, vilket minskar "
            "överskottet.",
            C(
                "Hälso- och sjukvård",
                "+1,4 mnkr",
                "+",
                "vakanser",
                "material_hjalpmedel",
                "inhyrd_personal",
            ),
        ),
        P(
            "Myndighetsutövning och ledning bedöms följa budget.",
            BP("Myndighetsutövning och ledning"),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört övertidsstopp utom vid risk för patientsäkerheten och ser över "
            "schemaläggningen i hemtjänsten. Effekten bedöms till 0,6 mnkr under november och december.",
            A(None, "0,6 mnkr", "overtid", "bemanning"),
        ),
        H("Risker", 2),
        P(
            "Prognosen förutsätter att influensasäsongen blir normal. En mer omfattande smittspridning i december "
            "kan öka sjuklönekostnaderna ytterligare.",
            O(None, note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="tierp-sn-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Tierp",
            "committee": ["Socialnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Socialnämnden", "author": "Tierps kommun"},
        style=style,
        blocks=blocks,
    )
