"""Bollnäs kommun, Socialnämnden, tertialrapport 1 2026.

A social committee's tertial report (individ- och familjeomsorg, ekonomiskt bistånd, arbetsmarknad) in
Liberation Serif (Times) 10.5 pt, footer with the meeting date in May: the period "2,6 mnkr högre än den
periodiserade budgeten" (negative) and the full year "underskott om 10,0 mnkr mot tilldelad ram" in two
sentences, the change since February; a kostnadsslag sentence with personnel costs "1,1 mnkr under budget"
and "köp av verksamhet överstiger budget med 9,4 mnkr" (two items); a table in tkr whose deficits are in
brackets ("(6 700)"); headings that carry the area and the amount in mnkr ("Barn och familj −6,7 mnkr");
a year-on-year comparison inside the ekonomiskt bistånd paragraph (its own `other` item); bold run-in
verksamheter ending in a full stop, one reason-only (the row's "900") and one with "ger ett överskott på
0,5 mnkr"; three actions as bullets and a risk with a per-month cost (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import HP, LP, A, C, F, O

ROW = "A reason-only run-in paragraph: the table row's cell as printed (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Bollnäs kommun", "Socialnämnden"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "Sammanträde 2026-05-21", f"Sida {n} av {m}"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos per verksamhet, tkr (negativa avvikelser inom parentes)",
        header=(("Verksamhet", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "8 400", "7 900", "500"),
            ("Barn och familj", "46 200", "52 900", "(6 700)"),
            ("Vuxen och missbruk", "21 500", "23 800", "(2 300)"),
            ("Ekonomiskt bistånd", "38 000", "41 600", "(3 600)"),
            ("Arbetsmarknadsenheten", "14 300", "13 100", "1 200"),
            ("Ensamkommande och integration", "6 100", "5 200", "900"),
            ("Summa", "134 500", "144 500", "(10 000)"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=2),
        Title("Socialnämnden", size=13, font="times", after=14),
        H("Sammanfattning", 2),
        PS(
            (
                "Socialnämnden redovisar efter april ett utfall som är 2,6 mnkr högre än den periodiserade budgeten.",
                C(
                    None,
                    "2,6 mnkr",
                    "-",
                    note="A net cost higher than the periodised budget: a negative period deviation.",
                ),
            ),
            (
                "Helårsprognosen pekar på ett underskott om 10,0 mnkr mot tilldelad ram.",
                C(None, "10,0 mnkr", "-", note="The full year in a sentence of its own."),
            ),
        ),
        P(
            "Prognosen är 3,1 mnkr sämre än den som lämnades i februari.",
            F(None, "3,1 mnkr", "-"),
        ),
        P(
            "Sett per kostnadsslag ligger personalkostnaderna 1,1 mnkr under budget till följd av vakanser, medan köp "
            "av verksamhet överstiger budget med 9,4 mnkr.",
            C(
                "Personalkostnader",
                "1,1 mnkr",
                "+",
                "vakanser",
                note="Two kostnadsslag in one sentence: two items with the same text.",
                also=(C("Köp av verksamhet", "9,4 mnkr", "-", "kopt_verksamhet"),),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Barn och familj −6,7 mnkr",
            "Placeringskostnaderna fortsätter att öka. Under perioden har fyra barn placerats på HVB och två i "
            "förstärkta familjehem, och dygnskostnaden för HVB har stigit med i genomsnitt 8 procent. Kostnaderna för "
            "konsulentstödda familjehem ligger också över budget.",
            C("Barn och familj", "−6,7 mnkr", "-", "kopt_verksamhet", "volymer", "prisokningar"),
        ),
        HP(
            "Vuxen och missbruk −2,3 mnkr",
            "Underskottet beror på två LVM-placeringar under våren och på att öppenvårdsteamet har haft en inhyrd "
            "socionom under hela perioden i väntan på rekrytering.",
            C("Vuxen och missbruk", "−2,3 mnkr", "-", "kopt_verksamhet", "inhyrd_personal", "vakanser"),
        ),
        Para(
            (
                (
                    "Antalet hushåll med försörjningsstöd har ökat från i genomsnitt 412 per månad 2025 till 448 "
                    "hittills i år, och kostnaden per hushåll har ökat på grund av höjda hyror.",
                    C(
                        "Ekonomiskt bistånd",
                        "−3,6 mnkr",
                        "-",
                        "ekonomiskt_bistand",
                        "volymer",
                        "prisokningar",
                        note="The clients' higher rents are prisokningar (not the committee's premises).",
                    ),
                ),
                (
                    "Jämfört med samma period föregående år har utbetalningarna ökat med 11 procent.",
                    O("Ekonomiskt bistånd", note="Against the previous year: other."),
                ),
            ),
            head="Ekonomiskt bistånd −3,6 mnkr",
        ),
        HP(
            "Arbetsmarknadsenheten +1,2 mnkr",
            "Enheten har fått fler anvisade deltagare från Arbetsförmedlingen än beräknat, vilket ger högre intäkter. "
            "Dessutom är en arbetsledartjänst vakant sedan februari.",
            C("Arbetsmarknadsenheten", "+1,2 mnkr", "+", "avgifter_intakter", "volymer", "vakanser"),
        ),
        LP(
            "Ensamkommande och integration.",
            "Verksamheten visar ett överskott då schablonersättningen från Migrationsverket har blivit högre än "
            "budgeterat.",
            C("Ensamkommande och integration", "900", "+", "statsbidrag", unit="tkr", table=True, note=ROW),
        ),
        LP(
            "Nämnd och förvaltningsledning.",
            "Lägre kostnader än budgeterat för nämndens arvoden och för förvaltningens utbildningsinsatser ger ett "
            "överskott på 0,5 mnkr.",
            C("Nämnd och förvaltningsledning", "0,5 mnkr", "+", "ovrigt", note="Members' fees are ovrigt."),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Placeringsgruppen följer upp samtliga HVB-placeringar varje månad för att pröva om vård i egen regi "
                "är möjlig.",
                "Ett eget familjehemsteam startar i september, vilket beräknas minska kostnaderna med 1,4 mnkr på "
                "helår.",
                "Anställningsprövning gäller för alla tjänster inom förvaltningen.",
            ),
            labels=(
                A("Barn och familj", None, "kopt_verksamhet"),
                A("Barn och familj", "1,4 mnkr", "kopt_verksamhet"),
                A(None),
            ),
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att ytterligare placeringar av ungdomar blir nödvändiga under sommaren. En "
            "HVB-placering kostar i dag i genomsnitt 110 000 kronor per månad.",
            O("Barn och familj", note="A risk with a per-month cost: other."),
        ),
    ]
    return ReportSpec(
        file="bollnas-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Bollnäs",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Bollnäs kommun"},
        style=style,
        blocks=blocks,
    )
