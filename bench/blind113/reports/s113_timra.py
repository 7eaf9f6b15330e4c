"""Timrå kommun, Kommunstyrelsen, tertialrapport 1 2026 (januari–april), the whole kommun.

A whole-kommun tertial report, footer with the kommunstyrelse's meeting date in May: the period "11,6 mnkr
bättre än det periodiserade budgeterade resultatet" and the full year "en negativ avvikelse på 17,5 mnkr" in
two sentences, one sentence splitting it into the nämnder's "underskott mot tilldelade ramar på 29,8 mnkr"
and the finance function's "överskott om 12,3 mnkr" (two items), a table per nämnd with hyphen-minus and the
deviation in March beside April's; en-dash bullets under a generic heading ("Ekonomiavdelningens
kommentarer") in varied shapes ("överskott 1,5 mnkr" after a colon, "redovisar ett underskott om 14,3 mnkr",
a possessive "Socialnämndens prognos visar −17,4 mnkr", "går 0,7 mnkr back", "ett plusresultat om 1,1
mnkr", "Övriga nämnder följer budget"); taxes and general grants as a "respektive" pair, pensions and
interest in sentences of their own; the change since March with its cause; two actions (one with its
effect); investments "44,5 mnkr inte förbrukas" after two levels and a project that "beräknas överskrida
projektbudgeten med 6,2 mnkr"; balanskrav and a forecast risk (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Timrå kommun", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-05-26", "Dnr KS 2026/212", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per nämnd, mnkr",
        header=(("Nämnd", "Budget 2026", "Prognos 2026", "Avvikelse april", "Avvikelse mars"),),
        rows=(
            ("Kommunstyrelsen", "186,4", "184,9", "1,5", "1,1"),
            ("Barn- och utbildningsnämnden", "612,0", "626,3", "-14,3", "-12,0"),
            ("Socialnämnden", "534,7", "552,1", "-17,4", "-15,2"),
            ("Samhällsbyggnadsnämnden", "88,9", "89,6", "-0,7", "0,0"),
            ("Kultur- och fritidsnämnden", "61,2", "60,1", "1,1", "0,7"),
            ("Övriga nämnder", "9,8", "9,8", "0,0", "0,0"),
            ("Summa nämnder", "1 493,0", "1 522,8", "-29,8", "-25,4"),
            ("Finansförvaltningen", "1 524,5", "1 536,8", "12,3", "11,9"),
            ("Årets resultat", "31,5", "14,0", "-17,5", "-13,5"),
        ),
        widths=(170.0, 66.0, 70.0, 76.0, 76.0),
        bold_rows=frozenset({6, 8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="sans-bold", after=2),
        Title("Januari–april, Timrå kommun", size=12, font="sans", after=14),
        H("Sammanfattning", 2),
        P(
            "Kommunens resultat för januari–april uppgår till 48,2 mnkr, vilket är 11,6 mnkr bättre än det "
            "periodiserade budgeterade resultatet.",
            C(
                None,
                "11,6 mnkr",
                "+",
                note="The period against the periodised budget, in a sentence of its own.",
            ),
        ),
        P(
            "Helårsprognosen pekar på ett resultat om 14,0 mnkr mot budgeterade 31,5 mnkr, en negativ avvikelse på "
            "17,5 mnkr.",
            C(None, "17,5 mnkr", "-", note="The full year against budget: a cause of its own."),
        ),
        P(
            "Nämnderna prognostiserar tillsammans ett underskott mot tilldelade ramar på 29,8 mnkr, medan "
            "finansförvaltningen beräknas ge ett överskott om 12,3 mnkr.",
            C(
                "Nämnderna",
                "29,8 mnkr",
                "-",
                note="One sentence, two areas with their own amounts: two items, same text.",
                also=(C("Finansförvaltningen", "12,3 mnkr", "+"),),
            ),
        ),
        table,
        H("Ekonomiavdelningens kommentarer", 2),
        Bullets(
            (
                "Kommunstyrelsen: överskott 1,5 mnkr, främst till följd av vakanta tjänster inom HR- och "
                "ekonomiavdelningarna under våren.",
                "Barn- och utbildningsnämnden redovisar ett underskott om 14,3 mnkr. Fler barn i behov av särskilt "
                "stöd och ett dyrare skolskjutsavtal förklarar större delen, och lokalkostnaderna för den nya "
                "förskolan i Sörberge belastar nämnden innan den är fullt belagd.",
                "Socialnämndens prognos visar −17,4 mnkr. Placeringar av barn och unga på HVB och i familjehem ligger "
                "långt över budget, och hemtjänsten utför fler timmar än vad budgeten bygger på.",
                "Samhällsbyggnadsnämnden går 0,7 mnkr back, vilket beror på högre kostnader för vinterväghållningen "
                "efter ett snörikt januari.",
                "Kultur- och fritidsnämnden beräknas göra ett plusresultat om 1,1 mnkr eftersom Timrå simhall är "
                "stängd för renovering under fyra månader.",
                "Övriga nämnder följer budget.",
            ),
            labels=(
                C("Kommunstyrelsen", "1,5 mnkr", "+", "vakanser"),
                C(
                    "Barn- och utbildningsnämnden",
                    "14,3 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    "lokaler",
                    note="A dearer school transport contract is prisokningar.",
                ),
                C(
                    "Socialnämnden",
                    "−17,4 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="Possessive area.",
                ),
                C("Samhällsbyggnadsnämnden", "0,7 mnkr", "-", "ovrigt", note="'går … back'; snow is ovrigt."),
                C(
                    "Kultur- och fritidsnämnden",
                    "1,1 mnkr",
                    "+",
                    "ovrigt",
                    note="A closure for renovation is ovrigt.",
                ),
                BP("Övriga nämnder"),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 2),
        Para(
            (
                (
                    "Skatteintäkter och generella statsbidrag beräknas bli 9,1 respektive 2,4 mnkr högre än "
                    "budgeterat, enligt SKR:s prognos från april.",
                    C(
                        "Skatteintäkter",
                        "9,1",
                        "+",
                        unit="mnkr",
                        note="A 'respektive' pair: two items. Finance items get no tag.",
                        also=(C("Generella statsbidrag", "2,4 mnkr", "+"),),
                    ),
                ),
                (
                    "Pensionskostnaderna blir däremot 1,2 mnkr högre än budget.",
                    C("Pensionskostnader", "1,2 mnkr", "-"),
                ),
                (
                    "Räntekostnaderna beräknas bli 2,0 mnkr lägre än budget eftersom nyupplåningen har senarelagts.",
                    C("Räntekostnader", "2,0 mnkr", "+", note="Finance item: no tag."),
                ),
            )
        ),
        H("Förändring sedan mars", 2),
        P(
            "Jämfört med marsprognosen har nämndernas sammantagna prognos försämrats med 4,4 mnkr, framför allt "
            "inom socialnämnden där två nya placeringar har tillkommit.",
            F(None, "4,4 mnkr", "-", "kopt_verksamhet"),
        ),
        H("Åtgärder", 2),
        Para(
            (
                (
                    "Kommunstyrelsen har beslutat om anställningsprövning i samtliga förvaltningar från den 1 juni.",
                    A(None, None, "bemanning"),
                ),
                (
                    "Socialnämnden och barn- och utbildningsnämnden ska till juni presentera handlingsplaner som "
                    "tillsammans ska minska underskotten med minst 8 mnkr under året.",
                    A(None, "8 mnkr"),
                ),
            )
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 uppgår till 142,0 mnkr. Prognosen är att 97,5 mnkr används, vilket "
            "innebär att 44,5 mnkr inte förbrukas under året, främst till följd av att ombyggnaden av "
            "Bergefors skola skjuts till 2027.",
            C("Investeringar", "44,5 mnkr", "+", "periodisering"),
        ),
        P(
            "Projektet nytt reningsverk i Vivsta beräknas överskrida projektbudgeten med 6,2 mnkr på grund av högre "
            "entreprenadpriser än i kalkylen.",
            C("Reningsverk i Vivsta", "6,2 mnkr", "-", "prisokningar", note="A project overrun: negative."),
        ),
        H("Balanskrav och risker", 2),
        P(
            "Med nuvarande prognos klarar kommunen balanskravet, men det finansiella målet om ett resultat på minst "
            "2 procent av skatter och generella statsbidrag nås inte.",
            O(None, note="Balanskrav and a financial goal: other."),
        ),
        P(
            "Prognosen är osäker. SKR:s skatteunderlagsprognos i augusti kan förändra bilden med flera miljoner "
            "kronor åt båda hållen.",
            O(None, note="A risk."),
        ),
    ]
    return ReportSpec(
        file="timra-ks-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Timrå",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026", "author": "Timrå kommun"},
        style=style,
        blocks=blocks,
    )
