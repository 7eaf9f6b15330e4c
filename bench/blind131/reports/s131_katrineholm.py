"""Katrineholms kommun, Service- och tekniknämnden, tertialrapport 1 2026.

A technical committee's tertial report in tkr and mnkr, footer with the report's name and no date, header
with the förvaltning: the full year "–3,5 mnkr" with the areas named but no reasons, then the period "1,9 mnkr
sämre än periodiserad budget"; a verksamhet table whose deficits have a minus separated by a space ("- 2
950"); bold run-in verksamheter ending in a full stop: snow clearing that "har hittills kostat 2 950 000
kronor mer än budgeterat" (whole kronor) followed by a risk sentence in the same paragraph (other), a
reason-only deficit (the row's "- 1 900"), "Överskottet på 1,2 mnkr beror på", leasing "ligger 250 tkr över
budget", a vacancy "vilket ger ett överskott om 400 tkr"; investments "64,0 mnkr" and "41,5 mnkr förbrukas"
in two sentences (22,5 never written out) and a bridge project "1,8 mnkr dyrare än projektbudgeten"; an
action with "cirka 0,6 mnkr" and a request to cover the snow deficit from the central reserve (other).
DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Katrineholms kommun", "Service- och teknikförvaltningen"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Gata och park", "48 200", "22 900", "51 150", "- 2 950"),
            ("Lokalförsörjning", "112 400", "39 100", "114 300", "- 1 900"),
            ("Kost och lokalvård", "86 700", "27 800", "85 500", "1 200"),
            ("Fordonsenheten", "3 100", "1 200", "3 350", "- 250"),
            ("Förvaltningsgemensamt", "9 800", "3 000", "9 400", "400"),
            ("Summa", "260 200", "94 000", "263 700", "- 3 500"),
        ),
        widths=(140.0, 72.0, 76.0, 72.0, 66.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="sans-bold", after=2),
        Title("Service- och tekniknämnden", size=12.5, font="sans", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Nämnden prognostiserar ett resultat på –3,5 mnkr för 2026. Det är framför allt gata och park samt "
            "lokalförsörjningen som belastar resultatet.",
            C(None, "–3,5 mnkr", "-", note="Areas named without reasons: no tags."),
        ),
        P(
            "Utfallet för januari–april är 1,9 mnkr sämre än periodiserad budget.",
            C(None, "1,9 mnkr", "-", note="The period in a paragraph of its own."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Gata och park.",
            "Vintern har varit snörik med många plogtillfällen i januari och februari, och vinterväghållningen har "
            "hittills kostat 2 950 000 kronor mer än budgeterat för helåret.",
            C(
                "Gata och park",
                "2 950 000 kronor",
                "-",
                "ovrigt",
                note="Snow is ovrigt. Whole kronor equal to the row's '- 2 950'.",
            ),
            (
                "Om hösten också blir snörik kan underskottet öka ytterligare.",
                O("Gata och park", note="A risk sentence in the cause paragraph: its own item."),
            ),
        ),
        LP(
            "Lokalförsörjning.",
            "Elpriserna under första kvartalet blev högre än i budgeten, och två förskolelokaler i Björkvik står "
            "tomma sedan verksamheten flyttade.",
            C(
                "Lokalförsörjning",
                "- 1 900",
                "-",
                "prisokningar",
                "lokaler",
                unit="tkr",
                table=True,
                note="A reason only: the row's cell as printed.",
            ),
        ),
        LP(
            "Kost och lokalvård.",
            "Överskottet på 1,2 mnkr beror på lägre livsmedelspriser än beräknat och att fler skolor beställer "
            "lokalvård av enheten.",
            C("Kost och lokalvård", "1,2 mnkr", "+", "prisokningar", "volymer"),
        ),
        LP(
            "Fordonsenheten.",
            "Leasingkostnaderna för den nya elbilsparken ligger 250 tkr över budget.",
            C("Fordonsenheten", "250 tkr", "-", "material_hjalpmedel"),
        ),
        LP(
            "Förvaltningsgemensamt.",
            "En tjänst som controller har varit vakant under våren, vilket ger ett överskott om 400 tkr.",
            C("Förvaltningsgemensamt", "400 tkr", "+", "vakanser"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget för 2026 är 64,0 mnkr. Prognosen är att 41,5 mnkr förbrukas, främst "
            "eftersom ombyggnaden av Drottninggatan etapp 2 har skjutits till 2027.",
            C(
                "Investeringar",
                "41,5 mnkr",
                "+",
                "periodisering",
                value=22_500_000,
                note="Budget and forecast in two sentences: an under-spend of 22,5 mnkr never written out.",
            ),
        ),
        P(
            "Den nya gång- och cykelbron över Nyköpingsvägen beräknas bli 1,8 mnkr dyrare än projektbudgeten till "
            "följd av högre stålpriser.",
            C("Gång- och cykelbron över Nyköpingsvägen", "1,8 mnkr", "-", "prisokningar"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört inköpsstopp för inventarier och möbler utom vid akuta behov. Effekten bedöms "
            "till cirka 0,6 mnkr.",
            A(None, "cirka 0,6 mnkr", "material_hjalpmedel"),
        ),
        P(
            "Nämnden föreslår att kommunstyrelsen prövar om underskottet för vinterväghållningen kan täckas av "
            "kommunens centrala reserv för oförutsedda kostnader.",
            O("Gata och park", note="A financing request: other."),
        ),
    ]
    return ReportSpec(
        file="katrineholm-stn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Katrineholm",
            "committee": ["Service- och tekniknämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Service- och tekniknämnden",
            "author": "Katrineholms kommun",
        },
        style=style,
        blocks=blocks,
    )
