"""Sollentuna kommun, Natur- och tekniknämnden, tjänsteskrivelse om ekonomisk uppföljning per mars 2026.

A technical committee's tjänsteskrivelse dated in April for the period to March: the decision proposal
(unlabelled), a summary with the tax-financed deficit and the fee-financed water and sewage "1,5 mnkr bättre
än budget" with its transfer to the VA fund in the same sentence; the tax-financed forecast "oförändrad" since
February (a boilerplate forecast change); a table with deficits in brackets ("(3,4)"); then prose that names
the area as the subject ("Vinterväghållningen beräknas överskrida budget med 3,4 mnkr") with a risk sentence
of its own (other), after "Inom" with reasons only (the row's "(1,9)"), "Park och natur visar ett överskott om
0,6 mnkr", revenue "0,4 mnkr lägre än budgeterat", "ett överskott på 900 000 kronor" from undistributed funds,
the water and sewage surplus explained again with its cause, and investments "Avvikelsen på 44 mnkr" after two
levels; an action with its effect. Liberation Sans (Arial metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 82.0, 72.0, 74.0),
        header=lambda n, m: ("SOLLENTUNA KOMMUN", "Tjänsteskrivelse 2026-04-08"),
        footer=lambda n, m: ("Ekonomienheten, natur och teknik", "NTN 2026/0113", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Skattefinansierad verksamhet, prognos 2026 (mnkr, underskott inom parentes)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Gata och väg", "58,4", "60,3", "(1,9)"),
            ("Vinterväghållning", "21,0", "24,4", "(3,4)"),
            ("Park och natur", "47,2", "46,6", "0,6"),
            ("Parkering och trafik", "12,8", "13,2", "(0,4)"),
            ("Nämnd och ledning", "9,6", "8,7", "0,9"),
            ("Summa", "149,0", "153,2", "(4,2)"),
        ),
        widths=(170.0, 70.0, 70.0, 76.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per mars 2026", size=17, font="arial-bold", after=4),
        Title("Natur- och tekniknämnden", size=12, font="arial", after=12),
        H("Förslag till beslut", 2),
        P(
            "Natur- och tekniknämnden godkänner den ekonomiska uppföljningen per mars 2026 och överlämnar den "
            "till kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        P(
            "Natur- och tekniknämndens skattefinansierade verksamhet prognostiserar ett underskott för helåret "
            "på 4,2 mnkr.",
            C("Skattefinansierad verksamhet", "4,2 mnkr", "-"),
        ),
        P(
            "Den avgiftsfinansierade vatten- och avloppsverksamheten beräknas gå 1,5 mnkr bättre än budget, och "
            "överskottet förs till VA-fonden vid årets slut.",
            C(
                "Vatten och avlopp",
                "1,5 mnkr",
                "+",
                note="The fee-financed result with its fund transfer in the same sentence: one cause.",
            ),
        ),
        H("Ärendet", 2),
        P(
            "Uppföljningen bygger på bokfört utfall till och med mars och på verksamheternas bedömning av "
            "helåret."
        ),
        P(
            "Prognosen för den skattefinansierade verksamheten är oförändrad jämfört med uppföljningen per "
            "februari.",
            BF("Skattefinansierad verksamhet"),
        ),
        table,
        PS(
            (
                "Vinterväghållningen beräknas överskrida budget med 3,4 mnkr efter en vinter med ovanligt många "
                "snöfall i januari och februari.",
                C("Vinterväghållning", "3,4 mnkr", "-", "ovrigt", note="Snow: ovrigt."),
            ),
            (
                "Prognosen bygger på en normal vinter under november och december. Blir även den säsongen snörik "
                "kan underskottet öka med ytterligare 2 mnkr.",
                O("Vinterväghållning", note="A risk: other."),
            ),
        ),
        P(
            "Inom gata och väg har beläggningsarbetena blivit dyrare sedan det nya asfaltsavtalet började gälla, "
            "eftersom priserna i avtalet räknas upp med ett kostnadsindex.",
            C(
                "Gata och väg",
                "(1,9)",
                "-",
                "prisokningar",
                unit="mnkr",
                table=True,
                note="Reasons only after 'Inom': the table row's bracketed cell.",
            ),
        ),
        P(
            "Park och natur visar ett överskott om 0,6 mnkr, eftersom två tjänster som parkingenjör har varit "
            "vakanta under första kvartalet.",
            C("Park och natur", "0,6 mnkr", "+", "vakanser"),
        ),
        P(
            "Intäkterna från parkeringsavgifter blir 0,4 mnkr lägre än budgeterat, sedan pendelparkeringen vid "
            "stationen gjordes avgiftsfri i januari.",
            C("Parkering och trafik", "0,4 mnkr", "-", "avgifter_intakter"),
        ),
        P(
            "Nämnd och ledning redovisar ett överskott på 900 000 kronor, som beror på att medel för nämndens "
            "utvecklingsprojekt ännu inte har fördelats.",
            C("Nämnd och ledning", "900 000 kronor", "+", "reserver", note="Undistributed funds: reserver."),
        ),
        H("Vatten och avlopp", 3),
        P(
            "Anslutningsavgifterna från nya bostadsområden har blivit högre än beräknat, vilket ger ett överskott "
            "mot budget på 1,5 mnkr för VA-verksamheten.",
            C(
                "Vatten och avlopp",
                "1,5 mnkr",
                "+",
                "avgifter_intakter",
                note="The same surplus explained again with its cause: an item for every passage.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 186 mnkr beräknas 142 mnkr förbrukas. Avvikelsen på 44 mnkr beror "
            "främst på att ombyggnaden av huvudgatan genom centrum har skjutits till 2027 efter ett överklagande "
            "av detaljplanen.",
            C(
                "Investeringar",
                "44 mnkr",
                "+",
                "periodisering",
                "ovrigt",
                note="Investment under-spending; an appeal (a legal matter) is ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "För att möta underskottet minskas årets beläggningsprogram, vilket beräknas sänka kostnaderna med "
            "1,0 mnkr.",
            A("Gata och väg", "1,0 mnkr"),
        ),
    ]
    return ReportSpec(
        file="sollentuna-ntn-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Sollentuna",
            "committee": ["Natur- och tekniknämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per mars 2026", "author": "Sollentuna kommun"},
        style=style,
        blocks=blocks,
    )
