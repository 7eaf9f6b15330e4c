"""Sydnärkes utbildningsförbund (kommunalförbund), Förbundsdirektionen, ekonomisk uppföljning januari–september
2025.

An upper-secondary and adult education kommunalförbund's follow-up in "miljoner kronor" and tkr, footer with
the direktion's meeting date in October: the full-year result against the budgeted result ("1,6 miljoner
kronor lägre än budget", between two levels), the members' contributions paid "enligt budget" (boilerplate),
the other kommuners' pupil payments "3,2 miljoner kronor mer än budgeterat", a result table in tkr with "+"
and U+2212; bold run-in kostnadsslag where one lead carries the amount ("Personalkostnader −4,2 miljoner
kronor.") and the others end in a full stop, with reasons only (the rows' "−900" and "+1 100", the latter
with a buffer of 0,6 miljoner kronor that is only a part); the change since the April report with its cause,
an investment overrun "2,1 miljoner kronor mer än budget", an action with "cirka 400 tkr" and a goal not met
with "Det beror delvis på" (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(74.0, 80.0, 74.0, 74.0),
        header=lambda n, m: ("Sydnärkes utbildningsförbund", "Ekonomisk uppföljning september 2025"),
        footer=lambda n, m: ("Förbundsdirektionen 2025-10-23", "", f"{n}/{m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning 2025, tkr",
        header=(("", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "312 600", "312 600", "0"),
            ("Interkommunala intäkter", "48 900", "52 100", "+3 200"),
            ("Statsbidrag", "21 400", "19 800", "−1 600"),
            ("Övriga intäkter", "6 300", "6 700", "+400"),
            ("Personalkostnader", "−241 700", "−245 900", "−4 200"),
            ("Lokalkostnader", "−58 200", "−59 100", "−900"),
            ("Köp av huvudverksamhet", "−41 500", "−41 100", "+400"),
            ("Övriga kostnader", "−39 800", "−38 700", "+1 100"),
            ("Avskrivningar", "−4 000", "−4 000", "0"),
            ("Resultat", "4 000", "2 400", "−1 600"),
        ),
        widths=(160.0, 80.0, 80.0, 74.0),
        bold_rows=frozenset({9}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning januari–september 2025", size=17, font="sans-bold", after=2),
        Title("Sydnärkes utbildningsförbund", size=12, font="sans", after=12),
        H("Förbundets ekonomi", 2),
        P(
            "Förbundet prognostiserar ett helårsresultat på 2,4 miljoner kronor. Budgeterat resultat är 4,0 miljoner "
            "kronor, så prognosen ligger 1,6 miljoner kronor lägre än budget.",
            C(
                None,
                "1,6 miljoner kronor",
                "-",
                note="The deviation between two levels: the deviation is the amount.",
            ),
        ),
        P("Bidragen från medlemskommunerna betalas ut enligt budget.", BP("Medlemsbidrag")),
        P(
            "Elevpengen för elever från andra kommuner ger däremot 3,2 miljoner kronor mer än budgeterat, eftersom fler "
            "elever från Örebro och Motala än väntat har sökt sig till förbundets gymnasieskolor.",
            C(
                "Interkommunala intäkter",
                "3,2 miljoner kronor",
                "+",
                "volymer",
                "avgifter_intakter",
                note="Pupil payments received from other kommuner: a revenue, so avgifter_intakter.",
            ),
        ),
        table,
        H("Kommentarer per post", 2),
        LP(
            "Personalkostnader −4,2 miljoner kronor.",
            "Fler elever har krävt två extra klasser på el- och energiprogrammet från höstterminen, och "
            "lönerevisionen blev högre än budgeterat.",
            C(
                "Personalkostnader",
                "−4,2 miljoner kronor",
                "-",
                "volymer",
                "lonekostnader",
                note="The bold run-in lead carries the amount.",
            ),
        ),
        LP(
            "Statsbidrag.",
            "Statsbidraget för yrkesvux har sänkts inför hösten, och förbundet får 1,6 miljoner kronor mindre än "
            "budgeterat.",
            C("Statsbidrag", "1,6 miljoner kronor", "-", "statsbidrag"),
        ),
        LP(
            "Lokalkostnader.",
            "Tillfälliga moduler vid gymnasieskolan i Kumla, som behövs under ombyggnaden av verkstadshallen, ger "
            "högre kostnader än planerat.",
            C(
                "Lokalkostnader",
                "−900",
                "-",
                "lokaler",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        LP(
            "Övriga kostnader.",
            "Posten ligger under budget eftersom läromedlen till vuxenutbildningen har blivit billigare när fler kurser "
            "använder digitala läromedel, och eftersom förbundets centrala buffert på 0,6 miljoner kronor inte har "
            "använts.",
            C(
                "Övriga kostnader",
                "+1 100",
                "+",
                "material_hjalpmedel",
                "reserver",
                unit="tkr",
                table=True,
                note="The buffer's 0,6 miljoner kronor is a part: the table row's cell.",
            ),
        ),
        P(
            "Jämfört med delårsrapporten per april är prognosen 0,8 miljoner kronor sämre, vilket främst beror på det "
            "sänkta statsbidraget.",
            F(None, "0,8 miljoner kronor", "-", "statsbidrag"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna beräknas uppgå till 7,9 miljoner kronor, 2,1 miljoner kronor mer än budget, eftersom "
            "utrustningen till den nya verkstadshallen köptes in tidigare än planerat.",
            C(
                "Investeringar",
                "2,1 miljoner kronor",
                "-",
                "material_hjalpmedel",
                "periodisering",
                note="An investment overrun: negative.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat att inte ersätta två tjänster inom administrationen som blir lediga under "
            "hösten, med en effekt på cirka 400 tkr under 2025.",
            A("Personalkostnader", "cirka 400 tkr", "vakanser"),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Andelen elever med gymnasieexamen inom fyra år var 79 procent, vilket är lägre än målet på 82 procent. "
            "Det beror delvis på fler nyanlända elever på introduktionsprogrammen.",
            O(None, note="A goal not met, with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="sydnarkes-utbildningsforbund-ekonomisk-uppfoljning-2025-09.pdf",
        report={
            "municipality": [
                "Sydnärkes utbildningsförbund",
                "Kommunalförbundet Sydnärkes utbildningsförbund",
            ],
            "committee": ["Förbundsdirektionen", "Direktionen"],
            "period": ["2025-09"],
            "report_type": "ekonomisk uppföljning",
        },
        metadata={
            "title": "Ekonomisk uppföljning januari–september 2025",
            "author": "Sydnärkes utbildningsförbund",
        },
        style=style,
        blocks=blocks,
    )
