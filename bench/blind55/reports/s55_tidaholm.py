"""Tidaholms kommun, Samhällsbyggnadsnämnden, tjänsteskrivelse: ekonomisk uppföljning per maj 2026.

A technical committee's cover letter dated in June for the period to May, in tkr and mnkr: a decision
proposal (unlabelled), the full year "ett underskott på 2 350 tkr" and one sentence splitting it into the
tax-financed "beräknas överskrida budget med 2 950 tkr" and the fee-financed waste collection's "överskott på
600 tkr" (two items); headings that carry the area and the amount with U+2212 and "+" ("Gata och park −1 700
tkr", "Administration 0 tkr" over "följa budget", boilerplate): snow clearing and street lighting, a water
damage and empty premises with a part in whole kronor that is not the amount and a risk sentence in the same
paragraph (its own item), lower food prices, building-permit revenue, the waste surplus with the transfer to
the waste fund in the same paragraph, so that surplus is explained twice; investments "Av nämndens
investeringsbudget på 34,2 mnkr beräknas 21,5 mnkr användas" (12,7 never written out) and two projects as a
"respektive" pair; an action "cirka 300 tkr". DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: (
            "Tidaholms kommun – Samhällsbyggnadsförvaltningen",
            "Tjänsteskrivelse 2026-06-03",
        ),
        footer=lambda n, m: ("Dnr SBN 2026/114", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026", size=17, font="cond-bold", after=2),
        Title("Samhällsbyggnadsnämnden", size=12, font="cond", after=12),
        H("Förslag till beslut", 2),
        P(
            "Samhällsbyggnadsnämnden godkänner den ekonomiska uppföljningen per maj 2026 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        P(
            "Samhällsbyggnadsnämnden prognostiserar ett underskott på 2 350 tkr för helåret 2026.",
            C(None, "2 350 tkr", "-"),
        ),
        P(
            "Den skattefinansierade verksamheten beräknas överskrida budget med 2 950 tkr, medan den "
            "avgiftsfinansierade renhållningen väntas ge ett överskott på 600 tkr.",
            C(
                "Skattefinansierad verksamhet",
                "2 950 tkr",
                "-",
                note="One sentence split into tax- and fee-financed parts: two items.",
                also=(C("Renhållning", "600 tkr", "+"),),
            ),
        ),
        H("Ärendet", 2),
        HP(
            "Gata och park −1 700 tkr",
            "Vinterns snöröjning blev betydligt dyrare än normalt efter de stora snöfallen i januari och februari. "
            "Dessutom har kostnaderna för gatubelysning ökat med det nya elavtalet.",
            C("Gata och park", "−1 700 tkr", "-", "ovrigt", "prisokningar", note="Snow is ovrigt."),
        ),
        Para(
            (
                (
                    "En vattenskada i Rosendals förskola har krävt omfattande sanering, och de tomställda lokalerna "
                    "på Ågatan ger hyreskostnader utan motsvarande intäkter. Av avvikelsen avser 1 250 000 kronor "
                    "saneringen.",
                    C(
                        "Fastighet",
                        "−2 100 tkr",
                        "-",
                        "ovrigt",
                        "lokaler",
                        note="A part in whole kronor is not the amount; the heading's is.",
                    ),
                ),
                (
                    "Försäkringsersättningen är ännu inte fastställd och kan minska underskottet.",
                    O("Fastighet", note="A risk sentence in the cause's paragraph: its own item."),
                ),
            ),
            head="Fastighet −2 100 tkr",
            head_level=3,
        ),
        HP(
            "Kost +350 tkr",
            "Livsmedelskostnaderna har blivit lägre än budgeterat tack vare det nya ramavtalet för mejeri och "
            "färskvaror.",
            C("Kost", "+350 tkr", "+", "prisokningar"),
        ),
        HP(
            "Planering och bygglov +500 tkr",
            "Intäkterna från bygglov har blivit högre än beräknat, eftersom flera större byggprojekt i "
            "Hellidsområdet har sökt lov under våren.",
            C("Planering och bygglov", "+500 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        HP(
            "Renhållning +600 tkr",
            "Behandlingsavgiften för matavfall vid biogasanläggningen har sänkts, vilket ger ett överskott som "
            "förs till renhållningsfonden vid årets slut.",
            C(
                "Renhållning",
                "+600 tkr",
                "+",
                "prisokningar",
                note="The waste surplus explained a second time, with the fund transfer: one cause item.",
            ),
        ),
        HP("Administration 0 tkr", "Administrationen bedöms följa budget.", BP("Administration")),
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsbudget på 34,2 mnkr beräknas 21,5 mnkr användas under året.",
            C(
                "Investeringar",
                "Av nämndens investeringsbudget på 34,2 mnkr beräknas 21,5 mnkr användas",
                "+",
                value=12_700_000,
                note="An under-spend never written out: the computed value; the reasons follow in the next "
                "paragraph.",
            ),
        ),
        P(
            "Gång- och cykelvägen längs Smedjegatan och ombyggnaden av Badhusplatsen skjuts båda till 2027, vilket "
            "ger 4,8 respektive 3,1 mnkr lägre utgifter i år än budgeterat.",
            C(
                "Gång- och cykelväg Smedjegatan",
                "4,8",
                "+",
                "periodisering",
                unit="mnkr",
                note="Two projects as a 'respektive' pair: two items.",
                also=(C("Ombyggnad av Badhusplatsen", "3,1 mnkr", "+", "periodisering"),),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört inköpsstopp för material som inte är nödvändigt inom gata och park, vilket "
            "väntas minska kostnaderna med cirka 300 tkr.",
            A("Gata och park", "cirka 300 tkr", "material_hjalpmedel"),
        ),
    ]
    return ReportSpec(
        file="tidaholm-sbn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Tidaholm",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026", "author": "Tidaholms kommun"},
        style=style,
        blocks=blocks,
    )
