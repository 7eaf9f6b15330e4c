"""Region Gotland, Tekniska nämnden, delårsrapport per den 31 augusti 2025.

A technical committee's interim report in mnkr with en dashes as minus signs, footer with the nämnd's meeting
date and paragraph in September: the tax-financed part's period "överskott jämfört med budget på 3,9 mnkr"
and its full year "däremot ett underskott på 5,6 mnkr" with reasons in the same paragraph (two items), the
fee-financed water and waste "+2,8 mnkr respektive −1,4 mnkr" (two items); a table with a "Skattefinansierat"
and an "Avgiftsfinansierat" block; plain headings over paragraphs in varied shapes: a cost level and a budget
level before "Verksamheten prognostiserar därför ett underskott på 6,5 mnkr" (snow: ovrigt), reasons first and
"bedöms överskrida budget med 2,9 mnkr" last, "bedöms följa budget" (boilerplate), two verksamheter "överskott
på 1,7 respektive 1,8 mnkr" with a reason each, "Överskottet om 0,3 mnkr beror på"; bold run-in fee-financed
areas with a colon whose reasons take the table's cells ("2,8", "–1,4"), the transfer to the VA fund in the
same paragraph (other); investments "55 mnkr lägre än budget" and a project "7,5 mnkr dyrare än
projektbudgeten"; the change since April without a cause tag and an action without an amount. DejaVu Sans
Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Region Gotland", "Delårsrapport 2025 – Tekniska nämnden"),
        footer=lambda n, m: ("TN 2025-09-23 § 145", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning, mnkr",
        header=(("", "Budget helår", "Utfall jan–aug", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Skattefinansierat", "", "", "", ""),
            ("Nämnd och ledning", "6,8", "4,1", "6,5", "0,3"),
            ("Gata och park", "78,4", "55,2", "84,9", "–6,5"),
            ("Kollektivtrafik", "142,6", "96,0", "142,6", "0,0"),
            ("Färdtjänst", "24,1", "18,3", "27,0", "–2,9"),
            ("Hamnar", "9,2", "4,8", "7,5", "1,7"),
            ("Mark och exploatering", "3,5", "1,2", "1,7", "1,8"),
            ("Summa skattefinansierat", "264,6", "179,6", "270,2", "–5,6"),
            ("Avgiftsfinansierat (resultat)", "", "", "", ""),
            ("Vatten och avlopp", "0,0", "3,4", "2,8", "2,8"),
            ("Avfall", "0,0", "–0,9", "–1,4", "–1,4"),
        ),
        widths=(150.0, 68.0, 74.0, 72.0, 62.0),
        bold_rows=frozenset({0, 7, 8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport per den 31 augusti 2025", size=18, font="cond-bold", after=2),
        Title("Tekniska nämnden", size=12.5, font="cond", after=12),
        H("Ekonomisk analys", 1),
        PS(
            (
                "Tekniska nämndens skattefinansierade verksamhet redovisar för perioden januari–augusti ett "
                "överskott jämfört med budget på 3,9 mnkr.",
                C("Skattefinansierad verksamhet", "3,9 mnkr", "+", note="The period."),
            ),
            (
                "Helårsprognosen visar däremot ett underskott på 5,6 mnkr, eftersom vinterns snöröjning redan har "
                "förbrukat hela årets budget och kostnaderna för färdtjänst fortsätter att öka.",
                C(
                    "Skattefinansierad verksamhet",
                    "5,6 mnkr",
                    "-",
                    "ovrigt",
                    "volymer",
                    note="The full year with its reasons (snow: ovrigt).",
                ),
            ),
        ),
        P(
            "Vatten och avlopp samt avfall, som är avgiftsfinansierade, prognostiserar +2,8 mnkr respektive −1,4 "
            "mnkr mot budget.",
            C(
                "Vatten och avlopp",
                "+2,8 mnkr",
                "+",
                note="A 'respektive' pair: two items (U+2212 here, en dashes in the table).",
                also=(C("Avfall", "−1,4 mnkr", "-"),),
            ),
        ),
        table,
        H("Skattefinansierad verksamhet", 2),
        H("Gata och park", 3),
        P(
            "Snöröjning och halkbekämpning under januari och februari kostade 9,8 mnkr, att jämföra med en "
            "helårsbudget på 4,5 mnkr. Verksamheten prognostiserar därför ett underskott på 6,5 mnkr, även om "
            "sommarens skötsel av grönytor har hållits nere.",
            C(
                "Gata och park",
                "6,5 mnkr",
                "-",
                "ovrigt",
                note="A cost level and a budget level first: neither is the amount.",
            ),
        ),
        H("Färdtjänst", 3),
        P(
            "Resandet med färdtjänst har ökat med 11 procent jämfört med 2024, och resorna har blivit dyrare efter "
            "den nya upphandlingen av taxitrafiken. Färdtjänsten bedöms överskrida budget med 2,9 mnkr.",
            C(
                "Färdtjänst",
                "2,9 mnkr",
                "-",
                "volymer",
                "prisokningar",
                note="Reasons first, the amount last.",
            ),
        ),
        H("Kollektivtrafik", 3),
        P("Kollektivtrafiken bedöms följa budget för helåret.", BP("Kollektivtrafik")),
        H("Hamnar samt mark och exploatering", 3),
        P(
            "Hamnverksamheten och mark och exploatering visar överskott på 1,7 respektive 1,8 mnkr. Gästhamnarna "
            "har haft fler båtgäster än väntat, och två tomter i Visby har sålts tidigare än planerat.",
            C(
                "Hamnar",
                "1,7",
                "+",
                "volymer",
                "avgifter_intakter",
                unit="mnkr",
                note="A 'respektive' pair with a reason each in the next sentence: each item takes its own reason.",
                also=(
                    C(
                        "Mark och exploatering",
                        "1,8 mnkr",
                        "+",
                        "avgifter_intakter",
                        "periodisering",
                    ),
                ),
            ),
        ),
        H("Nämnd och ledning", 3),
        P(
            "Överskottet om 0,3 mnkr beror på att en tjänst som controller har varit vakant under våren.",
            C("Nämnd och ledning", "0,3 mnkr", "+", "vakanser"),
        ),
        H("Avgiftsfinansierad verksamhet", 2),
        LP(
            "Vatten och avlopp:",
            "Överskottet beror på att förbrukningsavgifterna har ökat under turistsäsongen och att "
            "kapitalkostnaderna blir lägre när två ledningsprojekt skjuts fram.",
            C(
                "Vatten och avlopp",
                "2,8",
                "+",
                "avgifter_intakter",
                "volymer",
                "periodisering",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's cell (the deviation is also stated above).",
            ),
            (
                "Ett eventuellt överskott förs till VA-fonden vid årets slut.",
                O("Vatten och avlopp", "reserver", note="A fund transfer: other."),
            ),
        ),
        LP(
            "Avfall:",
            "Underskottet förklaras av att transportavtalet för avfall till fastlandet har räknats upp med index och "
            "av lägre intäkter från försäljning av återvunnet material.",
            C(
                "Avfall",
                "–1,4",
                "-",
                "prisokningar",
                "avgifter_intakter",
                unit="mnkr",
                table=True,
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 55 mnkr lägre än budget, framför allt för att ledningsförnyelsen i Slite har "
            "försenats.",
            C("Investeringar", "55 mnkr", "+", "periodisering"),
        ),
        P(
            "Projektet ny överföringsledning Visby–Roma beräknas bli 7,5 mnkr dyrare än projektbudgeten på grund av "
            "oväntat mycket bergschakt.",
            C("Överföringsledning Visby–Roma", "7,5 mnkr", "-", "ovrigt"),
        ),
        H("Prognosförändring", 2),
        P(
            "Jämfört med prognosen i april har helårsprognosen för den skattefinansierade verksamheten försämrats med "
            "1,2 mnkr, som en följd av färdtjänsten.",
            F("Skattefinansierad verksamhet", "1,2 mnkr", "-", note="An area named, no reason: no tags."),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att ta fram förslag för att minska kostnaderna för färdtjänst, "
            "bland annat genom samordning av resor.",
            A("Färdtjänst", None),
        ),
    ]
    return ReportSpec(
        file="region-gotland-tn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Region Gotland",
            "committee": ["Tekniska nämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Tekniska nämnden", "author": "Region Gotland"},
        style=style,
        blocks=blocks,
    )
