"""Södertälje kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in "mnkr" with en-dash minus signs, set in Liberation Sans, whose footer carries
the fullmäktige date in October: the period "41 mnkr bättre än periodens budget" with its timing reason in the
same sentence, the full year as a level against the budgeted level with the deviation in a sentence of its own
("Avvikelsen, –42 mnkr"), one sentence splitting it into the nämnder's "underskott mot budget på 97 mnkr" and
the finance function's "överskott på 55 mnkr" (two items), the change since April; a nämnd table with April's
deviation; then en-dash bullets under a generic heading ("Kommunledningsförvaltningens kommentarer") in varied
shapes: "redovisar det största underskottet, 41,2 mnkr" with försörjningsstöd "12 mnkr över budget" inside
(a sub-area, its own item), "Äldrenämnden: underskott 31,3 mnkr.", a possessive "Barn- och ungdomsnämndens
prognos pekar på ett underskott om 18,5 mnkr", "överskrider budgeten med 5,4 mnkr", "–5,1 mnkr (–6,0 mnkr i
april)", "4,8 mnkr sämre än budget", "–2,1 mnkr," after the name, "visar ett överskott på 8,6 mnkr", "ett plus
på 2,8 mnkr"; taxes and pensions after "medan" (two items), the finance net in words ("tio miljoner kronor");
investments "285 mnkr mindre än budgeterat" and two projects "12 respektive 7 mnkr dyrare"; two actions after
an unlabelled lead-in, the balanskrav, net cost growth against 2024 and a tax risk (others). 20 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Södertälje kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-27", "KS/2025:612", f"Sida {n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Tabell 2. Nämndernas prognos för helåret 2025, mnkr",
        header=(("Nämnd", "Budget helår", "Prognos helår", "Avvikelse", "Avvikelse april"),),
        rows=(
            ("Kommunstyrelsen", "498,2", "489,6", "8,6", "5,1"),
            ("Barn- och ungdomsnämnden", "1 412,0", "1 430,5", "–18,5", "–12,0"),
            ("Utbildningsnämnden", "1 096,4", "1 101,2", "–4,8", "–3,9"),
            ("Socialnämnden", "872,5", "913,7", "–41,2", "–30,4"),
            ("Äldrenämnden", "1 205,6", "1 236,9", "–31,3", "–22,8"),
            ("Omsorgsnämnden", "688,0", "693,1", "–5,1", "–6,0"),
            ("Kultur- och fritidsnämnden", "214,7", "211,9", "2,8", "1,6"),
            ("Stadsbyggnadsnämnden", "62,3", "64,4", "–2,1", "–1,7"),
            ("Tekniska nämnden", "158,9", "164,3", "–5,4", "–4,4"),
            ("Summa nämnder", "6 208,6", "6 305,6", "–97,0", "–74,5"),
        ),
        widths=(160.0, 66.0, 70.0, 62.0, 80.0),
        bold_rows=frozenset({9}),
        rules=True,
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="arial-bold", after=4),
        Title("Södertälje kommun", size=12.5, font="arial", after=14),
        P(
            "Delårsrapporten omfattar perioden 1 januari till 31 augusti 2025 och innehåller kommunens "
            "förvaltningsberättelse, nämndernas uppföljning och en prognos för helåret. Rapporten har upprättats av "
            "kommunledningsförvaltningen och behandlas av kommunstyrelsen den 6 oktober."
        ),
        H("Ekonomiskt resultat", 1),
        P(
            "Kommunens resultat för perioden januari–augusti uppgår till 286 mnkr, vilket är 41 mnkr bättre än "
            "periodens budget, främst därför att exploateringsintäkter för bostadsområdet vid Sandviksudden har "
            "bokförts tidigare än planerat.",
            C(
                None,
                "41 mnkr",
                "+",
                "periodisering",
                "avgifter_intakter",
                note="The period against its budget with its timing reason in the same sentence; land sales are "
                "avgifter_intakter.",
            ),
        ),
        PS(
            (
                "För helåret prognostiseras ett resultat på 118 mnkr, att jämföra med budgeterade 160 mnkr.",
                None,
            ),
            (
                "Avvikelsen, –42 mnkr, förklaras i sin helhet av nämndernas underskott.",
                C(
                    None,
                    "–42 mnkr",
                    "-",
                    note="The full-year deviation in a sentence of its own after two levels (unlabelled).",
                ),
            ),
        ),
        P(
            "Nämnderna prognostiserar sammantaget ett underskott mot budget på 97 mnkr, medan finansförvaltningen "
            "och de centrala posterna bedöms ge ett överskott på 55 mnkr.",
            C(
                "Nämnderna",
                "97 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansförvaltningen", "55 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med aprilprognosen har helårsresultatet försämrats med 23 mnkr, främst inom äldreomsorgen och "
            "försörjningsstödet.",
            F(None, "23 mnkr", "-", "ekonomiskt_bistand"),
        ),
        committees,
        Space(10),
        H("Kommunledningsförvaltningens kommentarer", 2),
        Bullets(
            (
                "Socialnämnden redovisar det största underskottet, 41,2 mnkr. Kostnaderna för placeringar av barn och "
                "unga på HVB och i familjehem fortsätter att öka, och försörjningsstödet ligger 12 mnkr över budget.",
                "Äldrenämnden: underskott 31,3 mnkr. Fler beviljade hemtjänsttimmar och en högre andel brukare med "
                "omfattande omvårdnadsbehov i särskilt boende driver kostnaderna, samtidigt som sjukfrånvaron har "
                "legat högt under sommaren.",
                "Barn- och ungdomsnämndens prognos pekar på ett underskott om 18,5 mnkr, i huvudsak därför att "
                "barnantalet i förskolan har minskat snabbare än verksamheten hunnit anpassas och att tomställda "
                "förskolelokaler fortfarande belastar nämnden.",
                "Tekniska nämnden överskrider budgeten med 5,4 mnkr till följd av högre energipriser i "
                "gatubelysningen och kostnader för vinterväghållning efter den snörika inledningen av året.",
                "Omsorgsnämnden –5,1 mnkr (–6,0 mnkr i april). Underskottet kommer från köpta platser i LSS-boenden "
                "utanför kommunen.",
                "Utbildningsnämnden blir 4,8 mnkr sämre än budget, eftersom fler elever än beräknat har valt "
                "gymnasieprogram i andra kommuner.",
                "Stadsbyggnadsnämnden –2,1 mnkr, lägre bygglovsintäkter när byggandet av flerbostadshus har "
                "avstannat.",
                "Kommunstyrelsen visar ett överskott på 8,6 mnkr, främst på grund av vakanta tjänster inom "
                "kommunledningsförvaltningen och att en del av utvecklingsmedlen inte har fördelats.",
                "Kultur- och fritidsnämnden redovisar ett plus på 2,8 mnkr, eftersom simhallen i Järna har hållits "
                "stängd för renovering sedan maj.",
            ),
            labels=(
                C(
                    "Socialnämnden",
                    "41,2 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "ekonomiskt_bistand",
                    note="The försörjningsstöd sub-area inside the bullet is its own item as well.",
                    also=(
                        C(
                            "Försörjningsstöd",
                            "12 mnkr",
                            "-",
                            "ekonomiskt_bistand",
                            note="A sub-area with its own amount inside the nämnd's bullet.",
                        ),
                    ),
                ),
                C("Äldrenämnden", "31,3 mnkr", "-", "volymer", "sjukfranvaro"),
                C(
                    "Barn- och ungdomsnämnden",
                    "18,5 mnkr",
                    "-",
                    "volymer",
                    "lokaler",
                    note="A possessive area; fewer children and empty premises.",
                ),
                C(
                    "Tekniska nämnden",
                    "5,4 mnkr",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    note="Energy prices are prisokningar, snow is ovrigt.",
                ),
                C(
                    "Omsorgsnämnden",
                    "–5,1 mnkr",
                    "-",
                    "kopt_verksamhet",
                    note="April's figure in brackets is not the amount.",
                ),
                C(
                    "Utbildningsnämnden",
                    "4,8 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="Pupils in other kommuners' schools: kopt_verksamhet.",
                ),
                C("Stadsbyggnadsnämnden", "–2,1 mnkr", "-", "avgifter_intakter"),
                C("Kommunstyrelsen", "8,6 mnkr", "+", "vakanser", "reserver"),
                C(
                    "Kultur- och fritidsnämnden",
                    "2,8 mnkr",
                    "+",
                    "ovrigt",
                    note="A closure for renovation is ovrigt.",
                ),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 31 mnkr högre än budget, medan "
            "pensionskostnaderna blir 14 mnkr lägre än budgeterat.",
            C(
                "Skatteintäkter och generella statsbidrag",
                "31 mnkr",
                "+",
                note=NO_TAG + " Two areas joined by 'medan': two items.",
                also=(C("Pensionskostnader", "14 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Finansnettot bedöms bli tio miljoner kronor bättre än budget tack vare lägre räntor på nyupplåningen.",
            C(
                "Finansnetto",
                "tio miljoner kronor",
                "+",
                value=10_000_000,
                note=NO_TAG + " An amount in words.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 1 340 mnkr beräknas 1 055 mnkr förbrukas, 285 mnkr mindre än "
            "budgeterat. Den lägre investeringstakten beror främst på att flera skolprojekt har skjutits fram efter "
            "överprövade upphandlingar.",
            C("Investeringar", "285 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        P(
            "Projekten Tallbackaskolan och Solbackahallen beräknas bli 12 respektive 7 mnkr dyrare än "
            "projektbudgeten, främst på grund av höjda entreprenadpriser.",
            C(
                "Tallbackaskolan",
                "12",
                "-",
                "prisokningar",
                unit="mnkr",
                note="Investment overruns as a 'respektive' pair: two items, the unit written once.",
                also=(C("Solbackahallen", "7 mnkr", "-", "prisokningar"),),
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Kommunstyrelsen har begärt att nämnder med underskott redovisar åtgärder vid sammanträdet i "
                "november.",
                None,
            ),
            (
                "Socialnämnden och äldrenämnden har tagit fram handlingsplaner som beräknas minska underskotten med "
                "sammanlagt 15 mnkr under hösten.",
                A(None, "15 mnkr"),
            ),
            (
                "Kommunstyrelsen har också beslutat om anställningsprövning för alla administrativa tjänster från "
                "den 1 oktober.",
                A("Kommunstyrelsen", None, "bemanning"),
            ),
        ),
        H("Balanskrav och god ekonomisk hushållning", 2),
        P(
            "Balanskravsresultatet beräknas till 104 mnkr och balanskravet uppfylls. Kommunens nettokostnader har "
            "ökat med 5,9 procent jämfört med samma period 2024, vilket främst beror på högre pensionskostnader "
            "och fler brukare inom äldreomsorgen.",
            O(None, note="Balanskrav and net cost growth against the previous year: other."),
        ),
        P(
            "Prognosen för skatteintäkterna är osäker. Om sysselsättningen utvecklas svagare under hösten kan "
            "skatteintäkterna bli upp till 20 mnkr lägre än i prognosen.",
            O("Skatteintäkter", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="sodertalje-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Södertälje",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Södertälje kommun"},
        style=style,
        blocks=blocks,
    )
