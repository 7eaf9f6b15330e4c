"""Hagfors kommun, Tekniska nämnden, tjänsteskrivelse om ekonomisk uppföljning per maj 2026.

A technical committee's tjänsteskrivelse dated in June, with a decision proposal (unlabelled): the tax-financed
activity's "underskott på 2 350 tkr mot budget", the fee-financed water and sewage "underskott om 1,1 mnkr" with
its reasons, the VA fund covering it (other); a table with hyphen-minus deficits and a VA row apart; plain
headings over paragraphs in varied shapes: a part in whole kronor ("1 020 000 kronor mer än budgeterat") before
"överskrida budget med 1 450 tkr" (one item, the total), "prognostiserar −1 300 tkr" followed by a risk
sentence (other), "gör ett överskott, 300 tkr", "följer budget" (boilerplate), a reason-only vacancy (the row's
"400") and revenue "300 tkr lägre än budget"; investments "Av investeringsbudgeten på 24,6 mnkr beräknas 16,2
mnkr förbrukas" (8,4 never written out) and a project "1,2 mnkr dyrare än projektbudgeten"; an action with its
amount and a forecast change whose cause is the water damage. DejaVu Serif 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(72.0, 82.0, 72.0, 76.0),
        header=lambda n, m: ("Hagfors kommun", "TJÄNSTESKRIVELSE"),
        footer=lambda n, m: ("Datum 2026-06-02", "Dnr TN 2026/31", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos 2026 per verksamhet, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Gata och park", "14 200", "15 650", "-1 450"),
            ("Fastighet", "31 800", "33 100", "-1 300"),
            ("Kost", "22 400", "22 100", "300"),
            ("Lokalvård", "9 600", "9 600", "0"),
            ("Teknisk administration", "5 100", "4 700", "400"),
            ("Flygplats", "6 300", "6 600", "-300"),
            ("Summa skattefinansierat", "89 400", "91 750", "-2 350"),
            ("Vatten och avlopp", "0", "1 100", "-1 100"),
        ),
        widths=(170.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026 – Tekniska nämnden", size=15, font="serif-bold", after=10),
        H("Förslag till beslut", 2),
        P(
            "Tekniska nämnden godkänner den ekonomiska uppföljningen per maj 2026 och lägger den till handlingarna."
        ),
        H("Ärendebeskrivning", 2),
        P(
            "Tekniska nämnden beräknas för helåret göra ett underskott på 2 350 tkr mot budget för den "
            "skattefinansierade verksamheten.",
            C(
                "Skattefinansierad verksamhet",
                "2 350 tkr",
                "-",
                note="The nämnd's tax-financed result, no reasons: no tags.",
            ),
        ),
        PS(
            (
                "Vatten och avlopp, som finansieras med avgifter, redovisar ett underskott om 1,1 mnkr mot budget. "
                "Underskottet beror på att två läckor på huvudledningen vid Uddeholm har krävt akuta reparationer och "
                "att elpriset för pumpstationerna har blivit högre än beräknat.",
                C("Vatten och avlopp", "1,1 mnkr", "-", "ovrigt", "prisokningar"),
            ),
            (
                "Underskottet täcks av VA-fonden, som vid årets början uppgick till 3,8 mnkr.",
                O(
                    "Vatten och avlopp",
                    "reserver",
                    note="The fund covering the deficit: a financing statement.",
                ),
            ),
        ),
        table,
        H("Gata och park", 3),
        P(
            "Vinterväghållningen har hittills i år kostat 1 020 000 kronor mer än budgeterat, på grund av de många "
            "snöfallen i februari. Verksamheten beräknas därför överskrida budget med 1 450 tkr.",
            C(
                "Gata och park",
                "1 450 tkr",
                "-",
                "ovrigt",
                note="A part in whole kronor before the total: the total is the amount. Snow: ovrigt.",
            ),
        ),
        H("Fastighet", 3),
        PS(
            (
                "Fastighetsavdelningen prognostiserar −1 300 tkr. Värmekostnaderna i Sörbyskolan har ökat efter bytet "
                "av fjärrvärmeleverantör, och en vattenskada i idrottshallen i Ekshärad har krävt omfattande sanering.",
                C("Fastighet", "−1 300 tkr", "-", "prisokningar", "ovrigt"),
            ),
            (
                "Det finns en risk att försäkringsbolaget inte ersätter hela saneringskostnaden.",
                O("Fastighet", note="A risk in a cause paragraph: its own item."),
            ),
        ),
        H("Kost", 3),
        P(
            "Kostenheten gör ett överskott, 300 tkr, eftersom livsmedelspriserna har stigit mindre än vad budgeten "
            "räknade med.",
            C("Kost", "300 tkr", "+", "prisokningar"),
        ),
        H("Lokalvård", 3),
        P("Lokalvården följer budget.", BP("Lokalvård")),
        H("Teknisk administration", 3),
        P(
            "Den administrativa enheten har haft en tjänst som trafikingenjör vakant sedan februari.",
            C(
                "Teknisk administration",
                "400",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="A reason only (a vacancy, so lower costs), no amount: the table row's cell.",
            ),
        ),
        H("Flygplats", 3),
        P(
            "Flygplatsens intäkter blir 300 tkr lägre än budget eftersom en av två veckovisa charterlinjer under "
            "vintersäsongen har ställts in.",
            C("Flygplats", "300 tkr", "-", "avgifter_intakter", "volymer"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 24,6 mnkr beräknas 16,2 mnkr förbrukas under året. Upprustningen av "
            "Rådabadet skjuts upp till 2027 i väntan på en ny upphandling.",
            C(
                "Investeringar",
                "Av investeringsbudgeten på 24,6 mnkr beräknas 16,2 mnkr förbrukas",
                "+",
                "periodisering",
                value=8_400_000,
                note="Investment under-spending of 8,4 mnkr, never written out: the computed value.",
            ),
        ),
        P(
            "Projektet Ny reservoar i Sunnemo blir 1,2 mnkr dyrare än projektbudgeten till följd av högre kostnader "
            "för markarbeten.",
            C("Ny reservoar i Sunnemo", "1,2 mnkr", "-", "prisokningar"),
        ),
        H("Åtgärder", 2),
        P(
            "För att minska underskottet har nämnden beslutat att senarelägga beläggningsarbeten för 600 tkr till 2027.",
            A("Gata och park", "600 tkr", "periodisering"),
        ),
        H("Förändring sedan föregående uppföljning", 2),
        P(
            "Prognosen är 850 tkr sämre än vid uppföljningen per mars, vilket i sin helhet beror på vattenskadan i "
            "Ekshärad.",
            F(None, "850 tkr", "-", "ovrigt"),
        ),
    ]
    return ReportSpec(
        file="hagfors-tn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Hagfors",
            "committee": ["Tekniska nämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026 Tekniska nämnden", "author": "Hagfors kommun"},
        style=style,
        blocks=blocks,
    )
