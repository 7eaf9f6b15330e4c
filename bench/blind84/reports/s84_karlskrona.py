"""Karlskrona kommun, Utbildningsnämnden, tertialrapport 1 2026.

An upper-secondary and adult-education committee's tertial report in "miljoner kronor" and "mnkr", footer
with the nämnd's meeting date in May: the period's surplus "mot periodiserad budget med 3,2 miljoner kronor"
with its timing reason in the next sentence (one item), the full year "ett underskott om 5,8 miljoner
kronor" in a paragraph of its own; the result table pasted as an image (no text layer); investments "5,5 mnkr
inte används i år", an action with its effect and applicants against last year with a risk (other); then, as
the report's last section, two columns of bold run-in verksamheter ending in a full stop: "Prognosen visar ett
underskott om 3,1 mnkr", a reason-only deficit whose amount lives only in the image (amount null),
interkommunal ersättning "blir 2,6 mnkr högre än budget", two verksamheter as a "respektive" pair of
surpluses with their own reasons (two items), revenue "en halv miljon kronor lägre än beräknat" in words,
and "Följer i stort budget" (boilerplate, although the image says +0,4). 9 scored causes. DejaVu Serif 9.5 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O

IMAGE = "The result table is an image, so the amount can only come from the prose."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Karlskrona kommun", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Utbildningsnämnden 2026-05-19", "UN 2026.214", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos 2026 per verksamhet, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "12,6", "12,2", "+0,4"),
            ("Gymnasieskolor", "286,0", "289,1", "-3,1"),
            ("Gymnasiesärskola", "24,3", "26,2", "-1,9"),
            ("Interkommunal ersättning", "58,4", "61,0", "-2,6"),
            ("Kommunal vuxenutbildning", "41,7", "40,6", "+1,1"),
            ("Svenska för invandrare", "18,9", "18,1", "+0,8"),
            ("Uppdragsutbildning", "0,0", "0,5", "-0,5"),
            ("Summa", "441,9", "447,7", "-5,8"),
        ),
        widths=(180.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="sans-bold", after=2),
        Title("Utbildningsnämnden, januari–april", size=12, font="serif-italic", after=14),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Utbildningsnämnden redovisar efter april ett överskott mot periodiserad budget med 3,2 miljoner kronor. "
            "Överskottet är till stor del tillfälligt och beror på att kostnaderna för läromedel och utrustning "
            "brukar komma under hösten.",
            C(
                None,
                "3,2 miljoner kronor",
                "+",
                "periodisering",
                note="The period's surplus and its timing reason in contiguous sentences: one item.",
            ),
        ),
        P(
            "För helåret bedöms nämnden gå med ett underskott om 5,8 miljoner kronor.",
            C(None, "5,8 miljoner kronor", "-", note="The full year, a paragraph of its own."),
        ),
        table,
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 är 14,5 mnkr. Prognosen är 9,0 mnkr eftersom inredningen av "
            "fordonsprogrammets nya verkstadshall flyttas till 2027, vilket innebär att 5,5 mnkr inte används i år.",
            C("Investeringar", "5,5 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har inlett en översyn av programutbudet inför läsåret 2026/27 och samordnar "
            "schemaläggningen mellan skolorna, vilket bedöms minska personalkostnaderna med 1,2 mnkr i höst.",
            A(None, "1,2 mnkr", "bemanning"),
        ),
        H("Omvärld och risker", 2),
        P(
            "Antalet sökande till gymnasieskolan hösten 2026 är 4 procent färre än förra året. Om fler elever än "
            "väntat väljer fristående skolor ökar kostnaden för interkommunal ersättning ytterligare.",
            O(None, "volymer", note="Applicants against last year and a risk: other."),
        ),
        H("Verksamheternas avvikelser", 2),
        Columns(2),
        LP(
            "Gymnasieskolor.",
            "Prognosen visar ett underskott om 3,1 mnkr. Elevantalet på de kommunala gymnasieskolorna är lägre än "
            "budgeterat, samtidigt som lärartjänsterna inte kan minskas förrän till hösten.",
            C("Gymnasieskolor", "3,1 mnkr", "-", "volymer", "bemanning"),
        ),
        LP(
            "Gymnasiesärskola.",
            "Fler elever med omfattande behov har tagits emot än planerat, och skolskjutsarna för dessa elever har "
            "blivit dyrare.",
            C(
                "Gymnasiesärskola",
                None,
                "-",
                "volymer",
                "prisokningar",
                note="Reason only and the table is an image: amount null.",
            ),
        ),
        LP(
            "Interkommunal ersättning.",
            "Kostnaden för elever som studerar i andra kommuner och hos fristående huvudmän blir 2,6 mnkr högre än "
            "budget, främst eftersom fler elever än väntat har valt naturbruksprogram på annan ort.",
            C("Interkommunal ersättning", "2,6 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Vuxenutbildning.",
            "Komvux och SFI beräknas visa överskott på 1,1 respektive 0,8 mnkr. Statsbidraget för regional "
            "yrkesvux har blivit högre än budgeterat och SFI har haft flera vakanta lärartjänster.",
            C(
                "Kommunal vuxenutbildning",
                "1,1",
                "+",
                "statsbidrag",
                unit="mnkr",
                note="A 'respektive' pair under one lead, each with its own reason: two items, same text.",
                also=(C("Svenska för invandrare", "0,8 mnkr", "+", "vakanser"),),
            ),
        ),
        LP(
            "Uppdragsutbildning.",
            "Intäkterna blir en halv miljon kronor lägre än beräknat då en planerad utbildning för ett "
            "industriföretag har skjutits upp.",
            C(
                "Uppdragsutbildning",
                "en halv miljon kronor",
                "-",
                "avgifter_intakter",
                value=500_000,
                note="An amount in words.",
            ),
        ),
        LP(
            "Nämnd och ledning.",
            "Följer i stort budget.",
            BP("Nämnd och ledning", note="Boilerplate, although the image says +0,4."),
        ),
    ]
    return ReportSpec(
        file="karlskrona-un-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Karlskrona",
            "committee": ["Utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Utbildningsnämnden", "author": "Karlskrona kommun"},
        style=style,
        blocks=blocks,
    )
