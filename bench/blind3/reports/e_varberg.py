"""Varbergs kommun, Servicenämnden, tjänsteskrivelse: ekonomisk uppföljning februari 2025, with the
month report attached as bilaga 1.

A cover letter and the report it covers, in one PDF: letterhead lines, a decision proposal (not
labelled), a summary in kronor ("2 350 000 kronor") with two "respektive" sentences (two verksamheter
with their own amounts each, four items) and an early-forecast uncertainty (other), the template's
sections: "Ekonomiska konsekvenser" (other, boilerplate), a child-perspective line and a leftover form
instruction in brackets (not labelled), signatures; then after a page break the bilaga repeats the
same explanations in tkr under bold run-in labels that carry the area and the amount (a carry-over:
labelled again), one deviation stated as funds that will not be used ("kommer inte att förbruka ca
400 tkr"), one without cue words, a verksamhet "±0" in balance (boilerplate), a table in tkr whose sign
convention is not stated, an action with its effect, a price risk (other) and a customer-satisfaction
goal (not labelled). Liberation Serif (Times) 11 pt with Arial headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O

REPEAT = "The bilaga repeats the cover letter's explanation (carry-over within the document): labelled again."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(13.0, 11.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(82.0, 74.0, 78.0, 70.0),
        header=lambda n, m: ("VARBERGS KOMMUN", f"{n} ({m})"),
        footer=lambda n, m: ("Serviceförvaltningen", "", "Dnr SN 2025/0031"),
        header_size=8.5,
    )
    areas = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Utfall feb", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Förvaltningsledning", "4 300", "590", "3 900", "400"),
            ("Måltidsservice", "18 400", "3 420", "20 300", "−1 900"),
            ("Fastighetsdrift", "9 800", "2 260", "11 300", "−1 500"),
            ("Lokalvård", "2 100", "270", "1 450", "650"),
            ("IT och telefoni", "3 600", "610", "3 600", "0"),
            ("Summa", "38 200", "7 150", "40 550", "−2 350"),
        ),
        widths=(150.0, 70.0, 64.0, 76.0, 66.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.5,
    )
    blocks = [
        P("TJÄNSTESKRIVELSE", size=12),
        P("Datum 2025-03-11", size=9),
        P("Handläggare: Lena Håkansson, controller", size=9),
        P("Servicenämnden", size=9),
        Title("Ekonomisk uppföljning februari 2025", size=16, font="arial-bold", after=6),
        H("Förslag till beslut", 2),
        P("Servicenämnden godkänner den ekonomiska uppföljningen för februari 2025."),
        H("Beslutsunderlag", 2),
        P("Tjänsteskrivelse 2025-03-11. Bilaga 1: Månadsuppföljning februari 2025, Servicenämnden."),
        H("Sammanfattning", 2),
        P(
            "Serviceförvaltningen prognostiserar för 2025 ett underskott på 2 350 000 kronor jämfört med budget.",
            C(None, "2 350 000 kronor", "-"),
        ),
        P(
            "Måltidsservice och fastighetsdrift väntas överskrida sina budgetar med 1 900 000 kronor respektive "
            "1 500 000 kronor, i båda fallen till följd av högre priser: för livsmedel respektive el.",
            C(
                "Måltidsservice",
                "1 900 000 kronor",
                "-",
                "prisokningar",
                note="'Respektive': two verksamheter, two amounts.",
                also=(C("Fastighetsdrift", "1 500 000 kronor", "-", "prisokningar"),),
            ),
        ),
        P(
            "Lokalvården och förvaltningsledningen beräknas i stället ge överskott om 650 000 kronor respektive "
            "400 000 kronor, tack vare vakanta tjänster och utvecklingsmedel som inte kommer att användas.",
            C(
                "Lokalvård",
                "650 000 kronor",
                "+",
                "vakanser",
                note="'Respektive': the vacancies are lokalvården's, the unused development funds the ledning's.",
                also=(C("Förvaltningsledning", "400 000 kronor", "+", "reserver"),),
            ),
        ),
        P(
            "Prognosen bygger på två månaders utfall och är därför osäker. Förvaltningen gör en mer fullständig "
            "bedömning i samband med tertialrapporten.",
            O(None, note="Uncertainty of an early forecast."),
        ),
        H("Ärendet", 2),
        P(
            "Servicenämnden ansvarar för kommunens måltider, lokalvård, fastighetsdrift och IT-stöd. Verksamheten "
            "finansieras till största delen genom interna priser till övriga förvaltningar. Nämnden följer upp "
            "ekonomin varje månad utom januari och juli. Den fullständiga uppföljningen finns i bilaga 1."
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Beslutet medför inga ekonomiska konsekvenser i sig.",
            O(None, boilerplate=True, note="Standard formula of the cover letter."),
        ),
        H("Barnperspektiv", 2),
        P("Ärendet bedöms inte ha någon direkt påverkan på barn."),
        H("Miljöperspektiv", 2),
        P(
            "[Beskriv här ärendets konsekvenser för miljö och klimat. Stryk rubriken om den inte är relevant för "
            "ärendet.]",
            size=9.5,
        ),
        H("Samverkan", 2),
        P("Ärendet har behandlats i förvaltningens samverkansgrupp den 5 mars 2025."),
        P("Maria Strandberg, förvaltningschef                    Lena Håkansson, controller", size=10),
        PageBreak(),
        Title("Bilaga 1. Månadsuppföljning februari 2025", size=15, font="arial-bold", after=4),
        Title("Servicenämnden", size=11.5, font="times-italic", after=10),
        H("Resultat och prognos", 2),
        P(
            "Nämnden prognostiserar ett underskott på 2 350 tkr för helåret. Det är årets första prognos.",
            C(None, "2 350 tkr", "-", note=REPEAT),
        ),
        areas,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Måltidsservice −1 900 tkr.",
            "Livsmedelspriserna har stigit med drygt 6 procent sedan budgeten räknades fram, och ramavtalet för "
            "mejeri och kött räknades upp den 1 februari. Antalet portioner är i nivå med budget.",
            C(
                "Måltidsservice",
                "−1 900 tkr",
                "-",
                "prisokningar",
                note="Bold run-in carries area and amount. " + REPEAT,
            ),
        ),
        LP(
            "Fastighetsdrift −1 500 tkr.",
            "Det nya elavtalet från januari ger ett högre pris per kilowattimme än vad budgeten byggde på. Till "
            "det kommer akuta reparationer av ventilationen i stadshuset efter ett vattenläckage i februari.",
            C(
                "Fastighetsdrift",
                "−1 500 tkr",
                "-",
                "prisokningar",
                "ovrigt",
                note="No cue word. Water damage: ovrigt.",
            ),
        ),
        LP(
            "Lokalvård +650 tkr.",
            "Tre tjänster är vakanta i väntan på rekrytering.",
            C("Lokalvård", "+650 tkr", "+", "vakanser"),
        ),
        LP(
            "Förvaltningsledning +400 tkr.",
            "Förvaltningen kommer inte att förbruka ca 400 tkr av den pott för utvecklingsinsatser som nämnden "
            "avsatte i budgeten.",
            C(
                "Förvaltningsledning",
                "+400 tkr",
                "+",
                "reserver",
                note="Deviation stated as funds that will not be used (an unallocated pot: reserver).",
            ),
        ),
        LP(
            "IT och telefoni ±0.",
            "Verksamheten bedöms följa budget.",
            BP("IT och telefoni"),
        ),
        H("Åtgärder", 2),
        P(
            "Måltidsservice ersätter från april en del av köttet i skolornas menyer med vegetariska rätter, vilket "
            "beräknas minska kostnaderna med ungefär 300 tkr under året.",
            A("Måltidsservice", "ungefär 300 tkr"),
        ),
        H("Risker", 2),
        P(
            "Elpriset för vinterhalvåret 2025/26 är ännu inte känt. Blir det lika högt som förra vintern kan "
            "fastighetsdriftens underskott öka med ytterligare 0,5 mnkr.",
            O("Fastighetsdrift", "prisokningar", note="Risk."),
        ),
        H("Verksamhet", 2),
        P(
            "I kundenkäten hösten 2024 gav förvaltningarna servicen betyget 4,1 av 5. Målet för 2025 är minst 4,2."
        ),
    ]
    return ReportSpec(
        file="varberg-sn-tjansteskrivelse-ekonomisk-uppfoljning-2025-02.pdf",
        report={
            "municipality": "Varberg",
            "committee": ["Servicenämnden"],
            "period": ["2025-02"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Tjänsteskrivelse Ekonomisk uppföljning februari 2025 Servicenämnden",
            "author": "Varbergs kommun",
        },
        style=style,
        blocks=blocks,
    )
