"""Orsa kommun, Socialnämnden, delårsrapport januari–augusti 2025.

A social committee's interim report in tkr and mnkr, footer with the nämnd's meeting date in September: the
period "ett överskott mot periodiserad budget på 1 840 tkr" with its timing reason in the next sentence (one
item), the full year "ett negativt resultat mot budget på 4,6 miljoner kronor" in a paragraph of its own; a
reading note that declares "tusen kronor" and brackets for deficits; a verksamhet table with "(3 400)";
bold run-in verksamheter ending in a colon: a deficit "ger en prognos 3 400 tkr sämre än budget" at the end
of the paragraph, a reason-only deficit (the row's "(1 200)"), "ett överskott om 900 tkr", a deficit followed
in the same paragraph by an action, "ger ett överskott på 0,5 mnkr" and "följer i stort sett budgeten"
(boilerplate beside a row of 300); kostnadsslag in a section of their own ("överstiger budget med 2,2 mnkr,
varav övertid 0,9 mnkr", revenue "1,3 mnkr högre än budget"); the change since April with its cause;
investments whose remainder "beräknas användas" (boilerplate); sick leave against last year (other).
Liberation Sans (Arial) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Orsa kommun", "Socialnämnden – Delårsrapport 2025"),
        footer=lambda n, m: ("Socialnämnden 2025-09-24", "", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning per verksamhet 2025",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "6 420", "4 050", "6 120", "300"),
            ("Individ- och familjeomsorg", "38 900", "28 700", "42 300", "(3 400)"),
            ("Ekonomiskt bistånd", "9 800", "7 400", "11 000", "(1 200)"),
            ("LSS", "46 200", "30 100", "45 300", "900"),
            ("Äldreomsorg", "128 400", "87 200", "130 100", "(1 700)"),
            ("Hälso- och sjukvård", "21 300", "13 800", "20 800", "500"),
            ("Summa", "251 020", "171 250", "255 620", "(4 600)"),
        ),
        widths=(150.0, 70.0, 74.0, 70.0, 64.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        shade=(0.86, 0.9, 0.95),
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Socialnämnden", size=13, font="arial", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Socialnämnden redovisar för perioden januari–augusti ett överskott mot periodiserad budget på 1 840 tkr. "
            "Överskottet är till stor del tillfälligt och beror på att statsbidraget för äldreomsorgens bemanning "
            "betalades ut i sin helhet i juni.",
            C(
                None,
                "1 840 tkr",
                "+",
                "statsbidrag",
                "periodisering",
                note="The period surplus with its timing reason in the next sentence: one item.",
            ),
        ),
        P(
            "För helåret prognostiserar nämnden ett negativt resultat mot budget på 4,6 miljoner kronor.",
            C(None, "4,6 miljoner kronor", "-"),
        ),
        P("Belopp i tusen kronor. Negativa avvikelser anges inom parentes.", size=9.0),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Individ- och familjeomsorg:",
            "Kostnaderna för placeringar av barn och unga är betydligt högre än budgeterat. Under våren har tre "
            "ungdomar placerats på HVB och två syskongrupper i konsulentstödda familjehem, vilket ger en prognos 3 400 "
            "tkr sämre än budget.",
            C("Individ- och familjeomsorg", "3 400 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Ekonomiskt bistånd:",
            "Fler hushåll har behövt försörjningsstöd sedan ett av ortens större sågverk varslade personal i februari.",
            C(
                "Ekonomiskt bistånd",
                "(1 200)",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell in brackets.",
            ),
        ),
        LP(
            "LSS:",
            "Verksamheten beräknas gå med ett överskott om 900 tkr. En gruppbostad har haft två lediga lägenheter under "
            "hela året och ett assistansärende har övergått till Försäkringskassan.",
            C("LSS", "900 tkr", "+", "volymer", "ersattning_fk"),
        ),
        LP(
            "Äldreomsorg:",
            "Prognosen för äldreomsorgen visar ett underskott på 1 700 tkr. Hemtjänsten har utfört fler beviljade "
            "timmar än budgeterat, och under sommaren krävdes sjuksköterskor från bemanningsföretag på Tallbackens "
            "äldreboende.",
            C("Äldreomsorg", "1 700 tkr", "-", "volymer", "inhyrd_personal"),
            (
                "Nämnden har infört ett tak för övertid och beslutat att samtliga vakanser ska prövas av "
                "förvaltningschefen innan de tillsätts.",
                A("Äldreomsorg", None, "overtid", "vakanser", note="An action in the cause's paragraph."),
            ),
        ),
        LP(
            "Hälso- och sjukvård:",
            "Lägre kostnader för hjälpmedel och en vakant tjänst som arbetsterapeut ger ett överskott på 0,5 mnkr.",
            C("Hälso- och sjukvård", "0,5 mnkr", "+", "material_hjalpmedel", "vakanser"),
        ),
        LP(
            "Nämnd och administration:",
            "Verksamheten följer i stort sett budgeten.",
            BP("Nämnd och administration", note="Beside the row's 300."),
        ),
        H("Kostnadsslag", 2),
        P(
            "Personalkostnaderna för hela nämnden överstiger budget med 2,2 mnkr, varav övertid 0,9 mnkr. Det är "
            "framför allt sjuksköterskebristen under sommaren som har gett övertid och extra pass.",
            C("Personalkostnader", "2,2 mnkr", "-", "overtid", "vakanser", note="'Varav' a part: the total."),
        ),
        P(
            "Intäkterna är 1,3 mnkr högre än budget till följd av högre omvårdnadsavgifter efter höjningen av "
            "maxtaxan.",
            C("Intäkter", "1,3 mnkr", "+", "avgifter_intakter"),
        ),
        H("Jämfört med föregående prognos", 2),
        P(
            "Prognosen har försämrats med 1 100 tkr sedan tertialrapporten per april, vilket främst beror på de nya "
            "placeringarna inom individ- och familjeomsorgen.",
            F(None, "1 100 tkr", "-", "kopt_verksamhet"),
        ),
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsbudget på 1 500 tkr har 420 tkr förbrukats. Resterande medel för nya "
            "trygghetslarm beräknas användas under hösten.",
            BP("Investeringar", note="The whole frame 'beräknas användas': boilerplate."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron har minskat från 9,1 procent till 7,6 procent jämfört med samma period 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="orsa-sn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Orsa",
            "committee": ["Socialnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Socialnämnden", "author": "Orsa kommun"},
        style=style,
        blocks=blocks,
    )
