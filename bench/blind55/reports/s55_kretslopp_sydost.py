"""Kretslopp Sydost (kommunalförbund), Direktionen, delårsrapport januari–april 2026.

A waste-management kommunalförbund's interim report in tkr and mnkr, footer with the direktion's meeting date
in May: the period's result "4,6 mnkr, att jämföra med ett periodiserat budgeterat resultat på 1,5 mnkr" (3,1
never written out) and the full year "2,5 mnkr sämre än budget" in two sentences; a kostnadsslag table whose
deviations use a spaced hyphen-minus ("- 1 900"); bold run-in kostnadsslag ending in a full stop, some whose
lead carries the amount ("Avfallsavgifter +1 200 tkr.", "Transporter och entreprenader – 1 900 tkr." with a
spaced en dash): recycling prices "ger 2,3 mnkr lägre intäkter än budgeterat", a reason-only personnel
deficit (the row's "- 900"), treatment costs "1,4 mnkr lägre än budget", capital costs and other costs "0,4
mnkr lägre … medan … 0,4 mnkr högre" in one sentence (two items), "följer budget" (boilerplate); investments
"11,5 mnkr lägre än den budgeterade nivån"; an action with its effect, equity with an earmarked part and
collected volumes against last year with "beror på" (others). DejaVu Serif Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Kretslopp Sydost", "Delårsrapport per april 2026"),
        footer=lambda n, m: ("Direktionen 2026-05-28", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per kostnadsslag, tkr (avvikelse: minus = sämre än budget)",
        header=(("", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Avfallsavgifter", "186 400", "67 100", "187 600", "1 200"),
            ("Övriga intäkter", "22 800", "6 300", "20 500", "- 2 300"),
            ("Personalkostnader", "-58 300", "-19 900", "-59 200", "- 900"),
            ("Transporter och entreprenader", "-71 600", "-24 800", "-73 500", "- 1 900"),
            ("Behandlingskostnader", "-49 700", "-15 400", "-48 300", "1 400"),
            ("Fastighet och anläggning", "-12 900", "-4 200", "-12 900", "0"),
            ("Kapitalkostnader", "-9 800", "-3 100", "-9 400", "400"),
            ("Övriga kostnader", "-2 400", "-1 400", "-2 800", "- 400"),
            ("Resultat", "4 500", "4 600", "2 000", "- 2 500"),
        ),
        widths=(160.0, 70.0, 76.0, 70.0, 64.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–april 2026", size=18, font="serif-cond-bold", after=2),
        Title("Kretslopp Sydost", size=12.5, font="serif-cond", after=12),
        H("Förbundets ekonomi", 2),
        P(
            "Förbundet redovisar för perioden januari–april ett resultat på 4,6 mnkr, att jämföra med ett "
            "periodiserat budgeterat resultat på 1,5 mnkr.",
            C(
                None,
                "4,6 mnkr, att jämföra med ett periodiserat budgeterat resultat på 1,5 mnkr",
                "+",
                value=3_100_000,
                note="The period's result against a periodised budgeted result: the difference, never written out.",
            ),
        ),
        P(
            "Helårsprognosen är ett resultat på 2,0 mnkr, vilket är 2,5 mnkr sämre än budget.",
            C(None, "2,5 mnkr", "-"),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        LP(
            "Avfallsavgifter +1 200 tkr.",
            "Fler abonnenter än budgeten förutsatte har valt tätare tömning av matavfall, och avgifterna för "
            "grovavfall vid återvinningscentralerna har ökat.",
            C(
                "Avfallsavgifter",
                "+1 200 tkr",
                "+",
                "avgifter_intakter",
                "volymer",
                note="The bold run-in lead carries the amount.",
            ),
        ),
        LP(
            "Övriga intäkter.",
            "Priserna på returpapper och metallskrot har fallit under våren, vilket ger 2,3 mnkr lägre intäkter "
            "än budgeterat.",
            C("Övriga intäkter", "2,3 mnkr", "-", "avgifter_intakter"),
        ),
        LP(
            "Personalkostnader.",
            "Sjukfrånvaron bland chaufförerna har varit hög och har täckts med övertid och förare från "
            "bemanningsföretag.",
            C(
                "Personalkostnader",
                "- 900",
                "-",
                "sjukfranvaro",
                "overtid",
                "inhyrd_personal",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell, a spaced minus.",
            ),
        ),
        LP(
            "Transporter och entreprenader – 1 900 tkr.",
            "Insamlingsavtalet har räknats upp med 6,8 procent enligt indexklausulen, och extra transporter har "
            "behövts när sorteringsanläggningen stod still i mars.",
            C(
                "Transporter och entreprenader",
                "– 1 900 tkr",
                "-",
                "prisokningar",
                "ovrigt",
                note="A spaced en dash as the minus in the lead; the index percentage is not the amount.",
            ),
        ),
        LP(
            "Behandlingskostnader.",
            "Mängden restavfall till förbränning har minskat och kostnaden blir 1,4 mnkr lägre än budget.",
            C("Behandlingskostnader", "1,4 mnkr", "+", "volymer"),
        ),
        LP(
            "Kapitalkostnader och övrigt.",
            "Kapitalkostnaderna blir 0,4 mnkr lägre till följd av försenade investeringar, medan övriga kostnader "
            "blir 0,4 mnkr högre, främst för licenser till det nya kundsystemet.",
            C(
                "Kapitalkostnader",
                "0,4 mnkr",
                "+",
                "periodisering",
                note="Two kostnadsslag in one sentence: two items, each with its own reason.",
                also=(C("Övriga kostnader", "0,4 mnkr", "-", "it_digitalisering"),),
            ),
        ),
        LP(
            "Fastighet och anläggning.",
            "Kostnaderna följer budget.",
            BP("Fastighet och anläggning"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen för 2026 är 30,5 mnkr, vilket är 11,5 mnkr lägre än den budgeterade nivån. "
            "Den nya omlastningsstationen försenas eftersom bygglovet har överklagats.",
            C("Investeringar", "11,5 mnkr", "+", "periodisering"),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har gett förbundschefen i uppdrag att omförhandla villkoren för materialförsäljningen, "
            "vilket beräknas ge 0,8 mnkr högre intäkter på helår.",
            A("Övriga intäkter", "0,8 mnkr", "avgifter_intakter"),
        ),
        H("Eget kapital och volymer", 2),
        P(
            "Förbundets egna kapital uppgick vid årsskiftet till 38,2 mnkr, varav 12,0 mnkr är öronmärkta för "
            "taxeutjämning.",
            O(None, "reserver", note="Equity: other."),
        ),
        P(
            "Insamlade mängder hushållsavfall var 3 procent lägre än samma period 2025, vilket beror på en minskad "
            "konsumtion i hushållen.",
            O(None, "volymer", note="Volumes against last year, with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="kretslopp-sydost-delarsrapport-2026-04.pdf",
        report={
            "municipality": ["Kretslopp Sydost", "Kommunalförbundet Kretslopp Sydost"],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2026-04"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–april 2026", "author": "Kretslopp Sydost"},
        style=style,
        blocks=blocks,
    )
