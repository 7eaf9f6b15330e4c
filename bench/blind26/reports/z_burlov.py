"""Burlövs kommun, Socialnämnden, tertialrapport 1 2026.

A social committee's first tertial report in DejaVu Sans 9.5 pt, footer with the nämnd's meeting date in
May: the full year "ett underskott på 6,9 mnkr i förhållande till kommunbidraget på 287,5 mnkr" (the frame
is a level), the kostnadsslag in one sentence with "+2,1 respektive −8,4 mnkr" and a third part "medan
intäkterna blir 0,6 mnkr lägre" (three items), the change since February with its cause; a table with
February's deviation; then headings that carry the area, the amount and February's figure in brackets
("Barn och unga −4,8 mnkr (−3,1)"), one of them with a risk sentence in the same paragraph (its own `other`
item), a monthly payment level that is not the deviation ("3,4 mnkr per månad, mot budgeterade 3,2 mnkr"),
and one heading with a small deficit whose text says "i nivå med budget" (boilerplate); two actions, an
investment budget that "förväntas användas" (boilerplate) and sick leave against last year. 9 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area and the amount; February's figure in brackets is not the amount."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Burlövs kommun", "Socialnämnden – Tertialrapport 1 2026"),
        footer=lambda n, m: ("Socialnämndens sammanträde 2026-05-19", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhetsområde 2026, mnkr",
        header=(("Verksamhetsområde", "Kommunbidrag", "Prognos", "Avvikelse", "Avvikelse feb"),),
        rows=(
            ("Nämnd och administration", "14,3", "13,6", "0,7", "0,5"),
            ("Barn och unga", "62,4", "67,2", "−4,8", "−3,1"),
            ("Vuxna och beroende", "31,8", "33,5", "−1,7", "−1,2"),
            ("Ekonomiskt bistånd", "38,6", "40,9", "−2,3", "−2,1"),
            ("Funktionsstöd", "126,2", "124,9", "1,3", "1,4"),
            ("Arbetsmarknad och integration", "14,2", "14,3", "−0,1", "0,3"),
            ("Summa", "287,5", "294,4", "−6,9", "−4,2"),
        ),
        widths=(160.0, 76.0, 62.0, 66.0, 78.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="sans-bold", after=2),
        Title("Socialnämnden, uppföljning januari–april", size=12, font="sans", after=12),
        H("Ekonomiskt läge", 2),
        P(
            "Socialnämnden prognostiserar för helåret ett underskott på 6,9 mnkr i förhållande till kommunbidraget på "
            "287,5 mnkr.",
            C(None, "6,9 mnkr", "-", note="The kommunbidrag is a level."),
        ),
        P(
            "Personalkostnaderna och köp av verksamhet avviker med +2,1 respektive −8,4 mnkr mot budget, medan "
            "intäkterna blir 0,6 mnkr lägre än beräknat.",
            C(
                "Personalkostnader",
                "+2,1",
                "+",
                unit="mnkr",
                note="Three account groups in one sentence: three items with the same text, no tags (naming an "
                "account group gives none).",
                also=(
                    C("Köp av verksamhet", "−8,4 mnkr", "-"),
                    C("Intäkter", "0,6 mnkr", "-", note="Revenue 'lägre än beräknat': negative."),
                ),
            ),
        ),
        P(
            "Prognosen har försämrats med 2,7 mnkr sedan februari, nästan helt beroende på nya placeringar inom barn "
            "och unga.",
            F(None, "2,7 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        Para(
            (
                (
                    "Sedan årsskiftet har fem barn placerats på HVB efter omfattande utredningar, och två av "
                    "placeringarna har en dygnskostnad på över 9 000 kronor. Samtidigt har kostnaden för "
                    "konsulentstödda familjehem stigit när avtalen indexreglerades i januari.",
                    C(
                        "Barn och unga",
                        "−4,8 mnkr",
                        "-",
                        "kopt_verksamhet",
                        "volymer",
                        "prisokningar",
                        note=HEAD + " The per-day cost is a rate.",
                    ),
                ),
                (
                    "Ytterligare två ärenden är under utredning och kan leda till placeringar under hösten, vilket "
                    "inte är inräknat i prognosen.",
                    O("Barn och unga", "kopt_verksamhet", note="A risk sentence in the cause's paragraph."),
                ),
            ),
            head="Barn och unga −4,8 mnkr (−3,1)",
            head_level=3,
        ),
        HP(
            "Vuxna och beroende −1,7 mnkr (−1,2)",
            "Underskottet kommer av köpt vård för vuxna med missbruk, där antalet vårddygn på behandlingshem hittills "
            "är nästan dubbelt så högt som budgeterat.",
            C("Vuxna och beroende", "−1,7 mnkr", "-", "kopt_verksamhet", "volymer", note=HEAD),
        ),
        HP(
            "Ekonomiskt bistånd −2,3 mnkr (−2,1)",
            "Utbetalningarna uppgår i genomsnitt till 3,4 mnkr per månad, mot budgeterade 3,2 mnkr. Fler hushåll har "
            "behov av stöd under längre perioder, och arbetslösheten i kommunen är fortsatt hög.",
            C(
                "Ekonomiskt bistånd",
                "−2,3 mnkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note=HEAD + " The monthly payments are levels.",
            ),
        ),
        HP(
            "Funktionsstöd +1,3 mnkr (+1,4)",
            "Överskottet förklaras av att den nya gruppbostaden Lärkbacken tas i drift först i november och att "
            "ersättningen från Försäkringskassan för assistansärenden har blivit högre än beräknat.",
            C("Funktionsstöd", "+1,3 mnkr", "+", "periodisering", "ersattning_fk", note=HEAD),
        ),
        HP(
            "Nämnd och administration +0,7 mnkr (+0,5)",
            "En vakant enhetschefstjänst och lägre kostnader för konsulter ger ett överskott.",
            C("Nämnd och administration", "+0,7 mnkr", "+", "vakanser", "inhyrd_personal", note=HEAD),
        ),
        HP(
            "Arbetsmarknad och integration −0,1 mnkr (+0,3)",
            "Verksamheten ligger i praktiken i nivå med budget.",
            BP(
                "Arbetsmarknad och integration",
                note="'I nivå med budget' under a heading with a small deficit: boilerplate.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Öppenvårdsteamet för barn och unga utökas med två socialsekreterare som ska arbeta med "
            "hemmaplanslösningar, och samtliga HVB-placeringar följs upp varannan vecka av en placeringsgrupp. "
            "Effekten beräknas till 1,5 mnkr för resten av året och är inte medräknad i prognosen.",
            A("Barn och unga", "1,5 mnkr", "kopt_verksamhet"),
        ),
        P(
            "Inom ekonomiskt bistånd har samarbetet med arbetsmarknadsenheten förstärkts, så att fler sökande får "
            "erbjudande om praktik eller extratjänst.",
            A("Ekonomiskt bistånd", None, "ekonomiskt_bistand"),
        ),
        H("Investeringar", 2),
        P(
            "Nämnden har en investeringsbudget på 1,8 mnkr för inventarier till den nya gruppbostaden. Inga medel har "
            "förbrukats hittills, och hela budgeten förväntas användas under hösten.",
            BP("Investeringar", note="The whole investment budget will be used: no deviation, no cause."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron uppgick till 8,3 procent under januari–april, jämfört med 9,0 procent under samma period "
            "förra året.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="burlov-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Burlöv",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Burlövs kommun"},
        style=style,
        blocks=blocks,
    )
