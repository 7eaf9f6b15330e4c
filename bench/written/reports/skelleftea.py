"""Skellefteå kommun, Omsorgsnämnden, verksamhetsberättelse 2024 (bokslut).

A year-end report: the year's deficit, one sentence naming two areas with their own amounts ("…
särskilt boende och personlig assistans … 14,2 mkr respektive 20,8 mkr": two items, same text), a
table with budget, outcome and the previous year's outcome, one paragraph per verksamhet (one whose
amount lives only in the table), comparisons with the previous year that say "beror på" (other), an
investment outcome, goal follow-up, sick leave and an outlook. A narrative opening that is not a
deviation is left unlabelled. DejaVu Serif Condensed, "mkr".

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.5,
        leading=1.35,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(76.0, 74.0, 76.0, 74.0),
        header=lambda n, m: ("", "Skellefteå kommun"),
        footer=lambda n, m: ("Omsorgsnämnden – Verksamhetsberättelse 2024", "", f"{n}"),
    )
    result = Table(
        caption="Driftredovisning 2024, mkr",
        header=(("Verksamhet", "Budget 2024", "Utfall 2024", "Avvikelse", "Utfall 2023"),),
        rows=(
            ("Nämnd och ledning", "22,4", "21,0", "1,4", "20,3"),
            ("Hemtjänst", "402,8", "396,5", "6,3", "371,2"),
            ("Särskilt boende", "612,0", "626,2", "−14,2", "588,9"),
            ("Hemsjukvård", "118,5", "121,8", "−3,3", "110,4"),
            ("Personlig assistans", "148,3", "169,1", "−20,8", "152,6"),
            ("LSS-boenden", "254,1", "258,3", "−4,2", "241,0"),
            ("Daglig verksamhet", "61,2", "60,3", "0,9", "58,8"),
            ("Korttidsboende", "38,6", "40,1", "−1,5", "37,2"),
            ("Buffert", "4,0", "0,0", "4,0", "0,0"),
            ("Summa", "1 661,9", "1 693,3", "−31,4", "1 580,4"),
        ),
        widths=(140.0, 70.0, 70.0, 62.0, 70.0),
        bold_rows=frozenset({9}),
        rules=True,
        size=9.0,
    )
    goals = Table(
        caption="Nämndens mål 2024",
        header=(("Indikator", "Målvärde", "Utfall 2024", "Utfall 2023"),),
        rows=(
            ("Nöjda brukare i hemtjänsten", "90 %", "87 %", "88 %"),
            ("Nöjda boende i särskilt boende", "85 %", "86 %", "83 %"),
            ("Sjukfrånvaro", "8,0 %", "8,9 %", "9,7 %"),
        ),
        widths=(180.0, 65.0, 65.0, 65.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2024", size=22, font="serif-cond-bold"),
        Title("Omsorgsnämnden", size=14, font="serif-cond", after=16),
        H("Året i korthet", 1),
        P(
            "Under 2024 har nämnden öppnat det nya särskilda boendet Morö Backe med 60 lägenheter och "
            "infört ett nytt digitalt planeringsstöd i hemtjänsten. Arbetet med heltid som norm har "
            "fortsatt, och andelen medarbetare som arbetar heltid har ökat till 78 procent."
        ),
        H("Ekonomiskt resultat", 1),
        P(
            "Omsorgsnämnden redovisar för 2024 ett underskott på 31,4 mkr, motsvarande 1,9 procent av "
            "nämndens budget.",
            C(None, "31,4 mkr", "-"),
        ),
        P(
            "Särskilt boende och personlig assistans står för de största underskotten med 14,2 mkr respektive "
            "20,8 mkr, medan hemtjänsten och nämndens buffert visar överskott.",
            C(
                "Särskilt boende",
                "14,2 mkr",
                "-",
                note="One sentence, two items: särskilt boende 14,2 and personlig assistans 20,8 mkr.",
                also=(C("Personlig assistans", "20,8 mkr", "-"),),
            ),
        ),
        result,
        H("Kommentarer per verksamhet", 2),
        H("Särskilt boende", 3),
        P(
            "Underskottet på 14,2 mkr beror främst på uppstartskostnader för Morö Backe, där verksamheten "
            "bemannades två månader innan de första hyresgästerna flyttade in, samt på dubbla hyror under "
            "flytten från det gamla boendet.",
            C("Särskilt boende", "14,2 mkr", "-", "omstallning", "bemanning", "lokaler"),
        ),
        H("Personlig assistans", 3),
        P(
            "Försäkringskassan har under året avslagit eller dragit in assistansersättningen i sex ärenden, "
            "vilket innebär att kommunen har fått ta över kostnaden. Underskottet uppgår till 20,8 mkr.",
            C("Personlig assistans", "20,8 mkr", "-", "ersattning_fk"),
        ),
        H("Hemtjänst", 3),
        P(
            "Hemtjänsten redovisar ett överskott på 6,3 mkr. De beviljade timmarna blev färre än budgeterat "
            "under hösten, och planeringen av arbetspassen har förbättrats med det nya planeringsstödet.",
            C("Hemtjänst", "6,3 mkr", "+", "volymer", "bemanning"),
        ),
        H("Hemsjukvård", 3),
        P(
            "Hemsjukvårdens underskott förklaras av inhyrda sjuksköterskor under sommaren och av "
            "höga kostnader för förbrukningsmaterial.",
            C(
                "Hemsjukvård",
                "−3,3",
                "-",
                "inhyrd_personal",
                "material_hjalpmedel",
                unit="mnkr",
                table=True,
                note="Amount from the result table row (the prose states none).",
            ),
        ),
        H("LSS-boenden", 3),
        P(
            "Två nya beslut om bostad med särskild service har verkställts genom köp av externa platser, vilket "
            "förklarar underskottet.",
            C(
                "LSS-boenden",
                "−4,2",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="mnkr",
                table=True,
                note="Amount from the result table row (the prose states none).",
            ),
        ),
        H("Korttidsboende", 3),
        P(
            "Beläggningen på korttidsboendet har varit högre än planerat, i genomsnitt 104 procent, vilket har "
            "krävt extra personal på kvällar och helger.",
            C(
                "Korttidsboende",
                "−1,5",
                "-",
                "volymer",
                "bemanning",
                unit="mnkr",
                table=True,
                note="No amount in the prose; table row Korttidsboende −1,5 mkr.",
            ),
        ),
        H("Buffert och övriga verksamheter", 3),
        P(
            "Nämndens buffert om 4,0 mkr har inte använts och redovisas som överskott.",
            C("Buffert", "4,0 mkr", "+", "reserver"),
        ),
        P(
            "Daglig verksamhet samt nämnd och ledning redovisar mindre överskott, främst på grund av vakanta "
            "tjänster.",
            C(
                "Daglig verksamhet",
                None,
                "+",
                "vakanser",
                note="Two areas without amounts (table: +0,9 and +1,4).",
                also=(C("Nämnd och ledning", None, "+", "vakanser"),),
            ),
        ),
        P(
            "Nämnden föreslår att underskottet inte ska föras över till 2025, eftersom det till stor del beror på "
            "engångskostnader i samband med öppnandet av Morö Backe.",
            O(None, "reserver", note="Proposal on carrying the deficit over: financing, other."),
        ),
        H("Jämförelse med föregående år", 2),
        P(
            "Nämndens nettokostnader ökade med 112,9 mkr eller 7,1 procent jämfört med 2023, vilket beror på "
            "det nya boendet, avtalsenliga löneökningar och fler ärenden inom personlig assistans.",
            O(
                None,
                "volymer",
                "lonekostnader",
                note="Year-on-year cost growth with 'beror på', not against budget.",
            ),
        ),
        P(
            "Kostnaderna för inhyrd personal minskade samtidigt från 9,8 mkr till 6,1 mkr.",
            O(None, "inhyrd_personal", note="Year-on-year."),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 12,0 mkr har 8,2 mkr använts, vilket ger ett överskott på 3,8 mkr. Ej "
            "förbrukade medel beror på att leveransen av nya trygghetslarm och digitala lås har försenats till "
            "2025.",
            C(
                "Investeringar",
                "3,8 mkr",
                "+",
                "periodisering",
                "it_digitalisering",
                note="Investering: spending under the investment budget.",
            ),
        ),
        H("Mål och måluppfyllelse", 2),
        goals,
        P(
            "Andelen brukare som är nöjda med sin hemtjänst ska överstiga 90 procent. Utfallet 2024 blev 87 "
            "procent, vilket innebär att målet inte nås.",
            O("Hemtjänst", note="Goal follow-up."),
        ),
        P(
            "Sjukfrånvaron minskade till 8,9 procent från 9,7 procent året innan, vilket beror på ett "
            "systematiskt arbete med tidig rehabilitering.",
            O(None, "sjukfranvaro", note="Year-on-year with 'beror på'."),
        ),
        P(
            "Antalet hemtjänsttimmar per brukare och månad var i genomsnitt 31,4, vilket är i nivå med "
            "föregående år.",
            O("Hemtjänst", "volymer", note="Key figure."),
        ),
        H("Framtid", 2),
        P(
            "Antalet invånare över 80 år ökar med omkring 4 procent per år fram till 2030, vilket ställer krav "
            "på fler platser i särskilt boende och en utbyggd hemtjänst.",
            O(None, "volymer", note="Outlook."),
        ),
    ]
    return ReportSpec(
        file="skelleftea-on-verksamhetsberattelse-2024.pdf",
        report={
            "municipality": "Skellefteå",
            "committee": ["Omsorgsnämnden"],
            "period": ["2024", "2024-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2024 Omsorgsnämnden", "author": "Skellefteå kommun"},
        style=style,
        blocks=blocks,
    )
