"""Osby kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A small kommun's interim report, set in DejaVu Sans Condensed 9.5 pt, footer with fullmäktige's meeting
date in October: the period "5,3 mnkr bättre än periodiserad budget" and the full year "9,6 mnkr sämre än det
budgeterade resultatet" in two sentences of one paragraph, one sentence splitting it into the nämnder's
"−15,9 mnkr" and the finance function's "+6,3 mnkr"; a table per nämnd with hyphen-minus deviations; then
en-dash bullets under a generic heading ("Ekonomichefens kommentar") in varied shapes ("redovisar ett
överskott på", "överskrider sin ram med", a possessive "Omsorgsnämndens underskott på 9,2 mnkr", "landar på
−1,2 mnkr" at the end of the sentence, "bedöms följa sina budgetar"); tax revenue, then pensions and the
finance net as a "respektive" pair; investments "Av investeringsbudgeten på 78,0 mnkr beräknas 51,5 mnkr"
(26,5 never written out) and a project overrun; an action with its effect, balanskrav and a goal not met and
staff numbers against last year (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Osby kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-27", "", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos per nämnd 2025, mnkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "98,4", "97,1", "1,3"),
            ("Barn- och skolnämnden", "262,0", "268,8", "-6,8"),
            ("Omsorgsnämnden", "301,5", "310,7", "-9,2"),
            ("Miljö- och byggnadsnämnden", "7,9", "9,1", "-1,2"),
            ("Revision och valnämnd", "2,6", "2,6", "0,0"),
            ("Summa nämnder", "672,4", "688,3", "-15,9"),
            ("Finansförvaltningen", "", "", "6,3"),
            ("Totalt", "", "", "-9,6"),
        ),
        widths=(190.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5, 7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="cond-bold", after=3),
        Title("Osby kommun", size=12.5, font="cond", after=14),
        H("Förvaltningsberättelse", 1),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Kommunens resultat för januari–augusti uppgår till 21,4 mnkr, vilket är 5,3 mnkr bättre än "
                "periodiserad budget.",
                C(None, "5,3 mnkr", "+", note="The period, a sentence of its own."),
            ),
            (
                "Helårsprognosen pekar på ett resultat på 3,2 mnkr, vilket är 9,6 mnkr sämre än det budgeterade "
                "resultatet på 12,8 mnkr.",
                C(
                    None,
                    "9,6 mnkr",
                    "-",
                    note="The full year between two levels: the deviation is the amount.",
                ),
            ),
        ),
        P(
            "Nämndernas sammantagna prognos är −15,9 mnkr, medan finansförvaltningen beräknas ge +6,3 mnkr.",
            C(
                "Nämnderna",
                "−15,9 mnkr",
                "-",
                note="The result split into nämnder and finance in one sentence: two items.",
                also=(C("Finansförvaltningen", "+6,3 mnkr", "+", note=NO_TAG),),
            ),
        ),
        table,
        H("Ekonomichefens kommentar", 2),
        Bullets(
            items=(
                "Kommunstyrelsen redovisar ett överskott på 1,3 mnkr, främst genom vakanta tjänster inom kansli och "
                "ekonomi och färre färdtjänstresor än beräknat.",
                "Barn- och skolnämnden överskrider sin ram med 6,8 mnkr. Fler elever i grundsärskolan, ett dyrare "
                "skolskjutsavtal och interkommunala ersättningar för elever som väljer gymnasieskola i andra kommuner "
                "förklarar avvikelsen.",
                "Omsorgsnämndens underskott på 9,2 mnkr beror till största delen på hemtjänsten, där de beviljade "
                "timmarna har ökat med 11 procent sedan årsskiftet, och på sjuklönekostnader och övertid inom "
                "särskilt boende.",
                "Miljö- och byggnadsnämnden får lägre intäkter från bygglov än budgeterat, eftersom färre villor "
                "byggs, och landar på −1,2 mnkr.",
                "Revisionen och valnämnden bedöms följa sina budgetar.",
            ),
            labels=(
                C("Kommunstyrelsen", "1,3 mnkr", "+", "vakanser", "volymer"),
                C(
                    "Barn- och skolnämnden",
                    "6,8 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    "kopt_verksamhet",
                ),
                C(
                    "Omsorgsnämnden",
                    "9,2 mnkr",
                    "-",
                    "volymer",
                    "sjukfranvaro",
                    "overtid",
                    note="A possessive names the area. 11 procent is a volume, not the amount.",
                ),
                C("Miljö- och byggnadsnämnden", "−1,2 mnkr", "-", "avgifter_intakter", "volymer"),
                BP("Revisionen och valnämnden"),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 4,1 mnkr högre än budget enligt SKR:s "
            "augustiprognos.",
            C("Skatteintäkter och generella statsbidrag", "4,1 mnkr", "+", note=NO_TAG),
        ),
        P(
            "Pensionskostnaderna och finansnettot blir 1,5 respektive 0,7 mnkr bättre än budgeterat.",
            C(
                "Pensionskostnader",
                "1,5",
                "+",
                unit="mnkr",
                note=NO_TAG + " A 'respektive' pair.",
                also=(C("Finansnetto", "0,7 mnkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 78,0 mnkr beräknas 51,5 mnkr användas under året, främst eftersom "
            "ombyggnaden av Parkskolans kök och matsal har skjutits till 2026.",
            C(
                "Investeringar",
                "Av investeringsbudgeten på 78,0 mnkr beräknas 51,5 mnkr",
                "+",
                "periodisering",
                value=26_500_000,
                note="An under-spend of 26,5 mnkr never written out: the computed value.",
            ),
        ),
        P(
            "Utbyggnaden av vattenverket i Lönsboda beräknas överskrida projektbudgeten med 2,4 mnkr till följd av "
            "markförhållanden som krävde mer pålning än väntat.",
            C("Vattenverket i Lönsboda", "2,4 mnkr", "-", "ovrigt", note="A project overrun: negative."),
        ),
        H("Åtgärder", 2),
        P(
            "Omsorgsnämnden har infört en tillfällig anställningsprövning och ser över schemaläggningen i "
            "hemtjänsten, vilket väntas minska underskottet med 2,0 mnkr under hösten.",
            A("Omsorgsnämnden", "2,0 mnkr", "bemanning"),
        ),
        H("Balanskrav och personal", 2),
        P(
            "Balanskravsresultatet beräknas bli 2,8 mnkr. Kommunen når därmed inte målet om ett resultat på minst "
            "en procent av skatter och statsbidrag, vilket beror på nämndernas underskott.",
            O(None, note="Balanskrav and a goal not met: other."),
        ),
        P(
            "Antalet tillsvidareanställda var 1 046 i augusti, 19 fler än ett år tidigare. Ökningen beror främst "
            "på fler undersköterskor i hemtjänsten.",
            O(None, note="Staff numbers against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="osby-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Osby",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Osby kommun"},
        style=style,
        blocks=blocks,
    )
