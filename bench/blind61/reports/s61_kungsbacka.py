"""Kungsbacka kommun, Förskole- och grundskolenämnden, delårsrapport augusti 2025.

An education committee's interim report with en dashes as minus signs: the period's surplus and the full
year's deficit in one sentence (the full year's amount), the period surplus's timing reason in a sentence of
its own (amount null); headings that carry the verksamhet and its amount ("Förskola –4,2 mnkr", "Fritidshem
0,0 mnkr" that "bedöms följa budget"), one with a "buffert" and vacancies; personnel and premises costs as a
"respektive" pair; a change since April, an action with its effect, sick leave against last year (other) and
investments "3,0 mnkr under budget". Two columns for the headings. DejaVu Sans Condensed 9 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.0,
        leading=1.4,
        para_gap=5.5,
        heading_sizes=(15.0, 11.5, 9.5),
        margins=(58.0, 76.0, 58.0, 70.0),
        gutter=20.0,
        header=lambda n, m: ("Kungsbacka kommun", "Delårsrapport augusti 2025"),
        footer=lambda n, m: ("Förskole- och grundskolenämnden 2025-09-25", "", f"{n} ({m})"),
        rule_under_header=True,
    )
    blocks = [
        Title("Delårsrapport augusti 2025", size=19, font="cond-bold", after=2),
        Title("Förskole- och grundskolenämnden", size=12, font="cond", after=12),
        H("Ekonomi", 2),
        P(
            "Nämndens utfall per augusti är 12,3 mnkr bättre än periodiserad budget, men för helåret "
            "prognostiseras ett underskott på 7,5 mnkr.",
            C(None, "7,5 mnkr", "-", note="Period and full year in one sentence: the full year's amount."),
        ),
        P(
            "Överskottet för perioden beror främst på att statsbidraget för mindre barngrupper har bokförts i sin "
            "helhet under våren medan kostnaderna fördelas över hela året.",
            C(
                None,
                None,
                "+",
                "statsbidrag",
                "periodisering",
                note="The period surplus's reason: amount null.",
            ),
        ),
        P(
            "Personalkostnaderna och lokalkostnaderna beräknas överstiga budget med 9,2 respektive 2,1 mnkr, vilket "
            "delvis vägs upp av högre intäkter.",
            C(
                "Personalkostnader",
                "9,2",
                "-",
                unit="mnkr",
                note="A 'respektive' pair: split.",
                also=(C("Lokalkostnader", "2,1 mnkr", "-", note="A 'respektive' pair: split."),),
            ),
        ),
        H("Verksamheternas avvikelser", 2),
        Columns(2),
        HP(
            "Förskola –4,2 mnkr",
            "Antalet inskrivna barn är i genomsnitt 140 färre än budgeterat, vilket minskar ersättningen från "
            "resursfördelningen snabbare än kostnaderna hinner anpassas. Samtidigt står förskolorna Lärkan och "
            "Tofsvipan delvis tomma.",
            C("Förskola", "–4,2 mnkr", "-", "volymer", "lokaler", note=HEAD),
        ),
        HP(
            "Grundskola –6,9 mnkr",
            "Kostnaderna för elever i behov av särskilt stöd har ökat, och fler elever väljer skolor i andra "
            "kommuner, vilket ger högre kostnader för interkommunal ersättning.",
            C("Grundskola", "–6,9 mnkr", "-", "kopt_verksamhet", "volymer", note=HEAD),
        ),
        HP(
            "Grundsärskola +0,6 mnkr",
            "Färre elever än beräknat har skrivits in i grundsärskolan under läsåret.",
            C("Grundsärskola", "+0,6 mnkr", "+", "volymer", note=HEAD),
        ),
        HP("Fritidshem 0,0 mnkr", "Verksamheten bedöms följa budget.", BP("Fritidshem")),
        HP(
            "Skolskjuts –1,4 mnkr",
            "Det nya avtalet för skolskjutsar, som gäller från augusti, är dyrare än det tidigare avtalet.",
            C("Skolskjuts", "–1,4 mnkr", "-", "prisokningar", note=HEAD),
        ),
        HP(
            "Central administration och gemensamt +4,4 mnkr",
            "Överskottet förklaras av en ej fördelad buffert på 3,0 mnkr och vakanta tjänster inom elevhälsan.",
            C(
                "Central administration och gemensamt",
                "+4,4 mnkr",
                "+",
                "reserver",
                "vakanser",
                note=HEAD + " The 3,0 mnkr buffer is a part.",
            ),
        ),
        Columns(1),
        H("Prognosförändring", 2),
        P(
            "Prognosen har försämrats med 3,1 mnkr sedan tertialrapporten i april, framför allt inom grundskolan.",
            F(None, "3,1 mnkr", "-"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om anställningsprövning för alla tjänster utanför undervisningen, med en "
            "beräknad effekt på 2,5 mnkr för resten av året.",
            A(None, "2,5 mnkr", "bemanning"),
        ),
        H("Medarbetare", 2),
        P(
            "Sjukfrånvaron var 6,4 procent under perioden, 0,5 procentenheter lägre än samma period 2024.",
            O(None, note="Against the previous year: other."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna i inventarier och digitala verktyg prognostiseras till 9,5 mnkr, vilket är 3,0 mnkr "
            "under budget. Utrustningen till den nya skolan i Hede levereras först under 2026.",
            C("Investeringar", "3,0 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
    ]
    return ReportSpec(
        file="kungsbacka-fgn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Kungsbacka",
            "committee": ["Förskole- och grundskolenämnden", "Nämnden för Förskola & Grundskola"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport augusti 2025", "author": "Kungsbacka kommun"},
        style=style,
        blocks=blocks,
    )
