"""Region Blekinge, Hälso- och sjukvårdsnämnden, månadsrapport maj 2026.

A region's health-care month report whose table is in tkr and whose prose is in mnkr, with a footer
carrying the nämnd's meeting date in June: the full-year deficit and "Prognosen är oförändrad jämfört
med april" (boilerplate) in one paragraph, then the shifts between areas behind the unchanged total (two
forecast changes with opposite directions, same text), a table with February's, April's and May's
deviations and no prognos column; then two columns to the end, one heading per område that carries the
område and its signed amount with a plain hyphen-minus ("Somatisk specialistvård -76,3 mnkr"; the heading
is part of the item): part amounts for agency nurses and care bought from other regions, the område's own
change since April in a paragraph of its own, primärvård's cause and its change since April in one
paragraph (two items), psychiatry with four causes, a shared-costs område whose part amount is in words
("knappt fyra miljoner kronor") next to a percentage, dental care and a surplus from selling laboratory
analyses; an action with its effect inside the forecast and a summer risk with a range. Liberation Serif
(Times) 10 pt with Arial headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BF, HP, A, C, F, O

HEAD = "The heading carries the område and its amount (mnkr, hyphen-minus); the table is in tkr."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.0,
        leading=1.34,
        para_gap=6.0,
        heading_sizes=(13.5, 11.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Region Blekinge", "Hälso- och sjukvårdsnämnden"),
        footer=lambda n, m: ("Månadsrapport maj 2026", "Nämndens sammanträde 2026-06-17", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per område 2026, tkr",
        header=(("Område", "Budget", "Avvikelse feb", "Avvikelse apr", "Avvikelse maj"),),
        rows=(
            ("Somatisk specialistvård", "2 410 500", "−62 400", "−71 800", "−76 300"),
            ("Psykiatri", "398 200", "−10 100", "−13 900", "−14 200"),
            ("Primärvård", "812 700", "−33 600", "−38 200", "−35 700"),
            ("Medicinsk service", "164 300", "2 400", "3 100", "3 600"),
            ("Tandvård", "152 800", "−4 200", "−3 900", "−3 900"),
            ("Hälso- och sjukvårdsgemensamt", "286 500", "−15 000", "−23 300", "−21 500"),
            ("Summa", "4 225 000", "−122 900", "−148 000", "−148 000"),
        ),
        widths=(160.0, 72.0, 76.0, 76.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        shade=(0.9, 0.93, 0.9),
    )
    blocks = [
        Title("Månadsrapport maj 2026", size=20, font="arial-bold"),
        Title("Hälso- och sjukvårdsnämnden", size=12, font="times-italic", after=12),
        H("Sammanfattande bedömning", 1),
        PS(
            (
                "Hälso- och sjukvårdsnämnden prognostiserar ett underskott på 148 mnkr för 2026.",
                C(None, "148 mnkr", "-"),
            ),
            ("Prognosen är oförändrad jämfört med april.", BF(None)),
        ),
        P(
            "Totalt sett är prognosen oförändrad, men det finns förskjutningar mellan områdena: somatisk "
            "specialistvård har försämrats med 4,5 mnkr och primärvården har förbättrats med 2,5 mnkr sedan april.",
            F(
                "Somatisk specialistvård",
                "4,5 mnkr",
                "-",
                note="Two områden's changes with opposite directions behind an unchanged total: two items, same text.",
                also=(F("Primärvård", "2,5 mnkr", "+"),),
            ),
        ),
        table,
        Columns(2),
        H("Kommentarer per område", 1),
        HP(
            "Somatisk specialistvård -76,3 mnkr",
            "Underskottet domineras av inhyrda sjuksköterskor på vårdavdelningarna i Karlskrona och av "
            "utomlänsvård. Kostnaden för inhyrd personal beräknas till 58 mnkr, vilket är 41 mnkr mer än "
            "budgeterat, och utomlänsvården överstiger budget med 29 mnkr.",
            C(
                "Somatisk specialistvård",
                "-76,3 mnkr",
                "-",
                "inhyrd_personal",
                "kopt_verksamhet",
                note=HEAD + " 58, 41 and 29 mnkr are parts.",
            ),
            level=2,
        ),
        P(
            "Försämringen sedan april, 4,5 mnkr, beror på att ortopedin har skickat fler patienter till privata "
            "vårdgivare för att korta vårdköerna.",
            F("Somatisk specialistvård", "4,5 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        Para(
            (
                (
                    "Hyrläkare på sex av de regiondrivna vårdcentralerna står för knappt 30 mnkr av underskottet. "
                    "Resten förklaras av lägre intäkter från vårdvalsersättningen, eftersom färre patienter än "
                    "beräknat har listat sig på regionens vårdcentraler.",
                    C(
                        "Primärvård",
                        "-35,7 mnkr",
                        "-",
                        "inhyrd_personal",
                        "avgifter_intakter",
                        "volymer",
                        note=HEAD + " 'Knappt 30 mnkr' is a part.",
                    ),
                ),
                (
                    "Prognosen har förbättrats med 2,5 mnkr sedan april, sedan två specialister i allmänmedicin har "
                    "anställts i Ronneby.",
                    F(
                        "Primärvård",
                        "2,5 mnkr",
                        "+",
                        "vakanser",
                        note="Its own change in the same paragraph.",
                    ),
                ),
            ),
            head="Primärvård -35,7 mnkr",
            head_level=2,
        ),
        HP(
            "Psykiatri -14,2 mnkr",
            "Rättspsykiatrin har fler patienter än någonsin, och fyra vårdplatser har fått köpas av en annan region. "
            "Inom vuxenpsykiatrin täcks vakanta överläkartjänster med hyrläkare.",
            C(
                "Psykiatri",
                "-14,2 mnkr",
                "-",
                "volymer",
                "kopt_verksamhet",
                "vakanser",
                "inhyrd_personal",
                note=HEAD,
            ),
            level=2,
        ),
        HP(
            "Hälso- och sjukvårdsgemensamt -21,5 mnkr",
            "Införandet av det nya journalsystemet har blivit dyrare än planerat, knappt fyra miljoner kronor, och "
            "licenserna för det gamla systemet löper parallellt till hösten. Därtill ligger kostnaderna för "
            "patientresor 11 procent över budget, eftersom fler resor till vård i andra regioner har beviljats.",
            C(
                "Hälso- och sjukvårdsgemensamt",
                "-21,5 mnkr",
                "-",
                "it_digitalisering",
                "volymer",
                note=HEAD + " 'Knappt fyra miljoner kronor' (words) is a part.",
            ),
            level=2,
        ),
        HP(
            "Tandvård -3,9 mnkr",
            "Barn- och ungdomstandvården har fler patienter än budgeterat, samtidigt som intäkterna från "
            "vuxentandvården är lägre när två tandläkartjänster i Karlshamn har varit vakanta.",
            C("Tandvård", "-3,9 mnkr", "-", "volymer", "avgifter_intakter", "vakanser", note=HEAD),
            level=2,
        ),
        HP(
            "Medicinsk service +3,6 mnkr",
            "Laboratoriemedicin har sålt fler analyser till privata vårdgivare än budgeterat.",
            C("Medicinsk service", "+3,6 mnkr", "+", "avgifter_intakter", "volymer", note=HEAD),
            level=2,
        ),
        H("Åtgärder", 1),
        P(
            "Nämnden har beslutat att inhyrda sjuksköterskor ska vara avvecklade på vårdavdelningarna i Karlskrona "
            "senast den 1 oktober. Åtgärden beräknas minska kostnaderna med 9 mnkr under 2026 och är inräknad i "
            "prognosen.",
            A("Somatisk specialistvård", "9 mnkr", "inhyrd_personal"),
        ),
        H("Risker", 1),
        P(
            "Sommarens vårdplatssituation är osäker. Om fler vårdplatser än planerat måste hållas öppna med inhyrd "
            "personal kan underskottet öka med ytterligare 5–10 mnkr.",
            O(None, "inhyrd_personal", note="Risk, with a range."),
        ),
    ]
    return ReportSpec(
        file="region-blekinge-hsn-manadsrapport-2026-05.pdf",
        report={
            "municipality": "Region Blekinge",
            "committee": ["Hälso- och sjukvårdsnämnden"],
            "period": ["2026-05"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport maj 2026 Hälso- och sjukvårdsnämnden", "author": "Region Blekinge"},
        style=style,
        blocks=blocks,
    )
