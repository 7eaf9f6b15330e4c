"""Tierps kommun, Kommunstyrelsen, tjänsteskrivelse: ekonomisk uppföljning per mars 2026.

A tjänsteskrivelse dated in April for the period to March, in tkr: the decision proposal and background (not
labelled), the full year "3 460 tkr lägre än budget" and the period "nettokostnaderna … 1 120 tkr högre än
periodiserad budget" (a negative period deviation) in two sentences; a table per verksamhet; headings with
"prognos" before the amount ("Måltidsenheten, prognos −1 250 tkr"), one with a part in whole kronor
("1 100 000 kronor", not the amount) and a risk sentence (other) in its paragraph, one reason-only heading
("IT-avdelningen, prognos −850 tkr"); plain headings whose paragraphs carry the amount in varied shapes
("redovisar ett överskott på 420 tkr, eftersom", "Överskottet, 540 tkr, beror på", "blev 420 tkr dyrare än
budgeterat") and one "följer budget" (boilerplate); an action; a project "beräknas bli 2,3 mnkr dyrare än
budgeterat" and "I övrigt bedöms investeringsbudgeten förbrukas fullt ut" (boilerplate). Liberation Sans
(Arial metrics) 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, O

HEAD = "The heading carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.34,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("TIERPS KOMMUN  Kommunledningsförvaltningen", "TJÄNSTESKRIVELSE 2026-04-14"),
        footer=lambda n, m: ("Dnr KS 2026/212", "", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Måltidsenheten", "38 400", "39 650", "−1 250"),
            ("Fastighet", "61 200", "63 100", "−1 900"),
            ("IT-avdelningen", "22 750", "23 600", "−850"),
            ("Räddningstjänsten", "27 900", "27 480", "420"),
            ("Ekonomi- och personalavdelningen", "31 300", "30 760", "540"),
            ("Gata och park", "14 600", "15 020", "−420"),
            ("Näringsliv och turism", "6 850", "6 850", "0"),
            ("Summa", "203 000", "206 460", "−3 460"),
        ),
        widths=(180.0, 76.0, 76.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per mars 2026", size=16, font="arial-bold", after=6),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen godkänner den ekonomiska uppföljningen för kommunstyrelsens verksamheter per mars 2026."
        ),
        H("Ärendebeskrivning", 2),
        P(
            "Enligt kommunens riktlinjer för ekonomistyrning ska nämnderna lämna en uppföljning med helårsprognos "
            "efter mars, maj, augusti och oktober. Uppföljningen bygger på utfallet till och med den 31 mars."
        ),
        H("Sammanfattning", 2),
        Para(
            (
                (
                    "Kommunstyrelsens verksamheter prognostiserar ett helårsresultat som är 3 460 tkr lägre än "
                    "budget.",
                    C(None, "3 460 tkr", "-", note="The full year, no reasons."),
                ),
                (
                    "Efter årets första tre månader är nettokostnaderna 1 120 tkr högre än periodiserad budget.",
                    C(
                        None,
                        "1 120 tkr",
                        "-",
                        note="Net costs higher than the periodised budget: a negative period deviation.",
                    ),
                ),
            )
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Måltidsenheten, prognos −1 250 tkr",
            "Livsmedelspriserna har fortsatt att stiga och ligger cirka 8 procent över den budgeterade nivån. "
            "Därtill har sjukfrånvaron i köken i Karlholm och Örbyhus medfört kostnader för timvikarier.",
            C(
                "Måltidsenheten",
                "−1 250 tkr",
                "-",
                "prisokningar",
                "sjukfranvaro",
                "vikarier",
                note=HEAD + " The percentage is not the amount.",
            ),
        ),
        Para(
            (
                (
                    "Vattenskadan i Björkängsskolans gymnastiksal kostar 1 100 000 kronor att åtgärda, och "
                    "försäkringen täcker endast en mindre del. Energikostnaderna i kommunens fastigheter är dessutom "
                    "högre än budgeterat.",
                    C(
                        "Fastighet",
                        "−1 900 tkr",
                        "-",
                        "ovrigt",
                        "prisokningar",
                        note=HEAD + " The 1 100 000 kronor is a part; water damage is ovrigt.",
                    ),
                ),
                (
                    "Om fler fuktskador upptäcks vid den pågående inventeringen kan underskottet öka.",
                    O("Fastighet", note="A risk in the same paragraph: its own item."),
                ),
            ),
            head="Fastighet, prognos −1 900 tkr",
            head_level=3,
        ),
        HP(
            "IT-avdelningen, prognos −850 tkr",
            "Licenserna för den nya e-tjänsteplattformen har fakturerats för två år i förskott, och kostnaderna för "
            "den gamla plattformen löper parallellt till och med juni.",
            C("IT-avdelningen", "−850 tkr", "-", "it_digitalisering", "periodisering", note=HEAD),
        ),
        H("Räddningstjänsten", 3),
        P(
            "Räddningstjänsten redovisar ett överskott på 420 tkr, eftersom färre larm än normalt har krävt "
            "utryckning av deltidsbrandmän och två tjänster som brandinspektör är vakanta.",
            C("Räddningstjänsten", "420 tkr", "+", "volymer", "vakanser"),
        ),
        H("Ekonomi- och personalavdelningen", 3),
        P(
            "Överskottet, 540 tkr, beror på att en controllertjänst och en tjänst som HR-specialist har varit "
            "vakanta under våren.",
            C("Ekonomi- och personalavdelningen", "540 tkr", "+", "vakanser"),
        ),
        H("Gata och park", 3),
        P(
            "Vinterväghållningen i januari och februari blev 420 tkr dyrare än budgeterat efter flera snöoväder.",
            C("Gata och park", "420 tkr", "-", "ovrigt", note="Snow is ovrigt."),
        ),
        H("Näringsliv och turism", 3),
        P("Verksamheten följer budget.", BP("Näringsliv och turism")),
        H("Åtgärder", 2),
        P(
            "Förvaltningen föreslår att planerade underhållsprojekt för 600 tkr skjuts upp till 2027 för att minska "
            "underskottet inom fastighetsverksamheten.",
            A("Fastighet", "600 tkr"),
        ),
        H("Investeringar", 2),
        P(
            "Projektet Ny brandstation i Tierp beräknas bli 2,3 mnkr dyrare än budgeterat, eftersom markförhållandena "
            "visade sig vara sämre än vad förundersökningen visade.",
            C("Ny brandstation i Tierp", "2,3 mnkr", "-", "ovrigt", note="A project overrun: negative."),
        ),
        P("I övrigt bedöms investeringsbudgeten förbrukas fullt ut.", BP("Investeringar")),
        H("Beslutsunderlag", 2),
        P("Ekonomisk uppföljning per mars 2026, bilaga 1. Driftredovisning per verksamhet, bilaga 2."),
        P("Anna Lindqvist, ekonomichef    Per Sjöberg, controller", size=9.5),
    ]
    return ReportSpec(
        file="tierp-ks-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Tierp",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per mars 2026", "author": "Tierps kommun"},
        style=style,
        blocks=blocks,
    )
