"""Köpings kommun, Vård- och omsorgsnämnden, månadsrapport november 2025.

An elderly-care committee's month report in "Mkr" whose result table per kostnadsslag is pasted as an image
(no text layer: every amount lives in the prose): the period and the full year in one sentence ("7,2 Mkr
högre än budget, och helårsprognosen landar på ett underskott om 8,0 Mkr", the full year's is the amount),
"Prognosen ligger kvar på samma nivå som i oktober" (a boilerplate forecast change); account-group
paragraphs: revenue "överstiger budget med drygt två miljoner kronor" (in words), personnel costs "6,5 Mkr,
eller 2,4 procent, högre än budget" (the percentage is not the amount), two kostnadsslag as a "respektive"
pair whose separate reasons follow in the next sentence (two items, same text, own tags), "Övriga kostnader
blir 0,5 Mkr lägre än budget" with no reason; three run-in verksamheter: volumes against last year and an
occupancy rate (other) and hired nurses that make home health care's costs exceed budget with no amount (a
cause, amount null); an action with no amount; investments "bedöms användas fullt ut" (boilerplate).
DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, LP, A, C, O

IMAGE = "The result table is an image: the amount is the prose's."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Köpings kommun", "Vård- och omsorgsnämnden"),
        footer=lambda n, m: ("Månadsrapport november 2025", "Sammanträde 2025-12-16", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per kostnadsslag, Mkr",
        header=(("Kostnadsslag", "Budget 2025", "Utfall jan–nov", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Intäkter", "-96,4", "-90,1", "-98,4", "2,0"),
            ("Personalkostnader", "270,8", "254,7", "277,3", "-6,5"),
            ("Köp av verksamhet", "38,2", "37,9", "41,3", "-3,1"),
            ("Lokalhyror", "41,6", "39,0", "42,5", "-0,9"),
            ("Övriga kostnader", "29,5", "25,8", "29,0", "0,5"),
            ("Nettokostnad", "283,7", "267,3", "291,7", "-8,0"),
        ),
        widths=(130.0, 74.0, 80.0, 74.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=19, font="cond-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=12, font="cond", after=12),
        H("Resultat och prognos", 2),
        P(
            "Till och med november är nämndens nettokostnader 7,2 Mkr högre än budget, och helårsprognosen landar på "
            "ett underskott om 8,0 Mkr.",
            C(
                None,
                "8,0 Mkr",
                "-",
                note="The period and the full year in one sentence: the full year's amount.",
            ),
        ),
        P("Prognosen ligger kvar på samma nivå som i oktober.", BF(None)),
        table,
        H("Kommentarer per kostnadsslag", 2),
        P(
            "Intäkterna överstiger budget med drygt två miljoner kronor, i huvudsak för att det riktade statsbidraget "
            "för äldreomsorgens bemanning blev högre än beräknat och för att omvårdnadsavgifterna har ökat med den "
            "nya taxan.",
            C(
                "Intäkter",
                "drygt två miljoner kronor",
                "+",
                "statsbidrag",
                "avgifter_intakter",
                value=2_000_000,
                note="An amount in words. " + IMAGE,
            ),
        ),
        P(
            "Personalkostnaderna beräknas bli 6,5 Mkr, eller 2,4 procent, högre än budget. Sjuklönekostnaderna har "
            "varit höga hela hösten, och frånvaron har fått ersättas med timvikarier och övertid.",
            C(
                "Personalkostnader",
                "6,5 Mkr",
                "-",
                "sjukfranvaro",
                "vikarier",
                "overtid",
                note="The percentage restates the deviation; the Mkr figure is the amount.",
            ),
        ),
        P(
            "Köp av verksamhet och lokalhyror överskrider budget med 3,1 Mkr respektive 0,9 Mkr. Fler brukare än "
            "väntat har beviljats plats i extern korttidsvård, och hyran för den nya dagverksamheten vid "
            "Glasbruksgatan har inte kompenserats i ramen.",
            C(
                "Köp av verksamhet",
                "3,1 Mkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="A 'respektive' pair whose reasons follow in order in the next sentence: two items, same text, "
                "each with its own tags.",
                also=(C("Lokalhyror", "0,9 Mkr", "-", "lokaler"),),
            ),
        ),
        P(
            "Övriga kostnader blir 0,5 Mkr lägre än budget.",
            C("Övriga kostnader", "0,5 Mkr", "+", note="No reason given: no tags."),
        ),
        H("Verksamheterna i korthet", 2),
        LP(
            "Hemtjänst.",
            "Under november utfördes 4 320 hemtjänsttimmar, att jämföra med 3 980 timmar i november förra året.",
            O("Hemtjänst", "volymer", note="Volumes against the previous year."),
        ),
        LP(
            "Särskilt boende.",
            "Beläggningen har legat på 98 procent under hösten, och kön till boendena är kortare än vid årets början.",
            O("Särskilt boende", "volymer", note="An occupancy rate: a supporting figure."),
        ),
        LP(
            "Hemsjukvård.",
            "Verksamheten har under hösten fått hyra in sjuksköterskor från bemanningsföretag på kvällar och helger, "
            "och kostnaderna överstiger därför budget.",
            C(
                "Hemsjukvård",
                None,
                "-",
                "inhyrd_personal",
                note="A reason with no amount, and the table is an image (no row for it anyway): amount null.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om en handlingsplan för lägre sjukfrånvaro, med tidiga rehabiliteringsinsatser och "
            "särskilt stöd till de enheter som har högst frånvaro. Effekten väntas märkas först under 2026.",
            A(None, None, "sjukfranvaro", note="An action with no stated effect."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 3,5 Mkr för inventarier och trygghetslarm bedöms användas fullt ut.",
            BP("Investeringar", note="The budget is a level; fully used: no deviation."),
        ),
    ]
    return ReportSpec(
        file="koping-von-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Köping",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport november 2025 Vård- och omsorgsnämnden",
            "author": "Köpings kommun",
        },
        style=style,
        blocks=blocks,
    )
