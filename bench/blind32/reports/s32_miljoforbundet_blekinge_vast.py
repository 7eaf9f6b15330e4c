"""Miljöförbundet Blekinge Väst (kommunalförbund for Karlshamn and Olofström), delårsrapport januari–augusti 2025.

An environmental-health kommunalförbund's interim report to its direktion, footer with the meeting date in
September: the period's result "612 tkr, att jämföra med ett periodiserat budgeterat resultat på 0 tkr"
and the full year "ett underskott på 350 tkr mot budget" (two items); a result table in tkr; plain headings
per post: supervision fees "420 tkr lägre än budgeterat" (revenue under budget: negative), hourly fees that
"följer budget" (boilerplate), personnel costs "väntas överstiga budget med 380 tkr" with a budgeted
percentage that is not the amount, premises with a surplus "på 150 tkr" and moving costs of 90 tkr that
belong to another post (a part), other costs "hamnar 300 tkr över budget" and a reason-only IT post (the
row's "600"); the member kommuner's contributions (financing, other), the change since the tertial report,
an action with its effect after the fee levels in kronor, equity after the year (other) and a goal not met
"vilket beror på vakanser" (other). Liberation Sans Narrow 10 pt.

The place and the förbund are real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "narrow-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Miljöförbundet Blekinge Väst", "Delårsrapport 2025"),
        footer=lambda n, m: ("Förbundsdirektionen 2025-09-18", "Dnr MBV 2025/211", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning, tkr",
        header=(("", "Budget 2025", "Prognos 2025", "Avvikelse", "Utfall jan–aug"),),
        rows=(
            ("Tillsynsavgifter", "5 860", "5 440", "-420", "4 970"),
            ("Timavgifter", "2 150", "2 150", "0", "1 380"),
            ("Medlemsbidrag", "9 840", "9 840", "0", "6 560"),
            ("Summa intäkter", "17 850", "17 430", "-420", "12 910"),
            ("Personalkostnader", "-13 200", "-13 580", "-380", "-8 620"),
            ("Lokalkostnader", "-1 450", "-1 300", "150", "-930"),
            ("IT och system", "-1 900", "-1 300", "600", "-870"),
            ("Övriga kostnader", "-1 300", "-1 600", "-300", "-1 878"),
            ("Summa kostnader", "-17 850", "-17 780", "70", "-12 298"),
            ("Resultat", "0", "-350", "-350", "612"),
        ),
        widths=(160.0, 74.0, 74.0, 70.0, 80.0),
        bold_rows=frozenset({3, 8, 9}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="arial-bold", after=2),
        Title(
            "Miljöförbundet Blekinge Väst – Karlshamns och Olofströms kommuner",
            size=11.5,
            font="narrow",
            after=12,
        ),
        H("Ekonomisk översikt", 2),
        PS(
            (
                "Förbundets resultat för januari–augusti uppgår till 612 tkr, att jämföra med ett periodiserat "
                "budgeterat resultat på 0 tkr.",
                C(None, "612 tkr", "+", note="The period: a result against a periodised budget of zero."),
            ),
            (
                "För helåret är prognosen ett underskott på 350 tkr mot budget.",
                C(None, "350 tkr", "-", note="The full year in its own sentence."),
            ),
        ),
        table,
        H("Intäkter", 3),
        P(
            "Intäkterna från den årliga tillsynsavgiften blir 420 tkr lägre än budgeterat. Flera lantbruk i Olofströms "
            "kommun har upphört med djurhållning och därmed lämnat tillsynsregistret, och två större industrier har "
            "fått sänkt riskklass.",
            C(
                "Tillsynsavgifter",
                "420 tkr",
                "-",
                "avgifter_intakter",
                "volymer",
                note="Revenue lower than budget: negative.",
            ),
        ),
        P(
            "Timavgifterna för prövning och extra tillsyn följer budget.",
            BP("Timavgifter"),
        ),
        P(
            "Medlemskommunernas bidrag för 2025 uppgår till 9 840 tkr, varav Karlshamn svarar för 6 420 tkr och "
            "Olofström för 3 420 tkr.",
            O("Medlemsbidrag", note="The members' contributions: financing, no deviation."),
        ),
        H("Personalkostnader", 3),
        P(
            "Personalkostnaderna väntas överstiga budget med 380 tkr. Förbundet anlitade en konsult för "
            "livsmedelskontroller under våren för att klara kontrollplanen, samtidigt som lönerevisionen blev högre än "
            "de 3,0 procent som budgeterats.",
            C(
                "Personalkostnader",
                "380 tkr",
                "-",
                "inhyrd_personal",
                "lonekostnader",
                note="The budgeted 3,0 procent is not the amount.",
            ),
        ),
        H("Lokalkostnader", 3),
        P(
            "Förbundet flyttade i april till nya lokaler i Karlshamn. Hyran är lägre än i de gamla lokalerna, vilket "
            "ger ett överskott på 150 tkr för året, men flyttkostnaderna på 90 tkr har belastat övriga kostnader.",
            C(
                "Lokalkostnader",
                "150 tkr",
                "+",
                "lokaler",
                note="The 90 tkr of moving costs belongs to another post.",
            ),
        ),
        H("IT och system", 3),
        P(
            "Kostnaderna för verksamhetssystemet minskar efter att förbundet gått över till den gemensamma "
            "e-tjänsteplattform som medlemskommunerna använder.",
            C(
                "IT och system",
                "600",
                "+",
                "it_digitalisering",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        H("Övriga kostnader", 3),
        P(
            "Övriga kostnader hamnar 300 tkr över budget. Utöver flyttkostnaderna har förbundet fått bekosta "
            "analyser av PFAS i enskilda brunnar kring Asarum, vilket inte fanns med i budgeten.",
            C("Övriga kostnader", "300 tkr", "-", "ovrigt", note="Unforeseen water analyses are ovrigt."),
        ),
        H("Förändring mot tertialrapporten", 2),
        P(
            "Prognosen är 200 tkr sämre än i tertialrapporten, vilket förklaras av PFAS-analyserna.",
            F(None, "200 tkr", "-", "ovrigt"),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen beslutade den 12 juni att höja timtaxan från 1 290 till 1 380 kronor från den 1 oktober. "
            "Åtgärden beräknas förbättra resultatet med cirka 100 tkr under hösten.",
            A(None, "cirka 100 tkr", "avgifter_intakter"),
        ),
        H("Eget kapital", 2),
        P(
            "Om prognosen håller minskar det egna kapitalet till 1,1 mnkr vid årets slut. Enligt förbundsordningen ska "
            "ett negativt resultat återställas av medlemskommunerna inom tre år.",
            O(None, note="Equity and how a deficit is restored: other."),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Av de 214 livsmedelskontroller som planerades för perioden genomfördes 188, vilket beror på vakanser "
            "under våren.",
            O(None, "vakanser", note="A goal not met, with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="miljoforbundet-blekinge-vast-delarsrapport-2025-08.pdf",
        report={
            "municipality": [
                "Miljöförbundet Blekinge Väst",
                "Kommunalförbundet Miljöförbundet Blekinge Väst",
                "MBV",
            ],
            "committee": ["Förbundsdirektionen", "Direktionen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Miljöförbundet Blekinge Väst"},
        style=style,
        blocks=blocks,
    )
