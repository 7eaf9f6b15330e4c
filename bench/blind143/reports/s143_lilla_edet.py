"""Lilla Edets kommun, Omsorgsnämnden, delårsrapport per augusti 2025.

A small kommun's care committee's interim report in "mkr", set in Liberation Sans (Arial) 10 pt, whose
footer carries the nämnd's meeting date in September: the period's surplus and the full year's deficit in one
sentence (one cause, the full year's amount), the period surplus's reason in a sentence of its own (amount
null); a result table pasted as an image (every amount lives in the prose); en-dash bullets under a generic
heading ("Kommentarer per verksamhet") in varied shapes: "Särskilt boende: underskott om 2,9 mkr." with four
causes, "kommer att överskrida sin budget med närmare två miljoner kronor" in words, an LSS surplus with
assistance compensation from Försäkringskassan, "ett underskott på niohundra tusen kronor" in words at the end
of the sentence, and administration "bedöms få ett överskott på 0,6 mkr"; "oförändrad" against April (a
boilerplate forecast change); two actions, sick leave against last year and an LSS risk (others). 7 scored
causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, A, C, O

IMAGE = "The result table is an image, so the amount is the prose's."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 72.0),
        header=lambda n, m: ("LILLA EDETS KOMMUN", "Omsorgsnämnden"),
        footer=lambda n, m: ("Delårsrapport 2025", "Omsorgsnämnden 2025-09-30", f"{n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, mkr",
        header=(("Verksamhet", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Särskilt boende", "142,5", "145,4", "-2,9"),
            ("Hemtjänst", "61,0", "62,8", "-1,8"),
            ("LSS", "78,2", "76,8", "1,4"),
            ("Hälso- och sjukvård", "34,6", "35,5", "-0,9"),
            ("Nämnd och administration", "12,4", "11,8", "0,6"),
            ("Summa", "328,7", "332,3", "-3,6"),
        ),
        widths=(170.0, 74.0, 74.0, 66.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="arial-bold", after=2),
        Title("Omsorgsnämnden", size=12, font="arial", after=12),
        H("Ekonomi", 2),
        P(
            "Omsorgsnämndens resultat för perioden januari–augusti är ett överskott på 1,9 mkr mot periodiserad "
            "budget, men för helåret prognostiseras ett underskott på 3,6 mkr.",
            C(
                None,
                "3,6 mkr",
                "-",
                note="The period and the full year in one sentence: one item with the full year's amount.",
            ),
        ),
        P(
            "Att perioden visar ett överskott beror på att nämnden under våren fick statsbidrag som ska användas "
            "under hösten.",
            C(
                None,
                None,
                "+",
                "statsbidrag",
                "periodisering",
                note="The period surplus's reason apart from its amount: a cause with amount null.",
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Bullets(
            (
                "Särskilt boende: underskott om 2,9 mkr. Fler boende med stora omvårdnadsbehov har krävt extra "
                "nattpersonal, och den höga sjukfrånvaron har ersatts med timvikarier.",
                "Hemtjänsten kommer att överskrida sin budget med närmare två miljoner kronor eftersom antalet "
                "beviljade timmar har ökat kraftigt sedan i våras.",
                "LSS visar ett överskott på 1,4 mkr då en gruppbostad har haft två tomma platser under året och "
                "ersättningen från Försäkringskassan för personlig assistans blivit högre än beräknat.",
                "Inom hälso- och sjukvården har kostnaderna för inhyrda sjuksköterskor under sommaren lett till "
                "ett underskott på niohundra tusen kronor.",
                "Nämnd och administration bedöms få ett överskott på 0,6 mkr, främst på grund av lägre kostnader "
                "för licenser till verksamhetssystemet.",
            ),
            labels=(
                C("Särskilt boende", "2,9 mkr", "-", "volymer", "bemanning", "sjukfranvaro", "vikarier"),
                C(
                    "Hemtjänst",
                    "närmare två miljoner kronor",
                    "-",
                    "volymer",
                    value=2_000_000,
                    note="An amount in words: the stated figure. " + IMAGE,
                ),
                C("LSS", "1,4 mkr", "+", "volymer", "ersattning_fk"),
                C(
                    "Hälso- och sjukvård",
                    "niohundra tusen kronor",
                    "-",
                    "inhyrd_personal",
                    value=900_000,
                    note="An amount in words at the end of the sentence.",
                ),
                C("Nämnd och administration", "0,6 mkr", "+", "it_digitalisering"),
            ),
            glyph="–",
        ),
        H("Prognosförändring", 2),
        P("Jämfört med prognosen i april är helårsprognosen oförändrad.", BF(None)),
        H("Åtgärder", 2),
        PS(
            (
                "Nämnden har gett förvaltningen i uppdrag att ta fram en handlingsplan för en budget i balans.",
                A(None),
            ),
            (
                "Hemtjänstens planering görs om med ett nytt planeringsverktyg, vilket beräknas minska "
                "kostnaderna med 0,5 mkr under hösten.",
                A("Hemtjänst", "0,5 mkr", "bemanning", "it_digitalisering"),
            ),
        ),
        H("Personal och risker", 2),
        P(
            "Sjukfrånvaron inom nämndens verksamheter var 8,7 procent under perioden, en minskning från 9,5 "
            "procent samma period 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
        P(
            "Det finns en risk att kostnaderna inom LSS ökar under hösten om ytterligare en ungdom behöver "
            "boende i en annan kommun.",
            O("LSS", "kopt_verksamhet", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="lilla-edet-on-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Lilla Edet",
            "committee": ["Omsorgsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Omsorgsnämnden", "author": "Lilla Edets kommun"},
        style=style,
        blocks=blocks,
    )
