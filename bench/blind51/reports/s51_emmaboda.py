"""Emmaboda kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025.

A whole-kommun interim report, adopted by fullmäktige in October: the period "6,8 miljoner kronor bättre än
det periodiserade budgeterade resultatet", its timing reason apart (amount null) and the full year "en
negativ avvikelse på 4,8 miljoner kronor" in separate sentences, one sentence splitting the full year into the
nämnder's "underskott mot tilldelade ramar på 13,1 miljoner kronor" and the finance function's "överskott på
8,3 miljoner kronor"; a table per nämnd in mnkr with U+2212 minus signs and the April deviation beside the
August one; then bullets under a generic heading ("Ekonomiavdelningens kommentar") in varied shapes: "prognostiserar
ett underskott om 1,4 mnkr", "överskrider ramen med 5,2 mnkr", a possessive "Vård- och omsorgsnämndens
underskott, 7,9 mnkr, härrör från", a reason-only surplus (the row's "0,6"), "För kultur- och
fritidsnämnden blir prognosen 0,8 mnkr bättre än ramen", "bedöms hålla sin budget"; a forecast change with a
"varav" part, an action with its effect, tax revenue and pensions/finance net as a "respektive" pair,
balanskrav (other), investments "27,5 mnkr inte kommer att förbrukas" and a project "2,4 mnkr dyrare än
projektbudgeten", sick leave against last year (other) and a risk (other). Liberation Sans (Arial) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Emmaboda kommun", "Delårsrapport 2025"),
        footer=lambda n, m: ("Antagen av kommunfullmäktige 2025-10-27", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per nämnd, helårsprognos (mnkr)",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse aug", "Avvikelse apr"),),
        rows=(
            ("Kommunfullmäktige och revision", "4,1", "4,1", "0,0", "0,0"),
            ("Kommunstyrelsen", "118,6", "120,0", "\u22121,4", "\u22120,9"),
            ("Barn- och utbildningsnämnden", "312,4", "317,6", "\u22125,2", "\u22124,8"),
            ("Vård- och omsorgsnämnden", "286,9", "294,8", "\u22127,9", "\u22125,0"),
            ("Miljö- och byggnadsnämnden", "9,8", "9,2", "0,6", "0,4"),
            ("Kultur- och fritidsnämnden", "24,3", "23,5", "0,8", "0,7"),
            ("Summa nämnder", "756,1", "769,2", "\u221213,1", "\u22129,6"),
            ("Finansförvaltningen", "", "", "8,3", "5,9"),
            ("Total avvikelse", "", "", "\u22124,8", "\u22123,7"),
        ),
        widths=(180.0, 62.0, 62.0, 74.0, 74.0),
        bold_rows=frozenset({6, 8}),
        rules=True,
        size=8.5,
    )
    nb = "Bullet under a generic heading."
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="arial-bold", after=4),
        Title("Emmaboda kommun", size=13, font="arial", after=14),
        H("Kommunstyrelsens ordförande har ordet", 2),
        P(
            "Året har präglats av fortsatt höga kostnader inom välfärden och en osäker omvärld. Samtidigt har vi "
            "kunnat inviga den nya förskolan i Björkhaga och påbörja arbetet med ett nytt vattenverk."
        ),
        H("Ekonomisk översikt", 2),
        Para(
            (
                (
                    "Periodens resultat uppgår till 21,4 miljoner kronor, vilket är 6,8 miljoner kronor bättre än "
                    "det periodiserade budgeterade resultatet.",
                    C(None, "6,8 miljoner kronor", "+", note="The period against the periodised budget."),
                ),
                (
                    "Att periodens resultat är bättre än helårsprognosen beror främst på att kostnaderna för "
                    "underhåll och semesterersättningar till stor del infaller under hösten.",
                    C(
                        None,
                        None,
                        "+",
                        "periodisering",
                        note="The period surplus's timing reason apart from its amount: amount null.",
                    ),
                ),
            )
        ),
        P(
            "För helåret prognostiseras ett resultat på 9,2 miljoner kronor, att jämföra med budgeterade 14,0 "
            "miljoner kronor, en negativ avvikelse på 4,8 miljoner kronor.",
            C(None, "4,8 miljoner kronor", "-", note="The full year; the two levels are not the amount."),
        ),
        P(
            "Nämnderna redovisar sammantaget ett underskott mot tilldelade ramar på 13,1 miljoner kronor, medan "
            "finansförvaltningen beräknas ge ett överskott på 8,3 miljoner kronor.",
            C(
                "Nämnderna",
                "13,1 miljoner kronor",
                "-",
                note="One sentence, two areas: the nämnder's part.",
                also=(
                    C(
                        "Finansförvaltningen",
                        "8,3 miljoner kronor",
                        "+",
                        note="One sentence, two areas: the finance function's part.",
                    ),
                ),
            ),
        ),
        P(
            "Balanskravsresultatet beräknas till 7,6 miljoner kronor och kommunen klarar därmed balanskravet för "
            "2025.",
            O(None, note="Balanskrav: other."),
        ),
        table,
        H("Ekonomiavdelningens kommentar", 3),
        Bullets(
            items=(
                "Kommunstyrelsen prognostiserar ett underskott om 1,4 mnkr, framför allt till följd av högre "
                "kostnader för licenser och drift av det nya ärendehanteringssystemet.",
                "Barn- och utbildningsnämnden överskrider ramen med 5,2 mnkr. Fler barn än beräknat i förskolan "
                "och ökade kostnader för elever som går i andra kommuners skolor förklarar större delen av "
                "avvikelsen.",
                "Vård- och omsorgsnämndens underskott, 7,9 mnkr, härrör från hemtjänsten där antalet beviljade "
                "timmar har ökat kraftigt, samt från höga kostnader för sjuklön och övertid på de särskilda "
                "boendena.",
                "Miljö- och byggnadsnämndens intäkter från bygglov blir högre än budgeterat, eftersom flera "
                "större byggprojekt har startat under våren.",
                "För kultur- och fritidsnämnden blir prognosen 0,8 mnkr bättre än ramen, eftersom simhallen har "
                "hållits stängd under renoveringen i våras.",
                "Kommunfullmäktige och revisionen bedöms hålla sin budget.",
            ),
            labels=(
                C("Kommunstyrelsen", "1,4 mnkr", "-", "it_digitalisering", note=nb),
                C("Barn- och utbildningsnämnden", "5,2 mnkr", "-", "volymer", "kopt_verksamhet", note=nb),
                C(
                    "Vård- och omsorgsnämnden",
                    "7,9 mnkr",
                    "-",
                    "volymer",
                    "sjukfranvaro",
                    "overtid",
                    note=nb + " Possessive area.",
                ),
                C(
                    "Miljö- och byggnadsnämnden",
                    "0,6",
                    "+",
                    "avgifter_intakter",
                    unit="mnkr",
                    table=True,
                    note=nb + " Reason only: the table row's August deviation.",
                ),
                C(
                    "Kultur- och fritidsnämnden",
                    "0,8 mnkr",
                    "+",
                    "ovrigt",
                    note=nb + " A closure for renovation is ovrigt.",
                ),
                BP("Kommunfullmäktige och revisionen"),
            ),
            glyph="•",
        ),
        P(
            "Jämfört med aprilprognosen har nämndernas prognos försämrats med 3,5 mnkr, varav vård- och "
            "omsorgsnämnden står för 2,9 mnkr.",
            F(None, "3,5 mnkr", "-", note="Change since April with a 'varav' part: the total."),
        ),
        P(
            "Vård- och omsorgsnämnden har fått i uppdrag att ta fram en åtgärdsplan som ska minska underskottet "
            "med minst 3 mnkr under hösten.",
            A("Vård- och omsorgsnämnden", "3 mnkr"),
        ),
        H("Finansförvaltningen", 3),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 3,9 mnkr högre än budget, främst tack vare den "
            "senaste skatteunderlagsprognosen.",
            C("Skatteintäkter och generella statsbidrag", "3,9 mnkr", "+", note="Finance item: no tag."),
        ),
        P(
            "Pensionskostnaderna och finansnettot väntas ge överskott på 2,7 respektive 1,7 mnkr.",
            C(
                "Pensionskostnader",
                "2,7",
                "+",
                unit="mnkr",
                note="'respektive' pair: the first area.",
                also=(C("Finansnetto", "1,7 mnkr", "+", note="'respektive' pair: the second area."),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 86,0 mnkr. Utfallet per augusti är 31,2 mnkr och "
            "prognosen för helåret 58,5 mnkr, vilket innebär att 27,5 mnkr inte kommer att förbrukas. Det beror "
            "främst på att bygget av Björkhagaskolans idrottshall har försenats efter överklagandet av "
            "upphandlingen.",
            C("Investeringar", "27,5 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        P(
            "Ombyggnaden av reningsverket i Lindvik beräknas bli 2,4 mnkr dyrare än projektbudgeten på grund av "
            "oväntat dåliga markförhållanden.",
            C("Ombyggnad av reningsverket i Lindvik", "2,4 mnkr", "-", "ovrigt", note="Project overrun."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron uppgick under perioden till 7,1 procent, jämfört med 7,9 procent under samma period "
            "2024.",
            O(None, note="Sick leave against last year: other."),
        ),
        H("Risker och osäkerheter", 2),
        P(
            "Prognosen för vård- och omsorgsnämnden är osäker. Om behovet av hemtjänst fortsätter att öka i samma "
            "takt kan underskottet bli ytterligare 2 mnkr större.",
            O("Vård- och omsorgsnämnden", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="emmaboda-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Emmaboda",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Emmaboda kommun"},
        style=style,
        blocks=blocks,
    )
