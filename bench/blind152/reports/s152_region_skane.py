"""Region Skåne, Sjukhusstyrelse Skånevård Sund, verksamhetsberättelse 2025.

A hospital förvaltning's year-end report in Liberation Sans 9.5 pt, footer with the sjukhusstyrelse's meeting
date in February 2026: the result "−187 miljoner kronor, att jämföra med ett budgeterat nollresultat", the
outcome "22 miljoner kronor mindre" than the interim forecast (a forecast change), the whole result's reasons
in a paragraph of their own with a cost level that is not the amount (amount null), a result table pasted as
an image (every amount in the prose), then plain paragraphs with the area as subject: "står för den största
delen av underskottet med −71 miljoner kronor", two areas as a "respektive" pair with shared causes in the
next sentence, "blev resultatet 19 miljoner kronor sämre än budget", a possessive "Psykiatrins underskott, 24
miljoner kronor,", a reason-only surplus whose amount lives only in the image (null), "tre miljoner kronor"
in words; hired staff against 2024 (other), two actions as bullets, investments "42 miljoner kronor, mot en
budget på 55 miljoner kronor" (13 never written out) and the accumulated deficit (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


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
        margins=(62.0, 80.0, 62.0, 72.0),
        header=lambda n, m: ("Region Skåne", "Verksamhetsberättelse 2025 – Skånevård Sund"),
        footer=lambda n, m: ("Sjukhusstyrelse Skånevård Sund 2026-02-12", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhetsområde 2025, miljoner kronor",
        header=(("Verksamhetsområde", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Akutsjukvård", "0", "−46", "−46"),
            ("Medicin", "0", "−71", "−71"),
            ("Kirurgi och ortopedi", "0", "−38", "−38"),
            ("Kvinnosjukvård och barn", "0", "−19", "−19"),
            ("Psykiatri", "0", "−24", "−24"),
            ("Radiologi och laboratoriemedicin", "0", "8", "8"),
            ("Förvaltningsgemensamt", "0", "3", "3"),
            ("Skånevård Sund totalt", "0", "−187", "−187"),
        ),
        widths=(190.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    hired = ("inhyrd_personal", "overtid")
    blocks = [
        Title("Verksamhetsberättelse 2025", size=19, font="arial-bold", after=2),
        Title("Sjukhusstyrelse Skånevård Sund", size=12.5, font="arial", after=12),
        H("Ekonomiskt resultat", 1),
        P(
            "Skånevård Sund redovisar för 2025 ett resultat på −187 miljoner kronor, att jämföra med ett budgeterat "
            "nollresultat.",
            C(
                None,
                "−187 miljoner kronor",
                "-",
                note="A result against a budgeted zero: the result is the amount.",
            ),
        ),
        P(
            "Underskottet blev 22 miljoner kronor mindre än vad som prognostiserades i delårsrapporten per augusti.",
            F(None, "22 miljoner kronor", "+", note="Outcome against the interim forecast."),
        ),
        P(
            "De största förklaringarna är kostnaderna för inhyrd personal, som uppgick till 168 miljoner kronor, och "
            "en fortsatt hög beläggning på medicinklinikerna med överbeläggningar under hela året.",
            C(
                None,
                None,
                "-",
                "inhyrd_personal",
                "volymer",
                note="The whole result's reasons in a paragraph of their own. 168 is a cost level: amount null.",
            ),
        ),
        table,
        H("Verksamhetsområdena", 2),
        P(
            "Medicinområdet står för den största delen av underskottet med −71 miljoner kronor. Överbeläggningarna har "
            "krävt extra vårdplatser bemannade med hyrsjuksköterskor, och kostnaderna för läkemedel inom onkologin har "
            "ökat kraftigt.",
            C(
                "Medicin",
                "−71 miljoner kronor",
                "-",
                "volymer",
                "inhyrd_personal",
                "material_hjalpmedel",
                note="Drugs: material_hjalpmedel.",
            ),
        ),
        P(
            "Akutsjukvården och kirurgi och ortopedi redovisar underskott på 46 respektive 38 miljoner kronor. I båda "
            "områdena har hyrläkare och övertid använts för att klara bemanningen under semesterperioden.",
            C(
                "Akutsjukvård",
                "46",
                "-",
                *hired,
                unit="mnkr",
                note="A 'respektive' pair with the shared causes in the next sentence: two items, same tags.",
                also=(C("Kirurgi och ortopedi", "38 miljoner kronor", "-", *hired),),
            ),
        ),
        P(
            "För kvinnosjukvård och barn blev resultatet 19 miljoner kronor sämre än budget. Antalet förlossningar blev "
            "cirka 300 fler än planerat.",
            C("Kvinnosjukvård och barn", "19 miljoner kronor", "-", "volymer"),
        ),
        P(
            "Psykiatrins underskott, 24 miljoner kronor, beror på köpta vårdplatser inom rättspsykiatrin och på vakanta "
            "överläkartjänster som har ersatts med hyrläkare.",
            C("Psykiatri", "24 miljoner kronor", "-", "kopt_verksamhet", "vakanser", "inhyrd_personal"),
        ),
        P(
            "Radiologi och laboratoriemedicin gick med överskott tack vare ökade intäkter för analyser som utförts åt "
            "andra förvaltningar.",
            C(
                "Radiologi och laboratoriemedicin",
                None,
                "+",
                "avgifter_intakter",
                note="Reasons only and the table is an image: amount null.",
            ),
        ),
        P(
            "Förvaltningsgemensamt redovisar ett litet överskott, tre miljoner kronor, främst genom lägre IT-kostnader.",
            C("Förvaltningsgemensamt", "tre miljoner kronor", "+", "it_digitalisering", value=3_000_000),
        ),
        H("Personal", 2),
        P(
            "Kostnaderna för inhyrd personal minskade med 41 miljoner kronor jämfört med 2024, vilket beror på att fler "
            "sjuksköterskor har anställts.",
            O(None, note="Hired staff against the previous year: other."),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Avveckling av hyrsjuksköterskor inom medicinområdet, med en planerad effekt på 30 miljoner kronor "
                "under 2026.",
                "En gemensam vårdplatsfunktion för hela förvaltningen från mars 2026.",
            ),
            labels=(
                A("Medicin", "30 miljoner kronor", "inhyrd_personal"),
                A(None, None, "bemanning"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Utrustningsinvesteringarna blev 42 miljoner kronor, mot en budget på 55 miljoner kronor, eftersom "
            "leveransen av en ny datortomograf försenades till januari 2026.",
            C(
                "Investeringar",
                "42 miljoner kronor, mot en budget på 55 miljoner kronor",
                "+",
                "periodisering",
                value=13_000_000,
                note="Under-spending of 13 miljoner kronor, never written out: the computed value.",
            ),
        ),
        H("Ekonomi i balans", 2),
        P(
            "Förvaltningens ackumulerade underskott uppgår efter 2025 till 412 miljoner kronor och ska enligt "
            "regionstyrelsens beslut hanteras inom en treårig plan.",
            O(None, note="An accumulated deficit and its plan: other."),
        ),
    ]
    return ReportSpec(
        file="region-skane-sund-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Region Skåne",
            "committee": [
                "Sjukhusstyrelse Skånevård Sund",
                "Sjukhusstyrelsen för Skånevård Sund",
                "Skånevård Sund",
            ],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Skånevård Sund", "author": "Region Skåne"},
        style=style,
        blocks=blocks,
    )
