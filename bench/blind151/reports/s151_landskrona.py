"""Landskrona stad, Tekniska nämnden, tjänsteskrivelse om ekonomisk uppföljning per maj 2026.

A technical committee's cover letter dated in June for the period to May, in tkr and mnkr: the decision proposal
(unlabelled), the tax-financed deficit "ett underskott om 3,4 mnkr", then headings that carry the area and the
amount in brackets with a hyphen-minus ("Gata och trafik (-2 600 tkr)", "Kapitaltjänst (±0 tkr)"): snow and
asphalt prices (a price percentage that is not the amount), vacancies, parking revenue "1 100 000 kronor lägre
än budgeterat" with a risk sentence in the same paragraph (its own `other` item), "bedöms bli i nivå med
budget" (boilerplate), fees for extra meetings; investments "41,2 mnkr, att jämföra med en budget på 58,0
mnkr" (16,8 never written out) and two projects "4,2 respektive 2,9 mnkr billigare i år än budgeterat"; an
action with an effect, the change since March with its cause and a complaint count against last year (other).
Liberation Serif (Times New Roman) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("Landskrona stad – Teknik- och fastighetsförvaltningen", "2026-06-03"),
        footer=lambda n, m: ("Dnr TN 2026/088", "", f"{n}/{m}"),
        header_size=8.5,
        rule_under_header=False,
    )
    blocks = [
        Title("Tjänsteskrivelse", size=17, font="times-bold", after=2),
        Title("Ekonomisk uppföljning per maj 2026 – tekniska nämnden", size=12.5, font="times", after=12),
        H("Förslag till beslut", 2),
        P(
            "Tekniska nämnden godkänner den ekonomiska uppföljningen per maj 2026 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Ärendet", 2),
        P(
            "Tekniska nämnden prognostiserar ett underskott om 3,4 mnkr för den skattefinansierade verksamheten.",
            C(None, "3,4 mnkr", "-"),
        ),
        HP(
            "Gata och trafik (-2 600 tkr)",
            "Vinterns snöröjning och halkbekämpning blev betydligt dyrare än ett normalår efter snöfallen i januari "
            "och februari. Därtill har priset på asfalt ökat med cirka 9 procent, vilket påverkar "
            "beläggningsprogrammet.",
            C(
                "Gata och trafik",
                "-2 600 tkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="Snow is ovrigt, the asphalt price percentage is not the amount.",
            ),
        ),
        HP(
            "Park och natur (+450 tkr)",
            "Två tjänster som parkarbetare har varit vakanta under våren och har inte tillsatts.",
            C("Park och natur", "+450 tkr", "+", "vakanser"),
        ),
        Para(
            (
                (
                    "Intäkterna från parkeringsavgifter blir 1 100 000 kronor lägre än budgeterat, eftersom "
                    "parkeringshuset vid stationen har varit stängt för reparation sedan mars.",
                    C(
                        "Parkering",
                        "1 100 000 kronor",
                        "-",
                        "avgifter_intakter",
                        "ovrigt",
                        note="The heading belongs to the cause item, the risk sentence is its own item.",
                    ),
                ),
                (
                    "Förvaltningen bedömer att det finns en risk att stängningen förlängs till hösten.",
                    O("Parkering", note="A risk inside a cause paragraph."),
                ),
            ),
            head="Parkering (-1 100 tkr)",
            head_level=3,
        ),
        HP(
            "Kapitaltjänst (±0 tkr)",
            "Kapitalkostnaderna bedöms bli i nivå med budget.",
            BP("Kapitaltjänst"),
        ),
        HP(
            "Gemensam administration (-150 tkr)",
            "Kostnaderna för nämndens arvoden blir något högre än budget efter flera extra sammanträden under "
            "våren.",
            C("Gemensam administration", "-150 tkr", "-", "ovrigt", note="Members' fees: ovrigt."),
        ),
        P(
            "Jämfört med uppföljningen per mars har prognosen försämrats med 0,9 mnkr, vilket helt beror på "
            "stängningen av parkeringshuset.",
            F(None, "0,9 mnkr", "-", "avgifter_intakter", "ovrigt"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen för 2026 uppgår till 41,2 mnkr, att jämföra med en budget på 58,0 mnkr.",
            C(
                "Investeringar",
                "41,2 mnkr",
                "+",
                value=16.8e6,
                note="The under-spend (16,8 mnkr) is never written out: computed value, amount text as written.",
            ),
        ),
        P(
            "Ombyggnaden av Östervångsparken och den nya gång- och cykelbron vid Lundåkraviken beräknas bli 4,2 "
            "respektive 2,9 mnkr billigare i år än budgeterat, eftersom upphandlingarna har dragit ut på tiden.",
            C(
                "Östervångsparken",
                "4,2",
                "+",
                "periodisering",
                unit="mnkr",
                note="Two projects as a 'respektive' pair: two items.",
                also=(C("Gång- och cykelbron vid Lundåkraviken", "2,9 mnkr", "+", "periodisering"),),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen avvaktar med mindre underhållsåtgärder på gatunätet under hösten, vilket beräknas "
            "minska kostnaderna med 700 tkr.",
            A("Gata och trafik", "700 tkr"),
        ),
        H("Verksamhet", 2),
        P(
            "Antalet felanmälningar om gatubelysning var 1 310 till och med maj, 22 procent fler än samma period "
            "2025, vilket beror på kabelfel i de äldre bostadsområdena.",
            O("Gata och trafik", "ovrigt", note="Complaints against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="landskrona-tn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": ["Landskrona", "Landskrona stad"],
            "committee": ["Tekniska nämnden"],
            "period": ["2026-05", "2026-06"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning per maj 2026 tekniska nämnden",
            "author": "Landskrona stad",
        },
        style=style,
        blocks=blocks,
    )
