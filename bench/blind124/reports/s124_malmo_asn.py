"""Malmö stad, Arbetsmarknads- och socialnämnden, delårsrapport 2025-08.

A social committee's interim report in mnkr, set in Arial (Liberation Sans), footer with the nämnd's meeting
date in September: the period "41,2 mnkr bättre än den periodiserade budgeten" with its timing reason in the
same sentence pair, the full year "ett underskott om 18,5 mnkr jämfört med budget" in the next sentence and a
forecast change since April with its cause; a verksamhet table with hyphen-minus deficits; then headings that
carry the area and amount with a U+2212 minus ("Ekonomiskt bistånd −34,5 mnkr") and one paragraph each, a split
of the first area into two sub-areas ("−29,0 respektive −5,5 mnkr"), an action inside the Barn och familj
paragraph, "Verksamheten redovisar ett överskott som i huvudsak beror på", a plain heading whose paragraph
says "beräknas lämna ett överskott på 5,1 mnkr" (central buffer), investments "förbrukas med 6,1 mnkr, vilket
ger ett överskott på 3,4 mnkr", an action with "4 mnkr", a risk and a comparison with 2024 (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 80.0, 68.0, 76.0),
        header=lambda n, m: ("Malmö stad", "Arbetsmarknads- och socialnämnden"),
        footer=lambda n, m: ("Delårsrapport 2025, behandlad i nämnden 2025-09-24", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per verksamhetsområde, mnkr",
        header=(("Verksamhetsområde", "Budget 2025", "Utfall jan-aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Ekonomiskt bistånd", "1 012,0", "702,4", "1 046,5", "-34,5"),
            ("Barn och familj", "842,3", "548,9", "855,1", "-12,8"),
            ("Vuxna och boende", "611,8", "398,2", "603,6", "8,2"),
            ("Arbetsmarknad", "318,4", "190,7", "302,9", "15,5"),
            ("Nämnd och förvaltningsgemensamt", "145,6", "91,0", "140,5", "5,1"),
            ("Summa", "2 930,1", "1 931,2", "2 948,6", "-18,5"),
        ),
        widths=(168.0, 64.0, 66.0, 66.0, 60.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
        shade=(0.86, 0.9, 0.95),
    )
    blocks = [
        Title("Delårsrapport januari-augusti 2025", size=18, font="arial-bold", after=2),
        Title("Arbetsmarknads- och socialnämnden", size=12.5, font="arial", after=14),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Nämndens resultat för perioden januari-augusti är 41,2 mnkr bättre än den periodiserade budgeten. "
                "Överskottet förklaras främst av att statsbidraget för feriepraktik betalades ut tidigare än beräknat.",
                C(
                    None,
                    "41,2 mnkr",
                    "+",
                    "statsbidrag",
                    "periodisering",
                    note="The period's surplus and its timing reason in two sentences of one item.",
                ),
            ),
            (
                "För helåret prognostiseras ett underskott om 18,5 mnkr jämfört med budget.",
                C(None, "18,5 mnkr", "-", note="The full year in a sentence of its own: a second item."),
            ),
        ),
        P(
            "Prognosen har försämrats med 6,3 mnkr sedan uppföljningsrapporten i april, till följd av att fler hushåll "
            "än väntat har ansökt om ekonomiskt bistånd under sommaren.",
            F(None, "6,3 mnkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        table,
        HP(
            "Ekonomiskt bistånd −34,5 mnkr",
            "Kostnaderna för ekonomiskt bistånd fortsätter att öka och prognosen överskrider budget. Antalet hushåll "
            "med försörjningsstöd är i genomsnitt 310 fler per månad än budgeterat, och andelen hushåll med "
            "långvarigt bistånd ökar.",
            C(
                "Ekonomiskt bistånd",
                "−34,5 mnkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="The heading carries the area and the amount (U+2212 minus).",
            ),
        ),
        P(
            "Av avvikelsen avser försörjningsstöd och akuta boendekostnader −29,0 respektive −5,5 mnkr.",
            C(
                "Försörjningsstöd",
                "−29,0",
                "-",
                unit="mnkr",
                note="A split of the area into two sub-areas: one item each, no reason given here.",
                also=(C("Akuta boendekostnader", "−5,5 mnkr", "-"),),
            ),
        ),
        HP(
            "Barn och familj −12,8 mnkr",
            "Placeringarna av barn och unga på HVB och i konsulentstödda familjehem har varit fler än planerat, och "
            "dygnskostnaden för de externa placeringarna har stigit med i genomsnitt 6 procent.",
            C("Barn och familj", "−12,8 mnkr", "-", "kopt_verksamhet", "volymer", "prisokningar"),
        ),
        P(
            "Förvaltningen rekryterar fler egna familjehem och har öppnat ett kommunalt utredningshem i Fosie för att "
            "minska behovet av externa placeringar.",
            A("Barn och familj", None, "kopt_verksamhet"),
        ),
        HP(
            "Vuxna och boende +8,2 mnkr",
            "Verksamheten redovisar ett överskott som i huvudsak beror på vakanta tjänster inom myndighetsutövningen "
            "och på att färre personer än beräknat har behövt köpta platser i skyddat boende.",
            C("Vuxna och boende", "+8,2 mnkr", "+", "vakanser", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Arbetsmarknad +15,5 mnkr",
            "Överskottet förklaras av högre statsbidrag för etableringsinsatser och av att flera "
            "arbetsmarknadsanställningar har startat senare än planerat, eftersom anvisningarna från "
            "Arbetsförmedlingen uteblev under våren.",
            C("Arbetsmarknad", "+15,5 mnkr", "+", "statsbidrag", "periodisering"),
        ),
        H("Nämnd och förvaltningsgemensamt", 3),
        P(
            "Det förvaltningsgemensamma området beräknas lämna ett överskott på 5,1 mnkr, främst genom lägre "
            "kostnader för licenser än budgeterat och en central buffert som inte har behövt tas i anspråk.",
            C("Nämnd och förvaltningsgemensamt", "5,1 mnkr", "+", "it_digitalisering", "reserver"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 9,5 mnkr beräknas förbrukas med 6,1 mnkr, vilket ger ett överskott på "
            "3,4 mnkr. Upphandlingen av ett nytt verksamhetssystem för ekonomiskt bistånd har försenats till 2026.",
            C("Investeringar", "3,4 mnkr", "+", "it_digitalisering", "periodisering"),
        ),
        H("Åtgärder och osäkerheter", 2),
        P(
            "Förvaltningen har infört en förstärkt uppföljning av långvariga biståndsärenden och räknar med att den "
            "minskar kostnaderna med 4 mnkr under hösten.",
            A("Ekonomiskt bistånd", "4 mnkr", "ekonomiskt_bistand"),
        ),
        P(
            "Prognosen för ekonomiskt bistånd är osäker, eftersom arbetslösheten i Malmö kan öka ytterligare under "
            "hösten och effekten av de nya reglerna för bidragstak ännu inte kan bedömas.",
            O("Ekonomiskt bistånd", note="A risk: other."),
        ),
        P(
            "Utbetalningarna av ekonomiskt bistånd är 7 procent högre än under samma period 2024, vilket beror på "
            "fler hushåll och högre boendekostnader.",
            O("Ekonomiskt bistånd", "ekonomiskt_bistand", "volymer", note="A comparison with 2024: other."),
        ),
    ]
    return ReportSpec(
        file="malmo-asn-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Malmö", "Malmö stad"],
            "committee": ["Arbetsmarknads- och socialnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Arbetsmarknads- och socialnämnden", "author": "Malmö stad"},
        style=style,
        blocks=blocks,
    )
