"""Västerviks kommun, Tekniska nämnden, tjänsteskrivelse: ekonomisk uppföljning per maj 2026.

A technical committee's tjänsteskrivelse in Liberation Serif dated in June for the period to May, with a
decision proposal and a dnr: the tax-financed result "ett underskott på 2,9 mnkr" and water and sewage "1,2
mnkr bättre än budget" (with the transfer to the VA fund in the same sentence) as two items in the summary; a
table that prints deficits with a trailing minus ("1 800-"); plain headings over paragraphs in varied shapes:
winter road maintenance whose amount comes in the second sentence, "överskrider budgeten med 1 350 000
kronor", "ger ett positivt utfall jämfört med budget på 650 tkr", a reason-only harbour deficit (the row's
"320-"), transport service whose reason is a volume against last year in the first sentence and the amount
"480 tkr högre än budget" in the second (one item), "ligger 400 tkr under budget", and water and sewage
explained again with its fund balance in the next sentence (other); investments "64,0 mnkr, men endast 51,5
mnkr beräknas användas" (12,5 never written out), an action that postpones maintenance and a risk (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.5,
        leading=1.3,
        para_gap=6.0,
        heading_sizes=(15.0, 12.5, 11.5),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Västerviks kommun", "Tekniska förvaltningen"),
        footer=lambda n, m: ("Tjänsteskrivelse 2026-06-03", "Dnr TN 2026/88", f"Sida {n}({m})"),
        header_size=8.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos 2026 per verksamhet, tkr (underskott anges med minustecken efter beloppet)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Gata och park", "24 600", "25 950", "1 350-"),
            ("Vinterväghållning", "9 800", "11 600", "1 800-"),
            ("Kost och lokalvård", "41 200", "40 550", "650"),
            ("Hamnar", "3 100", "3 420", "320-"),
            ("Färdtjänst", "12 400", "12 880", "480-"),
            ("Förvaltningsgemensamt", "6 900", "6 500", "400"),
            ("Summa skattefinansierat", "98 000", "100 900", "2 900-"),
            ("Vatten och avlopp", "0", "-1 200", "1 200"),
        ),
        widths=(190.0, 75.0, 75.0, 75.0),
        bold_rows=frozenset({6}),
        rules=False,
        grid=True,
        size=9.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026", size=17, font="times-bold", after=2),
        Title("Tekniska nämnden", size=12.5, font="times", after=12),
        H("Förslag till beslut", 2),
        P(
            "Tekniska nämnden godkänner den ekonomiska uppföljningen per maj 2026 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        PS(
            (
                "Tekniska nämndens skattefinansierade verksamhet prognostiserar ett underskott på 2,9 mnkr för "
                "2026.",
                C("Skattefinansierad verksamhet", "2,9 mnkr", "-"),
            ),
            (
                "Den avgiftsfinansierade vatten- och avloppsverksamheten beräknas gå 1,2 mnkr bättre än budget, "
                "och överskottet förs till VA-fonden.",
                C(
                    "Vatten och avlopp",
                    "1,2 mnkr",
                    "+",
                    note="The fee-financed result with its fund transfer in the same sentence: one cause.",
                ),
            ),
        ),
        H("Ärendet", 2),
        P("Prognosen bygger på utfallet till och med maj och på förvaltningens bedömning av resten av året."),
        table,
        H("Vinterväghållning", 3),
        P(
            "Den snörika vintern i januari och februari gjorde att vinterväghållningen redan efter maj har "
            "förbrukat hela årsbudgeten. Underskottet beräknas till 1,8 mnkr under förutsättning att november och "
            "december blir normala.",
            C(
                "Vinterväghållning",
                "1,8 mnkr",
                "-",
                "ovrigt",
                note="Snow is ovrigt; the amount in the second sentence.",
            ),
        ),
        H("Gata och park", 3),
        P(
            "Verksamheten överskrider budgeten med 1 350 000 kronor. Reparationer av två broar i Gamleby efter "
            "vårens översvämning och högre asfaltpriser förklarar avvikelsen.",
            C("Gata och park", "1 350 000 kronor", "-", "ovrigt", "prisokningar"),
        ),
        H("Kost och lokalvård", 3),
        P(
            "Lägre livsmedelspriser än i budgeten och en vakant kockstjänst ger ett positivt utfall jämfört med "
            "budget på 650 tkr.",
            C("Kost och lokalvård", "650 tkr", "+", "prisokningar", "vakanser"),
        ),
        H("Hamnar", 3),
        P(
            "Intäkterna från gästhamnen väntas bli lägre än budgeterat, eftersom bryggan vid Skeppsbron är "
            "avstängd för renovering hela säsongen.",
            C(
                "Hamnar",
                "320-",
                "-",
                "avgifter_intakter",
                "ovrigt",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell with its trailing minus. A closure for renovation is ovrigt.",
            ),
        ),
        H("Färdtjänst", 3),
        P(
            "Antalet resor har ökat med elva procent jämfört med samma period 2025. Kostnaden för färdtjänst "
            "beräknas därför bli 480 tkr högre än budget.",
            C(
                "Färdtjänst",
                "480 tkr",
                "-",
                "volymer",
                note="The volume against last year is the reason for the deviation in the next sentence: one item.",
            ),
        ),
        H("Förvaltningsgemensamt", 3),
        P(
            "Förvaltningsgemensamma kostnader ligger 400 tkr under budget tack vare lägre kostnader för konsulter "
            "i planeringsarbetet.",
            C("Förvaltningsgemensamt", "400 tkr", "+", "inhyrd_personal"),
        ),
        H("Vatten och avlopp", 3),
        PS(
            (
                "Anslutningsavgifterna från det nya bostadsområdet i Gertrudsvik har blivit högre än beräknat, "
                "vilket ger ett överskott på 1,2 mnkr.",
                C(
                    "Vatten och avlopp",
                    "1,2 mnkr",
                    "+",
                    "avgifter_intakter",
                    "volymer",
                    note="Explained again under its own heading: an item for every passage.",
                ),
            ),
            (
                "Överskottet förs till VA-fonden, som därefter uppgår till 8,6 mnkr.",
                O("Vatten och avlopp", "reserver", note="The fund's balance: other."),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 är 64,0 mnkr, men endast 51,5 mnkr beräknas användas, eftersom "
            "upphandlingen av den nya reningsanläggningen i Loftahammar har överprövats.",
            C(
                "Investeringar",
                "64,0 mnkr, men endast 51,5 mnkr",
                "+",
                "periodisering",
                value=12_500_000,
                note="Under-spending of 12,5 mnkr never written out: the computed value.",
            ),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Förvaltningen föreslår att underhållet av grusvägar skjuts till 2027, vilket minskar årets kostnader "
            "med 700 tkr.",
            A("Gata och park", "700 tkr", "periodisering"),
        ),
        P(
            "Om hösten ger tidig snö kan vinterväghållningens underskott öka med ytterligare 0,5–1,0 mnkr.",
            O("Vinterväghållning", "ovrigt", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="vastervik-tn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Västervik",
            "committee": ["Tekniska nämnden"],
            "period": ["2026-05", "2026-06"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning per maj 2026 Tekniska nämnden",
            "author": "Västerviks kommun",
        },
        style=style,
        blocks=blocks,
    )
