"""Mälardalsrådet (ideell förening of kommuner and regioner), Styrelsen, delårsrapport januari–augusti 2025.

A joint body's small interim report in tkr, footer with the styrelse's adoption date in October: the
period result "930 tkr bättre än periodiserad budget" with its reason in the next sentence (one item), the
full year "ett överskott mot budget på 620 tkr" in a paragraph of its own; a table with negative figures in
brackets ("(250)"); bullets under a generic heading, one opening with the area and a colon ("Konsulttjänster:
prognosen är 700 tkr lägre än budget", consultants delayed), project grants "250 tkr lägre än budgeterat"
(revenue under budget, negative), personnel costs that "understiger budget", one sentence saying two posts
"följer budget" (two boilerplate items, same text) and "i stort sett i nivå med budget" (boilerplate, though
the row says 20); an action with its effect, equity and the use of the surplus, and a proposed fee increase
with "beror på" (others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Mälardalsrådet", "Delårsrapport 2025"),
        footer=lambda n, m: ("Fastställd av styrelsen 2025-10-03", "", str(n)),
        header_size=8.0,
    )
    table = Table(
        caption="Resultaträkning, tkr",
        header=(("", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsavgifter", "9 800", "6 530", "9 800", "0"),
            ("Projektbidrag", "2 400", "1 100", "2 150", "(250)"),
            ("Personalkostnader", "(6 900)", "(4 420)", "(6 750)", "150"),
            ("Lokaler", "(720)", "(480)", "(720)", "0"),
            ("Konsulttjänster", "(2 600)", "(500)", "(1 900)", "700"),
            ("Konferenser och resor", "(1 300)", "(690)", "(1 280)", "20"),
            ("Övriga kostnader", "(680)", "(300)", "(680)", "0"),
            ("Resultat", "0", "1 240", "620", "620"),
        ),
        widths=(140.0, 72.0, 78.0, 72.0, 62.0),
        bold_rows=frozenset({7}),
        rules=True,
        grid=True,
        size=8.5,
        shade=(0.88, 0.91, 0.95),
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Mälardalsrådet", size=12, font="sans", after=12),
        H("Om Mälardalsrådet", 2),
        P(
            "Mälardalsrådet är en ideell förening där kommuner och regioner i Stockholm-Mälarregionen samverkar kring "
            "infrastruktur, kompetensförsörjning och regional utveckling. Verksamheten finansieras med "
            "medlemsavgifter och projektmedel."
        ),
        H("Ekonomiskt utfall", 2),
        P(
            "Föreningens resultat för perioden uppgår till 1 240 tkr, vilket är 930 tkr bättre än periodiserad "
            "budget. Den främsta orsaken är att kapacitetsstudien för tågtrafiken i stråket Stockholm–Västerås–Örebro "
            "startade senare än planerat.",
            C(
                None,
                "930 tkr",
                "+",
                "periodisering",
                note="The period deviation and its reason in the next sentence: one item.",
            ),
        ),
        P(
            "Helårsprognosen pekar på ett överskott mot budget på 620 tkr.",
            C(None, "620 tkr", "+"),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        Bullets(
            (
                "Konsulttjänster: prognosen är 700 tkr lägre än budget eftersom kapacitetsstudien startade först i "
                "juni och delar av arbetet flyttas till 2026.",
                "Projektbidragen blir 250 tkr lägre än budgeterat, då Tillväxtverkets medfinansiering av samma studie "
                "betalas ut i takt med projektets tidplan.",
                "Personalkostnaderna understiger budget med 150 tkr till följd av en föräldraledighet som inte har "
                "ersatts fullt ut.",
                "Medlemsavgifterna och lokalkostnaderna följer budget.",
                "Konferenser och resor: i stort sett i nivå med budget.",
            ),
            labels=(
                C("Konsulttjänster", "700 tkr", "+", "inhyrd_personal", "periodisering"),
                C(
                    "Projektbidrag",
                    "250 tkr",
                    "-",
                    "statsbidrag",
                    "periodisering",
                    note="A state agency's co-financing paid later: revenue under budget.",
                ),
                C("Personalkostnader", "150 tkr", "+", "vakanser"),
                BP(
                    "Medlemsavgifter",
                    note="Two posts 'följer budget' in one sentence.",
                    also=(BP("Lokaler"),),
                ),
                BP("Konferenser och resor", note="Although the row says 20."),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Styrelsen har beslutat att inte återbesätta en tjänst som kommunikatör under hösten, vilket minskar "
            "personalkostnaderna med 180 tkr.",
            A("Personalkostnader", "180 tkr", "vakanser"),
        ),
        H("Eget kapital och medlemsavgifter", 2),
        PS(
            (
                "Det egna kapitalet uppgick vid årsskiftet till 3 150 tkr. Styrelsen har beslutat att överskottet "
                "2025 ska reserveras för medfinansiering av kommande projekt.",
                O(None, "reserver", note="Equity and the use of the surplus."),
            ),
        ),
        P(
            "Inför 2026 föreslås medlemsavgiften höjas med 2 procent, vilket beror på ökade lönekostnader.",
            O("Medlemsavgifter", "lonekostnader", note="A proposed fee increase: a decision formula, other."),
        ),
    ]
    return ReportSpec(
        file="malardalsradet-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Mälardalsrådet", "Mälardalsrådet ideell förening"],
            "committee": ["Styrelsen", "Mälardalsrådets styrelse"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari-augusti 2025 Mälardalsrådet", "author": "Mälardalsrådet"},
        style=style,
        blocks=blocks,
    )
