"""Malmö stad, Hälsa-, vård- och omsorgsnämnden, uppföljningsrapport april 2026.

An elderly-care committee's April follow-up in Mkr whose result table is pasted as an image (every amount in
the prose), footer with the nämnd's meeting date in May: the period "−19,8 Mkr jämfört med periodiserad
budget" and the full year "ett underskott om 52 Mkr mot kommunbidraget" in two sentences (two items); under a
generic heading, the largest deficit as "står för den största delen av underskottet, 31 Mkr", "Inom vård- och
omsorgsboende väntas kostnaderna bli 18,5 Mkr högre än budgeterat", "ett negativt resultat mot budget på nio
miljoner kronor" (in words), two verksamheter as a "respektive" pair whose reasons follow in the next sentence,
and "ett mindre överskott" whose amount lives only in the image (amount null); the change since February with
a grant as its cause, an action with a full-year effect and sick leave against last year with "beror på"
(other). Liberation Serif 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.35,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Malmö stad", "Hälsa-, vård- och omsorgsnämnden"),
        footer=lambda n, m: ("Uppföljningsrapport april 2026 – HVON 2026-05-21", "", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, Mkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Hemtjänst", "1 412,0", "1 443,0", "-31,0"),
            ("Vård- och omsorgsboende", "2 086,5", "2 105,0", "-18,5"),
            ("Korttidsvård", "164,0", "160,5", "3,5"),
            ("Hälso- och sjukvård", "398,0", "407,0", "-9,0"),
            ("Myndighetsutövning", "126,5", "125,0", "1,5"),
            ("Nämnd och ledning", "88,0", "86,5", "1,5"),
            ("Totalt", "4 275,0", "4 327,0", "-52,0"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Uppföljningsrapport april 2026", size=20, font="times-bold", after=2),
        Title("Hälsa-, vård- och omsorgsnämnden", size=13, font="times", after=14),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Periodens resultat är −19,8 Mkr jämfört med periodiserad budget.",
                C(None, "−19,8 Mkr", "-", note="The period in a sentence of its own."),
            ),
            (
                "Helårsprognosen visar ett underskott om 52 Mkr mot kommunbidraget, vilket motsvarar 1,2 procent "
                "av nämndens budget.",
                C(None, "52 Mkr", "-", note="The full year in the next sentence: its own item."),
            ),
        ),
        table,
        H("Avvikelser per verksamhet", 2),
        P(
            "Hemtjänsten står för den största delen av underskottet, 31 Mkr. Antalet utförda hemtjänsttimmar har "
            "ökat med 5,4 procent jämfört med budget, och andelen delade turer är fortsatt hög.",
            C("Hemtjänst", "31 Mkr", "-", "volymer", "bemanning", note="Split shifts: bemanning."),
        ),
        P(
            "Inom vård- och omsorgsboende väntas kostnaderna bli 18,5 Mkr högre än budgeterat. Övertid och "
            "sjukfrånvaro bland undersköterskor på två boenden samt en tillfälligt förstärkt bemanning för "
            "brukare med stora omvårdnadsbehov driver kostnaderna.",
            C("Vård- och omsorgsboende", "18,5 Mkr", "-", "overtid", "sjukfranvaro", "bemanning"),
        ),
        P(
            "Hälso- och sjukvården beräknas redovisa ett negativt resultat mot budget på nio miljoner kronor, då "
            "bemanningssjuksköterskor har behövts för att täcka vakanser under nätter och helger.",
            C(
                "Hälso- och sjukvård",
                "nio miljoner kronor",
                "-",
                "inhyrd_personal",
                "vakanser",
                value=9_000_000,
                note="An amount in words.",
            ),
        ),
        P(
            "Korttidsvården och myndighetsutövningen ger överskott med 3,5 respektive 1,5 Mkr. Beläggningen på "
            "korttidsplatserna har varit lägre än planerat och två biståndshandläggartjänster har stått vakanta.",
            C(
                "Korttidsvård",
                "3,5",
                "+",
                "volymer",
                unit="mkr",
                note="A 'respektive' pair with the reasons in the next sentence: one item each, each with its "
                "own reason's tag.",
                also=(C("Myndighetsutövning", "1,5 Mkr", "+", "vakanser"),),
            ),
        ),
        P(
            "Nämnd och ledning redovisar ett mindre överskott till följd av lägre kostnader för "
            "kompetensutveckling under våren.",
            C(
                "Nämnd och ledning",
                None,
                "+",
                "periodisering",
                note="The amount lives only in the image table: null. Training moved later in the year: "
                "periodisering.",
            ),
        ),
        H("Jämfört med föregående prognos", 2),
        P(
            "Underskottet har minskat med 4 Mkr sedan februariprognosen, främst genom att statsbidraget för "
            "äldreomsorgen blev högre än nämnden räknat med.",
            F(None, "4 Mkr", "+", "statsbidrag"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om en handlingsplan för hemtjänsten med ny planering av insatser och färre "
            "delade turer, som förväntas ge 6 Mkr i helårseffekt.",
            A("Hemtjänst", "6 Mkr", "bemanning"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron uppgick till 9,6 procent under perioden, vilket är 0,4 procentenheter lägre än samma "
            "period 2025 och beror på ett aktivt rehabiliteringsarbete.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="malmo-hvon-uppfoljningsrapport-2026-04.pdf",
        report={
            "municipality": ["Malmö", "Malmö stad"],
            "committee": ["Hälsa-, vård- och omsorgsnämnden"],
            "period": ["2026-04"],
            "report_type": "uppföljningsrapport",
        },
        metadata={
            "title": "Uppföljningsrapport april 2026 Hälsa-, vård- och omsorgsnämnden",
            "author": "Malmö stad",
        },
        style=style,
        blocks=blocks,
    )
