"""(b) Kungälv, Barn- och utbildningsnämnden, tertialrapport 1 2025: prose in two columns below a
full-width table in mnkr (net costs positive, Avvikelse = budget − prognos).

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, ReportSpec, Style, Table, Title, action, cause, mnkr, other


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="sans-bold",
        size=9.5,
        leading=1.32,
        heading_sizes=(14.0, 10.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        header=lambda n, m: ("Kungälvs kommun · Barn- och utbildningsnämnden", "Tertialrapport 1 2025"),
        hyphenate=True,
        footer=lambda n, m: ("", "", str(n)),
        margins=(56.0, 68.0, 56.0, 70.0),
    )
    table = Table(
        caption="Nettokostnad per verksamhet, mnkr",
        header=(("", "Budget", "Prognos", "Avvikelse"), ("Verksamhet", "2025", "2025", "budget–prognos")),
        rows=(
            ("Förskola", "412,6", "409,1", "3,5"),
            ("Grundskola", "868,2", "873,9", "-5,7"),
            ("Anpassad grundskola", "41,3", "44,5", "-3,2"),
            ("Gymnasieskola", "296,0", "299,8", "-3,8"),
            ("Elevhälsa", "52,7", "51,1", "1,6"),
            ("Skolskjuts och måltider", "88,4", "90,6", "-2,2"),
            ("Nämnd och förvaltning", "47,9", "45,8", "2,1"),
            ("Summa", "1 807,1", "1 814,8", "-7,7"),
        ),
        widths=(180.0, 80.0, 80.0, 100.0),
        bold_rows=frozenset({7}),
        rules=True,
    )
    blocks = [
        Title("Tertialrapport 1 2025", size=20, font="sans-bold"),
        Title("Barn- och utbildningsnämnden", size=12, font="sans-bold"),
        P(
            "Barn- och utbildningsnämnden prognostiserar ett underskott på 7,7 mnkr för 2025. Underskottet "
            "förklaras i huvudsak av fler elever i grundskolan och gymnasie~skolan än vad som låg till "
            "grund för budgeten, av ökade kostnader för elever i anpassad grundskola samt av högre priser "
            "på livsmedel och skolskjuts. Förskolan och elevhälsan bidrar med överskott.",
            cause(None, mnkr(-7.7)),
        ),
        table,
        Columns(2),
        H("Förskola"),
        P(
            "Förskolan prognostiserar ett överskott på 3,5 mnkr. Antalet inskrivna barn är 64 färre än "
            "budgeterat, vilket främst märks i de centrala delarna av kommunen där födelsetalen har sjunkit "
            "under flera år. Två avdelningar på Ytterby förskola har därför stängts från och med februari "
            "och personalen har gått till vakanta tjänster på andra förskolor.",
            cause("Förskola", mnkr(3.5)),
        ),
        H("Grundskola"),
        P(
            "Grundskolan visar ett underskott på 5,7 mnkr. Elevantalet är 112 elever högre än i "
            "budget~underlaget, framför allt i årskurs 7–9, samtidigt som det statliga bidraget för "
            "likvärdig skola har minskat jämfört med föregående år. Skolorna har dessutom haft höga "
            "kostnader för vikarier under en period med omfattande sjukfrånvaro i januari och februari.",
            cause("Grundskola", mnkr(-5.7)),
        ),
        P(
            "Rektorerna har fått i uppdrag att se över organisationen inför höstterminen och att pröva "
            "varje åter~besättning av tjänster.",
            action("Grundskola"),
        ),
        H("Anpassad grundskola"),
        P(
            "Anpassad grundskola beräknas gå 3,2 mnkr över budget. Fyra elever med mycket omfattande "
            "stödbehov har tillkommit sedan budgeten beslutades, varav två går i en fristående verksamhet "
            "där kommunen betalar tilläggs~belopp. Kostnaden per elev har därmed ökat markant.",
            cause("Anpassad grundskola", mnkr(-3.2)),
        ),
        H("Gymnasieskola"),
        P(
            "Gymnasieskolan prognostiserar ett underskott på 3,8 mnkr. Fler ungdomar än väntat har valt "
            "program i andra kommuner och hos fristående huvudmän, där de interkommunala ersättningarna och "
            "programpriserna är högre än i den egna verksamheten. Även kostnaderna för elevresor har ökat.",
            cause("Gymnasieskola", mnkr(-3.8)),
        ),
        H("Elevhälsa"),
        P(
            "Elevhälsan redovisar ett överskott på 1,6 mnkr. Två tjänster som skolpsykolog och en tjänst "
            "som skolsköterska har varit vakanta sedan årsskiftet. Rekryteringen pågår, men det är svårt "
            "att hitta sökande med rätt kompetens.",
            cause("Elevhälsa", mnkr(1.6)),
        ),
        H("Skolskjuts och måltider"),
        P(
            "Verksamheten visar ett underskott på 2,2 mnkr. Det nya avtalet för skolskjuts, som började "
            "gälla i januari, innebar en prishöjning på nästan 14 procent. Livsmedels~priserna har fortsatt "
            "att stiga och ligger cirka 6 procent över den nivå som budgeterades.",
            cause("Skolskjuts och måltider", mnkr(-2.2)),
        ),
        H("Nämnd och förvaltning"),
        P(
            "Nämnd och förvaltning beräknas lämna ett överskott på 2,1 mnkr. Den centrala bufferten för "
            "oförutsedda kostnader har inte fördelats ut till verksamheterna och ingår i prognosen som ett "
            "överskott. Kostnaderna för det nya elevadministrativa systemet blir samtidigt 0,6 mnkr högre "
            "än planerat på grund av en försenad driftstart.",
            cause("Nämnd och förvaltning", mnkr(2.1)),
        ),
        H("Prognosens säkerhet"),
        P(
            "Prognosen bygger på elevantalet per den 15 mars. Förändringar i antalet elever under hösten "
            "kan påverka utfallet både positivt och negativt.",
            other(),
        ),
    ]
    return ReportSpec(
        file="kungalv-bun-2025-04.pdf",
        report={
            "municipality": "Kungälv",
            "committee": "Barn- och utbildningsnämnden",
            "period": "2025-04",
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2025 Barn- och utbildningsnämnden", "author": "Kungälvs kommun"},
        style=style,
        blocks=blocks,
    )
