"""Örebro kommun, Tekniska nämnden, tjänsteskrivelse om ekonomisk uppföljning per maj 2026.

A technical committee's tjänsteskrivelse dated in June for the period to May, DejaVu Serif Condensed 10 pt: a
decision proposal and a summary whose first item is the tax-financed full year "ett underskott på 6,2 mnkr"
with its reasons in the next sentence (one item), the fee-financed waste result "ett överskott mot budget om
1,4 mnkr" with its transfer to the fund in the same sentence, the change since March without a cause; a table
in tkr with a trailing minus ("3 800-") and a note that says so; then plain headings where a paragraph gives
two parts ("5,1 mnkr mer", "minskar kostnaden med 1,3 mnkr") before the total "överskrida budgeten med 3,8
mnkr", storm damage (ovrigt), a reason-only street-lighting row (the row's "1 700-"), parking revenue "1,2
mnkr lägre än beräknat", "ger en positiv avvikelse på 1 400 tkr" and the waste surplus explained again with
no amount (null); investments "bedöms 37,5 mnkr inte användas"; an action with "cirka 2 mnkr" and a
weather fact with "beror på" (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(72.0, 82.0, 66.0, 74.0),
        header=lambda n, m: ("Örebro kommun", "Tjänsteskrivelse 2026-06-03"),
        footer=lambda n, m: ("Tekniska nämnden", "Ärendenummer TN 2026/188", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning, skattefinansierad verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–maj", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Gator och vägar", "148 600", "82 400", "152 400", "3 800-"),
            ("Parker och naturvård", "62 300", "24 100", "63 200", "900-"),
            ("Gatubelysning", "21 400", "10 200", "23 100", "1 700-"),
            ("Parkering", "-24 500", "-8 900", "-23 300", "1 200-"),
            ("Verksamhetsstöd och nämnd", "14 900", "5 800", "13 500", "1 400"),
            ("Summa", "222 700", "113 600", "228 900", "6 200-"),
        ),
        widths=(150.0, 68.0, 72.0, 70.0, 64.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tjänsteskrivelse", size=17, font="serif-cond-bold", after=2),
        Title("Ekonomisk uppföljning per maj 2026 – Tekniska nämnden", size=12, font="serif-cond", after=12),
        H("Förslag till beslut", 2),
        P("Tekniska nämnden godkänner den ekonomiska uppföljningen per maj 2026."),
        H("Sammanfattning", 2),
        P(
            "Tekniska nämndens skattefinansierade verksamhet prognostiserar ett underskott på 6,2 mnkr för 2026. Det "
            "beror framför allt på vinterväghållningen under januari och februari och på högre elpriser för "
            "gatubelysningen.",
            C(
                None,
                "6,2 mnkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="The amount and its reasons in two sentences of one paragraph: one item. Snow is ovrigt.",
            ),
        ),
        P(
            "Den avgiftsfinansierade avfallsverksamheten beräknas ge ett överskott mot budget om 1,4 mnkr, som förs "
            "till avfallsfonden vid årets slut.",
            C(
                "Avfallsverksamheten",
                "1,4 mnkr",
                "+",
                note="The fee-financed result with its transfer to the fund in the same sentence: one cause.",
            ),
        ),
        P(
            "Jämfört med prognosen per mars har underskottet ökat med 0,7 mnkr.",
            F(None, "0,7 mnkr", "-"),
        ),
        H("Ärendebeskrivning", 2),
        P("Negativ avvikelse markeras med minustecken efter beloppet.", size=9.0),
        table,
        H("Gator och vägar", 3),
        P(
            "Vinterväghållningen har kostat 5,1 mnkr mer än budgeterat efter de snörika månaderna i början av året. "
            "Samtidigt har en del av asfaltsbeläggningen senarelagts, vilket minskar kostnaden med 1,3 mnkr i år. "
            "Sammantaget beräknas verksamheten överskrida budgeten med 3,8 mnkr.",
            C(
                "Gator och vägar",
                "3,8 mnkr",
                "-",
                "ovrigt",
                "periodisering",
                note="Two parts before the total: the total is the amount.",
            ),
        ),
        H("Parker och naturvård", 3),
        P(
            "Parkverksamhetens kostnader ligger 0,9 mnkr över budget, eftersom stormskadorna i Oset och "
            "Rynningeviken i februari har krävt omfattande röjning.",
            C("Parker och naturvård", "0,9 mnkr", "-", "ovrigt"),
        ),
        H("Gatubelysning", 3),
        P(
            "Elkostnaden för gatubelysningen blir högre än budgeterat till följd av högre elpriser under vintern.",
            C(
                "Gatubelysning",
                "1 700-",
                "-",
                "prisokningar",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell with its trailing minus.",
            ),
        ),
        H("Parkering", 3),
        P(
            "Parkeringsintäkterna blir 1,2 mnkr lägre än beräknat eftersom parkeringshuset vid resecentrum har varit "
            "stängt för reparation sedan mars.",
            C("Parkering", "1,2 mnkr", "-", "avgifter_intakter", "ovrigt"),
        ),
        H("Verksamhetsstöd och nämnd", 3),
        P(
            "Vakanser inom förvaltningens stab ger en positiv avvikelse på 1 400 tkr.",
            C("Verksamhetsstöd och nämnd", "1 400 tkr", "+", "vakanser"),
        ),
        H("Avfall", 3),
        P(
            "Intäkterna från avfallstaxan blir högre än budget eftersom antalet abonnemang har ökat i de nya "
            "bostadsområdena i Mellringe och Ladugårdsängen.",
            C(
                "Avfall",
                None,
                "+",
                "avgifter_intakter",
                "volymer",
                note="The waste surplus explained again with no amount and no table row: null.",
            ),
        ),
        H("Investeringar", 3),
        P(
            "Av investeringsbudgeten på 131,5 mnkr bedöms 37,5 mnkr inte användas under året, främst eftersom "
            "ombyggnaden av Drottninggatan har skjutits upp till 2027.",
            C("Investeringar", "37,5 mnkr", "+", "periodisering"),
        ),
        H("Åtgärder", 3),
        P(
            "Förvaltningen ser över möjligheten att skjuta planerat underhåll av gång- och cykelvägar till 2027 för att "
            "minska underskottet med cirka 2 mnkr.",
            A(None, "cirka 2 mnkr", "periodisering"),
        ),
        H("Övrigt", 3),
        PS(
            (
                "Snömängden under januari–februari var den största sedan 2010, vilket beror på flera ovanligt kraftiga "
                "snöfall i slutet av januari.",
                O(None, "ovrigt", note="A weather fact with 'beror på': context, other."),
            ),
        ),
        P("Beslutet bedöms inte ha några särskilda konsekvenser för barn."),
    ]
    return ReportSpec(
        file="orebro-tn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Örebro",
            "committee": ["Tekniska nämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026 Tekniska nämnden", "author": "Örebro kommun"},
        style=style,
        blocks=blocks,
    )
