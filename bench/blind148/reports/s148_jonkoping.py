"""Jönköpings kommun, Socialnämnden, tjänsteskrivelse om ekonomisk uppföljning per februari 2026.

A social committee's cover letter dated in March, with a decision proposal (unlabelled): the full year's
"underskott på 14,5 mnkr" with the areas named, a risk sentence in a paragraph of its own (other), the
period "2,9 mnkr högre än periodiserad budget" (negative); a table with U+2212 minus signs; plain headings
over paragraphs whose first sentence carries the amount in varied shapes ("beräknas överskrida budget med
11,5 mnkr", "väntas landa 6,6 mnkr över budget", "prognos är −1,8 mnkr", "En positiv avvikelse om 2,4 mnkr")
and two verksamheter as a "respektive" pair with shared causes; revenue from Migrationsverket "0,8 mnkr lägre
än budgeterat" across the areas; a costed action and two unquantified action bullets; net cost growth against
2025 with "beror på" (other). Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 84.0, 66.0, 74.0),
        header=lambda n, m: ("JÖNKÖPINGS KOMMUN", "Tjänsteskrivelse 2026-03-12"),
        footer=lambda n, m: ("Socialförvaltningen", "Dnr SN 2026:118", f"{n}({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos per verksamhetsområde 2026, mnkr",
        header=(("Verksamhetsområde", "Budget 2026", "Utfall feb", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Barn och unga", "312,0", "55,8", "323,5", "−11,5"),
            ("Missbruk och beroende", "146,5", "23,1", "144,1", "2,4"),
            ("Socialpsykiatri", "98,2", "16,9", "100,0", "−1,8"),
            ("Ekonomiskt bistånd", "188,0", "34,2", "194,6", "−6,6"),
            ("Våld i nära relationer", "22,4", "3,4", "21,9", "0,5"),
            ("Ledning och gemensamt", "64,9", "9,8", "62,4", "2,5"),
            ("Summa", "832,0", "143,2", "846,5", "−14,5"),
        ),
        widths=(150.0, 66.0, 62.0, 68.0, 62.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per februari 2026", size=17, font="arial-bold", after=12),
        H("Förslag till beslut", 2),
        P("Socialnämnden godkänner den ekonomiska uppföljningen per februari 2026."),
        H("Sammanfattning", 2),
        P(
            "Socialnämnden prognostiserar ett underskott på 14,5 mnkr för 2026. Underskottet finns framför allt "
            "inom placeringar av barn och unga samt inom ekonomiskt bistånd, medan missbruks- och beroendevården "
            "visar ett överskott.",
            C(None, "14,5 mnkr", "-", note="The full year with the areas named, no reasons: no tags."),
        ),
        P(
            "Prognosen bygger på två månaders utfall och är därför osäker.",
            O(None, note="A risk: other."),
        ),
        H("Ärendebeskrivning", 2),
        P(
            "Utfallet för januari–februari är 2,9 mnkr högre än periodiserad budget.",
            C(None, "2,9 mnkr", "-", note="The period's net cost over the periodised budget: negative."),
        ),
        table,
        H("Barn och unga", 3),
        P(
            "Verksamhetsområdet beräknas överskrida budget med 11,5 mnkr. Antalet placerade barn och unga i HVB och "
            "konsulentstödda familjehem har ökat sedan hösten, och dygnskostnaden för de externa placeringarna "
            "höjdes med i genomsnitt 6 procent vid årsskiftet.",
            C("Barn och unga", "11,5 mnkr", "-", "kopt_verksamhet", "volymer", "prisokningar"),
        ),
        H("Ekonomiskt bistånd", 3),
        P(
            "Kostnaderna för försörjningsstöd väntas landa 6,6 mnkr över budget. Fler hushåll behöver stöd under "
            "längre tid, vilket förklaras av ett svagare arbetsmarknadsläge och att etableringstiden har löpt ut för "
            "många.",
            C("Ekonomiskt bistånd", "6,6 mnkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        H("Socialpsykiatri", 3),
        P(
            "Socialpsykiatrins prognos är −1,8 mnkr efter två nya boendeplaceringar i annan kommun.",
            C("Socialpsykiatri", "−1,8 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Missbruk och beroende", 3),
        P(
            "En positiv avvikelse om 2,4 mnkr prognostiseras, eftersom fler klienter än tidigare får öppenvård i egen "
            "regi i stället för köpt institutionsvård.",
            C(
                "Missbruk och beroende",
                "2,4 mnkr",
                "+",
                "kopt_verksamhet",
                note="The area only in the heading.",
            ),
        ),
        H("Övriga verksamheter", 3),
        P(
            "Inom våld i nära relationer och inom ledning och gemensamt beräknas överskott på 0,5 respektive 2,5 "
            "mnkr, i huvudsak till följd av vakanta tjänster och ett ej fördelat utrymme för kompetensutveckling.",
            C(
                "Våld i nära relationer",
                "0,5",
                "+",
                "vakanser",
                "reserver",
                unit="mnkr",
                note="Two areas after 'inom' as a 'respektive' pair with shared causes.",
                also=(C("Ledning och gemensamt", "2,5 mnkr", "+", "vakanser", "reserver"),),
            ),
        ),
        H("Intäkter", 3),
        P(
            "Ersättningen från Migrationsverket för ensamkommande barn blir 0,8 mnkr lägre än budgeterat, eftersom "
            "färre barn anvisas till kommunen.",
            C("Intäkter", "0,8 mnkr", "-", "statsbidrag", "volymer"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har tagit fram en handlingsplan för att öka andelen placeringar i egna familjehem, vilket "
            "bedöms minska kostnaderna med 3,0 mnkr under 2026.",
            A("Barn och unga", "3,0 mnkr", "kopt_verksamhet"),
        ),
        P("Därutöver pågår följande:"),
        Bullets(
            (
                "Översyn av samtliga externa placeringar som pågått längre än ett år.",
                "Förstärkt samverkan med arbetsmarknadsavdelningen kring hushåll med långvarigt bistånd.",
            ),
            labels=(
                A("Barn och unga", None, "kopt_verksamhet"),
                A("Ekonomiskt bistånd", None, "ekonomiskt_bistand"),
            ),
        ),
        H("Jämförelse med föregående år", 2),
        P(
            "Nettokostnaden för januari–februari är 4,1 procent högre än samma period 2025, vilket framför allt beror "
            "på fler placeringar.",
            O(None, "volymer", "kopt_verksamhet", note="Net cost against the previous year: other."),
        ),
        P("Socialförvaltningen, ekonomienheten"),
    ]
    return ReportSpec(
        file="jonkoping-sn-tjansteskrivelse-ekonomisk-uppfoljning-2026-02.pdf",
        report={
            "municipality": "Jönköping",
            "committee": ["Socialnämnden"],
            "period": ["2026-02"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per februari 2026", "author": "Jönköpings kommun"},
        style=style,
        blocks=blocks,
    )
