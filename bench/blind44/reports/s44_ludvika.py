"""Ludvika kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun).

A whole-kommun month report in mkr with U+2212 minus signs, footer with the kommunstyrelse's meeting date in
November and a diarienummer: the period "8,2 mkr bättre än periodiserad budget" and the period surplus's
timing reason (amount null) in two sentences; the full year as a result "att jämföra med budgeterade 41,0
mkr" with the deviation "−22,4 mkr" in the next sentence; one sentence splitting it into the nämnder's
"negativ avvikelse på 31,9 mkr" and the finance function's "överskott på 9,5 mkr"; the change since August
with its cause; a nämnd table with August's deviation; then en-dash bullets under a generic heading
("Ekonomiavdelningens kommentarer") in varied shapes: "redovisar den största avvikelsen, −23,0 mkr", a
possessive "Barn- och utbildningsnämndens prognos överstiger ramen", "Inom samhällsbyggnadsnämnden … gett
merkostnader på 3,3 mkr", "får lägre intäkter än budgeterat … ett underskott om 1,2 mkr", "beräknas gå med
ett plus på 3,3 mkr" and "För kultur- och fritidsnämnden blir överskottet en dryg miljon kronor" (words);
tax revenue, then pensions and interest as a "respektive" pair (no tags); investments with the under-spend
"79 mkr" after three levels, a project's part "52 mkr flyttas till nästa år" in the next sentence (its own
item) and a kitchen "överskrida projektbudgeten med 3,4 mkr"; two actions and the balanskrav (other). 17
scored causes. DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Ludvika kommun", "Månadsrapport januari–oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-25", "Dnr KS 2025/0612", f"{n}/{m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Nämndernas prognos för helåret 2025, mkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse", "Avvikelse aug"),),
        rows=(
            ("Kommunstyrelsen", "186,2", "182,9", "3,3", "2,9"),
            ("Barn- och utbildningsnämnden", "742,5", "751,3", "−8,8", "−8,1"),
            ("Socialnämnden", "218,4", "241,4", "−23,0", "−20,4"),
            ("Samhällsbyggnadsnämnden", "96,1", "99,4", "−3,3", "−3,0"),
            ("Kultur- och fritidsnämnden", "58,7", "57,6", "1,1", "0,8"),
            ("Miljö- och byggnadsnämnden", "9,8", "11,0", "−1,2", "−1,0"),
            ("Summa nämnder", "1 311,7", "1 343,6", "−31,9", "−28,8"),
        ),
        widths=(168.0, 62.0, 62.0, 70.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="sans-bold", after=2),
        Title("Ludvika kommun – ekonomisk uppföljning", size=12, font="sans", after=14),
        H("Resultat och prognos", 1),
        PS(
            (
                "Kommunens resultat för perioden januari–oktober uppgår till 61,4 mkr, vilket är 8,2 mkr bättre "
                "än periodiserad budget.",
                C(None, "8,2 mkr", "+", note="The period against the periodised budget."),
            ),
            (
                "Överskottet beror till stor del på att kostnader för underhåll och projekt brukar infalla sent på "
                "året.",
                C(
                    None,
                    None,
                    "+",
                    "periodisering",
                    note="The period surplus's timing reason apart from its amount: a cause with amount null.",
                ),
            ),
        ),
        P(
            "För helåret prognostiseras ett resultat på 18,6 mkr, att jämföra med budgeterade 41,0 mkr. "
            "Avvikelsen mot budget är därmed −22,4 mkr.",
            C(None, "−22,4 mkr", "-", note="Two levels, then the deviation in the next sentence."),
        ),
        P(
            "Nämnderna redovisar sammantaget en negativ avvikelse på 31,9 mkr, medan finansförvaltningen väntas "
            "ge ett överskott på 9,5 mkr.",
            C(
                "Nämnderna",
                "31,9 mkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansförvaltningen", "9,5 mkr", "+"),),
            ),
        ),
        P(
            "Prognosen har försämrats med 3,1 mkr sedan augustirapporten, i första hand på grund av ökade "
            "kostnader för placeringar inom socialnämnden.",
            F(None, "3,1 mkr", "-", "kopt_verksamhet"),
        ),
        table,
        Space(6),
        H("Ekonomiavdelningens kommentarer", 2),
        Bullets(
            (
                "Socialnämnden redovisar den största avvikelsen, −23,0 mkr. Fler placeringar av barn och unga i "
                "HVB och familjehem än beräknat, i kombination med högre kostnader för ekonomiskt bistånd, "
                "förklarar underskottet.",
                "Barn- och utbildningsnämndens prognos överstiger ramen med 8,8 mkr, främst på grund av fler elever "
                "i grundsärskolan och fler elever som läser modersmål.",
                "Inom samhällsbyggnadsnämnden har vinterväghållningen i början av året och ett ras i en gatubank i "
                "Grängesberg gett merkostnader på 3,3 mkr.",
                "Miljö- och byggnadsnämnden får lägre intäkter än budgeterat från bygglov, vilket ger ett "
                "underskott om 1,2 mkr.",
                "Kommunstyrelsen beräknas gå med ett plus på 3,3 mkr tack vare vakanta tjänster och lägre "
                "kostnader för företagshälsovård.",
                "För kultur- och fritidsnämnden blir överskottet en dryg miljon kronor, eftersom badhuset har "
                "varit stängt för renovering under våren.",
            ),
            labels=(
                C("Socialnämnden", "−23,0 mkr", "-", "kopt_verksamhet", "volymer", "ekonomiskt_bistand"),
                C(
                    "Barn- och utbildningsnämnden",
                    "8,8 mkr",
                    "-",
                    "volymer",
                    note="A possessive names the area; 'överstiger ramen' is negative.",
                ),
                C(
                    "Samhällsbyggnadsnämnden",
                    "3,3 mkr",
                    "-",
                    "ovrigt",
                    note="The area after 'Inom'; snow and a landslide are ovrigt.",
                ),
                C("Miljö- och byggnadsnämnden", "1,2 mkr", "-", "avgifter_intakter"),
                C("Kommunstyrelsen", "3,3 mkr", "+", "vakanser"),
                C(
                    "Kultur- och fritidsnämnden",
                    "en dryg miljon kronor",
                    "+",
                    "ovrigt",
                    value=1_000_000,
                    note="An amount in words (the table shows 1,1); a closure for renovation is ovrigt.",
                ),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag blir 6,8 mkr högre än budgeterat.",
            C("Skatteintäkter och generella statsbidrag", "6,8 mkr", "+", note=NO_TAG),
        ),
        P(
            "Pensionskostnaderna och räntekostnaderna blir 1,9 respektive 0,8 mkr lägre än budget.",
            C(
                "Pensionskostnader",
                "1,9",
                "+",
                unit="mkr",
                note=NO_TAG + " A 'respektive' pair: two items, the unit written once.",
                also=(C("Räntekostnader", "0,8 mkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Investeringsbudgeten för 2025 är 284 mkr. Utfallet hittills är 131 mkr och prognosen för helåret "
                "205 mkr, vilket innebär en avvikelse på 79 mkr.",
                C(
                    "Investeringar",
                    "79 mkr",
                    "+",
                    note="Investment under-spending (positive) after three levels.",
                ),
            ),
            (
                "Den största delen avser den nya skolan i Marnäs, där byggstarten har skjutits till våren 2026 och "
                "52 mkr flyttas till nästa år.",
                C(
                    "Skolan i Marnäs",
                    "52 mkr",
                    "+",
                    "periodisering",
                    note="A project's part of the under-spend in a sentence of its own: its own item.",
                ),
            ),
        ),
        P(
            "Ombyggnaden av tillagningsköket i Grangärde beräknas däremot överskrida projektbudgeten med 3,4 mkr, "
            "till följd av högre priser på storköksutrustning och ventilation.",
            C("Tillagningsköket i Grangärde", "3,4 mkr", "-", "prisokningar", note="Investment overrun."),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har inrättat en intern utredningsgrupp som prövar lösningar på hemmaplan innan en "
            "extern placering beslutas.",
            A("Socialnämnden", None, "kopt_verksamhet"),
        ),
        P(
            "Kommunstyrelsen har beslutat om restriktivitet med externa konsulter, resor och konferenser i hela "
            "organisationen under resten av året.",
            A(None, None, "inhyrd_personal"),
        ),
        H("Balanskrav", 2),
        P(
            "Balanskravsresultatet beräknas till 14,2 mkr och balanskravet uppfylls, men det finansiella målet om "
            "ett resultat på minst två procent av skatter och bidrag nås inte.",
            O(None, note="Balanskrav and a financial goal."),
        ),
    ]
    return ReportSpec(
        file="ludvika-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Ludvika",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Ludvika kommun"},
        style=style,
        blocks=blocks,
    )
