"""Halmstads kommun, Kommunfullmäktige, Mål och budget 2026 med plan för 2027–2028 (a budget decision).

No budget follow-up at all, so no cause items: frames (ramar) per nämnd with changes explained by
"till följd av" and "då …" (volumes, premises, prices), a central reserve, the tax rate, financial
goals, the investment budget, assignments and the decision formula, all other. Liberation Serif with a
two-line header.

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import O

BUDGET = "Budget decision, not a follow-up: "


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 76.0, 72.0, 72.0),
        header=lambda n, m: ("Halmstads kommun – Mål och budget 2026", f"{n} ({m})"),
        footer=lambda n, m: ("Antagen av kommunfullmäktige 2025-11-27, § 214", "", ""),
        rule_under_header=True,
    )
    frames = Table(
        caption="Kommunbidrag (ramar) per nämnd, mnkr",
        header=(("Nämnd", "Ram 2025", "Ram 2026", "Förändring", "Plan 2027", "Plan 2028"),),
        rows=(
            ("Kommunstyrelsen", "386,2", "421,9", "35,7", "428,0", "434,5"),
            ("Barn- och ungdomsnämnden", "2 214,6", "2 247,3", "32,7", "2 281,0", "2 312,4"),
            ("Socialnämnden", "1 108,4", "1 147,1", "38,7", "1 180,2", "1 214,9"),
            ("Omsorgsnämnden", "1 652,0", "1 713,8", "61,8", "1 772,5", "1 838,0"),
            ("Kultur- och fritidsnämnden", "236,9", "240,2", "3,3", "243,6", "247,1"),
            ("Teknik- och fritidsnämnden", "298,5", "305,7", "7,2", "310,4", "315,0"),
            ("Miljö- och hälsoskyddsnämnden", "38,4", "39,5", "1,1", "40,1", "40,7"),
            ("Byggnadsnämnden", "42,1", "43,3", "1,2", "44,0", "44,6"),
            ("Summa", "5 977,1", "6 158,8", "181,7", "6 299,8", "6 447,2"),
        ),
        widths=(150.0, 58.0, 58.0, 62.0, 58.0, 58.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Mål och budget 2026", size=24, font="arial-bold"),
        Title("med plan för 2027–2028", size=14, font="arial", after=16),
        H("Inledning", 1),
        P(
            "Mål och budget 2026 bygger på den politiska majoritetens prioriteringar och på Sveriges Kommuner "
            "och Regioners skatteunderlagsprognos från augusti 2025. Skattesatsen är oförändrad, 20,88 kronor.",
            O(None, note=BUDGET + "assumptions and tax rate."),
        ),
        P(
            "Kommunens budgeterade resultat för 2026 uppgår till 112 mnkr, vilket motsvarar 1,9 procent av "
            "skatteintäkter och generella statsbidrag.",
            O(None, amount="112 mnkr", note=BUDGET + "budgeted result, no deviation."),
        ),
        H("Nämndernas ramar", 1),
        frames,
        P(
            "Samtliga nämnder kompenseras för löne- och prisökningar med 2,9 procent. Därutöver görs följande "
            "förändringar av ramarna:",
            O(None, "lonekostnader", "prisokningar", note=BUDGET + "compensation for wages and prices."),
        ),
        Bullets(
            (
                "Socialnämndens ram utökas med 24,5 mnkr till följd av fler personer med beslut enligt LSS och "
                "ökade kostnader för placeringar av barn och unga.",
                "Omsorgsnämnden tillförs 31,0 mnkr för den demografiska utvecklingen, då antalet invånare över "
                "80 år ökar.",
                "Barn- och ungdomsnämndens ram minskas med 8,5 mnkr då antalet barn i förskoleåldern minskar.",
                "Hyresökningar för nya skollokaler i Oskarström och på Andersberg kompenseras med 11,2 mnkr.",
                "Kommunstyrelsen får en ofördelad reserv på 30 mnkr för oförutsedda kostnader under året.",
            ),
            labels=(
                O(
                    "Socialnämnden",
                    "volymer",
                    "kopt_verksamhet",
                    amount="24,5 mnkr",
                    note=BUDGET + "frame increase with a reason ('till följd av').",
                ),
                O("Omsorgsnämnden", "volymer", amount="31,0 mnkr", note=BUDGET + "demography."),
                O("Barn- och ungdomsnämnden", "volymer", amount="8,5 mnkr", note=BUDGET + "frame reduction."),
                O("Barn- och ungdomsnämnden", "lokaler", amount="11,2 mnkr", note=BUDGET + "rent increases."),
                O("Kommunstyrelsen", "reserver", amount="30 mnkr", note=BUDGET + "central reserve."),
            ),
        ),
        H("Finansiella mål", 1),
        P(
            "Resultatet ska uppgå till minst 2 procent av skatteintäkter och generella statsbidrag som ett "
            "genomsnitt över fem år. Investeringar i den skattefinansierade verksamheten ska till minst 80 "
            "procent finansieras med egna medel.",
            O(None, note=BUDGET + "financial goals."),
        ),
        H("Investeringar", 1),
        P(
            "Investeringsbudgeten för 2026 uppgår till 1 240 mnkr, varav 410 mnkr avser vatten och avlopp. De "
            "största projekten är den nya skolan i Oskarström och ombyggnaden av Slottsmöllans reningsverk.",
            O("Investeringar", amount="1 240 mnkr", note=BUDGET + "investment budget."),
        ),
        H("Uppdrag", 1),
        P(
            "Kommunstyrelsen får i uppdrag att ta fram en plan för att minska kommunens lokalkostnader med 2 "
            "procent till 2028.",
            O("Kommunstyrelsen", "lokaler", note=BUDGET + "assignment."),
        ),
        P(
            "Samtliga nämnder får i uppdrag att redovisa hur de ska klara en effektivisering på 1 procent 2027.",
            O(None, note=BUDGET + "assignment."),
        ),
        H("Beslut", 1),
        P(
            "Kommunfullmäktige beslutar att fastställa mål och budget 2026 med plan för 2027–2028, att "
            "fastställa skattesatsen till 20,88 kronor och att fastställa nämndernas ramar enligt tabell.",
            O(None, note=BUDGET + "decision formula."),
        ),
    ]
    return ReportSpec(
        file="halmstad-kf-mal-och-budget-2026.pdf",
        report={
            "municipality": "Halmstad",
            "committee": ["Kommunfullmäktige"],
            "period": ["2026"],
            "report_type": "budget",
        },
        metadata={"title": "Mål och budget 2026 med plan för 2027–2028", "author": "Halmstads kommun"},
        style=style,
        blocks=blocks,
    )
