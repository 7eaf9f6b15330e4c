"""Umeå kommun, Äldrenämnden, verksamhetsberättelse 2025.

An elderly-care committee's year-end report in "mnkr" with U+2212 minus signs, set in DejaVu Sans, whose
footer carries the nämnd's adoption date in February: the result "ett underskott på 17,3 mnkr mot budget"
beside a percentage of the frame, the outcome against the interim report's forecast with its causes (a
forecast change), net cost growth against 2024 (other), care fees "0,8 mnkr lägre än budget" (a kostnadsslag
passage beside the verksamhet table); a verksamhet table; then two columns of headings that carry the
verksamhet and amount ("Hemtjänst −6,8 mnkr"), with a sick-leave percentage inside one paragraph, a part
("1,4 mnkr" of "−2,6 mnkr") inside another, a small surplus with its reason and "bedrivits inom budget"
under a "±0,0 mnkr" heading (boilerplate); investments "1,9 mnkr lägre än budgeterat", an action for 2026
and sick leave against 2024 (other). 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.0,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 9.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        header=lambda n, m: ("Umeå kommun", "Äldrenämnden"),
        footer=lambda n, m: ("Verksamhetsberättelse 2025", "Fastställd av nämnden 2026-02-19", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhet 2025, mnkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Ledning och gemensamt", "48,6", "47,4", "1,2"),
            ("Myndighetsutövning", "31,2", "31,2", "0,0"),
            ("Hemtjänst", "512,4", "519,2", "−6,8"),
            ("Särskilt boende", "786,0", "795,4", "−9,4"),
            ("Korttidsvård", "64,8", "67,4", "−2,6"),
            ("Hälso- och sjukvård", "158,3", "158,0", "0,3"),
            ("Summa", "1 601,3", "1 618,6", "−17,3"),
        ),
        widths=(190.0, 70.0, 70.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="sans-bold", after=2),
        Title("Äldrenämnden", size=12, font="sans", after=12),
        H("Året i korthet", 2),
        P(
            "Under året öppnade ett nytt vård- och omsorgsboende på Linnéstigen med 60 platser, och hemtjänsten "
            "införde digital nyckelhantering i hela kommunen."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Äldrenämnden redovisar för 2025 ett underskott på 17,3 mnkr mot budget, vilket motsvarar 1,1 procent "
            "av nämndens ram.",
            C(
                None,
                "17,3 mnkr",
                "-",
                note="The year's result against budget; the percentage is not the amount.",
            ),
        ),
        P(
            "Underskottet är 3,9 mnkr större än prognosen i delårsrapporten. Försämringen beror på högre "
            "kostnader för sjuklön och vikarier under hösten.",
            F(
                None,
                "3,9 mnkr",
                "-",
                "sjukfranvaro",
                "vikarier",
                note="The outcome against the interim forecast.",
            ),
        ),
        P(
            "Nämndens nettokostnad ökade med 5,4 procent jämfört med 2024.",
            O(None, note="Net cost growth against the previous year."),
        ),
        P(
            "Intäkterna från omvårdnadsavgifter blev 0,8 mnkr lägre än budget, eftersom fler brukare än "
            "beräknat har fått sin avgift reducerad.",
            C("Omvårdnadsavgifter", "0,8 mnkr", "-", "avgifter_intakter"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        HP(
            "Hemtjänst −6,8 mnkr",
            "Antalet utförda hemtjänsttimmar blev 7 procent fler än budgeterat, framför allt under årets sista "
            "månader. Sjukfrånvaron bland undersköterskorna har legat över 10 procent, vilket har krävt "
            "timvikarier och övertid.",
            C("Hemtjänst", "−6,8 mnkr", "-", "volymer", "sjukfranvaro", "vikarier", "overtid"),
        ),
        HP(
            "Särskilt boende −9,4 mnkr",
            "Underskottet förklaras av att det nya boendet på Linnéstigen öppnade i mars med full bemanning "
            "innan alla platser var belagda, och av ökade livsmedelspriser. Nattbemanningen har dessutom "
            "förstärkts på två boenden.",
            C(
                "Särskilt boende",
                "−9,4 mnkr",
                "-",
                "omstallning",
                "volymer",
                "prisokningar",
                "bemanning",
                note="Start-up costs of a new home are omstallning, beläggning volymer.",
            ),
        ),
        HP(
            "Korttidsvård −2,6 mnkr",
            "Fler personer än beräknat har väntat på korttidsplats efter sjukhusvistelse, och kommunen har "
            "betalat 1,4 mnkr till regionen för utskrivningsklara patienter.",
            C(
                "Korttidsvård",
                "−2,6 mnkr",
                "-",
                "volymer",
                "ovrigt",
                note="The heading carries the amount; the 1,4 mnkr paid to the region is a part.",
            ),
        ),
        HP(
            "Ledning och gemensamt +1,2 mnkr",
            "Överskottet beror på vakanta tjänster inom förvaltningens stab samt lägre kostnader för "
            "kompetensutveckling än budgeterat.",
            C("Ledning och gemensamt", "+1,2 mnkr", "+", "vakanser"),
        ),
        HP(
            "Hälso- och sjukvård +0,3 mnkr",
            "Kostnaderna för hjälpmedel blev lägre än budgeterat, eftersom upphandlingen av nya vårdsängar har "
            "skjutits till 2026.",
            C("Hälso- och sjukvård", "+0,3 mnkr", "+", "material_hjalpmedel", "periodisering"),
        ),
        HP(
            "Myndighetsutövning ±0,0 mnkr",
            "Verksamheten har bedrivits inom budget.",
            BP("Myndighetsutövning"),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna blev 1,9 mnkr lägre än budgeterat, då bytet av trygghetslarm i ordinärt "
            "boende har flyttats till våren 2026.",
            C("Investeringar", "1,9 mnkr", "+", "periodisering"),
        ),
        H("Inför 2026", 2),
        P(
            "Nämnden har beslutat om en åtgärdsplan med minskad användning av timvikarier och en översyn av "
            "schemaläggningen i hemtjänsten, som beräknas ge 5,0 mnkr i lägre kostnader 2026.",
            A(None, "5,0 mnkr", "vikarier", "bemanning"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron i förvaltningen var 9,8 procent, att jämföra med 9,1 procent 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="umea-aldn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Umeå",
            "committee": ["Äldrenämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Äldrenämnden", "author": "Umeå kommun"},
        style=style,
        blocks=blocks,
    )
