"""Rambo AB, Styrelsen, delårsrapport januari–augusti 2025 (a waste company owned jointly by four kommuner).

A jointly owned company's interim report in tkr, footer with the board's meeting date in September: the
period's result "1 088 tkr lägre än budgeterat" and the full year as two levels ("ett resultat om 2 900 tkr
mot budgeterade 4 600 tkr", 1 700 never written out) in two sentences, a kostnadsslag table whose deviation
column uses a trailing minus ("1 300-"), a bold run-in "Intäkter." paragraph with two items (waste fees "700
tkr mer än budgeterat", then a reason-only revenue shortfall taking the row's "1 300-"), material revenue "1,5
miljoner kronor lägre än budget", a reason-only personnel paragraph (the row's "1 100-"), headings that carry
the amount ("Transporter och fordon +700 tkr"), "ligger i nivå med budget" beside a row of "300-"
(boilerplate), "Helårsprognosen är oförändrad" (a boilerplate forecast change), an action with its effect,
investments "Av årets investeringsram på 24 mnkr beräknas 19,5 mnkr användas" (4,5 never written out) and the
owners' tariff decision (other). Liberation Sans Narrow 10 pt.

The joint body is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BF, BP, HP, A, C, O

HEAD = "The heading carries the area and its amount."
ROW = "Reason only: the table row's cell, trailing minus."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 78.0, 70.0, 72.0),
        header=lambda n, m: ("Rambo AB", "Delårsrapport 2025"),
        footer=lambda n, m: ("Styrelsemöte 2025-09-24", "Org.nr 556000-0000", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per kostnadsslag, helår, tkr",
        header=(("", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Avfallstaxor", "58 200", "58 900", "700"),
            ("Behandlings- och mottagningsavgifter", "21 400", "20 100", "1 300-"),
            ("Materialintäkter", "6 800", "5 300", "1 500-"),
            ("Personalkostnader", "-31 500", "-32 600", "1 100-"),
            ("Transporter och fordon", "-18 900", "-18 200", "700"),
            ("Behandlingskostnader", "-22 700", "-21 600", "1 100"),
            ("Övriga kostnader", "-8 700", "-9 000", "300-"),
            ("Resultat efter finansiella poster", "4 600", "2 900", "1 700-"),
        ),
        widths=(200.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="narrow-bold", after=4),
        Title("Rambo AB", size=12, font="narrow", after=12),
        H("Resultat", 2),
        Para(
            (
                (
                    "Bolagets resultat efter finansiella poster uppgår till 3 412 tkr för perioden, vilket är 1 088 "
                    "tkr lägre än budgeterat.",
                    C(None, "1 088 tkr", "-", note="The period against budget."),
                ),
                (
                    "För helåret prognostiseras ett resultat om 2 900 tkr mot budgeterade 4 600 tkr.",
                    C(
                        None,
                        "2 900 tkr mot budgeterade 4 600 tkr",
                        "-",
                        value=1_700_000,
                        note="The full year as two levels, 1 700 tkr never written out in the prose: the computed "
                        "value.",
                    ),
                ),
            )
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        Para(
            (
                (
                    "Avfallstaxorna ger 700 tkr mer än budgeterat eftersom antalet abonnemang för fritidshus har ökat.",
                    C("Avfallstaxor", "700 tkr", "+", "avgifter_intakter", "volymer"),
                ),
                (
                    "Mottagningsavgifterna vid behandlingsanläggningen blir däremot lägre, då mindre mängder bygg- och "
                    "rivningsavfall lämnas av företag när byggandet i regionen har avtagit.",
                    C(
                        "Behandlings- och mottagningsavgifter",
                        "1 300-",
                        "-",
                        "avgifter_intakter",
                        "volymer",
                        unit="tkr",
                        table=True,
                        note=ROW,
                    ),
                ),
            ),
            lead="Intäkter.",
        ),
        P(
            "Materialintäkterna är den post som avviker mest: priserna på returpapper och metallskrot har fallit "
            "under året och intäkterna beräknas bli 1,5 miljoner kronor lägre än budget.",
            C("Materialintäkter", "1,5 miljoner kronor", "-", "avgifter_intakter"),
        ),
        Para(
            (
                (
                    "Hög sjukfrånvaro bland chaufförerna under våren har ersatts med övertid och inhyrda förare från "
                    "bemanningsföretag, vilket gör att personalkostnaderna överskrider budget.",
                    C(
                        "Personalkostnader",
                        "1 100-",
                        "-",
                        "sjukfranvaro",
                        "overtid",
                        "inhyrd_personal",
                        unit="tkr",
                        table=True,
                        note=ROW,
                    ),
                ),
            ),
            lead="Personal.",
        ),
        HP(
            "Transporter och fordon +700 tkr",
            "Två nya insamlingsfordon har levererats senare än planerat och leasingavgifterna startar därför först "
            "i oktober.",
            C("Transporter och fordon", "+700 tkr", "+", "material_hjalpmedel", "periodisering", note=HEAD),
        ),
        HP(
            "Behandlingskostnader +1 100 tkr",
            "Mindre mängder restavfall till förbränning ger lägre behandlingskostnader, vilket delvis väger upp de "
            "lägre mottagningsavgifterna.",
            C("Behandlingskostnader", "+1 100 tkr", "+", "volymer", note=HEAD),
        ),
        P(
            "Övriga kostnader ligger i nivå med budget.",
            BP("Övriga kostnader", note="Boilerplate although the row says 300-."),
        ),
        H("Prognosförändring", 2),
        P("Helårsprognosen är oförändrad jämfört med prognosen per april.", BF(None)),
        H("Åtgärder", 2),
        P(
            "Bolaget ser över turplaneringen i insamlingen och har infört restriktivitet med övertid, vilket bedöms "
            "minska kostnaderna med 400 tkr under hösten.",
            A("Personalkostnader", "400 tkr", "overtid", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsram på 24 mnkr beräknas 19,5 mnkr användas, då ombyggnaden av en av "
            "återvinningscentralerna skjuts till 2026.",
            C(
                "Investeringar",
                "24 mnkr beräknas 19,5 mnkr",
                "+",
                "periodisering",
                value=4_500_000,
                note="Under-spending of 4,5 mnkr never written out: the computed value.",
            ),
        ),
        H("Händelser efter periodens slut", 2),
        P(
            "Ägarkommunerna har beslutat om en höjning av avfallstaxan med 4 procent från den 1 januari 2026.",
            O(None, "avgifter_intakter", note="A decision about next year's tariff: context."),
        ),
    ]
    return ReportSpec(
        file="rambo-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Rambo", "Rambo AB"],
            "committee": ["Styrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Rambo AB"},
        style=style,
        blocks=blocks,
    )
