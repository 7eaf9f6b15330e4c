"""Arjeplogs kommun, Kommunstyrelsen (samhällsbyggnadsförvaltningen), tjänsteskrivelse: ekonomisk uppföljning per
den 31 maj 2026.

A technical administration's cover letter to the kommunstyrelse's arbetsutskott, dated in June, footer with the
administration and date: the tax-financed verksamheter "ett underskott på 2 350 tkr mot budget", the
fee-financed waste collection "beräknas gå 310 tkr back" followed by its cover from the balanced surplus
(other); the change since March with its cause; headings with hyphen-minus and plus that carry the area and
amount ("Gator och vägar -1 450 tkr", "Kost och lokalvård +200 tkr", "Räddningstjänst 0 tkr" over "bedöms gå
jämnt ut"): snow and electricity, a water damage whose own costs "belastar verksamheten med 410 tkr" (a part)
followed in the same paragraph by a risk sentence (other); a plain heading over "ett underskott på ungefär
0,3 mnkr" from an early end of the ski season, and housing adaptations "200 000 kronor högre än budget";
investments with the under-spend written in words of millions ("6,6 miljoner kronor") and a project
"överskrider projektbudgeten med 0,9 mnkr"; an action with "cirka 500 tkr". Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O

NOTE = "A heading that carries the area and amount (hyphen-minus): part of the item."


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
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("ARJEPLOGS KOMMUN", "TJÄNSTESKRIVELSE"),
        footer=lambda n, m: ("Samhällsbyggnadsförvaltningen · 2026-06-11", "", f"{n}/{m}"),
        header_size=8.0,
    )
    blocks = [
        Title(
            "Ekonomisk uppföljning per den 31 maj 2026 – samhällsbyggnadsförvaltningen",
            size=14,
            font="arial-bold",
        ),
        P("Dnr KS 2026/118 · Handläggare: ekonom, samhällsbyggnadsförvaltningen", size=9.0),
        H("Förslag till beslut", 2),
        P("Kommunstyrelsens arbetsutskott noterar informationen och lägger uppföljningen till handlingarna."),
        H("Ärendet", 2),
        P(
            "Samhällsbyggnadsförvaltningens skattefinansierade verksamheter prognostiserar ett underskott på "
            "2 350 tkr mot budget för helåret.",
            C(None, "2 350 tkr", "-", note="The tax-financed whole."),
        ),
        Para(
            (
                (
                    "Den avgiftsfinansierade renhållningen beräknas gå 310 tkr back.",
                    C("Renhållning", "310 tkr", "-", note="A fee-financed deficit with no reason: no tags."),
                ),
                (
                    "Underskottet täcks av renhållningskollektivets balanserade överskott från tidigare år.",
                    O(
                        "Renhållning",
                        "reserver",
                        note="The cover from the balanced surplus: a financing statement.",
                    ),
                ),
            )
        ),
        P(
            "Jämfört med uppföljningen per mars har prognosen försämrats med 600 tkr, i huvudsak på grund av "
            "vattenskadan på Kyrkbacksskolan.",
            F(None, "600 tkr", "-", "ovrigt"),
        ),
        H("Kommentarer per verksamhet", 2),
        HP(
            "Gator och vägar -1 450 tkr",
            "Vinterväghållningen har kostat mer än budgeterat efter en lång snösäsong med många plogtillfällen i "
            "mars och april. Dessutom har gatubelysningens elkostnader blivit högre än beräknat.",
            C("Gator och vägar", "-1 450 tkr", "-", "ovrigt", "prisokningar", note=NOTE + " Snow: ovrigt."),
        ),
        Para(
            (
                (
                    "Vattenskadan på Kyrkbacksskolan i februari har krävt sanering och tillfälliga lokaler för två "
                    "klasser. Försäkringen täcker en del av kostnaden, men självrisken och hyran för paviljongerna "
                    "belastar verksamheten med 410 tkr.",
                    C(
                        "Fastighetsförvaltning",
                        "-600 tkr",
                        "-",
                        "ovrigt",
                        "lokaler",
                        note=NOTE + " The 410 tkr is a part; a water damage is ovrigt.",
                    ),
                ),
                (
                    "Det finns en risk att fler skador upptäcks när golven i matsalen tas upp under sommaren.",
                    O(
                        "Fastighetsförvaltning",
                        note="A risk sentence in the cause's paragraph: its own item.",
                    ),
                ),
            ),
            head="Fastighetsförvaltning -600 tkr",
        ),
        HP(
            "Kost och lokalvård +200 tkr",
            "Livsmedelspriserna har stigit mindre än vad som antogs i budgeten.",
            C("Kost och lokalvård", "+200 tkr", "+", "prisokningar", note=NOTE),
        ),
        HP("Räddningstjänst 0 tkr", "Verksamheten bedöms gå jämnt ut.", BP("Räddningstjänst")),
        H("Fritid", 3),
        P(
            "Liftkortsintäkterna i kommunens skidbacke blev lägre än budgeterat eftersom säsongen avslutades två "
            "veckor tidigare än normalt på grund av snösmältning, och verksamheten redovisar därför ett underskott "
            "på ungefär 0,3 mnkr.",
            C("Fritid", "ungefär 0,3 mnkr", "-", "avgifter_intakter", "ovrigt"),
        ),
        H("Bostadsanpassning", 3),
        P(
            "Två större ärenden, bland annat en ramp och en trapphiss i ett flerbostadshus, gör att kostnaderna "
            "för bostadsanpassning blir 200 000 kronor högre än budget.",
            C("Bostadsanpassning", "200 000 kronor", "-", "volymer"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 18,6 mnkr har 3,2 mnkr använts till och med maj. Prognosen är att 6,6 "
            "miljoner kronor inte används i år, eftersom bytet av huvudvattenledningen längs Strandvägen skjuts till "
            "2027 sedan upphandlingen inte gav några anbud.",
            C("Investeringar", "6,6 miljoner kronor", "+", "periodisering", note="Under-spending: positive."),
        ),
        P(
            "Ombyggnaden av slamavskiljaren vid reningsverket i Slagnäs överskrider projektbudgeten med 0,9 mnkr, "
            "eftersom markarbetena blev mer omfattande än projekteringen visade.",
            C("Reningsverket i Slagnäs", "0,9 mnkr", "-", "ovrigt", note="A project overrun: negative."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört inköpsstopp för förbrukningsmaterial och skjuter planerat målningsunderhåll "
            "till 2027, sammantaget cirka 500 tkr.",
            A(None, "cirka 500 tkr", "material_hjalpmedel"),
        ),
    ]
    return ReportSpec(
        file="arjeplog-ks-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Arjeplog",
            "committee": ["Kommunstyrelsen", "Kommunstyrelsens arbetsutskott"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per den 31 maj 2026", "author": "Arjeplogs kommun"},
        style=style,
        blocks=blocks,
    )
