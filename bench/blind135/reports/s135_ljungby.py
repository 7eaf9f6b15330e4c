"""Ljungby kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025.

A whole-kommun interim report adopted by the fullmäktige in October (footer): the period "21,6 mnkr bättre
än det periodiserade budgeterade resultatet", its timing reason in a paragraph of its own (amount null), the
full year "6,9 mnkr lägre än budgeterat resultat" after two levels, a goal sentence (other), one sentence
splitting the result into the nämnder's "underskott mot budget på 24,8 mnkr" and the finance function's
"överskott om 17,9 mnkr"; a table per nämnd in mnkr with hyphen-minus deficits; then en-dash bullets under a
generic heading ("Ekonomiavdelningens kommentarer") in varied shapes: "överskott 2,4 mnkr" after a colon,
"redovisar en negativ avvikelse mot budget med 9,2 mnkr", a possessive "Omsorgsnämndens prognos visar ett
underskott", "knappt en miljon kronor" in words (the row says -0,9), "+1,6 mnkr" after a colon with a
renovation closure, "För Socialnämnden räcker inte budgeten … överstiga anslaget med 3,4 mnkr" and "bedöms
hålla budget" beside a row of 0,5 (boilerplate); taxes as a sentence of its own and pensions and the finance
net as a "respektive" pair; an action with its effect and the change since April; investments "47 mnkr inte
förbrukas" after two levels, two projects as a "respektive" pair and an overrun; the balanskrav result (other).
Liberation Sans (Arial metrics) 9.5 pt.

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
        para_gap=6.0,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Ljungby kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Antagen av kommunfullmäktige 2025-10-27", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per nämnd, mnkr",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "148,6", "146,2", "2,4"),
            ("Barn- och utbildningsnämnden", "612,3", "621,5", "-9,2"),
            ("Omsorgsnämnden", "598,0", "613,8", "-15,8"),
            ("Tekniska nämnden", "54,1", "55,0", "-0,9"),
            ("Kultur- och fritidsnämnden", "62,0", "60,4", "1,6"),
            ("Socialnämnden", "205,7", "209,1", "-3,4"),
            ("Miljö- och byggnämnden", "14,2", "13,7", "0,5"),
            ("Summa nämnder", "1 694,9", "1 719,7", "-24,8"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    bullets = Bullets(
        items=(
            "Kommunstyrelsen: överskott 2,4 mnkr, främst beroende på vakanta tjänster inom "
            "kommunledningsförvaltningen och lägre kostnader för företagshälsovård än budgeterat.",
            "Barn- och utbildningsnämnden redovisar en negativ avvikelse mot budget med 9,2 mnkr. Fler barn i "
            "förskolan än planerat och ökade kostnader för skolskjuts efter en ny upphandling är de största "
            "förklaringarna.",
            "Omsorgsnämndens prognos visar ett underskott om 15,8 mnkr. Hemtjänstens beviljade timmar har ökat "
            "kraftigt och sjukfrånvaron inom särskilt boende har krävt mycket vikarier och övertid.",
            "Tekniska nämnden ser ut att gå något över budget, knappt en miljon kronor, till följd av högre "
            "elpriser för gatubelysningen.",
            "Kultur- och fritidsnämnden: +1,6 mnkr. Biblioteket i Lagan har varit stängt för renovering under "
            "våren, vilket har sänkt personal- och driftskostnaderna.",
            "För Socialnämnden räcker inte budgeten. Kostnaderna för externa placeringar av barn och unga "
            "beräknas överstiga anslaget med 3,4 mnkr.",
            "Miljö- och byggnämnden bedöms hålla budget.",
        ),
        labels=(
            C("Kommunstyrelsen", "2,4 mnkr", "+", "vakanser"),
            C("Barn- och utbildningsnämnden", "9,2 mnkr", "-", "volymer", "prisokningar"),
            C("Omsorgsnämnden", "15,8 mnkr", "-", "volymer", "sjukfranvaro", "vikarier", "overtid"),
            C(
                "Tekniska nämnden",
                "knappt en miljon kronor",
                "-",
                "prisokningar",
                value=1e6,
                note="An amount in words with 'knappt' is the stated figure (the row says -0,9).",
            ),
            C(
                "Kultur- och fritidsnämnden",
                "+1,6 mnkr",
                "+",
                "ovrigt",
                note="A closure for renovation is ovrigt.",
            ),
            C("Socialnämnden", "3,4 mnkr", "-", "kopt_verksamhet"),
            BP(
                "Miljö- och byggnämnden", note="'bedöms hålla budget' although the row says 0,5: boilerplate."
            ),
        ),
        glyph="–",
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="arial-bold", after=2),
        Title("Ljungby kommun", size=12, font="arial", after=14),
        H("Ekonomisk översikt", 2),
        P(
            "Kommunens resultat för perioden januari–augusti uppgår till 84,2 mnkr, vilket är 21,6 mnkr bättre än "
            "det periodiserade budgeterade resultatet.",
            C(None, "21,6 mnkr", "+", note="The period against the periodised budget: a cause of its own."),
        ),
        P(
            "Det goda periodresultatet förklaras till stor del av att skatteintäkterna har utvecklats starkare än "
            "vad som antogs i budgeten och av att flera investeringsprojekt har startat senare än planerat, vilket "
            "håller nere kapitalkostnaderna.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reasons apart from its amount: a cause with amount null (taxes get no tag).",
            ),
        ),
        P(
            "Helårsprognosen pekar på ett resultat om 38,5 mnkr. Det är 6,9 mnkr lägre än budgeterat resultat på "
            "45,4 mnkr.",
            C(None, "6,9 mnkr", "-", note="The full year between two levels: the deviation is the amount."),
        ),
        P(
            "Resultatet motsvarar 2,1 procent av skatter och generella statsbidrag. Kommunfullmäktiges mål om ett "
            "resultat på minst 2 procent nås därmed.",
            O(None, note="Goal fulfilment: other."),
        ),
        P(
            "Nämndernas samlade prognos visar ett underskott mot budget på 24,8 mnkr, medan finansförvaltningen "
            "beräknas lämna ett överskott om 17,9 mnkr.",
            C(
                "Nämnderna",
                "24,8 mnkr",
                "-",
                note="One sentence, two areas with their own amounts: two items.",
                also=(C("Finansförvaltningen", "17,9 mnkr", "+"),),
            ),
        ),
        table,
        H("Ekonomiavdelningens kommentarer", 2),
        bullets,
        H("Finansförvaltningen", 3),
        PS(
            (
                "Skatteintäkter och generella statsbidrag beräknas bli 12,3 mnkr högre än budget enligt SKR:s "
                "augustiprognos.",
                C(
                    "Skatteintäkter och generella statsbidrag",
                    "12,3 mnkr",
                    "+",
                    note="Finance items get no tag.",
                ),
            ),
            (
                "Pensionskostnaderna och finansnettot förväntas avvika positivt med 3,1 respektive 2,5 mnkr.",
                C(
                    "Pensionskostnader",
                    "3,1",
                    "+",
                    unit="mnkr",
                    note="A 'respektive' pair: two items with the same text.",
                    also=(C("Finansnetto", "2,5 mnkr", "+"),),
                ),
            ),
        ),
        H("Åtgärder och prognosförändring", 3),
        P(
            "Omsorgsnämnden har beslutat om en handlingsplan med bland annat översyn av scheman i hemtjänsten och "
            "centralt beslut om timvikarier, som beräknas förbättra resultatet med 4 mnkr under hösten.",
            A("Omsorgsnämnden", "4 mnkr", "bemanning", "vikarier"),
        ),
        P(
            "Jämfört med prognosen i april har nämndernas samlade underskott ökat med 6,2 mnkr, främst inom "
            "omsorgsnämnden.",
            F("Nämnderna", "6,2 mnkr", "-"),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Investeringsbudgeten för 2025 uppgår till 186 mnkr. Utfallet efter augusti är 71 mnkr och prognosen "
                "för helåret 139 mnkr, vilket innebär att 47 mnkr inte förbrukas.",
                C("Investeringar", "47 mnkr", "+", note="An under-spend after two levels: positive."),
            ),
            (
                "Den nya förskolan Trasten och ombyggnaden av Örnaskolan blir försenade och beräknas underskrida "
                "årets budget med 18 respektive 11 mnkr.",
                C(
                    "Förskolan Trasten",
                    "18",
                    "+",
                    "periodisering",
                    unit="mnkr",
                    note="Two projects as a 'respektive' pair: two items.",
                    also=(C("Örnaskolan", "11 mnkr", "+", "periodisering"),),
                ),
            ),
            (
                "Ombyggnaden av reningsverket i Lagan beräknas däremot bli 3,5 mnkr dyrare än projektbudgeten på "
                "grund av fördyrade entreprenadkostnader.",
                C(
                    "Reningsverket i Lagan",
                    "3,5 mnkr",
                    "-",
                    "prisokningar",
                    note="An investment overrun: negative.",
                ),
            ),
        ),
        H("Balanskravsresultat", 2),
        P(
            "Balanskravsresultatet beräknas till 36,0 mnkr efter justering för realisationsvinster, och kommunen "
            "uppfyller därmed balanskravet.",
            O(None, note="Balanskrav: other."),
        ),
    ]
    return ReportSpec(
        file="ljungby-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Ljungby",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Ljungby kommun"},
        style=style,
        blocks=blocks,
    )
