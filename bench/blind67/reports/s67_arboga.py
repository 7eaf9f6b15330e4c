"""Arboga kommun, Vård- och omsorgsnämnden, månadsuppföljning oktober 2025.

An elderly-care committee's month report in Liberation Sans with en-dash minus signs and last month's figure in
brackets ("–6,9 mnkr (–7,4 mnkr i september)", the bracket is not the amount), the improvement since September
with its cause in the next sentence (a forecast change), and the period's "negativ avvikelse mot periodiserad
budget på 5,2 mnkr" in a paragraph of its own; a table with the September and October forecasts side by side;
bold run-in verksamheter ending in a full stop: home care "beräknas överskrida budgeten med 3,4 mnkr" with
hours that are volumes, not amounts, and home-care fees "0,4 mnkr högre än budget" in the same paragraph (its
own item); a reason-only deficit taking the row's "–2,9"; "Underskottet har minskat till 0,3 mnkr"; hired
nurses that "belastar resultatet med 1,1 mnkr"; "Positiv avvikelse på 0,8 mnkr"; an action plan with a target
and its effect so far (one item); sick leave against October 2024 (other). Footer with the report date in
November.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 74.0, 70.0, 72.0),
        header=lambda n, m: ("Arboga kommun", "Vård- och omsorgsförvaltningen"),
        footer=lambda n, m: ("Upprättad 2025-11-12", "", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2025", "Prognos sept", "Prognos okt"),),
        rows=(
            ("Hemtjänst", "88,6", "–3,6", "–3,4"),
            ("Särskilt boende", "142,3", "–2,9", "–2,9"),
            ("Korttidsvård", "19,8", "–0,8", "–0,3"),
            ("Hälso- och sjukvård", "36,1", "–1,1", "–1,1"),
            ("Bistånd och administration", "21,7", "1,0", "0,8"),
            ("Totalt", "308,5", "–7,4", "–6,9"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
        shade=(0.9, 0.9, 0.9),
    )
    blocks = [
        Title("Månadsuppföljning oktober 2025", size=19, font="arial-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12.5, font="arial", after=12),
        H("Prognos helår", 2),
        PS(
            (
                "Nämndens helårsprognos efter oktober är –6,9 mnkr (–7,4 mnkr i september).",
                C(None, "–6,9 mnkr", "-", note="The bracket is last month's figure, not the amount."),
            ),
            (
                "Förbättringen med 0,5 mnkr förklaras främst av att två platser på korttidsvården har kunnat stängas.",
                F(None, "0,5 mnkr", "+", "omstallning"),
            ),
        ),
        P(
            "Ackumulerat utfall januari–oktober visar en negativ avvikelse mot periodiserad budget på 5,2 mnkr.",
            C(None, "5,2 mnkr", "-"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Hemtjänst.",
            "Verksamheten beräknas överskrida budgeten med 3,4 mnkr. Antalet utförda timmar är fortsatt högt, i "
            "snitt 9 800 timmar per månad mot budgeterade 8 900, och planeringen av insatserna har inte anpassats "
            "fullt ut.",
            C(
                "Hemtjänst",
                "3,4 mnkr",
                "-",
                "volymer",
                "bemanning",
                note="The hours are volumes, not amounts.",
            ),
            (
                "Intäkterna från hemtjänstavgifter beräknas samtidigt bli 0,4 mnkr högre än budget.",
                C("Hemtjänstavgifter", "0,4 mnkr", "+", "avgifter_intakter"),
            ),
        ),
        LP(
            "Särskilt boende.",
            "Kostnaderna för nattbemanning och sjuklön gör att särskilt boende går mot ett underskott.",
            C(
                "Särskilt boende",
                "–2,9",
                "-",
                "bemanning",
                "sjukfranvaro",
                unit="mnkr",
                table=True,
                note="Reason only: the October column's cell.",
            ),
        ),
        LP(
            "Korttidsvård.",
            "Underskottet har minskat till 0,3 mnkr efter att två platser stängdes.",
            C("Korttidsvård", "0,3 mnkr", "-", "omstallning"),
        ),
        LP(
            "Hälso- och sjukvård.",
            "Bristen på sjuksköterskor har gjort att bemanningsföretag anlitats under sommaren, vilket belastar "
            "resultatet med 1,1 mnkr.",
            C("Hälso- och sjukvård", "1,1 mnkr", "-", "inhyrd_personal", "vakanser"),
        ),
        LP(
            "Bistånd och administration.",
            "Positiv avvikelse på 0,8 mnkr tack vare lägre licenskostnader för verksamhetssystemet och en vakant "
            "handläggartjänst.",
            C("Bistånd och administration", "0,8 mnkr", "+", "it_digitalisering", "vakanser"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden beslutade i september om en åtgärdsplan med målet att minska underskottet med 2,0 mnkr till "
            "årsskiftet. Hittills har planen gett en effekt på cirka 0,6 mnkr, främst genom minskad övertid.",
            A(None, "2,0 mnkr", "overtid", note="A target and its effect so far: one action item."),
        ),
        H("Sjukfrånvaro", 2),
        P(
            "Sjukfrånvaron i oktober var 8,9 procent, jämfört med 9,6 procent i oktober 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="arboga-von-manadsuppfoljning-2025-10.pdf",
        report={
            "municipality": "Arboga",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning oktober 2025 Vård- och omsorgsnämnden",
            "author": "Arboga kommun",
        },
        style=style,
        blocks=blocks,
    )
