"""Ystads kommun, Samhällsbyggnadsnämnden, tjänsteskrivelse ekonomisk uppföljning per maj 2026.

A technical committee's tjänsteskrivelse in tkr and mnkr set in Liberation Sans, dated in June, with a
decision proposal (unlabelled) first: the tax-financed result "ett underskott på 2 150 tkr jämfört med budget"
with the areas named; exploitation "ett överskott på 3,1 mnkr" from plot sales; headings that carry the area,
a direction word and the amount after an en dash ("Gator och vägar – underskott 1 450 tkr"): snow and
electricity prices, a harbour deficit whose paragraph names a part in whole kronor ("350 000 kronor"), building
permit revenue, a heading without amount over "bedöms hålla budget" (boilerplate) and a retroactive final
settlement for public transport; the change since April with its cause; investments "en avvikelse på 16,5
mnkr" after three levels and two projects whose amounts stand in brackets after each ("(8,0 mnkr)", "(4,5
mnkr)"), an action with its effect and a storm risk (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Ystads kommun", "Tjänsteskrivelse"),
        footer=lambda n, m: (
            "Samhällsbyggnadsförvaltningen 2026-06-09",
            "Dnr SBN 2026/187",
            f"Sida {n} av {m}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    blocks = [
        Title("Ekonomisk uppföljning per den 31 maj 2026", size=16, font="arial-bold", after=2),
        Title("Samhällsbyggnadsnämnden", size=11.5, font="arial", after=12),
        H("Förslag till beslut", 2),
        P(
            "Samhällsbyggnadsnämnden godkänner den ekonomiska uppföljningen per maj 2026 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        P(
            "Den skattefinansierade verksamheten beräknas för helåret redovisa ett underskott på 2 150 tkr jämfört "
            "med budget. De största avvikelserna finns inom gator och vägar samt hamnen, medan plan- och "
            "bygglovsverksamheten ger ett överskott.",
            C(
                "Skattefinansierad verksamhet",
                "2 150 tkr",
                "-",
                note="The tax-financed result with the areas named and no reasons.",
            ),
        ),
        P(
            "Exploateringsverksamheten visar ett överskott på 3,1 mnkr, då fler villatomter än beräknat har sålts "
            "under våren.",
            C("Exploatering", "3,1 mnkr", "+", "avgifter_intakter", note="Plot sales: avgifter_intakter."),
        ),
        H("Avvikelser per verksamhet", 2),
        HP(
            "Gator och vägar – underskott 1 450 tkr",
            "Vinterväghållningen har kostat betydligt mer än budgeterat efter snöovädret i februari. Dessutom har "
            "elpriset för gatubelysningen varit högre än beräknat.",
            C("Gator och vägar", "1 450 tkr", "-", "ovrigt", "prisokningar", note="Snow: ovrigt."),
        ),
        HP(
            "Hamnen – underskott 900 tkr",
            "Gästhamnens intäkter väntas bli lägre än budget eftersom en av bryggorna är avstängd för reparation "
            "under hela säsongen. Av underskottet avser 350 000 kronor akuta åtgärder på den västra piren efter "
            "stormen i januari.",
            C(
                "Hamnen",
                "900 tkr",
                "-",
                "avgifter_intakter",
                "ovrigt",
                note="The part in whole kronor is not the amount: the heading's.",
            ),
        ),
        HP(
            "Plan och bygglov – överskott 600 tkr",
            "Bygglovsintäkterna ligger över budget tack vare flera större ärenden, bland annat två nya "
            "flerbostadshus.",
            C("Plan och bygglov", "600 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        HP(
            "Parker och grönområden",
            "Verksamheten bedöms hålla budget.",
            BP("Parker och grönområden"),
        ),
        HP(
            "Kollektivtrafik – underskott 400 tkr",
            "Slutregleringen för 2025 från Skånetrafiken blev högre än beräknat, och kostnaden har belastat 2026.",
            C(
                "Kollektivtrafik",
                "400 tkr",
                "-",
                "periodisering",
                note="A retroactive final settlement: periodisering.",
            ),
        ),
        H("Förändring jämfört med april", 2),
        P(
            "Prognosen för den skattefinansierade verksamheten har försämrats med 400 tkr sedan april, vilket helt "
            "beror på slutregleringen för kollektivtrafiken.",
            F(None, "400 tkr", "-", "periodisering"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget för 2026 är 58,4 mnkr. Utfallet till och med maj är 11,2 mnkr och "
            "prognosen för helåret 41,9 mnkr, vilket ger en avvikelse på 16,5 mnkr.",
            C("Investeringar", "16,5 mnkr", "+", note="Under-spending after three levels, no reason here."),
        ),
        P(
            "Förskjutningen gäller främst renoveringen av Fiskehamnens brygga, som har försenats av "
            "tillståndsprövningen (8,0 mnkr), och den nya gång- och cykelvägen mot Sandskogen, där entreprenören "
            "inte kan starta förrän i oktober (4,5 mnkr).",
            C(
                "Renovering av Fiskehamnens brygga",
                "8,0 mnkr",
                "+",
                "periodisering",
                note="Two projects in one sentence, each amount in brackets after it: two items.",
                also=(C("Gång- och cykelväg mot Sandskogen", "4,5 mnkr", "+", "periodisering"),),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har stoppat planerade inköp av nya parkbänkar och ny lekutrustning för resten av året, "
            "vilket minskar kostnaderna med 250 tkr.",
            A("Parker och grönområden", "250 tkr", "material_hjalpmedel"),
        ),
        H("Risker", 2),
        P(
            "Om hösten blir lika blåsig som 2025 kan ytterligare skador på hamnanläggningarna uppstå. Någon reserv "
            "för detta finns inte i nämndens budget.",
            O("Hamnen", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="ystad-sbn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Ystad",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026", "author": "Ystads kommun"},
        style=style,
        blocks=blocks,
    )
