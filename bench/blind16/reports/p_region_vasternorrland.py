"""Region Västernorrland, Hälso- och sjukvårdsnämnden, månadsrapport februari 2026.

A region's health-care month report after only two months, in DejaVu Serif 9.5 pt with DejaVu Sans Condensed
headings, footer with the nämnd's meeting date in March and a diary number: the period's result and budget as
levels and "Periodens avvikelse är alltså −25,4 miljoner kronor" (one item); "för tidigt att göra en
fullständig helårsprognos" (other) followed by a balanced forecast except the known items that "beräknas
överskrida budget med 60 miljoner kronor för helåret" (a cause with its reasons); a verksamhetsområde table in
mnkr with negatives in brackets ("(17,7)") and the full-year deviation in its own column; per area, the period
and, in a sentence of its own, the full year as two causes ("För helåret beräknas avvikelsen till −42 miljoner
kronor"), a share that is not the amount ("står för drygt hälften"), the period and the full year in one
sentence ("−5,4 miljoner kronor mot periodens budget och −18 miljoner kronor på helår": the full year's is the
amount), a surplus whose outlook sentence is its own `other` item, and two areas with "−1,8 respektive −3,2
miljoner kronor" whose causes are paired with a second "respektive"; an action with a percentage goal and visits
against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Region Västernorrland", "Månadsrapport februari 2026"),
        footer=lambda n, m: ("Hälso- och sjukvårdsnämnden 2026-03-26", "RS/2026/0311", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhetsområde, mnkr (negativa tal inom parentes)",
        header=(("Verksamhetsområde", "Utfall jan–feb", "Budget jan–feb", "Avvikelse", "Avvikelse helår"),),
        rows=(
            ("Somatisk specialistvård", "(19,8)", "(2,1)", "(17,7)", "(42,0)"),
            ("Psykiatri", "(6,3)", "(0,9)", "(5,4)", "(18,0)"),
            ("Primärvård", "1,2", "(1,5)", "2,7", "0,0"),
            ("Medicinsk service", "(2,4)", "(0,6)", "(1,8)", "0,0"),
            ("Nämndgemensamt", "(4,1)", "(0,9)", "(3,2)", "0,0"),
            ("Summa", "(31,4)", "(6,0)", "(25,4)", "(60,0)"),
        ),
        widths=(150.0, 72.0, 76.0, 62.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport februari 2026", size=19, font="cond-bold", after=2),
        Title("Hälso- och sjukvårdsnämnden", size=12, font="serif", after=12),
        H("Sammanfattning", 2),
        P(
            "Hälso- och sjukvårdsnämndens ackumulerade resultat efter februari är −31,4 miljoner kronor mot en "
            "periodiserad budget på −6,0 miljoner kronor. Periodens avvikelse är alltså −25,4 miljoner kronor.",
            C(
                None,
                "−25,4 miljoner kronor",
                "-",
                note="Result and budget are levels; the deviation is in the next sentence of the same item.",
            ),
        ),
        PS(
            (
                "Efter två månader är det för tidigt att göra en fullständig helårsprognos.",
                O(None, note="Uncertainty: other."),
            ),
            (
                "Nämnden prognostiserar därför en budget i balans, med undantag för de kända kostnaderna för "
                "hyrläkare och vård i andra regioner, som sammantaget beräknas överskrida budget med 60 miljoner "
                "kronor för helåret.",
                C(
                    None,
                    "60 miljoner kronor",
                    "-",
                    "inhyrd_personal",
                    "kopt_verksamhet",
                    note="'Budget i balans' except the known items: a full-year deficit of 60 with its causes.",
                ),
            ),
        ),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        PS(
            (
                "Somatisk specialistvård har ett underskott för perioden på 17,7 miljoner kronor. Inhyrda läkare "
                "inom ortopedi och radiologi, där flera tjänster är vakanta, står för drygt hälften. Resten "
                "förklaras av högre kostnader för vård i andra regioner, främst thoraxkirurgi och neonatalvård.",
                C(
                    "Somatisk specialistvård",
                    "17,7 miljoner kronor",
                    "-",
                    "inhyrd_personal",
                    "vakanser",
                    "kopt_verksamhet",
                    note="The period; 'drygt hälften' is a share, not an amount.",
                ),
            ),
            (
                "För helåret beräknas avvikelsen till −42 miljoner kronor.",
                C(
                    "Somatisk specialistvård",
                    "−42 miljoner kronor",
                    "-",
                    note="The full year in a sentence of its own: a second cause.",
                ),
            ),
        ),
        P(
            "Psykiatrin redovisar −5,4 miljoner kronor mot periodens budget och −18 miljoner kronor på helår. Det "
            "beror på hyrläkare i vuxenpsykiatrin och på att två patienter vårdas i rättspsykiatrisk vård utanför "
            "länet.",
            C(
                "Psykiatri",
                "−18 miljoner kronor",
                "-",
                "inhyrd_personal",
                "kopt_verksamhet",
                note="The period and the full year in one sentence: the full year's is the amount.",
            ),
        ),
        PS(
            (
                "Primärvården visar ett positivt utfall på 2,7 miljoner kronor. Vakanser bland distriktssköterskor och "
                "fler listade invånare än budgeterat förklarar överskottet.",
                C("Primärvård", "2,7 miljoner kronor", "+", "vakanser", "volymer"),
            ),
            (
                "Överskottet väntas inte bestå över helåret.",
                O("Primärvård", note="An outlook sentence after the cause: its own item."),
            ),
        ),
        P(
            "Medicinsk service och det nämndgemensamma området avviker med −1,8 respektive −3,2 miljoner kronor under "
            "perioden, främst eftersom årets kostnader för laboratoriematerial respektive IT-licenser har fakturerats "
            "i januari.",
            C(
                "Medicinsk service",
                "−1,8",
                "-",
                "periodisering",
                "material_hjalpmedel",
                unit="mnkr",
                note="Two 'respektive' pairs: each area with its own amount and its own cause.",
                also=(
                    C(
                        "Nämndgemensamt",
                        "−3,2 miljoner kronor",
                        "-",
                        "periodisering",
                        "it_digitalisering",
                    ),
                ),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har gett hälso- och sjukvårdsförvaltningen i uppdrag att ta fram en plan för att minska "
            "beroendet av hyrläkare med 30 procent under 2026.",
            A(None, None, "inhyrd_personal"),
        ),
        H("Produktion", 2),
        P(
            "Antalet besök i primärvården var 3 procent färre än under januari–februari 2025, vilket delvis förklaras "
            "av att influensasäsongen kom tidigare i höstas.",
            O("Primärvård", "volymer", note="Visits against last year."),
        ),
    ]
    return ReportSpec(
        file="region-vasternorrland-hsn-manadsrapport-2026-02.pdf",
        report={
            "municipality": "Region Västernorrland",
            "committee": ["Hälso- och sjukvårdsnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport februari 2026 Hälso- och sjukvårdsnämnden",
            "author": "Region Västernorrland",
        },
        style=style,
        blocks=blocks,
    )
