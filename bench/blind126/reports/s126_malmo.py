"""Malmö stad, Förskolenämnden, årsanalys 2025 (year end).

A preschool committee's year-end analysis in mnkr, set in Arial Narrow, whose result table is pasted as an
image (every amount in the prose), footer with the nämnd's meeting in February: the result "+18,4 mnkr i
förhållande till kommunbidraget", the outcome against the interim forecast with its cause (a forecast
change), then plain headings per area in varied shapes: "gick med ett överskott på 11,2 mnkr", "överskred
budget med sju miljoner kronor" (words), "blev 9,6 mnkr lägre än budget" with three reasons, an underskott
stated after its reason ("vilket gav ett underskott på 3,8 mnkr"), "överstiger budget med drygt 2 mnkr",
a grant "3,5 mnkr lägre än budgeterat", additional-needs grants "2,3 mnkr lägre" (a cost, positive) and an
unused reserve; investments "42,3 mnkr mot en budget på 58,0 mnkr" (15,7 never written out), an action with
"cirka 4 mnkr", cost per child against 2024 and the rule for carrying results over (others). Liberation Sans
Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 80.0, 70.0, 72.0),
        header=lambda n, m: ("Malmö stad", "Förskolenämnden – Årsanalys 2025"),
        footer=lambda n, m: ("Förskolenämnden 2026-02-18", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, mnkr",
        header=(("Område", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Kommunal förskola", "2 214,0", "2 202,8", "11,2"),
            ("Bidrag till fristående förskolor", "612,5", "619,5", "-7,0"),
            ("Tilläggsbelopp", "48,0", "45,7", "2,3"),
            ("Lokaler", "386,2", "376,6", "9,6"),
            ("Måltider", "142,9", "146,7", "-3,8"),
            ("Förvaltningsgemensamt", "96,4", "98,5", "-2,1"),
            ("Statsbidrag", "-61,0", "-57,5", "-3,5"),
            ("Centrala poster", "24,0", "12,3", "11,7"),
            ("Summa", "3 463,0", "3 444,6", "18,4"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({8}),
        rules=True,
        grid=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Årsanalys 2025", size=21, font="narrow-bold", after=2),
        Title("Förskolenämnden", size=13, font="narrow", after=14),
        H("Ekonomiskt utfall", 1),
        PS(
            (
                "Förskolenämnden redovisar för 2025 ett resultat på +18,4 mnkr i förhållande till kommunbidraget.",
                C(None, "+18,4 mnkr", "+"),
            ),
            (
                "Resultatet är 6,1 mnkr bättre än prognosen i delårsrapporten per augusti, framför allt för att "
                "vikariekostnaderna under hösten blev lägre än beräknat.",
                F(None, "6,1 mnkr", "+", "vikarier", note="The outcome against the interim forecast."),
            ),
        ),
        table,
        H("Kommunal förskola", 3),
        P(
            "Den kommunala förskolan gick med ett överskott på 11,2 mnkr. Barnantalet blev lägre än budgeterat i flera "
            "stadsområden, och tjänster som blev vakanta under våren återbesattes inte fullt ut.",
            C("Kommunal förskola", "11,2 mnkr", "+", "volymer", "vakanser"),
        ),
        H("Bidrag till fristående förskolor", 3),
        P(
            "Bidragen till fristående förskolor och pedagogisk omsorg överskred budget med sju miljoner kronor, eftersom "
            "andelen barn i fristående verksamhet ökade under hösten.",
            C(
                "Bidrag till fristående förskolor",
                "sju miljoner kronor",
                "-",
                "kopt_verksamhet",
                "volymer",
                value=7_000_000,
                note="An amount in words.",
            ),
        ),
        H("Tilläggsbelopp", 3),
        P(
            "Kostnaden för tilläggsbelopp för barn i behov av särskilt stöd blev 2,3 mnkr lägre än budgeterat, då "
            "färre ansökningar beviljades.",
            C("Tilläggsbelopp", "2,3 mnkr", "+", "volymer", note="A cost lower than budget: positive."),
        ),
        H("Lokaler", 3),
        P(
            "Lokalkostnaderna blev 9,6 mnkr lägre än budget. Avvecklingen av sex paviljonger kunde genomföras tidigare "
            "än planerat, samtidigt som hyran för den nya förskolan Lärkträdet började debiteras först i november.",
            C("Lokaler", "9,6 mnkr", "+", "lokaler", "omstallning", "periodisering"),
        ),
        H("Måltider", 3),
        P(
            "Kostnaderna för livsmedel steg mer än vad som kompenserats i budget, vilket gav ett underskott på 3,8 mnkr "
            "för måltidsverksamheten.",
            C("Måltider", "3,8 mnkr", "-", "prisokningar", note="The amount after the reason."),
        ),
        H("Förvaltningsgemensamt", 3),
        P(
            "Förvaltningsgemensamma kostnader överstiger budget med drygt 2 mnkr till följd av införandet av ett nytt "
            "system för köhantering och placering.",
            C("Förvaltningsgemensamt", "drygt 2 mnkr", "-", "it_digitalisering"),
        ),
        H("Statsbidrag", 3),
        P(
            "Statsbidraget för minskade barngrupper blev 3,5 mnkr lägre än budgeterat, eftersom nämnden inte uppfyllde "
            "villkoren under hela året.",
            C("Statsbidrag", "3,5 mnkr", "-", "statsbidrag"),
        ),
        H("Centrala poster", 3),
        P(
            "Centrala poster visar ett överskott på 11,7 mnkr, som i huvudsak består av nämndens ej utnyttjade reserv "
            "för volymökningar.",
            C("Centrala poster", "11,7 mnkr", "+", "reserver"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgick till 42,3 mnkr mot en budget på 58,0 mnkr. Inventarier till två nya förskolor "
            "levererades först i januari 2026.",
            C(
                "Investeringar",
                "42,3 mnkr mot en budget på 58,0 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=15_700_000,
                note="An under-spend of 15,7 mnkr never written out: the computed value.",
            ),
        ),
        H("Åtgärder under året", 2),
        P(
            "Under 2025 samordnades vikarieanskaffningen i en central bemanningsenhet, vilket minskade kostnaderna för "
            "timvikarier med cirka 4 mnkr.",
            A(None, "cirka 4 mnkr", "vikarier", "bemanning"),
        ),
        H("Nyckeltal och resultatöverföring", 2),
        P(
            "Kostnaden per inskrivet barn var 164 800 kronor, en ökning med 3,2 procent jämfört med 2024.",
            O(None, note="A cost per child against the previous year: other."),
        ),
        P(
            "Enligt stadens regler för resultatöverföring förs nämndens överskott inte över till 2026.",
            O(None, "reserver", note="Carrying the result over: a reserve statement, other."),
        ),
    ]
    return ReportSpec(
        file="malmo-fskn-arsanalys-2025.pdf",
        report={
            "municipality": ["Malmö", "Malmö stad"],
            "committee": ["Förskolenämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "årsanalys",
        },
        metadata={"title": "Årsanalys 2025 Förskolenämnden", "author": "Malmö stad"},
        style=style,
        blocks=blocks,
    )
