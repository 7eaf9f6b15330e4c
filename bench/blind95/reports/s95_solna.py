"""Solna stad, Omvårdnadsnämnden, tertialrapport 1 2026.

An elderly-care committee's tertial report in "miljoner kronor", DejaVu Serif with DejaVu Sans headings,
footer with the nämnd's meeting date in May: the full year "överskrida budgetramen med 7,5 miljoner kronor"
(a percentage of the frame beside it) and February's forecast level in the next sentence (a forecast change,
amount null), the period in a paragraph of its own; kostnadsslag as "köp av verksamhet … 8,6 miljoner kronor
över budget, medan personalkostnaderna … 1,1 miljoner kronor lägre" (two items); a table in mnkr with
hyphen-minus and February's deviation beside it; then two columns of bold run-in verksamheter ending in a full
stop, so the deficit is explained twice: a deficit with a part inside ("Av underskottet avser 1,1 miljoner
kronor …"), a reason-only deficit (the row's "-2,7"), "Ett överskott om 1,2 miljoner kronor väntas", "knappt en
miljon kronor" in words beside a row of 0,8, a new träffpunkt's start-up costs, "Prognosen är i balans"
(boilerplate); two verksamheters changes since February in one sentence (two forecast changes), an action plan
with three bulleted actions after an unlabelled lead-in, investments and home-care volumes against last year
(other). 10 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, Columns, H, P, PageBreak, Para, ReportSpec, Space, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Solna stad", "Omvårdnadsnämnden"),
        footer=lambda n, m: (
            "Tertialrapport 1 2026",
            "Omvårdnadsnämndens sammanträde 2026-05-19",
            f"{n} ({m})",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse", "Avvikelse feb"),),
        rows=(
            ("Nämnd och administration", "21,4", "20,6", "0,8", "0,6"),
            ("Biståndshandläggning", "18,9", "18,9", "0,0", "0,0"),
            ("Hemtjänst", "142,0", "148,3", "-6,3", "-4,4"),
            ("Särskilt boende", "268,5", "271,2", "-2,7", "-2,0"),
            ("Hemsjukvård och rehabilitering", "64,3", "63,1", "1,2", "0,8"),
            ("Dagverksamhet och träffpunkter", "12,6", "13,1", "-0,5", "0,0"),
            ("Summa", "527,7", "535,2", "-7,5", "-5,0"),
        ),
        widths=(170.0, 66.0, 70.0, 62.0, 72.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="sans-bold", after=2),
        Title("Omvårdnadsnämnden", size=12, font="serif-italic", after=14),
        H("Ekonomiskt läge", 2),
        Para(
            (
                (
                    "Omvårdnadsnämnden beräknas för helåret överskrida budgetramen med 7,5 miljoner kronor, vilket "
                    "motsvarar 1,3 procent av ramen.",
                    C(
                        None,
                        "7,5 miljoner kronor",
                        "-",
                        note="The full year; the percentage is not the amount.",
                    ),
                ),
                (
                    "Prognosen i februari var ett underskott på 5,0 miljoner kronor.",
                    F(
                        None,
                        None,
                        "-",
                        note="February's forecast level only: a forecast change, the change (2,5) never written, "
                        "amount null.",
                    ),
                ),
            )
        ),
        P(
            "Efter april är utfallet 1,4 miljoner kronor sämre än periodens budget.",
            C(None, "1,4 miljoner kronor", "-", note="The period in a paragraph of its own."),
        ),
        P(
            "Sett per kostnadsslag är det köp av verksamhet som avviker mest, 8,6 miljoner kronor över budget, "
            "medan personalkostnaderna beräknas bli 1,1 miljoner kronor lägre än budgeterat.",
            C(
                "Köp av verksamhet",
                "8,6 miljoner kronor",
                "-",
                note="Two kostnadsslag joined by 'medan': two items, no tags.",
                also=(C("Personalkostnader", "1,1 miljoner kronor", "+"),),
            ),
        ),
        table,
        Space(4),
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        LP(
            "Hemtjänst.",
            "Hemtjänsten prognostiserar ett underskott på 6,3 miljoner kronor. De beviljade timmarna har ökat med 11 "
            "procent sedan budgeten lades, och ersättningen till de privata utförarna i valfrihetssystemet ökar i "
            "samma takt. Av underskottet avser 1,1 miljoner kronor den egna hemtjänstens ökade sjukfrånvaro.",
            C(
                "Hemtjänst",
                "6,3 miljoner kronor",
                "-",
                "volymer",
                "kopt_verksamhet",
                "sjukfranvaro",
                note="A part ('Av underskottet avser 1,1') stays inside the item, whose amount is the total.",
            ),
        ),
        LP(
            "Särskilt boende.",
            "Kostnaderna för köpta platser i andra kommuner och hos privata utförare är högre än beräknat, eftersom "
            "kön till stadens egna boenden har vuxit.",
            C(
                "Särskilt boende",
                "-2,7",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="mnkr",
                table=True,
                note="A reason-only passage: the table row's cell.",
            ),
        ),
        LP(
            "Hemsjukvård och rehabilitering.",
            "Ett överskott om 1,2 miljoner kronor väntas, eftersom två tjänster som sjuksköterska och en som "
            "fysioterapeut inte har gått att tillsätta.",
            C("Hemsjukvård och rehabilitering", "1,2 miljoner kronor", "+", "vakanser"),
        ),
        LP(
            "Nämnd och administration.",
            "Överskottet på knappt en miljon kronor förklaras av lägre kostnader för IT-licenser än budgeterat.",
            C(
                "Nämnd och administration",
                "knappt en miljon kronor",
                "+",
                "it_digitalisering",
                value=1_000_000,
                note="An amount in words: the stated figure (the table says 0,8).",
            ),
        ),
        LP(
            "Dagverksamhet och träffpunkter.",
            "Verksamheten överskrider budget med 0,5 miljoner kronor, främst på grund av en ny träffpunkt i "
            "Hagalund som öppnade i mars utan att vara fullt finansierad.",
            C(
                "Dagverksamhet och träffpunkter",
                "0,5 miljoner kronor",
                "-",
                "omstallning",
                note="Start-up costs of a new unit: omstallning.",
            ),
        ),
        LP("Biståndshandläggning.", "Prognosen är i balans.", BP("Biståndshandläggning")),
        PageBreak(),
        Columns(1),
        H("Förändring sedan februari", 2),
        P(
            "Underskottet i hemtjänsten har ökat med 1,9 miljoner kronor sedan februari, och särskilt boende har "
            "försämrats med 0,7 miljoner kronor.",
            F(
                "Hemtjänst",
                "1,9 miljoner kronor",
                "-",
                note="Two verksamheters changes in one sentence: two items.",
                also=(F("Särskilt boende", "0,7 miljoner kronor", "-"),),
            ),
        ),
        H("Åtgärder", 2),
        P("Nämnden har beslutat om en handlingsplan med tre delar."),
        Bullets(
            (
                "Uppföljning av samtliga biståndsbeslut om hemtjänst med fler än 60 timmar per månad.",
                "Översyn av schemaläggningen i den egna hemtjänsten, med en beräknad besparing på 1,5 miljoner kronor "
                "för helåret.",
                "Fler platser på stadens egna boenden genom att ett korttidsboende görs om till särskilt boende.",
            ),
            labels=(
                A("Hemtjänst", None, "volymer"),
                A("Hemtjänst", "1,5 miljoner kronor", "bemanning"),
                A("Särskilt boende", None, "kopt_verksamhet"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 6,0 miljoner kronor har 0,9 miljoner kronor använts. Helårsprognosen är 4,2 "
            "miljoner kronor, alltså 1,8 miljoner kronor lägre än budgeterat, eftersom inköpet av nya larm till "
            "särskilt boende har skjutits upp till 2027.",
            C(
                "Investeringar",
                "1,8 miljoner kronor",
                "+",
                "periodisering",
                note="Investment under-spending.",
            ),
        ),
        H("Volymer", 2),
        P(
            "Antalet personer med hemtjänst var i april 1 460, att jämföra med 1 370 vid samma tid förra året.",
            O("Hemtjänst", note="Volumes against the previous year."),
        ),
    ]
    return ReportSpec(
        file="solna-on-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Solna", "Solna stad"],
            "committee": ["Omvårdnadsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Omvårdnadsnämnden", "author": "Solna stad"},
        style=style,
        blocks=blocks,
    )
