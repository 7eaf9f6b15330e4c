"""Vara kommun, Tekniska nämnden, tjänsteskrivelse om ekonomisk uppföljning per maj 2026.

A technical committee's tjänsteskrivelse dated in June for the period to May, in tkr with U+2212 minus signs
inside brackets in the headings: the tax-financed result "ett underskott på 2 150 tkr" and the fee-financed
water, sewage and waste "ett överskott om 640 tkr, som förs till respektive resultatfond" (two items in one
paragraph, the fund transfer inside the second); headings that carry the area and the amount in brackets
("Gata och trafik (−1 350 tkr)", "Kost och städ (+600 tkr)") with a part that is not the amount ("1 900 tkr
mer än budgeterat" for winter maintenance), snow and a storm (ovrigt), empty rented pavilions, chemicals and a
cheaper waste contract "200 000 kronor" (whole kronor); investments "37,5 mnkr av budgeterade 52,0 mnkr"
(14,5 never written out) and a paving programme "1,8 mnkr dyrare än budgeterat"; a decision proposal
(unlabelled), an action with its effect and a risk (other). DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Title

from reports.common import HP, A, C, O


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
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Vara kommun", "Tjänsteskrivelse 2026-06-03"),
        footer=lambda n, m: ("Tekniska nämnden 2026-06-15", "Dnr TN 2026/88", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026", size=16, font="cond-bold", after=2),
        Title("Tekniska nämnden", size=11.5, font="cond", after=12),
        H("Förslag till beslut", 2),
        P(
            "Tekniska nämnden godkänner den ekonomiska uppföljningen per maj 2026 och överlämnar den till "
            "kommunstyrelsen för kännedom."
        ),
        H("Sammanfattning", 2),
        PS(
            (
                "Tekniska nämndens skattefinansierade verksamhet prognostiserar ett underskott på 2 150 tkr för "
                "2026.",
                C(
                    "Skattefinansierad verksamhet",
                    "2 150 tkr",
                    "-",
                    note="The tax-financed part's full year.",
                ),
            ),
            (
                "De avgiftsfinansierade verksamheterna vatten och avlopp samt avfall beräknas tillsammans ge ett "
                "överskott om 640 tkr, som förs till respektive resultatfond.",
                C(
                    "Vatten och avlopp samt avfall",
                    "640 tkr",
                    "+",
                    note="The fee-financed result with the fund transfer in the same sentence: one cause.",
                ),
            ),
        ),
        H("Skattefinansierad verksamhet", 2),
        HP(
            "Gata och trafik (−1 350 tkr)",
            "Vinterväghållningen kostade 1 900 tkr mer än budgeterat efter de ihållande snöfallen i januari och "
            "februari. Underskottet dämpas av att gatubelysningens elkostnader blev lägre än beräknat.",
            C(
                "Gata och trafik",
                "−1 350 tkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="The heading carries the amount; 1 900 tkr for winter maintenance is a part.",
            ),
        ),
        HP(
            "Park och natur (−420 tkr)",
            "Stormen i december förra året har krävt omfattande röjning i tätorternas parker, och kostnaden för "
            "anlitade entreprenörer överskrider budgeten.",
            C("Park och natur", "−420 tkr", "-", "ovrigt", note="A storm: ovrigt."),
        ),
        HP(
            "Fastighet (−980 tkr)",
            "Fastighetsavdelningen har haft akuta vattenskador på Brogårdsskolan, och två förhyrda paviljonger står "
            "tomma sedan i våras utan att hyran kan sägas upp förrän 2027.",
            C(
                "Fastighet",
                "−980 tkr",
                "-",
                "ovrigt",
                "lokaler",
                note="Water damage: ovrigt; empty pavilions.",
            ),
        ),
        HP(
            "Kost och städ (+600 tkr)",
            "Livsmedelspriserna har stigit mindre än vad som förutsattes i budgeten, och en tjänst som kock har "
            "varit vakant sedan februari.",
            C("Kost och städ", "+600 tkr", "+", "prisokningar", "vakanser"),
        ),
        H("Avgiftsfinansierad verksamhet", 2),
        HP(
            "Vatten och avlopp (+440 tkr)",
            "Brukningsavgifterna blir högre än budget efter taxehöjningen, men kostnaderna för kemikalier i "
            "reningsverken ökar.",
            C("Vatten och avlopp", "+440 tkr", "+", "avgifter_intakter", "material_hjalpmedel"),
        ),
        HP(
            "Avfall (+200 tkr)",
            "Avfallsverksamheten beräknas ge ett överskott på 200 000 kronor eftersom den nya "
            "insamlingsentreprenaden blev billigare än beräknat.",
            C(
                "Avfall",
                "200 000 kronor",
                "+",
                "prisokningar",
                note="The amount in whole kronor in the prose; a cheaper contract is prisokningar.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen uppgår till 37,5 mnkr av budgeterade 52,0 mnkr, främst eftersom ombyggnaden av "
            "reningsverket i Kvänum har skjutits till 2027 i väntan på tillstånd.",
            C(
                "Investeringar",
                "37,5 mnkr av budgeterade 52,0 mnkr",
                "+",
                "periodisering",
                value=14_500_000,
                note="Investment under-spending of 14,5 mnkr, never written out: the computed value.",
            ),
        ),
        P(
            "Beläggningsprogrammet för gator blir samtidigt 1,8 mnkr dyrare än budgeterat på grund av höjda "
            "asfaltpriser.",
            C("Beläggningsprogrammet", "1,8 mnkr", "-", "prisokningar", note="Investment overrun."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen skjuter planerat målningsunderhåll av två förskolor till 2027, vilket minskar "
            "kostnaderna inom fastighet med cirka 500 tkr i år.",
            A("Fastighet", "cirka 500 tkr"),
        ),
        H("Risker", 2),
        P(
            "Om hösten blir lika nederbördsrik som förra året kan kostnaderna för pumpning och bräddning öka "
            "ytterligare inom vatten och avlopp.",
            O("Vatten och avlopp", "ovrigt", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="vara-tn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Vara",
            "committee": ["Tekniska nämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026 Tekniska nämnden", "author": "Vara kommun"},
        style=style,
        blocks=blocks,
    )
