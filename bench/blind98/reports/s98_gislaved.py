"""Gislaveds kommun, Tekniska nämnden, tjänsteskrivelse: ekonomisk uppföljning per maj 2026.

A technical committee's tjänsteskrivelse dated in June for the period to May, Liberation Serif (Times) 11 pt:
a decision proposal (unlabelled), the tax-financed part's full-year deficit "ett underskott om 2 650 tkr",
then one sentence with the fee-financed water and sewage surplus (its transfer to the VA fund in the same
sentence) and refuse collection that will "gå 350 tkr back" after "medan" (two items); headings that carry the
area and a hyphen-minus amount ("Gata och park -1 900 tkr") over paragraphs with a part in tkr (1 400 of
1 900) and a percentage that are not the amount, "+550 tkr" with reasons only, "±0 tkr" over "bedöms gå jämnt
ut" (boilerplate); capital costs "300 tkr lägre än budgeterat" by kostnadsslag (the deficit explained twice);
the change since March; investments "22,5 mnkr lägre än budget" and a project that "ensamt
förklarar 14,0 mnkr av avvikelsen" (its own item); an action "cirka 600 tkr" and the VA fund's balance
and a risk (others). 9 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area and its amount (hyphen-minus)."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(78.0, 82.0, 78.0, 76.0),
        header=lambda n, m: ("Gislaveds kommun", "Tjänsteskrivelse 2026-06-03"),
        footer=lambda n, m: ("Tekniska förvaltningen", "Dnr TN 2026/0219", f"{n}({m})"),
        header_size=8.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per den 31 maj 2026", size=16, font="times-bold", after=4),
        Title("Tekniska nämnden", size=12, font="times-italic", after=12),
        H("Förslag till beslut", 2),
        P(
            "Tekniska nämnden godkänner den ekonomiska uppföljningen per den 31 maj 2026 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Ärendebeskrivning", 2),
        P(
            "Tekniska nämndens skattefinansierade verksamhet redovisar en helårsprognos med ett underskott om 2 650 "
            "tkr jämfört med budget.",
            C("Skattefinansierad verksamhet", "2 650 tkr", "-", note="The tax-financed part of the nämnd."),
        ),
        P(
            "Den avgiftsfinansierade verksamheten inom vatten och avlopp beräknas göra ett överskott om 1 200 tkr "
            "mot budget, vilket förs till VA-fonden vid årets slut, medan renhållningen beräknas gå 350 tkr back "
            "till följd av högre behandlingsavgifter för restavfall.",
            C(
                "Vatten och avlopp",
                "1 200 tkr",
                "+",
                note="The fund transfer in the same sentence stays in the cause; no reason given.",
                also=(C("Renhållning", "350 tkr", "-", "prisokningar", note="'Gå 350 tkr back': negative."),),
            ),
        ),
        P(
            "Prognosen är 900 tkr sämre än vid uppföljningen i mars, främst på grund av vattenskadorna inom "
            "fastighetsavdelningen.",
            F(None, "900 tkr", "-", "ovrigt"),
        ),
        H("Verksamheternas prognoser", 2),
        HP(
            "Gata och park -1 900 tkr",
            "Vinterns många snöfall medförde kostnader för snöröjning och halkbekämpning som översteg budget med "
            "1 400 tkr. Därtill har priserna på asfalt stigit med omkring 12 procent sedan budgeten lades.",
            C(
                "Gata och park",
                "-1 900 tkr",
                "-",
                "ovrigt",
                "prisokningar",
                note=HEAD + " The 1 400 tkr for snow is a part, the 12 percent a price rise.",
            ),
        ),
        HP(
            "Fastighet -1 300 tkr",
            "Fastighetsavdelningen har haft oförutsedda kostnader för vattenskador på två skolor och för rivning av "
            "en brandskadad paviljong. Kostnaderna för el och uppvärmning ligger dock något under budget.",
            C("Fastighet", "-1 300 tkr", "-", "ovrigt", "prisokningar", note=HEAD),
        ),
        HP(
            "Kost och lokalvård +550 tkr",
            "Livsmedelskostnaderna har blivit lägre än befarat sedan det nya livsmedelsavtalet trädde i kraft, och "
            "lokalvården har haft vakanser under våren.",
            C("Kost och lokalvård", "+550 tkr", "+", "prisokningar", "vakanser", note=HEAD),
        ),
        HP(
            "Teknisk administration ±0 tkr",
            "Verksamheten bedöms gå jämnt ut.",
            BP("Teknisk administration", note="A heading '±0 tkr' over 'gå jämnt ut': boilerplate."),
        ),
        P(
            "Sett per kostnadsslag blir kapitalkostnaderna 300 tkr lägre än budgeterat, eftersom flera av förra "
            "årets investeringar har aktiverats senare än planerat.",
            C(
                "Kapitalkostnader",
                "300 tkr",
                "+",
                "periodisering",
                note="A kostnadsslag beside the verksamheter (the deficit explained twice).",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen för 2026 är 41,7 mnkr, vilket är 22,5 mnkr lägre än budget.",
            C(
                "Investeringar",
                "22,5 mnkr",
                "+",
                note="Investment under-spending; no reason in the sentence.",
            ),
        ),
        P(
            "Ombyggnaden av avloppsreningsverket i Anderstorp skjuts till 2027 sedan tilldelningsbeslutet har "
            "överprövats, vilket ensamt förklarar 14,0 mnkr av avvikelsen.",
            C(
                "Avloppsreningsverket i Anderstorp",
                "14,0 mnkr",
                "+",
                "periodisering",
                "ovrigt",
                note="A project's share of the investment deviation: its own item (a legal review is ovrigt).",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har beslutat att skjuta upp planerat beläggningsunderhåll på lokalgator till hösten, "
            "vilket beräknas minska underskottet inom gata och park med cirka 600 tkr.",
            A("Gata och park", "cirka 600 tkr"),
        ),
        H("VA-fonden", 2),
        P(
            "VA-fondens behållning beräknas uppgå till 8,3 mnkr vid årets slut.",
            O("Vatten och avlopp", note="A fund balance: other."),
        ),
        P(
            "Det finns en risk för ytterligare kostnader om fler vattenskador upptäcks vid höstens besiktningar av "
            "skolorna.",
            O("Fastighet", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="gislaved-tn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Gislaved",
            "committee": ["Tekniska nämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per den 31 maj 2026", "author": "Gislaveds kommun"},
        style=style,
        blocks=blocks,
    )
