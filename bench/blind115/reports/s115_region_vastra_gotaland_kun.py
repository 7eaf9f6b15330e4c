"""Region Västra Götaland, Kulturnämnden, delårsrapport augusti 2025.

A regional culture committee's interim report in mnkr, footer with the nämnd's meeting date in September:
the period's surplus and the full year's "överskott mot budget på 6,0 mnkr" in one sentence (one item, the
full year's), the period's timing reason in a paragraph of its own (amount null); a result table whose last
column is each row's comment, with en dashes as minus signs: a comment that names its own amount ("ger ett
överskott på 2,3 mnkr"), reason-only comments taking their cells ("–1,4", "+4,1", "+1,5"), a comment whose
amount is in the prose ("överstiger budget med 0,5 mnkr"), "Utbetalningarna följer beslutade bidrag" beside a
zero (boilerplate) and a sum row with no comment; the change since the tertial report with its cause;
investments "0,8 mnkr lägre än budgeterat"; an action with no amount, equity and visitor numbers against last
year with "beror på" (others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 80.0, 62.0, 74.0),
        header=lambda n, m: ("Västra Götalandsregionen", "Kulturnämnden – Delårsrapport augusti 2025"),
        footer=lambda n, m: ("Diarienummer KUN 2025-00271", "", f"Kulturnämnden 2025-09-24 | {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Bidrag till kulturinstitutioner", "612,0", "612,0", "0,0"),
                "Utbetalningarna följer beslutade bidrag.",
                BP("Bidrag till kulturinstitutioner"),
            ),
            (
                ("Scenkonst och musik", "88,6", "90,0", "–1,4"),
                "Turnéverksamheten har fått högre kostnader för resor och logi än planerat.",
                C(
                    "Scenkonst och musik",
                    "–1,4",
                    "-",
                    "prisokningar",
                    unit="mnkr",
                    table=True,
                    note="Reason only: the row's cell.",
                ),
            ),
            (
                ("Museer och kulturarv", "74,2", "71,9", "+2,3"),
                "Två antikvarietjänster har varit vakanta under våren och ett utställningsprojekt har skjutits till "
                "2026, vilket ger ett överskott på 2,3 mnkr.",
                C("Museer och kulturarv", "2,3 mnkr", "+", "vakanser", "periodisering"),
            ),
            (
                ("Projektmedel kulturutveckling", "31,5", "27,4", "+4,1"),
                "Färre ansökningar än väntat har beviljats, och återbetalda medel från tidigare år ger ytterligare "
                "utrymme.",
                C(
                    "Projektmedel kulturutveckling",
                    "+4,1",
                    "+",
                    "volymer",
                    "ovrigt",
                    unit="mnkr",
                    table=True,
                    note="Reason only: the row's cell. Repaid grants: ovrigt.",
                ),
            ),
            (
                ("Film och rörlig bild", "46,0", "44,5", "+1,5"),
                "Avvikelsen beror på att samproduktionerna har beviljats lägre belopp än budgeterat.",
                C(
                    "Film och rörlig bild",
                    "+1,5",
                    "+",
                    "ovrigt",
                    unit="mnkr",
                    table=True,
                    note="Lower co-production grants fit no tag: ovrigt.",
                ),
            ),
            (
                ("Nämnd och kansli", "19,7", "20,2", "–0,5"),
                "Kostnaderna för det nya bidragshanteringssystemet överstiger budget med 0,5 mnkr.",
                C("Nämnd och kansli", "0,5 mnkr", "-", "it_digitalisering"),
            ),
            (("Summa", "872,0", "866,0", "+6,0"), "", None),
        ),
        widths=(150.0, 46.0, 46.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport augusti 2025", size=19, font="sans-bold", after=2),
        Title("Kulturnämnden, Västra Götalandsregionen", size=12, font="sans", after=12),
        H("Ekonomiskt resultat", 1),
        P(
            "Kulturnämnden redovisar för januari–augusti ett överskott på 14,2 mnkr och prognostiserar för helåret "
            "ett överskott mot budget på 6,0 mnkr.",
            C(
                None,
                "6,0 mnkr",
                "+",
                note="The period and the full year in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Periodens överskott är till stor del en tidsförskjutning, eftersom flera verksamhetsbidrag betalas ut "
            "först under hösten.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason in a paragraph of its own: amount null.",
            ),
        ),
        H("Avvikelser per verksamhet, mnkr", 2),
        comments,
        P(
            "Prognosen är 1,8 mnkr bättre än i tertialrapporten, vilket främst beror på vakanserna inom museer och "
            "kulturarv.",
            F(None, "1,8 mnkr", "+", "vakanser"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna i utställningsteknik och inventarier blir 0,8 mnkr lägre än budgeterat, eftersom "
            "upphandlingen av ny ljudteknik har dragit ut på tiden.",
            C("Investeringar", "0,8 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Åtgärder", 2),
        P(
            "Turnéplaneringen för scenkonsten ska samordnas med grannregionerna för att minska kostnaderna för resor "
            "och logi.",
            A("Scenkonst och musik"),
        ),
        H("Eget kapital och verksamhet", 2),
        P(
            "Nämndens eget kapital uppgår till 21,4 mnkr efter 2024 års resultat.",
            O(None, note="Equity: other."),
        ),
        P(
            "Besöken på de regionala museerna var 18 procent fler än under samma period 2024, vilket beror på den "
            "nya utställningen om kustens varvshistoria.",
            O("Museer och kulturarv", "volymer", note="Visitors against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="region-vastra-gotaland-kun-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Region Västra Götaland", "Västra Götalandsregionen"],
            "committee": ["Kulturnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport augusti 2025 Kulturnämnden", "author": "Västra Götalandsregionen"},
        style=style,
        blocks=blocks,
    )
