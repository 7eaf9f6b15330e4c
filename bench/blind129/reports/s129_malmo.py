"""Malmö stad, Hälsa-, vård- och omsorgsnämnden, årsanalys 2025.

An elderly-care committee's year-end analysis in Times (Liberation Serif) 11 pt, footer with the nämnd's date
in February: the result "ett underskott mot budget på 38,6 miljoner kronor" with a percentage of the frame
beside it, the outcome against the August forecast with its cause (a forecast change), a verksamhet table
pasted as an image (every amount in the prose), two verksamheter as a "respektive" pair ("-21,4 respektive
-14,8 miljoner kronor") with shared causes in the next sentence, "överskred budgeten med 6,3 miljoner kronor",
"ett överskott på nästan tre miljoner kronor" in words, "Inom myndighetsutövningen blev kostnaderna … lägre",
a possessive "Den gemensamma administrationens underskott", personnel costs and revenue in one sentence, an
action with "9 miljoner kronor", investments "8,5 miljoner kronor inte användes" and net cost growth against
2024 with "beror på" (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.35,
        para_gap=7.0,
        heading_sizes=(17.0, 13.0, 11.5),
        heading_fonts=("times-bold", "times-bold", "times-italic"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Malmö stad", "Årsanalys 2025"),
        footer=lambda n, m: ("Hälsa-, vård- och omsorgsnämnden 2026-02-18", "", f"{n}"),
        header_size=8.5,
        rule_under_header=False,
    )
    image = Table(
        caption="Budgetavvikelse per verksamhetsområde 2025, mnkr",
        header=(("Verksamhetsområde", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Hemtjänst", "1 412,5", "1 433,9", "-21,4"),
            ("Vård- och omsorgsboende", "1 986,0", "2 000,8", "-14,8"),
            ("Hälso- och sjukvård", "402,7", "409,0", "-6,3"),
            ("Korttidsboende och dagverksamhet", "221,4", "218,5", "2,9"),
            ("Myndighetsutövning", "164,8", "160,7", "4,1"),
            ("Gemensam administration", "118,3", "121,4", "-3,1"),
            ("Totalt", "4 305,7", "4 344,3", "-38,6"),
        ),
        widths=(170.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Årsanalys 2025", size=22, font="times-bold", after=2),
        Title("Hälsa-, vård- och omsorgsnämnden", size=14, font="times", after=16),
        H("Ekonomiskt utfall", 2),
        P(
            "Nämnden redovisar för 2025 ett underskott mot budget på 38,6 miljoner kronor, vilket motsvarar 0,9 "
            "procent av nämndens budgetram.",
            C(
                None,
                "38,6 miljoner kronor",
                "-",
                note="A percentage of the frame beside it is not the amount.",
            ),
        ),
        P(
            "Utfallet är 6,2 miljoner kronor bättre än prognosen i delårsrapporten per augusti, främst genom att "
            "statsbidraget för bemanning inom äldreomsorgen blev större än beräknat.",
            F(None, "6,2 miljoner kronor", "+", "statsbidrag", note="Against the interim forecast."),
        ),
        image,
        H("Avvikelser per verksamhetsområde", 2),
        P(
            "Hemtjänsten och vård- och omsorgsboendena står för huvuddelen av underskottet med -21,4 respektive "
            "-14,8 miljoner kronor. Båda verksamheterna har haft höga kostnader för timanställda vikarier och "
            "övertid under sommaren, och sjukfrånvaron har legat över 10 procent.",
            C(
                "Hemtjänst",
                "-21,4",
                "-",
                "vikarier",
                "overtid",
                "sjukfranvaro",
                unit="mnkr",
                note="A 'respektive' pair with shared causes in the next sentence: two items, same text.",
                also=(
                    C(
                        "Vård- och omsorgsboende",
                        "-14,8 miljoner kronor",
                        "-",
                        "vikarier",
                        "overtid",
                        "sjukfranvaro",
                    ),
                ),
            ),
        ),
        P(
            "Hälso- och sjukvården överskred budgeten med 6,3 miljoner kronor. Kostnaderna för hyrsjuksköterskor "
            "under sommaren och för inkontinenshjälpmedel blev högre än planerat.",
            C("Hälso- och sjukvård", "6,3 miljoner kronor", "-", "inhyrd_personal", "material_hjalpmedel"),
        ),
        P(
            "Korttidsboende och dagverksamhet gav ett överskott på nästan tre miljoner kronor eftersom en "
            "korttidsenhet i Husie var stängd under fyra månader för ombyggnad.",
            C(
                "Korttidsboende och dagverksamhet",
                "nästan tre miljoner kronor",
                "+",
                "ovrigt",
                value=3e6,
                note="Amount in words ('nästan tre'): the stated figure. A closure for rebuilding is ovrigt.",
            ),
        ),
        P(
            "Inom myndighetsutövningen blev kostnaderna 4,1 miljoner kronor lägre än budget, till följd av vakanta "
            "tjänster som biståndshandläggare under våren.",
            C("Myndighetsutövning", "4,1 miljoner kronor", "+", "vakanser"),
        ),
        P(
            "Den gemensamma administrationens underskott om 3,1 miljoner kronor hänger samman med införandet av "
            "det nya planeringssystemet för hemtjänsten, där licenser och utbildning blev dyrare än beräknat.",
            C("Gemensam administration", "3,1 miljoner kronor", "-", "it_digitalisering"),
        ),
        H("Intäkter och kostnader", 2),
        P(
            "Personalkostnaderna översteg budget med 52,0 miljoner kronor, medan intäkterna blev 18,4 miljoner "
            "kronor högre än budget, främst genom statsbidrag.",
            C(
                "Personalkostnader",
                "52,0 miljoner kronor",
                "-",
                note="Two kostnadsslag in one sentence: two items, the reason belongs to the revenue.",
                also=(C("Intäkter", "18,4 miljoner kronor", "+", "statsbidrag"),),
            ),
        ),
        H("Åtgärder under året", 2),
        P(
            "Nämnden beslutade i juni om en åtgärdsplan med bland annat centralt styrd vikarieanskaffning och "
            "minskad användning av bemanningsföretag. Planen bedöms ha minskat kostnaderna med 9 miljoner kronor "
            "under andra halvåret.",
            A(None, "9 miljoner kronor", "vikarier", "inhyrd_personal"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för inventarier och larm var 24,0 miljoner kronor och utfallet blev 15,5 "
            "miljoner kronor. Att 8,5 miljoner kronor inte användes beror på att upphandlingen av nya "
            "trygghetslarm blev försenad.",
            C("Investeringar", "8,5 miljoner kronor", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Nettokostnadsutveckling", 2),
        P(
            "Nettokostnaden ökade med 4,6 procent jämfört med 2024, vilket främst beror på fler brukare i "
            "hemtjänsten.",
            O(None, "volymer", note="Cost growth against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="malmo-hvon-arsanalys-2025.pdf",
        report={
            "municipality": ["Malmö", "Malmö stad"],
            "committee": ["Hälsa-, vård- och omsorgsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "årsanalys",
        },
        metadata={"title": "Årsanalys 2025 Hälsa-, vård- och omsorgsnämnden", "author": "Malmö stad"},
        style=style,
        blocks=blocks,
    )
