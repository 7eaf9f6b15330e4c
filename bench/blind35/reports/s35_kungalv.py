"""Kungälvs kommun, Kultur- och fritidsnämnden, verksamhetsberättelse 2025.

A culture and leisure committee's year-end report (period = the year), footer with the date the nämnd adopted
it in February: the result "ett överskott mot budget på en och en halv miljon kronor" (amount in words only),
the outcome against the interim report's forecast with its cause (a forecast change); a table in tkr with
deficits as a hyphen and a space ("- 380"); bold run-in verksamheter ending in a full stop ("Bibliotek.")
where the surplus or deficit is said in varied ways: "redovisar ett överskott på 760 tkr", a reason-only deficit
("går med underskott", the row's "- 380"), "drygt en miljon kronor" in words (the row says 1 050), "överskred
budget med 1 240 tkr" with a water damage, "vilket gav 890 tkr i överskott" at the end; one verksamhet of the
table is never commented on (unlabelled); investments "4,3 mnkr lägre än budgeterat"; an action for next year,
loans and visits against 2024 and the equity after the result (others). Liberation Serif (Times metrics) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(17.0, 13.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(74.0, 82.0, 74.0, 76.0),
        header=lambda n, m: ("Kungälvs kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden", "Antagen 2026-02-12, § 9", f"{n}"),
        header_size=8.5,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "6 180", "5 760", "420"),
            ("Bibliotek", "21 450", "20 690", "760"),
            ("Kulturskola", "17 320", "17 700", "- 380"),
            ("Fritidsgårdar och ungdom", "12 940", "11 890", "1 050"),
            ("Idrotts- och fritidsanläggningar", "38 760", "40 000", "- 1 240"),
            ("Föreningsbidrag", "9 350", "8 460", "890"),
            ("Summa", "106 000", "104 500", "1 500"),
        ),
        widths=(190.0, 70.0, 70.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=21, font="times-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=13, font="times", after=14),
        H("Året som gått", 2),
        P(
            "Under året öppnade den nya aktivitetsparken i Ytterby och kulturskolan startade undervisning i "
            "digitalt skapande. Sommarlovsaktiviteterna samlade fler deltagare än något tidigare år."
        ),
        H("Ekonomisk analys", 2),
        P(
            "Kultur- och fritidsnämnden lämnar ett överskott mot budget på en och en halv miljon kronor för 2025.",
            C(None, "en och en halv miljon kronor", "+", value=1_500_000, note="The amount in words only."),
        ),
        P(
            "Det är 0,9 mnkr bättre än prognosen i delårsrapporten, främst eftersom vinterns kostnader för "
            "snöröjning av idrottsplatserna blev lägre än befarat.",
            F(
                None,
                "0,9 mnkr",
                "+",
                "ovrigt",
                note="The outcome against the interim forecast; snow is ovrigt.",
            ),
        ),
        table,
        LP(
            "Bibliotek.",
            "Biblioteken redovisar ett överskott på 760 tkr. Det beror främst på att två tjänster stod vakanta "
            "under våren och att medieinköpen blev billigare när leverantörsavtalet upphandlades på nytt.",
            C("Bibliotek", "760 tkr", "+", "vakanser", "prisokningar"),
        ),
        LP(
            "Kulturskola.",
            "Kulturskolan går med underskott. Intäkterna från elevavgifterna blev lägre än budgeterat, eftersom "
            "avgiften för syskon sänktes från höstterminen och fler elever än beräknat har fått friplats.",
            C(
                "Kulturskola",
                "- 380",
                "-",
                "avgifter_intakter",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell as printed.",
            ),
        ),
        LP(
            "Fritidsgårdar och ungdom.",
            "Verksamheten fick ett överskott på drygt en miljon kronor, eftersom fritidsgården i Ytterby var "
            "stängd i fyra månader för renovering.",
            C(
                "Fritidsgårdar och ungdom",
                "drygt en miljon kronor",
                "+",
                "ovrigt",
                value=1_000_000,
                note="'Drygt en miljon' in words: the stated figure (the table says 1 050). A closure is ovrigt.",
            ),
        ),
        LP(
            "Idrotts- och fritidsanläggningar.",
            "Anläggningarna överskred budget med 1 240 tkr. Kostnaderna för el och uppvärmning i ishallen och "
            "simhallen var högre än budgeterat, och konstgräsplanen i Kareby fick bytas ut i förtid efter en "
            "vattenskada.",
            C("Idrotts- och fritidsanläggningar", "1 240 tkr", "-", "prisokningar", "ovrigt"),
        ),
        LP(
            "Föreningsbidrag.",
            "Färre föreningar än väntat sökte anläggnings- och aktivitetsbidrag, vilket gav 890 tkr i överskott.",
            C("Föreningsbidrag", "890 tkr", "+", "volymer"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar blev 4,3 mnkr lägre än budgeterat. Belysningen av motionsspåret i Kode har "
            "flyttats till 2026, då leverantören inte kunde leverera stolparna under hösten.",
            C("Investeringar", "4,3 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Inför 2026", 2),
        P(
            "Nämnden har beslutat att höja timpriset för vuxenlag i ishallen från den 1 januari 2026, vilket "
            "beräknas ge 300 tkr mer i intäkter per år.",
            A("Idrotts- och fritidsanläggningar", "300 tkr", "avgifter_intakter"),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet utlån på biblioteken minskade med 3 procent jämfört med 2024, medan antalet besök ökade med "
            "6 procent.",
            O("Bibliotek", "volymer", note="Volumes against the previous year."),
        ),
        P(
            "Nämndens ackumulerade överskott uppgår efter årets resultat till 3,2 mnkr.",
            O(None, note="Equity after the result: other."),
        ),
    ]
    return ReportSpec(
        file="kungalv-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Kungälv",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden",
            "author": "Kungälvs kommun",
        },
        style=style,
        blocks=blocks,
    )
