"""Ystads kommun, Samhällsbyggnadsnämnden, verksamhetsberättelse 2025.

A technical committee's year-end report in DejaVu Serif, footer with the date the nämnd adopted it in
February: the tax-financed result "−3,4 mnkr jämfört med budget" and, in the same paragraph, "1,2 mnkr större
än prognosen i delårsrapporten" (a forecast change); a table whose last column is each row's comment
(CommentTable, U+2212 minus): a comment that names a part ("2,6 mnkr" of the row's "−3 150"), reason-only
comments taking their cells, a net-revenue row with a negative budget, "följer budget" (boilerplate) and a
row with no comment (unlabelled); a vacancy that lengthened handling times (context, other); the
fee-financed renhållning "ett överskott på 1,1 mnkr mot budget" with the fund transfer in the same sentence;
investments "22,4 mnkr lägre än budget" with the main reason, then three projects in one sentence ("2,9 mnkr
dyrare", "1,4 respektive 0,8 mnkr mindre"); handling times against 2024 with "beror på" (other) and a fee
increase for next year (action). 11 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (tkr)."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(62.0, 78.0, 62.0, 74.0),
        header=lambda n, m: ("Ystads kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Samhällsbyggnadsnämnden", "Antagen 2026-02-12", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Gator och vägar", "38 200", "41 350", "−3 150"),
                "Vinterväghållningen kostade 2,6 mnkr mer än budgeterat efter ovanligt många halkbekämpningar. "
                "Dessutom blev årets beläggningsarbeten dyrare än beräknat.",
                C(
                    "Gator och vägar",
                    "−3 150",
                    "-",
                    "ovrigt",
                    "prisokningar",
                    unit="tkr",
                    table=True,
                    note="The comment names a part (2,6 mnkr for winter road maintenance): the row's cell is the "
                    "amount. Weather: ovrigt.",
                ),
            ),
            (
                ("Parker och grönområden", "21 600", "22 480", "−880"),
                "Stormen i oktober fällde ett hundratal träd i Sandskogen som fick tas bort akut.",
                C("Parker och grönområden", "−880", "-", "ovrigt", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Fritidshamnar", "1 800", "1 420", "380"),
                "Fler gästnätter i gästhamnen under sommaren gav högre intäkter.",
                C(
                    "Fritidshamnar",
                    "380",
                    "+",
                    "volymer",
                    "avgifter_intakter",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Bygglov och planering", "9 400", "10 950", "−1 550"),
                "Intäkterna från bygglov blev lägre när antalet ansökningar om nybyggnad minskade.",
                C(
                    "Bygglov och planering",
                    "−1 550",
                    "-",
                    "avgifter_intakter",
                    "volymer",
                    unit="tkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Trafik och parkering", "−2 500", "−3 430", "930"),
                "Parkeringsintäkterna blev högre än budget efter taxehöjningen i april.",
                C(
                    "Trafik och parkering",
                    "930",
                    "+",
                    "avgifter_intakter",
                    unit="tkr",
                    table=True,
                    note=ROW + " A net-revenue row: its budget is negative.",
                ),
            ),
            (
                ("Mark och exploatering", "2 100", "2 100", "0"),
                "Verksamheten följer budget.",
                BP("Mark och exploatering"),
            ),
            (("Nämnd och administration", "5 300", "4 430", "870"), "", None),
            (("Summa", "75 900", "79 300", "−3 400"), "", None),
        ),
        widths=(120.0, 46.0, 46.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="serif-bold", after=2),
        Title("Samhällsbyggnadsnämnden", size=12, font="serif-italic", after=12),
        H("Året i korthet", 2),
        P(
            "Under året färdigställdes den nya gång- och cykelbron vid Ystad Strand och arbetet med den nya "
            "hamnplanen fortsatte. Samhällsbyggnadsförvaltningen flyttade i augusti till nya lokaler i "
            "stadshuset."
        ),
        H("Ekonomiskt utfall", 2),
        PS(
            (
                "Samhällsbyggnadsnämndens skattefinansierade verksamhet redovisar ett resultat på −3,4 mnkr jämfört "
                "med budget.",
                C(None, "−3,4 mnkr", "-", note="The tax-financed result against budget."),
            ),
            (
                "Underskottet är 1,2 mnkr större än prognosen i delårsrapporten, vilket främst beror på "
                "vinterväghållningen i november och december.",
                F(None, "1,2 mnkr", "-", "ovrigt", note="The outcome against the interim forecast."),
            ),
        ),
        comments,
        P(
            "Bygglovsenheten har också haft en vakant handläggartjänst under hela hösten, vilket har förlängt "
            "handläggningstiderna.",
            O(
                "Bygglov och planering",
                note="A vacancy that lengthened handling times, not a budget deviation.",
            ),
        ),
        H("Avgiftsfinansierad verksamhet", 2),
        P(
            "Den avgiftsfinansierade renhållningen redovisar ett överskott på 1,1 mnkr mot budget, som förs till "
            "renhållningsfonden. Överskottet beror på att behandlingsavgifterna för matavfall blev lägre än "
            "beräknat.",
            C(
                "Renhållning",
                "1,1 mnkr",
                "+",
                "prisokningar",
                note="The fee-financed result with its fund transfer in the same sentence: one cause item; lower "
                "treatment fees paid are prisokningar.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar uppgick till 48,6 mnkr mot en budget på 71,0 mnkr, ett utfall som är 22,4 mnkr "
            "lägre än budget. Huvuddelen av avvikelsen avser reinvesteringar i gatubelysning som har skjutits till "
            "2026.",
            C(
                "Investeringar",
                "22,4 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending with its reason.",
            ),
        ),
        P(
            "Ombyggnaden av Stora Östergatan blev 2,9 mnkr dyrare än projektbudgeten på grund av arkeologiska fynd "
            "som krävde utgrävning, medan vandringslederna i Sandskogen och belysningsprojektet på Österportstorg "
            "kostade 1,4 respektive 0,8 mnkr mindre än beräknat.",
            C(
                "Stora Östergatan",
                "2,9 mnkr",
                "-",
                "ovrigt",
                note="Three projects in one sentence: an overrun and a 'respektive' pair, three items. "
                "Archaeological finds: ovrigt.",
                also=(
                    C("Vandringsleder i Sandskogen", "1,4", "+", unit="mnkr"),
                    C("Belysning Österportstorg", "0,8 mnkr", "+"),
                ),
            ),
        ),
        H("Mål och nyckeltal", 2),
        P(
            "Handläggningstiden för bygglov var i genomsnitt 6,2 veckor, jämfört med 4,8 veckor 2024. Ökningen "
            "beror på vakansen och på fler kompletteringar av ansökningar.",
            O(
                "Bygglov och planering",
                note="Handling times against the previous year with 'beror på': other.",
            ),
        ),
        H("Inför 2026", 2),
        P(
            "Nämnden har beslutat att höja taxan för bygglov med 8 procent från den 1 januari 2026, vilket beräknas "
            "ge 600 tkr i ökade intäkter.",
            A("Bygglov och planering", "600 tkr", "avgifter_intakter"),
        ),
    ]
    return ReportSpec(
        file="ystad-sbn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Ystad",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Samhällsbyggnadsnämnden", "author": "Ystads kommun"},
        style=style,
        blocks=blocks,
    )
