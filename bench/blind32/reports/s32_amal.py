"""Åmåls kommun, Tekniska nämnden, tjänsteskrivelse: ekonomisk uppföljning per maj 2026.

A tjänsteskrivelse dated in June for the period to May: the decision proposal (unlabelled), a summary whose
first sentence gives the tax-financed activities' "underskott på 1 650 tkr" and whose second gives the
fee-financed water and sewage "900 tkr bättre än budget" with the surplus going to the VA fund in the same
sentence (two items); headings that carry the area and its amount in brackets ("Gator och parker
(−1 100 tkr)", "Fastighet (+500 tkr)") with paragraphs that give reasons only, a percentage that is not
the amount ("9 procent högre priser"), one that "bedöms gå jämnt ut" (boilerplate, "±0 tkr"), and a plain
heading whose paragraph gives revenue "200 000 kronor lägre än budget" (negative); the change since March;
investments as a level against the budget ("29,1 mnkr, att jämföra med en budget på 38,4 mnkr", 9,3 mnkr
never written out) followed by two projects "5,8 respektive 2,6 mnkr billigare i år än budgeterat"; an
action with its effect and the VA fund's balance (other). Liberation Sans 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area and its amount in brackets."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.33,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 82.0, 72.0, 76.0),
        header=lambda n, m: ("Åmåls kommun", "TJÄNSTESKRIVELSE"),
        footer=lambda n, m: ("2026-06-08", "Diarienummer TN 2026/77", f"{n}({m})"),
        header_size=8.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026, tekniska nämnden", size=15, font="arial-bold", after=8),
        H("Förslag till beslut", 2),
        P("Tekniska nämnden godkänner den ekonomiska uppföljningen per maj 2026."),
        H("Sammanfattning", 2),
        PS(
            (
                "Tekniska nämndens skattefinansierade verksamhet beräknas avsluta året med ett underskott på "
                "1 650 tkr.",
                C(None, "1 650 tkr", "-", note="The tax-financed activities: the nämnd's own result."),
            ),
            (
                "Vatten- och avloppsverksamheten, som finansieras med avgifter, redovisar en prognos som är 900 tkr "
                "bättre än budget, och överskottet förs till VA-fonden vid årets slut.",
                C(
                    "Vatten och avlopp",
                    "900 tkr",
                    "+",
                    note="The fund clause is in the same sentence: one item.",
                ),
            ),
        ),
        H("Ärendet", 2),
        P(
            "Uppföljningen bygger på utfallet till och med den 31 maj och på verksamheternas bedömning av resten av "
            "året."
        ),
        HP(
            "Gator och parker (−1 100 tkr)",
            "Vintern blev lång och snörik, och kostnaderna för vinterväghållning översteg årsbudgeten redan i april. "
            "Därtill har två gång- och cykelbroar vid Åmålsån behövt akuta reparationer efter isgången.",
            C(
                "Gator och parker",
                "−1 100 tkr",
                "-",
                "ovrigt",
                note=HEAD + " Snow and ice damage are ovrigt.",
            ),
        ),
        HP(
            "Kost (−850 tkr)",
            "Livsmedelsavtalet som började gälla i februari innebär i genomsnitt 9 procent högre priser, och antalet "
            "matgäster inom äldreomsorgen har ökat.",
            C(
                "Kost",
                "−850 tkr",
                "-",
                "prisokningar",
                "volymer",
                note=HEAD + " The 9 procent is a price rise, not the amount.",
            ),
        ),
        HP(
            "Fastighet (+500 tkr)",
            "Kapitalkostnaderna för de nya förskolelokalerna blir lägre än beräknat eftersom inflyttningen försenades "
            "till hösten. Samtidigt ökar kostnaderna för felavhjälpande underhåll, vilket delvis äter upp "
            "överskottet.",
            C("Fastighet", "+500 tkr", "+", "periodisering", "lokaler", note=HEAD),
        ),
        HP(
            "Vatten och avlopp (+900 tkr)",
            "Förbrukningsavgifterna har ökat mer än beräknat efter taxehöjningen i januari, samtidigt som "
            "kemikaliekostnaderna i det centrala reningsverket blev lägre.",
            C("Vatten och avlopp", "+900 tkr", "+", "avgifter_intakter", "material_hjalpmedel", note=HEAD),
        ),
        HP(
            "Avfall (±0 tkr)",
            "Renhållningsverksamheten bedöms gå jämnt ut.",
            BP("Avfall"),
        ),
        H("Hamn och gästhamn", 3),
        P(
            "Gästhamnens intäkter väntas bli 200 000 kronor lägre än budget eftersom bryggan vid Örnäs måste stängas "
            "under högsäsongen för renovering.",
            C(
                "Hamn och gästhamn",
                "200 000 kronor",
                "-",
                "avgifter_intakter",
                "ovrigt",
                note="Revenue lower than budget: negative. Whole kronor.",
            ),
        ),
        H("Förändring sedan föregående uppföljning", 2),
        P(
            "Sedan uppföljningen per mars har prognosen för den skattefinansierade verksamheten försämrats med "
            "600 tkr, i huvudsak på grund av reparationerna av broarna.",
            F(None, "600 tkr", "-", "ovrigt"),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Investeringarna beräknas uppgå till 29,1 mnkr, att jämföra med en budget på 38,4 mnkr.",
                C(
                    "Investeringar",
                    "29,1 mnkr, att jämföra med en budget på 38,4 mnkr",
                    "+",
                    value=9_300_000,
                    note="Investment under-spending of 9,3 mnkr, never written out: the computed value.",
                ),
            ),
            (
                "Överföringsledningen till Fengersfors och upprustningen av Kungsgatan blir 5,8 respektive 2,6 mnkr "
                "billigare i år än budgeterat, eftersom båda projekten delvis skjuts till 2027.",
                C(
                    "Överföringsledningen till Fengersfors",
                    "5,8",
                    "+",
                    "periodisering",
                    unit="mnkr",
                    note="Two projects as a 'respektive' pair: two items.",
                    also=(C("Upprustningen av Kungsgatan", "2,6 mnkr", "+", "periodisering"),),
                ),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har stoppat alla planerade beläggningsarbeten som inte är trafiksäkerhetsåtgärder, vilket "
            "beräknas minska underskottet med 400 tkr.",
            A("Gator och parker", "400 tkr"),
        ),
        H("VA-fonden", 2),
        P(
            "VA-fondens saldo uppgick vid årsskiftet till 3,2 mnkr. Med nuvarande prognos ökar fonden till 4,1 mnkr "
            "vid årets slut.",
            O("Vatten och avlopp", note="The fund's balance: a reserve statement."),
        ),
        H("Beslutsunderlag", 2),
        P("Driftredovisning per maj 2026, bilaga 1. Investeringsredovisning per maj 2026, bilaga 2."),
        P("Karin Lövgren, förvaltningschef    Mats Berg, controller", size=9.5),
    ]
    return ReportSpec(
        file="amal-tn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Åmål",
            "committee": ["Tekniska nämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026, tekniska nämnden", "author": "Åmåls kommun"},
        style=style,
        blocks=blocks,
    )
