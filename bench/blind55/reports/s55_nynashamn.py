"""Nynäshamns kommun, Socialnämnden, tertialrapport 1 2026 (januari–april).

A social committee's tertial report in mnkr and tkr, footer with the nämnd's meeting date in May: the period
"2,2 mnkr sämre än den periodiserade budgeten" and the full year "ett underskott på 7,5 mnkr" (with a share of
the frame that is not the amount) in two sentences; a verksamhet table in tkr with deficits in brackets
("(4 300)"); bold run-in verksamheter with a colon: a reason-only deficit (the row's "(4 300)"), "bedöms
överskrida budgeten med 1,9 mnkr", "beräknas bli 2,6 mnkr högre än budget", "Ett överskott på 0,7 mnkr väntas",
"håller budget" beside a row of 300 (boilerplate) and a grant that "ger ett överskott om 300 tkr"; two
kostnadsslag in one sentence with "medan"; the change since February with its cause; an action with its
full-year effect, a risk and placements against last year (others). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("NYNÄSHAMNS KOMMUN", "Socialförvaltningen"),
        footer=lambda n, m: ("Tertialrapport 1 2026 – Socialnämnden 2026-05-20", "", f"{n}/{m}"),
        header_size=7.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Nettokostnad per verksamhet, tkr (underskott inom parentes)",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "18 400", "5 900", "18 100", "300"),
            ("Barn och familj", "92 700", "33 400", "97 000", "(4 300)"),
            ("Vuxen och missbruk", "41 200", "14 800", "43 100", "(1 900)"),
            ("Ekonomiskt bistånd", "38 500", "13 900", "41 100", "(2 600)"),
            ("Socialpsykiatri", "29 800", "9 600", "29 100", "700"),
            ("Arbetsmarknad", "24 100", "7 800", "23 800", "300"),
            ("Summa", "244 700", "85 400", "252 200", "(7 500)"),
        ),
        widths=(150.0, 70.0, 74.0, 70.0, 66.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="arial-bold", after=2),
        Title("Socialnämnden", size=12.5, font="arial", after=12),
        H("Ekonomiskt läge", 2),
        P(
            "Socialnämndens resultat efter april är 2,2 mnkr sämre än den periodiserade budgeten.",
            C(None, "2,2 mnkr", "-", note="The period in a sentence of its own."),
        ),
        P(
            "Helårsprognosen visar ett underskott på 7,5 mnkr, motsvarande 3,1 procent av nämndens budgetram.",
            C(None, "7,5 mnkr", "-", note="A share of the frame beside the amount is not the amount."),
        ),
        P(
            "Köp av huvudverksamhet överskrider budget med 6,1 mnkr, medan personalkostnaderna blir 1,3 mnkr lägre "
            "än budgeterat på grund av vakanser.",
            C(
                "Köp av huvudverksamhet",
                "6,1 mnkr",
                "-",
                note="Two kostnadsslag in one sentence: two items; the reason belongs to the second.",
                also=(C("Personalkostnader", "1,3 mnkr", "+", "vakanser"),),
            ),
        ),
        P(
            "Jämfört med uppföljningen per februari har prognosen försämrats med 1,4 mnkr, vilket förklaras av två "
            "nya placeringar enligt LVM.",
            F(None, "1,4 mnkr", "-", "kopt_verksamhet"),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        LP(
            "Barn och familj:",
            "Fler barn och unga än budgeterat är placerade i familjehem och på HVB. Sedan årsskiftet har fyra nya "
            "ungdomsplaceringar tillkommit, och konsulentstödda familjehem är betydligt dyrare än kommunens egna.",
            C(
                "Barn och familj",
                "(4 300)",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell, a deficit in brackets.",
            ),
        ),
        LP(
            "Vuxen och missbruk:",
            "Verksamheten bedöms överskrida budgeten med 1,9 mnkr. Två tvångsplaceringar enligt LVM under februari "
            "och mars har lett till höga kostnader för köpt vård.",
            C("Vuxen och missbruk", "1,9 mnkr", "-", "kopt_verksamhet"),
        ),
        LP(
            "Ekonomiskt bistånd:",
            "Kostnaderna för försörjningsstöd beräknas bli 2,6 mnkr högre än budget. Fler hushåll har behövt stöd "
            "sedan årsskiftet, framför allt hushåll där etableringsersättningen har upphört.",
            C("Ekonomiskt bistånd", "2,6 mnkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        LP(
            "Socialpsykiatri:",
            "Ett överskott på 0,7 mnkr väntas, främst eftersom boendet på Vaktmästarvägen har haft lediga platser "
            "och tjänsten som enhetschef har varit vakant.",
            C("Socialpsykiatri", "0,7 mnkr", "+", "volymer", "vakanser"),
        ),
        LP(
            "Nämnd och administration:",
            "Administrationen håller budget.",
            BP("Nämnd och administration", note="300 in the table."),
        ),
        LP(
            "Arbetsmarknad:",
            "Ett högre statsbidrag för extratjänster än vad som budgeterades ger ett överskott om 300 tkr.",
            C("Arbetsmarknad", "300 tkr", "+", "statsbidrag"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om en åtgärdsplan där fler placerade ungdomar ska få stöd på hemmaplan genom "
            "förstärkt öppenvård. Planen beräknas ge en helårseffekt på 1,2 mnkr.",
            A("Barn och familj", "1,2 mnkr", "kopt_verksamhet"),
        ),
        H("Risker och omvärld", 2),
        P(
            "Prognosen för ekonomiskt bistånd är osäker, eftersom arbetslösheten i Stockholms län väntas stiga "
            "under hösten.",
            O("Ekonomiskt bistånd", "ekonomiskt_bistand", note="A risk: other."),
        ),
        P(
            "Vid utgången av april var 38 barn och unga placerade, jämfört med 31 vid samma tid förra året.",
            O("Barn och familj", "volymer", note="Placements against last year: other."),
        ),
    ]
    return ReportSpec(
        file="nynashamn-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Nynäshamn",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Nynäshamns kommun"},
        style=style,
        blocks=blocks,
    )
