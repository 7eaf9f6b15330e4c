"""Region Halland, Driftnämnden Psykiatri (Psykiatri Halland), månadsrapport maj 2025.

A region's psychiatry month report in "mnkr", footer with the driftnämnd's meeting date in June: the
accumulated result against budget with April's figure in brackets ("−8,7 mnkr (−6,4 mnkr per april)"), the
full year "−21,0 mnkr" in a sentence of its own and "Prognosen är oförändrad" (boilerplate forecast change);
a table whose deficits are in brackets ("(7,4)"), period and full year side by side; bold run-in
verksamheter ending in a full stop or a colon, one with its amount in a subordinate clause ("Underskottet för
helåret, 7,4 mnkr, beror …"), one with last month's figure in brackets, one with reasons only (the row's
full-year cell "(5,2)"), one "ger ett underskott på", one positive "resultatet om 3,0 mnkr" from undistributed
development funds (reserver); hired staff "9,6 mnkr mer än budgeterat" after a level, revenue from other regions' patients
"1,2 mnkr högre än budgeterat", drugs "i nivå med
budget" (boilerplate), net cost growth against last year (other) and an action with its effect. DejaVu Serif
9.5 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BF, BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Region Halland", "Psykiatri Halland – Månadsrapport maj 2025"),
        footer=lambda n, m: ("Driftnämnden Psykiatri 2025-06-12", "RH-2025-01344", f"{n} ({m})"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat mot budget per verksamhetsområde, mnkr (underskott inom parentes)",
        header=(("Verksamhetsområde", "Avvikelse jan–maj", "Prognos helår"),),
        rows=(
            ("Vuxenpsykiatri norr", "(3,1)", "(7,4)"),
            ("Vuxenpsykiatri söder", "(3,8)", "(9,3)"),
            ("Barn- och ungdomspsykiatrin", "(2,2)", "(5,2)"),
            ("Psykiatrisk heldygnsvård", "(0,9)", "(2,1)"),
            ("Ledning och gemensamt", "1,3", "3,0"),
            ("Psykiatri Halland totalt", "(8,7)", "(21,0)"),
        ),
        widths=(190.0, 100.0, 90.0),
        bold_rows=frozenset({5}),
        rules=True,
        shade=(0.88, 0.92, 0.96),
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport maj 2025", size=18, font="sans-bold", after=2),
        Title("Psykiatri Halland", size=12, font="serif", after=12),
        H("Ekonomiskt resultat", 2),
        Para(
            (
                (
                    "Psykiatri Halland redovisar ett ackumulerat resultat mot budget för januari–maj på −8,7 mnkr "
                    "(−6,4 mnkr per april).",
                    C(
                        None,
                        "−8,7 mnkr",
                        "-",
                        note="The period; the bracket is April's figure, not the amount.",
                    ),
                ),
                (
                    "Helårsprognosen är −21,0 mnkr.",
                    C(None, "−21,0 mnkr", "-", note="The full year in a sentence of its own."),
                ),
                ("Prognosen är oförändrad jämfört med april.", BF(None)),
            )
        ),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        LP(
            "Vuxenpsykiatri norr.",
            "Underskottet för helåret, 7,4 mnkr, beror i huvudsak på att två av fem överläkartjänster är vakanta "
            "och har ersatts med hyrläkare.",
            C("Vuxenpsykiatri norr", "7,4 mnkr", "-", "vakanser", "inhyrd_personal"),
        ),
        LP(
            "Vuxenpsykiatri söder:",
            "Prognosen pekar på en negativ avvikelse mot budget på 9,3 mnkr (8,1 mnkr i april). Kostnaderna för "
            "hyrsjuksköterskor och övertid på den allmänpsykiatriska avdelningen är höga, och antalet patienter som "
            "vårdas enligt lagen om psykiatrisk tvångsvård har ökat.",
            C(
                "Vuxenpsykiatri söder",
                "9,3 mnkr",
                "-",
                "inhyrd_personal",
                "overtid",
                "volymer",
                note="The bracket is April's figure.",
            ),
        ),
        LP(
            "Barn- och ungdomspsykiatrin.",
            "Köerna till neuropsykiatriska utredningar har lett till att fler utredningar köps från privata "
            "vårdgivare, och remissinflödet från elevhälsan har fortsatt att öka.",
            C(
                "Barn- och ungdomspsykiatrin",
                "(5,2)",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="mnkr",
                table=True,
                note="Reasons only: the row's full-year cell as printed.",
            ),
        ),
        LP(
            "Psykiatrisk heldygnsvård.",
            "Överbeläggningar under våren har krävt extra nattbemanning, vilket ger ett underskott på 2,1 mnkr för "
            "helåret.",
            C("Psykiatrisk heldygnsvård", "2,1 mnkr", "-", "bemanning", "volymer"),
        ),
        LP(
            "Ledning och gemensamt:",
            "Det positiva resultatet om 3,0 mnkr förklaras av att ofördelade medel för utvecklingsprojekt inom "
            "digitala vårdtjänster ännu inte har tagits i anspråk.",
            C(
                "Ledning och gemensamt",
                "3,0 mnkr",
                "+",
                "reserver",
                note="Undistributed development funds are reserver.",
            ),
        ),
        H("Kostnadsutveckling", 2),
        P(
            "Kostnaderna för inhyrd personal uppgår till 14,2 mnkr för perioden, vilket är 9,6 mnkr mer än "
            "budgeterat.",
            C(
                "Inhyrd personal",
                "9,6 mnkr",
                "-",
                "inhyrd_personal",
                note="The level 14,2 is not the deviation.",
            ),
        ),
        P(
            "Intäkterna från utomlänspatienter är 1,2 mnkr högre än budgeterat, eftersom fler patienter från "
            "grannregionerna har remitterats till den specialiserade ätstörningsvården i Halmstad.",
            C("Intäkter", "1,2 mnkr", "+", "avgifter_intakter", "volymer"),
        ),
        P("Läkemedelskostnaderna ligger i nivå med budget.", BP("Läkemedel")),
        P(
            "Nettokostnadsutvecklingen är 4,8 procent jämfört med samma period föregående år.",
            O(None, note="Cost growth against the previous year: other."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har påbörjat en stegvis utfasning av hyrläkare inom vuxenpsykiatrin genom rekrytering av "
            "specialister och utökad handledning av ST-läkare. Åtgärden beräknas minska kostnaderna med 4 mnkr på "
            "helårsbasis.",
            A("Vuxenpsykiatri", "4 mnkr", "inhyrd_personal"),
        ),
    ]
    return ReportSpec(
        file="region-halland-dn-psykiatri-manadsrapport-2025-05.pdf",
        report={
            "municipality": "Region Halland",
            "committee": ["Driftnämnden Psykiatri", "Psykiatri Halland"],
            "period": ["2025-05"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport maj 2025 Psykiatri Halland", "author": "Region Halland"},
        style=style,
        blocks=blocks,
    )
