"""Uppsala kommun, Omsorgsnämnden, tjänsteskrivelse om habiliteringsersättning inom daglig verksamhet 2026.

Not a budget follow-up: a proposal to raise the daily habilitation allowance, full of amounts, "beror på",
"mer än" and "ryms inom", with a mention of another body's deficit. Seven `other` items and no cause: the
proposed levels, the years without a raise (with "beror på"), the state grant against 2025 (with "beror
på"), the cost of the raise, its financing ("ryms inom ... budget", no deviation reported), the number of
participants against last year (with "beror på"), and the Styrelsen för vård och bildning's deficit for its
daily activities (a statement about someone else). The decision proposal, the legal background and the
table of levels are unlabelled. DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="sans-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(74.0, 84.0, 74.0, 76.0),
        header=lambda n, m: (
            "Uppsala kommun – Omsorgsförvaltningen",
            "Handläggare: Utredare, avdelningen för stöd",
        ),
        footer=lambda n, m: ("Datum 2026-03-02", "Diarienummer OSN-2026-0087", f"Sida {n} av {m}"),
        header_size=7.5,
    )
    table = Table(
        caption="Habiliteringsersättning per dag, kronor",
        header=(("", "Nuvarande nivå", "Föreslagen nivå från 1 juli 2026"),),
        rows=(
            ("Heldag (mer än 4 timmar)", "80", "95"),
            ("Halvdag (högst 4 timmar)", "50", "60"),
        ),
        widths=(180.0, 100.0, 170.0),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tjänsteskrivelse", size=15, font="sans-bold", after=4),
        Title("Habiliteringsersättning inom daglig verksamhet 2026", size=13, font="sans-bold", after=12),
        H("Förslag till beslut", 2),
        P(
            "Omsorgsnämnden föreslås besluta att höja habiliteringsersättningen enligt förvaltningens förslag från "
            "den 1 juli 2026, samt att uppdra åt förvaltningen att informera utförarna om de nya nivåerna."
        ),
        H("Sammanfattning", 2),
        P(
            "Habiliteringsersättningen i Uppsala kommun är i dag 80 kronor för en heldag och 50 kronor för en "
            "halvdag. Förvaltningen föreslår att ersättningen höjs till 95 respektive 60 kronor från den 1 juli "
            "2026.",
            O(None, note="The proposed levels: a decision, not a deviation."),
        ),
        table,
        H("Ärendet", 2),
        P(
            "Habiliteringsersättning är en ersättning som betalas ut till personer som deltar i daglig verksamhet "
            "enligt lagen om stöd och service till vissa funktionshindrade. Ersättningen är inte lagstadgad, men "
            "samtliga kommuner i länet betalar ut den."
        ),
        P(
            "Ersättningen har inte höjts sedan 2019, vilket beror på att nämnden tidigare har prioriterat andra delar "
            "av verksamheten.",
            O(None, note="Background with 'beror på': other."),
        ),
        P(
            "Kommunen har för 2026 rekvirerat 6,4 mnkr i statsbidrag för habiliteringsersättning från Socialstyrelsen, "
            "vilket är 0,8 mnkr mer än 2025. Ökningen beror på att bidragsramen fördelas efter antalet deltagare.",
            O(None, "statsbidrag", note="A grant against the previous year: other."),
        ),
        P(
            "Antalet deltagare i daglig verksamhet är 1 120, vilket är 45 fler än för ett år sedan. Ökningen beror "
            "främst på att fler unga vuxna har fått beslut efter gymnasiesärskolan.",
            O(None, "volymer", note="A volume against the previous year: other."),
        ),
        P(
            "Styrelsen för vård och bildning, som driver merparten av den kommunala dagliga verksamheten, redovisade "
            "för 2025 ett underskott på 4,2 mnkr för verksamheten, vilket beror på lägre beläggning.",
            O(
                "Styrelsen för vård och bildning",
                "volymer",
                note="A deficit of another body, mentioned as context: a statement about someone else.",
            ),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Höjningen kostar 3,9 mnkr på helår och 1,95 mnkr för andra halvåret 2026.",
            O(None, note="The cost of the decision: a supporting figure."),
        ),
        P(
            "Kostnaden ryms inom statsbidraget och nämndens budget för daglig verksamhet, och påverkar därför inte "
            "nämndens prognos.",
            O(None, note="A financing statement, no deviation reported."),
        ),
        H("Beslutsunderlag", 2),
        P("Tjänsteskrivelse den 2 mars 2026. Jämförelse av ersättningsnivåer i länets kommuner."),
    ]
    return ReportSpec(
        file="uppsala-omn-habiliteringsersattning-2026.pdf",
        report={
            "municipality": "Uppsala",
            "committee": ["Omsorgsnämnden"],
            "period": ["2026", "2026-03"],
            "report_type": "ersättningsbeslut",
        },
        metadata={"title": "Habiliteringsersättning inom daglig verksamhet 2026", "author": "Uppsala kommun"},
        style=style,
        blocks=blocks,
    )
