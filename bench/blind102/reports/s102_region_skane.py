"""Region Skåne, Sjukhusstyrelse Skånes universitetssjukhus, månadsuppföljning september 2025.

A region's hospital board's month report whose result table is pasted as an image (every amount lives in the
prose), DejaVu Sans 9.5 pt with a footer dated in October: the period ("97,5 mnkr sämre än budget för
perioden") and the full year ("ett underskott mot budget på 128 mnkr") in one sentence, so one item with the
full year's amount, the period's reasons in a sentence of their own (amount null), a forecast change with a
"varav" part; headings that carry the verksamhetsområde and its amount after a comma ("Verksamhetsområde
Medicin, −48,6 mnkr") over short paragraphs, an overcrowding count per day that is not the amount; three
verksamhetsområden "12,7, 8,3 respektive 4,8 mnkr" with their shared causes in the next sentence (three items,
one text); by kostnadsslag: personnel costs "3,4 procent" over budget (amount null), drugs whose period level
(1 212 mnkr) is not the deviation, revenue from other regions "23 mnkr lägre"; an action plan with its effect,
investments "23 mnkr lägre än budget" after the forecast level, and sick leave against 2024 (other). 13
scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O

HEAD = "The heading carries the verksamhetsområde and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Region Skåne", "Skånes universitetssjukhus"),
        footer=lambda n, m: ("Sjukhusstyrelsen 2025-10-23", "Månadsuppföljning september 2025", f"{n} ({m})"),
        header_size=7.5,
        rule_under_header=False,
    )
    image = Table(
        caption="Resultat per verksamhetsområde, mnkr",
        header=(("Verksamhetsområde", "Avvikelse jan–sep", "Prognos avvikelse helår"),),
        rows=(
            ("Medicin", "−37,1", "−48,6"),
            ("Kirurgi", "−28,3", "−37,9"),
            ("Kvinno- och barnsjukvård", "−16,0", "−22,4"),
            ("Bild och funktion", "4,9", "6,1"),
            ("Akut", "−9,8", "−12,7"),
            ("Ortopedi", "−6,4", "−8,3"),
            ("Laboratoriemedicin", "−3,9", "−4,8"),
            ("Sjukhusgemensamt", "−0,9", "0,6"),
            ("Totalt", "−97,5", "−128,0"),
        ),
        widths=(190.0, 110.0, 140.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsuppföljning september 2025", size=19, font="sans-bold", after=2),
        Title("Sjukhusstyrelse Skånes universitetssjukhus", size=12, font="sans", after=12),
        H("Sammanfattning", 2),
        P(
            "Skånes universitetssjukhus redovisar efter september ett ackumulerat resultat på −164,8 mnkr, vilket är "
            "97,5 mnkr sämre än budget för perioden, och helårsprognosen är ett underskott mot budget på 128 mnkr.",
            C(
                None,
                "128 mnkr",
                "-",
                note="The period and the full year in one sentence: one item with the full year's amount.",
            ),
        ),
        P(
            "Periodens avvikelse förklaras främst av kostnader för inhyrda sjuksköterskor och läkare, höga kostnader "
            "för läkemedel och en lägre produktion av planerade operationer än vad som har budgeterats.",
            C(
                None,
                None,
                "-",
                "inhyrd_personal",
                "material_hjalpmedel",
                "volymer",
                note="The period's reasons apart from its amount: a cause with amount null.",
            ),
        ),
        P(
            "Prognosen är 14 mnkr sämre än i augusti, varav 9 mnkr avser ökade kostnader för hyrsjuksköterskor "
            "under sommaren.",
            F(None, "14 mnkr", "-", "inhyrd_personal", note="A 'varav' part: the total is the amount."),
        ),
        image,
        H("Verksamhetsområdenas resultat", 2),
        HP(
            "Verksamhetsområde Medicin, −48,6 mnkr",
            "Verksamhetsområdet har haft en hög beläggning under hela året och i genomsnitt 31 överbeläggningar "
            "per dag. Det har krävt extra personal på kvällar och helger, med både övertid och hyrsjuksköterskor.",
            C(
                "Verksamhetsområde Medicin",
                "−48,6 mnkr",
                "-",
                "volymer",
                "overtid",
                "inhyrd_personal",
                note=HEAD + " The count per day is not the amount.",
            ),
        ),
        HP(
            "Verksamhetsområde Kirurgi, −37,9 mnkr",
            "Underskottet beror på att operationskapaciteten har varit lägre än planerat på grund av vakanser bland "
            "operations- och anestesisjuksköterskor, vilket ger lägre intäkter från andra regioner.",
            C("Verksamhetsområde Kirurgi", "−37,9 mnkr", "-", "vakanser", "avgifter_intakter", note=HEAD),
        ),
        HP(
            "Verksamhetsområde Kvinno- och barnsjukvård, −22,4 mnkr",
            "Fler förlossningar än budgeterat och ökade kostnader för neonatalvården står för större delen av "
            "avvikelsen.",
            C("Verksamhetsområde Kvinno- och barnsjukvård", "−22,4 mnkr", "-", "volymer", note=HEAD),
        ),
        HP(
            "Verksamhetsområde Bild och funktion, +6,1 mnkr",
            "Överskottet förklaras av att flera tjänster som röntgensjuksköterska har varit vakanta, samtidigt som "
            "försäljningen av röntgenundersökningar till primärvården har ökat.",
            C(
                "Verksamhetsområde Bild och funktion",
                "+6,1 mnkr",
                "+",
                "vakanser",
                "avgifter_intakter",
                note=HEAD,
            ),
        ),
        P(
            "Verksamhetsområdena Akut, Ortopedi och Laboratoriemedicin prognostiserar underskott på 12,7, 8,3 "
            "respektive 4,8 mnkr. Samtliga tre har haft ökade kostnader för bemanningsföretag och för sjukfrånvaro "
            "under sommarmånaderna.",
            C(
                "Verksamhetsområde Akut",
                "12,7",
                "-",
                "inhyrd_personal",
                "sjukfranvaro",
                unit="mnkr",
                note="Three areas with 'respektive' amounts and shared causes in the next sentence: three items with "
                "the same text and tags.",
                also=(
                    C(
                        "Verksamhetsområde Ortopedi",
                        "8,3",
                        "-",
                        "inhyrd_personal",
                        "sjukfranvaro",
                        unit="mnkr",
                    ),
                    C(
                        "Verksamhetsområde Laboratoriemedicin",
                        "4,8 mnkr",
                        "-",
                        "inhyrd_personal",
                        "sjukfranvaro",
                    ),
                ),
            ),
        ),
        H("Kostnader och intäkter", 2),
        P(
            "Personalkostnaderna inklusive inhyrd personal överstiger budget med 3,4 procent för perioden.",
            C(
                "Personalkostnader",
                None,
                "-",
                "inhyrd_personal",
                note="A percentage-only deviation beside an image table: amount null.",
            ),
        ),
        P(
            "Läkemedelskostnaderna uppgår till 1 212 mnkr efter september, vilket är 41 mnkr mer än budgeterat för "
            "perioden, främst på grund av nya cancerläkemedel och ökad användning av läkemedel vid ögonsjukdomar.",
            C(
                "Läkemedel",
                "41 mnkr",
                "-",
                "material_hjalpmedel",
                "volymer",
                note="The cost level is not the amount; drugs are material_hjalpmedel.",
            ),
        ),
        P(
            "Intäkterna från utomlänsvård och regionvård blir totalt 23 mnkr lägre än budget på helåret, eftersom "
            "färre patienter från andra regioner har remitterats för planerad kirurgi.",
            C("Intäkter från utomlänsvård och regionvård", "23 mnkr", "-", "avgifter_intakter", "volymer"),
        ),
        P(
            "Sjukfrånvaron var 6,9 procent under perioden, jämfört med 7,4 procent samma period 2024.",
            O(None, note="Sick leave against last year: other."),
        ),
        H("Åtgärder", 2),
        P(
            "Sjukhusledningen har beslutat om en åtgärdsplan med bland annat anställningsstopp för administrativa "
            "tjänster och en gemensam bemanningsenhet för sjuksköterskor. Planen beräknas förbättra resultatet med "
            "35 mnkr på helårsbasis.",
            A(None, "35 mnkr", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna i medicinteknisk utrustning beräknas bli 62 mnkr, vilket är 23 mnkr lägre än budget, "
            "eftersom upphandlingen av två nya magnetkameror har överprövats.",
            C(
                "Investeringar i medicinteknisk utrustning",
                "23 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending after the forecast level: positive.",
            ),
        ),
    ]
    return ReportSpec(
        file="region-skane-sus-manadsuppfoljning-2025-09.pdf",
        report={
            "municipality": "Region Skåne",
            "committee": [
                "Sjukhusstyrelse Skånes universitetssjukhus",
                "Sjukhusstyrelsen för Skånes universitetssjukhus",
                "Skånes universitetssjukhus",
            ],
            "period": ["2025-09"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning september 2025", "author": "Region Skåne"},
        style=style,
        blocks=blocks,
    )
