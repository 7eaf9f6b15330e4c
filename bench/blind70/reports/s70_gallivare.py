"""Gällivare kommun, Kultur- och fritidsnämnden, tjänsteskrivelse: ekonomisk uppföljning per maj 2026.

A culture and leisure committee's cover letter dated in June for the period to May: the frame (context,
unlabelled) and "kommer att överskrida ramen med en miljon sexhundratusen kronor" (an amount in words), the
period "0,4 miljoner kronor lägre än den periodiserade budgeten" with a timing reason (positive); en-dash
bullets under a generic heading in varied shapes ("Simhall och ishall: −1,9 mnkr." with electricity prices
and an emergency repair, "ett mindre överskott på 0,3 mnkr som en följd av", "För föreningsbidragen blir
kostnaden 0,5 mnkr högre än budget", last month's figure in brackets "(−0,1 i mars)", "ligger i nivå med
budget", "beräknas göra ett överskott om 0,7 mnkr" with cheaper premises); an action with its effect, the
change since March and the equity that would cover a deficit (other). 7 scored causes. Liberation Sans
(Arial) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=11.0,
        leading=1.35,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 84.0, 70.0, 76.0),
        header=lambda n, m: ("Gällivare kommun", "Tjänsteskrivelse 2026-06-03"),
        footer=lambda n, m: ("Kultur- och fritidsförvaltningen", "Dnr KFN 2026/41", f"{n}({m})"),
        header_size=8.5,
        rule_under_header=False,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026", size=17, font="arial-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12, font="arial", after=14),
        H("Förslag till beslut", 2),
        P(
            "Kultur- och fritidsnämnden godkänner den ekonomiska uppföljningen per maj 2026 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Ärendet", 2),
        PS(
            ("Nämnden har en budgetram på 58,3 miljoner kronor för 2026.", None),
            (
                "Efter maj bedömer förvaltningen att nämnden kommer att överskrida ramen med en miljon sexhundratusen "
                "kronor.",
                C(
                    None,
                    "en miljon sexhundratusen kronor",
                    "-",
                    value=1_600_000,
                    note="An amount in words; the frame before it is context.",
                ),
            ),
        ),
        P(
            "Utfallet till och med maj är 0,4 miljoner kronor lägre än den periodiserade budgeten, vilket främst beror "
            "på att sommarens evenemang ännu inte har bokförts.",
            C(
                None,
                "0,4 miljoner kronor",
                "+",
                "periodisering",
                note="Net cost under the period's budget: positive.",
            ),
        ),
        H("Avvikelser per verksamhet", 2),
        Bullets(
            (
                "Simhall och ishall: -1,9 mnkr. Elpriset har varit högre än budgeterat under vintermånaderna och "
                "ishallens avfuktare har bytts ut akut.",
                "Biblioteket redovisar ett mindre överskott på 0,3 mnkr som en följd av föräldraledigheter som inte "
                "har ersatts fullt ut.",
                "För föreningsbidragen blir kostnaden 0,5 mnkr högre än budget, sedan nämnden i mars beviljade extra "
                "driftbidrag till två skidklubbar efter den snöfattiga vintern.",
                "Allmänkultur -0,2 mnkr (-0,1 i mars) till följd av högre arvoden till artister vid nationaldagsfirandet.",
                "Kulturskolan ligger i nivå med budget.",
                "Fritidsgårdarna beräknas göra ett överskott om 0,7 mnkr. Verksamheten i Malmberget har flyttat till "
                "mindre lokaler med lägre hyra.",
            ),
            labels=(
                C(
                    "Simhall och ishall",
                    "-1,9 mnkr",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    note="Electricity prices are prisokningar, an emergency replacement ovrigt.",
                ),
                C("Bibliotek", "0,3 mnkr", "+", "vakanser", note="Leave not replaced: vakanser."),
                C(
                    "Föreningsbidrag",
                    "0,5 mnkr",
                    "-",
                    "ovrigt",
                    note="The area after 'För'; extra grants after a snowless winter: ovrigt.",
                ),
                C(
                    "Allmänkultur",
                    "-0,2 mnkr",
                    "-",
                    "prisokningar",
                    note="March's figure in brackets is not the amount.",
                ),
                BP("Kulturskola"),
                C("Fritidsgårdar", "0,7 mnkr", "+", "lokaler"),
            ),
            glyph="–",
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen föreslår att öppettiderna i ishallen minskas under maj och augusti, vilket beräknas minska "
            "kostnaderna med 250 tkr.",
            A("Simhall och ishall", "250 tkr", "prisokningar"),
        ),
        H("Förändring mot föregående uppföljning", 2),
        P(
            "Prognosen är 0,6 miljoner kronor sämre än i mars, framför allt på grund av de extra driftbidragen.",
            F(None, "0,6 miljoner kronor", "-", "ovrigt"),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Ett underskott vid årets slut belastar nämndens eget kapital, som uppgick till 0,9 miljoner kronor vid "
            "ingången av året.",
            O(None, "reserver", note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="gallivare-kfn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Gällivare",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026", "author": "Gällivare kommun"},
        style=style,
        blocks=blocks,
    )
