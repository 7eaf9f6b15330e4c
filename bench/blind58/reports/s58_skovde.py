"""Skövde kommun, Vård- och omsorgsnämnden, månadsuppföljning mars 2026 (elderly care).

An elderly-care month report in mkr, Liberation Sans Narrow 10.5 pt, footer with the tjänsteskrivelse's date in
April: the full year "–9,3 mkr mot budget (–7,6 mkr i februari)" (the bracket is last month's), the change
"Försämringen med 1,7 mkr sedan februari" with its cause, the period's net cost "2,9 mkr högre än periodens
budget" with its reasons; a comment table with en-dash deficits whose comments give reasons only (the row's
cell), one comment with its own amount "överstiger budget med 3,1 mkr", "Prognos enligt budget"
(boilerplate) and a row with no comment; revenue "beräknas överstiga budget med 0,6 mkr" and a grant "blev
däremot 2,2 mkr lägre än budgeterat" in one paragraph (two items); two actions and a risk (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Skövde kommun", "Vård- och omsorgsnämnden – Månadsuppföljning mars 2026"),
        footer=lambda n, m: ("Tjänsteskrivelse 2026-04-08", "", f"{n} ({m})"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = CommentTable(
        header=("Verksamhet", "Budget 2026", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Hemtjänst", "142,6", "147,9", "–5,3"),
                "Beviljade hemtjänsttimmar har ökat med 9 procent jämfört med budget, och den höga sjukfrånvaron "
                "bland undersköterskorna ger mer övertid.",
                C(
                    "Hemtjänst",
                    "–5,3",
                    "-",
                    "volymer",
                    "sjukfranvaro",
                    "overtid",
                    unit="mkr",
                    table=True,
                    note="A reason-only comment: its row's cell; the percentage is not the amount.",
                ),
            ),
            (
                ("Särskilt boende", "318,0", "321,1", "–3,1"),
                "Köpta platser hos externa utförare, sex fler än budgeterat, överstiger budget med 3,1 mkr.",
                C("Särskilt boende", "3,1 mkr", "-", "kopt_verksamhet", "volymer"),
            ),
            (
                ("Hälso- och sjukvård", "61,2", "62,6", "–1,4"),
                "Sjuksköterskor från bemanningsföretag anlitas på natten.",
                C("Hälso- och sjukvård", "–1,4", "-", "inhyrd_personal", unit="mkr", table=True),
            ),
            (
                ("Korttidsvård", "28,4", "27,5", "0,9"),
                "Lägre beläggning än planerat under första kvartalet.",
                C("Korttidsvård", "0,9", "+", "volymer", unit="mkr", table=True),
            ),
            (
                ("Dagverksamhet", "9,8", "9,8", "0,0"),
                "Prognos enligt budget.",
                BP("Dagverksamhet"),
            ),
            (
                ("Hjälpmedel", "14,1", "15,0", "–0,9"),
                "Fler förskrivna sängar och lyftar samt prishöjningar hos leverantören.",
                C("Hjälpmedel", "–0,9", "-", "material_hjalpmedel", "prisokningar", unit="mkr", table=True),
            ),
            (("Gemensamt och ledning", "22,3", "21,8", "0,5"), "", None),
            (("Totalt", "596,4", "605,7", "–9,3"), "", None),
        ),
        widths=(104.0, 52.0, 46.0, 50.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning mars 2026", size=19, font="narrow-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=13, font="narrow", after=12),
        H("Ekonomiskt läge", 2),
        P(
            "Vård- och omsorgsnämnden har efter mars en helårsprognos som visar –9,3 mkr mot budget (–7,6 mkr i "
            "februari).",
            C(None, "–9,3 mkr", "-", note="The bracketed figure is last month's, not the amount."),
        ),
        P(
            "Försämringen med 1,7 mkr sedan februari förklaras av att fler beslut om särskilt boende har verkställts "
            "i externa verksamheter.",
            F(None, "1,7 mkr", "-", "kopt_verksamhet", "volymer"),
        ),
        P(
            "Nettokostnaderna för januari–mars är 2,9 mkr högre än periodens budget. Det beror främst på att "
            "timanställda vikarier har behövts för att täcka sjukfrånvaron.",
            C(
                None,
                "2,9 mkr",
                "-",
                "vikarier",
                "sjukfranvaro",
                note="A net cost above the period's budget: a negative period deviation.",
            ),
        ),
        H("Prognos per verksamhet, mkr", 3),
        table,
        H("Intäkter och statsbidrag", 2),
        PS(
            (
                "Nämndens intäkter från omvårdnads- och måltidsavgifter beräknas överstiga budget med 0,6 mkr, "
                "eftersom maxtaxan höjdes mer än beräknat.",
                C("Avgiftsintäkter", "0,6 mkr", "+", "avgifter_intakter"),
            ),
            (
                "Statsbidraget för bemanning inom äldreomsorgen blev däremot 2,2 mkr lägre än budgeterat.",
                C("Statsbidrag", "2,2 mkr", "-", "statsbidrag", note="Revenue under budget: negative."),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen inför från april ett nytt arbetssätt för planering av hemtjänstens insatser, som beräknas "
            "minska kostnaderna med 1,5 mkr under resten av året.",
            A("Hemtjänst", "1,5 mkr", "bemanning"),
        ),
        P(
            "Nämnden har också beslutat att alla nya beslut om externa platser ska prövas i en särskild "
            "placeringsgrupp.",
            A("Särskilt boende", None, "kopt_verksamhet"),
        ),
        H("Risker", 2),
        P(
            "Prognosen bygger på att antalet hemtjänsttimmar stabiliseras under våren. Fortsätter ökningen kan "
            "underskottet bli 2–3 mkr större.",
            O("Hemtjänst", "volymer", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="skovde-von-manadsuppfoljning-2026-03.pdf",
        report={
            "municipality": "Skövde",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning mars 2026 Vård- och omsorgsnämnden", "author": "Skövde kommun"},
        style=style,
        blocks=blocks,
    )
