"""Burlövs kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in mnkr with a footer carrying the fullmäktige date in October: the period
"12,6 mnkr högre än det periodiserade budgeterade resultatet" and the full year "en negativ avvikelse på 7,6
mnkr" in two sentences of one paragraph (two items), the period surplus's reason in a paragraph of its own
(amount null), one sentence splitting the full year into the nämnder's "−19,3 mnkr" and the finance
function's "+11,7 mnkr", the change since April; a table per nämnd with hyphen-minus; under a generic
heading, bullets per nämnd in varied shapes ("redovisar ett överskott om", a possessive "Barn- och
utbildningsnämndens underskott" with a "varav" part, "Socialnämnden: −12,4 mnkr.", "För kultur- och
fritidsnämnden blir utfallet … sämre än budget", "ett plus på", "bedöms hålla budget"); tax revenue and
general grants as a "respektive" pair with pensions after "samtidigt som" (three items); investments "66,5
mnkr lägre än budget", a project's part in its own sentence and an overrun of a project budget; an action
with its effect, the balanskrav and a financial goal with "beror på" (others). Liberation Sans 9.5 pt.

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
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("Burlövs kommun", "Delårsrapport 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-27", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 2. Driftredovisning per nämnd 2025, mnkr",
        header=(("Nämnd", "Budget", "Utfall jan–aug", "Prognos", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "148,2", "94,1", "146,6", "1,6"),
            ("Barn- och utbildningsnämnden", "612,4", "398,2", "621,3", "-8,9"),
            ("Socialnämnden", "498,7", "336,0", "511,1", "-12,4"),
            ("Kultur- och fritidsnämnden", "41,3", "27,9", "42,1", "-0,8"),
            ("Tekniska nämnden", "66,5", "41,6", "65,3", "1,2"),
            ("Bygg- och miljönämnden", "9,4", "6,0", "9,4", "0,0"),
            ("Summa nämnder", "1 376,5", "903,8", "1 395,8", "-19,3"),
            ("Finansförvaltningen", "1 402,5", "945,6", "1 414,2", "11,7"),
            ("Årets resultat", "26,0", "41,8", "18,4", "-7,6"),
        ),
        widths=(170.0, 64.0, 80.0, 64.0, 66.0),
        bold_rows=frozenset({6, 8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Burlövs kommun", size=12.5, font="arial", after=12),
        H("Förvaltningsberättelse", 1),
        H("Ekonomiskt resultat och prognos", 2),
        P(
            "Delårsrapporten omfattar perioden 1 januari–31 augusti 2025 och innehåller en prognos för helåret. "
            "Rapporten har granskats av kommunens revisorer och behandlas av kommunfullmäktige i oktober."
        ),
        PS(
            (
                "Periodens resultat uppgår till 41,8 mnkr, vilket är 12,6 mnkr högre än det periodiserade "
                "budgeterade resultatet.",
                C(None, "12,6 mnkr", "+", note="The period's deviation in a sentence of its own."),
            ),
            (
                "För helåret prognostiseras ett resultat på 18,4 mnkr, att jämföra med budgeterade 26,0 mnkr, en "
                "negativ avvikelse på 7,6 mnkr.",
                C(
                    None,
                    "7,6 mnkr",
                    "-",
                    note="The full year in the next sentence: its own item; two levels first.",
                ),
            ),
        ),
        P(
            "Att periodens resultat är bättre än budget förklaras främst av att planerat underhåll och flera "
            "rekryteringar inom förvaltningarna har skjutits till hösten.",
            C(
                None,
                None,
                "+",
                "periodisering",
                "vakanser",
                note="The period surplus's reason in a paragraph of its own: amount null.",
            ),
        ),
        P(
            "Nämnderna prognostiserar sammantaget en avvikelse på −19,3 mnkr, medan finansförvaltningen beräknas "
            "ge +11,7 mnkr.",
            C(
                "Nämnderna",
                "−19,3 mnkr",
                "-",
                note="The full year split into the nämnder and the finance function: two items.",
                also=(C("Finansförvaltningen", "+11,7 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med prognosen per april har helårsprognosen försämrats med 4,1 mnkr, främst inom "
            "socialnämnden.",
            F(None, "4,1 mnkr", "-"),
        ),
        table,
        H("Nämndernas prognoser", 2),
        Bullets(
            items=(
                "Kommunstyrelsen redovisar ett överskott om 1,6 mnkr, som till största delen kommer från vakanta "
                "tjänster på kanslienheten och inom IT-enheten.",
                "Barn- och utbildningsnämndens underskott på 8,9 mnkr hänger samman med fler barn i förskolan än "
                "budgeterat och ökade kostnader för elever i behov av särskilt stöd. Av underskottet avser 2,3 mnkr "
                "skolskjutsar.",
                "Socialnämnden: −12,4 mnkr. Externa placeringar av barn och unga samt köpt hemtjänst från privata "
                "utförare kostar betydligt mer än budgeterat, och antalet beviljade hemtjänsttimmar fortsätter att "
                "öka.",
                "För kultur- och fritidsnämnden blir utfallet 0,8 mnkr sämre än budget eftersom Arlövs badhus hölls "
                "stängt i sex veckor efter en vattenskada, med uteblivna entréintäkter som följd.",
                "Tekniska nämnden beräknar ett plus på 1,2 mnkr tack vare en mild vinter med låga kostnader för "
                "vinterväghållning.",
                "Bygg- och miljönämnden bedöms hålla budget.",
            ),
            labels=(
                C("Kommunstyrelsen", "1,6 mnkr", "+", "vakanser"),
                C(
                    "Barn- och utbildningsnämnden",
                    "8,9 mnkr",
                    "-",
                    "volymer",
                    note="A possessive names the area; a 'varav' part (2,3 mnkr): one item with the total.",
                ),
                C("Socialnämnden", "−12,4 mnkr", "-", "kopt_verksamhet", "volymer"),
                C(
                    "Kultur- och fritidsnämnden",
                    "0,8 mnkr",
                    "-",
                    "ovrigt",
                    "avgifter_intakter",
                    note="The area after 'För'; water damage is ovrigt.",
                ),
                C("Tekniska nämnden", "1,2 mnkr", "+", "ovrigt", note="Weather: ovrigt."),
                BP("Bygg- och miljönämnden"),
            ),
        ),
        H("Finansförvaltningen", 3),
        P(
            "Skatteintäkterna och de generella statsbidragen beräknas bli 6,2 respektive 2,9 mnkr högre än budget, "
            "samtidigt som pensionskostnaderna blir 2,6 mnkr lägre än budgeterat.",
            C(
                "Skatteintäkter",
                "6,2",
                "+",
                unit="mnkr",
                note=NO_TAG + " A 'respektive' pair and a third item after 'samtidigt som': three items.",
                also=(
                    C("Generella statsbidrag", "2,9 mnkr", "+", note=NO_TAG),
                    C("Pensionskostnader", "2,6 mnkr", "+", note=NO_TAG),
                ),
            ),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Investeringsutgifterna för helåret beräknas till 97,5 mnkr, vilket är 66,5 mnkr lägre än budget.",
                C(
                    "Investeringar",
                    "66,5 mnkr",
                    "+",
                    note="Under-spending with no reason in the sentence: no tags.",
                ),
            ),
            (
                "Merparten av avvikelsen, 41,0 mnkr, avser den nya förskolan i Kronetorp där byggstarten har flyttats "
                "till våren 2026.",
                C(
                    "Ny förskola i Kronetorp",
                    "41,0 mnkr",
                    "+",
                    "periodisering",
                    note="A project's share of the investment deviation in its own sentence: its own item.",
                ),
            ),
            (
                "Renoveringen av Arlövs badhus beräknas däremot överskrida projektbudgeten med 3,8 mnkr till följd av "
                "fuktskador som upptäcktes under rivningen.",
                C(
                    "Renovering av Arlövs badhus",
                    "3,8 mnkr",
                    "-",
                    "ovrigt",
                    note="A project overrun: negative.",
                ),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har gett socialnämnden och barn- och utbildningsnämnden i uppdrag att ta fram "
            "åtgärdsplaner som ska minska underskotten med sammanlagt 6 mnkr under hösten.",
            A(None, "6 mnkr"),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Balanskravsresultatet beräknas till 15,1 mnkr, och kommunen uppfyller därmed balanskravet.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Det finansiella målet om ett resultat på minst 2 procent av skatter och generella statsbidrag nås "
            "inte, vilket beror på nämndernas underskott.",
            O(None, note="A financial goal with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="burlov-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Burlöv",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Burlövs kommun"},
        style=style,
        blocks=blocks,
    )
