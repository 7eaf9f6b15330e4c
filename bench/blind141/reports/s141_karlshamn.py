"""Karlshamns kommun, Kommunstyrelsen, månadsrapport maj 2026 (the whole kommun).

A whole-kommun month report in "mkr" with en dashes as minus signs, set in Arial (Liberation Sans), whose
footer carries the kommunstyrelse's meeting date in June: the period "8,2 mkr bättre än periodiserad budget"
and the full year "en negativ avvikelse på 24,5 mkr" between two levels, in sentences of their own; one
sentence splitting it into the nämnder that "överskrider sina ramar med 31,8 mkr" and the finance function's
"överskott på 7,3 mkr" (two items); the change since April with its cause; a nämnd table with April's
deviation beside May's; en-dash bullets under a generic heading ("Ekonomiavdelningens kommentar") in varied
shapes ("redovisar det största underskottet, 18,5 mkr", "Barn- och utbildningsnämnden: –13,4 mkr.", a
possessive "Omsorgsnämndens prognos visar på ett underskott om 3,8 mkr, som i sin helhet kan härledas till",
"beräknas göra ett överskott på 3,3 mkr", "bedöms hålla sin budget"); tax revenue and the finance net in one
sentence (two items, no tags) and pensions that "väntas däremot överstiga budget med 1,2 mkr" (no tag); investments where only the budget and the forecast are written (82 mkr never
written out) and a project that "beräknas överskrida sin budget med 4,5 mkr"; an action with its effect; the
balanskrav and a tax-revenue risk with "beror på" (others). 13 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 76.0, 66.0, 74.0),
        header=lambda n, m: ("Karlshamns kommun", "Månadsrapport maj 2026"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-06-16", "Dnr 2026/000412", f"Sida {n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    committees = Table(
        caption="Tabell 1. Nämndernas helårsprognos 2026, mkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse maj", "Avvikelse april"),),
        rows=(
            ("Kommunstyrelsen", "198,4", "195,1", "3,3", "2,9"),
            ("Barn- och utbildningsnämnden", "742,6", "756,0", "–13,4", "–12,8"),
            ("Socialnämnden", "221,3", "239,8", "–18,5", "–15,2"),
            ("Omsorgsnämnden", "612,9", "616,7", "–3,8", "–3,6"),
            ("Kultur- och fritidsnämnden", "74,2", "73,6", "0,6", "0,4"),
            ("Summa nämnder", "1 849,4", "1 881,2", "–31,8", "–28,3"),
        ),
        widths=(170.0, 60.0, 60.0, 82.0, 90.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport maj 2026", size=20, font="arial-bold", after=2),
        Title("Ekonomisk uppföljning för Karlshamns kommun januari–maj", size=11.5, font="arial", after=12),
        P(
            "Månadsrapporten bygger på bokfört utfall till och med maj och på nämndernas prognoser för helåret. "
            "Rapporten behandlas av kommunstyrelsen och lämnas därefter för kännedom till kommunfullmäktige."
        ),
        H("Sammanfattning", 1),
        P(
            "Kommunens resultat för januari–maj uppgår till 61,4 mkr, vilket är 8,2 mkr bättre än periodiserad "
            "budget.",
            C(None, "8,2 mkr", "+", note="The period against the periodised budget, a sentence of its own."),
        ),
        P(
            "För helåret prognostiseras ett resultat på 17,5 mkr mot budgeterade 42,0 mkr, en negativ avvikelse "
            "på 24,5 mkr.",
            C(None, "24,5 mkr", "-", note="The full year between two levels: the deviation is the amount."),
        ),
        P(
            "Avvikelsen förklaras av att nämnderna sammantaget överskrider sina ramar med 31,8 mkr, medan "
            "finansförvaltningen redovisar ett överskott på 7,3 mkr.",
            C(
                "Nämnderna",
                "31,8 mkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansförvaltningen", "7,3 mkr", "+"),),
            ),
        ),
        P(
            "Jämfört med aprilprognosen har helårsprognosen försämrats med 3,9 mkr, främst till följd av fler "
            "placeringar av barn och unga.",
            F(None, "3,9 mkr", "-", "kopt_verksamhet", "volymer"),
        ),
        committees,
        Space(10),
        H("Ekonomiavdelningens kommentar", 2),
        Bullets(
            (
                "Socialnämnden redovisar det största underskottet, 18,5 mkr. Fler barn och unga har placerats på "
                "HVB och i konsulentstödda familjehem än vad budgeten medger, och kostnaderna för försörjningsstöd "
                "fortsätter att öka.",
                "Barn- och utbildningsnämnden: –13,4 mkr. Underskottet finns främst inom grundskolan, där elevantalet "
                "är högre än budgeterat och ersättningen till fristående skolor och andra kommuner ökar.",
                "Omsorgsnämndens prognos visar på ett underskott om 3,8 mkr, som i sin helhet kan härledas till "
                "hemtjänsten, där antalet utförda timmar har ökat kraftigt under våren.",
                "Kommunstyrelsen beräknas göra ett överskott på 3,3 mkr. Överskottet kommer främst från vakanta "
                "tjänster inom kommunledningsförvaltningen och lägre kostnader för licenser än beräknat.",
                "Kultur- och fritidsnämnden bedöms hålla sin budget.",
            ),
            labels=(
                C("Socialnämnden", "18,5 mkr", "-", "kopt_verksamhet", "volymer", "ekonomiskt_bistand"),
                C("Barn- och utbildningsnämnden", "–13,4 mkr", "-", "volymer", "kopt_verksamhet"),
                C(
                    "Omsorgsnämnden",
                    "3,8 mkr",
                    "-",
                    "volymer",
                    note="A possessive names the nämnd; the cause lies in hemtjänsten.",
                ),
                C("Kommunstyrelsen", "3,3 mkr", "+", "vakanser", "it_digitalisering"),
                BP("Kultur- och fritidsnämnden", note="'Bedöms hålla sin budget' beside the table's 0,6."),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas ge 5,3 mkr mer än budgeterat, och finansnettot blir "
            "3,2 mkr bättre tack vare lägre räntor på kommunens lån.",
            C(
                "Skatteintäkter och generella statsbidrag",
                "5,3 mkr",
                "+",
                note=NO_TAG + " Two finance items in one sentence: two items.",
                also=(C("Finansnetto", "3,2 mkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Pensionskostnaderna väntas däremot överstiga budget med 1,2 mkr, eftersom fler anställda än beräknat har "
            "valt att gå i pension före 65 års ålder.",
            C(
                "Pensionskostnader",
                "1,2 mkr",
                "-",
                note=NO_TAG + " Early retirements are still a finance item.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Årets investeringsbudget uppgår till 286 mkr. Prognosen är att 204 mkr kommer att användas, främst "
            "eftersom byggnationen av den nya förskolan i Mörrum har försenats.",
            C(
                "Investeringar",
                "204 mkr",
                "+",
                "periodisering",
                value=82e6,
                note="Investment under-spending never written out: 286 − 204 = 82 mkr, the amount text as written.",
            ),
        ),
        P(
            "Projektet Östra piren beräknas överskrida sin budget med 4,5 mkr på grund av oväntade markföroreningar "
            "som måste saneras innan arbetet kan fortsätta.",
            C(
                "Östra piren",
                "4,5 mkr",
                "-",
                "ovrigt",
                note="Investment overrun, soil contamination: ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har tagit fram en handlingsplan som bland annat innebär att fler placeringar ska ersättas "
            "med öppenvård på hemmaplan. Effekten beräknas till 2,5 mkr under 2026.",
            A("Socialnämnden", "2,5 mkr", "kopt_verksamhet"),
        ),
        H("Balanskrav och risker", 2),
        P(
            "Balanskravsresultatet beräknas till 15,8 mkr och balanskravet uppfylls. Kommunens soliditet, inklusive "
            "pensionsåtagandena, är 31 procent.",
            O(None, note="Balanskrav and solidity."),
        ),
        P(
            "Prognosen för skatteintäkterna är osäker, vilket beror på att utvecklingen av lönesumman i riket är "
            "svårbedömd under resten av året.",
            O(None, note="A risk with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="karlshamn-ks-manadsrapport-2026-05.pdf",
        report={
            "municipality": "Karlshamn",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2026-05"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport maj 2026", "author": "Karlshamns kommun"},
        style=style,
        blocks=blocks,
    )
