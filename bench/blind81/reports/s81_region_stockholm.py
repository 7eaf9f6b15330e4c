"""Region Stockholm, Styrelsen för Södersjukhuset AB, månadsrapport oktober 2025.

An emergency hospital's month report to its board in Liberation Sans (Arial), footer with the board's
meeting date in November: the period "61,2 miljoner kronor sämre än budget för perioden" and the full year
"en avvikelse mot budget på −75 miljoner kronor" between two levels in paragraphs of their own, "Prognosen är
oförändrad" (a boilerplate forecast change); a result table by kostnadsslag in mnkr with U+2212; bold run-in
kostnadsslag with a colon in varied shapes: revenue "68,0 miljoner kronor högre än budget för perioden",
"Överskridandet om 44,7 miljoner kronor förklaras av", a reason-only hired-staff row (the table's "−33,6"),
drugs and bought care as a "respektive" pair with the causes in the next sentence (two items), "ligger 14,3
miljoner kronor under budget", "följer i stort sett budget" (boilerplate); a risk with an amount (other);
action bullets with and without an effect; investments "underskrids med 35 miljoner kronor". Liberation
Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Södersjukhuset AB", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Region Stockholm", "Styrelsesammanträde 2025-11-20", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning januari–oktober 2025, mnkr",
        header=(("Kostnadsslag", "Budget jan–okt", "Utfall jan–okt", "Avvikelse"),),
        rows=(
            ("Vårdersättning", "4 120,5", "4 188,5", "68,0"),
            ("Övriga intäkter", "312,4", "298,1", "−14,3"),
            ("Personalkostnader", "−2 611,0", "−2 655,7", "−44,7"),
            ("Inhyrd personal", "−38,0", "−71,6", "−33,6"),
            ("Läkemedel", "−196,2", "−208,9", "−12,7"),
            ("Köpt vård och medicinsk service", "−640,4", "−652,8", "−12,4"),
            ("Lokalkostnader", "−402,7", "−401,9", "0,8"),
            ("Övriga kostnader", "−568,1", "−580,4", "−12,3"),
            ("Periodens resultat", "−23,5", "−84,7", "−61,2"),
        ),
        widths=(176.0, 82.0, 82.0, 70.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
        grid=True,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=18, font="arial-bold", after=2),
        Title("Södersjukhuset AB", size=12, font="arial", after=12),
        H("Sammanfattning", 1),
        P(
            "Resultatet för januari–oktober uppgår till −84,7 miljoner kronor, vilket är 61,2 miljoner kronor sämre "
            "än budget för perioden.",
            C(None, "61,2 miljoner kronor", "-", note="The period, a paragraph of its own."),
        ),
        P(
            "Helårsprognosen är ett underskott på 95 miljoner kronor jämfört med ett budgeterat resultat på −20 "
            "miljoner kronor, det vill säga en avvikelse mot budget på −75 miljoner kronor.",
            C(None, "−75 miljoner kronor", "-", note="The full year between two levels."),
        ),
        P("Prognosen är oförändrad jämfört med september.", BF(None)),
        table,
        H("Avvikelser per kostnadsslag", 2),
        LP(
            "Vårdersättning:",
            "Intäkterna från vårdavtalet är 68,0 miljoner kronor högre än budget för perioden, främst till följd av "
            "fler akuta besök och ersättning för utökad förlossningsvård.",
            C("Vårdersättning", "68,0 miljoner kronor", "+", "volymer"),
        ),
        LP(
            "Personalkostnader:",
            "Överskridandet om 44,7 miljoner kronor förklaras av övertid och mertid på akutmottagningen och inom "
            "slutenvården samt av att lönerevisionen för sjuksköterskor blev högre än budgeterat.",
            C("Personalkostnader", "44,7 miljoner kronor", "-", "overtid", "lonekostnader"),
        ),
        LP(
            "Inhyrd personal:",
            "Kostnaderna för hyrsjuksköterskor och hyrläkare är nästan dubbelt så höga som budgeterat, vilket "
            "framför allt beror på vakanser inom intensivvården.",
            C(
                "Inhyrd personal",
                "−33,6",
                "-",
                "inhyrd_personal",
                "vakanser",
                unit="mnkr",
                table=True,
                note="A reason-only passage ('dubbelt så höga' is no amount): the row's cell.",
            ),
        ),
        LP(
            "Läkemedel och köpt vård:",
            "Läkemedel och köpt vård överskrider budget med 12,7 respektive 12,4 miljoner kronor. Kostnaderna för "
            "nya cancerläkemedel och för laboratorieanalyser har ökat i takt med fler patienter.",
            C(
                "Läkemedel",
                "12,7",
                "-",
                "material_hjalpmedel",
                "volymer",
                unit="mnkr",
                note="A 'respektive' pair with the causes in the next sentence: two items. Drugs: "
                "material_hjalpmedel.",
                also=(C("Köpt vård", "12,4 miljoner kronor", "-", "kopt_verksamhet", "volymer"),),
            ),
        ),
        LP(
            "Övriga intäkter:",
            "Övriga intäkter ligger 14,3 miljoner kronor under budget eftersom forskningsbidragen och ersättningen "
            "för utomlänspatienter har blivit lägre.",
            C("Övriga intäkter", "14,3 miljoner kronor", "-", "avgifter_intakter"),
        ),
        LP(
            "Lokalkostnader:",
            "Lokalkostnaderna följer i stort sett budget.",
            BP("Lokalkostnader"),
        ),
        H("Helårsprognos och risker", 2),
        P(
            "Helårsprognosen förutsätter att inhyrningen av sjuksköterskor halveras under november och december. Om "
            "det inte sker kan underskottet bli ytterligare cirka 10 miljoner kronor.",
            O(None, "inhyrd_personal", note="A risk with an amount: other."),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Stopp för nya avtal om hyrläkare utan sjukhusdirektörens godkännande.",
                "Rekryteringspremie för specialistsjuksköterskor inom intensivvården, som beräknas minska "
                "hyrkostnaderna med 6 miljoner kronor på årsbasis.",
            ),
            labels=(
                A(None, None, "inhyrd_personal"),
                A("Intensivvård", "6 miljoner kronor", "vakanser", "inhyrd_personal"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutfallet till och med oktober är 118 miljoner kronor. Helårsprognosen på 170 miljoner "
            "kronor innebär att budgeten på 205 miljoner kronor underskrids med 35 miljoner kronor, då leveransen "
            "av en ny magnetkamera har försenats.",
            C("Investeringar", "35 miljoner kronor", "+", "periodisering", "material_hjalpmedel"),
        ),
    ]
    return ReportSpec(
        file="region-stockholm-sos-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Region Stockholm",
            "committee": ["Styrelsen för Södersjukhuset AB", "Södersjukhuset AB"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Södersjukhuset AB", "author": "Södersjukhuset AB"},
        style=style,
        blocks=blocks,
    )
