"""Västra Götalandsregionen, Styrelsen för Sahlgrenska Universitetssjukhuset, månadsrapport september 2025.

A hospital board's month report whose result table is pasted as an image (every amount in the prose): the
first paragraph gives the accumulated deviation and the full year in one sentence ("–198 mnkr och
helårsprognosen visar –265 mnkr", one item with the full year's amount) with the reasons in the next sentence,
followed by the change since August in the same paragraph (its own item); per område, bold run-in leads that
carry the area and amount ("Område psykiatri, –58 mnkr."), a paragraph opened by "Inom område kirurgi och
ortopedi beräknas underskottet till 31 mnkr", a surplus "visar ett överskott på 12 mnkr, eftersom …", drugs "38
mnkr över budget" with a forecast change in the same paragraph, "överstiger budget med 29 mnkr" and a
possessive "Det sjukhusgemensamma överskottet, 21 mnkr,"; an action with a full-year effect, a risk and cost
growth against 2024 with "beror på" (others). Liberation Serif 10.5 pt.

The place is real; every figure, event and unit name is invented."""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O

LEAD = "The run-in lead carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.33,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 78.0, 70.0, 72.0),
        header=lambda n, m: ("Sahlgrenska Universitetssjukhuset", "Månadsrapport september 2025"),
        footer=lambda n, m: ("Styrelsen för Sahlgrenska Universitetssjukhuset 2025-10-21", "", f"{n} / {m}"),
        header_size=8.0,
    )
    table = Table(
        caption="Resultat per område, mnkr",
        header=(("Område", "Budget helår", "Prognos helår", "Avvikelse", "Avvikelse aug"),),
        rows=(
            ("Område akut och specialiserad somatisk vård", "6 412", "6 554", "–142", "–131"),
            ("Område psykiatri", "1 986", "2 044", "–58", "–55"),
            ("Område kirurgi och ortopedi", "3 720", "3 751", "–31", "–30"),
            ("Område medicin", "4 198", "4 186", "12", "10"),
            ("Läkemedel", "1 540", "1 578", "–38", "–29"),
            ("Köpt vård", "640", "669", "–29", "–28"),
            ("Sjukhusgemensamt", "514", "493", "21", "21"),
            ("Summa", "19 010", "19 275", "–265", "–242"),
        ),
        widths=(212.0, 60.0, 64.0, 56.0, 60.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport september 2025", size=20, font="arial-bold", after=2),
        Title("Styrelsen för Sahlgrenska Universitetssjukhuset", size=13, font="arial", after=14),
        H("Sammanfattning", 2),
        Para(
            (
                (
                    "Sjukhusets ackumulerade avvikelse mot budget till och med september är –198 mnkr och "
                    "helårsprognosen visar –265 mnkr. Underskottet förklaras i huvudsak av kostnader för inhyrda "
                    "läkare och sjuksköterskor, en fortsatt hög nivå på vård som köps från privata vårdgivare och att "
                    "läkemedelskostnaderna ökar snabbare än budgeterat.",
                    C(
                        None,
                        "–265 mnkr",
                        "-",
                        "inhyrd_personal",
                        "kopt_verksamhet",
                        "material_hjalpmedel",
                        note="Period and full year in one sentence: the full year's is the amount.",
                    ),
                ),
                (
                    "Underskottet för helåret är 23 mnkr större än i augustiprognosen.",
                    F(None, "23 mnkr", "-"),
                ),
            )
        ),
        table,
        H("Kommentarer per område", 2),
        LP(
            "Område akut och specialiserad somatisk vård, –142 mnkr.",
            "Bemanningsföretagens läkare inom ortopedi och kirurgi, övertid för att korta vårdköerna och fler "
            "vårddygn än planerat är de största förklaringarna.",
            C(
                "Område akut och specialiserad somatisk vård",
                "–142 mnkr",
                "-",
                "inhyrd_personal",
                "overtid",
                "volymer",
                note=LEAD,
            ),
        ),
        LP(
            "Område psykiatri, –58 mnkr.",
            "Nästan hälften av läkartjänsterna i vuxenpsykiatrin är vakanta och bemannas med hyrläkare, vilket "
            "kostar betydligt mer än egen personal.",
            C("Område psykiatri", "–58 mnkr", "-", "vakanser", "inhyrd_personal", note=LEAD),
        ),
        P(
            "Inom område kirurgi och ortopedi beräknas underskottet till 31 mnkr. Fler operationer än planerat har "
            "genomförts för att korta köerna, och kostnaderna för sjuklön har varit höga under våren.",
            C("Område kirurgi och ortopedi", "31 mnkr", "-", "volymer", "sjukfranvaro"),
        ),
        P(
            "Område medicin visar ett överskott på 12 mnkr, eftersom intäkterna för vård av patienter från andra "
            "regioner har blivit högre än beräknat när fler patienter har remitterats hit.",
            C("Område medicin", "12 mnkr", "+", "avgifter_intakter", "volymer"),
        ),
        Para(
            (
                (
                    "Läkemedelskostnaderna ligger 38 mnkr över budget, framför allt för nya cancerläkemedel och "
                    "diabetesläkemedel.",
                    C(
                        "Läkemedel",
                        "38 mnkr",
                        "-",
                        "material_hjalpmedel",
                        note="Drugs are material_hjalpmedel.",
                    ),
                ),
                (
                    "Prognosen för läkemedel har försämrats med 9 mnkr sedan augusti.",
                    F("Läkemedel", "9 mnkr", "-"),
                ),
            )
        ),
        P(
            "Kostnaderna för köpt vård överstiger budget med 29 mnkr till följd av att fler patienter har remitterats "
            "till privata vårdgivare för att vårdgarantin ska kunna hållas.",
            C("Köpt vård", "29 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        P(
            "Det sjukhusgemensamma överskottet, 21 mnkr, kommer av att styrelsens buffert för oförutsedda kostnader "
            "inte har fördelats.",
            C("Sjukhusgemensamt", "21 mnkr", "+", "reserver"),
        ),
        H("Åtgärder", 2),
        P(
            "Arbetet med att fasa ut hyrpersonal fortsätter enligt regionens färdplan. Målet är att minska "
            "kostnaderna för inhyrd personal med 30 mnkr på helårsbasis från och med 2026.",
            A(None, "30 mnkr", "inhyrd_personal"),
        ),
        H("Risker och omvärld", 2),
        P(
            "Det finns en risk att en kraftigare influensasäsong ökar kostnaderna ytterligare under det sista "
            "kvartalet.",
            O(None, note="A risk: other."),
        ),
        P(
            "Jämfört med samma period 2024 har nettokostnaderna ökat med 5,8 procent, vilket beror på "
            "löneökningar och högre läkemedelskostnader.",
            O(None, note="Cost growth against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="region-vastra-gotaland-su-manadsrapport-2025-09.pdf",
        report={
            "municipality": ["Region Västra Götaland", "Västra Götalandsregionen"],
            "committee": [
                "Styrelsen för Sahlgrenska Universitetssjukhuset",
                "Sahlgrenska Universitetssjukhuset",
            ],
            "period": ["2025-09"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport september 2025", "author": "Västra Götalandsregionen"},
        style=style,
        blocks=blocks,
    )
