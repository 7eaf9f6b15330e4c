"""Solna stad, Socialnämnden, tertialrapport 1 2026.

A social committee's tertial report in mnkr and tkr, header with the letter date in May: the period "2,6 mnkr
sämre än periodiserad budget" and the full year "ett underskott mot budget på 9,2 mnkr" as two sentences of
one paragraph (two causes), the change since February with its causes; a table in tkr whose deficits carry a
minus sign separated by a space ("- 5 800"); headings that carry the area and its amount in brackets
("Barn och familj (−5,8 mnkr)") with a per-day cost that is not the amount; plain headings whose paragraphs
say "beräknas överstiga budget med 3,4 mnkr" (with household numbers, not the amount) and "ger ett
överskott på 0,9 mnkr"; a reason-only surplus (the row's "1 200"); personnel costs under and consultants
over budget in one sentence ("medan", two items); an unbudgeted grant that lowers a deficit (a part: other);
two actions in one paragraph; a risk (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O

HEAD = "The heading carries the area and its amount in brackets."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("SOLNA STAD  Socialförvaltningen", "2026-05-08"),
        footer=lambda n, m: ("Tertialrapport 1 2026 – Socialnämnden", "", f"{n} (av {m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Barn och familj", "92 400", "98 200", "- 5 800"),
            ("Vuxen och beroende", "41 300", "43 400", "- 2 100"),
            ("Ekonomiskt bistånd", "58 600", "62 000", "- 3 400"),
            ("Socialpsykiatri", "37 900", "37 000", "900"),
            ("Stab och ledning", "19 800", "18 600", "1 200"),
            ("Summa", "250 000", "259 200", "- 9 200"),
        ),
        widths=(170.0, 76.0, 76.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=18, font="sans-bold", after=2),
        Title("Socialnämnden", size=12, font="sans", after=12),
        H("Ekonomi i sammandrag", 2),
        Para(
            (
                (
                    "Socialnämnden redovisar ett utfall per april som är 2,6 mnkr sämre än periodiserad budget.",
                    C(None, "2,6 mnkr", "-", note="The period in a sentence of its own."),
                ),
                (
                    "Helårsprognosen visar ett underskott mot budget på 9,2 mnkr.",
                    C(None, "9,2 mnkr", "-", note="The full year in a sentence of its own."),
                ),
            )
        ),
        P(
            "Jämfört med årsprognosen i februari har prognosen försämrats med 1,8 mnkr, främst till följd av fler "
            "hushåll med försörjningsstöd.",
            F(None, "1,8 mnkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        HP(
            "Barn och familj (−5,8 mnkr)",
            "Kostnaderna för placeringar i HVB och i konsulentstödda familjehem är högre än budgeterat. Under "
            "perioden har fyra ungdomar placerats med stöd av LVU, och dygnskostnaden för två av placeringarna "
            "överstiger 9 000 kronor.",
            C(
                "Barn och familj",
                "−5,8 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note=HEAD + " The per-day cost is not the amount.",
            ),
        ),
        HP(
            "Vuxen och beroende (−2,1 mnkr)",
            "Avvikelsen beror på ett ökat behov av skyddat boende för våldsutsatta och på fler placeringar enligt "
            "LVM.",
            C("Vuxen och beroende", "−2,1 mnkr", "-", "kopt_verksamhet", "volymer", note=HEAD),
        ),
        H("Ekonomiskt bistånd", 3),
        P(
            "Utbetalningarna av försörjningsstöd beräknas överstiga budget med 3,4 mnkr. Antalet hushåll har ökat "
            "från 610 till 668 sedan december, bland annat efter att etableringsersättningen har upphört för "
            "flera familjer.",
            C(
                "Ekonomiskt bistånd",
                "3,4 mnkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="Household numbers are not the amount.",
            ),
        ),
        H("Socialpsykiatri", 3),
        P(
            "Socialpsykiatrin ger ett överskott på 0,9 mnkr när boendestödet har kunnat utföras i egen regi i "
            "stället för att köpas externt.",
            C("Socialpsykiatri", "0,9 mnkr", "+", "kopt_verksamhet"),
        ),
        H("Stab och ledning", 3),
        P(
            "Inom stab och ledning har två tjänster stått vakanta under rekryteringen av en ny enhetschef.",
            C(
                "Stab och ledning",
                "1 200",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        H("Personal och konsulter", 2),
        Para(
            (
                (
                    "Personalkostnaderna ligger 1,5 mnkr under budget på grund av vakanser bland socialsekreterare, "
                    "medan kostnaderna för inhyrda socialsekreterare blir 1,1 mnkr högre än budgeterat.",
                    C(
                        "Personalkostnader",
                        "1,5 mnkr",
                        "+",
                        "vakanser",
                        note="Two kostnadsslag in one sentence: two items, each with its own tag.",
                        also=(C("Inhyrd personal", "1,1 mnkr", "-", "inhyrd_personal"),),
                    ),
                ),
            )
        ),
        H("Statsbidrag", 2),
        P(
            "Nämnden har tilldelats 1,4 mnkr i riktat statsbidrag för att stärka den sociala barn- och "
            "ungdomsvården. Bidraget är inte budgeterat och minskar underskottet inom barn och familj.",
            O(
                "Barn och familj",
                amount="1,4 mnkr",
                direction="+",
                note="A grant that lowers the area's deficit: a part, a supporting figure.",
            ),
        ),
        H("Åtgärder", 2),
        Para(
            (
                (
                    "Förvaltningen har inlett en genomgång av samtliga externa placeringar för att pröva "
                    "hemmaplanslösningar.",
                    A("Barn och familj", None, "kopt_verksamhet"),
                ),
                (
                    "Ett nytt arbetssätt för snabbare vägar till arbete för hushåll med försörjningsstöd beräknas "
                    "minska kostnaderna med 0,8 mnkr under året.",
                    A("Ekonomiskt bistånd", "0,8 mnkr", "ekonomiskt_bistand"),
                ),
            )
        ),
        H("Risker", 2),
        P(
            "Prognosen för barn och familj är osäker, eftersom enstaka placeringar kan förändra utfallet med flera "
            "miljoner kronor.",
            O("Barn och familj", note="A risk."),
        ),
        H("Investeringar", 2),
        P("Nämnden har inga investeringar under 2026."),
    ]
    return ReportSpec(
        file="solna-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Solna", "Solna stad"],
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Solna stad"},
        style=style,
        blocks=blocks,
    )
