"""Huddinge kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun).

A whole-kommun month report in mnkr with U+2212 minus signs, footer with the kommunstyrelse's meeting date in
November: the period "58 mnkr bättre än det periodiserade budgeterade resultatet" and the full year "31 mnkr
lägre än budgeterat resultat" in separate paragraphs, one sentence splitting it into the nämnder's "underskott
på 74,6 mnkr" and the finance function's "överskott på 43,6 mnkr", the change since September with its cause;
a table with the deviation in October and September side by side; bullets under a generic heading
("Kommunledningskontorets kommentar") in varied shapes (subject, possessive "Förskolenämndens överskott",
"kostar 22,9 mnkr mer än tilldelad ram" with the reason in the next sentence, "Inom gymnasienämnden blir det
6,6 mnkr sämre", a colon "Socialnämnden: underskottet ökar till 51,7 mnkr", "För äldreomsorgsnämnden pekar
prognosen på −17,8 mnkr", "bedöms hålla sin budget", a reason-only nämnd taking the row's "−0,4"); tax revenue
in one sentence and pensions and the finance net as a "respektive" pair in the next; two actions;
investments "1 140 mnkr, att jämföra med budgeterade 1 485 mnkr" (345 never written out) and a project overrun;
sick leave against last year and a risk (others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Huddinge kommun", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-24", "KS-2025/1408", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per nämnd 2025, mnkr (avvikelse mot budget, − = underskott)",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen", "612,0", "598,4", "13,6", "12,9"),
            ("Förskolenämnden", "1 402,5", "1 391,3", "11,2", "10,8"),
            ("Grundskolenämnden", "3 118,0", "3 140,9", "−22,9", "−21,7"),
            ("Gymnasienämnden", "905,4", "912,0", "−6,6", "−6,4"),
            ("Socialnämnden", "1 210,7", "1 262,4", "−51,7", "−44,0"),
            ("Äldreomsorgsnämnden", "1 530,2", "1 548,0", "−17,8", "−18,3"),
            ("Kultur- och fritidsnämnden", "318,6", "318,6", "0,0", "0,0"),
            ("Natur- och byggnadsnämnden", "254,3", "254,7", "−0,4", "−0,5"),
            ("Summa nämnder", "", "", "−74,6", "−67,2"),
            ("Finansförvaltningen", "", "", "43,6", "45,4"),
            ("Totalt", "", "", "−31,0", "−21,8"),
        ),
        widths=(160.0, 66.0, 66.0, 76.0, 76.0),
        bold_rows=frozenset({8, 10}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=20, font="sans-bold", after=2),
        Title("Ekonomisk uppföljning av Huddinge kommun", size=12, font="sans", after=12),
        H("Sammanfattning", 2),
        P(
            "Kommunens resultat för januari–oktober uppgår till 412 mnkr, vilket är 58 mnkr bättre än det "
            "periodiserade budgeterade resultatet.",
            C(None, "58 mnkr", "+", note="The period, in a paragraph of its own."),
        ),
        P(
            "För helåret prognostiseras ett resultat på 96 mnkr. Det är 31 mnkr lägre än budgeterat resultat på "
            "127 mnkr.",
            C(None, "31 mnkr", "-", note="The full year: the deviation, not the levels."),
        ),
        P(
            "Nämndernas sammantagna prognos visar ett underskott på 74,6 mnkr, medan finansförvaltningen beräknas "
            "ge ett överskott på 43,6 mnkr.",
            C(
                "Nämnderna",
                "74,6 mnkr",
                "-",
                note="One sentence, two areas: split.",
                also=(C("Finansförvaltningen", "43,6 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med septemberprognosen har helårsprognosen försämrats med 9,2 mnkr, som till största delen "
            "förklaras av fler placeringar av barn och unga inom socialnämnden.",
            F(None, "9,2 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        table,
        H("Kommunledningskontorets kommentar", 2),
        Bullets(
            (
                "Kommunstyrelsen visar ett överskott om 13,6 mnkr, främst till följd av vakanta tjänster inom HR- "
                "och ekonomiavdelningarna och att medel för kommungemensam digitalisering inte har förbrukats fullt "
                "ut.",
                "Förskolenämndens överskott på 11,2 mnkr beror på att antalet inskrivna barn är cirka 240 färre än "
                "vad budgeten bygger på.",
                "Grundskolenämnden kostar 22,9 mnkr mer än tilldelad ram. Fler elever i behov av särskilt stöd och "
                "ett dyrare skolskjutsavtal förklarar huvuddelen.",
                "Inom gymnasienämnden blir det 6,6 mnkr sämre än budget på grund av höga kostnader för "
                "interkommunala ersättningar när fler elever väljer skolor i andra kommuner.",
                "Socialnämnden: underskottet ökar till 51,7 mnkr. Det förklaras av fler placeringar på HVB och i "
                "familjehem för barn och unga samt av att ekonomiskt bistånd ökat mer än budgeterat.",
                "För äldreomsorgsnämnden pekar prognosen på −17,8 mnkr, vilket främst hänger samman med fler "
                "beslutade hemtjänsttimmar och höga sjuklönekostnader i de egna verksamheterna.",
                "Kultur- och fritidsnämnden bedöms hålla sin budget.",
                "Natur- och byggnadsnämnden redovisar ett mindre underskott, där lägre intäkter från bygglov delvis "
                "vägs upp av vakanta tjänster.",
            ),
            labels=(
                C("Kommunstyrelsen", "13,6 mnkr", "+", "vakanser", "it_digitalisering"),
                C("Förskolenämnden", "11,2 mnkr", "+", "volymer", note="A possessive names the area."),
                C("Grundskolenämnden", "22,9 mnkr", "-", "volymer", "prisokningar"),
                C("Gymnasienämnden", "6,6 mnkr", "-", "kopt_verksamhet", "volymer"),
                C("Socialnämnden", "51,7 mnkr", "-", "kopt_verksamhet", "volymer", "ekonomiskt_bistand"),
                C("Äldreomsorgsnämnden", "−17,8 mnkr", "-", "volymer", "sjukfranvaro"),
                BP("Kultur- och fritidsnämnden"),
                C(
                    "Natur- och byggnadsnämnden",
                    "−0,4",
                    "-",
                    "avgifter_intakter",
                    "vakanser",
                    unit="mnkr",
                    table=True,
                    note="Reason only: the table row's cell.",
                ),
            ),
        ),
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkter och generella statsbidrag beräknas bli 21,4 mnkr högre än budget enligt SKR:s "
                "oktoberprognos.",
                C("Skatteintäkter och generella statsbidrag", "21,4 mnkr", "+", note=NO_TAG),
            ),
            (
                "Pensionskostnaderna och finansnettot avviker med +14,9 respektive +7,3 mnkr.",
                C(
                    "Pensionskostnader",
                    "+14,9",
                    "+",
                    unit="mnkr",
                    note=NO_TAG + " A 'respektive' pair.",
                    also=(C("Finansnetto", "+7,3 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har beslutat om en handlingsplan med bland annat hemtagning av placerade ungdomar till "
            "egna boenden, som beräknas minska kostnaderna med 6 mnkr på helårsbasis.",
            A("Socialnämnden", "6 mnkr", "kopt_verksamhet"),
        ),
        P(
            "Grundskolenämnden har infört anställningsprövning för alla tjänster utom lärare.",
            A("Grundskolenämnden", None, "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen för året uppgår till 1 140 mnkr, att jämföra med budgeterade 1 485 mnkr. "
            "Avvikelsen beror främst på att bygget av Ekbackens skola och ombyggnaden av simhallen i Storängen "
            "har förskjutits till 2026.",
            C(
                "Investeringar",
                "1 140 mnkr, att jämföra med budgeterade 1 485 mnkr",
                "+",
                "periodisering",
                value=345_000_000,
                note="Investment under-spending of 345 mnkr, never written out: the computed value.",
            ),
        ),
        P(
            "Projektet Storängens idrottshall beräknas överskrida projektbudgeten med 18 mnkr, till följd av "
            "markföroreningar som upptäckts under grundarbetet.",
            C("Storängens idrottshall", "18 mnkr", "-", "ovrigt", note="An investment overrun."),
        ),
        H("Personal och risker", 2),
        P(
            "Sjukfrånvaron uppgår till 7,1 procent, vilket är 0,4 procentenheter lägre än samma period 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
        P(
            "Prognosen är osäker när det gäller skatteintäkterna, eftersom arbetsmarknaden har försvagats under "
            "hösten.",
            O(None, note="A risk."),
        ),
    ]
    return ReportSpec(
        file="huddinge-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Huddinge",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Huddinge kommun"},
        style=style,
        blocks=blocks,
    )
