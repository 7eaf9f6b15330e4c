"""Knivsta kommun, Kommunstyrelsen, månadsuppföljning maj 2026 (the whole kommun).

A whole-kommun month report in "mnkr", Liberation Sans 10 pt, footer with the kommunstyrelse's meeting date in
June: the period's result against the periodised budget with a timing reason in the same paragraph (a cause),
the full year as "landar på ett resultat om 22,4 mnkr, att jämföra med budgeterade 38,0 mnkr" followed by
"Avvikelsen mot budget blir därmed −15,6 mnkr" (one cause), the change since April with a "varav"-like part
("Den största delen av försämringen, 2,5 mnkr") as one forecast change, the nämnder and the finance function in
one sentence (two items); a nämnd table with April's deviation; per-nämnd bullets under a generic heading in
new shapes: a bracketed April figure after the amount, "räknar med att gå 8,8 mnkr back", "har ett
prognostiserat underskott på 1,5 mnkr som hänger ihop med", "För kommunstyrelsen beräknas ett överskott om",
"en positiv avvikelse om" and "ingen avvikelse mot budget förväntas" (boilerplate); finance: tax revenue and
the utjämning in one sentence (two items), pensions and capital costs as a "respektive" pair (two items, no
tags); investments in a table whose "+" means a higher outlay, the under-spend in total, one project's
postponement and one path's overrun (three causes); two actions (one with its effect) and a risk paragraph.
16 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 76.0, 66.0, 72.0),
        header=lambda n, m: ("Knivsta kommun", "Månadsuppföljning maj 2026"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-06-15", "KS-2026/212", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    committees = Table(
        caption="Prognos per nämnd 2026, mnkr (negativ avvikelse = underskott)",
        header=(("Nämnd", "Budget helår", "Prognos helår", "Avvikelse", "Avvikelse april"),),
        rows=(
            ("Kommunstyrelsen", "148,2", "145,0", "3,2", "2,6"),
            ("Utbildningsnämnden", "712,5", "721,3", "-8,8", "-8,1"),
            ("Socialnämnden", "356,0", "370,4", "-14,4", "-11,9"),
            ("Kultur- och fritidsnämnden", "61,4", "60,6", "0,8", "0,8"),
            ("Samhällsbyggnadsnämnden", "44,7", "46,2", "-1,5", "-1,5"),
            ("Bygg- och miljönämnden", "12,3", "12,3", "0,0", "0,0"),
            ("Summa nämnder", "1 335,1", "1 355,8", "-20,7", "-18,1"),
            ("Finansförvaltning", "", "", "5,1", "5,7"),
            ("Kommunen totalt", "", "", "-15,6", "-12,4"),
        ),
        widths=(160.0, 70.0, 72.0, 64.0, 80.0),
        bold_rows=frozenset({6, 8}),
        rules=True,
        size=8.5,
    )
    investments = Table(
        caption="Investeringar 2026, mnkr (+ = högre utgift än budget)",
        header=(("Projekt", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Alsike skola, etapp 2", "96,0", "71,5", "-24,5"),
            ("GC-väg Vrå–Ängby", "18,0", "20,7", "+2,7"),
            ("Reinvestering gator och broar", "12,0", "12,0", "0,0"),
            ("Övriga projekt", "31,0", "25,6", "-5,4"),
            ("Summa", "157,0", "129,8", "-27,2"),
        ),
        widths=(180.0, 64.0, 64.0, 70.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning maj 2026", size=20, font="arial-bold", after=2),
        Title(
            "Ekonomisk uppföljning för Knivsta kommun, januari–maj", size=11.5, font="arial-italic", after=12
        ),
        P(
            "Uppföljningen bygger på bokfört utfall till och med maj samt nämndernas helårsprognoser. Nästa "
            "fördjupade uppföljning görs i delårsrapporten per augusti."
        ),
        H("Sammanfattande bedömning", 2),
        P(
            "Kommunens samlade utfall för januari–maj är ett överskott på 31,7 mnkr. Det är 4,9 mnkr bättre än den "
            "periodiserade budgeten, vilket till stor del förklaras av att kostnaderna för sommarens "
            "underhållsarbeten ännu inte har bokförts.",
            C(
                None,
                "4,9 mnkr",
                "+",
                "periodisering",
                note="The period against the periodised budget with a timing reason: a cause. 31,7 mnkr is the "
                "period's result, not the deviation.",
            ),
        ),
        P(
            "Helårsprognosen landar på ett resultat om 22,4 mnkr, att jämföra med budgeterade 38,0 mnkr. "
            "Avvikelsen mot budget blir därmed −15,6 mnkr.",
            C(None, "−15,6 mnkr", "-", note="The full year: the deviation is stated in the second sentence."),
        ),
        P(
            "I förhållande till aprilprognosen är det en försämring med 3,2 mnkr. Den största delen av "
            "försämringen, 2,5 mnkr, finns inom socialnämnden, där två nya placeringar av ungdomar har tillkommit "
            "under maj.",
            F(
                None,
                "3,2 mnkr",
                "-",
                "kopt_verksamhet",
                note="The change since April with a part in the next sentence: one item with the total.",
            ),
        ),
        P(
            "Nämnderna prognostiserar sammantaget ett underskott mot budget om 20,7 mnkr, medan "
            "finansförvaltningen väntas ge ett överskott om 5,1 mnkr.",
            C(
                "Nämnderna",
                "20,7 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansförvaltningen", "5,1 mnkr", "+", note=NO_TAG),),
            ),
        ),
        committees,
        Space(10),
        H("Kommentarer per nämnd", 2),
        Bullets(
            (
                "Socialnämnden: Prognosen pekar mot ett underskott på 14,4 mnkr (11,9 i april). Det är framför allt "
                "placeringar av barn och unga på HVB och i konsulentstödda familjehem som drar över, men även "
                "ekonomiskt bistånd ligger högre än ramen.",
                "Utbildningsnämnden räknar med att gå 8,8 mnkr back. Fler elever än beräknat har mottagits i anpassad "
                "grundskola, och lokalkostnaderna för den nya skolan i Alsike kompenseras inte fullt ut i "
                "resursfördelningen.",
                "Samhällsbyggnadsnämnden har ett prognostiserat underskott på 1,5 mnkr som hänger ihop med "
                "vinterväghållningen i januari och februari, då antalet snöröjningstillfällen blev nästan dubbelt så "
                "många som ett normalår.",
                "För kommunstyrelsen beräknas ett överskott om 3,2 mnkr, eftersom flera rekryteringar inom "
                "kommunledningsförvaltningen har dragit ut på tiden och licenskostnaderna för den nya "
                "e-tjänsteplattformen blir lägre än beräknat.",
                "Kultur- och fritidsnämnden redovisar en positiv avvikelse om 0,8 mnkr till följd av högre intäkter "
                "från uthyrningen av idrottshallarna.",
                "Bygg- och miljönämnden: ingen avvikelse mot budget förväntas.",
            ),
            labels=(
                C(
                    "Socialnämnden",
                    "14,4 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "ekonomiskt_bistand",
                    note="April's figure in brackets is not the amount.",
                ),
                C(
                    "Utbildningsnämnden",
                    "8,8 mnkr",
                    "-",
                    "volymer",
                    "lokaler",
                    note="'Gå 8,8 mnkr back': a deficit.",
                ),
                C("Samhällsbyggnadsnämnden", "1,5 mnkr", "-", "ovrigt", note="Snow clearing: ovrigt."),
                C("Kommunstyrelsen", "3,2 mnkr", "+", "vakanser", "it_digitalisering"),
                C("Kultur- och fritidsnämnden", "0,8 mnkr", "+", "avgifter_intakter"),
                BP("Bygg- och miljönämnden"),
            ),
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkterna bedöms bli 3,9 mnkr lägre än budgeterat enligt SKR:s senaste prognos, medan "
            "generella statsbidrag och utjämning ger 6,3 mnkr mer än budget.",
            C(
                "Skatteintäkter",
                "3,9 mnkr",
                "-",
                note=NO_TAG + " Two areas with their own amounts in one sentence: two items.",
                also=(C("Generella statsbidrag och utjämning", "6,3 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Pensionskostnaderna och kapitalkostnaderna blir 1,4 respektive 1,3 mnkr lägre än budget.",
            C(
                "Pensionskostnader",
                "1,4",
                "+",
                unit="mnkr",
                note=NO_TAG + " A 'respektive' pair: two items.",
                also=(C("Kapitalkostnader", "1,3 mnkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        investments,
        P(
            "Investeringarna prognostiseras till 129,8 mnkr för året, vilket innebär en underförbrukning om 27,2 mnkr "
            "mot investeringsbudgeten.",
            C("Investeringar", "27,2 mnkr", "+", note="Investment under-spending: positive."),
        ),
        P(
            "Den största delen avser Alsike skola, etapp 2, där 24,5 mnkr förskjuts till 2027 sedan överprövningen "
            "av entreprenadupphandlingen har försenat byggstarten.",
            C(
                "Alsike skola, etapp 2",
                "24,5 mnkr",
                "+",
                "periodisering",
                note="A project's postponement in a sentence of its own: its own item.",
            ),
        ),
        P(
            "Gång- och cykelvägen mellan Vrå och Ängby överskrider däremot projektbudgeten med 2,7 mnkr, då "
            "markarbetena visade sig betydligt mer omfattande än projekteringen utgick från.",
            C(
                "Gång- och cykelvägen mellan Vrå och Ängby",
                "2,7 mnkr",
                "-",
                "ovrigt",
                note="An investment overrun: negative (the table's '+2,7' means a higher outlay). Ground conditions "
                "are ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Socialnämnden har beslutat om en handlingsplan där samtliga externa placeringar ska omprövas under "
                "sommaren och hemmaplanslösningar prövas i första hand. Effekten beräknas till 2,0 mnkr för "
                "resterande del av året.",
                A("Socialnämnden", "2,0 mnkr", "kopt_verksamhet"),
            ),
        ),
        P(
            "Kommunstyrelsen föreslås ge utbildningsnämnden i uppdrag att ta fram en åtgärdsplan till "
            "delårsrapporten.",
            A("Utbildningsnämnden", note="A planned measure with no effect stated."),
        ),
        H("Risker i prognosen", 2),
        P(
            "Det finns en risk att skatteunderlaget utvecklas svagare under hösten om arbetslösheten fortsätter att "
            "stiga. Prognosen för ekonomiskt bistånd är också osäker.",
            O(None, note="Risks."),
        ),
    ]
    return ReportSpec(
        file="knivsta-ks-manadsuppfoljning-2026-05.pdf",
        report={
            "municipality": "Knivsta",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-05"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning maj 2026", "author": "Knivsta kommun"},
        style=style,
        blocks=blocks,
    )
