"""Höörs kommun, Kommunstyrelsen (ekonomiavdelningen), månadsuppföljning maj 2026 (the whole kommun).

A whole-kommun month follow-up in the ekonomiavdelning's plain style, DejaVu Serif 10 pt with no tables, the
page numbered "1 (2)" in the header and the document name in the footer: the whole kommun "en negativ
avvikelse mot budget om 6,8 mnkr" with the areas named and no reasons; tax revenue "3,9 mnkr lägre än
budgeterat" and the general grants "4,6 mnkr högre än budget" in one sentence (two items, revenue lower is
negative), then the finance function "en positiv avvikelse om 2,4 mnkr" in the next; the nämnder in run-on
paragraphs where a nämnd's total sentence is followed by verbless fragments that end with their own amount
("Skolskjutsar efter ny upphandling med högre priser per kilometer, −0,6 mnkr."), each its own item (three
for the school nämnd, four for the social nämnd, one of them a surplus "+0,2 mnkr"); a nämnd that "beräknar
att driftbudgeten hålls" (boilerplate) followed in the same paragraph by a risk with an amount (other),
building permits "en positiv avvikelse om 0,6 mnkr", "ingen avvikelse" for revision and election
(boilerplate); investments where "37,5 mnkr av investeringsbudgeten inte kommer att tas i anspråk" after the
forecast level; the change since April and an action. 15 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

FINANCE = "A finance item: no cause tag."
PART = "A verbless fragment ending with its own amount, inside the nämnd's paragraph: its own item."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(13.0, 11.0, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(72.0, 82.0, 72.0, 78.0),
        header=lambda n, m: ("EKONOMIAVDELNINGEN", f"{n} ({m})"),
        footer=lambda n, m: ("Dokumentnamn: Månadsuppföljning maj 2026", "", "Höörs kommun"),
        header_size=8.0,
        rule_under_header=False,
    )
    blocks = [
        Title("MÅNADSUPPFÖLJNING MAJ 2026", size=16, font="serif-bold", after=4),
        Title("SAMMANFATTNING AV PROGNOS MAJ 2026", size=11, font="serif-bold", after=10),
        H("Övergripande", 3),
        P(
            "Majprognosen visar en negativ avvikelse mot budget om 6,8 mnkr för kommunen som helhet. Avvikelsen "
            "förklaras av underskott inom socialnämnden och barn- och utbildningsnämnden, som delvis motverkas av en "
            "positiv avvikelse för finansförvaltningen.",
            C(None, "6,8 mnkr", "-", note="Areas named, no reasons: no tags."),
        ),
        PS(
            (
                "Skatteintäkterna beräknas bli 3,9 mnkr lägre än budgeterat sedan SKR sänkt sin prognos för "
                "skatteunderlagets tillväxt, men det uppvägs av att de generella statsbidragen blir 4,6 mnkr högre än "
                "budget.",
                C(
                    "Skatteintäkter",
                    "3,9 mnkr",
                    "-",
                    note=FINANCE + " Two revenue items with their own amounts in one sentence: two items.",
                    also=(C("Generella statsbidrag", "4,6 mnkr", "+", note=FINANCE),),
                ),
            ),
            (
                "Sammantaget visar finansförvaltningen en positiv avvikelse om 2,4 mnkr, där även ett lägre ränteläge "
                "bidrar.",
                C("Finansförvaltningen", "2,4 mnkr", "+", note=FINANCE),
            ),
        ),
        H("Nämnder och styrelse", 3),
        PS(
            ("Kommunstyrelsen beräknar att driftbudgeten hålls.", BP("Kommunstyrelsen")),
            (
                "Det finns dock en risk för ett överskridande med omkring 0,4 mnkr inom fastighetsförvaltningen, "
                "eftersom reparationen av simhallens tak ännu inte är upphandlad.",
                O("Kommunstyrelsen", note="A risk with an amount: other."),
            ),
        ),
        PS(
            (
                "Barn- och utbildningsnämnden räknar med ett underskott mot driftbudgetramen om 3,7 mnkr.",
                C(
                    "Barn- och utbildningsnämnden",
                    "3,7 mnkr",
                    "-",
                    note="The nämnd's total: its parts follow as items of their own, so no tags here.",
                ),
            ),
            (
                "Fler barn än planerat i förskolan under våren, framför allt i centralorten, −1,1 mnkr.",
                C("Förskola", "−1,1 mnkr", "-", "volymer", note=PART),
            ),
            (
                "Gymnasieskolans interkommunala ersättningar för elever som studerar i Lund och Eslöv, −2,0 mnkr.",
                C("Gymnasieskola", "−2,0 mnkr", "-", "kopt_verksamhet", note=PART),
            ),
            (
                "Skolskjutsar efter ny upphandling med högre priser per kilometer, −0,6 mnkr.",
                C("Skolskjutsar", "−0,6 mnkr", "-", "prisokningar", note=PART),
            ),
        ),
        PS(
            (
                "Socialnämnden prognostiserar en negativ avvikelse om 6,1 mnkr mot budgetramen.",
                C("Socialnämnden", "6,1 mnkr", "-", note="The nämnd's total, parts follow: no tags."),
            ),
            (
                "Placeringar av barn och unga på HVB och i familjehem, −2,8 mnkr.",
                C("Barn och unga", "−2,8 mnkr", "-", "kopt_verksamhet", note=PART),
            ),
            (
                "Hemtjänsten, där antalet beviljade timmar har ökat med cirka 8 procent sedan årsskiftet, −1,9 mnkr.",
                C("Hemtjänst", "−1,9 mnkr", "-", "volymer", note=PART + " The percentage is a volume."),
            ),
            (
                "Personlig assistans, där Försäkringskassan har avslagit två ansökningar om assistansersättning så att "
                "kommunen står för hela kostnaden, −1,6 mnkr.",
                C("Personlig assistans", "−1,6 mnkr", "-", "ersattning_fk", note=PART),
            ),
            (
                "Ekonomiskt bistånd, färre hushåll med långvarigt behov än beräknat, +0,2 mnkr.",
                C("Ekonomiskt bistånd", "+0,2 mnkr", "+", "ekonomiskt_bistand", "volymer", note=PART),
            ),
        ),
        P(
            "Bygg- och miljönämnden prognostiserar en positiv avvikelse om 0,6 mnkr, eftersom intäkterna från bygglov "
            "överstiger budget efter flera större bostadsprojekt i centralorten.",
            C("Bygg- och miljönämnden", "0,6 mnkr", "+", "avgifter_intakter"),
        ),
        P(
            "Revisionen och valnämnden prognostiserar ingen avvikelse mot tilldelad budget.",
            BP("Revisionen och valnämnden"),
        ),
        H("Investeringar", 3),
        P(
            "Investeringsprognosen uppgår till 84,0 mnkr, vilket innebär att 37,5 mnkr av investeringsbudgeten inte "
            "kommer att tas i anspråk under året. Främst gäller det den nya förskolan i Tjörnarp, där "
            "bygglovet har överklagats, och ombyggnaden av kommunhusets reception, som skjuts till 2027.",
            C(
                "Investeringar",
                "37,5 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending: 'inte kommer att tas i anspråk'; 84,0 mnkr is a level.",
            ),
        ),
        H("Förändring jämfört med april", 3),
        P(
            "Jämfört med aprilprognosen är resultatet 1,8 mnkr sämre. Den största förändringen avser socialnämndens "
            "hemtjänst.",
            F(None, "1,8 mnkr", "-", note="The area is named, no reason: no tags."),
        ),
        H("Åtgärder", 3),
        P(
            "Socialnämnden har beslutat om en genomlysning av hemtjänstens planering och schemaläggning. Nämnden "
            "räknar med att den ger effekt först under hösten, med ungefär 0,5 mnkr.",
            A("Socialnämnden", "ungefär 0,5 mnkr", "bemanning"),
        ),
    ]
    return ReportSpec(
        file="hoor-ks-manadsuppfoljning-2026-05.pdf",
        report={
            "municipality": "Höör",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-05"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning maj 2026", "author": "Höörs kommun, ekonomiavdelningen"},
        style=style,
        blocks=blocks,
    )
