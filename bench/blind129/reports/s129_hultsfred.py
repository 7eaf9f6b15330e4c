"""Hultsfreds kommun, Barn- och utbildningsnämnden, delårsrapport januari–augusti 2025.

A school committee's interim report in DejaVu Serif 9.5 pt, footer with the nämnd's meeting date in
September: three sentences give the period "3,2 mnkr bättre än den periodiserade budgeten", its timing
reason (grants booked before the autumn costs, amount null) and the full year "ett underskott på 4,6 mnkr",
then a reading note declaring tkr and brackets for deficits, a kostnadsslag table ("(3 150)"), bold run-in
kostnadsslag: revenue with a reason only (the row's "3 550") and "Köp av verksamhet" whose cost "överstiger
budget med 3,8 mnkr"; two columns of headings that carry the verksamhet and amount with an en dash
("Grundskola –2 400 tkr", "Vuxenutbildning ±0 tkr" over "bedöms hålla sin budget", boilerplate), so the deficit
is explained twice; the change since the tertial report with its causes, two actions as bullets (one with
"0,5 mnkr per år"), investments "1,8 mnkr inte förbrukas" and sick leave against 2024 (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O

ROW = "A reason with no amount: the table row's cell (tkr, brackets = deficit)."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Hultsfreds kommun", "Barn- och utbildningsförvaltningen"),
        footer=lambda n, m: ("Barn- och utbildningsnämnden 2025-09-23", "", f"{n} ({m})"),
        header_size=7.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per kostnadsslag, tkr",
        header=(("Kostnadsslag", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Intäkter", "38 400", "41 950", "3 550"),
            ("Personalkostnader", "196 800", "199 950", "(3 150)"),
            ("Lokalkostnader", "31 200", "31 200", "0"),
            ("Köp av verksamhet", "42 300", "46 100", "(3 800)"),
            ("Skolskjuts", "14 900", "16 100", "(1 200)"),
            ("Övriga kostnader", "19 600", "19 600", "0"),
            ("Nettokostnad", "266 400", "271 000", "(4 600)"),
        ),
        widths=(150.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        shade=(0.88, 0.9, 0.94),
    )
    blocks = [
        Title("Delårsrapport 2025", size=19, font="serif-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12.5, font="serif", after=14),
        H("Ekonomisk uppföljning", 2),
        PS(
            (
                "Barn- och utbildningsnämndens resultat efter augusti är 3,2 mnkr bättre än den periodiserade "
                "budgeten.",
                C(None, "3,2 mnkr", "+"),
            ),
            (
                "Överskottet för perioden hänger främst samman med att statsbidrag för höstterminen redan har "
                "bokförts medan motsvarande kostnader kommer under hösten.",
                C(
                    None,
                    None,
                    "+",
                    "statsbidrag",
                    "periodisering",
                    note="The period surplus's timing reason apart from its amount: amount null.",
                ),
            ),
            (
                "För helåret prognostiserar nämnden däremot ett underskott på 4,6 mnkr.",
                C(None, "4,6 mnkr", "-"),
            ),
        ),
        P("Belopp i tusen kronor. Underskott anges inom parentes.", size=8.5),
        table,
        LP(
            "Intäkter.",
            "Intäkterna blir högre än budgeterat, främst genom statsbidraget för utökad undervisningstid och "
            "ersättningar från Migrationsverket för nyanlända elever.",
            C("Intäkter", "3 550", "+", "statsbidrag", unit="tkr", table=True, note=ROW),
        ),
        LP(
            "Köp av verksamhet.",
            "Fler elever än beräknat går i fristående skolor och i gymnasieskolor i andra kommuner, vilket gör "
            "att kostnaderna överstiger budget med 3,8 mnkr.",
            C("Köp av verksamhet", "3,8 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Verksamheternas avvikelser", 2),
        Columns(2),
        HP(
            "Förskola +2 000 tkr",
            "Två avdelningar på förskolan Solrosen har hållits stängda under våren eftersom barnantalet i "
            "Mörlunda har minskat.",
            C("Förskola", "+2 000 tkr", "+", "volymer", note="The heading carries the area and amount."),
        ),
        HP(
            "Grundskola –2 400 tkr",
            "Grundskolan har anställt fler elevassistenter än budgeterat för elever med omfattande stödbehov. "
            "Även vikariekostnaderna har varit höga under våren på grund av hög sjukfrånvaro.",
            C("Grundskola", "–2 400 tkr", "-", "bemanning", "vikarier", "sjukfranvaro"),
        ),
        HP(
            "Gymnasieskola –3 300 tkr",
            "Interkommunala ersättningar för elever som studerar i Vimmerby och Västervik blir högre än "
            "budgeterat, och det egna gymnasiet har haft ett lägre intag på tre program.",
            C("Gymnasieskola", "–3 300 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        HP(
            "Skolskjuts –1 200 tkr",
            "Det nya skolskjutsavtalet som gäller från augusti har högre priser än det tidigare avtalet.",
            C("Skolskjuts", "–1 200 tkr", "-", "prisokningar"),
        ),
        HP(
            "Vuxenutbildning ±0 tkr",
            "Vuxenutbildningen bedöms hålla sin budget.",
            BP("Vuxenutbildning"),
        ),
        HP(
            "Central administration +300 tkr",
            "Överskottet förklaras av en vakant tjänst som verksamhetsutvecklare under våren.",
            C("Central administration", "+300 tkr", "+", "vakanser"),
        ),
        PageBreak(),
        Columns(1),
        H("Förändring sedan tertialrapporten", 2),
        P(
            "Prognosen har försämrats med 1,9 mnkr sedan tertialrapporten i april. Försämringen beror på det nya "
            "skolskjutsavtalet och på fler interkommunala elever i gymnasieskolan.",
            F(None, "1,9 mnkr", "-", "prisokningar", "kopt_verksamhet"),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Genomgång av samtliga skolskjutsturer inför vårterminen 2026, med målet att minska kostnaderna "
                "med 0,5 mnkr per år.",
                "Restriktivitet vid tillsättning av vikarier i grundskolan under hösten.",
            ),
            labels=(A("Skolskjuts", "0,5 mnkr"), A("Grundskola", None, "vikarier")),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 6,0 mnkr beräknas 4,2 mnkr användas under året, vilket innebär att 1,8 "
            "mnkr inte förbrukas. Inköpet av nya elevdatorer har skjutits till 2026.",
            C("Investeringar", "1,8 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron bland pedagogisk personal var 6,8 procent under perioden, jämfört med 5,9 procent "
            "samma period 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="hultsfred-bun-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Hultsfred",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Barn- och utbildningsnämnden", "author": "Hultsfreds kommun"},
        style=style,
        blocks=blocks,
    )
