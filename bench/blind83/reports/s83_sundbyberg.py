"""Sundbybergs stad, Stadsmiljö- och tekniska nämnden, tjänsteskrivelse om ekonomisk uppföljning per maj 2026.

A technical committee's tjänsteskrivelse in Liberation Serif, header with the letter date in June: a decision
proposal (unlabelled), the tax-financed result "underskott om 3 650 tkr" and the fee-financed waste
collection "1 100 tkr bättre än budget" with its fund transfer in the same sentence (two items); headings
that carry the area and amount in brackets ("Gator och vägar (−2 400 tkr)", "Parkering (+900 tkr)",
"Förvaltningsledning (±0 tkr)" over "bedöms gå jämnt ut"), a part in whole kronor that is not the amount and
a risk sentence in a cause paragraph (its own item), vandalism (ovrigt), waste explained a second time under
its own heading; investments "24,5 mnkr lägre än budgeterade 86,0 mnkr" and a project "överskrida sin
projektbudget med 3,2 mnkr"; an action with its effect. Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(72.0, 82.0, 72.0, 76.0),
        header=lambda n, m: ("Sundbybergs stad", "Tjänsteskrivelse 2026-06-02, Dnr STN-2026/118"),
        footer=lambda n, m: ("Stadsmiljö- och tekniska förvaltningen", "", f"{n} ({m})"),
        header_size=8.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026", size=17, font="arial-bold", after=2),
        Title("Stadsmiljö- och tekniska nämnden", size=12, font="times", after=12),
        H("Förslag till beslut", 2),
        P(
            "Stadsmiljö- och tekniska nämnden godkänner den ekonomiska uppföljningen per maj 2026 och överlämnar den "
            "till kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        PS(
            (
                "Nämndens skattefinansierade verksamhet prognostiserar ett underskott om 3 650 tkr för helåret.",
                C(None, "3 650 tkr", "-", note="The tax-financed whole."),
            ),
            (
                "Avfallsverksamheten, som finansieras med taxor, beräknas gå 1 100 tkr bättre än budget och "
                "överskottet förs till avfallsfonden.",
                C(
                    "Avfall",
                    "1 100 tkr",
                    "+",
                    note="The fee-financed result with its fund transfer: one item.",
                ),
            ),
        ),
        H("Ekonomisk analys", 2),
        Para(
            (
                (
                    "Vinterväghållningen i januari och februari krävde betydligt fler utryckningar än ett normalår, och "
                    "kostnaden för bortforsling av snö blev 1 850 000 kronor högre än vad som beräknats i budgeten.",
                    C(
                        "Gator och vägar",
                        "−2 400 tkr",
                        "-",
                        "ovrigt",
                        note="The heading carries the amount; the part in whole kronor is not it.",
                    ),
                ),
                (
                    "Om hösten blir snörik finns en risk för ytterligare underskott.",
                    O("Gator och vägar", note="A risk sentence in a cause paragraph: its own item."),
                ),
            ),
            head="Gator och vägar (−2 400 tkr)",
        ),
        HP(
            "Parker och naturområden (−1 250 tkr)",
            "Skadegörelse på en lekplats och på belysningen i två parker har krävt akuta reparationer. Dessutom har "
            "vattenkostnaderna för nya planteringar blivit högre.",
            C("Parker och naturområden", "−1 250 tkr", "-", "ovrigt", note="Vandalism: ovrigt."),
        ),
        HP(
            "Parkering (+900 tkr)",
            "Intäkterna från parkeringsavgifter överstiger budget sedan taxan höjdes i februari, och fler besökare "
            "parkerar i centrum.",
            C("Parkering", "+900 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        HP(
            "Trafik och belysning (−900 tkr)",
            "Elkostnaderna för gatubelysning och trafiksignaler ligger över budget, främst på grund av högre "
            "nätavgifter.",
            C("Trafik och belysning", "−900 tkr", "-", "prisokningar"),
        ),
        HP(
            "Förvaltningsledning (±0 tkr)",
            "Verksamheten bedöms gå jämnt ut.",
            BP("Förvaltningsledning"),
        ),
        HP(
            "Avfall (+1 100 tkr)",
            "Behandlingsavgiften för restavfall har blivit lägre efter den nya upphandlingen, samtidigt som antalet "
            "abonnemang har ökat i de nya bostadsområdena.",
            C(
                "Avfall",
                "+1 100 tkr",
                "+",
                "prisokningar",
                "volymer",
                "avgifter_intakter",
                note="Explained a second time under its own heading: its own item.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna beräknas till 61,5 mnkr, vilket är 24,5 mnkr lägre än budgeterade 86,0 mnkr. Avvikelsen "
            "beror till största delen på att ombyggnaden av Landsvägen skjuts till 2027 sedan ledningsomläggningen "
            "har försenats.",
            C("Investeringar", "24,5 mnkr", "+", "periodisering"),
        ),
        P(
            "Projektet för ny gång- och cykelbana längs Järnvägsgatan beräknas överskrida sin projektbudget med 3,2 "
            "mnkr, eftersom förorenade massor påträffades vid schaktningen.",
            C(
                "Gång- och cykelbana Järnvägsgatan",
                "3,2 mnkr",
                "-",
                "ovrigt",
                note="A project overrun: negative. Contaminated soil: ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över beläggningsprogrammet för hösten och skjuter upp underhåll motsvarande 1 000 tkr "
            "för att minska underskottet inom gator och vägar.",
            A("Gator och vägar", "1 000 tkr"),
        ),
        H("Ekonomiska konsekvenser", 2),
        P("Beslutet medför inga ekonomiska konsekvenser utöver dem som beskrivs i uppföljningen."),
    ]
    return ReportSpec(
        file="sundbyberg-stn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Sundbyberg",
            "committee": ["Stadsmiljö- och tekniska nämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning per maj 2026 Stadsmiljö- och tekniska nämnden",
            "author": "Sundbybergs stad",
        },
        style=style,
        blocks=blocks,
    )
