"""Region Jämtland Härjedalen, Hälso- och sjukvårdsnämnden, delårsrapport januari–augusti 2025.

A region's health-care interim report in "miljoner kronor", footer with the nämnd's meeting date in
September: the period "142 miljoner kronor sämre än budget för perioden men 21 miljoner kronor bättre än samma
period föregående år" (one sentence, one cause: the year comparison rides along), the full year in a sentence
of its own and the change since the tertial report with its cause (a forecast change); a result table per
verksamhetsområde pasted as an image (no text layer: every amount lives in the prose); bold
run-in areas with a colon: the largest deficit as "står för det största underskottet, 121 miljoner kronor",
primary care as "prognostiserar −58 miljoner kronor" with its reasons in the next sentence, psychiatry and
dental care as a "respektive" pair with opposite signs and their reasons in the next sentence (two items, same
text, each with its own tags), bought national and regional care "26 miljoner kronor högre än budget"; then by
kostnadsslag: personnel costs "1,8 procent lägre än budget" (a percentage and an image table: amount null),
hired staff with the level (198, not the amount) and "94 miljoner kronor mer än budgeterat", drugs "överstiger
budget med 31 miljoner kronor", patient fees "däremot 4 miljoner kronor lägre"; investments "25 miljoner kronor
lägre än investeringsbudgeten"; an action with its full-year effect and visits against last year (other).
DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O

IMAGE = "The table is an image, so the amount is the prose's."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Region Jämtland Härjedalen", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Hälso- och sjukvårdsnämnden 2025-09-25", "RJL 2025/1377", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhetsområde, miljoner kronor",
        header=(
            ("Verksamhetsområde", "Utfall jan–aug", "Budget jan–aug", "Prognos helår", "Avvikelse helår"),
        ),
        rows=(
            ("Primärvård", "-41", "-3", "-62", "-58"),
            ("Somatisk specialistvård", "-98", "-16", "-140", "-121"),
            ("Psykiatri", "-31", "-6", "-46", "-39"),
            ("Tandvård", "9", "1", "15", "14"),
            ("Köpt riks- och regionvård", "-25", "-20", "-56", "-26"),
            ("Summa", "-186", "-44", "-289", "-230"),
        ),
        widths=(150.0, 72.0, 78.0, 72.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="sans-bold", after=2),
        Title("Hälso- och sjukvårdsnämnden", size=12, font="sans", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Hälso- och sjukvårdsnämndens resultat till och med augusti uppgick till −186 miljoner kronor, vilket "
            "var 142 miljoner kronor sämre än budget för perioden men 21 miljoner kronor bättre än samma period "
            "föregående år.",
            C(
                None,
                "142 miljoner kronor",
                "-",
                note="The period against budget; the comparison with last year in the same sentence rides along.",
            ),
        ),
        P(
            "Prognosen för helåret är ett underskott mot budget på 230 miljoner kronor.",
            C(None, "230 miljoner kronor", "-", note="The full year in a sentence of its own."),
        ),
        P(
            "Jämfört med tertialrapporten har prognosen förbättrats med 15 miljoner kronor, främst genom lägre "
            "kostnader för hyrpersonal under sommaren.",
            F(None, "15 miljoner kronor", "+", "inhyrd_personal"),
        ),
        table,
        H("Verksamhetsområdenas resultat", 2),
        LP(
            "Somatisk specialistvård:",
            "Området står för det största underskottet, 121 miljoner kronor. Hyrläkare inom ortopedi, radiologi "
            "och onkologi samt hyrsjuksköterskor på vårdavdelningarna kostar mer än budgeterat, och vårdplatser "
            "har hållits öppna med övertid under sommaren.",
            C("Somatisk specialistvård", "121 miljoner kronor", "-", "inhyrd_personal", "overtid"),
        ),
        LP(
            "Primärvård:",
            "Hälsocentralerna i egen regi prognostiserar −58 miljoner kronor. Bristen på specialister i "
            "allmänmedicin gör att sex hälsocentraler är beroende av hyrläkare, och ersättningen för listade "
            "invånare har minskat när fler har listat sig hos privata vårdcentraler.",
            C("Primärvård", "−58 miljoner kronor", "-", "vakanser", "inhyrd_personal", "volymer"),
        ),
        P(
            "Psykiatrin och tandvården visar −39 respektive +14 miljoner kronor mot budget för helåret. Inom "
            "psykiatrin beror underskottet på köpta vårdplatser utanför länet och hyrläkare i barn- och "
            "ungdomspsykiatrin, medan tandvårdens överskott förklaras av högre patientintäkter och vakanta "
            "tandläkartjänster.",
            C(
                "Psykiatri",
                "−39",
                "-",
                "kopt_verksamhet",
                "inhyrd_personal",
                unit="mnkr",
                note="A 'respektive' pair with opposite signs, reasons in the next sentence: two items, same text, "
                "each with its own tags.",
                also=(C("Tandvård", "+14 miljoner kronor", "+", "avgifter_intakter", "vakanser"),),
            ),
        ),
        LP(
            "Köpt riks- och regionvård:",
            "Kostnaden blir 26 miljoner kronor högre än budget, till följd av fler patienter som remitterats till "
            "universitetssjukhusen för thoraxkirurgi och neonatalvård.",
            C("Köpt riks- och regionvård", "26 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Kostnader och intäkter", 2),
        P(
            "Personalkostnaderna exklusive inhyrd personal var 1,8 procent lägre än budget för perioden, vilket "
            "beror på vakanta tjänster.",
            C(
                "Personalkostnader",
                None,
                "+",
                "vakanser",
                note="A percentage only. " + IMAGE + " Amount null.",
            ),
        ),
        P(
            "Kostnaden för inhyrd personal uppgick till 198 miljoner kronor, 94 miljoner kronor mer än budgeterat.",
            C(
                "Inhyrd personal",
                "94 miljoner kronor",
                "-",
                "inhyrd_personal",
                note="The level (198) is not the deviation.",
            ),
        ),
        P(
            "Läkemedelskostnaderna överstiger budget med 31 miljoner kronor. Det är framför allt kostnaderna för "
            "nya läkemedel mot diabetes och fetma samt för cancerbehandling som ökar.",
            C(
                "Läkemedel",
                "31 miljoner kronor",
                "-",
                "material_hjalpmedel",
                note="Drugs are material_hjalpmedel.",
            ),
        ),
        P(
            "Patientavgifterna är däremot 4 miljoner kronor lägre än beräknat, eftersom högkostnadsskyddet sänktes "
            "från den 1 januari.",
            C("Patientavgifter", "4 miljoner kronor", "-", "avgifter_intakter", note="Revenue under budget."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna i medicinteknisk utrustning uppgick till 41 miljoner kronor under perioden. "
            "Helårsprognosen är 25 miljoner kronor lägre än investeringsbudgeten, då upphandlingen av en ny "
            "magnetkamera har överprövats.",
            C("Investeringar", "25 miljoner kronor", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om en handlingsplan som ska minska kostnaderna för hyrpersonal med 60 miljoner "
            "kronor på helårsbasis, bland annat genom en egen bemanningspool och höjd ersättning för extra pass.",
            A(None, "60 miljoner kronor", "inhyrd_personal", "bemanning"),
        ),
        H("Verksamhet", 2),
        P(
            "Antalet besök i primärvården var 3,2 procent fler än samma period 2024.",
            O("Primärvård", "volymer", note="Visits against the previous year."),
        ),
    ]
    return ReportSpec(
        file="region-jamtland-harjedalen-hsn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Region Jämtland Härjedalen",
            "committee": ["Hälso- och sjukvårdsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Hälso- och sjukvårdsnämnden",
            "author": "Region Jämtland Härjedalen",
        },
        style=style,
        blocks=blocks,
    )
