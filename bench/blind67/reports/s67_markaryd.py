"""Markaryds kommun, Socialnämnden, bokslut 2025.

A social committee's year-end report in Liberation Sans Narrow with en-dash minus signs throughout: the result
"–7,3 mnkr jämfört med budget" and, in the next sentence, the interim forecast's level (a forecast change with
amount null); a verksamhet table in tkr ("–4 850"); then two columns of headings that carry the verksamhet and
its amount after a colon ("Särskilt boende: –4 850 tkr", "Funktionsstöd: 1 220 tkr" with no sign for a
surplus) over short paragraphs: a sick-leave percentage that is not the amount, reasons only, and one paragraph
where the individual- and family-care heading's deficit is split into placements "överskred budget med 3,1 mnkr"
and ekonomiskt bistånd "0,9 mnkr lägre än budgeterat" (three items with the same text); targeted state grants
used for existing staff (other); an action with its effect; investments "ett överskott på 0,7 mnkr". Footer
with the nämnd's February meeting.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O

HEAD = "The heading carries the verksamhet and its amount after a colon."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Markaryds kommun", "Socialnämnden"),
        footer=lambda n, m: ("Bokslut 2025 – Socialnämndens sammanträde 2026-02-24", "", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Resultat per verksamhet 2025 (tkr)",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "5 200", "4 730", "470"),
            ("Särskilt boende", "96 400", "101 250", "–4 850"),
            ("Hemtjänst", "52 800", "55 120", "–2 320"),
            ("Hälso- och sjukvård", "24 600", "24 190", "410"),
            ("Funktionsstöd", "48 900", "47 680", "1 220"),
            ("Individ- och familjeomsorg", "33 100", "35 330", "–2 230"),
            ("Summa", "261 000", "268 300", "–7 300"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=22, font="narrow-bold", after=2),
        Title("Socialnämnden", size=14, font="narrow", after=12),
        H("Årets resultat", 2),
        PS(
            (
                "Socialnämnden redovisar ett resultat på –7,3 mnkr jämfört med budget för 2025.",
                C(None, "–7,3 mnkr", "-"),
            ),
            (
                "I delårsbokslutet per augusti var prognosen –5,8 mnkr.",
                F(
                    None,
                    None,
                    "-",
                    note="The interim forecast's level: the change (1,5) is never written out.",
                ),
            ),
        ),
        table,
        H("Verksamheternas resultat", 2),
        Columns(2),
        HP(
            "Särskilt boende: –4 850 tkr",
            "Ett av boendena har haft en högre vårdtyngd under hela året, vilket krävt utökad nattbemanning. "
            "Sjukfrånvaron har legat på 11 procent och korttidsfrånvaron har till stor del täckts med övertid.",
            C(
                "Särskilt boende",
                "–4 850 tkr",
                "-",
                "bemanning",
                "sjukfranvaro",
                "overtid",
                note=HEAD + " The sick-leave percentage is not the amount.",
            ),
        ),
        HP(
            "Hemtjänst: –2 320 tkr",
            "Antalet beviljade hemtjänsttimmar ökade med 14 procent under året. Verksamheten har samtidigt haft "
            "svårt att rekrytera undersköterskor, vilket har lett till dyra lösningar med timvikarier.",
            C("Hemtjänst", "–2 320 tkr", "-", "volymer", "vakanser", "vikarier", note=HEAD),
        ),
        HP(
            "Hälso- och sjukvård: 410 tkr",
            "Lägre kostnader för hjälpmedel och förbrukningsartiklar än budgeterat.",
            C(
                "Hälso- och sjukvård",
                "410 tkr",
                "+",
                "material_hjalpmedel",
                note=HEAD + " No sign: a surplus.",
            ),
        ),
        HP(
            "Funktionsstöd: 1 220 tkr",
            "Överskottet beror på att en planerad gruppbostad öppnade först i oktober. Ersättningen från "
            "Försäkringskassan för personlig assistans blev dessutom högre än budgeterat.",
            C("Funktionsstöd", "1 220 tkr", "+", "periodisering", "ersattning_fk", note=HEAD),
        ),
        HP(
            "Individ- och familjeomsorg: –2 230 tkr",
            "Kostnaderna för placeringar av barn och unga överskred budget med 3,1 mnkr, medan ekonomiskt bistånd "
            "blev 0,9 mnkr lägre än budgeterat.",
            C(
                "Individ- och familjeomsorg",
                "–2 230 tkr",
                "-",
                "kopt_verksamhet",
                "ekonomiskt_bistand",
                note=HEAD + " Two sub-areas in the paragraph: three items with the same text.",
                also=(
                    C("Placeringar av barn och unga", "3,1 mnkr", "-", "kopt_verksamhet"),
                    C("Ekonomiskt bistånd", "0,9 mnkr", "+", "ekonomiskt_bistand"),
                ),
            ),
        ),
        HP(
            "Nämnd och förvaltningsledning: 470 tkr",
            "En tjänst som verksamhetsutvecklare var vakant under våren.",
            C("Nämnd och förvaltningsledning", "470 tkr", "+", "vakanser", note=HEAD),
        ),
        Columns(1),
        H("Statsbidrag", 2),
        P(
            "Nämnden har under året tagit emot 2,6 mnkr i riktade statsbidrag för äldreomsorgen, som i sin helhet "
            "har använts för att finansiera befintlig personal.",
            O(None, "statsbidrag", note="A financing statement: other."),
        ),
        H("Åtgärder under året", 2),
        P(
            "Under hösten infördes en gemensam bemanningsenhet för särskilt boende och hemtjänst, vilket minskade "
            "kostnaderna för timvikarier med uppskattningsvis 0,7 mnkr under årets sista fyra månader.",
            A(None, "0,7 mnkr", "vikarier", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 1,8 mnkr har använts till 1,1 mnkr, vilket ger ett överskott på 0,7 "
            "mnkr. Inköpet av nya trygghetslarm har flyttats till 2026.",
            C("Investeringar", "0,7 mnkr", "+", "periodisering"),
        ),
    ]
    return ReportSpec(
        file="markaryd-sn-bokslut-2025.pdf",
        report={
            "municipality": "Markaryd",
            "committee": ["Socialnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Socialnämnden", "author": "Markaryds kommun"},
        style=style,
        blocks=blocks,
    )
