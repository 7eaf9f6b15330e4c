"""Sysav (Sydskånes avfallsaktiebolag), Styrelsen, delårsrapport januari–augusti 2025.

A waste company owned jointly by the kommuner of south-west Skåne, its interim report in Liberation Serif,
footer with the board's meeting date in October: the period's operating result "11,3 mkr bättre än
budgeterat" after a level, the full year "6 mkr lägre än budget" in the next paragraph, the period surplus's
timing reason apart (amount null), a table per post in tkr with a trailing minus for deficits ("15 500-") and a
row with no comment, then plain paragraphs in varied shapes: revenue "blir 15,5 mkr lägre än budget", fees
"överstiger budget med 7,2 mkr", a reason-only cost after "Inom" (the row's "3 100-"), personnel costs "2,4 mkr
lägre än budget", transport "1,8 mkr högre än budgeterat" and "Lägre avskrivningar, 1,2 mkr under budget";
investments "64 mkr lägre än budget", the change since April, an action without an amount, the owners'
capital and solidity, and waste per inhabitant against 2024 with "beror på" (others).

The place is real (Sysav is owned by fourteen kommuner); every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Sysav", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Styrelsemöte 2025-10-02", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Avvikelse mot budget per post, helårsprognos 2025 (tkr, minus = sämre än budget)",
        header=(("Post", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Energiförsäljning", "412 000", "396 500", "15 500-"),
            ("Behandlingsavgifter", "538 400", "545 600", "7 200"),
            ("Återvinningscentraler", "-96 300", "-99 400", "3 100-"),
            ("Personalkostnader", "-287 500", "-285 100", "2 400"),
            ("Transporter", "-64 200", "-66 000", "1 800-"),
            ("Avskrivningar", "-201 700", "-200 500", "1 200"),
            ("Övriga poster", "-242 700", "-239 100", "3 600"),
            ("Resultat efter finansiella poster", "58 000", "52 000", "6 000-"),
        ),
        widths=(190.0, 75.0, 75.0, 75.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="times-bold", after=2),
        Title("Sysav – Sydskånes avfallsaktiebolag", size=12.5, font="times", after=14),
        H("Resultat", 1),
        P(
            "Rörelseresultatet för perioden uppgick till 48,6 mkr, vilket är 11,3 mkr bättre än budgeterat.",
            C(None, "11,3 mkr", "+", note="The period's result against budget: its own item."),
        ),
        P(
            "För helåret prognostiseras ett resultat efter finansiella poster på 52 mkr, vilket är 6 mkr lägre än "
            "budget.",
            C(None, "6 mkr", "-", note="A result level before the deviation: the deviation is the amount."),
        ),
        P(
            "Att perioden ser bättre ut än helåret beror på att revisionen av panna 2 har flyttats från våren till "
            "oktober.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's timing reason in a paragraph of its own: amount null.",
            ),
        ),
        table,
        H("Kommentarer till avvikelserna", 2),
        P(
            "Intäkterna från energiförsäljningen blir 15,5 mkr lägre än budget. Elpriset har legat långt under "
            "budgetens antagande, och den milda våren minskade leveranserna av fjärrvärme.",
            C(
                "Energiförsäljning",
                "15,5 mkr",
                "-",
                "prisokningar",
                "ovrigt",
                note="Lower electricity prices: prisokningar. Mild weather: ovrigt.",
            ),
        ),
        P(
            "Behandlingsavgifterna överstiger budget med 7,2 mkr, eftersom mängden verksamhetsavfall från industrin har "
            "ökat.",
            C("Behandlingsavgifter", "7,2 mkr", "+", "avgifter_intakter", "volymer"),
        ),
        P(
            "Inom återvinningscentralerna ökar kostnaderna till följd av fler besökare och förlängda öppettider, som "
            "kräver extra personal på helgerna.",
            C(
                "Återvinningscentraler",
                "3 100-",
                "-",
                "volymer",
                "bemanning",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell, a trailing minus.",
            ),
        ),
        P(
            "Personalkostnaderna beräknas bli 2,4 mkr lägre än budget då flera tjänster inom teknik och underhåll har "
            "varit vakanta.",
            C("Personalkostnader", "2,4 mkr", "+", "vakanser"),
        ),
        P(
            "Transportkostnaderna blir 1,8 mkr högre än budgeterat på grund av ett högre dieselpris och längre "
            "transporter av slagg.",
            C("Transporter", "1,8 mkr", "-", "prisokningar", note="A higher diesel price: prisokningar."),
        ),
        P(
            "Lägre avskrivningar, 1,2 mkr under budget, följer av att investeringen i den nya sorteringsanläggningen "
            "har försenats.",
            C("Avskrivningar", "1,2 mkr", "+", "periodisering"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna för helåret prognostiseras till 186 mkr, vilket är 64 mkr lägre än budget. Bygglovet för "
            "sorteringsanläggningen överklagades och byggstarten har flyttats till våren 2026.",
            C("Investeringar", "64 mkr", "+", "periodisering"),
        ),
        H("Prognosförändring", 2),
        P(
            "Prognosen är 4 mkr sämre än den som lämnades i april, främst på grund av elpriset.",
            F(None, "4 mkr", "-", "prisokningar"),
        ),
        H("Åtgärder", 2),
        P(
            "Bolaget har tecknat nya prissäkringsavtal för elförsäljningen under 2026, vilket minskar risken för "
            "fortsatt låga intäkter.",
            A("Energiförsäljning", None, "prisokningar"),
        ),
        H("Ägare och finansiell ställning", 2),
        P(
            "Ägarkommunernas aktiekapital är oförändrat, och bolagets soliditet uppgick per augusti till 34 procent.",
            O(None, note="Owners' capital and solidity: other."),
        ),
        P(
            "Mängden hushållsavfall per invånare minskade med 3 procent jämfört med samma period 2024, vilket beror på "
            "ökad sortering i hushållen.",
            O(None, note="Volumes against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="sysav-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Sysav", "Sydskånes avfallsaktiebolag", "Sysav AB"],
            "committee": ["Styrelsen", "Sysavs styrelse"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Sysav"},
        style=style,
        blocks=blocks,
    )
