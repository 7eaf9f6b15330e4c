"""Borgholms kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun).

A whole-kommun month report whose footer carries the arbetsutskott's meeting date in November: the period's
result as levels (41,3 against a period budget of 28,6 mnkr) with "avvikelsen på 12,7 mnkr" and its seasonal
reason, the full year in a paragraph of its own ("ligger alltså 4,2 mnkr under budget"), the change since
September with its cause, balanskravsresultat (other); a nämnd table with the September deviation beside
October's; then per-nämnd bullets in new shapes: "Kommunstyrelsen: plus 1,5 mnkr.", "landar 1,4 mnkr över sin
ram", "Socialnämnden −7,4 mnkr (föregående månad −5,6 mnkr), varav 5,2 mnkr …" (last month's and a part, not
the amount), "förbrukar 1,8 mnkr mer än tilldelat", a reason-only bullet (the table's "0,3"); tax revenue and
pensions in one sentence (two items); investments "ett överskott mot budget på 25,5 mnkr" after levels, two
projects "9,8 respektive 6,0 mnkr under budget" with a shared reason; an action with its effect and a risk
with a monthly cost (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Borgholms kommun", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsens arbetsutskott 2025-11-18", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Nämndernas helårsprognos 2025, mnkr (avvikelse: positivt tal = bättre än budget)",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen", "118,4", "116,9", "1,5", "1,2"),
            ("Utbildningsnämnden", "296,2", "297,6", "−1,4", "−0,9"),
            ("Socialnämnden", "331,0", "338,4", "−7,4", "−5,6"),
            ("Samhällsbyggnadsnämnden", "64,3", "66,1", "−1,8", "−1,8"),
            ("Miljö- och byggnadsnämnden", "9,6", "9,3", "0,3", "0,2"),
            ("Summa nämnder", "819,5", "828,3", "−8,8", "−6,9"),
            ("Finansförvaltningen", "", "", "4,6", "4,8"),
            ("Kommunen totalt", "", "", "−4,2", "−2,1"),
        ),
        widths=(150.0, 62.0, 62.0, 90.0, 90.0),
        bold_rows=frozenset({5, 7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=19, font="sans-bold", after=2),
        Title("Ekonomisk uppföljning januari–oktober, Borgholms kommun", size=11.5, font="sans", after=12),
        H("Kommunens resultat", 2),
        P(
            "Kommunens resultat för perioden januari–oktober uppgår till 41,3 mnkr. Periodens budget var 28,6 mnkr, "
            "och avvikelsen på 12,7 mnkr förklaras framför allt av att säsongsintäkterna från gästhamnar och "
            "campingplatser kommer in under sommaren medan budgeten är jämnt fördelad över året.",
            C(
                None,
                "12,7 mnkr",
                "+",
                "avgifter_intakter",
                "periodisering",
                note="The period's deviation after two levels (41,3 and 28,6 mnkr are not the amount).",
            ),
        ),
        P(
            "För helåret prognostiseras ett resultat på 6,8 mnkr, att jämföra med budgeterade 11,0 mnkr. Prognosen "
            "ligger alltså 4,2 mnkr under budget.",
            C(None, "4,2 mnkr", "-", note="The full year in a paragraph of its own, after the levels."),
        ),
        P(
            "I septemberrapporten var prognosen 8,9 mnkr. Försämringen med 2,1 mnkr kommer nästan helt från "
            "socialnämnden, där två nya placeringar av barn har tillkommit under oktober.",
            F(None, "2,1 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        P(
            "Balanskravsresultatet beräknas till 5,9 mnkr efter avdrag för realisationsvinster vid försäljningen av "
            "tomter i Köpingsvik.",
            O(None, note="Balanskrav: other."),
        ),
        table,
        H("Nämndernas prognoser", 2),
        Bullets(
            (
                "Kommunstyrelsen: plus 1,5 mnkr. Två tjänster på samhällsbyggnadsenheten har stått obesatta sedan "
                "våren, och gästhamnarna i Borgholm och Byxelkrok har haft rekordmånga gästnätter efter den varma "
                "sommaren.",
                "Utbildningsnämnden landar 1,4 mnkr över sin ram. Fler barn än planerat har skrivits in i förskolan "
                "i Löttorp, och skolskjutsarna har blivit dyrare sedan den nya entreprenören tog över i augusti.",
                "Socialnämnden −7,4 mnkr (föregående månad −5,6 mnkr), varav 5,2 mnkr avser placeringar av barn och "
                "unga på HVB och i konsulentstödda familjehem. Resten av underskottet uppstår inom hemtjänsten, där "
                "antalet beviljade timmar har ökat med 11 procent sedan januari.",
                "Samhällsbyggnadsnämnden förbrukar 1,8 mnkr mer än tilldelat. Vinterväghållningen i februari och "
                "mars drog över, och belysningen vid den nya gång- och cykelvägen i Rälla har fått belasta driften "
                "eftersom den inte uppfyllde kraven för att redovisas som investering.",
                "Miljö- och byggnadsnämnden redovisar ett litet överskott, eftersom intäkterna från bygglov ligger "
                "något över budget.",
            ),
            labels=(
                C(
                    "Kommunstyrelsen",
                    "plus 1,5 mnkr",
                    "+",
                    "vakanser",
                    "avgifter_intakter",
                    "volymer",
                    note="'plus 1,5 mnkr' after a colon; guest nights are volumes.",
                ),
                C(
                    "Utbildningsnämnden",
                    "1,4 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    note="'landar … över sin ram': negative. A dearer transport contract is prisokningar.",
                ),
                C(
                    "Socialnämnden",
                    "−7,4 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="Last month's figure in brackets and a 'varav' part (5,2) are not the amount.",
                ),
                C(
                    "Samhällsbyggnadsnämnden",
                    "1,8 mnkr",
                    "-",
                    "ovrigt",
                    note="Snow and a cost that could not be capitalised: ovrigt.",
                ),
                C(
                    "Miljö- och byggnadsnämnden",
                    "0,3",
                    "+",
                    "avgifter_intakter",
                    unit="mnkr",
                    table=True,
                    note="Reason only: the table row's October cell.",
                ),
            ),
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas ge 3,1 mnkr mer än budgeterat efter SKR:s "
            "oktoberprognos, och pensionskostnaderna blir 1,5 mnkr lägre än beräknat.",
            C(
                "Skatteintäkter och generella statsbidrag",
                "3,1 mnkr",
                "+",
                note=NO_TAG + " Two items in one sentence.",
                also=(C("Pensionskostnader", "1,5 mnkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 87,0 mnkr inklusive ombudgeteringar från 2024. Utfallet till "
            "och med oktober är 39,4 mnkr och prognosen för helåret 61,5 mnkr, vilket ger ett överskott mot budget "
            "på 25,5 mnkr.",
            C("Investeringar", "25,5 mnkr", "+", note="Under-spending stated after three levels: positive."),
        ),
        P(
            "De största avvikelserna finns i projekten ny förskola i Rälla och renovering av hamnbron i Borgholm, "
            "som prognostiseras 9,8 respektive 6,0 mnkr under budget, båda eftersom upphandlingarna har överklagats "
            "och byggstarten därmed skjutits upp.",
            C(
                "Ny förskola i Rälla",
                "9,8",
                "+",
                "periodisering",
                unit="mnkr",
                note="Two projects as a 'respektive' pair with a shared reason (a delayed start).",
                also=(C("Renovering av hamnbron i Borgholm", "6,0 mnkr", "+", "periodisering"),),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har beslutat att varje ny placering ska föregås av en prövning av öppenvårdsinsatser på "
            "hemmaplan. Förvaltningen bedömer att det minskar kostnaderna med 1,0 mnkr under november och december.",
            A("Socialnämnden", "1,0 mnkr", "kopt_verksamhet"),
        ),
        H("Risker", 2),
        P(
            "Osäkerheten i prognosen är störst inom socialnämnden, där en enda ny placering kan kosta upp till 150 tkr "
            "i månaden.",
            O("Socialnämnden", note="A risk with a monthly cost: other."),
        ),
    ]
    return ReportSpec(
        file="borgholm-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Borgholm",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Borgholms kommun"},
        style=style,
        blocks=blocks,
    )
