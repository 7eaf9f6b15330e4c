"""Malmö stad, Gymnasie- och vuxenutbildningsnämnden, uppföljningsrapport april 2026.

An education committee's April follow-up in DejaVu Serif whose table is pasted as an image (every amount in
the prose), footer with the nämnd's meeting date in May: the full year "ett underskott om 18,2 miljoner
kronor" with a percentage of the frame beside it, the change since February with its cause, then headings
that carry the area and amount ("Kommunala gymnasieskolor −11,5 mnkr", "Komvux +2,4 mnkr") over one short
paragraph each, a rent level inside a paragraph that is only a part, "Sfi ±0 mnkr" over "bedöms hålla
budget" (boilerplate), personnel costs "i nivå med budget" (boilerplate) followed by sick leave against last
year (other), investments "14 miljoner kronor lägre än investeringsbudgeten", an action "minst 8 miljoner
kronor" and a risk.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Malmö stad", "Gymnasie- och vuxenutbildningsnämnden"),
        footer=lambda n, m: ("Uppföljningsrapport april 2026 – nämnden 2026-05-27", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Kommunala gymnasieskolor", "1 412,6", "1 424,1", "−11,5"),
            ("Gymnasieskola i annan regi", "688,0", "692,9", "−4,9"),
            ("Anpassad gymnasieskola", "142,3", "145,3", "−3,0"),
            ("Komvux", "356,8", "354,4", "2,4"),
            ("Sfi", "118,5", "118,5", "0,0"),
            ("Nämnd och central administration", "96,2", "97,4", "−1,2"),
            ("Summa", "2 814,4", "2 832,6", "−18,2"),
        ),
        widths=(180.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Uppföljningsrapport april 2026", size=18, font="serif-bold", after=2),
        Title("Gymnasie- och vuxenutbildningsnämnden", size=12, font="serif", after=14),
        H("Ekonomiskt resultat", 2),
        P(
            "Gymnasie- och vuxenutbildningsnämnden prognostiserar ett underskott om 18,2 miljoner kronor för "
            "2026, vilket motsvarar 0,7 procent av budgetramen.",
            C(
                None,
                "18,2 miljoner kronor",
                "-",
                note="A percentage of the frame beside it is not the amount.",
            ),
        ),
        P(
            "Underskottet har ökat med 4,6 miljoner kronor sedan februariprognosen, då fler elever än väntat har "
            "valt Malmös kommunala gymnasieskolor.",
            F(None, "4,6 miljoner kronor", "-", "volymer"),
        ),
        table,
        HP(
            "Kommunala gymnasieskolor −11,5 mnkr",
            "Antalet elever i de kommunala gymnasieskolorna är 240 fler än i budgeten, men elevpengen täcker inte "
            "kostnaderna för de tillfälliga paviljongerna vid Malmö Latin och Pauliskolan. Hyran för "
            "paviljongerna uppgår till 6,2 mnkr i år.",
            C(
                "Kommunala gymnasieskolor",
                "−11,5 mnkr",
                "-",
                "volymer",
                "lokaler",
                note="The heading carries the amount; the rent of 6,2 mnkr is a part.",
            ),
        ),
        HP(
            "Gymnasieskola i annan regi −4,9 mnkr",
            "Fler Malmöelever går i fristående skolor och i andra kommuners skolor än beräknat, vilket ökar "
            "kostnaderna för interkommunala ersättningar och skolpeng.",
            C("Gymnasieskola i annan regi", "−4,9 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Anpassad gymnasieskola −3,0 mnkr",
            "Kostnaderna för elevassistenter och taxiresor har ökat i takt med att fler elever har omfattande "
            "stödbehov.",
            C("Anpassad gymnasieskola", "−3,0 mnkr", "-", "bemanning", "volymer"),
        ),
        HP(
            "Komvux +2,4 mnkr",
            "Komvux redovisar ett överskott, eftersom de riktade statsbidragen för yrkesvux blev högre än "
            "budgeterat och flera utbildningar i egen regi har startat senare än planerat.",
            C("Komvux", "+2,4 mnkr", "+", "statsbidrag", "periodisering"),
        ),
        HP("Sfi ±0 mnkr", "Sfi bedöms hålla budget.", BP("Sfi")),
        HP(
            "Nämnd och central administration −1,2 mnkr",
            "Avvikelsen förklaras av kostnader för det nya elevadministrativa systemet, som infördes ett halvår "
            "tidigare än planerat, samt konsultstöd vid införandet.",
            C(
                "Nämnd och central administration",
                "−1,2 mnkr",
                "-",
                "it_digitalisering",
                "periodisering",
                "inhyrd_personal",
                note="Consultants without a vacancy: inhyrd_personal.",
            ),
        ),
        H("Personal", 2),
        PS(
            ("Personalkostnaderna ligger sammantaget i nivå med budget.", BP("Personalkostnader")),
            (
                "Sjukfrånvaron bland lärarna har däremot ökat jämfört med april 2025, vilket beror på en längre "
                "influensaperiod.",
                O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 38 miljoner kronor, vilket är 14 miljoner kronor lägre än "
            "investeringsbudgeten. Det beror på att inköpen av utrustning till det nya fordonsprogrammet på "
            "Universitetsholmen skjuts till 2027.",
            C(
                "Investeringar",
                "14 miljoner kronor",
                "+",
                "periodisering",
                "material_hjalpmedel",
                note="The forecast level (38) is not the deviation.",
            ),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att ta fram en åtgärdsplan som ska minska underskottet med "
            "minst 8 miljoner kronor under 2026.",
            A(None, "minst 8 miljoner kronor"),
        ),
        P(
            "Prognosen innehåller en osäkerhet om elevantalet till hösten, då antagningen till gymnasieskolan "
            "inte är klar förrän i juli.",
            O(None, "volymer", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="malmo-gvn-uppfoljningsrapport-2026-04.pdf",
        report={
            "municipality": ["Malmö", "Malmö stad"],
            "committee": ["Gymnasie- och vuxenutbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "uppföljningsrapport",
        },
        metadata={
            "title": "Uppföljningsrapport april 2026 Gymnasie- och vuxenutbildningsnämnden",
            "author": "Malmö stad",
        },
        style=style,
        blocks=blocks,
    )
