"""Hedemora kommun, Socialnämnden, budgetuppföljning januari–juni 2026.

A social committee's half-year follow-up (äldreomsorg, funktionsstöd, individ- och familjeomsorg) in "mnkr",
footer with a diarienummer: the full year "överstiga budgeten med 14,8 mnkr, varav 6,2 mnkr avser placeringar"
(one item with the total), the half-year "underskott på 5,9 mnkr mot periodiserad budget" and "i stort sett
oförändrad" (a boilerplate forecast change); a result table with "−" minus signs; the IFO deficit "Inom
individ- och familjeomsorgen" followed by two sub-areas with their own amounts (three items); a possessive
("Äldreomsorgens underskott på 5,3 mnkr"); personal assistance and LSS housing "3,1 respektive 1,3 mnkr"
after "För funktionsstöd" (two items, the funktionsstöd total never written out); run-in verksamheter with a
colon and lower-case continuations, one reason-only (the row's "1,5", an undistributed buffer); three
actions as bullets and net cost growth against 2025 (other). DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BF, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Hedemora kommun", "Socialnämnden"),
        footer=lambda n, m: ("Budgetuppföljning januari–juni 2026", "Dnr SN 2026/0157", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Helårsprognos per verksamhetsområde, mnkr",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "18,4", "16,9", "1,5"),
            ("Äldreomsorg", "312,0", "317,3", "−5,3"),
            ("Funktionsstöd", "141,6", "146,0", "−4,4"),
            ("Individ- och familjeomsorg", "88,5", "96,9", "−8,4"),
            ("Hälso- och sjukvård", "52,1", "50,9", "1,2"),
            ("Bostadsanpassning", "6,0", "5,4", "0,6"),
            ("Summa", "618,6", "633,4", "−14,8"),
        ),
        widths=(180.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Budgetuppföljning januari–juni 2026", size=19, font="sans-bold", after=2),
        Title("Socialnämnden", size=12, font="sans", after=12),
        H("Sammanfattande bedömning", 2),
        P(
            "Socialnämnden bedömer att årets kostnader kommer att överstiga budgeten med 14,8 mnkr, varav 6,2 mnkr "
            "avser placeringar av barn och unga.",
            C(None, "14,8 mnkr", "-", "kopt_verksamhet", note="A 'varav' part: one item with the total."),
        ),
        PS(
            (
                "Halvårets utfall visar ett underskott på 5,9 mnkr mot periodiserad budget.",
                C(None, "5,9 mnkr", "-", note="The period in a sentence of its own."),
            ),
            (
                "Prognosen är i stort sett oförändrad jämfört med aprilprognosen.",
                BF(None),
            ),
        ),
        table,
        H("Avvikelser per verksamhetsområde", 2),
        PS(
            (
                "Inom individ- och familjeomsorgen beräknas underskottet till 8,4 mnkr.",
                C("Individ- och familjeomsorg", "8,4 mnkr", "-", note="The area's total; its parts follow."),
            ),
            (
                "Placeringarna av barn och unga kostar 6,2 mnkr mer än budgeterat, där framför allt tre nya "
                "HVB-placeringar under våren påverkar.",
                C(
                    "Placeringar av barn och unga",
                    "6,2 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="A sub-area's deviation inside another area's paragraph: its own item.",
                ),
            ),
            (
                "Kostnaderna för försörjningsstöd överstiger budget med 2,2 mnkr eftersom fler hushåll saknar egen "
                "försörjning.",
                C("Försörjningsstöd", "2,2 mnkr", "-", "ekonomiskt_bistand", "volymer"),
            ),
        ),
        P(
            "Äldreomsorgens underskott på 5,3 mnkr beror på högre kostnader för bemanning i hemtjänsten, där antalet "
            "beviljade timmar har ökat, och på att korttidsplatser har fått köpas externt under sommaren.",
            C("Äldreomsorg", "5,3 mnkr", "-", "bemanning", "volymer", "kopt_verksamhet"),
        ),
        Para(
            (
                (
                    "För funktionsstöd förklaras underskottet av personlig assistans och boende enligt LSS, som "
                    "avviker negativt med 3,1 respektive 1,3 mnkr. Försäkringskassan har dragit in "
                    "assistansersättningen för två brukare, och ett nytt gruppboende har öppnat med full bemanning "
                    "innan alla platser är belagda.",
                    C(
                        "Personlig assistans",
                        "3,1",
                        "-",
                        "ersattning_fk",
                        unit="mnkr",
                        note="A 'respektive' pair under funktionsstöd (whose −4,4 is never written): two items, "
                        "each with the cause the next sentence gives it.",
                        also=(C("Boende enligt LSS", "1,3 mnkr", "-", "bemanning", "volymer"),),
                    ),
                ),
            )
        ),
        LP(
            "Hälso- och sjukvård:",
            "överskott med 1,2 mnkr eftersom två sjuksköterskor i nattpatrullen har kunnat rekryteras först i juni "
            "och hjälpmedelskostnaderna har minskat.",
            C("Hälso- och sjukvård", "1,2 mnkr", "+", "vakanser", "material_hjalpmedel"),
        ),
        LP(
            "Nämnd och ledning:",
            "positiv avvikelse som följd av den ej fördelade buffert som nämnden avsatte i budgeten.",
            C(
                "Nämnd och ledning",
                "1,5",
                "+",
                "reserver",
                unit="mnkr",
                table=True,
                note="A reason-only passage: the table row's cell; an undistributed buffer is reserver.",
            ),
        ),
        LP(
            "Bostadsanpassning:",
            "färre och mindre omfattande ärenden än budgeterat ger ett överskott på 0,6 mnkr.",
            C("Bostadsanpassning", "0,6 mnkr", "+", "volymer"),
        ),
        H("Åtgärdsplan", 2),
        Bullets(
            (
                "Översyn av samtliga placeringar med målet att fler barn ska kunna få stöd på hemmaplan "
                "(helårseffekt 2,0 mnkr).",
                "Gemensam bemanningsplanering mellan hemtjänstgrupperna från september.",
                "Restriktivitet med inköp av förbrukningsmaterial och utbildning.",
            ),
            labels=(
                A("Individ- och familjeomsorg", "2,0 mnkr", "kopt_verksamhet"),
                A("Äldreomsorg", None, "bemanning"),
                A(None),
            ),
        ),
        H("Jämförelse med föregående år", 2),
        P(
            "Nettokostnaderna för första halvåret är 4,6 procent högre än samma period 2025.",
            O(None, note="Against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="hedemora-sn-budgetuppfoljning-2026-06.pdf",
        report={
            "municipality": "Hedemora",
            "committee": ["Socialnämnden"],
            "period": ["2026-06"],
            "report_type": "budgetuppföljning",
        },
        metadata={"title": "Budgetuppföljning januari–juni 2026 Socialnämnden", "author": "Hedemora kommun"},
        style=style,
        blocks=blocks,
    )
