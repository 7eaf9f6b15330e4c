"""Stockholms stad, Södermalms stadsdelsnämnd, månadsrapport oktober 2025.

A district committee's month report with elderly care, social services and ekonomiskt bistånd, header with the
nämnd's meeting date in November: the full year "underskott om 14,2 mnkr … före resultatöverföring" with a
percentage of the budget, the change since September with its reason (a forecast change), a request to use
earlier years' surplus (other), a table with the September deviation beside October's, then bold run-in
verksamhetsområden with a colon: elderly care whose amount is followed by last month's figure in brackets
("9,6 mnkr (−6,7 mnkr i september)") and a sub-area's reason-only deficit in the same paragraph (amount null),
IFO "Underskottet om 6,8 mnkr beror på" followed by an action, ekonomiskt bistånd "3,4 mnkr högre än
budget", two verksamheter as a "respektive" pair of surpluses with their reasons in the next sentence, one
that "följer i stort budget" beside a row of "-0,3" (boilerplate) and administration in the same paragraph,
actions as bullets, investments "1,9 mnkr lägre än budget" and sick leave against last year (other). DejaVu
Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        header=lambda n, m: ("Södermalms stadsdelsförvaltning", "Sammanträde 2025-11-20"),
        footer=lambda n, m: ("Stockholms stad", "Dnr SÖ 2025/1187", f"Sida {n} (av {m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos per verksamhetsområde, mnkr",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse", "Avvikelse sept"),),
        rows=(
            ("Förskoleverksamhet", "412,0", "409,6", "2,4", "1,9"),
            ("Individ- och familjeomsorg", "168,5", "175,3", "-6,8", "-6,1"),
            ("Ekonomiskt bistånd", "61,2", "64,6", "-3,4", "-3,0"),
            ("Äldreomsorg", "702,4", "712,0", "-9,6", "-6,7"),
            ("Stöd och service till personer med funktionsnedsättning", "289,7", "287,2", "2,5", "2,5"),
            ("Stadsmiljöverksamhet", "38,6", "38,9", "-0,3", "-0,3"),
            ("Nämnd- och förvaltningsadministration", "71,3", "70,3", "1,0", "1,0"),
            ("Summa", "1 743,7", "1 757,9", "-14,2", "-10,7"),
        ),
        widths=(232.0, 55.0, 55.0, 58.0, 72.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
        shade=(0.9, 0.9, 0.9),
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="sans-bold", after=2),
        Title("Södermalms stadsdelsnämnd", size=12, font="cond", after=14),
        H("Sammanfattning", 2),
        P(
            "Nämnden prognostiserar ett underskott om 14,2 mnkr för 2025 inom driftbudgeten före "
            "resultatöverföring, vilket motsvarar 0,8 procent av budgeten.",
            C(None, "14,2 mnkr", "-", note="The percentage of the budget is not the amount."),
        ),
        P(
            "Prognosen har försämrats med 3,5 mnkr jämfört med månadsrapporten för september. Försämringen avser i "
            "huvudsak äldreomsorgen, där antalet utförda hemtjänsttimmar fortsätter att öka.",
            F(None, "3,5 mnkr", "-", "volymer"),
        ),
        P(
            "Nämnden har hos kommunstyrelsen ansökt om att få ta i anspråk 6,0 mnkr av tidigare års överskott.",
            O(None, "reserver", note="Using earlier years' surplus: a financing statement."),
        ),
        table,
        H("Verksamhetsområden", 2),
        Para(
            (
                (
                    "Äldreomsorgen prognostiserar ett underskott på 9,6 mnkr (−6,7 mnkr i september). Antalet "
                    "utförda timmar i hemtjänsten har ökat med drygt 8 procent sedan årsskiftet, samtidigt som "
                    "ersättningen per timme inte täcker kostnaderna för sjukfrånvaro och övertid.",
                    C(
                        "Äldreomsorg",
                        "9,6 mnkr",
                        "-",
                        "volymer",
                        "sjukfranvaro",
                        "overtid",
                        note="The bracketed figure is last month's, not the amount.",
                    ),
                ),
                (
                    "Vård- och omsorgsboendena har en lägre beläggning än budgeterat under hösten, vilket ger lägre "
                    "intäkter.",
                    C(
                        "Vård- och omsorgsboende",
                        None,
                        "-",
                        "volymer",
                        note="A sub-area's deviation inside another area's paragraph: its own item, no amount.",
                    ),
                ),
            ),
            lead="Äldreomsorg:",
        ),
        Para(
            (
                (
                    "Underskottet om 6,8 mnkr beror på fler placeringar av ungdomar på HVB och i familjehem än vad "
                    "budgeten medger, samt på att inhyrda socialsekreterare har behövts på mottagningsenheten.",
                    C(
                        "Individ- och familjeomsorg",
                        "6,8 mnkr",
                        "-",
                        "kopt_verksamhet",
                        "volymer",
                        "inhyrd_personal",
                    ),
                ),
                (
                    "Förvaltningen har infört veckovisa genomgångar av alla placeringar och en plan för att avveckla "
                    "de inhyrda socialsekreterarna före årsskiftet.",
                    A("Individ- och familjeomsorg", None, "kopt_verksamhet", "inhyrd_personal"),
                ),
            ),
            lead="Individ- och familjeomsorg:",
        ),
        LP(
            "Ekonomiskt bistånd:",
            "Kostnaderna blir 3,4 mnkr högre än budget. Antalet hushåll med långvarigt behov har ökat, främst bland "
            "personer som saknar rätt till ersättning från arbetslöshetskassa.",
            C("Ekonomiskt bistånd", "3,4 mnkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        LP(
            "Förskola och funktionsnedsättning:",
            "Förskoleverksamheten och stödet till personer med funktionsnedsättning redovisar överskott på 2,4 "
            "respektive 2,5 mnkr. Inom förskolan är barnantalet lägre än i budgetens prognos, och inom "
            "funktionsnedsättning har två nya gruppbostäder öppnat senare än planerat.",
            C(
                "Förskoleverksamhet",
                "2,4",
                "+",
                "volymer",
                unit="mnkr",
                note="A 'respektive' pair with each reason in the next sentence: two items, same text.",
                also=(
                    C(
                        "Stöd och service till personer med funktionsnedsättning",
                        "2,5 mnkr",
                        "+",
                        "periodisering",
                    ),
                ),
            ),
        ),
        Para(
            (
                (
                    "Stadsmiljöverksamheten följer i stort budget.",
                    BP("Stadsmiljöverksamhet", note="Boilerplate although the row says -0,3."),
                ),
                (
                    "Administrationen visar ett överskott om 1,0 mnkr till följd av vakanta tjänster på kansliet.",
                    C("Nämnd- och förvaltningsadministration", "1,0 mnkr", "+", "vakanser"),
                ),
            ),
            lead="Stadsmiljö och administration:",
        ),
        H("Åtgärder för en budget i balans", 2),
        Bullets(
            items=(
                "Hemtjänstens planering ses över med ett nytt planeringsverktyg, vilket beräknas minska övertiden "
                "med motsvarande 1,2 mnkr på årsbasis.",
                "Restriktivitet vid nyanställningar inom administrationen.",
            ),
            labels=(
                A("Äldreomsorg", "1,2 mnkr", "overtid", "bemanning"),
                A("Nämnd- och förvaltningsadministration"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 4,1 mnkr, vilket är 1,9 mnkr lägre än budget eftersom upprustningen av två "
            "parklekar har skjutits till 2026.",
            C("Investeringar", "1,9 mnkr", "+", "periodisering"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron inom hemtjänsten är 9,2 procent, att jämföra med 8,1 procent vid samma tid förra året.",
            O("Äldreomsorg", "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="stockholm-sodermalm-sdn-manadsrapport-2025-10.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Södermalms stadsdelsnämnd", "Stadsdelsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport oktober 2025 Södermalms stadsdelsnämnd",
            "author": "Stockholms stad",
        },
        style=style,
        blocks=blocks,
    )
