"""Köpings kommun, Socialnämnden, delårsrapport januari–augusti 2025.

A social committee's interim report (individ- och familjeomsorg, försörjningsstöd, funktionsstöd,
arbetsmarknad) in "miljoner kronor", "mnkr" and "tkr", footer with the nämnd's decision date in September:
the period's net cost "3,9 miljoner kronor högre än periodens budget" (negative) and, in a paragraph of its
own, the full year's "underskott om 7,2 miljoner kronor" with causes; three kostnadsslag in one sentence
("8,1 respektive 2,4 mnkr", "medan intäkterna … 3,3 mnkr högre") as three items; a table in tkr whose
deficits are in brackets ("(6 350)"); headings with the verksamhet and "underskott 6 350 tkr" after a colon;
a plain heading over "ett överskott på 1,45 mnkr"; a deficit stated in one sentence and its causes in the
next, then a risk sentence in the same paragraph (its own `other` item); a reason-only surplus (the row's "1
020"); "följer i stort budget" beside a row of 840 (boilerplate); two actions as bullets, the change since
the tertial report, investments used in full (boilerplate) and sick leave against last year (other). 10
scored causes. Liberation Serif (Times) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Köpings kommun | Socialnämnden", "Delårsrapport 2025-08-31"),
        footer=lambda n, m: ("SN 2025/214", "Beslutad av socialnämnden 2025-09-24", f"{n}"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr (avvikelse inom parentes = underskott)",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "14 250", "13 410", "840"),
            ("Barn och familj", "78 600", "84 950", "(6 350)"),
            ("Vuxen och missbruk", "31 900", "33 100", "(1 200)"),
            ("Försörjningsstöd", "38 400", "36 950", "1 450"),
            ("Funktionsstöd", "118 700", "121 620", "(2 920)"),
            ("Arbetsmarknad och integration", "21 150", "20 130", "1 020"),
            ("Summa", "303 000", "310 160", "(7 160)"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Socialnämnden", size=13, font="times", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Socialnämndens nettokostnader för perioden uppgår till 201,3 miljoner kronor, vilket är 3,9 miljoner "
            "kronor högre än periodens budget.",
            C(
                None,
                "3,9 miljoner kronor",
                "-",
                note="Net cost above the period's budget: a negative period deviation.",
            ),
        ),
        P(
            "Helårsprognosen visar ett underskott om 7,2 miljoner kronor. Underskottet härrör främst från "
            "placeringar av barn och unga och från ökade kostnader för personlig assistans.",
            C(None, "7,2 miljoner kronor", "-", "kopt_verksamhet"),
        ),
        P(
            "Köp av huvudverksamhet och personalkostnaderna överstiger budget med 8,1 respektive 2,4 mnkr, medan "
            "intäkterna blir 3,3 mnkr högre än budgeterat.",
            C(
                "Köp av huvudverksamhet",
                "8,1",
                "-",
                unit="mnkr",
                note="Three kostnadsslag in one sentence: three items; naming an account group gives no tag.",
                also=(
                    C("Personalkostnader", "2,4 mnkr", "-"),
                    C("Intäkter", "3,3 mnkr", "+"),
                ),
            ),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        HP(
            "Barn och familj: underskott 6 350 tkr",
            "Antalet placerade barn och unga i HVB och konsulentstödda familjehem har varit högre än budgeterat under "
            "hela perioden. I augusti fanns elva pågående externa placeringar, mot budgeterade sju.",
            C(
                "Barn och familj",
                "6 350 tkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The heading carries the area and amount.",
            ),
        ),
        HP(
            "Vuxen och missbruk: underskott 1 200 tkr",
            "Kostnaderna för köpt vård enligt LVM och för skyddat boende för våldsutsatta överstiger budget.",
            C("Vuxen och missbruk", "1 200 tkr", "-", "kopt_verksamhet"),
        ),
        H("Försörjningsstöd", 3),
        P(
            "Utbetalningarna av ekonomiskt bistånd har minskat, och verksamheten beräknas göra ett överskott på 1,45 "
            "mnkr vid årets slut. Fler hushåll har gått vidare till arbete eller studier genom arbetsmarknadsenhetens "
            "insatser.",
            C("Försörjningsstöd", "1,45 mnkr", "+", "ekonomiskt_bistand", "volymer"),
        ),
        H("Funktionsstöd", 3),
        PS(
            (
                "Funktionsstöd redovisar ett prognostiserat underskott om 2,9 mnkr. Det beror på två nya ärenden med "
                "personlig assistans där Försäkringskassan har avslagit ansökan om assistansersättning, så att "
                "kommunen bär hela kostnaden, och på hög sjukfrånvaro i gruppbostäderna.",
                C("Funktionsstöd", "2,9 mnkr", "-", "ersattning_fk", "sjukfranvaro"),
            ),
            (
                "Ytterligare två ärenden är under utredning och kan innebära kostnader på upp till 3 mnkr på "
                "helårsbasis.",
                O("Funktionsstöd", note="A risk sentence in the cause paragraph: its own item."),
            ),
        ),
        H("Arbetsmarknad och integration", 3),
        P(
            "Statsbidragen för extratjänster och etableringsinsatser har blivit högre än beräknat, samtidigt som två "
            "tjänster som arbetskonsulent har stått vakanta sedan våren.",
            C(
                "Arbetsmarknad och integration",
                "1 020",
                "+",
                "statsbidrag",
                "vakanser",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        H("Nämnd och förvaltningsledning", 3),
        P(
            "Nämnd och förvaltningsledning följer i stort budget.",
            BP("Nämnd och förvaltningsledning", note="Although the row shows 840."),
        ),
        H("Åtgärder för ekonomi i balans", 2),
        Bullets(
            (
                "Placeringsteamet går igenom alla pågående placeringar varannan vecka för att pröva "
                "hemmaplanslösningar.",
                "Ett nytt öppenvårdsprogram för unga vuxna startar i oktober, vilket beräknas minska kostnaderna för "
                "köpt vård med 0,8 miljoner kronor på helårsbasis.",
            ),
            labels=(
                A("Barn och familj", None, "kopt_verksamhet"),
                A("Vuxen och missbruk", "0,8 miljoner kronor", "kopt_verksamhet"),
            ),
        ),
        H("Jämfört med prognosen i april", 2),
        P(
            "Prognosen har försämrats med 2,1 miljoner kronor sedan tertialrapporten, i huvudsak genom de nya "
            "assistansärendena.",
            F(None, "2,1 miljoner kronor", "-", "ersattning_fk"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 1,8 miljoner kronor bedöms användas fullt ut, främst till larm och "
            "inventarier i den nya gruppbostaden.",
            BP("Investeringar", note="The whole investment frame used: boilerplate."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron i förvaltningen var 8,9 procent under perioden, jämfört med 9,6 procent samma period 2024.",
            O(None, "sjukfranvaro", note="Sick leave against last year: other."),
        ),
    ]
    return ReportSpec(
        file="koping-sn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Köping",
            "committee": ["Socialnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Socialnämnden", "author": "Köpings kommun"},
        style=style,
        blocks=blocks,
    )
