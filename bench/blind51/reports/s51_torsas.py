"""Torsås kommun, Socialnämnden, tjänsteskrivelse: ekonomisk uppföljning per oktober 2025.

A tjänsteskrivelse dated in November for the period to October: the decision proposal and background (not
labelled), the full year "ett underskott på 3,7 mkr jämfört med budget", the change since August with its
cause (forecast change); a small table in mkr whose deficits carry a trailing minus ("2,6-"); bold run-in
verksamheter ending in a colon, each with its own shape: "överstiger budget med 2,6 mkr", "har ett överskott
på 0,4 mkr", "prognosen visar en negativ avvikelse om 1,1 mkr", "beräknas lämna 300 tkr i överskott",
"belastar ledningen med 0,7 mkr mer än budgeterat", "bedöms följa budget" (boilerplate); two actions as
bullets (one with its effect) and a risk with a monthly cost that is not a deviation (other). Liberation
Serif (Times) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

RUN_IN = "Bold run-in verksamhet."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(76.0, 84.0, 70.0, 76.0),
        header=lambda n, m: ("Torsås kommun", "Tjänsteskrivelse 2025-11-12"),
        footer=lambda n, m: ("Socialförvaltningen", "Dnr SN 2025/0214", f"Sida {n}({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos per verksamhet 2025, mkr (underskott markeras med minus efter beloppet)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Barn och unga", "14,8", "17,4", "2,6-"),
            ("Vuxna", "5,2", "4,8", "0,4"),
            ("Ekonomiskt bistånd", "6,9", "8,0", "1,1-"),
            ("Öppenvård", "4,1", "3,8", "0,3"),
            ("Administration och ledning", "7,3", "8,0", "0,7-"),
            ("Funktionsstöd", "31,6", "31,6", "0,0"),
            ("Totalt", "69,9", "73,6", "3,7-"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning per oktober 2025", size=16, font="arial-bold", after=6),
        H("Förslag till beslut", 2),
        P("Socialnämnden godkänner den ekonomiska uppföljningen per oktober 2025."),
        H("Bakgrund", 2),
        P(
            "Enligt kommunens ekonomistyrningsprinciper ska nämnderna följa upp sin ekonomi varje månad utom "
            "januari och juli, och rapportera en helårsprognos till kommunstyrelsen."
        ),
        H("Ekonomisk bedömning", 2),
        P(
            "Socialnämnden prognostiserar för 2025 ett underskott på 3,7 mkr jämfört med budget.",
            C(None, "3,7 mkr", "-", note="The full year; the areas follow."),
        ),
        P(
            "Prognosen har försämrats med 0,9 mkr sedan augusti. Försämringen beror på två nya placeringar av "
            "ungdomar enligt LVU.",
            F(None, "0,9 mkr", "-", "kopt_verksamhet", note="Change since August with its cause."),
        ),
        table,
        LP(
            "Barn och unga:",
            "Kostnaderna för placeringar i familjehem och på HVB överstiger budget med 2,6 mkr. Under hösten har "
            "tre ungdomar placerats på HVB, varav två enligt LVU.",
            C("Barn och unga", "2,6 mkr", "-", "kopt_verksamhet", note=RUN_IN),
        ),
        LP(
            "Vuxna:",
            "Missbruksvården har ett överskott på 0,4 mkr, eftersom färre vuxna än väntat har behövt behandling "
            "på institution.",
            C("Vuxna", "0,4 mkr", "+", "volymer", "kopt_verksamhet", note=RUN_IN),
        ),
        LP(
            "Ekonomiskt bistånd:",
            "Utbetalningarna av försörjningsstöd ökar och prognosen visar en negativ avvikelse om 1,1 mkr. Fler "
            "hushåll har behövt försörjningsstöd sedan ett större företag i kommunen varslade personal i våras.",
            C("Ekonomiskt bistånd", "1,1 mkr", "-", "ekonomiskt_bistand", "volymer", note=RUN_IN),
        ),
        LP(
            "Öppenvård:",
            "Öppenvården har haft en vakant behandlartjänst sedan juni och beräknas lämna 300 tkr i överskott.",
            C("Öppenvård", "300 tkr", "+", "vakanser", note=RUN_IN),
        ),
        LP(
            "Administration och ledning:",
            "Kostnaderna för det nya verksamhetssystemet inom individ- och familjeomsorgen belastar ledningen "
            "med 0,7 mkr mer än budgeterat.",
            C("Administration och ledning", "0,7 mkr", "-", "it_digitalisering", note=RUN_IN),
        ),
        LP("Funktionsstöd:", "Verksamheten bedöms följa budget.", BP("Funktionsstöd")),
        H("Åtgärder", 2),
        Bullets(
            items=(
                "Samtliga nya placeringar prövas av individ- och familjeomsorgens ledningsgrupp innan beslut "
                "fattas.",
                "Öppenvården bygger ut sitt stöd på hemmaplan för ungdomar, vilket beräknas minska kostnaderna för "
                "placeringar med 0,5 mkr på helårsbasis.",
            ),
            labels=(
                A("Barn och unga"),
                A("Barn och unga", "0,5 mkr", "kopt_verksamhet"),
            ),
        ),
        H("Risker", 2),
        P(
            "Det finns en osäkerhet i prognosen eftersom ytterligare en placering av ett barn med omfattande behov "
            "kan bli aktuell före årsskiftet, med en kostnad på cirka 150 tkr per månad.",
            O("Barn och unga", note="A risk with a monthly cost: other."),
        ),
        H("Beslutsunderlag", 2),
        P("Tjänsteskrivelse 2025-11-12. Ekonomisk uppföljning per oktober 2025, bilaga."),
        P("Karin Lindqvist, socialchef    Anders Holm, ekonom", size=10.0),
    ]
    return ReportSpec(
        file="torsas-sn-tjansteskrivelse-ekonomisk-uppfoljning-2025-10.pdf",
        report={
            "municipality": "Torsås",
            "committee": ["Socialnämnden"],
            "period": ["2025-10"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per oktober 2025", "author": "Torsås kommun"},
        style=style,
        blocks=blocks,
    )
