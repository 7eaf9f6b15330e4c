"""Storumans kommun, Socialnämnden, budgetuppföljning januari–juni 2025.

A small kommun's social committee (elderly care, LSS and individ- och familjeomsorg) half-year follow-up in
mnkr, footer with the nämnd's meeting date in August: the period as a share of the annual budget against the
benchmark (amount null) and the full year's "underskott på 5,2 mnkr" in two sentences (two items), the change
since the tertial report with its cause, a table with en-dash minus signs, then two columns of headings
that carry the verksamhet and the amount after a comma with U+2212 ("Särskilt boende, −2,3 mnkr"), with a
per-day cost that is not the amount inside a cause paragraph and an undistributed buffer as the reason for a
surplus; three actions as bullets (one with an effect) and a state grant that is in the forecast (other).
DejaVu Serif Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        gutter=20.0,
        header=lambda n, m: ("Storumans kommun", "Socialnämnden – budgetuppföljning juni 2025"),
        footer=lambda n, m: ("Socialnämnden 2025-08-26", "", f"Sida {n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos 2025 per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–jun", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Ledning och administration", "9,6", "4,3", "9,1", "0,5"),
            ("Särskilt boende", "68,4", "35,6", "70,7", "–2,3"),
            ("Hemtjänst", "41,2", "21,4", "42,1", "–0,9"),
            ("Individ- och familjeomsorg", "24,8", "13,9", "27,4", "–2,6"),
            ("LSS", "31,5", "15,3", "31,0", "0,5"),
            ("Hälso- och sjukvård", "18,3", "9,8", "18,7", "–0,4"),
            ("Summa", "193,8", "100,3", "199,0", "–5,2"),
        ),
        widths=(160.0, 70.0, 76.0, 72.0, 64.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Budgetuppföljning januari–juni 2025", size=18, font="serif-cond-bold", after=2),
        Title("Socialnämnden", size=12, font="serif-cond", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Socialnämnden har efter juni förbrukat 51,8 procent av årsbudgeten, att jämföra med riktvärdet "
                "50,0 procent.",
                C(
                    None,
                    None,
                    "-",
                    note="The period's deviation as a share of the annual budget only: amount null.",
                ),
            ),
            (
                "Helårsprognosen visar ett underskott på 5,2 mnkr.",
                C(None, "5,2 mnkr", "-"),
            ),
        ),
        P(
            "Prognosen har försämrats med 2,0 mnkr sedan tertialrapporten, framför allt på grund av fler placeringar "
            "inom barn och unga.",
            F(None, "2,0 mnkr", "-", "kopt_verksamhet"),
        ),
        table,
        H("Verksamheternas prognoser", 2),
        Columns(2),
        HP(
            "Särskilt boende, −2,3 mnkr",
            "Nattbemanningen på boendet i Tärnaby har förstärkts, och sjukfrånvaro under våren har krävt inhyrda "
            "sjuksköterskor från bemanningsföretag.",
            C("Särskilt boende", "−2,3 mnkr", "-", "bemanning", "sjukfranvaro", "inhyrd_personal"),
        ),
        HP(
            "Hemtjänst, −0,9 mnkr",
            "Antalet beviljade timmar har ökat, särskilt i Storumans tätort, och långa körsträckor i glesbygden gör "
            "att restiden tar en större del av arbetstiden än budgeterat.",
            C(
                "Hemtjänst",
                "−0,9 mnkr",
                "-",
                "volymer",
                "bemanning",
                note="Travel time in home care: bemanning.",
            ),
        ),
        HP(
            "Individ- och familjeomsorg, −2,6 mnkr",
            "Tre placeringar av barn och unga på HVB har tillkommit under våren, varav en enligt LVU. Kostnaden för "
            "en placering på HVB är i genomsnitt 4 200 kronor per dygn.",
            C(
                "Individ- och familjeomsorg",
                "−2,6 mnkr",
                "-",
                "kopt_verksamhet",
                note="The per-day cost is not the amount.",
            ),
        ),
        HP(
            "LSS, +0,5 mnkr",
            "Ett boende med särskild service har haft en outnyttjad plats sedan februari, vilket ger lägre "
            "kostnader.",
            C("LSS", "+0,5 mnkr", "+", "volymer"),
        ),
        HP(
            "Ledning och administration, +0,5 mnkr",
            "Nämndens buffert är ännu inte fördelad och redovisas här som ett överskott.",
            C("Ledning och administration", "+0,5 mnkr", "+", "reserver"),
        ),
        HP(
            "Hälso- och sjukvård, −0,4 mnkr",
            "Kostnaderna för hjälpmedel ökar, främst för sängar och lyftar.",
            C("Hälso- och sjukvård", "−0,4 mnkr", "-", "material_hjalpmedel"),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        Bullets(
            items=(
                "Vakanta sjukskötersketjänster annonseras med rekryteringsbonus för att minska beroendet av "
                "hyrsjuksköterskor.",
                "Hemmaplanslösningar prövas före varje ny placering.",
                "Schemaöversyn inom hemtjänsten, med en beräknad besparing om 0,3 mnkr på helår.",
            ),
            labels=(
                A("Särskilt boende", None, "inhyrd_personal"),
                A("Individ- och familjeomsorg", None, "kopt_verksamhet"),
                A("Hemtjänst", "0,3 mnkr", "bemanning"),
            ),
        ),
        H("Statsbidrag", 2),
        P(
            "Nämnden har fått 1,8 mnkr i statsbidrag för äldreomsorgen som används till kompetensutveckling. "
            "Bidraget är inräknat i prognosen.",
            O(None, "statsbidrag", note="A state grant that finances planned costs: other."),
        ),
    ]
    return ReportSpec(
        file="storuman-sn-budgetuppfoljning-2025-06.pdf",
        report={
            "municipality": "Storuman",
            "committee": ["Socialnämnden"],
            "period": ["2025-06"],
            "report_type": "budgetuppföljning",
        },
        metadata={"title": "Budgetuppföljning januari–juni 2025 Socialnämnden", "author": "Storumans kommun"},
        style=style,
        blocks=blocks,
    )
