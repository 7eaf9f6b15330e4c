"""Helsingborgs stad, Socialnämnden, månadsrapport maj 2025.

A social-services committee's monthly report: a whole-unit forecast with its reasons and a period
deviation, a result table per verksamhet in mnkr where a negative value is a deficit (with April's
deviation as a column), prose per verksamhet under bold run-in labels ("Ekonomiskt bistånd: …"), one
of them mixing the cause with a year-on-year sentence (split), one whose amount lives only in the
table, an action list with stated effects, a method note that the actions are not in the forecast,
a forecast change with its reasons and a risk paragraph. Liberation Sans (Arial), page "n (m)".

Blind test set: the place is real; every figure, name and event is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.34,
        heading_sizes=(14.0, 11.5, 10.5),
        margins=(66.0, 74.0, 66.0, 72.0),
        header=lambda n, m: ("Helsingborgs stad", "Socialnämnden"),
        footer=lambda n, m: ("Månadsrapport maj 2025", "", f"{n} ({m})"),
        rule_under_header=True,
    )
    result = Table(
        caption="Tabell 1. Prognos per verksamhet, mnkr (negativt värde = underskott)",
        header=(
            ("", "Budget", "Prognos", "Avvikelse", "Avvikelse"),
            ("Verksamhet", "helår", "helår", "maj", "april"),
        ),
        rows=(
            ("Nämnd och förvaltningsgemensamt", "−42,6", "−41,1", "1,5", "1,2"),
            ("Barn och familj", "−286,4", "−298,0", "−11,6", "−10,3"),
            ("Vuxna", "−152,3", "−156,5", "−4,2", "−4,0"),
            ("Ekonomiskt bistånd", "−214,0", "−222,8", "−8,8", "−7,5"),
            ("Arbetsmarknad och integration", "−61,8", "−59,4", "2,4", "2,1"),
            ("Summa", "−757,1", "−777,8", "−20,7", "−18,5"),
        ),
        widths=(190.0, 62.0, 62.0, 62.0, 62.0),
        bold_rows=frozenset({5}),
        shade=(0.88, 0.88, 0.88),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport maj 2025", size=20, font="arial-bold"),
        Title("Socialnämnden, Helsingborgs stad", size=12, font="arial", after=14),
        H("Sammanfattning", 1),
        P(
            "Socialnämnden prognostiserar ett underskott på 20,7 mnkr för helåret 2025, vilket motsvarar 2,7 "
            "procent av nämndens budgetram. Underskottet förklaras främst av fler placeringar av barn och unga "
            "och av att fler hushåll än beräknat är beroende av försörjningsstöd.",
            C(
                None,
                "20,7 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "ekonomiskt_bistand",
                note="Whole-committee forecast with its main reasons; table 1 Summa −20,7.",
            ),
        ),
        P(
            "Utfallet för januari–maj visar en negativ avvikelse mot periodiserad budget på 7,9 mnkr.",
            C(None, "7,9 mnkr", "-", note="Period deviation against the periodised budget."),
        ),
        P(
            "Prognosen bygger på utfallet till och med maj och på verksamheternas bedömning av volymer och "
            "kostnader under resten av året. Nämndens mål och nyckeltal följs upp i delårsrapporten per augusti."
        ),
        H("Ekonomiskt utfall per verksamhet", 1),
        result,
        P("Nedan kommenteras verksamheternas prognoser för helåret."),
        LP(
            "Barn och familj:",
            "Verksamheten prognostiserar ett underskott på 11,6 mnkr. Antalet barn och unga som är placerade på "
            "HVB eller i konsulentstödda familjehem har ökat sedan årsskiftet, och i maj pågick 14 fler "
            "placeringar än vad budgeten bygger på. Dygnskostnaden för de externa HVB-placeringarna har "
            "dessutom höjts med i genomsnitt sex procent.",
            C("Barn och familj", "11,6 mnkr", "-", "kopt_verksamhet", "volymer", "prisokningar"),
        ),
        LP(
            "Vuxna:",
            "Underskottet på 4,2 mnkr beror på köpt vård för personer med missbruk, där två LVM-placeringar har "
            "blivit längre än planerat.",
            C("Vuxna", "4,2 mnkr", "-", "kopt_verksamhet"),
            (
                "Inflödet av nya ärenden till vuxenenheten har samtidigt ökat med 15 procent jämfört med samma "
                "period 2024.",
                O("Vuxna", "volymer", note="Year-on-year volume sentence in the same paragraph: split."),
            ),
        ),
        LP(
            "Ekonomiskt bistånd:",
            "Kostnaderna för försörjningsstöd beräknas överstiga budget med 8,8 mnkr. Under perioden fick i "
            "genomsnitt 2 460 hushåll bistånd varje månad, att jämföra med 2 310 i budgeten. Fler hushåll har "
            "dessutom behov av bistånd under längre tid än tidigare.",
            C("Ekonomiskt bistånd", "8,8 mnkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        LP(
            "Arbetsmarknad och integration:",
            "Överskottet på 2,4 mnkr förklaras av vakanta tjänster som arbetsmarknadskonsulent under våren och "
            "av att statsbidragen för etableringsinsatser blev högre än budgeterat.",
            C("Arbetsmarknad och integration", "2,4 mnkr", "+", "vakanser", "statsbidrag"),
        ),
        LP(
            "Nämnd och förvaltningsgemensamt:",
            "Prognosen visar ett mindre överskott, som främst förklaras av att nämndens centrala buffert ännu "
            "inte har fördelats till verksamheterna.",
            C(
                "Nämnd och förvaltningsgemensamt",
                "1,5",
                "+",
                "reserver",
                unit="mnkr",
                table=True,
                note="No amount in the prose; table 1 row 1,5 mnkr.",
            ),
        ),
        H("Åtgärder", 1),
        P("Förvaltningen arbetar med följande åtgärder för att minska underskottet:"),
        Bullets(
            (
                "Samtliga externa placeringar följs upp varannan vecka i en central placeringsgrupp som prövar "
                "hemmaplanslösningar, beräknad effekt 2,5 mnkr under 2025.",
                "Rekryteringsstopp för administrativa tjänster som inte är direkt kopplade till myndighetsutövning.",
                "Hushåll som söker försörjningsstöd ska erbjudas en arbetsmarknadsinsats inom fyra veckor, med "
                "en beräknad helårseffekt på 1,8 mnkr.",
                "Utökad kontroll av inkomster och boendekostnader vid nyansökan om ekonomiskt bistånd.",
            ),
            labels=(
                A("Barn och familj", "2,5 mnkr", "kopt_verksamhet"),
                A(None),
                A("Ekonomiskt bistånd", "1,8 mnkr", "ekonomiskt_bistand"),
                A("Ekonomiskt bistånd", None, "ekonomiskt_bistand"),
            ),
        ),
        P(
            "Effekterna av åtgärderna har inte räknats in i prognosen.",
            O(None, note="Forecast method: the actions' effects are left out."),
        ),
        H("Förändring jämfört med föregående prognos", 1),
        P(
            "Prognosen har försämrats med 2,2 mnkr jämfört med april. Försämringen beror främst på att antalet "
            "hushåll med ekonomiskt bistånd fortsatte att öka under maj och på två nya placeringar inom barn och "
            "familj.",
            F(None, "2,2 mnkr", "-", "ekonomiskt_bistand", "volymer", "kopt_verksamhet"),
        ),
        H("Risker", 1),
        P(
            "Prognosen är osäker. Om arbetslösheten i nordvästra Skåne fortsätter att stiga under hösten kan "
            "kostnaderna för ekonomiskt bistånd öka ytterligare, och enstaka nya placeringar med höga "
            "dygnskostnader kan snabbt försämra resultatet för barn och familj.",
            O(None, "ekonomiskt_bistand", "kopt_verksamhet", note="Risk."),
        ),
    ]
    return ReportSpec(
        file="helsingborg-sn-manadsrapport-2025-05.pdf",
        report={
            "municipality": "Helsingborg",
            "committee": ["Socialnämnden"],
            "period": ["2025-05"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport maj 2025 Socialnämnden", "author": "Helsingborgs stad"},
        style=style,
        blocks=blocks,
    )
