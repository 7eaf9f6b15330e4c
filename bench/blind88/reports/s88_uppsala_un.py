"""Uppsala kommun, Utbildningsnämnden, tertialrapport januari–april 2026.

A school committee's tertial report in tkr and "miljoner kronor", footer with the nämnd's meeting date in
May: the full year "ett resultat på −38,5 miljoner kronor" and the period "9,1 miljoner kronor sämre än
periodens budget" in two sentences (two items), then the change since the February forecast; a verksamhet
table with deficits in brackets ("(21 800)"); headings that carry the area and amount with a U+2212 minus
("Förskola −12,4 mnkr") over paragraphs with the reasons, one of which names a part ("4,6 miljoner kronor
av underskottet", not the amount); plain headings whose first sentence carries the amount ("visar ett
överskott mot budget om 4,3 miljoner kronor", "överskrider budget med 7,9 mnkr"), a reason-only adult
education (the row's "2 100"), "Inom gemensam verksamhet blir kostnaderna … 2,8 mnkr högre än budgeterat";
investments "23 mnkr mindre än budgeterat", an action, a risk and sick leave against last year
(others).
Liberation Serif (Times) 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(70.0, 78.0, 70.0, 72.0),
        header=lambda n, m: ("Uppsala kommun", "Utbildningsförvaltningen"),
        footer=lambda n, m: ("Utbildningsnämnden 2026-05-20", "Dnr UBN-2026-01342", f"{n}"),
        header_size=8.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Helårsprognos per verksamhet 2026, tkr (negativt tal inom parentes)",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Förskola", "1 482 600", "1 495 000", "(12 400)"),
            ("Grundskola", "2 964 100", "2 985 900", "(21 800)"),
            ("Gymnasieskola", "1 021 700", "1 017 400", "4 300"),
            ("Vuxenutbildning", "214 300", "212 200", "2 100"),
            ("Anpassad skola", "318 900", "326 800", "(7 900)"),
            ("Gemensam verksamhet", "156 400", "159 200", "(2 800)"),
            ("Summa", "6 158 000", "6 196 500", "(38 500)"),
        ),
        widths=(150.0, 84.0, 84.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Tertialrapport januari–april 2026", size=19, font="times-bold", after=2),
        Title("Utbildningsnämnden", size=13, font="times", after=12),
        H("Sammanfattning av ekonomin", 2),
        P(
            "Utbildningsnämnden prognostiserar ett resultat på −38,5 miljoner kronor för 2026.",
            C(None, "−38,5 miljoner kronor", "-", note="The full year in a sentence of its own."),
        ),
        P(
            "Utfallet för januari–april är 9,1 miljoner kronor sämre än periodens budget.",
            C(None, "9,1 miljoner kronor", "-", note="The period in a sentence of its own: its own item."),
        ),
        P(
            "Prognosen har försämrats med 11,2 miljoner kronor sedan februariprognosen, då förskolans barnantal har "
            "minskat mer än väntat.",
            F(None, "11,2 miljoner kronor", "-", "volymer"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Förskola −12,4 mnkr",
            "Barnantalet har minskat snabbare än prognostiserat samtidigt som personalstyrkan inte har kunnat "
            "anpassas i samma takt. Flera förskolor har dessutom tomma avdelningar med full hyra.",
            C("Förskola", "−12,4 mnkr", "-", "volymer", "bemanning", "lokaler"),
        ),
        HP(
            "Grundskola −21,8 mnkr",
            "Underskottet beror till stor del på att ersättningen till fristående skolor blir högre än budgeterat "
            "när fler elever väljer en fristående skola. Skolskjutsarna svarar för 4,6 miljoner kronor av "
            "underskottet efter att det nya avtalet började gälla i januari.",
            C(
                "Grundskola",
                "−21,8 mnkr",
                "-",
                "kopt_verksamhet",
                "prisokningar",
                note="A part (4,6 miljoner kronor) in the paragraph: the heading's amount is the item's.",
            ),
        ),
        H("Gymnasieskola", 3),
        P(
            "Gymnasieskolan visar ett överskott mot budget om 4,3 miljoner kronor, till följd av att fler elever "
            "från andra kommuner söker sig till de kommunala gymnasieskolorna.",
            C("Gymnasieskola", "4,3 miljoner kronor", "+", "volymer", "avgifter_intakter"),
        ),
        H("Vuxenutbildning", 3),
        P(
            "Vuxenutbildningen har beviljats mer statsbidrag för regional yrkesvux än vad som budgeterades.",
            C(
                "Vuxenutbildning",
                "2 100",
                "+",
                "statsbidrag",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        H("Anpassad skola", 3),
        P(
            "Kostnaderna för anpassad grundskola och anpassad gymnasieskola överskrider budget med 7,9 mnkr, "
            "eftersom fler elever än tidigare har behov av omfattande stöd och elevassistent.",
            C("Anpassad skola", "7,9 mnkr", "-", "volymer"),
        ),
        H("Gemensam verksamhet", 3),
        P(
            "Inom gemensam verksamhet blir kostnaderna för licenser och införandet av det nya elevadministrativa "
            "systemet 2,8 mnkr högre än budgeterat.",
            C("Gemensam verksamhet", "2,8 mnkr", "-", "it_digitalisering", note="The area after 'Inom'."),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 64 mnkr beräknas 41 mnkr användas under året, 23 mnkr mindre än "
            "budgeterat, eftersom inventarierna till den nya skolan i Rosendal levereras först 2027.",
            C("Investeringar", "23 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden beslutade i mars om en åtgärdsplan för förskolan där tolv avdelningar avvecklas under hösten, "
            "med en beräknad helårseffekt på 6 mnkr.",
            A("Förskola", "6 mnkr", "omstallning", "lokaler"),
        ),
        P(
            "Det finns en risk att ersättningen till fristående skolor ökar ytterligare när höstterminens elevantal "
            "är känt.",
            O("Grundskola", note="A risk: other."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 7,4 procent under perioden, vilket är högre än under januari–april 2025. Ökningen "
            "beror främst på en kraftig influensavåg i februari.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="uppsala-un-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Uppsala",
            "committee": ["Utbildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport januari–april 2026 Utbildningsnämnden",
            "author": "Uppsala kommun",
        },
        style=style,
        blocks=blocks,
    )
