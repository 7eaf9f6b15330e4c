"""Mjölby kommun, Socialnämnden, delårsrapport per 31 augusti 2025.

A social committee's interim report (individ- och familjeomsorg, LSS, äldreomsorg) in tkr and mnkr, footer
with the nämnd's meeting date and paragraph in September: the period "2,6 miljoner kronor lägre än
periodiserad budget" (a net cost under budget, positive) and the full year's "underskott mot budget på 9,8
miljoner kronor" in two sentences, the period's timing reason in a paragraph of its own (amount null); a
verksamhet table with hyphen-minus deficits; headings that carry the area and amount in mnkr with U+2212
("Individ- och familjeomsorg −6,8 mnkr", "Äldreomsorg +2,3 mnkr", "Hälso- och sjukvård ±0 mnkr" over
"följer budget"), a paragraph whose second sentence says that personal assistance "ryms inom budget"
(boilerplate), a level against budget before the reason (households per month); the change since April with
its cause; two actions in bullets (one with an effect) and sick leave against last year with "beror på"
(other). DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Mjölby kommun", "Socialnämnden – Delårsrapport 2025"),
        footer=lambda n, m: ("Socialnämnden 2025-09-24 § 118", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "14 200", "13 100", "1 100"),
            ("Individ- och familjeomsorg", "118 400", "125 200", "-6 800"),
            ("Försörjningsstöd", "31 000", "34 900", "-3 900"),
            ("Funktionsstöd LSS", "162 300", "164 800", "-2 500"),
            ("Äldreomsorg", "398 600", "396 300", "2 300"),
            ("Hälso- och sjukvård", "46 500", "46 500", "0"),
            ("Summa", "771 000", "780 800", "-9 800"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport per 31 augusti 2025", size=18, font="serif-bold", after=2),
        Title("Socialnämnden", size=12.5, font="serif", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Socialnämnden redovisar för perioden januari–augusti ett utfall som är 2,6 miljoner kronor lägre "
                "än periodiserad budget.",
                C(
                    None,
                    "2,6 miljoner kronor",
                    "+",
                    note="A net cost lower than the periodised budget: a positive period deviation.",
                ),
            ),
            (
                "Helårsprognosen är ett underskott mot budget på 9,8 miljoner kronor.",
                C(None, "9,8 miljoner kronor", "-"),
            ),
        ),
        P(
            "Periodens överskott förklaras av att retroaktiv ersättning från Försäkringskassan för personlig "
            "assistans har betalats ut under våren.",
            C(
                None,
                None,
                "+",
                "ersattning_fk",
                "periodisering",
                note="The period surplus's reason in a paragraph of its own: amount null.",
            ),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        HP(
            "Individ- och familjeomsorg −6,8 mnkr",
            "Underskottet beror nästan helt på externa placeringar. Under perioden har sju barn och ungdomar placerats "
            "på HVB efter beslut enligt LVU, och antalet vårddygn har blivit fler än budgeten rymmer.",
            C("Individ- och familjeomsorg", "−6,8 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Försörjningsstöd −3,9 mnkr",
            "Antalet hushåll med försörjningsstöd har ökat till i genomsnitt 412 per månad, att jämföra med 365 i "
            "budgeten. Ökningen beror på att fler personer har nått slutet av etableringsperioden och att färre har "
            "fått arbete.",
            C(
                "Försörjningsstöd",
                "−3,9 mnkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="Households against budget are a supporting figure inside the item.",
            ),
        ),
        lss_para(),
        HP(
            "Äldreomsorg +2,3 mnkr",
            "Äldreomsorgen visar ett överskott som främst kan härledas till lägre beläggning på Lindgårdens "
            "äldreboende under renoveringen och ett högre statsbidrag för äldreomsorgen än beräknat.",
            C("Äldreomsorg", "+2,3 mnkr", "+", "volymer", "statsbidrag"),
        ),
        HP(
            "Nämnd och förvaltningsledning +1,1 mnkr",
            "Förvaltningsledningen har haft en vakant tjänst som verksamhetsutvecklare sedan februari.",
            C("Nämnd och förvaltningsledning", "+1,1 mnkr", "+", "vakanser"),
        ),
        HP(
            "Hälso- och sjukvård ±0 mnkr",
            "Verksamheten följer budget.",
            BP("Hälso- och sjukvård"),
        ),
        H("Förändring sedan tertialrapporten", 2),
        P(
            "Jämfört med prognosen i april har underskottet ökat med 3,1 mnkr, vilket helt förklaras av nya "
            "placeringar inom barn och unga.",
            F(None, "3,1 mnkr", "-", "kopt_verksamhet"),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Placeringar följs upp varje vecka i en särskild placeringsgrupp, och hemtagning prövas i varje "
                "ärende.",
                "Arbetsmarknadsenheten tar emot 30 fler deltagare med försörjningsstöd, vilket beräknas minska "
                "kostnaden med 0,8 mnkr i år.",
            ),
            labels=(
                A("Individ- och familjeomsorg", None, "kopt_verksamhet"),
                A("Försörjningsstöd", "0,8 mnkr", "ekonomiskt_bistand"),
            ),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron uppgick till 8,4 procent för perioden, jämfört med 9,1 procent för samma period 2024. "
            "Minskningen beror på det förebyggande arbetet inom hemtjänsten.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
        P(
            "Osäkerheten i prognosen är stor inom individ- och familjeomsorgen, där en enda ny placering kan kosta "
            "mer än 2 mnkr på helårsbasis.",
            O("Individ- och familjeomsorg", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="mjolby-sn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Mjölby",
            "committee": ["Socialnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Socialnämnden", "author": "Mjölby kommun"},
        style=style,
        blocks=blocks,
    )


def lss_para() -> Para:
    """The LSS heading's paragraph: the cause, then a sentence that personal assistance stays within budget."""
    return Para(
        (
            (
                "Två nya gruppbostäder enligt LSS har öppnat och bemanningen har behövt förstärkas nattetid. Även "
                "kostnaderna för köpta platser i daglig verksamhet överstiger budget.",
                C("Funktionsstöd LSS", "−2,5 mnkr", "-", "bemanning", "kopt_verksamhet"),
            ),
            ("Kostnaderna för personlig assistans ryms inom budget.", BP("Personlig assistans")),
        ),
        head="Funktionsstöd LSS −2,5 mnkr",
        head_level=3,
    )
