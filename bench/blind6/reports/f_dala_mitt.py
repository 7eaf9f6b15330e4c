"""Räddningstjänsten Dala Mitt (kommunalförbund), Direktionen, delårsrapport januari–augusti 2025.

A rescue-service kommunalförbund's interim report, named only in the header, the title and the metadata,
with a footer carrying the direktion's meeting date in September: the förbund and the period's events
(not labelled), the period result against the periodised budget with a timing cause (a delayed aerial
ladder), the full-year result against a budgeted zero result followed by the change since April with its
cause (two items), a result table per kostnadsslag in tkr with budget, forecast, deviation and last
year's outcome (costs negative); bold run-in kostnadsslag: personnel with a part amount for overtime and
a pay revision (the amount is the table row's), fees and compensations with its amount (automatic fire
alarms and training sold), vehicles with no amount (an ageing fleet, diesel), bought services "knappt
1 mnkr" (a new command system: licences and consultants, tagged IT only), capital costs lowered by the
delayed delivery (the table row's), three rows without a comment; the investment forecast against its
budget ("3,6 mnkr av budgeterade 14,2 mnkr", the 10,6 mnkr not written out) from the same delay; an
action with its effect next year, personnel costs against last year (other) and the balanskrav with
equity (other). A paragraph runs over the page break. Liberation Sans (Arial) 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O

ROW = "Amount from the table row (tkr, avvikelse = prognos − budget, negative = underskott)."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.5, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 76.0, 70.0, 74.0),
        header=lambda n, m: ("Räddningstjänsten Dala Mitt", "Delårsrapport 2025"),
        footer=lambda n, m: ("Direktionen 2025-09-25", "", f"{n} ({m})"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per kostnadsslag, tkr",
        header=(("", "Budget 2025", "Prognos 2025", "Avvikelse", "Utfall 2024"),),
        rows=(
            ("Medlemsbidrag", "168 400", "168 400", "0", "161 900"),
            ("Avgifter och ersättningar", "14 600", "16 450", "1 850", "15 120"),
            ("Personalkostnader", "−131 800", "−135 900", "−4 100", "−124 600"),
            ("Lokalkostnader", "−21 300", "−21 050", "250", "−20 700"),
            ("Fordon och materiel", "−13 900", "−14 650", "−750", "−13 210"),
            ("Köpta tjänster", "−6 100", "−7 080", "−980", "−5 430"),
            ("Övriga kostnader", "−4 700", "−4 520", "180", "−4 960"),
            ("Kapitalkostnader", "−5 200", "−3 300", "1 900", "−4 880"),
            ("Resultat", "0", "−1 650", "−1 650", "3 240"),
        ),
        widths=(160.0, 72.0, 78.0, 68.0, 76.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold"),
        Title("Räddningstjänsten Dala Mitt – kommunalförbund", size=12, font="arial", after=12),
        H("Förvaltningsberättelse", 1),
        P(
            "Räddningstjänsten Dala Mitt är ett kommunalförbund som svarar för räddningstjänst, tillsyn och "
            "förebyggande arbete i medlemskommunerna. Förbundet har fem heltidsstationer och tolv deltidsstationer och "
            "finansieras huvudsakligen genom medlemsbidrag."
        ),
        H("Väsentliga händelser", 2),
        P(
            "I mars togs det nya gemensamma ledningssystemet för räddningscentralen i drift. Under sommaren "
            "genomfördes en stor övning tillsammans med ambulanssjukvården, och i juni invigdes den ombyggda stationen "
            "i förbundets västra del."
        ),
        H("Ekonomi", 1),
        H("Periodens resultat", 2),
        P(
            "Förbundets resultat för januari–augusti uppgår till 4 210 tkr, vilket är 1 380 tkr bättre än "
            "periodiserad budget. Överskottet beror främst på att avskrivningarna för det nya höjdfordonet ännu inte "
            "har börjat, eftersom leveransen är försenad.",
            C(
                None,
                "1 380 tkr",
                "+",
                "periodisering",
                note="The period result against the periodised budget.",
            ),
        ),
        H("Helårsprognos", 2),
        P(
            "För helåret prognostiseras ett resultat på −1 650 tkr, att jämföra med ett budgeterat nollresultat.",
            C(
                None,
                "−1 650 tkr",
                "-",
                note="The forecast result against a zero budget: the result is the deviation.",
            ),
        ),
        P(
            "Prognosen har försämrats med 900 tkr sedan april, främst till följd av högre reparationskostnader för "
            "den äldre fordonsparken.",
            F(None, "900 tkr", "-", "material_hjalpmedel"),
        ),
        table,
        H("Kommentarer till prognosen", 2),
        LP(
            "Personalkostnader.",
            "Det har varit svårt att rekrytera deltidsbrandmän till stationerna i de mindre tätorterna, och vakanta "
            "pass har därför bemannats med heltidspersonal på övertid. Övertidskostnaderna beräknas bli 2,6 mnkr "
            "högre än budgeterat. Till det kommer en lönerevision som blev 0,6 procentenheter högre än vad som ingick i "
            "budgeten.",
            C(
                "Personalkostnader",
                "−4 100",
                "-",
                "vakanser",
                "overtid",
                "lonekostnader",
                unit="tkr",
                table=True,
                note=ROW + " 2,6 mnkr is a part (overtime).",
            ),
        ),
        LP(
            "Avgifter och ersättningar.",
            "Intäkterna blir 1 850 tkr högre än budget. Antalet debiterade automatlarm utan brand har ökat, och "
            "förbundet har sålt fler utbildningar i brandskydd till företag och kommunala förvaltningar.",
            C("Avgifter och ersättningar", "1 850 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Fordon och materiel.",
            "Fordonsparken är äldre än planerat, eftersom två släckbilar ska ersättas först när det nya höjdfordonet "
            "har levererats. Reparationer och reservdelar har därför kostat mer än budgeterat, och dieselpriset har "
            "legat över budgeterad nivå under hela perioden.",
            C(
                "Fordon och materiel",
                "−750",
                "-",
                "material_hjalpmedel",
                "prisokningar",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Köpta tjänster.",
            "Det nya ledningssystemet för räddningscentralen har medfört licens- och konsultkostnader på knappt 1 mnkr "
            "som inte fanns med i budgeten.",
            C(
                "Köpta tjänster",
                "knappt 1 mnkr",
                "-",
                "it_digitalisering",
                note="Consultants for an IT system's introduction: tagged IT, not agency staff. The table says −980.",
            ),
        ),
        LP(
            "Kapitalkostnader.",
            "Leveransen av det nya höjdfordonet har försenats till februari 2026, vilket ger lägre avskrivningar och "
            "räntor än budgeterat.",
            C("Kapitalkostnader", "1 900", "+", "periodisering", unit="tkr", table=True, note=ROW),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna för 2025 beräknas till 3,6 mnkr av budgeterade 14,2 mnkr. Höjdfordonet, som står för 9,8 "
            "mnkr av budgeten, levereras först 2026 eftersom tillverkaren har haft brist på chassin.",
            C(
                "Investeringar",
                "3,6 mnkr av budgeterade 14,2 mnkr",
                "+",
                "periodisering",
                value=10_600_000,
                note="Investments under budget by 10,6 mnkr (not written out): a delayed delivery.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat om en rekryteringskampanj för deltidsbrandmän och om en ny ersättningsmodell för "
            "beredskap från den 1 oktober. Åtgärderna beräknas minska övertidskostnaderna med cirka 0,8 mnkr under "
            "2026.",
            A(
                "Personalkostnader",
                "cirka 0,8 mnkr",
                "vakanser",
                "overtid",
                note="Its effect is for next year.",
            ),
        ),
        H("Jämförelse med föregående år", 2),
        P(
            "Personalkostnaderna för januari–augusti är 9,1 procent högre än för samma period 2024, främst på grund av "
            "övertiden och årets lönerevision.",
            O(
                "Personalkostnader",
                "overtid",
                "lonekostnader",
                note="Against the previous year, not the budget.",
            ),
        ),
        H("Balanskrav och eget kapital", 2),
        P(
            "Om prognosen håller blir balanskravsresultatet negativt. Underskottet kan täckas av förbundets eget "
            "kapital, som uppgick till 12,4 mnkr vid årsskiftet, men enligt kommunallagen ska ett negativt "
            "balanskravsresultat återställas inom tre år.",
            O(None, "reserver", note="Balanskrav and equity."),
        ),
    ]
    return ReportSpec(
        file="raddningstjansten-dala-mitt-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Räddningstjänsten Dala Mitt", "Kommunalförbundet Räddningstjänsten Dala Mitt"],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Räddningstjänsten Dala Mitt"},
        style=style,
        blocks=blocks,
    )
