"""Nacka kommun, Kommunstyrelsen, tertialbokslut 1 2026 (the whole kommun).

A whole-kommun tertial report in mnkr with U+2212 minus signs, footer with the kommunstyrelse's meeting date
in May: the full year "38 mnkr lägre än budgeterat resultat" after the level, one sentence splitting it into
the nämnder's "underskott på 61 mnkr" and the finance function's "23 mnkr bättre än budget" (two items), the
change since February with its cause; a table per nämnd; under a generic heading ("Stadsledningskontorets
kommentar") bullets in varied shapes: "redovisar det största underskottet, 27,4 mnkr", a possessive
"Utbildningsnämndens prognos visar ett negativt utfall mot budget om 18,6 mnkr", a colon after the nämnd, "För
arbets- och företagsnämnden beräknas försörjningsstödet överstiga budget", "ett plusresultat", "ligger 1,5
mnkr sämre än ramen", "bedöms hålla budget" (boilerplate) and one nämnd with no bullet; tax revenue, pensions
and the finance net in one sentence ("9 mnkr lägre", "19 respektive 13 mnkr bättre", three items, no tags);
investments "budget 1 240 mnkr, prognos 905 mnkr" (335 never written out) and a project that "beräknas
överskrida projektbudgeten med 14 mnkr"; an action with its effect, balanskrav and population (others).
DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


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
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("Nacka kommun", "Tertialbokslut 1 2026"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-05-25", "Dnr KFKS 2026/311", f"{n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per nämnd 2026, mnkr (avvikelse: − = sämre än budget)",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "412,0", "407,8", "4,2"),
            ("Utbildningsnämnden", "2 318,5", "2 337,1", "−18,6"),
            ("Socialnämnden", "1 046,2", "1 073,6", "−27,4"),
            ("Äldrenämnden", "1 128,7", "1 143,6", "−14,9"),
            ("Arbets- och företagsnämnden", "214,3", "220,4", "−6,1"),
            ("Natur- och trafiknämnden", "286,9", "284,6", "2,3"),
            ("Kulturnämnden", "172,4", "172,4", "0,0"),
            ("Fritidsnämnden", "198,1", "199,6", "−1,5"),
            ("Miljö- och stadsbyggnadsnämnden", "58,6", "57,7", "0,9"),
            ("Summa nämnder", "", "", "−61,1"),
        ),
        widths=(200.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({9}),
        rules=True,
        size=8.5,
    )
    bullets = Bullets(
        items=(
            "Socialnämnden redovisar det största underskottet, 27,4 mnkr, som främst beror på fler placeringar av "
            "barn och unga på HVB och i konsulentstödda familjehem.",
            "Utbildningsnämndens prognos visar ett negativt utfall mot budget om 18,6 mnkr. Elevpengen räcker inte "
            "till de ökade kostnaderna för elever i andra kommuners gymnasieskolor, samtidigt som hyran för den "
            "nya skolbyggnaden i Ängsviken har börjat belasta nämnden.",
            "Äldrenämnden: kostnaderna för hemtjänst blir 14,9 mnkr högre än budget eftersom antalet beviljade "
            "timmar har ökat med nio procent sedan årsskiftet.",
            "För arbets- och företagsnämnden beräknas försörjningsstödet överstiga budget med 6,1 mnkr när fler "
            "hushåll behöver stöd under längre tid.",
            "Kommunstyrelsen visar ett överskott på 4,2 mnkr, till följd av vakanta tjänster inom "
            "stadsledningskontoret och lägre kostnader för konsulter.",
            "Natur- och trafiknämnden väntas göra ett plusresultat på 2,3 mnkr tack vare högre intäkter från "
            "parkeringsavgifter.",
            "Fritidsnämnden ligger 1,5 mnkr sämre än ramen efter att driften av den nya ishallen i Orminge startade "
            "två månader tidigare än planerat.",
            "Kulturnämnden bedöms hålla budget.",
        ),
        labels=(
            C("Socialnämnden", "27,4 mnkr", "-", "kopt_verksamhet", "volymer"),
            C(
                "Utbildningsnämnden",
                "18,6 mnkr",
                "-",
                "kopt_verksamhet",
                "lokaler",
                note="A possessive names the area; pupils in other kommuners' schools are kopt_verksamhet.",
            ),
            C("Äldrenämnden", "14,9 mnkr", "-", "volymer"),
            C("Arbets- och företagsnämnden", "6,1 mnkr", "-", "ekonomiskt_bistand", "volymer"),
            C("Kommunstyrelsen", "4,2 mnkr", "+", "vakanser", "inhyrd_personal"),
            C("Natur- och trafiknämnden", "2,3 mnkr", "+", "avgifter_intakter"),
            C(
                "Fritidsnämnden",
                "1,5 mnkr",
                "-",
                "periodisering",
                note="An earlier start than planned: periodisering.",
            ),
            BP("Kulturnämnden"),
        ),
        glyph="•",
    )
    blocks = [
        Title("Tertialbokslut 1 2026", size=20, font="sans-bold", after=2),
        Title("Nacka kommun, januari–april", size=12, font="sans", after=12),
        H("Sammanfattning", 1),
        P(
            "Nacka kommuns prognos för helåret är ett resultat på 142 mnkr, vilket är 38 mnkr lägre än budgeterat "
            "resultat.",
            C(None, "38 mnkr", "-", note="The level (142 mnkr) is not the amount."),
        ),
        P(
            "Nämnderna prognostiserar tillsammans ett underskott på 61 mnkr mot sina ramar, medan "
            "finansförvaltningen väntas bli 23 mnkr bättre än budget.",
            C(
                "Nämnderna",
                "61 mnkr",
                "-",
                note="One sentence, two areas: two items.",
                also=(C("Finansförvaltningen", "23 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med prognosen i februari har resultatet försämrats med 12 mnkr, huvudsakligen på grund av "
            "socialnämndens ökade kostnader för placeringar.",
            F(None, "12 mnkr", "-", "kopt_verksamhet"),
        ),
        table,
        H("Stadsledningskontorets kommentar", 2),
        bullets,
        P(
            "Miljö- och stadsbyggnadsnämnden redovisar en prognos nära budget och kommenteras inte särskilt i "
            "denna rapport."
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkterna beräknas bli 9 mnkr lägre än budget enligt SKR:s aprilprognos, medan "
            "pensionskostnaderna och finansnettot blir 19 respektive 13 mnkr bättre än budgeterat.",
            C(
                "Skatteintäkter",
                "9 mnkr",
                "-",
                note=NO_TAG + " Three items in one sentence.",
                also=(
                    C("Pensionskostnader", "19", "+", unit="mnkr", note=NO_TAG),
                    C("Finansnetto", "13 mnkr", "+", note=NO_TAG),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 är 1 240 mnkr och prognosen 905 mnkr. Avvikelsen förklaras främst av att "
            "ombyggnaden av trafikplatsen vid Skvaltan har skjutits till 2027 i väntan på tillstånd.",
            C(
                "Investeringar",
                "1 240 mnkr och prognosen 905 mnkr",
                "+",
                "periodisering",
                value=335_000_000,
                note="Investment under-spending of 335 mnkr, never written out: the computed value.",
            ),
        ),
        P(
            "Projektet Ängsvikens skola beräknas överskrida projektbudgeten med 14 mnkr, eftersom förorenad mark "
            "upptäcktes vid schaktningen.",
            C(
                "Ängsvikens skola",
                "14 mnkr",
                "-",
                "ovrigt",
                note="An investment overrun; contaminated soil is ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har gett samtliga nämnder med underskott i uppdrag att ta fram åtgärdsplaner som ska "
            "förbättra resultatet med minst 30 mnkr under året.",
            A(None, "30 mnkr"),
        ),
        H("Balanskrav och befolkning", 2),
        P(
            "Balanskravsresultatet beräknas till 128 mnkr och kommunen uppfyller därmed balanskravet.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Befolkningen ökade med 1 100 personer under årets första fyra månader, vilket är något fler än under "
            "samma period 2025.",
            O(None, note="Population against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="nacka-ks-tertialbokslut-2026-04.pdf",
        report={
            "municipality": "Nacka",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialbokslut 1 2026", "author": "Nacka kommun"},
        style=style,
        blocks=blocks,
    )
