"""Uppsala kommun, Omsorgsnämnden, tjänsteskrivelse: ekonomisk uppföljning per mars 2026.

A tjänsteskrivelse dated in April for the period to March, amounts in "miljoner kronor": the decision proposal
(unlabelled), the period "−7,4 miljoner kronor jämfört med periodens budget" and the full year "underskott på
21 miljoner kronor" with its shared reason in the next sentence (two causes, the second with the reason),
then bold run-in verksamheter ending in a full stop, the amount in varied shapes ("förväntas överskrida budget
med 12,5 miljoner kronor", "ett negativt utfall jämfört med budget om 6,8 miljoner kronor", "visar prognosen ett
överskott, 2,2 miljoner kronor,", "fem miljoner kronor över budget" in words, "ger tillsammans ett överskott på
0,9 miljoner kronor"), "Verksamheten bedöms hålla budget." (boilerplate); net cost growth against 2025 (other),
actions as bullets (one with its effect) and a risk with an amount (other). Liberation Serif (Times metrics)
11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Title

from reports.common import BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "times-bold"),
        margins=(74.0, 82.0, 74.0, 76.0),
        header=lambda n, m: ("Uppsala kommun  Omsorgsförvaltningen", "Tjänsteskrivelse 2026-04-09"),
        footer=lambda n, m: ("Diarienummer OSN-2026-00184", "", f"{n} ({m})"),
        header_size=8.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per mars 2026", size=16, font="arial-bold", after=6),
        H("Förslag till beslut", 2),
        P("Omsorgsnämnden föreslås besluta att godkänna den ekonomiska uppföljningen per mars 2026."),
        H("Sammanfattning", 2),
        PS(
            (
                "Omsorgsnämnden redovisar ett resultat för perioden januari–mars på −7,4 miljoner kronor jämfört med "
                "periodens budget.",
                C(None, "−7,4 miljoner kronor", "-", note="The period, a sentence of its own."),
            ),
            (
                "Helårsprognosen är ett underskott på 21 miljoner kronor. Underskottet beror i huvudsak på ökade volymer "
                "inom bostad med särskild service och personlig assistans.",
                C(
                    None,
                    "21 miljoner kronor",
                    "-",
                    "volymer",
                    note="The full year with its reason in the next sentence.",
                ),
            ),
        ),
        H("Ärendet", 2),
        P(
            "Nämnden lämnar ekonomiska uppföljningar efter mars, maj, augusti och oktober. Prognosen bygger på utfallet "
            "till och med mars och på kända beslut om insatser."
        ),
        H("Verksamheternas prognoser", 3),
        LP(
            "Bostad med särskild service enligt LSS.",
            "Verksamheten förväntas överskrida budget med 12,5 miljoner kronor. Sedan budgeten beslutades har sju nya "
            "beslut om gruppbostad verkställts, och köpta platser hos privata utförare kostar mer per dygn än "
            "budgeterat.",
            C(
                "Bostad med särskild service enligt LSS",
                "12,5 miljoner kronor",
                "-",
                "volymer",
                "kopt_verksamhet",
                "prisokningar",
                note="A bold run-in lead names the area.",
            ),
        ),
        LP(
            "Personlig assistans.",
            "Prognosen pekar på ett negativt utfall jämfört med budget om 6,8 miljoner kronor. Ökningen förklaras av fler "
            "brukare med assistans enligt LSS, där kommunen bär hela kostnaden, och av att schablonersättningen från "
            "Försäkringskassan har räknats upp mindre än lönerna.",
            C(
                "Personlig assistans",
                "6,8 miljoner kronor",
                "-",
                "volymer",
                "ersattning_fk",
                "lonekostnader",
            ),
        ),
        LP(
            "Daglig verksamhet.",
            "Här visar prognosen ett överskott, 2,2 miljoner kronor, eftersom flera deltagare har gått över till arbete "
            "med lönebidrag och två grupper har slagits samman.",
            C("Daglig verksamhet", "2,2 miljoner kronor", "+", "volymer", "omstallning"),
        ),
        LP(
            "Socialpsykiatri.",
            "Kostnaderna för boendestöd och köpta platser i stödboende ligger fem miljoner kronor över budget.",
            C(
                "Socialpsykiatri",
                "fem miljoner kronor",
                "-",
                "kopt_verksamhet",
                value=5_000_000,
                note="An amount in words.",
            ),
        ),
        LP(
            "Korttidsvistelse och korttidstillsyn.",
            "Färre barn och unga än väntat har ansökt om insatserna, vilket ger tillsammans ett överskott på 0,9 "
            "miljoner kronor.",
            C("Korttidsvistelse och korttidstillsyn", "0,9 miljoner kronor", "+", "volymer"),
        ),
        LP(
            "Myndighet och ledning.",
            "Verksamheten bedöms hålla budget.",
            BP("Myndighet och ledning"),
        ),
        H("Jämförelse med föregående år", 3),
        P(
            "Nämndens nettokostnader har ökat med 6,2 procent jämfört med samma period 2025.",
            O(None, note="Net cost growth against the previous year."),
        ),
        H("Åtgärder", 3),
        P("Förvaltningen arbetar med följande åtgärder för att minska underskottet:"),
        Bullets(
            items=(
                "en översyn av alla köpta platser inom LSS, med syfte att erbjuda plats i egen regi, med en beräknad "
                "effekt på 3 miljoner kronor under 2026",
                "samordning av nattbemanningen mellan gruppbostäder i samma område",
            ),
            labels=(
                A("Bostad med särskild service enligt LSS", "3 miljoner kronor", "kopt_verksamhet"),
                A("Bostad med särskild service enligt LSS", None, "bemanning"),
            ),
        ),
        H("Risker", 3),
        P(
            "Två pågående domstolsprocesser om insatser enligt LSS kan medföra ytterligare kostnader på cirka 2 miljoner "
            "kronor om kommunen förlorar.",
            O(None, "ovrigt", note="A risk with an amount."),
        ),
        P("Anna Bergström, förvaltningsdirektör    Karin Lind, ekonomichef", size=10.0),
    ]
    return ReportSpec(
        file="uppsala-osn-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Uppsala",
            "committee": ["Omsorgsnämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per mars 2026 Omsorgsnämnden", "author": "Uppsala kommun"},
        style=style,
        blocks=blocks,
    )
