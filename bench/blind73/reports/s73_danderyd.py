"""Danderyds kommun, Kultur- och fritidsnämnden, tjänsteskrivelse om ekonomisk uppföljning per mars 2026.

A culture and leisure committee's cover letter (tjänsteskrivelse) dated in April for the period to March:
the full year "1 450 tkr sämre än budget" and, in the next sentence of the same paragraph, the period's
surplus with its timing reason (two items); a table in tkr whose deficits are a hyphen and a space ("- 1
300"); headings that carry the verksamhet and the amount with a U+2212 minus ("Idrottsanläggningar, −1 300
tkr"), one with consultants replacing two vacant teachers, a plain heading over a reason-only surplus (the
row's "200"), a possessive-free "Överskottet på 150 tkr", "Biblioteken bedöms hålla budget" (boilerplate),
a row with no comment, investments whose whole frame "beräknas användas" (boilerplate), an action with its
effect and an electricity-price risk. Liberation Serif (Times metrics) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, O

ROW = "Reason only: the table row's deviation cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Danderyds kommun", "Tjänsteskrivelse 2026-04-08"),
        footer=lambda n, m: ("Kultur- och fritidsförvaltningen", "Dnr KFN 2026/0113", f"Sida {n} av {m}"),
        header_size=8.5,
    )
    table = Table(
        caption="Prognos per verksamhet 2026 (tkr)",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "4 200", "4 050", "150"),
            ("Bibliotek", "18 600", "18 600", "0"),
            ("Kulturskola", "14 300", "14 900", "- 600"),
            ("Idrottsanläggningar", "31 800", "33 100", "- 1 300"),
            ("Fritidsgårdar", "9 900", "9 700", "200"),
            ("Föreningsbidrag", "7 400", "7 300", "100"),
            ("Totalt", "86 200", "87 650", "- 1 450"),
        ),
        widths=(180.0, 82.0, 86.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning per mars 2026", size=17, font="times-bold", after=4),
        Title("Kultur- och fritidsnämnden", size=12, font="times", after=14),
        H("Förslag till beslut", 2),
        P(
            "Kultur- och fritidsnämnden godkänner den ekonomiska uppföljningen per mars 2026 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        PS(
            (
                "Kultur- och fritidsnämnden prognostiserar för 2026 ett resultat som är 1 450 tkr sämre än budget.",
                C(None, "1 450 tkr", "-", note="The full year's deviation, a sentence of its own."),
            ),
            (
                "Utfallet för januari–mars visar samtidigt ett överskott på 620 tkr jämfört med periodens budget, "
                "vilket främst beror på att föreningsbidragen betalas ut först i april.",
                C(
                    None,
                    "620 tkr",
                    "+",
                    "periodisering",
                    note="The period's surplus and its timing reason in the next sentence: a second item.",
                ),
            ),
        ),
        P(
            "Det är nämndens första prognos för året. Prognosen bygger på utfallet till och med mars och på "
            "verksamheternas bedömningar av resten av året."
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Idrottsanläggningar, −1 300 tkr",
            "Energikostnaderna för ishallen och simhallen blir högre än beräknat, sedan det fasta elavtalet löpte ut "
            "vid årsskiftet. Dessutom har intäkterna från helgbokningar av idrottshallarna minskat jämfört med "
            "budgeten.",
            C("Idrottsanläggningar", "−1 300 tkr", "-", "prisokningar", "avgifter_intakter"),
        ),
        HP(
            "Kulturskola, −600 tkr",
            "Två tjänster som instrumentallärare har inte gått att tillsätta. Undervisningen bedrivs i stället av "
            "konsulter, vars timkostnad är betydligt högre än för egen personal.",
            C("Kulturskola", "−600 tkr", "-", "vakanser", "inhyrd_personal"),
        ),
        H("Fritidsgårdar", 3),
        P(
            "Fritidsgården Stinsen håller stängt under ombyggnaden av skolan fram till sommaren, och personalen har "
            "under tiden inte ersatts.",
            C(
                "Fritidsgårdar",
                "200",
                "+",
                "ovrigt",
                unit="tkr",
                table=True,
                note=ROW + " A closure for rebuilding.",
            ),
        ),
        H("Nämnd och förvaltningsledning", 3),
        P(
            "Överskottet på 150 tkr är en följd av att tjänsten som kultursekreterare var vakant under januari och "
            "februari.",
            C("Nämnd och förvaltningsledning", "150 tkr", "+", "vakanser"),
        ),
        H("Bibliotek", 3),
        P("Biblioteken bedöms hålla budget.", BP("Bibliotek")),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 3,5 mnkr har 0,2 mnkr förbrukats under perioden. Hela budgeten beräknas "
            "användas under året.",
            BP("Investeringar", note="The whole investment frame is to be used: boilerplate."),
        ),
        H("Åtgärder och risker", 2),
        P(
            "För att minska underskottet inom idrottsanläggningar ses öppettiderna i simhallen över under "
            "sommarmånaderna, vilket beräknas ge en besparing på cirka 300 tkr.",
            A("Idrottsanläggningar", "cirka 300 tkr"),
        ),
        P(
            "Prognosen är osäker eftersom elpriset under hösten är svårt att bedöma. Varje öre per kilowattimme "
            "motsvarar cirka 40 tkr för nämndens anläggningar.",
            O("Idrottsanläggningar", "prisokningar", note="A risk with a sensitivity figure: other."),
        ),
        P("Kultur- och fritidsförvaltningen", size=10),
        P("Förvaltningschef", size=10),
    ]
    return ReportSpec(
        file="danderyd-kfn-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Danderyd",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per mars 2026", "author": "Danderyds kommun"},
        style=style,
        blocks=blocks,
    )
