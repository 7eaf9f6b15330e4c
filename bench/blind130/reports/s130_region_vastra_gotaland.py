"""Västra Götalandsregionen, Styrelsen för Sahlgrenska Universitetssjukhuset, delårsrapport augusti 2025.

A university hospital's interim report in DejaVu Sans, header "Västra Götalandsregionen", footer with the
styrelse's meeting date in September: the period's result as a level "−412 miljoner kronor, vilket är 298
miljoner kronor sämre än budget" and the full year "en negativ budgetavvikelse med 430 miljoner kronor" in
two sentences; a kostnadsslag table in mnkr with hyphen-minus; per kostnadsslag: personnel costs "överstiger
budget med 118 miljoner kronor för perioden", hired staff as a level then "91 miljoner kronor mer än
budgeterat", drugs and bought care as a "respektive" pair with the causes in the next sentence (two items
with the same text), revenue "29 miljoner kronor högre än budget" (positive), one row with no prose; then bold
run-in områden in varied shapes ("Underskottet på 104 mnkr förklaras av", "området redovisar −88 mnkr", a
grant of 14 mnkr that is only a part before "ett överskott om 9 mnkr", "i nivå med budgeten" (boilerplate),
a "varav" part), so the deficit is explained twice; the change since June with a cause, an action with a
full-year effect, staff numbers against last year (other) and investments "64 miljoner kronor lägre". 12
scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.0,
        leading=1.45,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 82.0, 70.0, 74.0),
        header=lambda n, m: ("Västra Götalandsregionen", "Sahlgrenska Universitetssjukhuset"),
        footer=lambda n, m: ("Delårsrapport augusti 2025", "Styrelsen 2025-09-18", f"{n} (av {m})"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning januari–augusti, mnkr",
        header=(("", "Budget jan–aug", "Utfall jan–aug", "Avvikelse"),),
        rows=(
            ("Patientavgifter och övriga intäkter", "512", "541", "29"),
            ("Personalkostnader", "-6 480", "-6 598", "-118"),
            ("Inhyrd personal", "-96", "-187", "-91"),
            ("Läkemedel", "-1 350", "-1 412", "-62"),
            ("Köpt vård", "-410", "-446", "-36"),
            ("Övriga kostnader", "-2 150", "-2 170", "-20"),
            ("Summa avvikelse mot budget", "", "", "-298"),
        ),
        widths=(190.0, 80.0, 80.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport augusti 2025", size=19, font="sans-bold", after=2),
        Title("Styrelsen för Sahlgrenska Universitetssjukhuset", size=12, font="sans", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Sahlgrenska Universitetssjukhuset redovisar ett resultat för januari–augusti på −412 miljoner kronor, "
            "vilket är 298 miljoner kronor sämre än budget.",
            C(
                None,
                "298 miljoner kronor",
                "-",
                note="A level, then the deviation: the deviation is the amount.",
            ),
        ),
        P(
            "Helårsprognosen är −590 miljoner kronor, vilket innebär en negativ budgetavvikelse med 430 miljoner "
            "kronor.",
            C(None, "430 miljoner kronor", "-"),
        ),
        table,
        H("Kommentarer per kostnadsslag", 2),
        P(
            "Personalkostnaderna överstiger budget med 118 miljoner kronor för perioden. Det beror framför allt på "
            "övertid och mertid inom akutverksamheten och på att fler vårdplatser än planerat har hållits öppna "
            "under sommaren.",
            C("Personalkostnader", "118 miljoner kronor", "-", "overtid", "bemanning"),
        ),
        P(
            "Kostnaderna för inhyrd personal uppgår till 187 miljoner kronor, 91 miljoner kronor mer än "
            "budgeterat, främst för hyrsjuksköterskor inom intensivvården och operation.",
            C(
                "Inhyrd personal",
                "91 miljoner kronor",
                "-",
                "inhyrd_personal",
                note="A level first (187), then the deviation.",
            ),
        ),
        P(
            "Läkemedel och köpt vård avviker negativt med 62 respektive 36 miljoner kronor. Användningen av nya "
            "cancerläkemedel ökar snabbare än budgeterat, och fler patienter har remitterats till privata "
            "vårdgivare för att korta köerna till ortopedi.",
            C(
                "Läkemedel",
                "62",
                "-",
                "material_hjalpmedel",
                unit="mnkr",
                note="A 'respektive' pair with the causes in the next sentence: two items with the same text, "
                "each with its own cause's tag. Drugs are material_hjalpmedel.",
                also=(C("Köpt vård", "36 miljoner kronor", "-", "kopt_verksamhet"),),
            ),
        ),
        P(
            "Intäkterna är 29 miljoner kronor högre än budget, till följd av fler utomlänspatienter och högre "
            "ersättning för vård av patienter från andra regioner.",
            C("Intäkter", "29 miljoner kronor", "+", "volymer", "avgifter_intakter"),
        ),
        H("Kommentarer per område", 2),
        LP(
            "Område Akut och internmedicin.",
            "Underskottet på 104 mnkr förklaras av överbeläggningar och av att akutmottagningen har haft fler besök "
            "än något tidigare år.",
            C("Område Akut och internmedicin", "104 mnkr", "-", "volymer"),
        ),
        LP(
            "Område Operation och intensivvård.",
            "Här finns den största delen av kostnaderna för inhyrda sjuksköterskor, och området redovisar −88 mnkr "
            "för perioden.",
            C("Område Operation och intensivvård", "−88 mnkr", "-", "inhyrd_personal"),
        ),
        LP(
            "Område Barn och kvinnosjukvård.",
            "Förlossningsvården har fått ett riktat statsbidrag på 14 mnkr som inte var budgeterat, och området "
            "visar därför ett överskott om 9 mnkr.",
            C(
                "Område Barn och kvinnosjukvård",
                "9 mnkr",
                "+",
                "statsbidrag",
                note="The grant (14 mnkr) is a part, the surplus the amount.",
            ),
        ),
        LP("Område Diagnostik.", "Utfallet ligger i nivå med budgeten.", BP("Område Diagnostik")),
        P(
            "Övriga områden och sjukhusgemensamma kostnader redovisar sammantaget −115 mnkr, varav läkemedel till "
            "sjukhusets patienter inom cancervården står för 62 mnkr.",
            C(
                "Övriga områden och sjukhusgemensamt",
                "−115 mnkr",
                "-",
                "material_hjalpmedel",
                note="One item with the total for a 'varav' part.",
            ),
        ),
        H("Prognos och åtgärder", 2),
        P(
            "Helårsprognosen har försämrats med 110 miljoner kronor sedan juni, främst eftersom ersättningen till "
            "personal som flyttat sin semester blev högre än beräknat.",
            F(None, "110 miljoner kronor", "-", "lonekostnader"),
        ),
        P(
            "Sjukhusets handlingsplan omfattar minskad inhyrning, en översyn av vårdplatserna och "
            "anställningsprövning, och beräknas ge 140 miljoner kronor i helårseffekt 2026.",
            A(None, "140 miljoner kronor", "inhyrd_personal", "bemanning"),
        ),
        P(
            "Antalet anställda har ökat med 310 jämfört med augusti 2024, främst undersköterskor och "
            "sjuksköterskor.",
            O(None, note="Staff numbers against the previous year."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna i medicinteknisk utrustning uppgår till 176 miljoner kronor för perioden, att jämföra "
            "med en budget på 240 miljoner kronor, alltså 64 miljoner kronor lägre. Flera upphandlingar av "
            "röntgenutrustning har försenats.",
            C("Investeringar", "64 miljoner kronor", "+", "periodisering", note="Investment under-spending."),
        ),
    ]
    return ReportSpec(
        file="region-vastra-gotaland-su-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Region Västra Götaland", "Västra Götalandsregionen"],
            "committee": [
                "Styrelsen för Sahlgrenska Universitetssjukhuset",
                "Sahlgrenska Universitetssjukhuset",
            ],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport augusti 2025 Sahlgrenska Universitetssjukhuset",
            "author": "Västra Götalandsregionen",
        },
        style=style,
        blocks=blocks,
    )
