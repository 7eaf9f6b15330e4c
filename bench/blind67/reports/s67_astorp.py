"""Åstorps kommun, Kommunstyrelsen, månadsrapport maj 2026 (whole kommun).

A whole-kommun month report with the header "Åstorps kommun" and a footer with the arbetsutskott's meeting date
in June: the period "6,2 mnkr bättre än periodiserad budget" and the full year as a result between two levels
("en negativ avvikelse med 8,6 mnkr") in two sentences of one paragraph; one sentence splitting it into the
nämnder's "underskott mot tilldelade ramar på 19,8 mnkr" and the finance function's "överskott om 11,2 mnkr";
a table per nämnd in mnkr with the deviation in May and April side by side; then bullets under a generic
heading ("Kommunledningskontorets kommentar per nämnd") in varied shapes: "överskott 1,2 mnkr" after a
colon, "prognostiserar ett underskott på 10,2 mnkr", a possessive "Socialnämndens prognos är −13,1 mnkr"
with two sub-areas as a "respektive" pair in the same sentence, "redovisar en positiv avvikelse om 2,0 mnkr",
"bedöms hålla sin budget" beside a row of +0,3 (boilerplate) and a change since April in a bullet; taxes and
the finance items with pensions and the finance net as a "respektive" pair; two actions (one with its effect);
investments "24,5 mnkr inte förbrukas", a project's share of it and another project's overrun; balanskrav and
liquidity (other). Liberation Sans (Arial metrics) 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 76.0, 66.0, 72.0),
        header=lambda n, m: ("Åstorps kommun", "Månadsrapport maj 2026"),
        footer=lambda n, m: ("Kommunstyrelsens arbetsutskott 2026-06-10", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 1. Prognos per nämnd, mnkr (positiv avvikelse = överskott)",
        header=(("Nämnd", "Budget 2026", "Prognos 2026", "Avvikelse maj", "Avvikelse april"),),
        rows=(
            ("Kommunstyrelsen", "98,4", "97,2", "+1,2", "+0,9"),
            ("Bildningsnämnden", "512,6", "522,8", "-10,2", "-9,6"),
            ("Socialnämnden", "431,0", "444,1", "-13,1", "-12,0"),
            ("Tekniska nämnden", "61,5", "59,5", "+2,0", "+2,0"),
            ("Kultur- och fritidsnämnden", "38,2", "37,9", "+0,3", "0,0"),
            ("Summa nämnder", "1 141,7", "1 161,5", "-19,8", "-18,7"),
            ("Finansförvaltning", "-1 169,2", "-1 180,4", "+11,2", "+10,4"),
            ("Årets resultat", "27,5", "18,9", "-8,6", "-8,3"),
        ),
        widths=(150.0, 70.0, 72.0, 76.0, 80.0),
        bold_rows=frozenset({5, 7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport maj 2026", size=20, font="arial-bold", after=2),
        Title("Ekonomisk uppföljning januari–maj, Åstorps kommun", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Kommunens resultat för januari–maj uppgår till 31,4 mnkr, vilket är 6,2 mnkr bättre än "
                "periodiserad budget.",
                C(
                    None,
                    "6,2 mnkr",
                    "+",
                    note="The period against the periodised budget; the level is not the amount.",
                ),
            ),
            (
                "För helåret prognostiseras ett resultat på 18,9 mnkr, att jämföra med det budgeterade resultatet "
                "på 27,5 mnkr, en negativ avvikelse med 8,6 mnkr.",
                C(
                    None,
                    "8,6 mnkr",
                    "-",
                    note="The full year between two levels: the deviation is the amount.",
                ),
            ),
        ),
        P(
            "Nämndernas samlade prognos visar ett underskott mot tilldelade ramar på 19,8 mnkr, medan "
            "finansförvaltningen beräknas ge ett överskott om 11,2 mnkr.",
            C(
                "Nämnderna",
                "19,8 mnkr",
                "-",
                note="One sentence split into the nämnder and the finance function: two items.",
                also=(C("Finansförvaltningen", "11,2 mnkr", "+"),),
            ),
        ),
        table,
        H("Kommunledningskontorets kommentar per nämnd", 2),
        Bullets(
            items=(
                "Kommunstyrelsen: överskott 1,2 mnkr. Två tjänster inom kommunledningskontoret har varit vakanta "
                "under våren och kostnaderna för det gemensamma IT-stödet blir lägre än beräknat.",
                "Bildningsnämnden prognostiserar ett underskott på 10,2 mnkr. Grundsärskolan har tagit emot sex "
                "fler elever än budgeterat, och skolskjutsavtalet som började gälla i januari är dyrare än det "
                "tidigare.",
                "Socialnämndens prognos är −13,1 mnkr, där kostnaderna för externa placeringar av barn och unga "
                "samt för försörjningsstöd överstiger budget med 7,4 respektive 3,9 mnkr. Resterande del förklaras "
                "av hög sjukfrånvaro inom hemtjänsten.",
                "Tekniska nämnden redovisar en positiv avvikelse om 2,0 mnkr, främst för att vinterväghållningen "
                "kostat mindre än budgeterat efter en mild vinter.",
                "Kultur- och fritidsnämnden bedöms hålla sin budget.",
                "Jämfört med aprilprognosen har nämndernas underskott ökat med 1,1 mnkr, framför allt inom "
                "Socialnämnden.",
            ),
            labels=(
                C("Kommunstyrelsen", "1,2 mnkr", "+", "vakanser", "it_digitalisering"),
                C("Bildningsnämnden", "10,2 mnkr", "-", "volymer", "prisokningar"),
                C(
                    "Socialnämnden",
                    "−13,1 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "ekonomiskt_bistand",
                    "sjukfranvaro",
                    note="A possessive with two sub-areas as a 'respektive' pair: three items with the same text.",
                    also=(
                        C("Externa placeringar av barn och unga", "7,4", "-", "kopt_verksamhet", unit="mnkr"),
                        C("Försörjningsstöd", "3,9 mnkr", "-", "ekonomiskt_bistand"),
                    ),
                ),
                C("Tekniska nämnden", "2,0 mnkr", "+", "ovrigt", note="A mild winter: weather is ovrigt."),
                BP("Kultur- och fritidsnämnden", note="'bedöms hålla sin budget' beside a row of +0,3."),
                F("Nämnderna", "1,1 mnkr", "-"),
            ),
            glyph="•",
        ),
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkter och generella statsbidrag beräknas bli 7,9 mnkr högre än budgeterat, enligt "
                "SKR:s prognos från april.",
                C(
                    "Skatteintäkter och generella statsbidrag",
                    "7,9 mnkr",
                    "+",
                    note="Finance items get no tag.",
                ),
            ),
            (
                "Pensionskostnaderna och finansnettot avviker positivt med 2,1 respektive 1,2 mnkr.",
                C(
                    "Pensionskostnader",
                    "2,1",
                    "+",
                    unit="mnkr",
                    also=(C("Finansnetto", "1,2 mnkr", "+"),),
                ),
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Kommunstyrelsen har gett Bildningsnämnden och Socialnämnden i uppdrag att ta fram åtgärdsplaner "
                "till juni.",
                A(None),
            ),
            (
                "Socialnämnden har redan infört anställningsprövning för samtliga tillsvidaretjänster, vilket "
                "beräknas minska kostnaderna med 1,5 mnkr under året.",
                A("Socialnämnden", "1,5 mnkr", "bemanning"),
            ),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Investeringsbudgeten för 2026 uppgår till 96,0 mnkr och helårsprognosen till 71,5 mnkr, vilket "
                "innebär att 24,5 mnkr inte förbrukas under året.",
                C("Investeringar", "24,5 mnkr", "+"),
            ),
            (
                "Förskolan Solrosen står för 11,0 mnkr av detta, eftersom byggstarten har skjutits till hösten.",
                C("Förskolan Solrosen", "11,0 mnkr", "+", "periodisering"),
            ),
            (
                "Ombyggnaden av Tegelbruksvägen beräknas däremot överskrida projektbudgeten med 2,4 mnkr till "
                "följd av högre entreprenadpriser.",
                C("Ombyggnaden av Tegelbruksvägen", "2,4 mnkr", "-", "prisokningar"),
            ),
        ),
        H("Balanskrav och likviditet", 2),
        P(
            "Med nuvarande prognos uppfyller kommunen balanskravet. Likviditeten uppgick till 64 mnkr vid utgången "
            "av maj.",
            O(None, note="Balanskrav and liquidity: other."),
        ),
    ]
    return ReportSpec(
        file="astorp-ks-manadsrapport-2026-05.pdf",
        report={
            "municipality": "Åstorp",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-05"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport maj 2026", "author": "Åstorps kommun"},
        style=style,
        blocks=blocks,
    )
