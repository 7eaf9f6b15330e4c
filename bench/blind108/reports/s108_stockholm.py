"""Stockholms stad, Kommunstyrelsen, tertialrapport 1 2026 (the whole city).

A whole-city tertial report in mnkr with U+2212 minus signs in the nämnd table, whose footer carries the
kommunstyrelse's meeting date in May: the full year "388 mnkr lägre än det budgeterade resultatet", the
period "214 mnkr under den periodiserade budgeten" with its timing reason in the same sentence, one sentence
splitting the result into the facknämnder's and the stadsdelsnämnder's deficits and the central items'
"129 mnkr sämre än budget" (three items), the change since February with its cause; under a generic heading
one bullet per facknämnd in varied shapes ("prognostiserar ett underskott på", "Socialnämndens prognos, −58
mnkr, förklaras av", "Trafiknämnden: … blev 46 mnkr högre än budget", "För fastighetsnämnden väntas",
"Inom idrottsnämnden … vilket ger ett överskott", "nio miljoner kronor" in words, "Kyrkogårdsnämnden +3 mnkr")
and two nämnder that "bedöms hålla sina budgetar" (two boilerplate items); the stadsdelsnämnder's total, two
of them as a "respektive" pair with no reason and one surplus; tax revenue, capital and pension costs as a
"respektive" pair and a lower dividend (no tags); investments "1 860 mnkr lägre än investeringsbudgeten" and a
project overrun; actions with and without an effect, risks and the balanskrav (others). Sans body, serif
headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Stockholms stad", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-05-27", "Dnr KS 2026/0412", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    committees = Table(
        caption="Tabell 1. Nämndernas prognos 2026, mnkr (negativt tal = underskott mot budget)",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Utbildningsnämnden", "11 842", "11 913", "−71"),
            ("Socialnämnden", "1 126", "1 184", "−58"),
            ("Trafiknämnden", "1 538", "1 584", "−46"),
            ("Fastighetsnämnden", "412", "431", "−19"),
            ("Arbetsmarknadsnämnden", "1 296", "1 284", "+12"),
            ("Idrottsnämnden", "1 074", "1 066", "+8"),
            ("Servicenämnden", "318", "309", "+9"),
            ("Kyrkogårdsnämnden", "142", "139", "+3"),
            ("Kulturnämnden", "1 201", "1 201", "0"),
            ("Äldrenämnden", "486", "486", "0"),
            ("Summa facknämnder", "", "", "−162"),
            ("Summa stadsdelsnämnder", "", "", "−97"),
            ("Summa nämnder", "", "", "−259"),
        ),
        widths=(190.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({10, 11, 12}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=21, font="serif-bold", after=2),
        Title("Stockholms stad – uppföljning av budget januari–april", size=11.5, font="sans", after=12),
        P(
            "Tertialrapporten bygger på bokfört utfall till och med april och på nämndernas och styrelsernas "
            "prognoser för helåret. Rapporten behandlas av kommunstyrelsen och därefter av kommunfullmäktige."
        ),
        H("Stadens ekonomiska resultat", 1),
        P(
            "Prognosen för helåret visar ett resultat på 1 412 mnkr, vilket är 388 mnkr lägre än det budgeterade "
            "resultatet.",
            C(None, "388 mnkr", "-", note="The full year's result against the budgeted result."),
        ),
        P(
            "Efter april redovisar nämnderna sammantaget ett utfall som ligger 214 mnkr under den periodiserade "
            "budgeten, vilket till största delen beror på att kostnader för sommarens verksamhet och för underhåll "
            "ännu inte har fallit ut.",
            C(
                "Nämnderna",
                "214 mnkr",
                "+",
                "periodisering",
                note="The nämnder's net cost under the periodised budget: a positive period deviation with its "
                "timing reason in the same sentence.",
            ),
        ),
        P(
            "Facknämnderna prognostiserar ett underskott om 162 mnkr och stadsdelsnämnderna ett underskott om 97 "
            "mnkr, medan centrala poster inklusive skatteintäkter visar 129 mnkr sämre än budget.",
            C(
                "Facknämnderna",
                "162 mnkr",
                "-",
                note="Three parts with their own amounts in one sentence: three items.",
                also=(
                    C("Stadsdelsnämnderna", "97 mnkr", "-"),
                    C("Centrala poster", "129 mnkr", "-", note=NO_TAG),
                ),
            ),
        ),
        P(
            "Jämfört med prognosen i februari har stadens resultat försämrats med 96 mnkr, främst på grund av att "
            "skatteunderlaget enligt den senaste prognosen växer långsammare.",
            F(None, "96 mnkr", "-"),
        ),
        committees,
        Space(10),
        H("Facknämndernas prognoser", 2),
        Bullets(
            (
                "Utbildningsnämnden prognostiserar ett underskott på 71 mnkr. Gymnasieskolorna har fler elever än "
                "budgeterat, och kostnaderna för modersmålsundervisning och skolskjuts för elever med "
                "funktionsnedsättning ökar.",
                "Socialnämndens prognos, −58 mnkr, förklaras av fler placeringar av ungdomar på HVB och i "
                "familjehem samt av att statsbidraget för socialtjänstens omställning inte har förlängts.",
                "Trafiknämnden: kostnaderna för vinterväghållning blev 46 mnkr högre än budget efter de stora "
                "snöfallen i januari och februari.",
                "För fastighetsnämnden väntas ett underskott om 19 mnkr till följd av akuta reparationer av en "
                "fasad på Kungsholmen och högre energipriser i de kulturhistoriska byggnaderna.",
                "Arbetsmarknadsnämnden redovisar en positiv avvikelse på 12 mnkr, främst eftersom färre deltagare "
                "än planerat har anvisats till arbetsmarknadsanställningar.",
                "Inom idrottsnämnden blir intäkterna från bad- och hallhyror högre än budgeterat, vilket ger ett "
                "överskott på 8 mnkr.",
                "Servicenämnden beräknas lämna ett överskott på nio miljoner kronor genom vakanta tjänster i "
                "stadens kontaktcenter.",
                "Kyrkogårdsnämnden +3 mnkr till följd av högre intäkter från gravsättningar för andra kommuner.",
                "Kulturnämnden och äldrenämnden bedöms hålla sina budgetar.",
            ),
            labels=(
                C("Utbildningsnämnden", "71 mnkr", "-", "volymer"),
                C(
                    "Socialnämnden",
                    "−58 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "statsbidrag",
                    note="A possessive with the amount between commas.",
                ),
                C(
                    "Trafiknämnden",
                    "46 mnkr",
                    "-",
                    "ovrigt",
                    note="Snow clearing after heavy snowfall: ovrigt.",
                ),
                C(
                    "Fastighetsnämnden",
                    "19 mnkr",
                    "-",
                    "ovrigt",
                    "prisokningar",
                    note="Area after 'För'. Emergency repairs are ovrigt, energy prices prisokningar.",
                ),
                C("Arbetsmarknadsnämnden", "12 mnkr", "+", "volymer"),
                C("Idrottsnämnden", "8 mnkr", "+", "avgifter_intakter", note="Area after 'Inom'."),
                C(
                    "Servicenämnden",
                    "nio miljoner kronor",
                    "+",
                    "vakanser",
                    value=9_000_000,
                    note="An amount in words.",
                ),
                C("Kyrkogårdsnämnden", "+3 mnkr", "+", "avgifter_intakter"),
                BP(
                    "Kulturnämnden",
                    note="Two nämnder in one boilerplate sentence: two items.",
                    also=(BP("Äldrenämnden"),),
                ),
            ),
        ),
        H("Stadsdelsnämnderna", 2),
        P(
            "Stadsdelsnämnderna prognostiserar sammantaget ett underskott på 97 mnkr. Underskotten finns främst "
            "inom ekonomiskt bistånd, där fler hushåll än beräknat har behov av försörjningsstöd, och inom "
            "äldreomsorgen, där antalet hemtjänsttimmar ökar.",
            C("Stadsdelsnämnderna", "97 mnkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        P(
            "Skärholmens och Spånga-Tenstas stadsdelsnämnder har de största avvikelserna, −24 respektive −19 mnkr.",
            C(
                "Skärholmens stadsdelsnämnd",
                "−24",
                "-",
                unit="mnkr",
                note="A 'respektive' pair with no reason: two items, the unit written once.",
                also=(C("Spånga-Tensta stadsdelsnämnd", "−19 mnkr", "-"),),
            ),
        ),
        P(
            "Norrmalms stadsdelsnämnd redovisar däremot ett överskott om 6 mnkr, eftersom förskolorna har färre "
            "barn än budgeterat och två förskoleenheter har avvecklats.",
            C("Norrmalms stadsdelsnämnd", "6 mnkr", "+", "volymer", "omstallning"),
        ),
        H("Centrala poster och finansiering", 2),
        P(
            "Skatteintäkterna beräknas bli 141 mnkr lägre än budgeterat, då skatteunderlaget växer långsammare än "
            "vad som antogs i budgeten.",
            C("Skatteintäkter", "141 mnkr", "-", note=NO_TAG),
        ),
        P(
            "Kapitalkostnaderna och pensionskostnaderna blir 18 respektive 9 mnkr lägre än budget. Samtidigt blir "
            "utdelningen från Stockholms Stadshus AB 15 mnkr lägre än budgeterat.",
            C(
                "Kapitalkostnader",
                "18",
                "+",
                unit="mnkr",
                note=NO_TAG + " A 'respektive' pair and a third item in the next sentence share the text.",
                also=(
                    C("Pensionskostnader", "9 mnkr", "+", note=NO_TAG),
                    C("Utdelning från Stockholms Stadshus AB", "15 mnkr", "-", note=NO_TAG),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna för 2026 prognostiseras till 13 640 mnkr, vilket är 1 860 mnkr lägre än "
            "investeringsbudgeten. Avvikelsen beror framför allt på att byggstarten för flera skolprojekt har "
            "senarelagts och att ett spårvägsprojekt har fått en ny tidplan.",
            C("Investeringar", "1 860 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        P(
            "Ombyggnaden av Medborgarhuset beräknas däremot överskrida projektbudgeten med 42 mnkr till följd av "
            "fuktskador som upptäcktes under rivningsarbetet.",
            C(
                "Medborgarhuset",
                "42 mnkr",
                "-",
                "ovrigt",
                note="An investment overrun: damp damage is ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Kommunstyrelsen har gett stadsdirektören i uppdrag att tillsammans med de nämnder som "
                "prognostiserar underskott ta fram åtgärdsplaner.",
                A(None, None),
            ),
            (
                "Utbildningsnämnden har redan beslutat om en plan som beräknas minska underskottet med 25 mnkr "
                "under hösten.",
                A("Utbildningsnämnden", "25 mnkr"),
            ),
        ),
        H("Risker och balanskrav", 2),
        P(
            "Osäkerheten i prognosen är större än vanligt. En fortsatt svag konjunktur kan ge ännu lägre "
            "skatteintäkter och fler hushåll med behov av ekonomiskt bistånd.",
            O(None, note="A risk."),
        ),
        P(
            "Balanskravsresultatet beräknas till 1 105 mnkr och balanskravet uppfylls. Stadens låneskuld ökar "
            "med 3 200 mnkr jämfört med årsskiftet.",
            O(None, note="Balanskrav and debt."),
        ),
    ]
    return ReportSpec(
        file="stockholm-ks-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026", "author": "Stockholms stad, stadsledningskontoret"},
        style=style,
        blocks=blocks,
    )
