"""Stockholms stad, Kulturnämnden, tjänsteutlåtande om ekonomisk uppföljning per februari 2026.

A culture committee's tjänsteutlåtande (the city's word for a tjänsteskrivelse) dated in March for the
period to February, in mnkr: a decision proposal (unlabelled), the full year "6,8 mnkr sämre än budget" with
the avdelningar named in the next sentence (one item), the period "1,4 mnkr högre än periodens budget"
(negative); a table per avdelning with U+2212; bold run-in avdelningar with a colon: "Avdelningen beräknar
ett underskott på 4,2 mnkr", revenue "1,9 mnkr lägre än budget", a reason-only surplus (the row's "1,1"),
"Prognosen pekar på ett underskott, −2,3 mnkr,", "följer budget" (boilerplate), "går 0,5 mnkr bättre än
budget"; investments "7 mnkr lägre än budgeterat", an action with its effect, a risk, the council's rule for deficits
and loans against February 2025 (others). Liberation Serif (Times) 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(14.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("Kulturförvaltningen", "Tjänsteutlåtande Dnr KUF 2026/118"),
        footer=lambda n, m: ("Stockholms stad", "Kulturnämnden 2026-03-24", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per avdelning 2026, mnkr",
        header=(("Avdelning", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Stadsbiblioteket", "412,0", "416,2", "−4,2"),
            ("Kulturskolan", "118,6", "120,5", "−1,9"),
            ("Stadsmuseet och Medeltidsmuseet", "96,3", "95,2", "1,1"),
            ("Stadsarkivet", "88,4", "90,7", "−2,3"),
            ("Kulturstrategiska avdelningen", "224,9", "224,9", "0,0"),
            ("Administration och ledning", "61,8", "61,3", "0,5"),
            ("Summa", "1 002,0", "1 008,8", "−6,8"),
        ),
        widths=(200.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per februari 2026", size=17, font="arial-bold", after=2),
        Title("Kulturnämnden", size=12, font="times", after=14),
        H("Förvaltningens förslag till beslut", 2),
        P("Kulturnämnden godkänner förvaltningens ekonomiska uppföljning per februari 2026."),
        H("Sammanfattning", 2),
        P(
            "Kulturnämnden prognostiserar för 2026 ett utfall som är 6,8 mnkr sämre än budget. Underskottet finns "
            "framför allt inom Stadsbiblioteket, Stadsarkivet och Kulturskolan.",
            C(None, "6,8 mnkr", "-", note="Areas named, no reasons: no tags."),
        ),
        P(
            "Utfallet för januari–februari är 1,4 mnkr högre än periodens budget.",
            C(None, "1,4 mnkr", "-", note="A net cost over the period's budget: negative."),
        ),
        H("Prognos per avdelning", 2),
        table,
        LP(
            "Stadsbiblioteket:",
            "Avdelningen beräknar ett underskott på 4,2 mnkr. Hyran för evakueringslokalen under renoveringen av "
            "Högdalens bibliotek och högre priser på e-böcker förklarar underskottet.",
            C("Stadsbiblioteket", "4,2 mnkr", "-", "lokaler", "prisokningar"),
        ),
        LP(
            "Kulturskolan:",
            "Intäkterna från elevavgifter blir 1,9 mnkr lägre än budget eftersom färre barn har anmält sig till kurser "
            "under vårterminen.",
            C("Kulturskolan", "1,9 mnkr", "-", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Stadsmuseet och Medeltidsmuseet:",
            "Butiks- och visningsintäkterna har blivit högre än beräknat, främst genom de guidade visningarna för "
            "skolklasser.",
            C(
                "Stadsmuseet och Medeltidsmuseet",
                "1,1",
                "+",
                "avgifter_intakter",
                unit="mnkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        LP(
            "Stadsarkivet:",
            "Prognosen pekar på ett underskott, −2,3 mnkr, till följd av att digitaliseringen av bygglovsarkivet "
            "kräver fler konsulttimmar än planerat.",
            C("Stadsarkivet", "−2,3 mnkr", "-", "it_digitalisering", "inhyrd_personal"),
        ),
        LP(
            "Kulturstrategiska avdelningen:",
            "Stödet till kulturlivet följer budget.",
            BP("Kulturstrategiska avdelningen"),
        ),
        LP(
            "Administration och ledning:",
            "Vakanser inom ekonomi- och HR-enheterna gör att avdelningen går 0,5 mnkr bättre än budget.",
            C("Administration och ledning", "0,5 mnkr", "+", "vakanser"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna beräknas bli 7 mnkr lägre än budgeterat, eftersom upphandlingen av ett nytt "
            "biblioteksdatasystem har överprövats och avtalet inte kan tecknas förrän till hösten.",
            C("Investeringar", "7 mnkr", "+", "periodisering", "it_digitalisering"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har beslutat om restriktivitet vid nyrekryteringar och skjuter upp inköp av inventarier "
            "till filialerna, vilket beräknas minska underskottet med 2,0 mnkr.",
            A(None, "2,0 mnkr", "vakanser", "material_hjalpmedel"),
        ),
        H("Risker och övrigt", 2),
        P(
            "Det finns en risk att renoveringen av Högdalens bibliotek drar ut på tiden och att hyran för "
            "evakueringslokalen då belastar även 2027.",
            O("Stadsbiblioteket", "lokaler", note="A risk: other."),
        ),
        P(
            "Kommunfullmäktige har i budgeten för 2026 angett att nämnderna ska hantera eventuella underskott inom "
            "sin egen ram.",
            O(None, note="The council's rule for deficits: other."),
        ),
        P(
            "Antalet lån på stadens bibliotek var 3 procent fler än i februari 2025, vilket främst beror på "
            "de utökade öppettiderna i ytterstadens bibliotek.",
            O("Stadsbiblioteket", "volymer", note="Loans against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="stockholm-kun-tjansteutlatande-ekonomisk-uppfoljning-2026-02.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Kulturnämnden"],
            "period": ["2026-02", "2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning per februari 2026",
            "author": "Stockholms stad Kulturförvaltningen",
        },
        style=style,
        blocks=blocks,
    )
