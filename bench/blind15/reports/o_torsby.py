"""Torsby kommun, Samhällsbyggnadsnämnden, verksamhetsberättelse 2025.

A year-end report of a technical committee (period = the year): the result as a net outcome against a
budget "vilket ger en budgetavvikelse på −2,8 mnkr" and, in the next sentence, last year's deviation
(other); a table with last year's outcome; headings that carry the area and amount, one of whose paragraphs
gives a cost level (12,4 mnkr) and two parts (4,1 mnkr over, 0,5 mnkr under) that are not the amount, and
"Plan, bygg och miljö ±0,0 mnkr" that "slutade i nivå med budget" (boilerplate); the taxe-financed water
and sewage surplus with its transfer to the VA fund in the next sentence (other); an investment table whose
note says "utfall minus budget", so "+" is an overspend, with the under-spend's reason in prose that names
only the levels (the table's "−6 330") and one project "2,2 mnkr dyrare än kalkylen"; a budget request for
next year (other) and building-permit volumes against last year (other). Liberation Sans Narrow 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, C, O

HEAD = "The heading carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(68.0, 78.0, 68.0, 74.0),
        header=lambda n, m: ("TORSBY KOMMUN", "Samhällsbyggnadsnämnden – Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Antagen av nämnden 2026-02-12", "", f"Sida {n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    drift = Table(
        caption="Driftredovisning per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024"),),
        rows=(
            ("Nämnd och förvaltningsledning", "4,6", "4,6", "0,0", "4,3"),
            ("Gator och vägar", "21,8", "25,4", "−3,6", "23,9"),
            ("Fastighetsförvaltning", "18,2", "16,8", "1,4", "17,5"),
            ("Kost", "14,9", "15,8", "−0,9", "15,0"),
            ("Lokalvård", "7,7", "7,4", "0,3", "7,2"),
            ("Plan, bygg och miljö", "4,9", "4,9", "0,0", "4,6"),
            ("Summa", "72,1", "74,9", "−2,8", "72,5"),
        ),
        widths=(160.0, 70.0, 70.0, 64.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    invest = Table(
        caption="Investeringsprojekt, tkr",
        header=(("Projekt", "Budget 2025", "Utfall 2025", "Avvikelse"),),
        rows=(
            ("Bro över Röjdån", "8 500", "10 740", "+2 240"),
            ("LED-belysning gator", "3 000", "2 150", "−850"),
            ("Reningsverk Sysslebäck", "14 000", "6 300", "−7 700"),
            ("Fordon och maskiner", "2 500", "2 480", "−20"),
            ("Summa", "28 000", "21 670", "−6 330"),
        ),
        widths=(160.0, 70.0, 70.0, 64.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="narrow-bold", after=2),
        Title("Samhällsbyggnadsnämnden", size=13, font="narrow", after=14),
        H("Året som gått", 2),
        P(
            "Under året färdigställdes den nya bron över Röjdån, och arbetet med en ny översiktsplan för kommunen "
            "påbörjades. Vintern 2024/25 blev en av de snörikaste på tjugo år."
        ),
        H("Ekonomiskt utfall", 2),
        Para(
            (
                (
                    "Samhällsbyggnadsnämnden redovisar för 2025 ett nettoutfall på 74,9 mnkr mot en budget på 72,1 "
                    "mnkr, vilket ger en budgetavvikelse på −2,8 mnkr.",
                    C(None, "−2,8 mnkr", "-", note="The year's result; outcome and budget are levels."),
                ),
                (
                    "Året innan var avvikelsen −1,1 mnkr.",
                    O(None, note="Last year's deviation: a comparison with the previous year."),
                ),
            )
        ),
        drift,
        H("Kommentarer till avvikelserna", 2),
        HP(
            "Gator och vägar −3,6 mnkr",
            "Vinterväghållningen kostade 12,4 mnkr, vilket är 4,1 mnkr mer än budgeterat. Snösäsongen var lång, med "
            "ovanligt många plogtillfällen i både Torsby och Sysslebäck, och i mars krävdes omfattande "
            "isbekämpning. Beläggningsunderhållet blev samtidigt 0,5 mnkr billigare än planerat, eftersom färre "
            "sträckor än planerat hann åtgärdas.",
            C(
                "Gator och vägar",
                "−3,6 mnkr",
                "-",
                "ovrigt",
                note=HEAD + " 12,4 mnkr is a cost level, 4,1 and 0,5 mnkr are parts; snow is ovrigt.",
            ),
        ),
        HP(
            "Fastighetsförvaltning +1,4 mnkr",
            "Kostnaderna för el och fjärrvärme blev lägre än i budgeten, och det planerade underhållet av taken på "
            "Kyrkhedenskolan har skjutits till 2026 i väntan på en ny upphandling.",
            C("Fastighetsförvaltning", "+1,4 mnkr", "+", "prisokningar", "periodisering", note=HEAD),
        ),
        HP(
            "Kost −0,9 mnkr",
            "Livsmedelspriserna har fortsatt att stiga, och sedan i höstas levererar kosten även måltider till det "
            "nya korttidsboendet utan att nämnden har fått kompensation för det.",
            C("Kost", "−0,9 mnkr", "-", "prisokningar", "volymer", note=HEAD),
        ),
        HP(
            "Lokalvård +0,3 mnkr",
            "Två tjänster var vakanta under våren.",
            C("Lokalvård", "+0,3 mnkr", "+", "vakanser", note=HEAD),
        ),
        HP(
            "Plan, bygg och miljö ±0,0 mnkr",
            "Verksamheten slutade i nivå med budget.",
            BP("Plan, bygg och miljö"),
        ),
        H("Vatten och avlopp", 2),
        Para(
            (
                (
                    "VA-verksamheten redovisar ett överskott på 1,7 mnkr mot budget, främst till följd av högre "
                    "anslutningsavgifter från nya fastigheter i Östmark och Torsby centrum.",
                    C("Vatten och avlopp", "1,7 mnkr", "+", "avgifter_intakter", "volymer"),
                ),
                (
                    "Överskottet förs till VA-fonden, som därmed uppgår till 4,9 mnkr.",
                    O("Vatten och avlopp", note="The transfer to the fund: a reserve statement."),
                ),
            )
        ),
        H("Investeringar", 2),
        P(
            "I tabellen är avvikelsen beräknad som utfall minus budget. Ett positivt belopp betyder att projektet har "
            "kostat mer än budgeterat.",
            size=9.0,
        ),
        invest,
        P(
            "Av nämndens investeringsbudget på 28,0 mnkr har 21,7 mnkr förbrukats. Det främsta skälet till att "
            "utgifterna blev lägre är att upphandlingen av det nya reningsverket i Sysslebäck drog ut på tiden, och "
            "projektet fortsätter under 2026.",
            C(
                "Investeringar",
                "−6 330",
                "+",
                "periodisering",
                unit="tkr",
                table=True,
                note="The prose names only the levels: the table's sum row (utfall − budget, so − is an under-spend).",
            ),
        ),
        P(
            "Bron över Röjdån blev 2,2 mnkr dyrare än kalkylen, eftersom grundläggningen krävde mer pålning än vad "
            "de geotekniska undersökningarna hade visat.",
            C(
                "Bro över Röjdån",
                "2,2 mnkr",
                "-",
                "ovrigt",
                note="A project's overrun; ground conditions are ovrigt.",
            ),
        ),
        H("Framåtblick", 2),
        P(
            "Inför 2026 har nämnden begärt att anslaget för vinterväghållning utökas med 2,0 mnkr, eftersom utfallet "
            "har överstigit budgeten fem år i rad.",
            O("Gator och vägar", note="A budget request for next year: other."),
        ),
        P(
            "Antalet inkomna bygglovsärenden minskade med 14 procent jämfört med 2024.",
            O("Plan, bygg och miljö", "volymer", note="Volumes against the previous year."),
        ),
    ]
    return ReportSpec(
        file="torsby-sbn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Torsby",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Samhällsbyggnadsnämnden", "author": "Torsby kommun"},
        style=style,
        blocks=blocks,
    )
