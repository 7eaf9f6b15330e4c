"""Ängelholms kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun).

A whole-kommun month report in mnkr with hyphen-minus signs, footer with the arbetsutskott's meeting date in
November: the period "18,9 mnkr bättre än den periodiserade budgeten" and the full year "9,8 mnkr lägre än
budgeterat resultat" in two sentences of one paragraph (two items); one sentence splitting the full year
into the nämnder's "underskott på 31,4 mnkr" and the finance function's "överskott på 21,6 mnkr"; the change
since September with its cause; a table with the deviation in October and September side by side; then
bullets under a generic lead ("Kommentarer från nämnderna i sammandrag:") in varied shapes ("redovisar ett
överskott på", a possessive "Utbildningsnämndens prognos om −8,1 mnkr", "Inom socialnämnden ökar
underskottet till 21,8 mnkr (19,0 mnkr i september)", "kostar 3,4 mnkr mer än planerat", "knappt en miljon
kronor" in words after "För", a possessive deficit, "bedöms hålla sin budget"); tax revenue in one sentence
and pensions and the finance net as a "respektive" pair in the next; investments "81,5 mnkr inte förbrukas"
with the reason in the next sentence, and a project "beräknas överskrida projektbudgeten med 4,2 mnkr"; two
actions (one with an effect) and the balanskrav and financial goal (other). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Ängelholms kommun", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsens arbetsutskott 2025-11-19", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per nämnd 2025, mnkr (minus = underskott mot budget)",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen", "212,4", "209,9", "2,5", "2,1"),
            ("Utbildningsnämnden", "1 184,5", "1 192,6", "-8,1", "-7,6"),
            ("Socialnämnden", "698,0", "719,8", "-21,8", "-19,0"),
            ("Tekniska nämnden", "148,7", "152,1", "-3,4", "-3,0"),
            ("Kultur- och fritidsnämnden", "121,2", "120,4", "0,8", "0,6"),
            ("Miljö- och tillsynsnämnden", "18,6", "20,0", "-1,4", "-1,3"),
            ("Överförmyndarnämnden", "6,1", "6,1", "0,0", "0,0"),
            ("Summa nämnder", "2 389,5", "2 420,9", "-31,4", "-28,2"),
            ("Finansförvaltningen", "", "", "21,6", "21,5"),
            ("Totalt", "", "", "-9,8", "-6,7"),
        ),
        widths=(150.0, 70.0, 72.0, 72.0, 72.0),
        bold_rows=frozenset({7, 9}),
        rules=True,
        size=8.5,
        shade=(0.88, 0.92, 0.96),
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=18, font="arial-bold", after=2),
        Title("Kommunstyrelsen – uppföljning av kommunens ekonomi", size=12, font="arial", after=14),
        H("Sammanfattning", 2),
        PS(
            (
                "Kommunens resultat efter oktober uppgår till 74,6 mnkr, vilket är 18,9 mnkr bättre än den "
                "periodiserade budgeten.",
                C(None, "18,9 mnkr", "+", note="The period against the periodised budget: its own item."),
            ),
            (
                "För helåret pekar prognosen på ett resultat om 38,2 mnkr, 9,8 mnkr lägre än budgeterat resultat "
                "på 48,0 mnkr.",
                C(
                    None,
                    "9,8 mnkr",
                    "-",
                    note="The full year, a result below the budgeted one, between two levels.",
                ),
            ),
        ),
        P(
            "Nämnderna prognostiserar sammantaget ett underskott på 31,4 mnkr, medan finansförvaltningen väntas "
            "redovisa ett överskott på 21,6 mnkr.",
            C(
                "Nämnderna",
                "31,4 mnkr",
                "-",
                note="The full year split into the nämnder and the finance function: two items.",
                also=(C("Finansförvaltningen", "21,6 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med septemberprognosen har kommunens prognos försämrats med 3,1 mnkr, framför allt på grund av "
            "ökade kostnader för placeringar av barn och unga inom socialnämnden.",
            F(None, "3,1 mnkr", "-", "kopt_verksamhet"),
        ),
        table,
        H("Nämndernas prognoser", 2),
        P("Kommentarer från nämnderna i sammandrag:"),
        Bullets(
            items=(
                "Kommunstyrelsen redovisar ett överskott på 2,5 mnkr, som främst förklaras av vakanta tjänster inom "
                "kommunledningsförvaltningen och lägre kostnader för företagshälsovård än beräknat.",
                "Utbildningsnämndens prognos om -8,1 mnkr beror till största delen på fler barn i förskolan än "
                "budgeterat och ökade kostnader för tilläggsbelopp till elever med omfattande behov.",
                "Inom socialnämnden ökar underskottet till 21,8 mnkr (19,0 mnkr i september). Det är kostnaderna för "
                "externa placeringar av barn och unga samt för försörjningsstöd som överstiger budget, medan "
                "hemtjänsten har färre beviljade timmar än väntat.",
                "Tekniska nämnden kostar 3,4 mnkr mer än planerat, efter vinterns omfattande snöröjning i februari "
                "och dyrare asfaltsbeläggning.",
                "För kultur- och fritidsnämnden väntas ett litet överskott, knappt en miljon kronor, tack vare högre "
                "intäkter från badhuset än budgeterat.",
                "Miljö- och tillsynsnämndens underskott på 1,4 mnkr hänger samman med lägre intäkter från "
                "livsmedelskontrollen, eftersom flera tillsynsbesök har skjutits fram till nästa år.",
                "Överförmyndarnämnden bedöms hålla sin budget.",
            ),
            labels=(
                C("Kommunstyrelsen", "2,5 mnkr", "+", "vakanser"),
                C(
                    "Utbildningsnämnden",
                    "-8,1 mnkr",
                    "-",
                    "volymer",
                    note="A possessive names the area; the extra amounts for pupils with great needs are volumes.",
                ),
                C(
                    "Socialnämnden",
                    "21,8 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "ekonomiskt_bistand",
                    "volymer",
                    note="Last month's figure in brackets is not the amount.",
                ),
                C(
                    "Tekniska nämnden",
                    "3,4 mnkr",
                    "-",
                    "ovrigt",
                    "prisokningar",
                    note="Snow clearing: ovrigt.",
                ),
                C(
                    "Kultur- och fritidsnämnden",
                    "knappt en miljon kronor",
                    "+",
                    "avgifter_intakter",
                    value=1_000_000,
                    note="An amount in words: the stated figure (the table says 0,8).",
                ),
                C(
                    "Miljö- och tillsynsnämnden",
                    "1,4 mnkr",
                    "-",
                    "avgifter_intakter",
                    "periodisering",
                ),
                BP("Överförmyndarnämnden"),
            ),
        ),
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkterna blir enligt SKR:s oktoberprognos 12,4 mnkr högre än budgeterat.",
                C("Skatteintäkter", "12,4 mnkr", "+", note=NO_TAG),
            ),
            (
                "Lägre pensionskostnader och ett bättre finansnetto än budgeterat bidrar med 5,9 respektive 3,3 mnkr.",
                C(
                    "Pensionskostnader",
                    "5,9",
                    "+",
                    unit="mnkr",
                    note=NO_TAG + " A 'respektive' pair: two items.",
                    also=(C("Finansnetto", "3,3 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 286,0 mnkr. Utfallet efter oktober är 141,3 mnkr och "
            "prognosen för helåret 204,5 mnkr, vilket innebär att 81,5 mnkr inte förbrukas under året. Den största "
            "avvikelsen finns i ombyggnaden av en skola i Munka-Ljungby, där upphandlingen har överprövats.",
            C(
                "Investeringar",
                "81,5 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending; the reason (a delayed procurement) in the last sentence.",
            ),
        ),
        P(
            "Projektet Ny idrottshall i Vejbystrand beräknas överskrida projektbudgeten med 4,2 mnkr till följd av "
            "högre entreprenadpriser.",
            C("Ny idrottshall i Vejbystrand", "4,2 mnkr", "-", "prisokningar", note="A project's overrun."),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har beslutat om en handlingsplan med hemtagning av placerade ungdomar till egen "
            "verksamhet, som beräknas minska kostnaderna med 2,0 mnkr under 2026.",
            A("Socialnämnden", "2,0 mnkr", "kopt_verksamhet"),
        ),
        P(
            "Kommunstyrelsen ger kommundirektören i uppdrag att tillsammans med nämnderna ta fram ytterligare "
            "åtgärder inför budget 2026.",
            A(None),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Prognosen innebär att balanskravet uppfylls. Resultatet motsvarar 1,1 procent av skatter och generella "
            "statsbidrag, vilket understiger det finansiella målet på 2 procent.",
            O(None, note="Balanskrav and a financial goal: other."),
        ),
    ]
    return ReportSpec(
        file="angelholm-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Ängelholm",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025 Kommunstyrelsen", "author": "Ängelholms kommun"},
        style=style,
        blocks=blocks,
    )
