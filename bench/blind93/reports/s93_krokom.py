"""Krokoms kommun, Socialnämnden, verksamhetsberättelse 2025.

A social committee's year-end report in Liberation Serif (Times) with Arial headings, whose header carries the
date of the nämnd's March meeting: the result "ett underskott på 9,8 mkr jämfört med tilldelad budget, vilket
motsvarar 2,4 procent av nettobudgeten", the outcome "1,5 mkr mindre än den prognos som lämnades i
delårsrapporten" without a cause (a forecast change), net cost growth against 2024 (other); kostnadsslag in
one sentence joined by "medan" ("3,1 mkr lägre än budgeterat", "11,3 mkr dyrare än budgeterat", two items);
a table in mkr with hyphen-minus ("-6,2"); plain headings per verksamhet where the area is named after
"Inom" ("Inom äldreomsorgen blev utfallet 6,2 mkr sämre än budget") followed by a sick-leave figure against
2024 (its own `other` item), "Kostnaderna för individ- och familjeomsorgen överskred budget med 5,2 mkr" with
a part in the paragraph (0,9 mkr of hired staff), a reason-only surplus (the row's "1,2"), "Överskottet på 0,6
mkr för nämnd och administration", "hamnade i nivå med budget" beside a row of -0,2 (boilerplate),
investments "0,6 mkr lägre än den budgeterade ramen på 2,0 mkr", an action and goal fulfilment with "beror
på" (other). 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(74.0, 80.0, 74.0, 76.0),
        header=lambda n, m: ("Krokoms kommun – Socialnämnden", "SN 2026-03-18, § 22"),
        footer=lambda n, m: ("Verksamhetsberättelse 2025", "", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning per verksamhet 2025, mkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "14,2", "13,6", "0,6"),
            ("Äldreomsorg", "198,4", "204,6", "-6,2"),
            ("Funktionsstöd (LSS)", "86,3", "85,1", "1,2"),
            ("Individ- och familjeomsorg", "52,7", "57,9", "-5,2"),
            ("Ekonomiskt bistånd", "18,5", "18,7", "-0,2"),
            ("Summa", "370,1", "379,9", "-9,8"),
        ),
        widths=(180.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=21, font="arial-bold", after=2),
        Title("Socialnämnden", size=13, font="times-italic", after=14),
        H("Ekonomisk analys", 1),
        P(
            "Socialnämnden redovisar för 2025 ett underskott på 9,8 mkr jämfört med tilldelad budget, vilket "
            "motsvarar 2,4 procent av nettobudgeten.",
            C(None, "9,8 mkr", "-", note="The percentage of the net budget is not the amount."),
        ),
        P(
            "Underskottet är 1,5 mkr mindre än den prognos som lämnades i delårsrapporten.",
            F(None, "1,5 mkr", "+", note="The outcome against the interim forecast, without a cause."),
        ),
        P(
            "Nämndens nettokostnader ökade med 4,8 procent jämfört med 2024.",
            O(None, note="Net cost growth against the previous year: other."),
        ),
        P(
            "Personalkostnaderna blev 3,1 mkr lägre än budgeterat tack vare vakanser och lägre sjukfrånvaro, medan "
            "köp av verksamhet blev 11,3 mkr dyrare än budgeterat till följd av placeringarna inom individ- och "
            "familjeomsorgen och köpta platser inom äldreomsorgen.",
            C(
                "Personalkostnader",
                "3,1 mkr",
                "+",
                "vakanser",
                "sjukfranvaro",
                note="Two kostnadsslag joined by 'medan': two items, each with its own causes.",
                also=(C("Köp av verksamhet", "11,3 mkr", "-", "kopt_verksamhet"),),
            ),
        ),
        table,
        H("Äldreomsorg", 2),
        PS(
            (
                "Inom äldreomsorgen blev utfallet 6,2 mkr sämre än budget. Hemtjänsten har haft långa körsträckor "
                "och delade turer i glesbygden, och beläggningen på särskilt boende var högre än budgeterat hela "
                "året.",
                C("Äldreomsorg", "6,2 mkr", "-", "bemanning", "volymer", note="The area after 'Inom'."),
            ),
            (
                "Sjukfrånvaron sjönk från 9,6 till 8,2 procent jämfört med 2024.",
                O("Äldreomsorg", note="Sick leave against the previous year: other."),
            ),
        ),
        H("Individ- och familjeomsorg", 2),
        P(
            "Kostnaderna för individ- och familjeomsorgen överskred budget med 5,2 mkr. Orsaken är framför allt "
            "placeringar av ungdomar på särskilda ungdomshem och i HVB, där dygnskostnaderna har ökat. Därtill kommer "
            "hyrda socialsekreterare under tre månader, 0,9 mkr.",
            C(
                "Individ- och familjeomsorg",
                "5,2 mkr",
                "-",
                "kopt_verksamhet",
                "prisokningar",
                "inhyrd_personal",
                note="The 0,9 mkr of hired staff is a part, not the amount.",
            ),
        ),
        H("Funktionsstöd", 2),
        P(
            "Det planerade LSS-boendet i Krokoms tätort öppnade inte under året eftersom byggnationen försenades, "
            "och två brukare med omfattande insatser har flyttat från kommunen.",
            C(
                "Funktionsstöd (LSS)",
                "1,2",
                "+",
                "periodisering",
                "volymer",
                unit="mkr",
                table=True,
                note="A reason-only surplus: the row's cell (mkr).",
            ),
        ),
        H("Nämnd och administration", 2),
        P(
            "Överskottet på 0,6 mkr för nämnd och administration förklaras av att en controllertjänst har varit "
            "vakant under hösten.",
            C("Nämnd och administration", "0,6 mkr", "+", "vakanser", note="The area after 'för'."),
        ),
        H("Ekonomiskt bistånd", 2),
        P(
            "Ekonomiskt bistånd hamnade i nivå med budget.",
            BP("Ekonomiskt bistånd", note="'I nivå med budget' beside a row of -0,2: boilerplate."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna blev 0,6 mkr lägre än den budgeterade ramen på 2,0 mkr, eftersom inventarierna "
            "till det nya LSS-boendet köps in först 2026.",
            C("Investeringar", "0,6 mkr", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Åtgärder och måluppfyllelse", 2),
        P(
            "Under året har nämnden genomfört en översyn av hemtjänstens ruttplanering, och ett nytt "
            "planeringssystem införs i mars 2026.",
            A("Äldreomsorg", None, "bemanning", "it_digitalisering"),
        ),
        P(
            "Nämnden nådde fyra av sju verksamhetsmål. Målet om kortare väntetid till särskilt boende nåddes inte, "
            "vilket beror på att färre lägenheter än planerat blev lediga.",
            O(None, note="Goal fulfilment with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="krokom-sn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Krokom",
            "committee": ["Socialnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Socialnämnden", "author": "Krokoms kommun"},
        style=style,
        blocks=blocks,
    )
