"""Nynäshamns kommun, Kommunstyrelsen, månadsrapport september 2025 (the whole kommun).

A whole-kommun month report in mnkr, footer with the kommunstyrelse's meeting date in October and "Sida n
av m": the full year as a result "12,3 mnkr mindre än det budgeterade resultatet" (a level, the deviation
and the budgeted level in two sentences, one item), one sentence splitting it into the nämnder's
"överskrider tilldelade ramar med 27,9 mnkr" and the finance function's "+15,6" (two items), the change
since August with its cause; a table with the deviation in August and September side by side; under a
generic heading ("Ekonomiavdelningens kommentar"), bullets with an en dash glyph, one per nämnd, in varied
shapes: "överskott 2,4 mnkr" after a colon, "landar enligt prognosen 11,2 mnkr över sin ram", a possessive
with a "varav" part ("Socialnämndens underskott på 19,6 mnkr, varav 12,8 mnkr …", one item with the total),
"ett litet plusresultat, 0,8 mnkr", revenue that "hamnar 1,1 mnkr under budget" (negative), "räknar med ett
överskott" and "håller sin budget" (boilerplate); the finance function as tax revenue "överstiga budget med
9,1 mnkr" and pensions and the finance net as a "respektive" pair; investments "114 mnkr mindre än
budgeterat" after two levels, and a project that "beräknas överskrida projektbudgeten med 6,5 mnkr"; two
actions (one with its effect), a risk and the balanskrav (others). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

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
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Nynäshamns kommun", "Månadsrapport september 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-10-22", "KS/2025/0418/042", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per nämnd 2025, mnkr (negativ avvikelse = underskott mot budget)",
        header=(("Nämnd", "Budget", "Prognos sep", "Avvikelse aug", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen", "212,4", "210,0", "+2,4", "+2,4"),
            ("Barn- och utbildningsnämnden", "968,3", "979,5", "-11,2", "-11,2"),
            ("Socialnämnden", "874,0", "893,6", "-22,1", "-19,6"),
            ("Kultur- och fritidsnämnden", "71,5", "70,7", "+0,8", "+0,8"),
            ("Samhällsbyggnadsnämnden", "34,8", "35,9", "-1,1", "-1,1"),
            ("Tekniska nämnden", "96,2", "95,4", "+0,8", "+0,8"),
            ("Överförmyndarnämnden", "6,1", "6,1", "0,0", "0,0"),
            ("Summa nämnder", "", "", "-30,4", "-27,9"),
            ("Finansförvaltningen", "", "", "+14,7", "+15,6"),
            ("Kommunen totalt", "", "", "-15,7", "-12,3"),
        ),
        widths=(170.0, 62.0, 70.0, 78.0, 78.0),
        bold_rows=frozenset({7, 9}),
        rules=True,
        size=8.5,
    )
    bullets = Bullets(
        items=(
            "Kommunstyrelsen: överskott 2,4 mnkr. Vakanta tjänster inom HR- och ekonomiavdelningarna har inte "
            "tillsatts under våren, och licenskostnaderna för det nya ekonomisystemet blev lägre än befarat.",
            "Barn- och utbildningsnämnden landar enligt prognosen 11,2 mnkr över sin ram. Fler elever i "
            "grundsärskolan och dyrare skolskjutsar ligger bakom större delen, och den minskade "
            "barngruppsorganisationen i förskolan har ännu inte fått full effekt.",
            "Socialnämndens underskott på 19,6 mnkr, varav 12,8 mnkr inom individ- och familjeomsorgen, beror på "
            "fler placeringar av barn och unga på HVB och i konsulentstödda familjehem samt på fortsatt höga "
            "kostnader för hyrsjuksköterskor inom hemsjukvården.",
            "Kultur- och fritidsnämnden väntas göra ett litet plusresultat, 0,8 mnkr, eftersom personal- och "
            "driftkostnaderna för badhuset har varit lägre under de tre månader det var stängt för renovering av "
            "bassängen.",
            "Samhällsbyggnadsnämndens intäkter från bygglov hamnar 1,1 mnkr under budget, då antalet ansökningar "
            "minskat i takt med att bostadsbyggandet avstannat.",
            "Tekniska nämnden räknar med ett överskott på 0,8 mnkr. Den milda vintern gav lägre kostnader för "
            "snöröjning och halkbekämpning, men en del av överskottet äts upp av högre leasingkostnader för nya "
            "fordon.",
            "Överförmyndarnämnden håller sin budget.",
        ),
        labels=(
            C("Kommunstyrelsen", "2,4 mnkr", "+", "vakanser", "it_digitalisering"),
            C(
                "Barn- och utbildningsnämnden",
                "11,2 mnkr",
                "-",
                "volymer",
                "prisokningar",
                note="Dearer school transport is prisokningar.",
            ),
            C(
                "Socialnämnden",
                "19,6 mnkr",
                "-",
                "kopt_verksamhet",
                "inhyrd_personal",
                note="A 'varav' part (12,8 mnkr) inside: one item with the total.",
            ),
            C(
                "Kultur- och fritidsnämnden",
                "0,8 mnkr",
                "+",
                "ovrigt",
                note="A closure for repair is ovrigt.",
            ),
            C(
                "Samhällsbyggnadsnämnden",
                "1,1 mnkr",
                "-",
                "avgifter_intakter",
                "volymer",
                note="Revenue under budget: negative.",
            ),
            C(
                "Tekniska nämnden",
                "0,8 mnkr",
                "+",
                "ovrigt",
                "material_hjalpmedel",
                note="Weather is ovrigt, vehicle leasing material_hjalpmedel.",
            ),
            BP("Överförmyndarnämnden"),
        ),
        glyph="–",
    )
    blocks = [
        Title("Månadsrapport september 2025", size=19, font="arial-bold", after=2),
        Title("Nynäshamns kommun – samtliga nämnder", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        P(
            "Kommunens helårsprognos efter september pekar mot ett resultat på 21,7 mnkr. Det är 12,3 mnkr mindre "
            "än det budgeterade resultatet på 34,0 mnkr.",
            C(None, "12,3 mnkr", "-", note="Two levels around the deviation: the deviation is the amount."),
        ),
        P(
            "Nämnderna lämnar sammantaget en prognos som överskrider tilldelade ramar med 27,9 mnkr, medan "
            "finansförvaltningen väntas bidra med ett överskott på 15,6 mnkr.",
            C(
                "Nämnderna",
                "27,9 mnkr",
                "-",
                note="One sentence, two areas: two items.",
                also=(C("Finansförvaltningen", "15,6 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med augustirapporten har prognosen förbättrats med 3,4 mnkr, framför allt genom att "
            "socialnämnden fått besked om ett högre statsbidrag än väntat.",
            F(None, "3,4 mnkr", "+", "statsbidrag"),
        ),
        table,
        H("Ekonomiavdelningens kommentar", 2),
        bullets,
        H("Finansförvaltningen", 3),
        Para(
            (
                (
                    "Skatteintäkter och generella statsbidrag beräknas överstiga budget med 9,1 mnkr enligt SKR:s "
                    "augustiprognos.",
                    C("Skatteintäkter och generella statsbidrag", "9,1 mnkr", "+", note=NO_TAG),
                ),
                (
                    "Pensionskostnaderna och finansnettot ger 4,2 respektive 2,3 mnkr bättre än budget, det senare "
                    "främst genom högre ränteintäkter på kommunens likviditet.",
                    C(
                        "Pensionskostnader",
                        "4,2",
                        "+",
                        unit="mnkr",
                        note=NO_TAG + " A 'respektive' pair: two items.",
                        also=(C("Finansnetto", "2,3 mnkr", "+", note=NO_TAG),),
                    ),
                ),
            )
        ),
        PageBreak(),
        H("Investeringar", 2),
        Para(
            (
                (
                    "Investeringsbudgeten för 2025 uppgår till 412 mnkr. Enligt prognosen används 298 mnkr, alltså "
                    "114 mnkr mindre än budgeterat. Den största avvikelsen finns i projektet Ny skola i Sorunda, där "
                    "ett överklagat bygglov har skjutit byggstarten till våren 2026.",
                    C(
                        "Investeringar",
                        "114 mnkr",
                        "+",
                        "periodisering",
                        note="Investment under-spending after two levels (412 and 298).",
                    ),
                ),
                (
                    "Ombyggnaden av reningsverket vid Stora Vika blir däremot dyrare än kalkylerat och beräknas "
                    "överskrida projektbudgeten med 6,5 mnkr till följd av högre entreprenadpriser.",
                    C(
                        "Ombyggnad av reningsverket",
                        "6,5 mnkr",
                        "-",
                        "prisokningar",
                        note="A project overrun.",
                    ),
                ),
            )
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen beslutade den 10 september om ett generellt anställningsstopp för tjänster som inte är "
            "direkt verksamhetskritiska. Effekten för 2025 bedöms till 2 mnkr.",
            A(None, "2 mnkr"),
        ),
        P(
            "Socialnämnden har tagit fram en handlingsplan för att avveckla användningen av hyrsjuksköterskor till "
            "årsskiftet.",
            A("Socialnämnden", None, "inhyrd_personal"),
        ),
        H("Risker och osäkerheter", 2),
        P(
            "Prognosen för socialnämnden är osäker. Två ärenden om placering med särskilt stöd prövas i "
            "förvaltningsrätten och kan, om de går nämnden emot, öka kostnaderna med upp till 4 mnkr.",
            O("Socialnämnden", note="A risk with an amount: other."),
        ),
        H("Balanskrav", 2),
        P(
            "Med nuvarande prognos uppfylls balanskravet. Resultatet motsvarar 1,1 procent av skatter och generella "
            "statsbidrag, att jämföra med det finansiella målet på 2 procent.",
            O(None, note="Balanskrav and a financial goal: other."),
        ),
    ]
    return ReportSpec(
        file="nynashamn-ks-manadsrapport-2025-09.pdf",
        report={
            "municipality": "Nynäshamn",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-09"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport september 2025", "author": "Nynäshamns kommun"},
        style=style,
        blocks=blocks,
    )
