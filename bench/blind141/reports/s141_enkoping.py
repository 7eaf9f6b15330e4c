"""Enköpings kommun, Utbildningsnämnden, verksamhetsberättelse 2025.

An education committee's year-end report in DejaVu Sans 9 pt with a shaded table header, footer with the
nämnd's adoption date in February: the result "minus 11,3 miljoner kronor i förhållande till budget" and the
outcome against the interim report's forecast with its cause (a forecast change); a verksamhet table with
U+2212 minus signs; one sentence with two kostnadsslag, "6,2 miljoner kronor lägre än budget, medan köp av
verksamhet blev 14,9 miljoner kronor högre" (two items, the first without a reason); then two columns of
paragraphs where the area is named in varied ways (subject "Förskolan lämnar ett överskott", "För
grundskolan blev kostnaderna … högre än budget", "Inom anpassad grundskola uppgår underskottet till", a
possessive "Gymnasieskolans negativa avvikelse, 4,1 miljoner kronor, beror på", "gick med överskott, 1,9
miljoner kronor, då") and "i stort sett i balans" beside a row of −0,1 (boilerplate); investments "Resterande
4,8 miljoner kronor"; an action for next year with its effect; pupils against last year and a goal not met
with "beror på" (others). 9 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.0,
        leading=1.45,
        para_gap=6.0,
        heading_sizes=(16.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(58.0, 76.0, 58.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("ENKÖPINGS KOMMUN", "Utbildningsnämnden"),
        footer=lambda n, m: (
            "Verksamhetsberättelse 2025",
            "Antagen av utbildningsnämnden 2026-02-19",
            f"{n}",
        ),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025 per verksamhet, mnkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Förskola", "412,6", "409,2", "3,4"),
            ("Grundskola", "986,4", "996,2", "−9,8"),
            ("Anpassad grundskola", "58,3", "60,9", "−2,6"),
            ("Gymnasieskola", "301,7", "305,8", "−4,1"),
            ("Vuxenutbildning", "48,5", "46,6", "1,9"),
            ("Gemensamt och nämnd", "36,9", "37,0", "−0,1"),
            ("Totalt", "1 844,4", "1 855,7", "−11,3"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        shade=(0.88, 0.92, 0.96),
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=21, font="sans-bold", after=2),
        Title("Utbildningsnämnden", size=12.5, font="sans", after=12),
        H("Ekonomiskt utfall", 2),
        P(
            "Utbildningsnämnden redovisar ett resultat för 2025 på minus 11,3 miljoner kronor i förhållande till "
            "budget.",
            C(
                None,
                "minus 11,3 miljoner kronor",
                "-",
                note="The year's result against budget, 'minus' in words.",
            ),
        ),
        P(
            "Det är 2,1 miljoner kronor bättre än prognosen i delårsrapporten, främst för att Skolverket betalade ut "
            "ett större statsbidrag för ökad likvärdighet än vad som var känt i augusti.",
            F(
                None,
                "2,1 miljoner kronor",
                "+",
                "statsbidrag",
                note="The outcome against the interim forecast.",
            ),
        ),
        table,
        P(
            "Personalkostnaderna för nämnden som helhet blev 6,2 miljoner kronor lägre än budget, medan köp av "
            "verksamhet blev 14,9 miljoner kronor högre.",
            C(
                "Personalkostnader",
                "6,2 miljoner kronor",
                "+",
                note="Two kostnadsslag in one sentence, no reasons: two items without tags.",
                also=(C("Köp av verksamhet", "14,9 miljoner kronor", "-"),),
            ),
        ),
        H("Verksamheternas utfall", 2),
        Columns(2),
        P(
            "Förskolan lämnar ett överskott på 3,4 miljoner kronor. Barnantalet har varit lägre än vad budgeten "
            "byggde på, särskilt i centrala Enköping, och två avdelningar har hållits stängda under hösten.",
            C("Förskola", "3,4 miljoner kronor", "+", "volymer"),
        ),
        P(
            "För grundskolan blev kostnaderna 9,8 miljoner kronor högre än budget. Den största delen avser "
            "tilläggsbelopp för elever med omfattande behov av särskilt stöd, men även skolskjutsarna har blivit "
            "dyrare efter den nya upphandlingen.",
            C(
                "Grundskola",
                "9,8 miljoner kronor",
                "-",
                "volymer",
                "prisokningar",
                note="A dearer school transport contract is prisokningar.",
            ),
        ),
        P(
            "Inom anpassad grundskola uppgår underskottet till 2,6 miljoner kronor, till följd av fler elever och "
            "ökade kostnader för elevassistenter.",
            C("Anpassad grundskola", "2,6 miljoner kronor", "-", "volymer", "bemanning"),
        ),
        P(
            "Gymnasieskolans negativa avvikelse, 4,1 miljoner kronor, beror på att fler enköpingsungdomar än "
            "beräknat har valt program hos andra huvudmän, vilket ökar kostnaderna för interkommunal ersättning.",
            C(
                "Gymnasieskola",
                "4,1 miljoner kronor",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="A possessive names the area; interkommunal ersättning is kopt_verksamhet.",
            ),
        ),
        P(
            "Vuxenutbildningen gick med överskott, 1,9 miljoner kronor, då statsbidraget för regionalt yrkesvux blev "
            "högre än budgeterat.",
            C("Vuxenutbildning", "1,9 miljoner kronor", "+", "statsbidrag"),
        ),
        P(
            "Gemensamt och nämnd är i stort sett i balans.",
            BP("Gemensamt och nämnd", note="'I stort sett i balans' beside the row's −0,1."),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsbudget på 14,0 miljoner kronor användes 9,2 miljoner kronor. Resterande 4,8 "
            "miljoner kronor avser inventarier till den nya skolan i Örsundsbro, som blev klar senare än planerat.",
            C(
                "Investeringar",
                "4,8 miljoner kronor",
                "+",
                "periodisering",
                note="Investment under-spending: 'resterande' is the deviation.",
            ),
        ),
        H("Åtgärder inför 2026", 2),
        P(
            "Nämnden har beslutat att samordna skolskjutsarna för grundskola och anpassad grundskola från hösten "
            "2026, med en beräknad besparing på 1,3 miljoner kronor.",
            A("Grundskola", "1,3 miljoner kronor", "prisokningar"),
        ),
        H("Volymer och måluppfyllelse", 2),
        P(
            "Antalet elever i grundskolan ökade med 214 jämfört med 2024.",
            O("Grundskola", "volymer", note="Pupils against the previous year."),
        ),
        P(
            "Nämnden uppnådde två av fyra verksamhetsmål. Målet om ökad behörighet till gymnasiet nåddes inte, vilket "
            "bland annat beror på en högre andel nyanlända elever i årskurs 9.",
            O(None, note="Goal fulfilment with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="enkoping-un-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Enköping",
            "committee": ["Utbildningsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Utbildningsnämnden", "author": "Enköpings kommun"},
        style=style,
        blocks=blocks,
    )
