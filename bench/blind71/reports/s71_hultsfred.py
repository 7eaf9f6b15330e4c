"""Hultsfreds kommun, Samhällsbyggnadsnämnden, tjänsteskrivelse ekonomisk uppföljning maj 2026.

A technical committee's cover letter (tjänsteskrivelse) dated in June for the period to May, Liberation Sans
10.5 pt: an unlabelled decision proposal, the tax-financed "underskott om 2,3 mnkr" and the fee-financed
waste collection "ett överskott på 0,9 mnkr mot budget" with its transfer to the resultatfond in the same
sentence (two items); headings that carry the area and the word for the direction ("Gata och park: underskott
1,4 mnkr", "Lokalvård och kost: överskott 0,6 mnkr"), a risk sentence in a cause paragraph (its own item), a
heading's "0,3 mnkr" repeated as "300 000 kronor" in the prose, "Räddningstjänsten beräknas följa budget"
(boilerplate), the waste collection explained a second time under its own heading; investments "en avvikelse
på 8,5 mnkr" with the reason in the next sentence and two projects "0,6 respektive 0,4 mnkr mer än
budgeterat" (two items, overruns); an action with an amount. 10 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.38,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 82.0, 72.0, 74.0),
        header=lambda n, m: ("HULTSFREDS KOMMUN", "TJÄNSTESKRIVELSE 2026-06-09"),
        footer=lambda n, m: ("Samhällsbyggnadsförvaltningen", "Dnr SBN 2026/48", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026", size=16, font="arial-bold", after=3),
        Title("Samhällsbyggnadsnämnden", size=11.5, font="arial", after=14),
        H("Förslag till beslut", 2),
        P(
            "Samhällsbyggnadsnämnden godkänner den ekonomiska uppföljningen per maj 2026 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        P(
            "Samhällsbyggnadsnämndens prognos för 2026 visar ett underskott om 2,3 mnkr för den skattefinansierade "
            "verksamheten.",
            C(None, "2,3 mnkr", "-", note="The tax-financed result, no reason."),
        ),
        P(
            "Den taxefinansierade renhållningen beräknas gå med ett överskott på 0,9 mnkr mot budget, som förs "
            "till resultatfonden vid årets slut.",
            C(
                "Renhållning",
                "0,9 mnkr",
                "+",
                note="The fee-financed result with its transfer to the fund in the same sentence: one item.",
            ),
        ),
        H("Avvikelser per verksamhet", 2),
        HP(
            "Gata och park: underskott 1,4 mnkr",
            "Vinterväghållningen kostade betydligt mer än normalt under januari och februari, med många tillfällen "
            "av halkbekämpning. Dessutom har asfaltpriserna stigit med omkring 12 procent sedan budgeten lades.",
            C(
                "Gata och park",
                "1,4 mnkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="Snow and ice: ovrigt. The percentage is not the amount.",
            ),
        ),
        Para(
            (
                (
                    "Energikostnaderna ligger över budget efter det nya elavtalet, och taket på Venaskolans "
                    "gymnastiksal har fått repareras akut efter en storm i februari.",
                    C(
                        "Fastighet",
                        "1,8 mnkr",
                        "-",
                        "prisokningar",
                        "ovrigt",
                        note="The heading carries the area and amount; the risk sentence is its own item.",
                    ),
                ),
                (
                    "Det finns en risk att fler akuta reparationer behövs under hösten.",
                    O("Fastighet", note="A risk in a cause paragraph."),
                ),
            ),
            head="Fastighet: underskott 1,8 mnkr",
            head_level=3,
        ),
        HP(
            "Lokalvård och kost: överskott 0,6 mnkr",
            "Livsmedelskostnaderna har blivit lägre än befarat tack vare ett nytt avtal, och två tjänster inom "
            "lokalvården har lämnats obesatta i avvaktan på den nya organisationen.",
            C("Lokalvård och kost", "0,6 mnkr", "+", "prisokningar", "vakanser"),
        ),
        HP(
            "Plan och bygg: överskott 0,3 mnkr",
            "Bygglovsintäkterna överstiger budget med 300 000 kronor, främst på grund av två större "
            "industrietableringar i Hultsfred.",
            C(
                "Plan och bygg",
                "300 000 kronor",
                "+",
                "avgifter_intakter",
                note="The heading's 0,3 mnkr repeated in whole kronor: the same amount.",
            ),
        ),
        P(
            "Räddningstjänsten beräknas följa budget.",
            BP("Räddningstjänst"),
        ),
        H("Renhållning", 3),
        P(
            "Överskottet inom renhållningen beror på att antalet abonnenter har ökat med nya bostäder i Virserum "
            "och att behandlingsavgifterna för hushållsavfall har blivit lägre än budgeterat.",
            C(
                "Renhållning",
                None,
                "+",
                "volymer",
                "prisokningar",
                note="Explained a second time without an amount and with no table in the letter: amount null.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 är 38,2 mnkr. Prognosen är 29,7 mnkr, en avvikelse på 8,5 mnkr. Den "
            "beror främst på att ombyggnaden av resecentrum inte påbörjas förrän 2027.",
            C("Investeringar", "8,5 mnkr", "+", "periodisering"),
        ),
        P(
            "Beläggningsprogrammet och utbytet av gatubelysning till LED beräknas kosta 0,6 respektive 0,4 mnkr "
            "mer än budgeterat på grund av högre entreprenadpriser.",
            C(
                "Beläggningsprogram",
                "0,6",
                "-",
                "prisokningar",
                unit="mnkr",
                note="Two projects as a 'respektive' pair: two items, overruns.",
                also=(C("Gatubelysning LED", "0,4 mnkr", "-", "prisokningar"),),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört inköpsstopp för förbrukningsmaterial och skjuter planerat underhåll om 0,8 "
            "mnkr till 2027.",
            A(None, "0,8 mnkr", "material_hjalpmedel", "periodisering"),
        ),
    ]
    return ReportSpec(
        file="hultsfred-sbn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Hultsfred",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Tjänsteskrivelse ekonomisk uppföljning maj 2026", "author": "Hultsfreds kommun"},
        style=style,
        blocks=blocks,
    )
