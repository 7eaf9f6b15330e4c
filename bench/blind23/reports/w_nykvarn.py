"""Nykvarns kommun, Barn- och utbildningsnämnden, tjänsteskrivelse: ekonomisk uppföljning per mars 2026.

A tjänsteskrivelse dated in April for the period to March, with "Ärendet", a decision proposal and a
"Beslutsunderlag" list (unlabelled): the period's surplus against the periodised budget and the full year's
deficit in two sentences of one paragraph (two items), the period surplus's timing reason in a paragraph of
its own (amount null), the change since February with its cause; a kontogrupp table in mnkr where revenue is
written with a minus sign and "Avvikelse = budget − prognos" (so the revenue row's positive deviation means
more revenue); bold run-in kontogrupper with a full stop: personnel "överstiger budget med 2,8 mnkr", bought
upper-secondary places "3,4 mnkr högre än budget" with a pupil count that is not the amount, grants "0,9 mnkr
högre än beräknat", premises with a reason only (the table row's "-0,6") and other costs "ett överskott på
1,3 mnkr"; an action with its effect and a cost per pupil against the national average (other). DejaVu Serif
10 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("NYKVARNS KOMMUN", f"TJÄNSTESKRIVELSE  {n} ({m})"),
        footer=lambda n, m: ("Barn- och utbildningsförvaltningen", "2026-04-08", "Dnr BUN 2026/41"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning per kontogrupp, mnkr. Intäkter anges med minustecken. Avvikelse = budget − prognos.",
        header=(("Kontogrupp", "Budget 2026", "Utfall jan–mar", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Intäkter", "-12,4", "-3,6", "-13,3", "0,9"),
            ("Personalkostnader", "118,6", "29,1", "121,4", "-2,8"),
            ("Lokalkostnader", "22,1", "4,9", "22,7", "-0,6"),
            ("Köp av verksamhet", "64,0", "16,2", "67,4", "-3,4"),
            ("Övriga kostnader", "14,9", "3,1", "13,6", "1,3"),
            ("Nettokostnad", "207,2", "49,7", "211,8", "-4,6"),
        ),
        widths=(130.0, 70.0, 80.0, 76.0, 62.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning per mars 2026", size=17, font="sans-bold", after=4),
        P("Handläggare: controller, barn- och utbildningsförvaltningen", size=9.0),
        H("Ärendet", 2),
        P(
            "Nämnden ska enligt kommunens styrmodell följa upp ekonomin varje månad utom januari och juli. "
            "Uppföljningen per mars omfattar bokfört utfall för januari–mars och en prognos för helåret."
        ),
        H("Förslag till beslut", 2),
        P("Barn- och utbildningsnämnden godkänner den ekonomiska uppföljningen per mars 2026."),
        H("Sammanfattning", 2),
        PS(
            (
                "Barn- och utbildningsnämnden redovisar för januari–mars ett överskott på 2,3 mnkr jämfört med "
                "periodiserad budget.",
                C(None, "2,3 mnkr", "+", note="The period's surplus in a sentence of its own: its own item."),
            ),
            (
                "Helårsprognosen är däremot ett underskott om 4,6 mnkr.",
                C(None, "4,6 mnkr", "-", note="The full year in the next sentence: its own item."),
            ),
        ),
        P(
            "Periodens överskott är till största delen tillfälligt. Hyran för den nya förskolan Lövsta hage "
            "debiteras först från maj, medan budgeten är fördelad jämnt över året.",
            C(
                None,
                None,
                "+",
                "periodisering",
                "lokaler",
                note="The period surplus's reason in a paragraph of its own: amount null.",
            ),
        ),
        P(
            "Prognosen är 1,2 mnkr sämre än i februari, sedan antagningen till gymnasieskolans vårtermin visat "
            "att fler elever än beräknat valt skolor i andra kommuner.",
            F(None, "1,2 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        Space(4),
        table,
        H("Kommentarer per kontogrupp", 2),
        LP(
            "Personalkostnader.",
            "Prognosen överstiger budget med 2,8 mnkr. Fler elever med beslut om särskilt stöd har krävt extra "
            "resurspersonal i grundskolan, och sjukfrånvaron bland förskolans personal har ersatts med "
            "timvikarier i större omfattning än tidigare år.",
            C("Personalkostnader", "2,8 mnkr", "-", "volymer", "sjukfranvaro", "vikarier"),
        ),
        LP(
            "Köp av verksamhet.",
            "Interkommunala ersättningar till andra huvudmän för gymnasieelever beräknas bli 3,4 mnkr högre än "
            "budget. Nykvarn har i år 18 fler gymnasieelever än när budgeten fastställdes, och flertalet av dem "
            "går i skolor i Södertälje.",
            C(
                "Köp av verksamhet",
                "3,4 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The pupil count is a volume, not the amount.",
            ),
        ),
        LP(
            "Intäkter.",
            "Statsbidraget för mindre barngrupper i förskolan blev 0,9 mnkr högre än beräknat, vilket delvis "
            "uppväger underskottet.",
            C(
                "Intäkter",
                "0,9 mnkr",
                "+",
                "statsbidrag",
                note="More revenue: positive (the table writes revenue with a minus sign).",
            ),
        ),
        LP(
            "Lokalkostnader.",
            "Hyresavtalet för paviljongerna vid Tallbackaskolan har förlängts ett år utöver det som budgeten "
            "utgick från, och kostnaden ryms inte i ramen.",
            C(
                "Lokalkostnader",
                "-0,6",
                "-",
                "lokaler",
                unit="mnkr",
                table=True,
                note="A reason only: the table row's deviation.",
            ),
        ),
        LP(
            "Övriga kostnader.",
            "Lägre kostnader för läromedel och skolmaterial ger ett överskott på 1,3 mnkr.",
            C("Övriga kostnader", "1,3 mnkr", "+", "material_hjalpmedel"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört en skärpt prövning innan vikarier tas in vid korttidsfrånvaro, vilket "
            "bedöms minska personalkostnaderna med cirka 0,7 mnkr under resten av året.",
            A("Personalkostnader", "cirka 0,7 mnkr", "vikarier"),
        ),
        H("Nyckeltal", 2),
        P(
            "Kostnaden per elev i grundskolan var 104 300 kronor under 2025, vilket är 3 procent lägre än "
            "rikssnittet.",
            O(None, note="A unit cost against the national average: other."),
        ),
        H("Beslutsunderlag", 2),
        Bullets(
            (
                "Tjänsteskrivelse daterad 2026-04-08",
                "Bilaga 1, driftredovisning per verksamhet mars 2026",
            ),
            glyph="–",
        ),
    ]
    return ReportSpec(
        file="nykvarn-bun-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Nykvarn",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per mars 2026", "author": "Nykvarns kommun"},
        style=style,
        blocks=blocks,
    )
