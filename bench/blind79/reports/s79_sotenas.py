"""Sotenäs kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in mnkr with en dashes as minus signs in its table, footer with the fullmäktige
date in October: the period "11,2 mnkr bättre än den periodiserade budgeten" with its timing reason in the same
paragraph, the full year as "9,4 mnkr, att jämföra med budgeterade 14,0 mnkr" and "4,6 mnkr sämre än budget" in
the next sentence, one sentence splitting it into the nämnder's "underskott på 12,8 mnkr" and the finance
function's "överskott på 8,2 mnkr", the change since April with its cause; a per-nämnd table, then bullets under
a generic heading ("Ekonomienhetens kommentar") in varied shapes ("visar ett överskott på 0,9 mnkr", a possessive
"Barn- och utbildningsnämndens underskott om 4,1 mnkr", "beräknas överskrida sin ram med 9,9 mnkr, varav 5,6
mnkr …", "ett litet överskott, 0,3 mnkr" after a colon), two bodies that "bedöms hålla sin budget"
(boilerplate); tax revenue, then pensions and the finance net as a "respektive" pair; an action with its effect; investments "27,5 mnkr inte kommer att förbrukas" and a project
"4,2 mnkr dyrare än projektbudgeten"; balanskrav and a goal not met with "beror på", and sick leave against last
year (others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Sotenäs kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-23", "", f"Sida {n} av {m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per nämnd 2025, mnkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "112,4", "111,5", "0,9"),
            ("Barn- och utbildningsnämnden", "168,0", "172,1", "–4,1"),
            ("Omsorgsnämnden", "246,5", "256,4", "–9,9"),
            ("Byggnadsnämnden", "4,2", "3,9", "0,3"),
            ("Summa nämnder", "531,1", "543,9", "–12,8"),
            ("Finansförvaltningen", "", "", "8,2"),
            ("Totalt", "", "", "–4,6"),
        ),
        widths=(200.0, 75.0, 75.0, 75.0),
        bold_rows=frozenset({4, 6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, after=2),
        Title("Sotenäs kommun", size=12.5, font="body", after=14),
        H("Förvaltningsberättelse", 1),
        H("Ekonomiskt resultat och prognos", 2),
        P(
            "Kommunens resultat för perioden januari–augusti uppgår till 38,6 mnkr. Det är 11,2 mnkr bättre än den "
            "periodiserade budgeten, främst eftersom sommarens underhållsarbeten i fastigheterna faktureras först "
            "under hösten.",
            C(
                None,
                "11,2 mnkr",
                "+",
                "periodisering",
                note="The period against the periodised budget, with its timing reason; the level is not the amount.",
            ),
        ),
        P(
            "För helåret prognostiseras ett resultat på 9,4 mnkr, att jämföra med budgeterade 14,0 mnkr. Resultatet "
            "blir därmed 4,6 mnkr sämre än budget.",
            C(None, "4,6 mnkr", "-", note="The full year in a paragraph of its own, no reasons: no tags."),
        ),
        P(
            "Nämnderna prognostiserar sammantaget ett underskott på 12,8 mnkr medan finansförvaltningen väntas ge "
            "ett överskott på 8,2 mnkr.",
            C(
                "Nämnderna",
                "12,8 mnkr",
                "-",
                note="One sentence split into the nämnder and the finance function: two items.",
                also=(C("Finansförvaltningen", "8,2 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med prognosen i april har helårsresultatet försämrats med 3,1 mnkr, vilket i huvudsak "
            "förklaras av högre kostnader för placeringar av barn och unga.",
            F(None, "3,1 mnkr", "-", "kopt_verksamhet"),
        ),
        table,
        H("Nämndernas avvikelser", 2),
        H("Ekonomienhetens kommentar", 3),
        Bullets(
            (
                "Kommunstyrelsen visar ett överskott på 0,9 mnkr. Vakanta tjänster inom kansliet och lägre kostnader "
                "för de förtroendevalda väger mer än väl upp för högre kostnader för IT-licenser.",
                "Barn- och utbildningsnämndens underskott om 4,1 mnkr hänger samman med fler barn i behov av "
                "särskilt stöd och med att skolskjutsavtalet har blivit dyrare efter den nya upphandlingen.",
                "Omsorgsnämnden beräknas överskrida sin ram med 9,9 mnkr, varav 5,6 mnkr avser placeringar inom "
                "individ- och familjeomsorgen. Resten förklaras av hemtjänsten, där de beviljade timmarna har ökat "
                "med 11 procent sedan årsskiftet, och av sjukfrånvaro i särskilt boende som har krävt övertid.",
                "Byggnadsnämnden: intäkterna från bygglov har blivit något högre än budgeterat och nämnden beräknas "
                "lämna ett litet överskott, 0,3 mnkr.",
            ),
            labels=(
                C(
                    "Kommunstyrelsen",
                    "0,9 mnkr",
                    "+",
                    "vakanser",
                    "ovrigt",
                    "it_digitalisering",
                    note="Members' fees are ovrigt; the licences pull the other way but are a named cause.",
                ),
                C(
                    "Barn- och utbildningsnämnden",
                    "4,1 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    note="A possessive names the area; a dearer transport contract is prisokningar.",
                ),
                C(
                    "Omsorgsnämnden",
                    "9,9 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "sjukfranvaro",
                    "overtid",
                    note="'varav 5,6 mnkr' is a part: the total is the amount.",
                ),
                C("Byggnadsnämnden", "0,3 mnkr", "+", "avgifter_intakter"),
            ),
            glyph="–",
        ),
        P(
            "Revisionen och valnämnden, som redovisas under kommunstyrelsen, bedöms hålla sin budget.",
            BP("Revisionen och valnämnden", note="'hålla sin budget': boilerplate."),
        ),
        H("Finansförvaltningen", 3),
        PS(
            (
                "Skatteintäkterna beräknas bli 3,4 mnkr högre än budgeterat enligt SKR:s prognos i augusti.",
                C("Skatteintäkter", "3,4 mnkr", "+", note=NO_TAG),
            ),
            (
                "Pensionskostnaderna och finansnettot blir 2,9 respektive 1,9 mnkr bättre än budget.",
                C(
                    "Pensionskostnader",
                    "2,9",
                    "+",
                    unit="mnkr",
                    note=NO_TAG + " A 'respektive' pair: two items.",
                    also=(C("Finansnetto", "1,9 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Omsorgsnämnden har infört anställningsprövning och ett stopp för nya externa placeringar utan "
            "ordförandebeslut. Åtgärderna beräknas minska underskottet med 2,0 mnkr under hösten.",
            A("Omsorgsnämnden", "2,0 mnkr", "kopt_verksamhet", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 86,0 mnkr. Utfallet efter augusti är 31,4 mnkr och "
            "helårsprognosen 58,5 mnkr, vilket innebär att 27,5 mnkr inte kommer att förbrukas under året. Den "
            "största förskjutningen gäller den nya förskolan Snäckan, där bygglovsprocessen har dragit ut på tiden.",
            C("Investeringar", "27,5 mnkr", "+", "periodisering"),
        ),
        P(
            "Ombyggnaden av Tångvikens pumpstation väntas däremot bli 4,2 mnkr dyrare än projektbudgeten på grund "
            "av högre entreprenadpriser.",
            C(
                "Ombyggnaden av Tångvikens pumpstation",
                "4,2 mnkr",
                "-",
                "prisokningar",
                note="A project's overrun.",
            ),
        ),
        H("Balanskrav och god ekonomisk hushållning", 2),
        P(
            "Balanskravsresultatet beräknas till 7,8 mnkr och kravet uppfylls. Målet om ett resultat på 2 procent av "
            "skatter och bidrag nås dock inte, vilket beror på omsorgsnämndens underskott.",
            O(None, note="Balanskrav and a financial goal with 'beror på': other."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron i kommunen har minskat till 6,9 procent, jämfört med 7,6 procent under samma period 2024.",
            O(None, note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="sotenas-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Sotenäs",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Sotenäs kommun"},
        style=style,
        blocks=blocks,
    )
