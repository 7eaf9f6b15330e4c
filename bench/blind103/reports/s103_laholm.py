"""Laholms kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun).

A whole-kommun month report in mnkr, footer with the arbetsutskott's meeting date in November and a
diarienummer: the full year "9,6 mnkr lägre än budgeterat resultat" between two levels, the change since
September with its cause, the nämnder's "underskott mot sina ramar på 24,3 mnkr" and the finance function's
"bidrar positivt med 14,7 mnkr" in one sentence (two items), the period "12,1 mnkr bättre än periodiserad
budget" with its timing reason in a sentence of its own; a table with the deviation in October and September
side by side (hyphen-minus); bullets under a generic heading ("Ekonomienhetens kommentar") in varied shapes:
"redovisar ett överskott på 2,8 mnkr", a possessive with last month's figure in brackets ("underskott om 6,8
mnkr (−6,5 mnkr i september)"), "landar enligt prognosen 18,2 mnkr över sin ram" with two parts, "blir
utfallet 2,1 mnkr sämre än budget" with the reasons in the next sentence, "håller sin budget" (boilerplate);
tax revenue and then pensions and the finance net as a "respektive" pair (finance items, no tags); the
kommunstyrelse's own areas as bold run-in labels with a colon (so its surplus is explained twice);
investments "Av årets investeringsbudget på 186,0 mnkr beräknas 131,5 mnkr att användas. Avvikelsen på 54,5
mnkr beror …", a project that "beräknas överskrida projektbudgeten med 4,2 mnkr"; an action with its effect,
the balanskrav and financial goal and the population against last year (others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Laholms kommun", "Månadsrapport per 31 oktober 2025"),
        footer=lambda n, m: (
            "Kommunstyrelsens arbetsutskott 2025-11-18",
            "Dnr KS 2025/0412",
            f"Sida {n} av {m}",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per nämnd 2025, mnkr",
        header=(("Nämnd", "Budget 2025", "Prognos okt", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen", "168,5", "165,7", "2,8", "2,5"),
            ("Barn- och ungdomsnämnden", "742,0", "748,8", "-6,8", "-6,5"),
            ("Socialnämnden", "803,6", "821,8", "-18,2", "-16,9"),
            ("Samhällsbyggnadsnämnden", "96,4", "98,5", "-2,1", "-1,9"),
            ("Valnämnden", "1,2", "1,2", "0,0", "0,0"),
            ("Summa nämnder", "1 811,7", "1 836,0", "-24,3", "-22,8"),
            ("Finansförvaltningen", "", "", "14,7", "15,0"),
            ("Totalt", "", "", "-9,6", "-7,8"),
        ),
        widths=(150.0, 70.0, 70.0, 76.0, 76.0),
        bold_rows=frozenset({5, 7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="sans-bold", after=2),
        Title("Laholms kommun – kommunstyrelsen", size=12, font="sans", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Kommunens prognos för helåret pekar mot ett resultat på 21,4 mnkr, vilket är 9,6 mnkr lägre än "
                "budgeterat resultat på 31,0 mnkr.",
                C(
                    None,
                    "9,6 mnkr",
                    "-",
                    note="The deviation between two levels: the deviation is the amount.",
                ),
            ),
            (
                "Jämfört med prognosen i september är det en försämring med 1,8 mnkr, som främst förklaras av fler "
                "placeringar av barn och unga inom socialnämnden.",
                F(None, "1,8 mnkr", "-", "kopt_verksamhet", "volymer"),
            ),
        ),
        P(
            "Nämnderna prognostiserar tillsammans ett underskott mot sina ramar på 24,3 mnkr, medan "
            "finansförvaltningen bidrar positivt med 14,7 mnkr.",
            C(
                "Nämnderna",
                "24,3 mnkr",
                "-",
                note="The result split into the nämnder and the finance function: two items.",
                also=(C("Finansförvaltningen", "14,7 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Periodens resultat per oktober är 48,2 mnkr, vilket är 12,1 mnkr bättre än periodiserad budget. "
            "Det beror främst på att statsbidraget för sommarskola och lovskola har betalats ut tidigare än "
            "beräknat.",
            C(
                None,
                "12,1 mnkr",
                "+",
                "statsbidrag",
                "periodisering",
                note="The period against the periodised budget, in sentences of its own: its own item.",
            ),
        ),
        table,
        H("Ekonomienhetens kommentar", 2),
        Bullets(
            (
                "Kommunstyrelsen redovisar ett överskott på 2,8 mnkr, främst genom vakanta tjänster inom "
                "kommunledningskontoret och lägre kostnader för företagshälsovård än budgeterat.",
                "Barn- och ungdomsnämndens underskott om 6,8 mnkr (−6,5 mnkr i september) beror på fler barn i behov "
                "av särskilt stöd och högre kostnader för skolskjuts sedan det nya avtalet började gälla i augusti.",
                "Socialnämnden landar enligt prognosen 18,2 mnkr över sin ram. Köpta placeringar för barn och unga "
                "står för 11,5 mnkr av avvikelsen och ekonomiskt bistånd för 3,9 mnkr, medan hemtjänsten i Veinge "
                "och Knäred har haft fler beviljade timmar än budgeterat.",
                "För samhällsbyggnadsnämnden blir utfallet 2,1 mnkr sämre än budget. Vinterns halkbekämpning i "
                "januari och reparationen av gångbron vid Ågatan efter höstens översvämning drar upp kostnaderna.",
                "Valnämnden håller sin budget.",
            ),
            labels=(
                C("Kommunstyrelsen", "2,8 mnkr", "+", "vakanser"),
                C(
                    "Barn- och ungdomsnämnden",
                    "6,8 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    note="Possessive; the bracket is last month's figure, not the amount. A dearer transport "
                    "contract: prisokningar.",
                ),
                C(
                    "Socialnämnden",
                    "18,2 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "ekonomiskt_bistand",
                    "volymer",
                    note="Two parts (11,5 and 3,9) inside the paragraph: one item with the total.",
                ),
                C(
                    "Samhällsbyggnadsnämnden",
                    "2,1 mnkr",
                    "-",
                    "ovrigt",
                    note="Weather and flood damage: ovrigt.",
                ),
                BP("Valnämnden"),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 3),
        PS(
            (
                "Skatteintäkterna blir 6,2 mnkr högre än budget enligt SKR:s oktoberprognos.",
                C("Skatteintäkter", "6,2 mnkr", "+", note=NO_TAG),
            ),
            (
                "Pensionskostnaderna och finansnettot blir 5,1 respektive 3,4 mnkr bättre än budgeterat.",
                C(
                    "Pensionskostnader",
                    "5,1",
                    "+",
                    unit="mnkr",
                    note=NO_TAG + " A 'respektive' pair: two items.",
                    also=(C("Finansnetto", "3,4 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Kommunstyrelsens verksamheter", 3),
        LP(
            "Kommunledningskontoret:",
            "Överskottet på 2,5 mnkr kommer av tre vakanta tjänster inom ekonomi- och HR-avdelningarna under "
            "våren.",
            C("Kommunledningskontoret", "2,5 mnkr", "+", "vakanser"),
        ),
        LP(
            "Räddningstjänsten:",
            "Skogsbranden vid Hishult i juli krävde förstärkt beredskap och övertid, och verksamheten beräknas "
            "överskrida budget med 0,6 mnkr.",
            C("Räddningstjänsten", "0,6 mnkr", "-", "ovrigt", "overtid"),
        ),
        LP(
            "Kost och städ:",
            "Livsmedelspriserna har stigit mindre än vad som antogs i budgeten, vilket ger ett positivt utfall på "
            "0,9 mnkr.",
            C("Kost och städ", "0,9 mnkr", "+", "prisokningar"),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 186,0 mnkr beräknas 131,5 mnkr att användas. Avvikelsen på 54,5 mnkr "
            "beror framför allt på att ombyggnaden av Skottorpsskolan har skjutits upp till 2026.",
            C("Investeringar", "54,5 mnkr", "+", "periodisering"),
        ),
        P(
            "Projektet med en ny strandpromenad i Mellbystrand beräknas överskrida projektbudgeten med 4,2 mnkr, "
            "till följd av högre entreprenadpriser än vid upphandlingen.",
            C(
                "Strandpromenaden i Mellbystrand",
                "4,2 mnkr",
                "-",
                "prisokningar",
                note="A project overrun: negative.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har beslutat om en handlingsplan som ska minska kostnaderna för externa placeringar med "
            "3,0 mnkr under 2026.",
            A("Socialnämnden", "3,0 mnkr", "kopt_verksamhet"),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Balanskravsresultatet beräknas till 19,8 mnkr och kommunens finansiella mål om ett resultat på 2 "
            "procent av skatter och statsbidrag nås därmed inte.",
            O(None, note="Balanskrav and a financial goal: other."),
        ),
        P(
            "Antalet invånare var 26 312 den 30 september, 180 fler än vid samma tidpunkt 2024, vilket beror på "
            "inflyttning till Mellbystrand och Skummeslövsstrand.",
            O(None, note="Population against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="laholm-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Laholm",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Laholms kommun"},
        style=style,
        blocks=blocks,
    )
