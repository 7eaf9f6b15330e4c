"""Ockelbo kommun, Kommunstyrelsen, tjänsteskrivelse om fördelning av föreningsbidrag 2026 (no budget follow-up).

A decision document, not a budget follow-up, in DejaVu Serif 10 pt with a letter header dated in January: the
decision proposal, the background and the table of grants per type are unlabelled; the applications that are
"366 000 kronor mer än det utrymme som finns i budgeten", their growth against 2025 with "beror främst på", an
association's application "40 000 kronor mer än förra året, eftersom", a premises grant "28 000 kronor lägre än
2025, vilket beror på", a tariff rise announced by another body (about someone else), the grants that "ryms
inom budgeten" (a financing statement) and an investment grant handled separately "eftersom det inte ryms
inom ramen": seven `other` items and no cause.

The place is real; every figure, event and unit name (the associations included) is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("OCKELBO KOMMUN  Tjänsteskrivelse", "2026-01-14  Dnr KS 2026/0021"),
        footer=lambda n, m: ("Kultur- och fritidsavdelningen", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Föreslagen fördelning per bidragsform 2026, kronor",
        header=(("Bidragsform", "Ansökt", "Förslag", "Förslag 2025"),),
        rows=(
            ("Aktivitetsstöd", "486 000", "452 000", "441 000"),
            ("Lokal- och anläggningsbidrag", "528 000", "412 000", "440 000"),
            ("Driftbidrag spår och leder", "611 000", "540 000", "498 000"),
            ("Kulturbidrag", "402 000", "322 000", "310 000"),
            ("Arrangemangsbidrag", "185 000", "120 000", "115 000"),
            ("Summa", "2 212 000", "1 846 000", "1 804 000"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Fördelning av föreningsbidrag 2026", size=16, font="serif-bold", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen föreslås besluta att fördela föreningsbidrag för 2026 enligt bilaga 1, totalt 1 846 000 "
            "kronor."
        ),
        H("Ärendet", 2),
        P(
            "Föreningar i Ockelbo kommun kan söka bidrag för aktiviteter, lokaler och anläggningar, drift av spår och "
            "leder, kulturverksamhet och arrangemang enligt de riktlinjer som kommunfullmäktige antog 2023. "
            "Ansökningstiden gick ut den 30 november 2025, och 41 föreningar har sökt bidrag."
        ),
        P(
            "Den totala ansökta summan uppgår till 2 212 000 kronor, vilket är 366 000 kronor mer än det utrymme som "
            "finns i budgeten.",
            O(None, note="Applications against the room in the budget: no budget deviation."),
        ),
        P(
            "Ökningen av ansökningarna jämfört med 2025 beror främst på att tre nya föreningar har bildats och att "
            "energikostnaderna för föreningsägda anläggningar har stigit.",
            O(None, note="Growth against the previous year with 'beror främst på': other."),
        ),
        table,
        H("Bedömning", 2),
        P(
            "Jädraåns Skidklubb söker 185 000 kronor för drift av elljusspåret, 40 000 kronor mer än förra året, "
            "eftersom spåret har förlängts med två kilometer. Förvaltningen föreslår 160 000 kronor.",
            O(None, note="An association's application: about someone else, against the previous year."),
        ),
        P(
            "Lokal- och anläggningsbidraget föreslås bli 412 000 kronor, 28 000 kronor lägre än 2025, vilket beror på "
            "att en förening har sålt sin lokal.",
            O(None, note="A grant against the previous year: other."),
        ),
        P(
            "Gästrike Återvinnare har aviserat att avgiften för avfallshämtning vid föreningslokaler höjs med 12 "
            "procent 2026, vilket beror på nya krav på insamling av matavfall.",
            O(None, note="A tariff rise by another body: a statement about someone else."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Förslaget ryms inom budgeten för föreningsbidrag på 1 846 000 kronor i kultur- och fritidsavdelningens "
            "ram.",
            O(None, note="A financing statement; no deviation is reported."),
        ),
        P(
            "En ansökan om investeringsbidrag på 250 000 kronor till en ny konstgräsplan i Lingbo hanteras i ett "
            "separat ärende, eftersom den inte ryms inom ramen för föreningsbidrag.",
            O(None, note="An application handled elsewhere: other."),
        ),
        H("Beslutsunderlag", 2),
        P("Tjänsteskrivelse 2026-01-14. Bilaga 1, Förslag till fördelning per förening."),
    ]
    return ReportSpec(
        file="ockelbo-ks-foreningsbidrag-2026.pdf",
        report={
            "municipality": "Ockelbo",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026"],
            "report_type": "bidragsbeslut",
        },
        metadata={"title": "Fördelning av föreningsbidrag 2026", "author": "Ockelbo kommun"},
        style=style,
        blocks=blocks,
    )
