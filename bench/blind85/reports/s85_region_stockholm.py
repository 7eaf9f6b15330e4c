"""Region Stockholm, Styrelsen för Södertälje sjukhus AB, tertialrapport 1 2026.

A regional hospital company's first tertial report in mnkr with every cost and deficit in brackets, footer
with the board's meeting date in May: the period "24,1 mnkr sämre än budget för perioden" after the period's
result, the full year "en negativ avvikelse om 65,5 mnkr" after two levels (two items), the full year's
reasons in a paragraph of their own (amount null); a result table with brackets, then bold run-in result
posts with a colon: revenue from the health-care committee "15,6 mnkr lägre än budgeterat", hired staff
"Här finns den största avvikelsen, (34,7) mnkr" (a bracketed deficit in the prose), personnel "överskrider
budget med 9,4 mnkr", purchased care and drugs "8,8 respektive 8,2 mnkr över budget" with shared causes (two
items, the same tags), other revenue "Ett överskott på 8,5 mnkr" and premises with a reason only (the row's
"3,4"); the change since February, an action in two sentences, an investment overrun "6,0 mnkr mer än budget"
and a risk. Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O

SHARED = "A 'respektive' pair with shared causes: two items with the same text and tags."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.45,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(56.0, 76.0, 56.0, 70.0),
        header=lambda n, m: ("Region Stockholm", "Södertälje sjukhus AB – Tertialrapport 1 2026"),
        footer=lambda n, m: ("Styrelsen för Södertälje sjukhus AB, sammanträde 2026-05-19", "", f"{n}/{m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning 2026, mnkr",
        header=(("", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Ersättning från Hälso- och sjukvårdsnämnden", "1 842,0", "1 826,4", "(15,6)"),
            ("Övriga intäkter", "96,3", "104,8", "8,5"),
            ("Personalkostnader", "(1 112,4)", "(1 121,8)", "(9,4)"),
            ("Inhyrd personal", "(18,0)", "(52,7)", "(34,7)"),
            ("Köpt vård", "(212,5)", "(221,3)", "(8,8)"),
            ("Läkemedel", "(96,0)", "(104,2)", "(8,2)"),
            ("Material och tjänster", "(338,9)", "(340,8)", "(1,9)"),
            ("Lokaler", "(120,4)", "(117,0)", "3,4"),
            ("Avskrivningar och finansnetto", "(32,6)", "(31,4)", "1,2"),
            ("Resultat", "7,5", "(58,0)", "(65,5)"),
        ),
        widths=(210.0, 78.0, 78.0, 70.0),
        bold_rows=frozenset({9}),
        rules=True,
        grid=True,
        size=8.5,
        shade=(0.86, 0.9, 0.95),
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="arial-bold", after=2),
        Title("Södertälje sjukhus AB", size=12.5, font="arial", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Sjukhusets resultat för januari–april uppgår till −21,6 mnkr, vilket är 24,1 mnkr sämre än budget "
                "för perioden.",
                C(None, "24,1 mnkr", "-", note="The period's deviation after the period's result."),
            ),
            (
                "Helårsprognosen är ett underskott på 58,0 mnkr jämfört med ett budgeterat resultat på 7,5 mnkr, "
                "det vill säga en negativ avvikelse om 65,5 mnkr.",
                C(None, "65,5 mnkr", "-", note="The full year after two levels, in a sentence of its own."),
            ),
        ),
        P(
            "Den negativa avvikelsen beror framför allt på ökade kostnader för inhyrda sjuksköterskor och läkare "
            "inom akutkliniken och medicinkliniken, samt på att ersättningen för förlossningsvården är lägre än "
            "sjukhusets faktiska kostnader.",
            C(
                None,
                None,
                "-",
                "inhyrd_personal",
                "avgifter_intakter",
                note="The full year's reasons in a paragraph of their own: amount null.",
            ),
        ),
        table,
        H("Kommentarer per resultatpost", 2),
        LP(
            "Ersättning från Hälso- och sjukvårdsnämnden:",
            "Intäkterna beräknas bli 15,6 mnkr lägre än budgeterat. Antalet förlossningar minskar och ersättningen "
            "för akutbesök har sänkts i det nya vårdavtalet.",
            C(
                "Ersättning från Hälso- och sjukvårdsnämnden",
                "15,6 mnkr",
                "-",
                "volymer",
                "avgifter_intakter",
            ),
        ),
        LP(
            "Inhyrd personal:",
            "Här finns den största avvikelsen, (34,7) mnkr. Bristen på specialistsjuksköterskor inom akuten och på "
            "narkosläkare gör att sjukhuset har varit beroende av bemanningsföretag under hela perioden.",
            C(
                "Inhyrd personal",
                "(34,7) mnkr",
                "-",
                "inhyrd_personal",
                "vakanser",
                note="A deficit in brackets in the prose.",
            ),
        ),
        LP(
            "Personalkostnader:",
            "Kostnaderna överskrider budget med 9,4 mnkr till följd av övertid och mertid, då bland annat "
            "sjuksköterskor har arbetat extra pass under influensasäsongen.",
            C("Personalkostnader", "9,4 mnkr", "-", "overtid"),
        ),
        LP(
            "Köpt vård och läkemedel:",
            "Köpt vård och läkemedel ligger 8,8 respektive 8,2 mnkr över budget, framför allt genom fler remisser "
            "till andra sjukhus för hjärtbehandling och en ökad användning av nya cancerläkemedel.",
            C(
                "Köpt vård",
                "8,8",
                "-",
                "kopt_verksamhet",
                "material_hjalpmedel",
                "volymer",
                unit="mnkr",
                note=SHARED,
                also=(
                    C(
                        "Läkemedel",
                        "8,2 mnkr",
                        "-",
                        "kopt_verksamhet",
                        "material_hjalpmedel",
                        "volymer",
                        note=SHARED + " Drugs are material_hjalpmedel.",
                    ),
                ),
            ),
        ),
        LP(
            "Övriga intäkter:",
            "Ett överskott på 8,5 mnkr, som beror på högre intäkter från utomlänspatienter och från "
            "forskningsprojekt.",
            C("Övriga intäkter", "8,5 mnkr", "+", "avgifter_intakter"),
        ),
        LP(
            "Lokaler:",
            "Lokalkostnaderna blir lägre än budgeterat sedan den tillfälliga paviljongen vid hus 07 har avvecklats.",
            C(
                "Lokaler",
                "3,4",
                "+",
                "lokaler",
                unit="mnkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        P(
            "Jämfört med prognosen i februari har helårsprognosen försämrats med 12,0 mnkr, främst på grund av "
            "högre kostnader för inhyrd personal.",
            F(None, "12,0 mnkr", "-", "inhyrd_personal"),
        ),
        H("Åtgärder", 2),
        P(
            "Sjukhuset har infört en åtgärdsplan med stopp för inhyrda sjuksköterskor från och med september och "
            "fler egna nattsjuksköterskor. Åtgärderna väntas ge en effekt på 14 mnkr under året.",
            A("Inhyrd personal", "14 mnkr", "inhyrd_personal"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna i medicinteknisk utrustning beräknas uppgå till 28,0 mnkr, vilket är 6,0 mnkr mer än "
            "budget, då en ny datortomograf har tidigarelagts efter ett haveri.",
            C(
                "Investeringar",
                "6,0 mnkr",
                "-",
                "material_hjalpmedel",
                "periodisering",
                note="An investment overrun: negative. An earlier purchase of equipment is material_hjalpmedel + "
                "periodisering.",
            ),
        ),
        H("Risker", 2),
        P(
            "Om Hälso- och sjukvårdsnämnden inte ersätter sjukhuset för de ökade volymerna inom akuten finns en "
            "risk för ytterligare 10 mnkr i underskott.",
            O(None, "volymer", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="region-stockholm-sodertalje-sjukhus-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Region Stockholm",
            "committee": ["Styrelsen för Södertälje sjukhus AB", "Södertälje sjukhus AB"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Södertälje sjukhus AB", "author": "Region Stockholm"},
        style=style,
        blocks=blocks,
    )
