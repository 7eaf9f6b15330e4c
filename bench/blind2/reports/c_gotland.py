"""Region Gotland, Regionstyrelsen, månadsrapport juli 2025.

Gotland is both kommun and region: the region's result against the budgeted result with the deviation
written "- 57 mnkr" (a minus sign and a space), a year-on-year cost comparison (other), a table per
nämnd, then hälso- och sjukvård with the nämnd's deficit, a change since June with its reason, and
bullets that open with the verksamhetsområde and its "+ 6 mnkr"/"- 34 mnkr" (summer visitors from
other regions, agency nurses, hyrläkare, care bought on the mainland); kommunal verksamhet with one
paragraph per nämnd, one a cue-less sentence that names the nämnd in passing ("… kostade … 5 mnkr mer
än vad tekniska nämnden hade budgeterat"), a nämnd in balance; an investment table (avvikelse =
budget − prognos) with a project overrun, a delayed project whose deviation is only implied by its
budget and forecast ("av årets budget på 95 mnkr … endast 40 mnkr"), the total under budget; an
action with its effect, a risk, and an accessibility goal (not labelled). Liberation Sans Narrow.

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

INVESTMENT = "Investment project; "


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.33,
        heading_sizes=(14.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "narrow-bold"),
        margins=(72.0, 74.0, 72.0, 70.0),
        header=lambda n, m: ("Region Gotland", "Månadsrapport juli 2025"),
        footer=lambda n, m: ("Regionstyrelsen", "", f"{n}({m})"),
        rule_under_header=True,
    )
    committees = Table(
        caption="Prognos per nämnd och finansiering, mnkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse", "Avvikelse juni"),),
        rows=(
            ("Hälso- och sjukvårdsnämnden", "−2 912", "−2 973", "- 61", "- 52"),
            ("Socialnämnden", "−1 186", "−1 200", "- 14", "- 12"),
            ("Barn- och utbildningsnämnden", "−1 034", "−1 027", "+ 7", "+ 5"),
            ("Gymnasie- och vuxenutbildningsnämnden", "−402", "−402", "0", "0"),
            ("Tekniska nämnden", "−288", "−293", "- 5", "- 3"),
            ("Regionstyrelsen", "−611", "−605", "+ 6", "+ 6"),
            ("Finansiering", "6 528", "6 538", "+ 10", "+ 10"),
            ("Regionens resultat", "95", "38", "- 57", "- 46"),
        ),
        widths=(190.0, 62.0, 62.0, 62.0, 72.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    investments = Table(
        caption="Investeringar 2025, mnkr (avvikelse = budget − prognos)",
        header=(("Projekt", "Budget", "Utfall jan–jul", "Prognos", "Avvikelse"),),
        rows=(
            ("Ombyggnad akutmottagningen, Visby lasarett", "60", "41", "78", "- 18"),
            ("VA-utbyggnad Fårö", "95", "12", "40", "+ 55"),
            ("Ny förskola i Slite", "48", "20", "45", "+ 3"),
            ("Medicinteknisk utrustning", "35", "14", "30", "+ 5"),
            ("Övriga projekt", "374", "127", "295", "+ 79"),
            ("Summa", "612", "214", "488", "+ 124"),
        ),
        widths=(200.0, 56.0, 72.0, 56.0, 62.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport juli 2025", size=20, font="arial-bold"),
        Title("Region Gotland – Regionstyrelsen", size=12, font="narrow", after=14),
        H("Regionens resultat", 1),
        P(
            "Region Gotland prognostiserar ett resultat för 2025 på 38 mnkr, att jämföra med budgeterade 95 mnkr. "
            "Avvikelsen, - 57 mnkr, finns nästan helt inom hälso- och sjukvården.",
            C(None, "- 57 mnkr", "-", note="The region's result against the budgeted result."),
        ),
        P(
            "Regionens nettokostnader var 142 mnkr högre än under januari–juli 2024, en ökning med 5,8 procent, "
            "medan skatteintäkter och generella statsbidrag ökade med 3,9 procent.",
            O(None, note="Year-on-year comparison."),
        ),
        committees,
        H("Hälso- och sjukvård", 1),
        PS(
            (
                "Hälso- och sjukvårdsnämnden prognostiserar ett underskott på 61 mnkr.",
                C("Hälso- och sjukvårdsnämnden", "61 mnkr", "-"),
            ),
            (
                "Det är 9 mnkr sämre än i juni, främst på grund av högre kostnader för hyrsjuksköterskor under "
                "sommaren.",
                F("Hälso- och sjukvårdsnämnden", "9 mnkr", "-", "inhyrd_personal"),
            ),
        ),
        Bullets(
            (
                "Specialistvård, - 34 mnkr: sjuksköterskor från bemanningsföretag har behövts för att hålla "
                "vårdplatserna öppna på Visby lasarett under semesterperioden, och antalet vårdtillfällen för "
                "besökande från andra regioner var det högsta hittills.",
                "Köpt vård utanför Gotland, - 22 mnkr: fler patienter än budgeterat har remitterats till "
                "Karolinska Universitetssjukhuset, framför allt inom cancervård och barnkirurgi.",
                "Psykiatri, - 11 mnkr: hyrläkare under hela perioden, då fyra av sju överläkartjänster är "
                "vakanta.",
                "Närvård, + 6 mnkr: ersättningen från andra regioner för vård av sommarturister vid "
                "hälsocentralerna blev högre än väntat.",
            ),
            labels=(
                C("Specialistvård", "- 34 mnkr", "-", "inhyrd_personal", "volymer"),
                C("Köpt vård utanför Gotland", "- 22 mnkr", "-", "kopt_verksamhet", "volymer"),
                C("Psykiatri", "- 11 mnkr", "-", "inhyrd_personal", "vakanser"),
                C("Närvård", "+ 6 mnkr", "+", "avgifter_intakter", "volymer"),
            ),
            glyph="–",
        ),
        P(
            "Hälso- och sjukvårdsförvaltningen stoppar all ny inhyrning av sjuksköterskor från och med september, "
            "med undantag för intensivvården. Effekten beräknas till 4 mnkr under hösten.",
            A("Hälso- och sjukvårdsnämnden", "4 mnkr", "inhyrd_personal"),
        ),
        H("Kommunal verksamhet", 1),
        P(
            "Socialnämnden beräknar ett underskott på 14 mnkr. Hemtjänsten på landsbygden har fler beviljade "
            "timmar än budgeterat, och kostnaderna för sjuklön har varit höga inom äldreboendena.",
            C("Socialnämnden", "14 mnkr", "-", "volymer", "sjukfranvaro"),
        ),
        P(
            "Barn- och utbildningsnämnden har ett överskott på 7 mnkr. Elevantalet i grundskolan är lägre än i "
            "budgeten, särskilt på norra Gotland och Fårö, och flera lärartjänster har varit svåra att tillsätta.",
            C("Barn- och utbildningsnämnden", "7 mnkr", "+", "volymer", "vakanser"),
        ),
        P(
            "Renhållningen i Visby innerstad och vid badplatserna kostade under sommarsäsongen 5 mnkr mer än vad "
            "tekniska nämnden hade budgeterat, eftersom ön tog emot rekordmånga besökare.",
            C(
                "Tekniska nämnden",
                "5 mnkr",
                "-",
                "volymer",
                note="No cue word; the nämnd is named in passing (table: Tekniska nämnden - 5).",
            ),
        ),
        P(
            "Gymnasie- och vuxenutbildningsnämnden bedöms hålla sin budget.",
            BP("Gymnasie- och vuxenutbildningsnämnden"),
        ),
        H("Investeringar", 1),
        P(
            "Investeringsbudgeten för 2025 uppgår till 612 mnkr. Till och med juli har 214 mnkr upparbetats. "
            "Helårsprognosen är 488 mnkr, vilket innebär att investeringsutgifterna blir 124 mnkr lägre än "
            "budget.",
            C(
                "Investeringar",
                "124 mnkr",
                "+",
                note=INVESTMENT + "total spending under the investment budget.",
            ),
        ),
        investments,
        P(
            "Ombyggnaden av akutmottagningen på Visby lasarett beräknas överskrida investeringsbudgeten med 18 mnkr. "
            "Installationerna för ventilation och medicinska gaser blev betydligt dyrare än i kalkylen.",
            C(
                "Ombyggnad akutmottagningen, Visby lasarett",
                "18 mnkr",
                "-",
                "prisokningar",
                note=INVESTMENT + "spending over the investment budget.",
            ),
        ),
        P(
            "Utbyggnaden av vatten och avlopp på Fårö har försenats av överklaganden av ledningsrätten, och av "
            "årets budget på 95 mnkr beräknas endast 40 mnkr användas.",
            C(
                "VA-utbyggnad Fårö",
                "av årets budget på 95 mnkr beräknas endast 40 mnkr användas",
                "+",
                "periodisering",
                value=55_000_000,
                note=INVESTMENT + "deviation 55 mnkr = budget 95 − forecast 40 (table + 55).",
            ),
        ),
        H("Risker och osäkerheter", 1),
        P(
            "Bemanningen inom slutenvården under hösten är osäker. Om vakanserna bland sjuksköterskor inte kan "
            "tillsättas kan behovet av inhyrd personal bli större än vad prognosen förutsätter.",
            O("Hälso- och sjukvårdsnämnden", "vakanser", "inhyrd_personal", note="Risk."),
        ),
        H("Tillgänglighet", 1),
        P(
            "Andelen patienter som fick en medicinsk bedömning i primärvården inom tre dagar var 83 procent i "
            "juli. Målet är 90 procent."
        ),
    ]
    return ReportSpec(
        file="region-gotland-rs-manadsrapport-2025-07.pdf",
        report={
            "municipality": "Region Gotland",
            "committee": ["Regionstyrelsen"],
            "period": ["2025-07"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport juli 2025 Region Gotland", "author": "Region Gotland"},
        style=style,
        blocks=blocks,
    )
