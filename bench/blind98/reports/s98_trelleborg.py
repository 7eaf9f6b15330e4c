"""Trelleborgs kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun).

A whole-kommun month report in "mkr" set in Liberation Sans (Arial) with en dashes as minus signs, whose
footer carries the kommunstyrelse's meeting date in November: the full year "24,4 mkr lägre än det
budgeterade resultatet" between two levels, the period "9,7 mkr bättre än periodbudgeten" with a timing
reason in the same sentence, one sentence splitting the result into the nämnder's "underskott på 41,3 mkr"
and the finance function's "överskott om 16,9 mkr" after "medan" (two items), the change since September with
its cause; a nämnd table with September's deviation beside October's; then en-dash bullets under a generic
heading ("Ekonomiavdelningens kommentarer") in varied shapes: "Utbildningsnämnden –18,4 mkr." opening the
bullet, a possessive "Socialnämndens prognos visar ett underskott", "överskrider sin budgetram med 3,8 mkr",
"Kommunstyrelsen: ett överskott om 2,1 mkr", the area after "För" with "knappt en miljon kronor bättre än
budget" (an amount in words), "ett litet överskott, 0,5 mkr"; tax revenue, then pensions and the finance net
as a "respektive" pair with explicit plus signs (no tags); investments "135 mkr lägre än budgeterat" after two
levels and a project "9,5 mkr dyrare än projektbudgeten"; an action with an effect and one without, the
balanskrav and sick leave against last year (others). 15 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 76.0, 66.0, 74.0),
        header=lambda n, m: ("Trelleborgs kommun", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-26", "Dnr KS 2025/1184", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Nämndernas prognos 2025, mkr (negativt tal = sämre än budget)",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen", "268,5", "266,4", "2,1", "1,7"),
            ("Utbildningsnämnden", "1 402,6", "1 421,0", "–18,4", "–17,9"),
            ("Socialnämnden", "1 118,3", "1 140,9", "–22,6", "–19,8"),
            ("Kultur- och fritidsnämnden", "142,0", "141,1", "0,9", "0,6"),
            ("Tekniska nämnden", "176,4", "180,2", "–3,8", "–3,9"),
            ("Samhällsbyggnadsnämnden", "58,7", "58,2", "0,5", "0,3"),
            ("Summa nämnder", "3 166,5", "3 207,8", "–41,3", "–39,0"),
        ),
        widths=(160.0, 62.0, 62.0, 76.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=20, font="arial-bold", after=4),
        Title(
            "Trelleborgs kommun – uppföljning av ekonomin januari–oktober", size=11.5, font="arial", after=12
        ),
        P(
            "Månadsrapporten bygger på bokfört utfall till och med oktober och på nämndernas prognoser för helåret. "
            "Rapporten behandlas av kommunstyrelsen och lämnas till kommunfullmäktige för kännedom."
        ),
        H("Sammanfattning", 1),
        P(
            "Kommunens prognos för helåret är ett överskott på 38,6 mkr, vilket är 24,4 mkr lägre än det "
            "budgeterade resultatet på 63,0 mkr.",
            C(None, "24,4 mkr", "-", note="The full year against the budgeted result, between two levels."),
        ),
        P(
            "Resultatet för januari–oktober uppgår till 112,9 mkr och är därmed 9,7 mkr bättre än periodbudgeten, "
            "främst beroende på att kostnaderna för semesterlöner ännu inte har belastat perioden fullt ut.",
            C(
                None,
                "9,7 mkr",
                "+",
                "periodisering",
                "lonekostnader",
                note="The period in a sentence of its own with its timing reason: a cause.",
            ),
        ),
        P(
            "Nämnderna redovisar sammantaget ett underskott på 41,3 mkr, medan finansförvaltningen och de "
            "kommungemensamma posterna bidrar med ett överskott om 16,9 mkr.",
            C(
                "Nämnderna",
                "41,3 mkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansförvaltningen", "16,9 mkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med prognosen i september har resultatet försämrats med 3,8 mkr, vilket främst beror på ökade "
            "kostnader för försörjningsstöd.",
            F(None, "3,8 mkr", "-", "ekonomiskt_bistand"),
        ),
        committees,
        Space(10),
        H("Ekonomiavdelningens kommentarer", 2),
        Bullets(
            (
                "Utbildningsnämnden –18,4 mkr. Fler barn och elever än vad som budgeterades, särskilt i den "
                "anpassade grundskolan, och ett dyrare skolskjutsavtal förklarar huvuddelen av underskottet.",
                "Socialnämndens prognos visar ett underskott på 22,6 mkr. Underskottet består av ökade kostnader för "
                "försörjningsstöd och externa placeringar av barn och unga samt en högre sjukfrånvaro inom "
                "hemtjänsten än planerat.",
                "Tekniska nämnden överskrider sin budgetram med 3,8 mkr till följd av höga kostnader för "
                "vinterväghållning i början av året och dyrare el till gatubelysningen.",
                "Kommunstyrelsen: ett överskott om 2,1 mkr, som främst förklaras av vakanta tjänster inom "
                "kommunledningsförvaltningen.",
                "För Kultur- och fritidsnämnden pekar prognosen på knappt en miljon kronor bättre än budget, "
                "eftersom badhuset har haft lägre energikostnader än beräknat.",
                "Samhällsbyggnadsnämnden beräknas redovisa ett litet överskott, 0,5 mkr, tack vare högre intäkter "
                "från bygglov än budgeterat.",
            ),
            labels=(
                C(
                    "Utbildningsnämnden",
                    "–18,4 mkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    note="The bullet opens with the area and the amount; a dearer transport contract is prisokningar.",
                ),
                C(
                    "Socialnämnden",
                    "22,6 mkr",
                    "-",
                    "ekonomiskt_bistand",
                    "kopt_verksamhet",
                    "sjukfranvaro",
                    note="A possessive names the area.",
                ),
                C(
                    "Tekniska nämnden",
                    "3,8 mkr",
                    "-",
                    "ovrigt",
                    "prisokningar",
                    note="Winter road maintenance is ovrigt, dearer electricity prisokningar.",
                ),
                C("Kommunstyrelsen", "2,1 mkr", "+", "vakanser"),
                C(
                    "Kultur- och fritidsnämnden",
                    "knappt en miljon kronor",
                    "+",
                    "prisokningar",
                    value=1_000_000,
                    note="The area after 'För'; an amount in words, the stated figure (the table shows 0,9).",
                ),
                C("Samhällsbyggnadsnämnden", "0,5 mkr", "+", "avgifter_intakter"),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas ge 11,2 mkr mer än budgeterat, framför allt genom en "
            "högre slutavräkning för 2024.",
            C("Skatteintäkter och generella statsbidrag", "11,2 mkr", "+", note=NO_TAG),
        ),
        P(
            "Pensionskostnaderna och finansnettot avviker med +2,6 respektive +3,1 mkr mot budget.",
            C(
                "Pensionskostnader",
                "+2,6",
                "+",
                unit="mkr",
                note=NO_TAG + " A 'respektive' pair: two items, the unit written once.",
                also=(C("Finansnetto", "+3,1 mkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 486 mkr. Prognosen är 351 mkr, vilket innebär att "
            "investeringarna blir 135 mkr lägre än budgeterat.",
            C("Investeringar", "135 mkr", "+", note="Investment under-spending after two levels; no reason."),
        ),
        P(
            "Projektet Kvarteret Lärkan, en ny förskola med sex avdelningar, beräknas bli 9,5 mkr dyrare än "
            "projektbudgeten till följd av markföroreningar som upptäcktes vid schaktningen.",
            C("Kvarteret Lärkan", "9,5 mkr", "-", "ovrigt", note="An investment overrun: negative."),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Kommunstyrelsen har uppdragit åt de nämnder som redovisar underskott att vidta åtgärder.",
                None,
            ),
            (
                "Socialnämnden har beslutat om en handlingsplan med färre externa placeringar, som beräknas minska "
                "kostnaderna med 4,0 mkr på helårsbasis.",
                A("Socialnämnden", "4,0 mkr", "kopt_verksamhet"),
            ),
            (
                "Utbildningsnämnden har infört anställningsprövning för alla tjänster utanför undervisningen.",
                A("Utbildningsnämnden", None, "bemanning"),
            ),
        ),
        H("Balanskrav och personal", 2),
        P(
            "Balanskravsresultatet beräknas till 31,4 mkr efter avdrag för realisationsvinster. Kommunen har inga "
            "negativa resultat från tidigare år att återställa.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Sjukfrånvaron uppgick till 7,1 procent i september, vilket är 0,4 procentenheter lägre än samma månad "
            "2024.",
            O(None, note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="trelleborg-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Trelleborg",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Trelleborgs kommun"},
        style=style,
        blocks=blocks,
    )
