"""Katrineholms kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in "mnkr" whose footer carries the fullmäktige meeting in October: the period
"9,6 mnkr bättre än periodiserad budget" and the full year "14,0 mnkr lägre än budgeterat resultat" in
separate paragraphs, one sentence splitting the full year into the nämnder's "sammantaget −29,3 mnkr" and
the finance function's "+15,3 mnkr" (two items), the change since April with its cause; a nämnd table with
en-dash minus signs and April's deviation beside August's; under a generic heading ("Ekonomienhetens
kommentar") one bullet per nämnd in varied shapes: a prognos "på −15,8 mnkr", "överskrider sin ram med 9,2
mnkr", a possessive "Bildningsnämndens underskott", "+1,9 mnkr (+0,4 i april)" with April's figure in
brackets, "hamnar 0,7 mnkr över budget", bygglov revenue "1,2 mnkr lägre än budgeterat", an amount in words
("drygt två miljoner kronor") and one nämnd that "bedöms klara sin budget" (boilerplate); tax revenue, then
pensions and the finance net as a "respektive" pair; investments "Av årets investeringsbudget på 286 mnkr
beräknas 201 mnkr användas" (85 mnkr never written out) and a project that "överskrider projektbudgeten med
4,2 mnkr"; an action with its effect and the balanskrav (other). 15 scored causes. DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Katrineholms kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-20", "KS/2025:612", f"{n} ({m})"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 2. Nämndernas budgetavvikelse helår 2025, mnkr",
        header=(("Nämnd", "Budget 2025", "Prognos aug", "Avvikelse aug", "Avvikelse apr"),),
        rows=(
            ("Kommunstyrelsen", "168,2", "166,1", "2,1", "1,5"),
            ("Bildningsnämnden", "742,5", "748,9", "–6,4", "–5,0"),
            ("Vård- och omsorgsnämnden", "612,0", "627,8", "–15,8", "–12,9"),
            ("Socialnämnden", "201,4", "210,6", "–9,2", "–8,8"),
            ("Service- och tekniknämnden", "98,7", "96,8", "1,9", "0,4"),
            ("Kultur- och turismnämnden", "52,3", "53,0", "–0,7", "–0,3"),
            ("Bygg- och miljönämnden", "9,8", "11,0", "–1,2", "–0,9"),
            ("Viadidaktnämnden", "61,5", "61,5", "0,0", "0,0"),
            ("Summa nämnder", "1 946,4", "1 975,7", "–29,3", "–26,0"),
        ),
        widths=(160.0, 66.0, 66.0, 76.0, 76.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="sans-bold", after=4),
        Title("Katrineholms kommun", size=12, font="sans", after=14),
        H("Förvaltningsberättelse i sammandrag", 1),
        P(
            "Delårsrapporten omfattar kommunens verksamhet under perioden 1 januari till 31 augusti 2025. "
            "Prognoserna bygger på nämndernas bedömningar per den 31 augusti."
        ),
        H("Resultat och budgetavvikelse", 2),
        P(
            "Periodens resultat uppgår till 118,4 mnkr, vilket är 9,6 mnkr bättre än periodiserad budget.",
            C(
                None,
                "9,6 mnkr",
                "+",
                note="The period against the periodised budget in a paragraph of its own.",
            ),
        ),
        P(
            "För helåret prognostiseras ett resultat på 31,5 mnkr. Det är 14,0 mnkr lägre än budgeterat resultat "
            "på 45,5 mnkr.",
            C(None, "14,0 mnkr", "-", note="The full year's result against the budgeted result."),
        ),
        P(
            "Nämnderna redovisar sammantaget −29,3 mnkr mot budget, medan finansförvaltningen bidrar med "
            "+15,3 mnkr.",
            C(
                "Nämnderna",
                "−29,3 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansförvaltningen", "+15,3 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med aprilprognosen har helårsprognosen försämrats med 4,1 mnkr, främst till följd av fler "
            "beviljade hemtjänsttimmar inom vård- och omsorgsnämnden.",
            F(None, "4,1 mnkr", "-", "volymer"),
        ),
        table,
        Space(10),
        H("Ekonomienhetens kommentar", 2),
        Bullets(
            (
                "Vård- och omsorgsnämnden redovisar en prognos på −15,8 mnkr. Underskottet förklaras av att "
                "antalet beviljade hemtjänsttimmar har ökat med drygt 8 procent sedan årsskiftet och av höga "
                "kostnader för sjuksköterskor från bemanningsföretag under sommaren.",
                "Socialnämnden överskrider sin ram med 9,2 mnkr. Placeringar av barn och unga på HVB och i "
                "familjehem har blivit fler än beräknat, och utbetalningarna av försörjningsstöd ligger över budget.",
                "Bildningsnämndens underskott på 6,4 mnkr beror på högre interkommunala ersättningar för "
                "gymnasieelever och på fler elever i anpassad grundskola.",
                "Service- och tekniknämnden +1,9 mnkr (+0,4 i april). Lägre elpriser än budgeterat minskar "
                "kostnaderna för uppvärmning och belysning i kommunens fastigheter.",
                "Kultur- och turismnämnden hamnar 0,7 mnkr över budget efter en vattenskada i stadsbibliotekets "
                "magasin.",
                "För bygg- och miljönämnden blir intäkterna från bygglov 1,2 mnkr lägre än budgeterat, eftersom "
                "färre ansökningar om nybyggnad har kommit in.",
                "Kommunstyrelsen beräknas lämna ett överskott på drygt två miljoner kronor, främst genom vakanta "
                "tjänster inom kommunledningsförvaltningen.",
                "Viadidaktnämnden bedöms klara sin budget.",
            ),
            labels=(
                C("Vård- och omsorgsnämnden", "−15,8 mnkr", "-", "volymer", "inhyrd_personal"),
                C("Socialnämnden", "9,2 mnkr", "-", "kopt_verksamhet", "volymer", "ekonomiskt_bistand"),
                C(
                    "Bildningsnämnden",
                    "6,4 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="A possessive area; interkommunal ersättning is kopt_verksamhet.",
                ),
                C(
                    "Service- och tekniknämnden",
                    "+1,9 mnkr",
                    "+",
                    "prisokningar",
                    note="April's figure in brackets is not the amount; electricity prices are prisokningar.",
                ),
                C("Kultur- och turismnämnden", "0,7 mnkr", "-", "ovrigt", note="Water damage: ovrigt."),
                C("Bygg- och miljönämnden", "1,2 mnkr", "-", "avgifter_intakter", "volymer"),
                C(
                    "Kommunstyrelsen",
                    "drygt två miljoner kronor",
                    "+",
                    "vakanser",
                    value=2_000_000,
                    note="An amount in words (the table shows 2,1).",
                ),
                BP("Viadidaktnämnden"),
            ),
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 7,9 mnkr högre än budget, till följd av en "
            "starkare skatteunderlagsutveckling än i budgetförutsättningarna.",
            C("Skatteintäkter och generella statsbidrag", "7,9 mnkr", "+", note=NO_TAG),
        ),
        P(
            "Pensionskostnaderna och finansnettot blir 3,1 respektive 2,3 mnkr bättre än budgeterat.",
            C(
                "Pensionskostnader",
                "3,1",
                "+",
                unit="mnkr",
                note=NO_TAG + " A 'respektive' pair: two items, the unit written once.",
                also=(C("Finansnetto", "2,3 mnkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 286 mnkr beräknas 201 mnkr användas. Den lägre takten beror "
            "framför allt på att upphandlingen av nya Lövholmsskolan fick göras om och att byggstarten har "
            "flyttats till våren 2026.",
            C(
                "Investeringar",
                "201 mnkr",
                "+",
                "periodisering",
                value=85_000_000,
                note="An under-spend never written out (286 − 201 = 85 mnkr): the computed value, the amount text "
                "as written.",
            ),
        ),
        P(
            "Ombyggnaden av badhuset överskrider projektbudgeten med 4,2 mnkr, till följd av prisökningar på "
            "ventilation och el-installationer.",
            C("Ombyggnaden av badhuset", "4,2 mnkr", "-", "prisokningar", note="Investment overrun."),
        ),
        H("Åtgärder", 2),
        P(
            "Vård- och omsorgsnämnden har i juni beslutat om en åtgärdsplan med bland annat ny planering av "
            "hemtjänstens turer och ett internt bemanningsteam för sjuksköterskor. Åtgärderna beräknas minska "
            "kostnaderna med 3,0 mnkr under hösten.",
            A("Vård- och omsorgsnämnden", "3,0 mnkr", "bemanning", "inhyrd_personal"),
        ),
        H("Balanskravsresultat", 2),
        P(
            "Balanskravsresultatet beräknas till 27,8 mnkr efter justering för realisationsvinster. Kommunen "
            "uppfyller därmed balanskravet för 2025.",
            O(None, note="Balanskrav."),
        ),
    ]
    return ReportSpec(
        file="katrineholm-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Katrineholm",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Katrineholms kommun"},
        style=style,
        blocks=blocks,
    )
