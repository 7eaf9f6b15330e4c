"""Tingsryds kommun, Barn- och utbildningsnämnden, tjänsteskrivelse ekonomisk uppföljning per maj 2026.

A cover letter (tjänsteskrivelse) dated in June for the period to May, in tkr: the summary's deficit and its
improvement since April in two sentences (a cause and a forecast change), then under "Ärendet" headings that
carry the verksamhet, the word for the direction and the amount after a dash ("Grundskola och fritidshem –
underskott 1 900 tkr", "– överskott 450 tkr"), each with a reason-only paragraph that is part of the item: a
salary revision above the compensation, more pupils choosing schools in Växjö ("Färre ungdomar än
beräknat"), food prices and food waste, an unused central reserve; the change since April repeated with its
cause (a second forecast change), investments of which only a part is spent but "hela budgeten bedöms
användas" (boilerplate), an action plan as bullets with and without effects after an unlabelled lead-in, and
an outlook if the plan works ("bedöms underskottet kunna begränsas till cirka 2,1 mnkr", other). DejaVu Serif
10 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area, the direction in words and the amount: part of the item."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(74.0, 82.0, 74.0, 76.0),
        header=lambda n, m: ("Tingsryds kommun", "Tjänsteskrivelse"),
        footer=lambda n, m: ("Barn- och utbildningsförvaltningen", "Dnr BUN 2026/54", f"{n}({m})"),
        header_size=8.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026", size=17, font="sans-bold", after=4),
        P("Datum: 2026-06-03. Till: Barn- och utbildningsnämnden.", None, size=9.0),
        H("Förslag till beslut", 2),
        P(
            "Barn- och utbildningsnämnden godkänner den ekonomiska uppföljningen per maj 2026 och uppdrar åt "
            "förvaltningschefen att fortsätta arbetet enligt nämndens handlingsplan."
        ),
        H("Sammanfattning", 2),
        PS(
            (
                "Barn- och utbildningsnämnden prognostiserar per maj ett underskott mot budget på 2 750 tkr.",
                C(None, "2 750 tkr", "-", note="A cover letter's summary of the report: a cause."),
            ),
            (
                "Det är en förbättring med 640 tkr sedan aprilprognosen.",
                F(None, "640 tkr", "+"),
            ),
        ),
        H("Ärendet", 2),
        P(
            "Förvaltningen lämnar varje månad en ekonomisk uppföljning till nämnden. Uppföljningen per maj bygger på "
            "bokfört utfall till och med maj och på en bedömning av kostnaderna under resten av året."
        ),
        HP(
            "Förskola och pedagogisk omsorg – underskott 1 300 tkr",
            "Fler barn än planerat har skrivits in på förskolorna i Urshult och Ryd, och två nya avdelningar har "
            "öppnats i tillfälliga moduler som hyrs sedan mars.",
            C("Förskola och pedagogisk omsorg", "1 300 tkr", "-", "volymer", "lokaler", note=HEAD),
        ),
        HP(
            "Grundskola och fritidshem – underskott 1 900 tkr",
            "Lönekostnaderna är högre än budgeterat efter lönerevisionen, där lärarnas löner höjdes mer än den "
            "kompensation nämnden fick. Till det kommer kostnader för elevassistenter sedan antalet elever med "
            "omfattande stödbehov har ökat.",
            C("Grundskola och fritidshem", "1 900 tkr", "-", "lonekostnader", "volymer", note=HEAD),
        ),
        HP(
            "Gymnasium och vuxenutbildning – överskott 450 tkr",
            "Färre ungdomar än beräknat har börjat på gymnasieprogram i Växjö, vilket minskar kostnaden för "
            "interkommunal ersättning.",
            C(
                "Gymnasium och vuxenutbildning",
                "450 tkr",
                "+",
                "kopt_verksamhet",
                "volymer",
                note=HEAD,
            ),
        ),
        HP(
            "Måltider – underskott 350 tkr",
            "Livsmedelspriserna har fortsatt att stiga, och matsvinnet i köken i Konga och Linneryd har varit större "
            "än planerat.",
            C(
                "Måltider",
                "350 tkr",
                "-",
                "prisokningar",
                "ovrigt",
                note=HEAD + " Food waste is ovrigt.",
            ),
        ),
        HP(
            "Förvaltningsgemensamt – överskott 350 tkr",
            "Den centrala potten för oförutsedda kostnader har hittills inte behövt användas och bedöms kunna lämnas "
            "orörd året ut.",
            C("Förvaltningsgemensamt", "350 tkr", "+", "reserver", note=HEAD),
        ),
        H("Förändring sedan april", 3),
        P(
            "Förbättringen sedan april beror på att nämnden har fått ett retroaktivt statsbidrag på 640 tkr för "
            "lärarlönelyftet 2025.",
            F(
                None,
                "640 tkr",
                "+",
                "statsbidrag",
                "periodisering",
                note="The summary's change repeated with its cause: a second forecast change.",
            ),
        ),
        H("Investeringar", 3),
        P(
            "Av investeringsbudgeten på 3,0 mnkr har 0,4 mnkr förbrukats, men hela budgeten bedöms användas under "
            "sommarens upprustning av skolgårdarna.",
            BP(
                "Investeringar",
                note="What has been spent so far is not a deviation: the whole budget is to be used.",
            ),
        ),
        H("Handlingsplan", 2),
        P(
            "Nämnden beslutade i april om en handlingsplan för att nå en budget i balans. Följande åtgärder pågår:"
        ),
        Bullets(
            (
                "Vakanta tjänster inom administrationen tillsätts inte under 2026 (effekt 400 tkr).",
                "Skolskjutsarna mellan Väckelsång och Tingsryd samordnas från augusti (effekt 250 tkr).",
                "Barngruppernas storlek i förskolan ses över inför hösten.",
            ),
            labels=(
                A(None, "400 tkr", "vakanser"),
                A(None, "250 tkr"),
                A("Förskola och pedagogisk omsorg", None),
            ),
        ),
        H("Ekonomisk bedömning", 2),
        P(
            "Om handlingsplanen får full effekt bedöms underskottet kunna begränsas till cirka 2,1 mnkr vid årets "
            "slut.",
            O(None, note="An outlook if the action plan works, not the forecast: other."),
        ),
        H("Beslutsunderlag", 2),
        Bullets(
            (
                "Tjänsteskrivelse 2026-06-03",
                "Ekonomisk uppföljning per maj 2026, Barn- och utbildningsnämnden",
            ),
        ),
        P("Förvaltningschef, barn- och utbildningsförvaltningen", None, size=9.5),
    ]
    return ReportSpec(
        file="tingsryd-bun-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Tingsryd",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026", "author": "Tingsryds kommun"},
        style=style,
        blocks=blocks,
    )
