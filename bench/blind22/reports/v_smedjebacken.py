"""Smedjebackens kommun, Tekniska nämnden, verksamhetsberättelse 2025.

A technical committee's year-end report in tkr and mnkr, footer with the nämnd's meeting date in February:
the tax-funded result "ett överskott mot budget på 1 860 tkr" (a cause, area the tax-funded part), net costs against 2024 in the
next paragraph (other), the taxe-funded water and sewage's deficit with its reasons followed in the same
paragraph by its coverage from the resultatfond (other); a result table with last year's deviation beside
this year's; plain headings over paragraphs in past-tense shapes: "överskred sin budget med 1 280 tkr" with an
index clause whose 11 procent is not the amount, "lämnar ett överskott på 1 780 tkr", "gav 680 tkr kvar av
budgeten", a reason-only "håller budget med marginal" whose amount is the table's "160", and two areas as a
"respektive" pair with a reason each; an investment table where a plus means spending over budget, then one
paragraph of three sentences about three areas: the total as two levels (the computed 5,8 mnkr), a
delayed recycling centre (reason only, the table's "−8 600", a surplus), a pipeline "2,7 mnkr dyrare än
budgeterat"; goals not met with "beror på" and an outlook (others). 11 scored causes. DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import C, O

INV = "Investment table: + = outcome over budget, so a minus is an under-spend (positive)."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Smedjebackens kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Tekniska nämnden 2026-02-12", "", f"{n}"),
        header_size=8.0,
    )
    drift = Table(
        caption="Driftredovisning 2025, tkr (avvikelse = budget minus utfall)",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse", "Avvikelse 2024"),),
        rows=(
            ("Nämnd och administration", "3 650", "3 420", "230", "110"),
            ("Gator och vägar", "14 200", "15 480", "−1 280", "−640"),
            ("Parker och grönområden", "4 900", "4 610", "290", "80"),
            ("Fastighetsförvaltning", "9 800", "8 020", "1 780", "950"),
            ("Måltidsverksamhet", "18 300", "18 140", "160", "−420"),
            ("Bostadsanpassning", "2 400", "1 720", "680", "300"),
            ("Summa skattefinansierat", "53 250", "51 390", "1 860", "380"),
            ("Vatten och avlopp", "0", "2 310", "−2 310", "450"),
        ),
        widths=(150.0, 60.0, 60.0, 66.0, 86.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    invest = Table(
        caption="Investeringar 2025, tkr (avvikelse = utfall minus budget)",
        header=(("Projekt", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Vattenledning Smedjebacken–Söderbärke", "18 500", "21 200", "+2 700"),
            ("Återvinningscentral Vad", "12 000", "3 400", "−8 600"),
            ("Gatubelysning LED", "2 500", "2 450", "−50"),
            ("Reinvestering gator", "4 000", "4 120", "+120"),
            ("Summa", "37 000", "31 170", "−5 830"),
        ),
        widths=(200.0, 66.0, 66.0, 70.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="serif-bold", after=2),
        Title("Tekniska nämnden", size=13, font="serif-italic", after=14),
        H("Året i korthet", 2),
        P(
            "Under året färdigställdes den nya vattenledningen mellan Smedjebacken och Söderbärke, och arbetet med "
            "den nya återvinningscentralen i Vad påbörjades. Nämnden tog också över ansvaret för "
            "bostadsanpassningen från socialnämnden."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Den skattefinansierade verksamheten redovisar för 2025 ett överskott mot budget på 1 860 tkr.",
            C(
                "Skattefinansierad verksamhet",
                "1 860 tkr",
                "+",
                note="The tax-funded part, not the whole nämnd (water and sewage apart): its own area. Reasons "
                "follow per verksamhet.",
            ),
        ),
        P(
            "Nettokostnaden för den skattefinansierade verksamheten ökade med 3,4 procent jämfört med 2024.",
            O(None, note="Against the previous year: other."),
        ),
        PS(
            (
                "Vatten och avlopp, som finansieras med taxor, slutar med ett underskott om 2 310 tkr. Underskottet "
                "beror främst på att intäkterna från brukningsavgifter blev lägre när vattenförbrukningen minskade, "
                "samt på kostnaderna för läcksökning och reparation efter vattenläckan i Björnhyttan i augusti.",
                C("Vatten och avlopp", "2 310 tkr", "-", "avgifter_intakter", "volymer", "ovrigt"),
            ),
            (
                "Underskottet täcks av VA-kollektivets resultatfond, som efter årets uttag uppgår till 1,1 mnkr.",
                O("Vatten och avlopp", note="Coverage from a fund: other."),
            ),
        ),
        drift,
        H("Gator och vägar", 3),
        P(
            "Verksamheten överskred sin budget med 1 280 tkr. Två större frostskador på Kyrkogatan och Västra "
            "Hammargatan fick åtgärdas akut under våren, och entreprenören för vinterväghållning höjde sina priser "
            "med 11 procent enligt avtalets indexklausul.",
            C(
                "Gator och vägar",
                "1 280 tkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="Frost damage: ovrigt. 11 procent is not the amount.",
            ),
        ),
        H("Fastighetsförvaltning", 3),
        P(
            "Fastighetsförvaltningen lämnar ett överskott på 1 780 tkr. Det förklaras till största delen av planerat "
            "underhåll som inte hann genomföras, bland annat ommålningen av Hagaskolan, men också av att elpriset "
            "blev lägre än det budgeterade.",
            C("Fastighetsförvaltning", "1 780 tkr", "+", "periodisering", "prisokningar"),
        ),
        H("Bostadsanpassning", 3),
        P(
            "Antalet ärenden blev färre än väntat och två större anpassningar flyttades till 2026, vilket gav 680 tkr "
            "kvar av budgeten.",
            C("Bostadsanpassning", "680 tkr", "+", "volymer", "periodisering"),
        ),
        H("Måltidsverksamhet", 3),
        P(
            "Trots högre livsmedelspriser håller måltidsverksamheten budget med marginal, tack vare minskat matsvinn "
            "och färre portioner till äldreomsorgen.",
            C(
                "Måltidsverksamhet",
                "160",
                "+",
                "prisokningar",
                "volymer",
                unit="tkr",
                table=True,
                note="'Håller budget med marginal' with reasons: a cause with the table row's cell.",
            ),
        ),
        H("Parker, nämnd och administration", 3),
        P(
            "Parkverksamheten och nämndadministrationen redovisar 290 respektive 230 tkr i överskott, till följd av "
            "en vakant parkarbetartjänst och lägre kostnader för nämndens sammanträden.",
            C(
                "Parker och grönområden",
                "290",
                "+",
                "vakanser",
                unit="tkr",
                note="A 'respektive' pair with one reason each: two items, the unit written once.",
                also=(C("Nämnd och administration", "230 tkr", "+", "ovrigt"),),
            ),
        ),
        H("Investeringar", 2),
        invest,
        PS(
            (
                "Investeringarna uppgick till 31,2 mnkr mot budgeterade 37,0 mnkr.",
                C(
                    "Investeringar",
                    "31,2 mnkr mot budgeterade 37,0 mnkr",
                    "+",
                    value=5_800_000,
                    note="An under-spend given only as two levels: the computed 5,8 mnkr (the table's Summa "
                    "cell is −5 830 tkr).",
                ),
            ),
            (
                "Återvinningscentralen i Vad försenades när detaljplanen överklagades, och endast en mindre del av "
                "projektets medel förbrukades.",
                C(
                    "Återvinningscentral Vad",
                    "−8 600",
                    "+",
                    "periodisering",
                    unit="tkr",
                    table=True,
                    note=INV + " Reason only: the row's cell.",
                ),
            ),
            (
                "Vattenledningen till Söderbärke blev 2,7 mnkr dyrare än budgeterat, eftersom berggrunden krävde mer "
                "sprängning än förundersökningen hade visat.",
                C(
                    "Vattenledning Smedjebacken–Söderbärke",
                    "2,7 mnkr",
                    "-",
                    "ovrigt",
                    note="Investment overrun from ground conditions: ovrigt.",
                ),
            ),
        ),
        H("Nämndens mål", 2),
        P(
            "Av nämndens fem verksamhetsmål uppfylldes tre helt. Målet att minska matsvinnet med 10 procent nåddes "
            "inte, vilket beror på att mätmetoden ändrades under året.",
            O(None, note="Goal fulfilment with 'beror på': other."),
        ),
        H("Framtid", 2),
        P(
            "Kostnaderna för vinterväghållning väntas fortsätta öka när det nya avtalet börjar gälla i oktober 2026.",
            O("Gator och vägar", note="Outlook: other."),
        ),
    ]
    return ReportSpec(
        file="smedjebacken-tn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Smedjebacken",
            "committee": ["Tekniska nämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Tekniska nämnden", "author": "Smedjebackens kommun"},
        style=style,
        blocks=blocks,
    )
