"""Malmö stad, Grundskolenämnden, delårsrapport januari–augusti 2025.

A school committee's interim report in "miljoner kronor" and mnkr, footer with the meeting date in
September: the period "+21,6 miljoner kronor mot periodiserad budget" with its reasons in the next sentence
(one item), the full year "ett underskott om 18,9 miljoner kronor jämfört med kommunbidraget" and the change
since April in one paragraph (two items); a table with hyphen-minus ("-7,8"); then headings that carry the
area and the amount with U+2212 ("Skolområde Norr −7,8 mnkr"), one of whose paragraphs ends with an action,
one with a pupil count that is not the amount; investments "6,5 miljoner kronor lägre än budget" after two
levels; an action with its effect, a risk with an amount range and net cost growth against 2024 with
"beror på" (others). DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Malmö stad", "Grundskolenämnden, Delårsrapport 2025"),
        footer=lambda n, m: ("Grundskolenämnden 2025-09-24", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, mnkr",
        header=(("Verksamhet", "Kommunbidrag", "Prognos", "Avvikelse"),),
        rows=(
            ("Skolområde Norr", "1 214,5", "1 222,3", "-7,8"),
            ("Skolområde Söder", "1 096,2", "1 102,3", "-6,1"),
            ("Skolområde Öster", "1 158,7", "1 156,3", "2,4"),
            ("Anpassad grundskola", "286,4", "292,3", "-5,9"),
            ("Skolskjuts och elevresor", "64,0", "66,6", "-2,6"),
            ("Elevhälsa", "118,9", "117,2", "1,7"),
            ("Förvaltningsgemensamt", "205,3", "205,9", "-0,6"),
            ("Totalt", "4 144,0", "4 162,9", "-18,9"),
        ),
        widths=(170.0, 90.0, 80.0, 76.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Grundskolenämnden", size=12, font="sans", after=12),
        H("Ekonomisk uppföljning", 2),
        P(
            "Grundskolenämndens resultat för januari–augusti är +21,6 miljoner kronor mot periodiserad budget. "
            "Överskottet för perioden beror främst på att lärartjänster har varit vakanta under vårterminen och att "
            "kostnaderna för sommarskolan bokförs först i september.",
            C(
                None,
                "+21,6 miljoner kronor",
                "+",
                "vakanser",
                "periodisering",
                note="The period's deviation with its reasons in the next sentence: one item.",
            ),
        ),
        PS(
            (
                "Helårsprognosen pekar däremot på ett underskott om 18,9 miljoner kronor jämfört med kommunbidraget.",
                C(None, "18,9 miljoner kronor", "-"),
            ),
            ("Prognosen är 6,3 miljoner kronor sämre än i april.", F(None, "6,3 miljoner kronor", "-")),
        ),
        table,
        H("Avvikelser per verksamhet", 2),
        HP(
            "Skolområde Norr −7,8 mnkr",
            "Området har under året tagit emot betydligt fler nyanlända elever än elevprognosen i budgeten byggde på, "
            "särskilt till skolorna i Kirseberg och Husie. Flera skolor har också behövt anlita bemanningsföretag för "
            "att täcka lärarvakanser i matematik och svenska som andraspråk.",
            C("Skolområde Norr", "−7,8 mnkr", "-", "volymer", "inhyrd_personal", "vakanser"),
        ),
        Para(
            (
                (
                    "Underskottet hänger samman med höga kostnader för elevassistenter och för särskilda "
                    "undervisningsgrupper.",
                    C(
                        "Skolområde Söder",
                        "−6,1 mnkr",
                        "-",
                        "bemanning",
                        note="The heading carries the amount.",
                    ),
                ),
                (
                    "Nämnden har gett området i uppdrag att ta fram en handlingsplan till oktober.",
                    A("Skolområde Söder"),
                ),
            ),
            head="Skolområde Söder −6,1 mnkr",
        ),
        HP(
            "Skolområde Öster +2,4 mnkr",
            "Två skolor har haft lägre lokalkostnader sedan de tillfälliga paviljongerna avvecklades i januari.",
            C("Skolområde Öster", "+2,4 mnkr", "+", "lokaler"),
        ),
        HP(
            "Anpassad grundskola −5,9 mnkr",
            "Antalet elever i anpassad grundskola har ökat från 412 till 448 sedan budgeten lades, och fler elever "
            "behöver skolskjuts och assistans.",
            C("Anpassad grundskola", "−5,9 mnkr", "-", "volymer", note="Pupil counts are not the amount."),
        ),
        HP(
            "Skolskjuts och elevresor −2,6 mnkr",
            "Det nya avtalet för skolskjuts som började gälla i januari är dyrare än det tidigare, och dessutom har "
            "indexuppräkningen blivit högre än väntat.",
            C("Skolskjuts och elevresor", "−2,6 mnkr", "-", "prisokningar"),
        ),
        HP(
            "Elevhälsa +1,7 mnkr",
            "Elevhälsan visar ett överskott till följd av vakanta tjänster som skolpsykolog och skolläkare, som har "
            "varit svåra att rekrytera.",
            C("Elevhälsa", "+1,7 mnkr", "+", "vakanser"),
        ),
        HP(
            "Förvaltningsgemensamt −0,6 mnkr",
            "Licenskostnaderna för den nya lärplattformen har blivit högre än budgeterat.",
            C("Förvaltningsgemensamt", "−0,6 mnkr", "-", "it_digitalisering"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget för inventarier och IT-utrustning är 38,0 miljoner kronor. Utfallet per "
            "augusti är 14,2 miljoner kronor och helårsprognosen 31,5 miljoner kronor, det vill säga 6,5 miljoner "
            "kronor lägre än budget, främst eftersom möbleringen av en ny skola i Västra hamnen har skjutits till 2026.",
            C(
                "Investeringar",
                "6,5 miljoner kronor",
                "+",
                "periodisering",
                note="Two levels before the deviation, which is the amount.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört anställningsprövning för alla tjänster utom lärartjänster, vilket beräknas "
            "minska kostnaderna med 3,0 miljoner kronor under hösten.",
            A(None, "3,0 miljoner kronor"),
        ),
        H("Omvärld och risker", 2),
        P(
            "Elevprognosen för hösten är osäker, och om inflyttningen till Malmö fortsätter i samma takt kan "
            "kostnaderna öka med ytterligare 4–5 miljoner kronor.",
            O(None, "volymer", note="A risk with an amount range."),
        ),
        P(
            "Jämfört med samma period 2024 har nettokostnaderna ökat med 4,1 procent, vilket beror på fler elever och "
            "på löneökningar.",
            O(None, note="Net cost growth against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="malmo-gsn-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Malmö", "Malmö stad"],
            "committee": ["Grundskolenämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Grundskolenämnden", "author": "Malmö stad"},
        style=style,
        blocks=blocks,
    )
