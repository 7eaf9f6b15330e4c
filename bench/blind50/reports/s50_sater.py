"""Säters kommun, Socialnämnden, månadsrapport oktober 2025.

A social committee's month report in Liberation Serif (Times metrics) 11 pt whose table is pasted as an
image, so the amounts live in the prose: the full year's "underskott på 7,3 miljoner kronor" and the change
since September with its cause in one paragraph (a cause and a forecast change), the period "4,9 miljoner
kronor högre än den periodiserade budgeten" (negative); plain headings per verksamhet whose paragraphs say
the deviation in varied shapes ("beräknas överskrida budget med", "Underskottet på … beror på", "visar ett
positivt resultat jämfört med budget på", "redovisar ett överskott om 200 000 kronor", "Ett överskott på 150
tusen kronor uppstår inom"), a reason-only deficit whose amount is only in the image (amount null),
"bedöms hålla budget" (boilerplate); investments not used (under-spending), an action and a risk. 9 scored
causes.

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
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-italic"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Säters kommun", "Socialnämnden"),
        footer=lambda n, m: ("Socialnämndens sammanträde 2025-11-25", "Dnr SN 2025/211", f"{n} ({m})"),
        header_size=8.5,
    )
    image = Table(
        caption="Prognos per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget 2025", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "3 200", "3 050", "150"),
            ("Barn och unga", "38 400", "44 000", "-5 600"),
            ("Vuxna missbruk", "14 100", "15 300", "-1 200"),
            ("Ekonomiskt bistånd", "17 900", "19 650", "-1 750"),
            ("Funktionsstöd LSS", "62 300", "61 400", "900"),
            ("Socialpsykiatri", "11 800", "11 800", "0"),
            ("Arbetsmarknadsenheten", "8 600", "8 400", "200"),
            ("Summa", "156 300", "163 600", "-7 300"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=18, font="times-bold"),
        PS(
            (
                "Socialnämnden prognostiserar ett underskott på 7,3 miljoner kronor för 2025.",
                C(None, "7,3 miljoner kronor", "-", note="The full year."),
            ),
            (
                "Prognosen har förbättrats med 0,8 miljoner kronor sedan september, främst då två externa "
                "placeringar har avslutats.",
                F(None, "0,8 miljoner kronor", "+", "kopt_verksamhet"),
            ),
        ),
        P(
            "Utfallet för januari–oktober är 4,9 miljoner kronor högre än den periodiserade budgeten.",
            C(
                None,
                "4,9 miljoner kronor",
                "-",
                note="A net cost over the periodised budget: negative, the period.",
            ),
        ),
        image,
        H("Kommentarer per verksamhet", 2),
        H("Barn och unga", 3),
        P(
            "Verksamheten beräknas överskrida budget med 5,6 miljoner kronor. Sedan årsskiftet har sju barn "
            "placerats på HVB eller i konsulentstödda familjehem, och dygnskostnaden för flera placeringar är "
            "högre än tidigare år.",
            C(
                "Barn och unga",
                "5,6 miljoner kronor",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="Area from the heading.",
            ),
        ),
        H("Vuxna missbruk", 3),
        P(
            "Underskottet på 1,2 miljoner kronor beror på två LVM-placeringar under våren som inte fanns med i "
            "budgeten.",
            C("Vuxna missbruk", "1,2 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Ekonomiskt bistånd", 3),
        P(
            "Kostnaderna för försörjningsstöd ligger över budget och fortsätter att öka. Fler hushåll har behov av "
            "bistånd under längre tid, bland annat eftersom etableringsersättningen har upphört för flera familjer.",
            C(
                "Ekonomiskt bistånd",
                None,
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="Reason only; the row's -1 750 is only in the pasted image, so the amount is null.",
            ),
        ),
        H("Funktionsstöd", 3),
        P(
            "Funktionsstöd visar ett positivt resultat jämfört med budget på 0,9 miljoner kronor. Ett gruppboende "
            "har haft två lediga platser sedan juni, och ersättningen från Försäkringskassan för personlig "
            "assistans har varit högre än beräknat.",
            C("Funktionsstöd", "0,9 miljoner kronor", "+", "volymer", "ersattning_fk"),
        ),
        H("Socialpsykiatri", 3),
        P("Verksamheten bedöms hålla budget.", BP("Socialpsykiatri")),
        H("Arbetsmarknadsenheten", 3),
        P(
            "Arbetsmarknadsenheten redovisar ett överskott om 200 000 kronor, eftersom ersättningarna från "
            "Arbetsförmedlingen för extratjänster har blivit högre än beräknat.",
            C(
                "Arbetsmarknadsenheten",
                "200 000 kronor",
                "+",
                "statsbidrag",
                note="Whole kronor; state compensation for subsidised jobs: statsbidrag.",
            ),
        ),
        H("Nämnd och ledning", 3),
        P(
            "Ett överskott på 150 tusen kronor uppstår inom nämnd och ledning genom att en tjänst som "
            "utvecklingsledare har varit vakant i fyra månader.",
            C("Nämnd och ledning", "150 tusen kronor", "+", "vakanser", note="The area after 'inom'."),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 0,8 miljoner kronor för inventarier till det nya stödboendet beräknas "
            "inte förbrukas i år, eftersom inflyttningen har senarelagts till februari 2026.",
            C(
                "Investeringar",
                "0,8 miljoner kronor",
                "+",
                "periodisering",
                note="The whole investment budget unused: under-spending of that amount.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen fortsätter arbetet med att ersätta externa placeringar med förstärkt öppenvård på "
            "hemmaplan. Effekten bedöms till 1,5 miljoner kronor på helårsbasis från 2026.",
            A("Barn och unga", "1,5 miljoner kronor", "kopt_verksamhet"),
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att ytterligare placeringar blir nödvändiga under november och december, vilket kan "
            "försämra prognosen med upp till 1,0 miljon kronor.",
            O("Barn och unga", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="sater-sn-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Säter",
            "committee": ["Socialnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Socialnämnden", "author": "Säters kommun"},
        style=style,
        blocks=blocks,
    )
