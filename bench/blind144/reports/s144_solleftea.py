"""Sollefteå kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in Liberation Serif, mnkr in the prose and tkr in the table, footer with the
kommunfullmäktige's meeting date in October: the period's result as a level, then the full year "9,4 mnkr
sämre än budgeterat" in the next sentence (only that sentence is the item); one sentence splitting the
deviation into the nämnder's "underskott mot budget på 21,7 mnkr" and the finance function's "överskott på
12,3 mnkr" (two items); a forecast change since April with its cause; a table per nämnd whose deficits are
written with a hyphen-minus and a space ("- 14 800"); headings that carry the nämnd and the amount with a
spaced sign ("Kommunstyrelsen + 1,9 mnkr", "Socialnämnden - 14,8 mnkr"); under the socialnämnd's heading a
"respektive" pair of sub-areas and an action with its effect in the same paragraph; the finance function
as a bold run-in lead with tax revenue in one sentence and pensions and the finance net in the next;
investments "24,8 mnkr inte förbrukas" and a project overrun "drygt 2 mnkr"; balanskrav, a goal not met
with "beror på" and sick leave against last year (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import HP, LP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=6.5,
        heading_sizes=(16.0, 13.0, 11.5),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(68.0, 80.0, 68.0, 76.0),
        header=lambda n, m: ("Sollefteå kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-27", "", f"{n} ({m})"),
        header_size=8.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per nämnd 2025, tkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "168 400", "166 500", "1 900"),
            ("Barn- och utbildningsnämnden", "412 300", "418 600", "- 6 300"),
            ("Socialnämnden", "498 700", "513 500", "- 14 800"),
            ("Tekniska nämnden", "96 200", "98 700", "- 2 500"),
            ("Summa nämnder", "1 175 600", "1 197 300", "- 21 700"),
            ("Finansförvaltningen", "", "", "12 300"),
            ("Årets resultat mot budget", "", "", "- 9 400"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({4, 6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="times-bold", after=2),
        Title("Sollefteå kommun", size=13, font="times", after=14),
        H("Ekonomisk analys", 1),
        PS(
            ("Kommunens resultat för perioden januari–augusti uppgår till 58,2 mnkr.", None),
            (
                "Helårsprognosen är ett resultat på 14,6 mnkr, vilket är 9,4 mnkr sämre än budgeterat.",
                C(None, "9,4 mnkr", "-", note="The period's result before it is a level, not a deviation."),
            ),
        ),
        P(
            "Nämndernas sammantagna prognos visar ett underskott mot budget på 21,7 mnkr, medan finansförvaltningen "
            "beräknas ge ett överskott på 12,3 mnkr.",
            C(
                "Nämnderna",
                "21,7 mnkr",
                "-",
                note="A split into the nämnder and the finance function: two items.",
                also=(C("Finansförvaltningen", "12,3 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med prognosen i april har resultatet försämrats med 3,8 mnkr, främst på grund av ökade kostnader "
            "för placeringar av barn och unga.",
            F(None, "3,8 mnkr", "-", "kopt_verksamhet"),
        ),
        table,
        H("Nämndernas prognoser", 2),
        HP(
            "Kommunstyrelsen + 1,9 mnkr",
            "Överskottet förklaras av vakanser inom kommunledningsförvaltningen och lägre kostnader för "
            "företagshälsovård än beräknat.",
            C("Kommunstyrelsen", "+ 1,9 mnkr", "+", "vakanser", note="The heading carries the amount."),
        ),
        HP(
            "Barn- och utbildningsnämnden - 6,3 mnkr",
            "Nämndens underskott beror på fler elever med behov av särskilt stöd och ökade kostnader för skolskjuts "
            "sedan det nya avtalet trädde i kraft i augusti. Till detta kommer interkommunala ersättningar för "
            "gymnasieelever som väljer utbildningar i andra kommuner.",
            C(
                "Barn- och utbildningsnämnden",
                "- 6,3 mnkr",
                "-",
                "volymer",
                "prisokningar",
                "kopt_verksamhet",
            ),
        ),
        Para(
            (
                (
                    "Placeringar av barn och unga på HVB och i familjehem har ökat kraftigt under sommaren, samtidigt "
                    "som bemanningen på de särskilda boendena inte har anpassats till den nya budgetramen.",
                    C("Socialnämnden", "- 14,8 mnkr", "-", "kopt_verksamhet", "volymer", "bemanning"),
                ),
                (
                    "Individ- och familjeomsorgen och äldreomsorgen står för 8,9 respektive 4,6 mnkr av underskottet.",
                    C(
                        "Individ- och familjeomsorg",
                        "8,9",
                        "-",
                        unit="mnkr",
                        note="Sub-areas inside the nämnd's paragraph: their own items ('respektive').",
                        also=(C("Äldreomsorg", "4,6 mnkr", "-"),),
                    ),
                ),
                (
                    "Nämnden har beslutat om en handlingsplan som ska minska kostnaderna med 3 mnkr under hösten.",
                    A("Socialnämnden", "3 mnkr"),
                ),
            ),
            head="Socialnämnden - 14,8 mnkr",
            head_level=3,
        ),
        HP(
            "Tekniska nämnden - 2,5 mnkr",
            "Vinterväghållningen kostade mer än budgeterat efter de stora snömängderna i februari, och elpriset för "
            "gatubelysningen har varit högre än beräknat.",
            C("Tekniska nämnden", "- 2,5 mnkr", "-", "ovrigt", "prisokningar"),
        ),
        PageBreak(),
        LP(
            "Finansförvaltningen.",
            "Skatteintäkterna beräknas bli 7,1 mnkr högre än budgeterat enligt SKR:s augustiprognos.",
            C("Skatteintäkter", "7,1 mnkr", "+", note=NO_TAG),
            (
                "Pensionskostnaderna blir 3,4 mnkr lägre än budget och finansnettot förbättras med 1,8 mnkr.",
                C(
                    "Pensionskostnader",
                    "3,4 mnkr",
                    "+",
                    note=NO_TAG + " Two items in one sentence.",
                    also=(C("Finansnetto", "1,8 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 96,0 mnkr. Prognosen för helåret är 71,2 mnkr, vilket innebär "
            "att 24,8 mnkr inte förbrukas under året. Det beror främst på att ombyggnaden av Björkdalsskolan har "
            "senarelagts till 2026.",
            C("Investeringar", "24,8 mnkr", "+", "periodisering"),
        ),
        P(
            "Projektet Kajen etapp 2 överskrider projektbudgeten med drygt 2 mnkr till följd av markföroreningar som "
            "upptäcktes vid schaktningen.",
            C("Kajen etapp 2", "drygt 2 mnkr", "-", "ovrigt", note="An investment project's overrun."),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Balanskravsresultatet beräknas till 12,9 mnkr efter avdrag för realisationsvinster.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Det finansiella målet om ett resultat på 2 procent av skatter och generella statsbidrag nås inte, vilket "
            "beror på socialnämndens underskott.",
            O(None, note="A financial goal with 'beror på': other."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron har minskat till 7,1 procent, jämfört med 7,8 procent samma period förra året.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="solleftea-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Sollefteå",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Sollefteå kommun"},
        style=style,
        blocks=blocks,
    )
