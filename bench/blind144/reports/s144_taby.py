"""Täby kommun, Socialnämnden, delårsrapport januari–augusti 2025.

A social committee's interim report in DejaVu Serif, tkr and mnkr, footer with the nämnd's meeting date in
September: the full year "ett underskott på 6 300 tkr jämfört med budget" and the period "nettokostnader
2 100 tkr högre än den periodiserade budgeten" (negative) in two sentences; a forecast change with no cause;
a reading note and a table with deficits in brackets ("(4 900)"); plain headings per verksamhet with the
amount in varied shapes: "överstiger budget med 4,9 mnkr", a reason-only deficit (the row's "(2 600)"), "ett
överskott på cirka 1,1 miljoner kronor" in the middle of the sentence, "ett negativt resultat om 1 300 tkr
mot budget" with its reason in the next sentence ("Orsaken är"), sold places "vilket ger +500 tkr" and "ett
positivt utfall jämfört med budget om 0,9 mnkr"; two action bullets (one with its effect), a risk and
households on försörjningsstöd against last year (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Täby kommun – Socialförvaltningen", "Delårsrapport 2025"),
        footer=lambda n, m: ("Socialnämnden 2025-09-24", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Barn och unga", "86 400", "91 300", "(4 900)"),
            ("Vuxna", "38 200", "40 800", "(2 600)"),
            ("Ekonomiskt bistånd", "24 600", "23 500", "1 100"),
            ("LSS och socialpsykiatri", "61 900", "63 200", "(1 300)"),
            ("Öppenvård och stödboende", "15 300", "14 800", "500"),
            ("Nämnd och administration", "22 100", "21 200", "900"),
            ("Summa", "248 500", "254 800", "(6 300)"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="serif-bold", after=2),
        Title("Socialnämnden", size=12, font="serif", after=12),
        H("Ekonomiskt utfall och prognos", 2),
        PS(
            (
                "Socialnämndens prognos för 2025 visar ett underskott på 6 300 tkr jämfört med budget.",
                C(None, "6 300 tkr", "-"),
            ),
            (
                "Efter augusti är nämndens nettokostnader 2 100 tkr högre än den periodiserade budgeten.",
                C(
                    None,
                    "2 100 tkr",
                    "-",
                    note="The period's deviation in a sentence of its own: net cost over.",
                ),
            ),
        ),
        P(
            "Prognosen har försämrats med 1,9 mnkr sedan tertialrapporten i april.",
            F(None, "1,9 mnkr", "-"),
        ),
        P("Negativa avvikelser anges inom parentes.", size=8.5),
        table,
        H("Barn och unga", 3),
        P(
            "Kostnaderna för placeringar av barn och unga överstiger budget med 4,9 mnkr. Under våren har tre "
            "ungdomar placerats på särskilda ungdomshem och antalet familjehemsplaceringar har ökat från 22 till 29.",
            C("Barn och unga", "4,9 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Vuxna", 3),
        P(
            "Inom missbruksvården har behovet av externa behandlingsplatser varit större än väntat, och två personer "
            "har haft skyddat boende sedan maj.",
            C(
                "Vuxna",
                "(2 600)",
                "-",
                "kopt_verksamhet",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell, a deficit in brackets.",
            ),
        ),
        H("Ekonomiskt bistånd", 3),
        P(
            "Försörjningsstödet blir lägre än budgeterat, ett överskott på cirka 1,1 miljoner kronor, eftersom fler "
            "hushåll har gått till arbete eller studier.",
            C("Ekonomiskt bistånd", "cirka 1,1 miljoner kronor", "+", "ekonomiskt_bistand", "volymer"),
        ),
        H("LSS och socialpsykiatri", 3),
        P(
            "Verksamheten visar ett negativt resultat om 1 300 tkr mot budget. Orsaken är att ett nytt beslut om "
            "bostad med särskild service har verkställts i ett externt boende och att Försäkringskassan har dragit "
            "in assistansersättningen för en brukare, så att kommunen svarar för hela kostnaden.",
            C("LSS och socialpsykiatri", "1 300 tkr", "-", "kopt_verksamhet", "ersattning_fk"),
        ),
        H("Öppenvård och stödboende", 3),
        P(
            "Intäkterna från andra kommuner som köper platser i stödboendet Vinkeln blir högre än budgeterat, vilket "
            "ger +500 tkr.",
            C("Öppenvård och stödboende", "+500 tkr", "+", "avgifter_intakter"),
        ),
        H("Nämnd och administration", 3),
        P(
            "Vakanta tjänster inom administrationen under våren ger ett positivt utfall jämfört med budget om 0,9 "
            "mnkr.",
            C("Nämnd och administration", "0,9 mnkr", "+", "vakanser"),
        ),
        H("Åtgärder för en budget i balans", 2),
        Bullets(
            (
                "Genomgång av samtliga externa placeringar för att pröva lösningar på hemmaplan, med en beräknad "
                "effekt på 600 tkr under hösten.",
                "Anställningsprövning av alla administrativa tjänster.",
            ),
            labels=(
                A("Barn och unga", "600 tkr", "kopt_verksamhet"),
                A("Nämnd och administration"),
            ),
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att ytterligare placeringar under hösten försämrar prognosen med upp till 2 mnkr.",
            O("Barn och unga", "kopt_verksamhet", note="A risk: other."),
        ),
        H("Verksamhetens volymer", 2),
        P(
            "Antalet hushåll med försörjningsstöd var i genomsnitt 212 per månad, 14 färre än samma period 2024.",
            O("Ekonomiskt bistånd", "ekonomiskt_bistand", note="A volume against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="taby-sn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Täby",
            "committee": ["Socialnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025 Socialnämnden", "author": "Täby kommun"},
        style=style,
        blocks=blocks,
    )
