"""Skövde kommun, Tekniska nämnden, bokslut 2025.

A technical committee's year-end report in tkr and mnkr, footer with the nämnd's meeting date in February
2026: the year's "underskott mot budget om 5,3 mnkr" and, in the next sentence, the outcome "1,1 mnkr mindre"
than the interim forecast (a forecast change), a table whose deviation column uses en dashes as minus signs
("–4 700"), then headings that carry the verksamhet and its amount in brackets ("Gator och
vägar (–4 700 tkr)"), one with a volume against 2024 in the same paragraph (other), one with a part in tkr
("trafiksäkerhetsåtgärder på 300 tkr") that is not the amount, and "(±0 tkr)" over "inom budget"
(boilerplate), the fee-financed VA result "2,4 mnkr bättre än budget" with the fund transfer in a sentence of
its own (other), investments "38,1 mnkr lägre än budget" and a project "3,6 mnkr dyrare än projektbudgeten",
and an action with its yearly effect. DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area and its amount in brackets."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Skövde kommun", "Bokslut 2025 – Tekniska nämnden"),
        footer=lambda n, m: ("Tekniska nämnden 2026-02-12", "Dnr TN 2026/14", f"{n}/{m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Gator och vägar", "48 200", "52 900", "–4 700"),
            ("Park och natur", "21 600", "22 350", "–750"),
            ("Kollektivtrafik", "39 800", "41 900", "–2 100"),
            ("Parkering och trafiksäkerhet", "2 100", "650", "1 450"),
            ("Teknisk service", "5 400", "4 600", "800"),
            ("Gemensam administration", "8 900", "8 900", "0"),
            ("Summa skattefinansierat", "126 000", "131 300", "–5 300"),
        ),
        widths=(180.0, 75.0, 75.0, 75.0),
        bold_rows=frozenset({6}),
        rules=True,
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="cond-bold", after=2),
        Title("Tekniska nämnden", size=12, font="cond", after=14),
        H("Årets resultat", 2),
        Para(
            (
                (
                    "Tekniska nämnden redovisar ett underskott mot budget om 5,3 mnkr för 2025.",
                    C(None, "5,3 mnkr", "-"),
                ),
                (
                    "Underskottet är 1,1 mnkr mindre än vad som prognostiserades i delårsrapporten.",
                    F(None, "1,1 mnkr", "+", note="The outcome against the interim forecast."),
                ),
            )
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Gator och vägar (–4 700 tkr)",
            "Vintern krävde fler utryckningar för halkbekämpning än normalt, och beläggningsarbeten som skjutits "
            "upp från föregående år genomfördes under sommaren till högre priser än beräknat.",
            C(
                "Gator och vägar",
                "–4 700 tkr",
                "-",
                "ovrigt",
                "prisokningar",
                "periodisering",
                note=HEAD + " Winter is ovrigt.",
            ),
        ),
        HP(
            "Park och natur (–750 tkr)",
            "Stormfällda träd efter oktoberstormen och skador på lekutrustning förklarar underskottet.",
            C("Park och natur", "–750 tkr", "-", "ovrigt", note=HEAD),
        ),
        Para(
            (
                (
                    "Kostnaden för stadstrafiken ökade genom indexuppräkningen i trafikavtalet, som blev högre än "
                    "budgeterat.",
                    C("Kollektivtrafik", "–2 100 tkr", "-", "prisokningar", note=HEAD),
                ),
                (
                    "Resandet har samtidigt ökat med 6 procent jämfört med 2024.",
                    O("Kollektivtrafik", "volymer", note="Travel against the previous year: its own item."),
                ),
            ),
            head="Kollektivtrafik (–2 100 tkr)",
            head_level=3,
        ),
        HP(
            "Parkering och trafiksäkerhet (+1 450 tkr)",
            "Intäkterna från parkeringsavgifter blev högre än budgeterat efter att avgiftsbelagd parkering infördes "
            "på ytterligare två platser i centrum. Dessutom har trafiksäkerhetsåtgärder på 300 tkr senarelagts till "
            "2026.",
            C(
                "Parkering och trafiksäkerhet",
                "+1 450 tkr",
                "+",
                "avgifter_intakter",
                "periodisering",
                note=HEAD + " The 300 tkr is a part.",
            ),
        ),
        HP(
            "Teknisk service (+800 tkr)",
            "Vakanta tjänster på verkstaden under första halvåret har gett lägre personalkostnader.",
            C("Teknisk service", "+800 tkr", "+", "vakanser", note=HEAD),
        ),
        HP(
            "Gemensam administration (±0 tkr)",
            "Verksamheten har bedrivits inom budget.",
            BP("Gemensam administration"),
        ),
        H("VA-verksamheten", 2),
        Para(
            (
                (
                    "VA-verksamhetens resultat blev 2,4 mnkr bättre än budget, främst genom högre anslutningsavgifter "
                    "från nya bostadsområden.",
                    C("VA-verksamheten", "2,4 mnkr", "+", "avgifter_intakter"),
                ),
                (
                    "Överskottet förs till VA-fonden, som efter bokslutet uppgår till 11,8 mnkr.",
                    O("VA-verksamheten", "reserver", note="The fund transfer and balance: other."),
                ),
            )
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar uppgick till 96,4 mnkr, vilket är 38,1 mnkr lägre än budget. Det beror framför "
            "allt på att ombyggnaden av en korsning vid resecentrum och två gång- och cykelvägar har flyttats till "
            "2026 på grund av ledningsomläggningar.",
            C("Investeringar", "38,1 mnkr", "+", "periodisering"),
        ),
        P(
            "Projektet ny gång- och cykelbro i stadsparken blev 3,6 mnkr dyrare än projektbudgeten eftersom "
            "grundläggningen krävde pålning till större djup än beräknat.",
            C(
                "Gång- och cykelbro i stadsparken",
                "3,6 mnkr",
                "-",
                "ovrigt",
                note="A project overrun: negative.",
            ),
        ),
        H("Åtgärder inför 2026", 2),
        P(
            "Nämnden har beslutat att sänka standarden för gräsklippning i ytterområdena, vilket beräknas ge 400 tkr "
            "lägre kostnader per år.",
            A("Park och natur", "400 tkr"),
        ),
    ]
    return ReportSpec(
        file="skovde-tn-bokslut-2025.pdf",
        report={
            "municipality": "Skövde",
            "committee": ["Tekniska nämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Tekniska nämnden", "author": "Skövde kommun"},
        style=style,
        blocks=blocks,
    )
