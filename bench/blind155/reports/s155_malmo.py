"""Malmö stad, Kulturnämnden, månadsrapport oktober 2025.

A culture committee's month report (DejaVu Serif 9.5 pt), footer with the nämnd's meeting date in November:
the full year "−2,4 mnkr (−1,9 mnkr i september)" against the kommunbidrag (the bracket is last month's), the
change since September with its cause; the table pasted as an image (every amount in the prose); bullets per
avdelning under a generic heading in varied shapes ("Bibliotek: −1,6 mnkr.", "visar ett underskott på",
"beräknas gå med ett överskott om", "håller sig inom budget", "Stab och ledning: −0,6 mnkr, främst på grund
av"); two kostnadsslag in one sentence, one over and one under budget ("medan"); investments "14,2 mnkr mot
en budget på 18,0 mnkr" (3,8 never written out); an action, museum visitors against 2024 and a risk.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

IMAGE = "The table is an image: the amount is the prose's."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(16.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(68.0, 80.0, 68.0, 72.0),
        header=lambda n, m: ("Malmö stad", "Kulturförvaltningen"),
        footer=lambda n, m: ("Kulturnämnden 2025-11-20", "KN-2025-03391", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per avdelning 2025, mnkr",
        header=(("Avdelning", "Budget", "Prognos okt", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Bibliotek", "148,2", "149,8", "-1,6", "-1,3"),
            ("Museer", "96,5", "97,6", "-1,1", "-0,8"),
            ("Kulturskolan", "71,3", "70,4", "0,9", "0,8"),
            ("Kulturstöd", "118,0", "118,0", "0,0", "0,0"),
            ("Stab och ledning", "32,4", "33,0", "-0,6", "-0,6"),
            ("Summa", "466,4", "468,8", "-2,4", "-1,9"),
        ),
        widths=(150.0, 62.0, 70.0, 76.0, 76.0),
        bold_rows=frozenset({5}),
        rules=True,
        shade=(0.85, 0.9, 0.95),
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="sans-bold", after=2),
        Title("Kulturnämnden", size=12, font="serif", after=12),
        H("Ekonomiskt läge", 2),
        P(
            "Kulturnämnden prognostiserar ett helårsresultat om −2,4 mnkr (−1,9 mnkr i september) i förhållande till "
            "kommunbidraget.",
            C(None, "−2,4 mnkr", "-", note="The bracket is last month's figure, not the amount."),
        ),
        P(
            "Försämringen med 0,5 mnkr sedan föregående månad förklaras av att intäkterna från höstens "
            "familjeutställning blev lägre än beräknat.",
            F(None, "0,5 mnkr", "-", "avgifter_intakter"),
        ),
        table,
        H("Kommentarer per avdelning", 2),
        Bullets(
            items=(
                "Bibliotek: −1,6 mnkr. Underskottet beror på att leverantörerna har höjt priserna för e-böcker och "
                "att fler timanställda har behövts för att hålla Stadsbiblioteket öppet längre under sommaren.",
                "Museer visar ett underskott på 1,1 mnkr, eftersom entréintäkterna inte når upp till budgeterad nivå "
                "sedan vårens stora utställning fick färre besökare än väntat.",
                "Kulturskolan beräknas gå med ett överskott om 0,9 mnkr till följd av vakanta lärartjänster under "
                "våren.",
                "Kulturstöd håller sig inom budget.",
                "Stab och ledning: −0,6 mnkr, främst på grund av kostnader för det nya bokningssystemet för lokaler "
                "och evenemang.",
            ),
            labels=(
                C(
                    "Bibliotek",
                    "−1,6 mnkr",
                    "-",
                    "prisokningar",
                    "vikarier",
                    note="Hourly staff are vikarier.",
                ),
                C("Museer", "1,1 mnkr", "-", "avgifter_intakter", "volymer"),
                C("Kulturskolan", "0,9 mnkr", "+", "vakanser"),
                BP("Kulturstöd"),
                C("Stab och ledning", "−0,6 mnkr", "-", "it_digitalisering"),
            ),
        ),
        H("Kostnader", 2),
        P(
            "Personalkostnaderna ligger 1,3 mnkr över budget, medan lokalkostnaderna blir 0,7 mnkr lägre än "
            "budgeterat eftersom hyran för magasinet har sänkts efter en omförhandling.",
            C(
                "Personalkostnader",
                "1,3 mnkr",
                "-",
                note="Two kostnadsslag in one sentence: two items; the reason belongs to the premises only.",
                also=(C("Lokalkostnader", "0,7 mnkr", "+", "lokaler"),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 14,2 mnkr mot en budget på 18,0 mnkr. Upprustningen av ett av "
            "stadsdelsbiblioteken har förskjutits till 2026 i väntan på fastighetsägarens ombyggnad.",
            C(
                "Investeringar",
                "14,2 mnkr mot en budget på 18,0 mnkr",
                "+",
                "periodisering",
                value=3_800_000,
                note="Under-spending of 3,8 mnkr never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört inköpsstopp för inventarier och en restriktiv hållning vid återbesättning av "
            "tjänster under resten av året, vilket väntas förbättra resultatet med cirka 0,4 mnkr.",
            A(None, "cirka 0,4 mnkr", "material_hjalpmedel", "vakanser"),
        ),
        H("Verksamhet och risker", 2),
        P(
            "Museerna hade 212 000 besökare till och med oktober, 6 procent färre än samma period 2024.",
            O("Museer", "volymer", note="Visitors against last year."),
        ),
        P(
            "Prognosen är osäker när det gäller intäkterna från julprogrammet i december, som är beroende av "
            "biljettförsäljningen.",
            O(None, note="A risk."),
        ),
    ]
    return ReportSpec(
        file="malmo-kn-manadsrapport-2025-10.pdf",
        report={
            "municipality": ["Malmö", "Malmö stad"],
            "committee": ["Kulturnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Kulturnämnden", "author": "Malmö stad"},
        style=style,
        blocks=blocks,
    )
