"""Örebro kommun, Tekniska nämnden, månadsuppföljning oktober 2025.

A technical committee's month follow-up in DejaVu Sans 10 pt, footer with the nämnd's meeting in November:
the tax-financed full year "−4,8 mnkr", the fee-financed waste service's "överskott mot budget på 3,6 mnkr som
förs till avfallsfonden", a verksamhet table in mnkr with U+2212 minus signs, then bullets under a generic
heading ("Kommentar till prognosen") in varied shapes: snow clearing whose amount closes the bullet
("Avvikelsen beräknas till −3,5 mnkr"), a "varav" part for vandalism, "ligger 0,6 mnkr bättre än budget",
"ett överskott på 1,8 mnkr för Trafik och parkering" (area after the amount), "drygt en miljon kronor" in
words, two reason-only bullets with the area before a colon (the rows' "−0,4" and "0,8"); the change since
September without a cause and "oförändrad" for snow clearing (boilerplate), an action "cirka 1,5 mnkr",
investments "47 mnkr lägre än budget" after a level, a project "överskrider sin budget med 9,4 mnkr" and the
waste fund's balance (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, A, C, F, O

ROW = "A reason with no amount: the table row's cell (mnkr)."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(16.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 82.0, 70.0, 78.0),
        header=lambda n, m: ("Örebro kommun", "Tekniska förvaltningen"),
        footer=lambda n, m: ("Ärende 7, Tekniska nämnden 2025-11-25", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet, skattefinansierad verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2025", "Utfall jan–okt", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Gator och vägar", "148,2", "126,9", "151,1", "−2,9"),
            ("Vinterväghållning", "38,0", "34,6", "41,5", "−3,5"),
            ("Parker och naturvård", "74,5", "60,8", "73,9", "0,6"),
            ("Trafik och parkering", "−12,4", "−12,9", "−14,2", "1,8"),
            ("Färdtjänst", "52,3", "44,8", "53,5", "−1,2"),
            ("Fordon och maskiner", "6,1", "5,5", "6,5", "−0,4"),
            ("Nämnd och administration", "21,7", "17,1", "20,9", "0,8"),
            ("Summa", "328,4", "276,8", "333,2", "−4,8"),
        ),
        widths=(140.0, 66.0, 72.0, 70.0, 62.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning oktober 2025", size=18, font="sans-bold", after=2),
        Title("Tekniska nämnden", size=12, font="sans", after=12),
        H("Sammanfattning", 2),
        P(
            "Tekniska nämnden lämnar en helårsprognos på −4,8 mnkr för den skattefinansierade verksamheten.",
            C(None, "−4,8 mnkr", "-", note="The tax-financed part is the unit's result: area null."),
        ),
        P(
            "Avfallsverksamheten, som är avgiftsfinansierad, beräknas redovisa ett överskott mot budget på 3,6 "
            "mnkr som förs till avfallsfonden, främst tack vare högre intäkter från försäljning av insamlat "
            "metallskrot.",
            C(
                "Avfall",
                "3,6 mnkr",
                "+",
                "avgifter_intakter",
                note="The fee-financed result with its transfer to the fund in the same sentence: one cause.",
            ),
        ),
        table,
        H("Kommentar till prognosen", 3),
        Bullets(
            (
                "Vinterväghållningen: kostnaderna för januari–mars blev höga efter de många snöfallen, och "
                "prognosen förutsätter en normal vinter under november och december. Avvikelsen beräknas till "
                "−3,5 mnkr.",
                "Gator och vägar har ett underskott på 2,9 mnkr, varav 1,2 mnkr avser reparationer efter "
                "skadegörelse på gatubelysningen i Vivalla.",
                "Parker och naturvård ligger 0,6 mnkr bättre än budget eftersom två tjänster som parkarbetare har "
                "stått vakanta under sommaren.",
                "Intäkterna från parkeringsavgifter blir högre än budgeterat, vilket ger ett överskott på 1,8 mnkr "
                "för Trafik och parkering.",
                "Färdtjänstens kostnader överstiger budget med drygt en miljon kronor, eftersom antalet resor har "
                "ökat mer än beräknat.",
                "Fordon och maskiner: högre kostnader för diesel och för reparationer av två sopsaltbilar.",
                "Nämnd och administration: överskottet beror på lägre kostnader för konsulter och utbildning.",
            ),
            labels=(
                C("Vinterväghållning", "−3,5 mnkr", "-", "ovrigt", note="Snow is ovrigt."),
                C(
                    "Gator och vägar",
                    "2,9 mnkr",
                    "-",
                    "ovrigt",
                    note="A 'varav' part: the total is the amount.",
                ),
                C("Parker och naturvård", "0,6 mnkr", "+", "vakanser"),
                C("Trafik och parkering", "1,8 mnkr", "+", "avgifter_intakter"),
                C("Färdtjänst", "drygt en miljon kronor", "-", "volymer", value=1e6),
                C(
                    "Fordon och maskiner",
                    "−0,4",
                    "-",
                    "prisokningar",
                    "material_hjalpmedel",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
                C(
                    "Nämnd och administration",
                    "0,8",
                    "+",
                    "inhyrd_personal",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            glyph="•",
        ),
        PS(
            (
                "Jämfört med septemberuppföljningen har prognosen förbättrats med 0,7 mnkr.",
                F(None, "0,7 mnkr", "+", note="No cause given: no tags."),
            ),
            ("Prognosen för vinterväghållningen är oförändrad.", BF("Vinterväghållning")),
        ),
        H("Åtgärder", 3),
        P(
            "Förvaltningen har skjutit upp planerat underhåll av gång- och cykelvägar till 2026, vilket minskar "
            "kostnaderna i år med cirka 1,5 mnkr.",
            A("Gator och vägar", "cirka 1,5 mnkr", "periodisering"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 212 mnkr, 47 mnkr lägre än budget. Ombyggnaden av Svartåstråket har "
            "försenats på grund av en överprövad upphandling, och två brorenoveringar flyttas till 2026.",
            C("Investeringar", "47 mnkr", "+", "periodisering"),
        ),
        P(
            "Projektet Ny bussterminal vid resecentrum överskrider sin budget med 9,4 mnkr till följd av högre "
            "kostnader för markarbeten än kalkylerat.",
            C("Ny bussterminal vid resecentrum", "9,4 mnkr", "-", "prisokningar"),
        ),
        H("Avfallsfonden", 2),
        P(
            "Avfallsfondens behållning uppgår efter överföringen till 28,3 mnkr.",
            O("Avfall", "reserver", note="The fund's balance: other."),
        ),
    ]
    return ReportSpec(
        file="orebro-tn-manadsuppfoljning-2025-10.pdf",
        report={
            "municipality": "Örebro",
            "committee": ["Tekniska nämnden"],
            "period": ["2025-10"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning oktober 2025 Tekniska nämnden", "author": "Örebro kommun"},
        style=style,
        blocks=blocks,
    )
