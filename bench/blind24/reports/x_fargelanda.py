"""Färgelanda kommun, Utbildningsnämnden, tjänsteskrivelse: ekonomisk uppföljning per februari 2026.

A tjänsteskrivelse from the sektor for barn och utbildning, dated in March, after only two months: the
decision proposal (unlabelled), a summary with the full year "ett underskott på 3 050 tkr" and the areas
named without reasons, an uncertainty paragraph (other), then headings that carry the area and a signed tkr
amount ("Förskola +420 tkr", "Grundskola −1 350 tkr"), one of them "±0 tkr" with "hålla sin budget"
(boilerplate): children and pupils counted beside the amount, a percentage price rise, "kan härledas till";
the period's under-spending "1,1 mnkr lägre än den periodiserade budgeten" with a timing reason (a cause,
positive); the change since January (a forecast change); three bulleted actions, one with an effect.
8 scored causes. Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Färgelanda kommun", "Tjänsteskrivelse"),
        footer=lambda n, m: ("Sektor barn och utbildning", "Dnr UN 2026/31", f"{n}({m})"),
        header_size=8.5,
        rule_under_header=True,
    )
    blocks = [
        Title("Ekonomisk uppföljning per februari 2026", size=16, font="arial-bold", after=4),
        P(
            "Datum 2026-03-09. Handläggare: controller, sektor barn och utbildning. Till: Utbildningsnämnden.",
            size=9.5,
        ),
        H("Förslag till beslut", 2),
        P(
            "Utbildningsnämnden godkänner den ekonomiska uppföljningen per februari 2026 och uppdrar åt sektorchefen "
            "att redovisa ytterligare åtgärder för en budget i balans vid nämndens sammanträde i maj."
        ),
        H("Sammanfattning", 2),
        P(
            "Utbildningsnämnden prognostiserar ett underskott på 3 050 tkr för 2026. Underskottet finns i "
            "grundskolan och gymnasieskolan, medan förskolan, kulturskolan och elevhälsan beräknas gå med överskott.",
            C(None, "3 050 tkr", "-", note="The summary: areas named without reasons, no tags."),
        ),
        H("Ärendet", 2),
        P(
            "Uppföljningen bygger på utfallet för januari–februari och på rektorernas och verksamhetschefernas "
            "bedömning av helåret. Eftersom bara två månader har gått är osäkerheten i prognosen större än vanligt.",
            O(None, note="Basis and uncertainty of the forecast: other."),
        ),
        HP(
            "Förskola +420 tkr",
            "Barnantalet under våren är lägre än planerat, 212 barn mot budgeterade 225, vilket gör att två "
            "avdelningar på Valbo-Ryrs förskola kan slås samman från april.",
            C(
                "Förskola",
                "+420 tkr",
                "+",
                "volymer",
                note="The heading carries the amount, 212 and 225 are children.",
            ),
        ),
        HP(
            "Grundskola −1 350 tkr",
            "Skolskjutsarna upphandlades på nytt från januari och det nya avtalet är cirka 18 procent dyrare än det "
            "tidigare. Till det kommer tre elever med omfattande behov av särskilt stöd, där resursbeslut har fattats "
            "efter att budgeten fastställdes.",
            C(
                "Grundskola",
                "−1 350 tkr",
                "-",
                "prisokningar",
                "volymer",
                note="A dearer transport contract: prisokningar.",
            ),
        ),
        HP(
            "Gymnasieskola −2 280 tkr",
            "Avvikelsen kan härledas till köpta gymnasieplatser: 164 elever går i andra kommuners skolor mot 151 i "
            "budget. Programpriserna har dessutom räknats upp med 3,2 procent enligt den regionala prislistan, vilket "
            "är mer än den uppräkning som budgeten bygger på.",
            C("Gymnasieskola", "−2 280 tkr", "-", "kopt_verksamhet", "volymer", "prisokningar"),
        ),
        HP(
            "Kulturskola +160 tkr",
            "En tjänst som musiklärare är vakant till augusti.",
            C("Kulturskola", "+160 tkr", "+", "vakanser"),
        ),
        HP(
            "Elevhälsa +300 tkr",
            "Skolpsykologtjänsten har varit obesatt sedan december och bedöms inte kunna tillsättas förrän till "
            "hösten.",
            C("Elevhälsa", "+300 tkr", "+", "vakanser"),
        ),
        HP(
            "Gemensam administration −300 tkr",
            "Licenskostnaden för den nya lärplattformen blev högre än offererat, eftersom avtalet räknas per elev och "
            "inte per skola.",
            C("Gemensam administration", "−300 tkr", "-", "it_digitalisering"),
        ),
        HP(
            "Vuxenutbildning ±0 tkr",
            "Verksamheten beräknas hålla sin budget.",
            BP("Vuxenutbildning"),
        ),
        H("Periodens utfall", 2),
        P(
            "Utfallet för januari–februari är 1,1 mnkr lägre än den periodiserade budgeten. Det beror på att "
            "fakturorna för interkommunal ersättning för vårterminen ännu inte har kommit och inte på någon verklig "
            "besparing.",
            C(
                None,
                "1,1 mnkr",
                "+",
                "periodisering",
                note="The period's under-spending with a timing reason: a cause, positive.",
            ),
        ),
        H("Förändring jämfört med januari", 2),
        P(
            "Jämfört med uppföljningen per januari är prognosen 600 tkr sämre, vilket helt förklaras av de nya "
            "resursbesluten i grundskolan.",
            F(None, "600 tkr", "-", "volymer"),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Skolskjutsslingorna ses över inför höstterminen, med en beräknad besparing på 250 tkr under 2026.",
                "Administrativa tjänster som blir lediga tillsätts inte under resten av året.",
                "Nya resursbeslut i grundskolan prövas av sektorchefen innan de verkställs.",
            ),
            labels=(
                A("Grundskola", "250 tkr"),
                A(None, None, "vakanser"),
                A("Grundskola", None),
            ),
        ),
        H("Ekonomiska konsekvenser", 2),
        P("Beslutet i sig medför inga kostnader."),
    ]
    return ReportSpec(
        file="fargelanda-un-tjansteskrivelse-ekonomisk-uppfoljning-2026-02.pdf",
        report={
            "municipality": "Färgelanda",
            "committee": ["Utbildningsnämnden"],
            "period": ["2026-02"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per februari 2026", "author": "Färgelanda kommun"},
        style=style,
        blocks=blocks,
    )
