"""Västra Götalandsregionen, Styrelsen för NU-sjukvården, månadsrapport mars 2026.

A hospital group's month report in "miljoner kronor" with the styrelse's meeting date in April in the
footer: the accumulated result "41 miljoner kronor sämre än periodens budget" and "Helårsprognosen är
oförändrad … ett underskott mot budget på 150 miljoner kronor" (a cause, not boilerplate: it states the
deviation); a result table pasted as an image (every amount in the prose); kostnadsslag as paragraphs:
personnel costs "9 miljoner kronor högre än budget" with overtime and open beds, hired staff whose level (22)
is not the deviation (14), bought care "överskrider budget med 11", drugs "ligger 6 … över", state grants not
yet distributed "lägre intäkter än budget med 4" and patient fees "3 miljoner kronor högre" (positive),
"ligger sammantaget i nivå med budget" (boilerplate); two areas "−19 respektive −14 miljoner kronor" and a
third's surplus after "medan" in one sentence (three items); an action plan with its effect, a risk and
visits against last year (others). DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O

IMAGE = "The result table is an image, so the amount is the prose's."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Västra Götalandsregionen", "NU-sjukvården"),
        footer=lambda n, m: ("Månadsrapport mars 2026", "Styrelsen för NU-sjukvården 2026-04-23", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per område, mnkr",
        header=(("Område", "Utfall jan–mar", "Budget jan–mar", "Avvikelse", "Prognos avvikelse helår"),),
        rows=(
            ("Område Akut", "-21", "-2", "-19", "-62"),
            ("Område Medicin", "-16", "-2", "-14", "-55"),
            ("Område Kirurgi", "-9", "-1", "-8", "-30"),
            ("Område Psykiatri", "2", "-1", "3", "6"),
            ("Gemensamt", "-4", "-1", "-3", "-9"),
            ("Summa", "-48", "-7", "-41", "-150"),
        ),
        widths=(130.0, 70.0, 76.0, 60.0, 110.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=19, font="sans-bold", after=2),
        Title("NU-sjukvården", size=12, font="cond", after=14),
        H("Ekonomiskt resultat", 2),
        P(
            "NU-sjukvårdens ackumulerade resultat efter mars är −48 miljoner kronor, vilket är 41 miljoner kronor "
            "sämre än periodens budget.",
            C(
                None,
                "41 miljoner kronor",
                "-",
                note="The period against budget; the level −48 is not the amount.",
            ),
        ),
        P(
            "Helårsprognosen är oförändrad jämfört med februari, ett underskott mot budget på 150 miljoner kronor.",
            C(
                None,
                "150 miljoner kronor",
                "-",
                note="An unchanged forecast that states the full year's deviation: a cause, not boilerplate.",
            ),
        ),
        table,
        H("Kostnader och intäkter", 2),
        P(
            "Personalkostnaderna exklusive inhyrd personal är 9 miljoner kronor högre än budget för perioden. "
            "Överskridandet beror främst på övertid och mertid inom akutmottagningen och på att fler vårdplatser än "
            "planerat har hållits öppna under influensatoppen.",
            C("Personalkostnader", "9 miljoner kronor", "-", "overtid", "volymer"),
        ),
        P(
            "Kostnaden för inhyrd personal uppgår till 22 miljoner kronor hittills i år, vilket är 14 miljoner "
            "kronor mer än budgeterat.",
            C(
                "Inhyrd personal",
                "14 miljoner kronor",
                "-",
                "inhyrd_personal",
                note="The level (22) is not the deviation.",
            ),
        ),
        P(
            "Köpt vård överskrider budget med 11 miljoner kronor till följd av fler utomlänsremisser inom ortopedi "
            "och ett ökat antal patienter i rättspsykiatrisk vård hos andra regioner.",
            C("Köpt vård", "11 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        P(
            "Läkemedelskostnaderna ligger 6 miljoner kronor över periodens budget, framför allt på grund av nya "
            "behandlingar inom reumatologi och cancersjukvård.",
            C(
                "Läkemedel",
                "6 miljoner kronor",
                "-",
                "material_hjalpmedel",
                note="Drugs are material_hjalpmedel.",
            ),
        ),
        P(
            "Riktade statsbidrag för kortare väntetider har ännu inte fördelats från regionen, vilket ger lägre "
            "intäkter än budget med 4 miljoner kronor för perioden.",
            C("Statsbidrag", "4 miljoner kronor", "-", "statsbidrag", "periodisering"),
        ),
        P(
            "Patientavgifter och försäljning av vård till andra regioner är 3 miljoner kronor högre än budget.",
            C("Patientavgifter och såld vård", "3 miljoner kronor", "+", "avgifter_intakter"),
        ),
        P(
            "Övriga kostnader och intäkter ligger sammantaget i nivå med budget.",
            BP("Övriga kostnader och intäkter"),
        ),
        H("Områdenas resultat", 2),
        P(
            "Område Akut och Område Medicin står för den största delen av underskottet med −19 respektive −14 "
            "miljoner kronor för perioden, medan Område Psykiatri visar ett överskott på 3 miljoner kronor tack vare "
            "vakanta läkartjänster som inte har ersatts med hyrläkare.",
            C(
                "Område Akut",
                "−19",
                "-",
                unit="mnkr",
                note="Two areas as a 'respektive' pair and a third after 'medan': three items, same text. "
                + IMAGE,
                also=(
                    C("Område Medicin", "−14 miljoner kronor", "-"),
                    C("Område Psykiatri", "3 miljoner kronor", "+", "vakanser"),
                ),
            ),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Helårsprognosen förutsätter att åtgärdsplanen ger effekt. Planen innehåller bland annat utfasning av "
            "hyrsjuksköterskor på vårdavdelningarna senast i juni och en översyn av vårdplatsorganisationen, med en "
            "beräknad effekt på 60 miljoner kronor för 2026.",
            A(None, "60 miljoner kronor", "inhyrd_personal", "bemanning"),
        ),
        P(
            "Det finns en risk att kostnaderna för köpt vård fortsätter att öka om kapaciteten i den egna ortopedin "
            "inte byggs ut under hösten.",
            O("Köpt vård", note="A risk: other."),
        ),
        P(
            "Jämfört med samma period föregående år har antalet besök på akutmottagningarna ökat med 6 procent.",
            O(None, "volymer", note="Visits against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="region-vastra-gotaland-nu-manadsrapport-2026-03.pdf",
        report={
            "municipality": ["Region Västra Götaland", "Västra Götalandsregionen"],
            "committee": ["Styrelsen för NU-sjukvården", "NU-sjukvården"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026 NU-sjukvården", "author": "Västra Götalandsregionen"},
        style=style,
        blocks=blocks,
    )
