"""Kristianstads kommun, Vård- och omsorgsnämnden, delårsrapport per augusti 2025.

A cover page, then paragraphs that mix the deviation with reserve talk, measures and outlook in
consecutive sentences (each its own item), amounts written as words ("sju miljoner kronor", "en miljon
kronor"), a kontogrupp table pasted as a picture (its figures are not in the text layer, so amounts
come from the prose only), headings with the area and amount in mnkr, a balanced kontogrupp, a forecast
change, an investment budget used in full (balanced), staff figures against the previous year with
"beror på" (other) and a goal. DejaVu Sans with a condensed body.

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import PS, H, P, PageBreak, Para, ReportSpec, Space, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        heading_sizes=(16.0, 12.0, 10.5),
        margins=(66.0, 72.0, 66.0, 72.0),
        header=lambda n, m: ("Kristianstads kommun", "Vård- och omsorgsnämnden") if n > 1 else ("", ""),
        footer=lambda n, m: ("", "", f"{n}") if n > 1 else ("", "", ""),
    )
    picture = Table(
        header=(("Mnkr", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Verksamhetens intäkter", "212,4", "216,4", "4,0"),
            ("Personalkostnader", "−968,7", "−977,7", "−9,0"),
            ("Köp av verksamhet", "−141,2", "−144,2", "−3,0"),
            ("Lokalkostnader", "−118,9", "−118,9", "0,0"),
            ("Övriga kostnader", "−96,5", "−95,5", "1,0"),
            ("Nettokostnad", "−1 112,9", "−1 119,9", "−7,0"),
        ),
        widths=(160.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        shade=(0.78, 0.86, 0.8),
        grid=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Space(220.0),
        Title("Delårsrapport augusti 2025", size=28, font="sans-bold"),
        Title("Vård- och omsorgsnämnden", size=16, font="sans", after=8),
        Title("Kristianstads kommun", size=12, font="sans"),
        PageBreak(),
        H("Ekonomisk analys", 1),
        PS(
            (
                "Vård- och omsorgsnämnden prognostiserar ett underskott på sju miljoner kronor för 2025. "
                "Underskottet beror i huvudsak på att kostnaderna för hemtjänsten har ökat i takt med fler "
                "beviljade timmar.",
                C(None, "sju miljoner kronor", "-", "volymer", value=7_000_000),
            ),
            (
                "Nämnden har en budgeterad buffert på fem miljoner kronor som redan är inräknad i prognosen.",
                O(None, "reserver", note="Reserve statement in the same paragraph: its own item."),
            ),
            (
                "Förvaltningen har tagit fram en handlingsplan som beräknas minska underskottet med två "
                "miljoner kronor till årets slut.",
                A(None, "två miljoner kronor", value=2_000_000),
            ),
            (
                "Prognosen är osäker eftersom behovet av hemtjänst har fortsatt att öka under sommaren.",
                O("Hemtjänst", "volymer", note="Outlook / uncertainty."),
            ),
        ),
        Para((("Tabell 1. Driftredovisning per kontogrupp", None),), font="italic", size=9.0),
        picture,
        H("Verksamhetens intäkter", 3),
        PS(
            (
                "Intäkterna beräknas bli fyra miljoner kronor högre än budget. Det förklaras främst av "
                "statsbidrag inom ramen för Äldreomsorgslyftet.",
                C("Verksamhetens intäkter", "fyra miljoner kronor", "+", "statsbidrag", value=4_000_000),
            ),
            (
                "Statsbidragen motsvaras av kostnader för utbildning av undersköterskor och påverkar därför inte "
                "resultatet.",
                O("Verksamhetens intäkter", "statsbidrag", note="Offsetting costs: context."),
            ),
        ),
        H("Personalkostnader", 3),
        PS(
            (
                "Personalkostnaderna prognostiseras avvika negativt med nio miljoner kronor. Avvikelsen "
                "förklaras av fler beviljade hemtjänsttimmar, vikarier vid sjukfrånvaro och de "
                "utbildningsinsatser som finansieras med statsbidrag.",
                C(
                    "Personalkostnader",
                    "nio miljoner kronor",
                    "-",
                    "volymer",
                    "vikarier",
                    "sjukfranvaro",
                    "statsbidrag",
                    value=9_000_000,
                ),
            ),
            (
                "Från och med september får övertid endast beordras efter beslut av enhetschef.",
                A("Personalkostnader", None, "overtid"),
            ),
        ),
        H("Köp av verksamhet", 3),
        P(
            "Köp av verksamhet överskrider budget med tre miljoner kronor, då två brukare med mycket omfattande "
            "behov har placerats på externa boenden i brist på egna platser.",
            C("Köp av verksamhet", "tre miljoner kronor", "-", "kopt_verksamhet", value=3_000_000),
        ),
        H("Lokalkostnader", 3),
        P("Lokalkostnaderna följer budget.", BP("Lokalkostnader")),
        H("Övriga kostnader", 3),
        P(
            "Övriga kostnader blir en miljon kronor lägre än budgeterat. Det beror på att den budgeterade "
            "bufferten inte har behövt användas fullt ut.",
            C("Övriga kostnader", "en miljon kronor", "+", "reserver", value=1_000_000),
        ),
        H("Verksamhetsområden", 1),
        HP(
            "Hemtjänst −4,6 mnkr",
            "Antalet beviljade timmar har ökat med 8 procent sedan januari. Ersättningen till utförarna följer "
            "timmarna, men den interna effektiviteten har inte förbättrats i samma takt.",
            C("Hemtjänst", "−4,6 mnkr", "-", "volymer"),
        ),
        HP(
            "Särskilt boende −2,9 mnkr",
            "Höga kostnader för vikarier vid sjukfrånvaro på tre boenden, framför allt under sommaren.",
            C("Särskilt boende", "−2,9 mnkr", "-", "vikarier", "sjukfranvaro"),
        ),
        HP(
            "Funktionsstöd −2,4 mnkr",
            "Två externa placeringar enligt LSS som inte var budgeterade.",
            C("Funktionsstöd", "−2,4 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Hälso- och sjukvård +1,1 mnkr",
            "Vakanta tjänster för sjuksköterskor och arbetsterapeuter.",
            C("Hälso- och sjukvård", "+1,1 mnkr", "+", "vakanser"),
        ),
        HP(
            "Gemensamt och ledning +1,8 mnkr",
            "Den centrala bufferten har endast delvis tagits i anspråk.",
            C("Gemensamt och ledning", "+1,8 mnkr", "+", "reserver"),
        ),
        P(
            "Nämnden fick i juni ett tilläggsanslag på 3 mnkr för höjda hyror i de särskilda boendena, vilket har "
            "lagts in i budgeten.",
            O(None, "lokaler", amount="3 mnkr", note="Financing statement (supplementary appropriation)."),
        ),
        H("Prognosförändring", 2),
        P(
            "Jämfört med prognosen i april har underskottet ökat med 2,5 mnkr, främst inom hemtjänsten.",
            F(None, "2,5 mnkr", "-", "volymer"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 6,5 mnkr beräknas förbrukas helt, främst för larm och inventarier till det "
            "nya boendet i Näsby.",
            BP("Investeringar", note="Investering: budget used in full, no deviation."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron uppgick till 9,2 procent under perioden, jämfört med 10,1 procent samma period "
            "föregående år.",
            O(None, "sjukfranvaro", note="Year-on-year."),
        ),
        P(
            "Kostnaderna för övertid och mertid har ökat med 1,3 mnkr jämfört med föregående år, vilket beror "
            "på svårigheter att rekrytera undersköterskor till helgtjänstgöring.",
            O(None, "overtid", "vakanser", note="Year-on-year with 'beror på', not against budget."),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Andelen brukare i hemtjänsten som möter högst 15 olika medarbetare under två veckor ska överstiga "
            "60 procent. Utfallet per augusti är 54 procent.",
            O("Hemtjänst", note="Goal follow-up (continuity)."),
        ),
    ]
    return ReportSpec(
        file="kristianstad-von-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Kristianstad",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport augusti 2025 Vård- och omsorgsnämnden",
            "author": "Kristianstads kommun",
        },
        style=style,
        blocks=blocks,
    )
