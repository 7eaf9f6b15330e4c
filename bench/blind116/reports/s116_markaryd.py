"""Markaryds kommun, Socialnämnden, månadsuppföljning maj 2026.

A social committee's month report in tkr with deficits in brackets ("(1 850)"), a reading note that says
so, footer with the arbetsutskott's meeting date in June: the full year "underskott om 5 420 tkr jämfört med
tilldelad ram", the period "1 610 tkr högre än periodiserad budget" (negative) and the change since April
in three sentences of one paragraph; bold run-in verksamheter ending in a full stop: a reason-only deficit
(the row's "(1 850)"), a percentage of granted hours before "överskrida budget med 1 100 tkr", "en
kostnad som inte ryms i budget, 1,4 miljoner kronor på helår", a "varav" with a count (not an amount),
försörjningsstöd "ett överskott på 700 tkr", "bedöms följa budget" beside a row of 300; two kostnadsslag in
one sentence ("överstiger budget med 2,9 mnkr", "medan köp av verksamhet blir 2,3 mnkr dyrare"); an action
with its effect and a risk with "beror på" (other). DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Markaryds kommun – Socialförvaltningen", ""),
        footer=lambda n, m: ("Socialnämndens arbetsutskott 2026-06-09", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–maj", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "6 200", "2 480", "5 900", "300"),
            ("Särskilt boende", "88 400", "38 150", "90 250", "(1 850)"),
            ("Hemtjänst", "51 900", "22 600", "53 000", "(1 100)"),
            ("LSS och socialpsykiatri", "38 600", "16 900", "40 000", "(1 400)"),
            ("Individ- och familjeomsorg", "24 700", "11 250", "26 770", "(2 070)"),
            ("Ekonomiskt bistånd", "9 800", "3 720", "9 100", "700"),
            ("Summa", "219 600", "95 100", "225 020", "(5 420)"),
        ),
        widths=(150.0, 68.0, 76.0, 72.0, 64.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning maj 2026", size=18, font="serif-bold", after=2),
        Title("Socialnämnden", size=12.5, font="serif", after=12),
        H("Ekonomisk uppföljning per maj", 2),
        PS(
            (
                "Socialnämndens helårsprognos pekar på ett underskott om 5 420 tkr jämfört med tilldelad ram.",
                C(None, "5 420 tkr", "-"),
            ),
            (
                "Utfallet till och med maj är 1 610 tkr högre än periodiserad budget.",
                C(
                    None,
                    "1 610 tkr",
                    "-",
                    note="A net cost above the periodised budget: a negative period deviation.",
                ),
            ),
            ("Det är 1 130 tkr sämre än i aprilprognosen.", F(None, "1 130 tkr", "-")),
        ),
        P("Belopp i tusen kronor. Negativa avvikelser anges inom parentes.", size=9.0),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Särskilt boende.",
            "Beläggningen på Lagastrand har varit full sedan februari och vårdtyngden är hög, vilket har krävt extra "
            "nattbemanning. Verksamheten visar därför ett underskott mot budget.",
            C(
                "Särskilt boende",
                "(1 850)",
                "-",
                "volymer",
                "bemanning",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's bracketed cell.",
            ),
        ),
        LP(
            "Hemtjänst.",
            "De beviljade timmarna har ökat med drygt 8 procent sedan januari, och sjukfrånvaron i hemtjänstgrupp "
            "Norr har krävt timvikarier. Hemtjänsten beräknas överskrida budget med 1 100 tkr.",
            C(
                "Hemtjänst",
                "1 100 tkr",
                "-",
                "volymer",
                "sjukfranvaro",
                "vikarier",
                note="The percentage of hours is not the amount.",
            ),
        ),
        LP(
            "LSS och socialpsykiatri.",
            "Ett nytt beslut om boende med särskild service för en ungdom med omfattande behov, som verkställs genom "
            "köp av plats i en grannkommun, medför en kostnad som inte ryms i budget, 1,4 miljoner kronor på helår.",
            C("LSS och socialpsykiatri", "1,4 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Individ- och familjeomsorg.",
            "Fler placeringar av barn och unga än budgeterat, varav två på HVB, ger ett underskott på 2 070 tkr. "
            "Kostnaden för konsulentstödda familjehem har också ökat.",
            C(
                "Individ- och familjeomsorg",
                "2 070 tkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="'varav två' is a count, not an amount.",
            ),
        ),
        LP(
            "Ekonomiskt bistånd.",
            "Utbetalningarna av försörjningsstöd har minskat, och prognosen visar ett överskott på 700 tkr.",
            C("Ekonomiskt bistånd", "700 tkr", "+", "ekonomiskt_bistand"),
        ),
        LP(
            "Nämnd och administration.",
            "Verksamheten bedöms följa budget.",
            BP("Nämnd och administration", note="300 in the table."),
        ),
        H("Kostnadsslag", 2),
        P(
            "Personalkostnaderna överstiger budget med 2,9 mnkr för helåret, främst till följd av övertid och "
            "timvikarier, medan köp av verksamhet blir 2,3 mnkr dyrare än beräknat.",
            C(
                "Personalkostnader",
                "2,9 mnkr",
                "-",
                "overtid",
                "vikarier",
                note="Two kostnadsslag in one sentence: two items, the reasons belong to the first.",
                also=(C("Köp av verksamhet", "2,3 mnkr", "-"),),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om en handlingsplan med bland annat översyn av nattbemanningen på Lagastrand och "
            "hemtagning av en placering till öppenvård, med en beräknad effekt om 900 tkr under 2026.",
            A(None, "900 tkr", "bemanning", "kopt_verksamhet"),
        ),
        H("Risker", 2),
        P(
            "Prognosen för ekonomiskt bistånd är osäker. Det beror på att arbetslösheten i kommunen har ökat under "
            "våren.",
            O("Ekonomiskt bistånd", "ekonomiskt_bistand", note="A risk with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="markaryd-sn-manadsuppfoljning-2026-05.pdf",
        report={
            "municipality": "Markaryd",
            "committee": ["Socialnämnden"],
            "period": ["2026-05"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning maj 2026 Socialnämnden", "author": "Markaryds kommun"},
        style=style,
        blocks=blocks,
    )
