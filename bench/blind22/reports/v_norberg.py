"""Norbergs kommun, Socialnämnden, tertialrapport januari–april 2026.

A social committee's tertial report in tkr and mnkr, footer with the nämnd's meeting date in May: the share
of the year's ramen consumed (35,0 against 33,3 procent, no deviation stated: other); the full year "drar över
budget med 4,6 mnkr" with the areas named but no reasons; a verksamhet table whose deviation is forecast
minus budget, so a plus is an overspend and a minus a surplus ("3 400", "−400"); bold run-in verksamheter
with a colon: elderly care whose amount comes last ("Sammantaget pekar prognosen på ett underskott om 3 400
tkr") and whose next sentence splits it between two sub-areas ("2 600 tkr till hemtjänsten och 800 tkr till
korttidsvården", two items of their own, no tags), "ett budgetöverskridande om 2,4 mnkr" with a per-day rate
that is not the amount and an action with its effect in the same paragraph, three reason-only verksamheter
whose amounts are the table's cells ("−400", "−200", "−300", all surpluses), households "71 … mot 78 i
budgeten" (not amounts), and an overhead "ger ett överskott på 300 tkr"; costs against the previous year with
"beror främst på" (other), an action bullet after an unlabelled one and a risk (other). Liberation Serif 11
pt with Liberation Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, O

ROW = "Reasons only: the table row's cell, where a minus means lower costs than budget."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Norbergs kommun – Socialförvaltningen", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Socialnämnden 2026-05-21", "", f"{n}/{m}"),
        header_size=8.5,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr. Avvikelse = prognos minus budget.",
        header=(("Verksamhet", "Budget", "Utfall jan–apr", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "6 400", "2 050", "6 100", "−300"),
            ("Äldreomsorg", "92 300", "33 100", "95 700", "3 400"),
            ("LSS", "28 600", "9 200", "28 200", "−400"),
            ("Socialpsykiatri", "7 200", "2 300", "7 000", "−200"),
            ("Individ- och familjeomsorg", "22 800", "8 900", "25 200", "2 400"),
            ("Försörjningsstöd", "11 200", "3 350", "10 900", "−300"),
            ("Summa", "168 500", "58 900", "173 100", "4 600"),
        ),
        widths=(160.0, 60.0, 78.0, 62.0, 66.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport januari–april 2026", size=18, font="arial-bold", after=2),
        Title("Socialnämnden", size=13, font="times", after=14),
        H("Ekonomiskt utfall och helårsprognos", 2),
        P(
            "Nämnden har en budgetram för 2026 på 168,5 mnkr. Utfallet efter april är 58,9 mnkr, vilket motsvarar "
            "35,0 procent av ramen. Vid en jämn förbrukning hade andelen varit 33,3 procent.",
            O(None, note="The share of the ramen consumed against an even pace: no deviation stated, other."),
        ),
        P(
            "Helårsprognosen visar att nämnden drar över budget med 4,6 mnkr. Underskottet finns inom äldreomsorgen "
            "och individ- och familjeomsorgen, medan övriga verksamheter redovisar små överskott.",
            C(None, "4,6 mnkr", "-", note="Areas named, no reasons: no tags."),
        ),
        P(
            "I tabellen anges avvikelsen som prognos minus budget. Ett positivt tal innebär att kostnaderna väntas "
            "överstiga budget.",
            size=9.5,
        ),
        table,
        LP(
            "Äldreomsorg:",
            "Hemtjänstens beviljade timmar har ökat med drygt 9 procent sedan i höstas, och verksamheten har fått "
            "ta in timanställda för att klara planeringen. Därtill har två korttidsplatser på Kullgården hållits "
            "öppna utöver budget. Sammantaget pekar prognosen på ett underskott om 3 400 tkr.",
            C(
                "Äldreomsorg",
                "3 400 tkr",
                "-",
                "volymer",
                "vikarier",
                note="The amount comes last; hourly staff are vikarier; 9 procent is not the amount.",
            ),
            (
                "Av underskottet hänförs 2 600 tkr till hemtjänsten och 800 tkr till korttidsvården.",
                C(
                    "Hemtjänst",
                    "2 600 tkr",
                    "-",
                    note="A split into two sub-areas: two items, no tags (the sentence gives no reason).",
                    also=(C("Korttidsvård", "800 tkr", "-"),),
                ),
            ),
        ),
        LP(
            "Individ- och familjeomsorg:",
            "Prognosen är ett budgetöverskridande om 2,4 mnkr. Sedan årsskiftet har tre ungdomar placerats på HVB "
            "efter beslut enligt LVU, och dygnskostnaden för de platserna ligger kring 4 800 kronor.",
            C(
                "Individ- och familjeomsorg",
                "2,4 mnkr",
                "-",
                "kopt_verksamhet",
                note="The per-day rate is not the amount.",
            ),
            (
                "Nämnden har sagt upp avtalet med bemanningsföretaget för socialsekreterare från och med juni, "
                "vilket minskar kostnaderna med omkring 0,5 mnkr.",
                A("Individ- och familjeomsorg", "omkring 0,5 mnkr", "inhyrd_personal"),
            ),
        ),
        LP(
            "LSS:",
            "Ett boendestöd har upphört och en planerad plats i gruppbostad har inte behövt tas i anspråk.",
            C("LSS", "−400", "+", "volymer", unit="tkr", table=True, note=ROW),
        ),
        LP(
            "Socialpsykiatri:",
            "Ett mindre överskott väntas eftersom en tjänst som boendestödjare står vakant.",
            C("Socialpsykiatri", "−200", "+", "vakanser", unit="tkr", table=True, note=ROW),
        ),
        LP(
            "Försörjningsstöd:",
            "Färre hushåll än budgeterat har behövt försörjningsstöd under årets första månader, i genomsnitt 71 "
            "hushåll per månad mot 78 i budgeten.",
            C(
                "Försörjningsstöd",
                "−300",
                "+",
                "ekonomiskt_bistand",
                "volymer",
                unit="tkr",
                table=True,
                note=ROW + " The household counts are not amounts.",
            ),
        ),
        LP(
            "Nämnd och förvaltningsledning:",
            "Lägre kostnader för nämndens arvoden och en försenad rekrytering av verksamhetsutvecklare ger ett "
            "överskott på 300 tkr.",
            C(
                "Nämnd och förvaltningsledning",
                "300 tkr",
                "+",
                "ovrigt",
                "vakanser",
                note="Members' fees: ovrigt.",
            ),
        ),
        H("Jämfört med föregående år", 2),
        P(
            "Kostnaderna för januari–april är 4,2 mnkr högre än samma period 2025. Ökningen beror främst på "
            "lönerevisionen och på fler hemtjänsttimmar.",
            O(None, note="Costs against the previous year with 'beror främst på': other."),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Förvaltningen fortsätter att följa upp varje placering månadsvis tillsammans med nämndens "
                "arbetsutskott.",
                "Hemtjänsten inför ett nytt digitalt planeringsstöd under hösten för att minska restiden och antalet "
                "delade turer.",
            ),
            labels=(None, A("Hemtjänst", None, "bemanning", "it_digitalisering")),
        ),
        H("Risker", 2),
        P(
            "Om fler placeringar tillkommer under hösten kan underskottet inom individ- och familjeomsorgen öka med "
            "ytterligare 1–2 mnkr.",
            O("Individ- och familjeomsorg", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="norberg-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Norberg",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Norbergs kommun"},
        style=style,
        blocks=blocks,
    )
