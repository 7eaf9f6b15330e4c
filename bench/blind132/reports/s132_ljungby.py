"""Ljungby kommun, Socialnämnden, månadsrapport februari 2026.

A social committee's month report in tkr, footer with the nämnd's meeting date in March: the period "1 150
tkr över den periodiserade budgeten" (negative), then the full year "ett underskott på 4 800 tkr jämfört
med budget" and "Prognosen är oförändrad mot januari" (a boilerplate forecast change) in one paragraph; a
table with deficits in brackets ("(3 600)"); under "Kommentarer per verksamhet" bold run-in verksamheter
with a colon: an amount in the first sentence, a reason-only deficit (the row's "(2 400)"), a run-in whose
first sentence is a volume against last year (other) before "1,1 miljoner kronor högre än budget", a surplus
"Överskottet, 1 700 tkr, förklaras av", a reason-only surplus (the row's "300") and "följer budget"
(boilerplate, though the row says 300); sick pay and consultants "240 tkr över budget för perioden"; two
actions, one with its effect, and a risk with a per-day cost (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, LP, A, C, O

ROW = "A reason-only passage: the table row's cell as printed (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Ljungby kommun – Socialnämnden", "Månadsrapport februari 2026"),
        footer=lambda n, m: ("Socialnämndens sammanträde 2026-03-25", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos 2026 per verksamhet, tkr (negativ avvikelse inom parentes)",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "6 200", "5 900", "300"),
            ("Barn och familj", "48 500", "52 100", "(3 600)"),
            ("Vuxen och beroende", "21 300", "23 700", "(2 400)"),
            ("Ekonomiskt bistånd", "27 800", "28 900", "(1 100)"),
            ("Arbetsmarknad och integration", "18 900", "17 200", "1 700"),
            ("Boendestöd och socialpsykiatri", "15 400", "15 100", "300"),
            ("Summa", "138 100", "142 900", "(4 800)"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        shade=(0.88, 0.91, 0.95),
    )
    blocks = [
        Title("Månadsrapport februari 2026", size=19, font="sans-bold", after=2),
        Title("Socialnämnden", size=12, font="sans", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Socialnämnden redovisar efter februari ett utfall som ligger 1 150 tkr över den periodiserade "
            "budgeten.",
            C(
                None,
                "1 150 tkr",
                "-",
                note="Net cost over the periodised budget: a negative period deviation.",
            ),
        ),
        PS(
            (
                "Helårsprognosen är ett underskott på 4 800 tkr jämfört med budget.",
                C(None, "4 800 tkr", "-"),
            ),
            ("Prognosen är oförändrad mot januari.", BF(None)),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Barn och familj:",
            "Verksamheten prognostiserar ett underskott på 3 600 tkr. Tre nya placeringar på HVB sedan "
            "årsskiftet, varav en med särskilda säkerhetskrav, gör att köpt vård kostar mer än planerat.",
            C("Barn och familj", "3 600 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Vuxen och beroende:",
            "Kostnaderna för LVM-placeringar och skyddat boende överstiger budget. Två vårdtider har förlängts "
            "efter beslut i förvaltningsrätten.",
            C("Vuxen och beroende", "(2 400)", "-", "kopt_verksamhet", unit="tkr", table=True, note=ROW),
        ),
        LP(
            "Ekonomiskt bistånd:",
            "Antalet hushåll med försörjningsstöd var i februari 412, vilket är 31 fler än samma månad 2025.",
            O(
                "Ekonomiskt bistånd",
                "volymer",
                "ekonomiskt_bistand",
                note="Volumes against last year: other.",
            ),
            (
                "Prognosen för helåret innebär att kostnaderna blir 1,1 miljoner kronor högre än budget, framför "
                "allt därför att fler hushåll saknar inkomst efter att ha lämnat etableringsprogrammet.",
                C(
                    "Ekonomiskt bistånd",
                    "1,1 miljoner kronor",
                    "-",
                    "ekonomiskt_bistand",
                    "volymer",
                    note="The run-in lead belongs to the first item (the volume), the cause is the second sentence.",
                ),
            ),
        ),
        LP(
            "Arbetsmarknad och integration:",
            "Överskottet, 1 700 tkr, förklaras av ett högre statsbidrag för extratjänster än vad som budgeterats "
            "och av två vakanta handledartjänster.",
            C("Arbetsmarknad och integration", "1 700 tkr", "+", "statsbidrag", "vakanser"),
        ),
        LP(
            "Boendestöd och socialpsykiatri:",
            "Lägre kostnader för köpta boendeplatser ger ett litet överskott.",
            C(
                "Boendestöd och socialpsykiatri",
                "300",
                "+",
                "kopt_verksamhet",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Nämnd och ledning:",
            "Verksamheten följer budget.",
            BP("Nämnd och ledning", note="Boilerplate although the row says 300."),
        ),
        H("Personal", 2),
        P(
            "Sjuklönekostnaderna och kostnaderna för konsulter ligger sammantaget 240 tkr över budget för "
            "perioden, främst inom Barn och familj där flera socialsekreterare har varit sjukskrivna och ersatts "
            "av inhyrda konsulter.",
            C("Personalkostnader", "240 tkr", "-", "sjukfranvaro", "inhyrd_personal"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört förstärkt uppföljning av samtliga externa placeringar och utökar "
            "familjehemsteamet, så att fler barn kan placeras i egna familjehem. Effekten beräknas till 1,5 mnkr "
            "för 2026.",
            A("Barn och familj", "1,5 mnkr", "kopt_verksamhet"),
        ),
        P(
            "Inom ekonomiskt bistånd har en arbetsmarknadssekreterare avsatts för hushåll som har haft bistånd "
            "längre än tolv månader.",
            A("Ekonomiskt bistånd", None, "ekonomiskt_bistand"),
        ),
        H("Risker", 2),
        P(
            "Det råder osäkerhet kring två pågående utredningar som kan leda till placeringar med dygnskostnader "
            "över 8 000 kronor.",
            O("Barn och familj", note="A risk with a per-day cost: other."),
        ),
    ]
    return ReportSpec(
        file="ljungby-sn-manadsrapport-2026-02.pdf",
        report={
            "municipality": "Ljungby",
            "committee": ["Socialnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport februari 2026 Socialnämnden", "author": "Ljungby kommun"},
        style=style,
        blocks=blocks,
    )
