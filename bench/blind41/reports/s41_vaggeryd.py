"""Vaggeryds kommun, Socialnämnden, tertialrapport 1 2026 (januari–april).

A social committee's tertial report set in Times (Liberation Serif) 11 pt, footer with the nämnd's meeting
date and paragraph in May: the full year "ett underskott om 4,7 mkr" beside the frame "412,3 mkr" (not the
amount), then the period "0,6 mkr lägre än budgeterat" with its reason in the next sentence (one item); the
result table pasted as an image, so every amount lives in the prose or nowhere; plain headings per
verksamhetsområde in varied shapes: "beräknas överskrida budget med 3 850 tkr" with a "varav" part, reasons
first and "ungefär 1,3 mkr" last (the image says −1 270), "ett positivt utfall mot budget, 1 150 tkr", the
elderly care's total followed by two sub-areas as a "respektive" pair and the change since February (a
forecast change), a reason-only surplus beside the image (amount null) and "redovisar +420 tkr"; two actions
(one with its effect), a risk with a cost range and sick leave against last year (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-italic"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("VAGGERYDS KOMMUN", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Socialnämnden 2026-05-26, § 48", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhetsområde, tkr",
        header=(("Verksamhetsområde", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "14 800", "4 510", "14 380", "+420"),
            ("Individ- och familjeomsorg", "58 600", "21 030", "62 450", "−3 850"),
            ("Ekonomiskt bistånd", "11 900", "4 400", "13 170", "−1 270"),
            ("Funktionsstöd", "96 300", "30 700", "95 150", "+1 150"),
            ("Äldreomsorg", "198 400", "66 050", "200 000", "−1 600"),
            ("Hälso- och sjukvård", "32 300", "10 143", "31 850", "+450"),
            ("Summa", "412 300", "136 833", "417 000", "−4 700"),
        ),
        widths=(150.0, 64.0, 70.0, 66.0, 58.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Tertialrapport 1 – januari till april 2026", size=18, font="times-bold", after=2),
        Title("Socialnämnden", size=13, font="times", after=12),
        H("Ekonomisk uppföljning", 1),
        PS(
            (
                "Socialnämndens helårsprognos visar på ett underskott om 4,7 mkr jämfört med tilldelad budgetram på "
                "412,3 mkr.",
                C(None, "4,7 mkr", "-", note="The frame is a level, not the amount."),
            ),
            (
                "För perioden januari–april är nettokostnaderna 0,6 mkr lägre än budgeterat. Det beror framför allt "
                "på att statsbidrag som avser 2025 har betalats ut under perioden.",
                C(
                    None,
                    "0,6 mkr",
                    "+",
                    "statsbidrag",
                    "periodisering",
                    note="The period's deviation and its reason in contiguous sentences: one item.",
                ),
            ),
        ),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        H("Individ- och familjeomsorg", 3),
        P(
            "Verksamheten beräknas överskrida budget med 3 850 tkr. Kostnaderna för placeringar av barn och unga i "
            "familjehem och på HVB har ökat kraftigt sedan årsskiftet, bland annat sedan tre syskon placerats i "
            "konsulentstödda familjehem. Av underskottet avser 900 tkr vuxna med missbruk, där två LVM-placeringar "
            "har pågått längre än planerat.",
            C(
                "Individ- och familjeomsorg",
                "3 850 tkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="A 'varav' part (900 tkr) inside the paragraph: one item with the total.",
            ),
        ),
        H("Ekonomiskt bistånd", 3),
        P(
            "Utbetalningarna av försörjningsstöd ligger högre än budgeterat. Antalet hushåll har ökat från 142 i "
            "januari till 161 i april, och prognosen pekar mot ett underskott på ungefär 1,3 mkr.",
            C(
                "Ekonomiskt bistånd",
                "ungefär 1,3 mkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="Reasons first, the amount last; household counts are volumes.",
            ),
        ),
        H("Funktionsstöd", 3),
        P(
            "LSS-verksamheten visar ett positivt utfall mot budget, 1 150 tkr, eftersom den planerade gruppbostaden "
            "i Skillingaryd öppnar först efter sommaren och färre personer än väntat har beviljats daglig "
            "verksamhet.",
            C("Funktionsstöd", "1 150 tkr", "+", "periodisering", "volymer"),
        ),
        H("Äldreomsorg", 3),
        PS(
            (
                "Inom äldreomsorgen är bedömningen att kostnaderna blir 1,6 mkr högre än budget. "
                "Sjuklönekostnaderna har varit höga under vintern, och nattbemanningen på Tallbackens äldreboende "
                "har behövt förstärkas.",
                C("Äldreomsorg", "1,6 mkr", "-", "sjukfranvaro", "bemanning"),
            ),
            (
                "Hemtjänsten och särskilt boende står för 1,1 respektive 0,5 mkr av underskottet.",
                C(
                    "Hemtjänst",
                    "1,1",
                    "-",
                    unit="mnkr",
                    note="Two sub-areas as a 'respektive' pair after the total: their own items; the sentence "
                    "gives no cause.",
                    also=(C("Särskilt boende", "0,5 mkr", "-"),),
                ),
            ),
            (
                "Jämfört med prognosen i februari är det en försämring med 0,5 mkr.",
                F("Äldreomsorg", "0,5 mkr", "-"),
            ),
        ),
        H("Hälso- och sjukvård", 3),
        P(
            "Hälso- och sjukvården lämnar ett överskott. Det förklaras av att en sjukskötersketjänst har varit "
            "vakant sedan februari och att kostnaderna för hjälpmedel hittills har varit lägre än beräknat.",
            C(
                "Hälso- och sjukvård",
                None,
                "+",
                "vakanser",
                "material_hjalpmedel",
                note="Reasons only, and the table is an image with no text layer: amount null.",
            ),
        ),
        H("Nämnd och förvaltningsledning", 3),
        P(
            "Ledningen redovisar +420 tkr, bland annat för att utbildningsinsatserna inför den nya "
            "socialtjänstlagen genomförs först i höst.",
            C("Nämnd och förvaltningsledning", "+420 tkr", "+", "periodisering"),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "En handlingsplan för att minska placeringskostnaderna har tagits fram. Den innebär att fler "
                "insatser ges på hemmaplan genom familjebehandlarteamet.",
                A("Individ- och familjeomsorg", None, "kopt_verksamhet"),
            ),
            (
                "Nämnden har även infört anställningsprövning för alla tjänster utom omvårdnadspersonal, vilket "
                "beräknas minska kostnaderna med 0,8 mkr under året.",
                A(None, "0,8 mkr", "vakanser"),
            ),
        ),
        H("Risker och personal", 2),
        P(
            "Osäkerheten i prognosen är stor, eftersom en enda ny placering på HVB kan kosta 1,5–2 mkr per år.",
            O("Individ- och familjeomsorg", "kopt_verksamhet", note="A risk with a cost range: other."),
        ),
        P(
            "Sjukfrånvaron var 8,9 procent under perioden, vilket är 1,2 procentenheter högre än samma period "
            "förra året och främst beror på långtidssjukskrivningar inom äldreomsorgen.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="vaggeryd-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Vaggeryd",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Vaggeryds kommun"},
        style=style,
        blocks=blocks,
    )
