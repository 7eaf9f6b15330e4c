"""Huddinge kommun, Gymnasienämnden, månadsrapport mars 2026.

An upper-secondary school committee's month report set in DejaVu Sans, footer with the letter date in April
and a diary number: the full year "ett underskott på 9,8 miljoner kronor, vilket motsvarar 1,1 procent av
nämndens budget" (the percentage is not the amount) and the period "2,3 miljoner kronor sämre än den
periodiserade budgeten" in two sentences, the change since February with its cause; the result table pasted
as an image (no text layer), so every amount lives in the prose; sections under plain headings: "kostar
nämnden elva miljoner kronor mer än budgeterat" (words), a surplus "sammantaget … 2,4 miljoner kronor" with a
sub-area's deficit inside the paragraph ("dock ett underskott på 0,8 miljoner kronor", with a part "drygt
600 000 kronor"), "beräknas gå 1,7 miljoner kronor över budget", two areas as a "respektive" pair ("1,3
respektive 0,6 miljoner kronor"), administrative costs that "överstiger budget med 1,4 miljoner kronor"; two
actions (one with its effect) and the population of 16–19-year-olds against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("HUDDINGE KOMMUN", "Tjänsteskrivelse 2026-04-08 Dnr GYN-2026/112"),
        footer=lambda n, m: ("Gymnasie- och vuxenutbildningsförvaltningen", "", f"{n} (av {m})"),
        header_size=7.5,
        rule_under_header=False,
    )
    image = Table(
        caption="Prognos per verksamhet 2026, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Köp av gymnasieplatser", "512,0", "523,0", "-11,0"),
            ("Egna gymnasieskolor", "248,6", "246,2", "2,4"),
            ("Anpassad gymnasieskola", "41,2", "42,9", "-1,7"),
            ("Vuxenutbildning", "58,3", "57,0", "1,3"),
            ("Sfi", "32,5", "31,9", "0,6"),
            ("Nämnd och förvaltning", "27,4", "28,8", "-1,4"),
            ("Summa", "920,0", "929,8", "-9,8"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        grid=True,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=17, font="sans-bold", after=2),
        Title("Gymnasienämnden", size=12, font="sans", after=12),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Gymnasienämnden prognostiserar för 2026 ett underskott på 9,8 miljoner kronor, vilket motsvarar 1,1 "
                "procent av nämndens budget.",
                C(None, "9,8 miljoner kronor", "-", note="The percentage of the budget is not the amount."),
            ),
            (
                "Utfallet till och med mars är 2,3 miljoner kronor sämre än den periodiserade budgeten.",
                C(None, "2,3 miljoner kronor", "-", note="The period, its own sentence."),
            ),
        ),
        P(
            "Jämfört med februari är prognosen 1,5 miljoner kronor sämre, eftersom fler elever än beräknat har valt "
            "fristående gymnasieskolor inför vårterminen.",
            F(None, "1,5 miljoner kronor", "-", "volymer", "kopt_verksamhet"),
        ),
        image,
        H("Köp av gymnasieplatser", 3),
        P(
            "Elevpengen till fristående och andra kommuners gymnasieskolor kostar nämnden elva miljoner kronor mer "
            "än budgeterat. Fler elever än väntat går på program med hög prislapp, som naturbruk och flygteknik, och "
            "antalet elever som läser ett fjärde år har ökat.",
            C(
                "Köp av gymnasieplatser",
                "elva miljoner kronor",
                "-",
                "kopt_verksamhet",
                "volymer",
                value=11e6,
                note="An amount in words, the table pasted as an image.",
            ),
        ),
        H("Egna gymnasieskolor", 3),
        Para(
            (
                (
                    "De kommunala gymnasieskolorna visar sammantaget ett överskott på 2,4 miljoner kronor. Det "
                    "förklaras av att fler elever från andra kommuner har sökt sig till Kvarnbergsgymnasiet, som "
                    "därmed får högre intäkter från interkommunal ersättning.",
                    C("Egna gymnasieskolor", "2,4 miljoner kronor", "+", "avgifter_intakter", "volymer"),
                ),
                (
                    "Inom Kvarnbergsgymnasiet finns dock ett underskott på 0,8 miljoner kronor på det nya el- och "
                    "energiprogrammet, där utrustning för drygt 600 000 kronor har köpts in.",
                    C(
                        "El- och energiprogrammet",
                        "0,8 miljoner kronor",
                        "-",
                        "material_hjalpmedel",
                        "omstallning",
                        note="A sub-area's deficit inside another area's paragraph: its own item, the equipment "
                        "purchase a part.",
                    ),
                ),
            )
        ),
        H("Anpassad gymnasieskola", 3),
        P(
            "Anpassad gymnasieskola beräknas gå 1,7 miljoner kronor över budget då tre elever med omfattande behov "
            "av stöd har tillkommit och behöver elevassistenter.",
            C("Anpassad gymnasieskola", "1,7 miljoner kronor", "-", "volymer", "bemanning"),
        ),
        H("Vuxenutbildning och sfi", 3),
        P(
            "Vuxenutbildningen och sfi bedöms redovisa överskott om 1,3 respektive 0,6 miljoner kronor. "
            "Statsbidraget för regional yrkesvux har blivit högre än budgeterat, och inom sfi är det färre "
            "deltagare än planerat.",
            C(
                "Vuxenutbildning",
                "1,3",
                "+",
                "statsbidrag",
                unit="mnkr",
                note="A 'respektive' pair with a cause for each area in the next sentence.",
                also=(C("Sfi", "0,6 miljoner kronor", "+", "volymer"),),
            ),
        ),
        H("Nämnd och förvaltning", 3),
        P(
            "Kostnaderna för det nya elevhälsosystemet och för konsulter i samband med införandet gör att de "
            "förvaltningsgemensamma kostnaderna överstiger budget med 1,4 miljoner kronor.",
            C("Nämnd och förvaltning", "1,4 miljoner kronor", "-", "it_digitalisering", "inhyrd_personal"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser över antalet platser på introduktionsprogrammen inför hösten.",
            A("Egna gymnasieskolor", None, "omstallning"),
        ),
        P(
            "Nämnden har också beslutat om ett tillfälligt stopp för inköp av inventarier, som beräknas ge 0,5 "
            "miljoner kronor.",
            A(None, "0,5 miljoner kronor", "material_hjalpmedel"),
        ),
        H("Elevunderlag", 2),
        P(
            "Antalet folkbokförda 16–19-åringar i kommunen ökade med 3,2 procent jämfört med mars 2025.",
            O(None, "volymer", note="Population against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="huddinge-gyn-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Huddinge",
            "committee": ["Gymnasienämnden"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026 Gymnasienämnden", "author": "Huddinge kommun"},
        style=style,
        blocks=blocks,
    )
