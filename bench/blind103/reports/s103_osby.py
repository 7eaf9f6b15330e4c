"""Osby kommun, Barn- och skolnämnden, månadsuppföljning mars 2026.

A school committee's month report in tkr whose result table is pasted as an image (the amounts live only in
the prose), footer with the nämnd's meeting date and paragraph in April: the full year "ett underskott på 4
350 tkr … 1,3 procent av nämndens budgetram" (the percentage is not the amount) and the change since
February with its cause in the same paragraph, the period "1 090 tkr högre än periodiserad budget" (a net
cost over the periodised budget: negative) in a paragraph of its own and its timing reason in the next
(amount null); headings that carry the area and the amount with U+2212 and "+" ("Förskola −1 820 tkr", "Grundskola 7–9 +640 tkr", "Skolskjuts ±0 tkr" over
"följer budget", boilerplate) and one short paragraph each; an action without and one with an effect, a
sensitivity statement and pupil numbers against last year (others). DejaVu Serif 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(68.0, 80.0, 68.0, 76.0),
        header=lambda n, m: ("Osby kommun", "Barn- och skolförvaltningen"),
        footer=lambda n, m: ("Barn- och skolnämnden 2026-04-22 § 31", "", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos 2026 per verksamhet, tkr",
        header=(("Verksamhet", "Budget", "Utfall jan–mars", "Prognos", "Avvikelse"),),
        rows=(
            ("Förskola", "78 400", "20 310", "80 220", "−1 820"),
            ("Grundskola F–6", "96 200", "25 470", "98 660", "−2 460"),
            ("Grundskola 7–9", "52 900", "12 840", "52 260", "+640"),
            ("Gymnasieskola och IKE", "61 300", "16 120", "62 450", "−1 150"),
            ("Skolskjuts", "9 800", "2 480", "9 800", "0"),
            ("Elevhälsa och administration", "27 600", "6 610", "27 160", "+440"),
            ("Summa", "326 200", "83 830", "330 550", "−4 350"),
        ),
        widths=(150.0, 66.0, 80.0, 66.0, 66.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsuppföljning mars 2026", size=18, font="serif-bold", after=2),
        Title("Barn- och skolnämnden", size=12, font="serif", after=12),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Barn- och skolnämnden prognostiserar ett underskott på 4 350 tkr för 2026, vilket motsvarar 1,3 "
                "procent av nämndens budgetram.",
                C(None, "4 350 tkr", "-", note="The percentage of the frame is not the amount."),
            ),
            (
                "Det är 950 tkr bättre än februariprognosen, eftersom Skolverket har beviljat statsbidrag för "
                "läxhjälp och lovskola som inte fanns med då.",
                F(None, "950 tkr", "+", "statsbidrag"),
            ),
        ),
        P(
            "Utfallet för januari–mars är 1 090 tkr högre än periodiserad budget.",
            C(
                None,
                "1 090 tkr",
                "-",
                note="A net cost above the periodised budget: a negative period deviation, its own item.",
            ),
        ),
        P(
            "Att kostnaderna för perioden ligger över budget beror delvis på att hela vårterminens busskort för "
            "skolskjuts fakturerades i januari.",
            C(
                None,
                None,
                "-",
                "periodisering",
                note="The period's reason in a paragraph of its own, its amount in the table image only: null.",
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Förskola −1 820 tkr",
            "Förskolan i Lönsboda har haft fler inskrivna barn än beräknat sedan januari, och en extra avdelning "
            "har öppnats i tillfälliga lokaler vid Killebergs skola.",
            C(
                "Förskola",
                "−1 820 tkr",
                "-",
                "volymer",
                "lokaler",
                note="The heading carries the amount (U+2212).",
            ),
        ),
        HP(
            "Grundskola F–6 −2 460 tkr",
            "Fler elever med omfattande stödbehov har krävt elevassistenter utöver budget, och sjukfrånvaron bland "
            "lärarna har gett höga kostnader för vikarier.",
            C("Grundskola F–6", "−2 460 tkr", "-", "volymer", "sjukfranvaro", "vikarier"),
        ),
        HP(
            "Grundskola 7–9 +640 tkr",
            "Två lärartjänster vid Ekbackeskolan har stått vakanta under vårterminen.",
            C("Grundskola 7–9", "+640 tkr", "+", "vakanser"),
        ),
        HP(
            "Gymnasieskola och IKE −1 150 tkr",
            "Fler ungdomar än beräknat har valt gymnasieprogram i Hässleholm och Kristianstad, vilket ökar "
            "kostnaderna för interkommunal ersättning.",
            C("Gymnasieskola och IKE", "−1 150 tkr", "-", "volymer", "kopt_verksamhet"),
        ),
        HP("Skolskjuts ±0 tkr", "Skolskjutsen följer budget.", BP("Skolskjuts")),
        HP(
            "Elevhälsa och administration +440 tkr",
            "Skolsköterskan i Lönsboda har varit tjänstledig utan ersättare, och licensen för det nya "
            "elevhälsosystemet blev billigare än beräknat.",
            C("Elevhälsa och administration", "+440 tkr", "+", "vakanser", "it_digitalisering"),
        ),
        H("Prognosens säkerhet", 2),
        P(
            "Prognosen bygger på elevantalet i mars. Om fler elever med stora stödbehov flyttar in under hösten "
            "kan underskottet inom grundskolan öka med upp till 1 000 tkr.",
            O("Grundskola F–6", "volymer", note="A risk: other."),
        ),
        H("Åtgärder", 2),
        P(
            "Rektorerna i F–6 har fått i uppdrag att se över schemaläggningen av elevassistenterna inför "
            "höstterminen.",
            A("Grundskola F–6", None, "bemanning"),
        ),
        P(
            "Förvaltningen har infört anställningsprövning för samtliga tjänster, vilket beräknas minska "
            "kostnaderna med omkring 800 tkr under året.",
            A(None, "omkring 800 tkr", "bemanning"),
        ),
        H("Elever och barn", 2),
        P(
            "Antalet elever i grundskolan var 1 012 i mars, 23 fler än i mars 2025.",
            O(None, "volymer", note="Pupils against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="osby-bsn-manadsuppfoljning-2026-03.pdf",
        report={
            "municipality": "Osby",
            "committee": ["Barn- och skolnämnden"],
            "period": ["2026-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning mars 2026 Barn- och skolnämnden", "author": "Osby kommun"},
        style=style,
        blocks=blocks,
    )
