"""Sollefteå kommun, Socialnämnden, verksamhetsberättelse 2025.

A social committee's year-end report in Liberation Sans (Arial) in "miljoner kronor", footer with the
nämnd's meeting date in February: the result "ett underskott mot budget på 11,6 miljoner kronor" and, in the
next sentence, the change against the interim forecast with its cause; a verksamhetsområde table in tkr with a
trailing minus for deficits ("7 400-"); plain headings: "Området hade ett underskott på 7,4 miljoner kronor"
with care days against 2024 in a paragraph of its own (other), a reason-only deficit (the row's "2 800-"),
elderly care and health care in one sentence as a "respektive" pair with a shared cause (two items), "ett
överskott på drygt 1,6 miljoner kronor", "håller sig inom ram med ett litet överskott på 0,2 miljoner kronor"
(a cause with an amount), investments "Av investeringsbudgeten på 2,4 miljoner kronor användes 1,1 miljoner
kronor" (1,3 never written out); an action with "omkring 3 miljoner kronor per år" and a supplementary
appropriation (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.45,
        para_gap=7.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 84.0, 72.0, 78.0),
        header=lambda n, m: ("Sollefteå kommun", ""),
        footer=lambda n, m: ("Socialnämnden 2026-02-24 § 12", "", f"{n}"),
        header_size=8.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Resultat per verksamhetsområde 2025, tkr (minus = underskott)",
        header=(("Verksamhetsområde", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Individ- och familjeomsorg", "86 200", "93 600", "7 400-"),
            ("Ekonomiskt bistånd", "21 500", "24 300", "2 800-"),
            ("Äldreomsorg", "312 400", "314 900", "2 500-"),
            ("Funktionsstöd", "98 700", "97 100", "1 600"),
            ("Hälso- och sjukvård", "44 300", "45 000", "700-"),
            ("Ledning och administration", "19 900", "19 700", "200"),
            ("Summa", "583 000", "594 600", "11 600-"),
        ),
        widths=(170.0, 74.0, 74.0, 74.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="arial-bold", after=2),
        Title("Socialnämnden", size=13, font="arial", after=14),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Socialnämnden redovisar ett underskott mot budget på 11,6 miljoner kronor för 2025.",
                C(None, "11,6 miljoner kronor", "-"),
            ),
            (
                "Det är 2,3 miljoner kronor sämre än prognosen i delårsrapporten, främst för att kostnaderna för "
                "placerade barn ökade under hösten.",
                F(None, "2,3 miljoner kronor", "-", "kopt_verksamhet"),
            ),
        ),
        table,
        H("Individ- och familjeomsorg", 3),
        P(
            "Området hade ett underskott på 7,4 miljoner kronor. Antalet barn och unga placerade i familjehem och på "
            "HVB ökade under året, och flera placeringar har behövt göras i konsulentstödda familjehem.",
            C("Individ- och familjeomsorg", "7,4 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        P(
            "Antalet vårddygn på HVB var 4 120, jämfört med 3 310 under 2024.",
            O("Individ- och familjeomsorg", "volymer", note="Care days against the previous year: other."),
        ),
        H("Ekonomiskt bistånd", 3),
        P(
            "Fler hushåll har varit beroende av försörjningsstöd under längre tid, framför allt personer som väntar "
            "på insatser från Arbetsförmedlingen.",
            C(
                "Ekonomiskt bistånd",
                "2 800-",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                unit="tkr",
                table=True,
                note="Reason only: the row's cell with its trailing minus.",
            ),
        ),
        H("Äldreomsorg och hälso- och sjukvård", 3),
        P(
            "Äldreomsorgen och hälso- och sjukvården överskred budget med 2,5 respektive 0,7 miljoner kronor, vilket "
            "i huvudsak förklaras av höga kostnader för sjuklön och för hyrsjuksköterskor under sommaren.",
            C(
                "Äldreomsorg",
                "2,5",
                "-",
                "sjukfranvaro",
                "inhyrd_personal",
                unit="mnkr",
                note="A 'respektive' pair with a shared cause: two items.",
                also=(
                    C("Hälso- och sjukvård", "0,7 miljoner kronor", "-", "sjukfranvaro", "inhyrd_personal"),
                ),
            ),
        ),
        H("Funktionsstöd", 3),
        P(
            "Funktionsstöd lämnade ett överskott på drygt 1,6 miljoner kronor. En gruppbostad har haft två lediga "
            "platser under hösten, och ersättningen från Försäkringskassan för personlig assistans blev högre än "
            "budgeterat.",
            C("Funktionsstöd", "drygt 1,6 miljoner kronor", "+", "volymer", "ersattning_fk"),
        ),
        H("Ledning och administration", 3),
        P(
            "Ledning och administration håller sig inom ram med ett litet överskott på 0,2 miljoner kronor.",
            C(
                "Ledning och administration",
                "0,2 miljoner kronor",
                "+",
                note="Within the frame but with an amount and a direction: a cause, not boilerplate.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 2,4 miljoner kronor användes 1,1 miljoner kronor. Upphandlingen av ett nytt "
            "verksamhetssystem för individ- och familjeomsorgen blev försenad och genomförs under 2026.",
            C(
                "Investeringar",
                "Av investeringsbudgeten på 2,4 miljoner kronor användes 1,1 miljoner kronor",
                "+",
                "periodisering",
                "it_digitalisering",
                value=1_300_000,
                note="The under-spend (1,3) is never written out: the computed value, the text as written.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Under hösten inrättades ett eget familjehemsteam för att minska behovet av konsulentstödda placeringar. "
            "Effekten beräknas till omkring 3 miljoner kronor per år från 2026.",
            A("Individ- och familjeomsorg", "omkring 3 miljoner kronor", "kopt_verksamhet"),
        ),
        P(
            "Kommunfullmäktige beslutade i november om ett tilläggsanslag på 4,0 miljoner kronor till nämnden för "
            "ökade placeringskostnader, vilket ingår i budgeten ovan.",
            O(None, note="A supplementary appropriation (financing): other."),
        ),
    ]
    return ReportSpec(
        file="solleftea-sn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Sollefteå",
            "committee": ["Socialnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Socialnämnden", "author": "Sollefteå kommun"},
        style=style,
        blocks=blocks,
    )
