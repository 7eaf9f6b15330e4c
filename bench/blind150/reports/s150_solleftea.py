"""Sollefteå kommun, Barn- och utbildningsnämnden, redovisning av riktade statsbidrag 2025 (no budget follow-up).

A tjänsteskrivelse dated in March 2026 that reports how the year's targeted state grants were used: it is
no budget follow-up at all, but full of amounts, "beror på", "mer än", "inte förbrukats" and "återbetalas".
The grants against 2024 with "beror främst på", an unspent grant because two teacher posts stayed vacant, a
grant used in full, a repayment the Skolverket demanded for a late report, the financing of the grants'
costs, a trainee post paid by another authority and the outlook for 2026 with "beror på" are all `other`;
the decision proposal, the background and the table per grant are unlabelled. The document has no cause.
Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(72.0, 82.0, 72.0, 76.0),
        header=lambda n, m: (
            "Sollefteå kommun, Barn- och utbildningsförvaltningen",
            "Tjänsteskrivelse 2026-03-09",
        ),
        footer=lambda n, m: ("Dnr BUN 2026/41", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Riktade statsbidrag 2025, tkr",
        header=(("Statsbidrag", "Beviljat", "Använt", "Återbetalas"),),
        rows=(
            ("Likvärdig skola", "6 240", "5 830", "410"),
            ("Lärarassistenter", "2 160", "2 160", "0"),
            ("Läxhjälp", "540", "540", "0"),
            ("Lågstadiesatsningen", "3 980", "3 980", "0"),
            ("Stärkt läsning i förskoleklass", "1 120", "1 020", "100"),
            ("Sommarskola", "880", "880", "0"),
            ("Maxtaxa i förskolan", "3 660", "3 660", "0"),
            ("Summa", "18 580", "18 070", "510"),
        ),
        widths=(190.0, 70.0, 70.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Redovisning av riktade statsbidrag 2025", size=17, font="narrow-bold", after=4),
        Title("Barn- och utbildningsnämnden", size=12, font="narrow", after=14),
        H("Förslag till beslut", 2),
        P(
            "Barn- och utbildningsnämnden godkänner redovisningen av riktade statsbidrag för 2025 och lägger den till handlingarna."
        ),
        H("Bakgrund", 2),
        P(
            "Nämnden tar varje år emot riktade statsbidrag från Skolverket. Bidragen ska redovisas till Skolverket "
            "enligt villkoren för respektive bidrag, och nämnden ska enligt kommunens riktlinjer få en samlad "
            "redovisning av hur bidragen har använts."
        ),
        H("Ärendet", 2),
        P(
            "Under 2025 beviljades förvaltningen riktade statsbidrag om totalt 18,6 mnkr, vilket är 2,3 mnkr mer än "
            "under 2024. Ökningen beror främst på det nya bidraget för stärkt läsning i förskoleklass.",
            O(None, "statsbidrag", note="Grants against the previous year, not against a budget: other."),
        ),
        table,
        P(
            "Av bidraget för en likvärdig skola har 410 tkr inte förbrukats, vilket beror på att två lärartjänster i "
            "Långsele inte kunde tillsättas under hösten. Beloppet återbetalas till Skolverket.",
            O("Likvärdig skola", "vakanser", note="An unspent grant is repaid: no budget deviation stated."),
        ),
        P(
            "Statsbidraget för lärarassistenter, 2 160 tkr, har använts fullt ut i enlighet med villkoren.",
            O("Lärarassistenter"),
        ),
        P(
            "Skolverket har i beslut den 12 november 2025 krävt tillbaka 186 000 kronor av bidraget för sommarskola "
            "2024, eftersom redovisningen kom in efter den angivna tidpunkten.",
            O("Sommarskola", note="A repayment and its reason, no deviation against budget."),
        ),
        P(
            "De kostnader som bidragen finansierar ingår i nämndens budget, och intäkterna bokförs i takt med att "
            "kostnaderna uppstår.",
            O(None, "periodisering", note="How the grants are financed and booked: other."),
        ),
        P(
            "En lärarpraktikant vid Nipanskolan har under året betalats av Arbetsförmedlingen med 312 tkr, mer än det "
            "belopp som angavs i ansökan.",
            O(None, note="A cost paid by someone else, 'mer än' the application: other."),
        ),
        H("Inför 2026", 2),
        P(
            "Förvaltningen bedömer att de riktade statsbidragen minskar med cirka 3 mnkr under 2026, vilket beror på "
            "att bidraget för läxhjälp och lågstadiesatsningen avvecklas.",
            O(None, "statsbidrag", note="An outlook for next year's grants: other."),
        ),
        P("Redovisningen har stämts av mot kommunens ekonomisystem utan anmärkning."),
    ]
    return ReportSpec(
        file="solleftea-bun-redovisning-statsbidrag-2025.pdf",
        report={
            "municipality": "Sollefteå",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025", "2026-03"],
            "report_type": "statsbidragsredovisning",
        },
        metadata={"title": "Redovisning av riktade statsbidrag 2025", "author": "Sollefteå kommun"},
        style=style,
        blocks=blocks,
    )
