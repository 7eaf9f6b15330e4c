"""Skara kommun, Vård- och omsorgsnämnden, delårsrapport januari–augusti 2025.

An elderly-care committee's interim report in DejaVu Serif with "mkr": the period "2,7 mkr sämre än den
periodiserade budgeten" and the full year "ett underskott på 6,2 mkr, motsvarande 1,4 procent av nämndens
budgetram" in two sentences (two items, the percentage not the amount); the improvement since the tertial
report with a part that is not the change ("1,8 mkr bättre … sedan nämnden fått 2,3 mkr i statsbidrag");
a kostnadsslag table with the previous year's outcome; one sentence with three kostnadsslag, two of them a
"respektive" pair ("5,4 respektive 1,9 mkr") and revenue "1,1 mkr högre än budgeterat" (three items, no
reasons); then, in two columns, headings that carry the verksamhet and its amount after a colon
("Hemtjänst: −4,1 mkr") with reasons only, a sick-leave percentage and a cost level ("hittills uppgått till
3,1 mkr") that are not the amount, so the deficit is explained twice; investments used in full
(boilerplate), an action with its full-year effect and its effect this year, sick leave against last year
and a risk (others). DejaVu Serif 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the verksamhet and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "serif-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Skara kommun", "Delårsrapport augusti 2025"),
        footer=lambda n, m: ("Vård- och omsorgsnämnden, sammanträde 2025-09-25", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per kostnadsslag, mkr",
        header=(
            ("", "Budget", "Prognos", "Avvikelse", "Utfall", "Utfall"),
            ("", "2025", "2025", "helår", "jan–aug", "jan–aug 2024"),
        ),
        rows=(
            ("Intäkter", "58,4", "59,5", "1,1", "40,2", "37,9"),
            ("Personalkostnader", "-331,6", "-337,0", "-5,4", "-224,8", "-214,3"),
            ("Köp av verksamhet", "-61,2", "-63,1", "-1,9", "-42,7", "-39,8"),
            ("Lokalkostnader", "-47,3", "-47,3", "0,0", "-31,5", "-30,6"),
            ("Övriga kostnader", "-54,5", "-54,5", "0,0", "-35,9", "-36,2"),
            ("Nettokostnad", "-436,2", "-442,4", "-6,2", "-294,7", "-283,0"),
        ),
        widths=(110.0, 66.0, 70.0, 62.0, 72.0, 90.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="serif-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12.5, font="serif", after=12),
        H("Ekonomisk analys", 1),
        PS(
            (
                "Nämnden redovisar för perioden ett utfall som är 2,7 mkr sämre än den periodiserade budgeten.",
                C(None, "2,7 mkr", "-", note="The period in its own sentence."),
            ),
            (
                "Prognosen för helåret är ett underskott på 6,2 mkr, motsvarande 1,4 procent av nämndens budgetram.",
                C(None, "6,2 mkr", "-", note="The full year; the percentage is not the amount."),
            ),
        ),
        P(
            "Det är 1,8 mkr bättre än prognosen i tertialrapporten i april, sedan nämnden fått 2,3 mkr i statsbidrag "
            "för äldreomsorgens bemanning som inte var kända då.",
            F(None, "1,8 mkr", "+", "statsbidrag", note="The 2,3 mkr grant is a part, not the change."),
        ),
        table,
        P(
            "Personalkostnaderna och köp av verksamhet överstiger budget med 5,4 respektive 1,9 mkr, medan intäkterna "
            "blir 1,1 mkr högre än budgeterat.",
            C(
                "Personalkostnader",
                "5,4",
                "-",
                unit="mkr",
                note="Three kostnadsslag in one sentence, no reasons: three items.",
                also=(
                    C("Köp av verksamhet", "1,9 mkr", "-"),
                    C("Intäkter", "1,1 mkr", "+"),
                ),
            ),
        ),
        H("Verksamheternas resultat", 2),
        Columns(2),
        HP(
            "Hemtjänst: −4,1 mkr",
            "Antalet beviljade hemtjänsttimmar har ökat med drygt 11 procent jämfört med budgeterad nivå. "
            "Verksamheten har inte kunnat anpassa bemanningen i samma takt, vilket lett till mycket övertid och "
            "extra timanställda under sommaren.",
            C("Hemtjänst", "−4,1 mkr", "-", "volymer", "overtid", "vikarier", note=HEAD),
        ),
        HP(
            "Särskilt boende: −2,6 mkr",
            "Vårdtyngden på demensenheterna på Källeberg och Ekhagen har ökat, och enheterna har behövt förstärka "
            "nattbemanningen. Sjukfrånvaron är dessutom fortsatt hög, 9,8 procent.",
            C(
                "Särskilt boende",
                "−2,6 mkr",
                "-",
                "bemanning",
                "sjukfranvaro",
                note=HEAD + " The sick-leave percentage is not the amount.",
            ),
        ),
        HP(
            "Hälso- och sjukvård: −1,3 mkr",
            "Bemanningsföretag har anlitats för att täcka vakanta sjukskötersketjänster under sommaren. Kostnaden för "
            "inhyrda sjuksköterskor har hittills uppgått till 3,1 mkr.",
            C(
                "Hälso- och sjukvård",
                "−1,3 mkr",
                "-",
                "inhyrd_personal",
                "vakanser",
                note=HEAD + " The 3,1 mkr is a cost level, not the deviation.",
            ),
        ),
        HP(
            "Funktionsstöd: +1,1 mkr",
            "En gruppbostad har haft två tomma lägenheter under större delen av året, och ett externt köpt boende har "
            "kunnat avslutas.",
            C("Funktionsstöd", "+1,1 mkr", "+", "volymer", "kopt_verksamhet", note=HEAD),
        ),
        HP(
            "Myndighet och stab: +0,7 mkr",
            "Tjänsten som verksamhetsutvecklare har varit vakant sedan mars.",
            C("Myndighet och stab", "+0,7 mkr", "+", "vakanser", note=HEAD),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 2,0 mkr för trygghetslarm och inventarier beräknas förbrukas fullt ut.",
            BP("Investeringar"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden beslutade i juni om en handlingsplan för hemtjänsten. All planering ska ske i ett nytt "
            "planeringsverktyg och alla beslut över 80 timmar per månad ska omprövas. Helårseffekten beräknas till "
            "1,5 mkr, varav 0,4 mkr under 2025.",
            A("Hemtjänst", "1,5 mkr", "bemanning", note="The full-year effect; 0,4 mkr falls in 2025."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron har minskat från 10,6 procent till 9,8 procent jämfört med samma period förra året.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att nämnden får betala en särskild avgift till Inspektionen för vård och omsorg för "
            "beslut om särskilt boende som inte verkställts inom tre månader.",
            O(None, note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="skara-von-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Skara",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Vård- och omsorgsnämnden",
            "author": "Skara kommun",
        },
        style=style,
        blocks=blocks,
    )
