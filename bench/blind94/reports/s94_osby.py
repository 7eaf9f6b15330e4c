"""Osby kommun, Omsorgsnämnden, tertialrapport 1 2026.

An elderly-care committee's tertial report in DejaVu Sans 10 pt, footer with its adoption date in May: one
sentence with the period's surplus "1,3 miljoner kronor mot periodiserad budget" and the full year's
"underskott på 4,6 miljoner kronor" (one item, the full year's), the period's timing reason in a paragraph of
its own (amount null); personnel costs without a reason and care fees "420 tusen kronor lägre än budgeterat" in
two sentences; a table in tkr with en-dash minus signs ("–3 100"); plain headings whose paragraphs say "gå med
underskott, 2,3 miljoner kronor" after a comma, "ett prognostiserat underskott på 3,1 miljoner kronor, som beror
på" followed by a risk sentence (other), a reason-only surplus (the row's "450"), "ligger prognosen 0,6
miljoner kronor över budget", "ett överskott om 950 tusen kronor" with an unused reserve; a change since
February without a cause, an action with its effect, investments "användas fullt ut" (boilerplate) and sick
leave against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("serif-bold", "sans-bold", "sans-bold"),
        margins=(68.0, 76.0, 68.0, 72.0),
        header=lambda n, m: ("Osby kommun", "Omsorgsnämnden"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "Antagen av omsorgsnämnden 2026-05-20", f"{n}"),
        header_size=7.5,
    )
    table = Table(
        caption="Driftredovisning per verksamhetsområde, tkr",
        header=(("Verksamhetsområde", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Hemtjänst", "58 400", "60 700", "–2 300"),
            ("Särskilt boende", "96 200", "99 300", "–3 100"),
            ("Hälso- och sjukvård", "31 500", "31 050", "450"),
            ("Funktionsstöd", "47 800", "48 400", "–600"),
            ("Nämnd och administration", "9 600", "8 650", "950"),
            ("Summa", "243 500", "248 100", "–4 600"),
        ),
        widths=(170.0, 80.0, 80.0, 75.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="serif-bold", after=2),
        Title("Omsorgsnämnden", size=12.5, font="sans", after=12),
        H("Sammanfattning", 1),
        P(
            "Omsorgsnämnden redovisar efter april ett överskott på 1,3 miljoner kronor mot periodiserad budget, men "
            "prognosen för helåret visar ett underskott på 4,6 miljoner kronor.",
            C(
                None,
                "4,6 miljoner kronor",
                "-",
                note="Period and full year in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Överskottet för perioden förklaras av att semesterlönekostnaderna främst belastar sommarmånaderna.",
            C(
                None,
                None,
                "+",
                "periodisering",
                "lonekostnader",
                note="The period's reason in a paragraph of its own: amount null.",
            ),
        ),
        H("Kostnader och intäkter", 2),
        PS(
            (
                "Personalkostnaderna för hela nämnden ligger 3,9 miljoner kronor över budget.",
                C("Personalkostnader", "3,9 miljoner kronor", "-", note="No reason: no tags."),
            ),
            (
                "Intäkterna från omvårdnadsavgifter är 420 tusen kronor lägre än budgeterat, eftersom fler brukare har "
                "fått sänkt avgift efter att förbehållsbeloppet höjdes.",
                C("Omvårdnadsavgifter", "420 tusen kronor", "-", "avgifter_intakter"),
            ),
        ),
        table,
        H("Verksamheternas ekonomi", 2),
        H("Hemtjänst", 3),
        P(
            "Hemtjänsten beräknas gå med underskott, 2,3 miljoner kronor. De beviljade timmarna har ökat med 9 procent "
            "sedan årsskiftet, samtidigt som bilkostnaderna har ökat efter att leasingavtalet för tjänstebilarna "
            "förnyats.",
            C(
                "Hemtjänst",
                "2,3 miljoner kronor",
                "-",
                "volymer",
                "material_hjalpmedel",
                note="Vehicle leasing is material_hjalpmedel.",
            ),
        ),
        H("Särskilt boende", 3),
        PS(
            (
                "Särskilt boende har ett prognostiserat underskott på 3,1 miljoner kronor, som beror på höga kostnader "
                "för timvikarier och övertid när sjukfrånvaron har ökat.",
                C("Särskilt boende", "3,1 miljoner kronor", "-", "vikarier", "overtid", "sjukfranvaro"),
            ),
            (
                "Om sjukfrånvaron består under sommaren kan underskottet öka ytterligare.",
                O("Särskilt boende", note="A risk sentence in the cause paragraph: its own item."),
            ),
        ),
        H("Hälso- och sjukvård", 3),
        P(
            "Verksamheten redovisar ett mindre överskott, tack vare att en sjuksköterska på natten har kunnat ersättas "
            "av en gemensam nattpatrull.",
            C(
                "Hälso- och sjukvård",
                "450",
                "+",
                "bemanning",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        H("Funktionsstöd", 3),
        P(
            "Inom funktionsstöd ligger prognosen 0,6 miljoner kronor över budget, främst på grund av ett nytt beslut om "
            "boende för vuxna enligt LSS.",
            C("Funktionsstöd", "0,6 miljoner kronor", "-", "volymer"),
        ),
        H("Nämnd och administration", 3),
        P(
            "Nämnd och administration väntas lämna ett överskott om 950 tusen kronor. Den budgeterade reserven för "
            "oförutsedda kostnader har inte behövt tas i anspråk.",
            C("Nämnd och administration", "950 tusen kronor", "+", "reserver"),
        ),
        H("Prognosförändring", 2),
        P(
            "Jämfört med budgetuppföljningen i februari har prognosen försämrats med 1,8 miljoner kronor.",
            F(None, "1,8 miljoner kronor", "-"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att ta fram en handlingsplan för en budget i balans. Bland annat "
            "ses schemaläggningen i hemtjänsten över, med en beräknad besparing på 700 tusen kronor under 2026.",
            A("Hemtjänst", "700 tusen kronor", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 2,4 miljoner kronor för nya sängar och trygghetslarm beräknas användas fullt ut.",
            BP("Investeringar", note="The whole frame is used: boilerplate."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 9,4 procent under perioden, att jämföra med 8,1 procent för samma period förra året.",
            O(None, note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="osby-on-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Osby",
            "committee": ["Omsorgsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Omsorgsnämnden", "author": "Osby kommun"},
        style=style,
        blocks=blocks,
    )
