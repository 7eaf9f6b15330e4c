"""Vaxholms stad, Stadsbyggnadsnämnden, bokslut 2025.

A technical committee's year-end report (period = the year) in "tkr", "miljoner kronor" and "mnkr", footer with
the nämnd's meeting date in February: the result "ett underskott mot budget på 1 830 tkr" and, in the same
paragraph, the interim forecast and the reason for the change (a forecast change whose amount is not written:
null); a table whose deficits carry a trailing minus ("2 150-"); plain headings over "visar ett underskott på
2,2 miljoner kronor" (snow and a quay repair, `ovrigt`); bold run-in verksamheter ending in a full stop:
revenue "820 tkr lägre än budget", a reason-only surplus (the row's "370"), a cause sentence followed by a
comparison with last year in the same paragraph (its own `other` item), parking revenue "1,1 miljoner kronor
högre än budgeterat" and "i nivå med budget" (boilerplate); investments "31,4 mnkr av budgeterade 48,0 mnkr"
(16,6 never written out) and a project "2,3 mnkr dyrare än projektbudgeten"; an action without an effect and a
goal met with "beror på" (other). 8 scored causes. Liberation Serif (Times) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Vaxholms stad", "Bokslut 2025"),
        footer=lambda n, m: ("Stadsbyggnadsnämnden 2026-02-12", "SBN 2026/9.042", f"{n} ({m})"),
        header_size=8.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "2 400", "2 260", "140"),
            ("Plan och bygglov", "5 900", "6 720", "820-"),
            ("Gator och vägar", "18 300", "20 450", "2 150-"),
            ("Parker och grönområden", "6 100", "5 730", "370"),
            ("Hamnar och bryggor", "1 800", "2 310", "510-"),
            ("Parkering", "1 500-", "2 640-", "1 140"),
            ("Fastighetsförvaltning", "9 600", "9 600", "0"),
            ("Summa", "42 600", "44 430", "1 830-"),
        ),
        widths=(180.0, 75.0, 75.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Bokslut 2025", size=22, font="times-bold", after=2),
        Title("Stadsbyggnadsnämnden", size=14, font="times", after=14),
        H("Årets verksamhet", 2),
        P(
            "Under året har detaljplanen för Norra Kasernområdet vunnit laga kraft och den nya gästbryggan invigts. "
            "Nämnden har hanterat 412 ärenden om bygglov och anmälan."
        ),
        H("Ekonomiskt utfall", 2),
        PS(
            (
                "Stadsbyggnadsnämnden redovisar ett underskott mot budget på 1 830 tkr för 2025.",
                C(None, "1 830 tkr", "-"),
            ),
            (
                "I delårsrapporten prognostiserades ett underskott på 900 tkr. Försämringen beror till största delen på "
                "vinterväghållningen i november och december.",
                F(
                    None,
                    None,
                    "-",
                    "ovrigt",
                    note="The outcome against the interim forecast; the change (930) is not written: amount null.",
                ),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Gator och vägar",
            "Gator och vägar visar ett underskott på 2,2 miljoner kronor. Snöröjningen kostade nästan dubbelt så "
            "mycket som budgeterat efter de kraftiga snöfallen i november, och två akuta reparationer av kajmuren vid "
            "gästhamnen belastade också verksamheten.",
            C(
                "Gator och vägar",
                "2,2 miljoner kronor",
                "-",
                "ovrigt",
                note="Snow and emergency repairs: ovrigt. A plain heading over the paragraph.",
            ),
        ),
        LP(
            "Plan och bygglov.",
            "Intäkterna från bygglov och planavgifter blev 820 tkr lägre än budget, eftersom färre större "
            "byggprojekt har sökt lov under året.",
            C("Plan och bygglov", "820 tkr", "-", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Parker och grönområden.",
            "Överskottet beror på att en tjänst som parkingenjör var vakant under våren och att den nya "
            "skötselentreprenaden blev billigare än beräknat.",
            C(
                "Parker och grönområden",
                "370",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        LP(
            "Hamnar och bryggor.",
            "Kostnaderna för muddring och för reparation av flytbryggan i norra hamnen blev 510 tkr högre än "
            "budgeterat.",
            C("Hamnar och bryggor", "510 tkr", "-", "ovrigt", note="Dredging and a repair: ovrigt."),
            (
                "Intäkterna från gästhamnen var samtidigt i nivå med föregående år.",
                O(
                    "Hamnar och bryggor",
                    note="Revenue against last year, in the same paragraph: its own item.",
                ),
            ),
        ),
        LP(
            "Parkering.",
            "Parkeringsintäkterna blev 1,1 miljoner kronor högre än budgeterat, sedan avgiftszonen utökades till fler "
            "gator i centrum inför sommaren.",
            C("Parkering", "1,1 miljoner kronor", "+", "avgifter_intakter"),
        ),
        LP(
            "Fastighetsförvaltning.",
            "Resultatet är i nivå med budget.",
            BP("Fastighetsförvaltning"),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Nämndens investeringar uppgick till 31,4 mnkr av budgeterade 48,0 mnkr. Ombyggnaden av Hamngatan har "
                "flyttats till 2026 efter en överprövad upphandling.",
                C(
                    "Investeringar",
                    "31,4 mnkr av budgeterade 48,0 mnkr",
                    "+",
                    "periodisering",
                    value=16_600_000,
                    note="Investment under-spending never written out: the computed 16,6 mnkr.",
                ),
            ),
            (
                "Gång- och cykelvägen mot Kullö blev däremot 2,3 mnkr dyrare än projektbudgeten, då ledningar behövde "
                "flyttas.",
                C(
                    "Gång- och cykelväg mot Kullö",
                    "2,3 mnkr",
                    "-",
                    "ovrigt",
                    note="Investment overrun; moving cables is ovrigt.",
                ),
            ),
        ),
        H("Åtgärder och framtid", 2),
        P(
            "Inför 2026 har nämnden beslutat att upphandla vinterväghållningen med fast pris per säsong för att "
            "minska risken för överskridanden.",
            A("Gator och vägar", None),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Målet om en genomsnittlig handläggningstid för bygglov under sex veckor uppfylldes, vilket beror på att "
            "handläggarna har varit fullt bemannade under hela året.",
            O("Plan och bygglov", note="Goal fulfilment with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="vaxholm-sbn-bokslut-2025.pdf",
        report={
            "municipality": ["Vaxholm", "Vaxholms stad"],
            "committee": ["Stadsbyggnadsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Stadsbyggnadsnämnden", "author": "Vaxholms stad"},
        style=style,
        blocks=blocks,
    )
