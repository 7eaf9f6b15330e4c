"""Malmö stad, Tekniska nämnden, delårsrapport januari–augusti 2025.

A technical committee's interim report with "Mkr" throughout and a footer with the stadskontor's letter date in
September: the period "−9,7 Mkr jämfört med periodiserad budget" and the full year's "underskott om 16,4 Mkr"
in two sentences; an avdelning table whose deviation is budget − prognos (a net revenue row in minus); then
headings that carry the avdelning and amount with a true minus sign ("Gata och trafik −12,8 Mkr") over short
paragraphs: snow clearing whose "7,5 Mkr mer än budgeterat" is a part, storm damage whose cost the prose repeats,
graffiti and an indexed contract, parking fees, recruitments that drag out; a forecast change with the change
split into two avdelningar as a "respektive" pair (three forecast-change items); actions (one with its amount);
investments "124 Mkr lägre än investeringsbudgeten" and a project table where "+" means more spending, with one
sentence naming an overrun "11,4 Mkr dyrare än budgeterat" and a delayed bridge whose under-spend lives in the
table ("−41,5"); equity (other). DejaVu Sans 9 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O

HEAD = "The heading carries the avdelning and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.0,
        leading=1.45,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 74.0, 62.0, 72.0),
        header=lambda n, m: ("Malmö stad – Tekniska nämnden", "Delårsrapport 2025"),
        footer=lambda n, m: ("Dnr TN-2025-3318", "Stadskontoret 2025-09-15", f"{n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per avdelning, Mkr (avvikelse = budget − prognos)",
        header=(("Avdelning", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Gata och trafik", "512,0", "351,2", "524,8", "−12,8"),
            ("Park och natur", "261,4", "183,0", "265,5", "−4,1"),
            ("Stadsmiljö och renhållning", "148,9", "104,7", "152,1", "−3,2"),
            ("Parkering", "−64,2", "−46,3", "−67,1", "2,9"),
            ("Nämnd och förvaltningsgemensamt", "187,9", "118,5", "187,1", "0,8"),
            ("Summa", "1 046,0", "711,1", "1 062,4", "−16,4"),
        ),
        widths=(160.0, 70.0, 74.0, 72.0, 64.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
        shade=(0.86, 0.91, 0.96),
    )
    projects = Table(
        caption="Större investeringsprojekt, Mkr (+ = högre utgift än budget)",
        header=(("Projekt", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Kajrenovering kv. Fyren", "85,0", "96,4", "+11,4"),
            ("Gång- och cykelbro Segeå", "64,0", "22,5", "−41,5"),
            ("Lekplatsprogrammet", "18,0", "18,0", "0,0"),
        ),
        widths=(160.0, 74.0, 74.0, 64.0),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Tekniska nämnden", size=12, font="sans", after=12),
        H("Ekonomiskt utfall", 2),
        PS(
            (
                "Tekniska nämnden redovisar ett resultat för perioden på −9,7 Mkr jämfört med periodiserad budget.",
                C(None, "−9,7 Mkr", "-"),
            ),
            ("Helårsprognosen är ett underskott om 16,4 Mkr.", C(None, "16,4 Mkr", "-")),
        ),
        P("Nämndens kommunbidrag för 2025 uppgår till 1 046 Mkr, varav 24 Mkr avser kapitalkostnader."),
        table,
        H("Avvikelser per avdelning", 2),
        HP(
            "Gata och trafik −12,8 Mkr",
            "Underskottet förklaras främst av vinterväghållningen under januari och februari, då snöröjningen "
            "kostade 7,5 Mkr mer än budgeterat. Därtill har beläggningsunderhållet blivit dyrare när "
            "asfaltpriserna stigit med drygt 9 procent.",
            C(
                "Gata och trafik",
                "−12,8 Mkr",
                "-",
                "ovrigt",
                "prisokningar",
                note=HEAD + " Snow clearing's 7,5 Mkr is a part.",
            ),
        ),
        HP(
            "Park och natur −4,1 Mkr",
            "Stormskadorna i januari har krävt akuta trädfällningar och återplantering i flera parker. Kostnaden "
            "bedöms till 4,1 Mkr och ryms inte inom ramen.",
            C("Park och natur", "−4,1 Mkr", "-", "ovrigt", note=HEAD),
        ),
        HP(
            "Stadsmiljö och renhållning −3,2 Mkr",
            "Saneringen av klotter och skadegörelse har ökat kraftigt under sommaren, samtidigt som avtalet för "
            "tömning av papperskorgar har räknats upp med index.",
            C("Stadsmiljö och renhållning", "−3,2 Mkr", "-", "ovrigt", "prisokningar", note=HEAD),
        ),
        HP(
            "Parkering +2,9 Mkr",
            "Intäkterna från parkeringsavgifter blir högre än budgeterat, dels till följd av den nya taxan från "
            "den 1 mars, dels genom fler besökare i centrum under sommaren.",
            C("Parkering", "+2,9 Mkr", "+", "avgifter_intakter", "volymer", note=HEAD),
        ),
        HP(
            "Nämnd och förvaltningsgemensamt +0,8 Mkr",
            "Flera rekryteringar inom staben har dragit ut på tiden.",
            C("Nämnd och förvaltningsgemensamt", "+0,8 Mkr", "+", "vakanser", note=HEAD),
        ),
        H("Prognosförändring sedan april", 2),
        PS(
            ("Jämfört med aprilprognosen har underskottet ökat med 3,6 Mkr.", F(None, "3,6 Mkr", "-")),
            (
                "Förändringen avser i sin helhet Park och natur samt Stadsmiljö och renhållning, med 2,1 "
                "respektive 1,5 Mkr.",
                F(
                    "Park och natur",
                    "2,1",
                    "-",
                    unit="mkr",
                    also=(F("Stadsmiljö och renhållning", "1,5 Mkr", "-"),),
                ),
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Förvaltningen har infört ett tillfälligt stopp för inköp av nya möbler och fordon.",
                A(None, None, "material_hjalpmedel"),
            ),
            (
                "Dessutom skjuts planerat underhåll av broar och tunnlar för 2,0 Mkr till 2026.",
                A("Gata och trafik", "2,0 Mkr", "periodisering"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna för helåret beräknas till 618 Mkr, vilket är 124 Mkr lägre än "
            "investeringsbudgeten på 742 Mkr.",
            C("Investeringar", "124 Mkr", "+", note="Under-spending is positive."),
        ),
        projects,
        P(
            "Kajrenoveringen vid kvarteret Fyren blir 11,4 Mkr dyrare än budgeterat sedan sämre markförhållanden "
            "upptäckts, medan gång- och cykelbron över Segeå försenas efter en överklagad upphandling och endast "
            "22,5 av 64,0 Mkr förbrukas i år.",
            C(
                "Kajrenovering kv. Fyren",
                "11,4 Mkr",
                "-",
                "ovrigt",
                note="An overrun ('+' in the table means more spending) and a delay in one sentence: two items.",
                also=(
                    C(
                        "Gång- och cykelbro Segeå",
                        "−41,5",
                        "+",
                        "periodisering",
                        unit="mkr",
                        table=True,
                        note="The under-spend is not written in the prose: the project row's cell.",
                    ),
                ),
            ),
        ),
        H("Eget kapital", 2),
        P(
            "Nämndens eget kapital uppgick vid årsskiftet till 38,2 Mkr men får enligt kommunfullmäktiges regler "
            "inte användas för att täcka årets underskott.",
            O(None, note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="malmo-tn-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Malmö", "Malmö stad"],
            "committee": ["Tekniska nämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Tekniska nämnden", "author": "Malmö stad"},
        style=style,
        blocks=blocks,
    )
