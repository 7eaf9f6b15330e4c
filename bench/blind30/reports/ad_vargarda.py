"""Vårgårda kommun, Bildningsnämnden, delårsrapport augusti 2025.

An education committee's interim report whose verksamhet table is pasted as an image (no text layer): the
accumulated surplus and the full year's deficit in one sentence (the full year's is the amount), the change since
April naming the area that drives it (a forecast change, no tag); then one paragraph per verksamhet in varied
shapes: "beräknas lämna ett överskott på 0,9 mnkr", a small "marginell avvikelse på −0,1 mnkr" that is still a
stated deviation (a cause, not boilerplate), a run-in "Gymnasieskolan:" with reasons before the amount, a
deficit for the anpassad grundskola with reasons and no amount (the image table holds it: null), "en positiv
avvikelse på 0,6 mnkr, då", "bedöms hålla budget" (boilerplate) and central funds "0,8 mnkr" that "redovisas som
överskott"; investments "används fullt ut" (a boilerplate cause); an action, a risk and eligibility against
last year (others). 7 scored causes. DejaVu Sans 9.5 pt.

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
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "sans-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("Vårgårda kommun", "Delårsrapport augusti 2025 – Bildningsnämnden"),
        footer=lambda n, m: ("Bildningsnämnden 2025-09-23", "Dnr BN 2025/64", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2025, mnkr",
        header=(("Verksamhet", "Budget", "Utfall jan–aug", "Prognos", "Avvikelse"),),
        rows=(
            ("Förskola", "58,4", "37,9", "57,5", "0,9"),
            ("Grundskola inkl. fritidshem", "142,6", "93,1", "142,7", "-0,1"),
            ("Gymnasieskola", "61,8", "42,6", "64,4", "-2,6"),
            ("Anpassad grundskola", "9,7", "7,2", "11,0", "-1,3"),
            ("Vuxenutbildning", "11,2", "6,9", "10,6", "0,6"),
            ("Kulturskola och bibliotek", "12,9", "8,4", "12,9", "0,0"),
            ("Nämndgemensamt", "6,3", "3,1", "5,5", "0,8"),
            ("Summa", "302,9", "199,2", "304,6", "-1,7"),
        ),
        widths=(150.0, 60.0, 80.0, 60.0, 66.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Delårsrapport augusti 2025", size=20, font="serif-bold", after=2),
        Title("Bildningsnämnden", size=12.5, font="sans", after=12),
        H("Ekonomi", 2),
        P(
            "Bildningsnämndens ackumulerade resultat efter augusti visar ett överskott på 2,1 mnkr mot budget, medan "
            "helårsprognosen pekar på ett underskott på 1,7 mnkr.",
            C(
                None,
                "1,7 mnkr",
                "-",
                note="The period's surplus and the full year's deficit in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Jämfört med prognosen i april har helåret försämrats med 1,1 mnkr, och det är framför allt gymnasieskolan "
            "som drar.",
            F(None, "1,1 mnkr", "-", note="The area that drives the change is named, no cause: no tag."),
        ),
        table,
        H("Verksamheternas prognoser", 2),
        P(
            "Förskolan beräknas lämna ett överskott på 0,9 mnkr. Barnantalet har sjunkit under våren och en avdelning "
            "på Lärkans förskola har kunnat stängas.",
            C("Förskola", "0,9 mnkr", "+", "volymer", "omstallning"),
        ),
        P(
            "Grundskolan inklusive fritidshem följer i stort sett budget, med en marginell avvikelse på −0,1 mnkr.",
            C(
                "Grundskola inklusive fritidshem",
                "−0,1 mnkr",
                "-",
                note="A small stated deviation with its amount is a cause, not boilerplate, though it 'följer i stort "
                "sett budget'.",
            ),
        ),
        LP(
            "Gymnasieskolan:",
            "kostnaderna för elever som studerar i andra kommuner och hos fristående huvudmän ökar, eftersom fler söker "
            "program som inte finns i Vårgårda. Prognosen är ett underskott om 2,6 mnkr.",
            C(
                "Gymnasieskola",
                "2,6 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The amount after the reasons.",
            ),
        ),
        P(
            "Anpassade grundskolan går mot ett underskott, eftersom två nya elever har tillkommit under året, varav en "
            "med behov av skolskjuts med specialfordon.",
            C(
                "Anpassad grundskola",
                None,
                "-",
                "volymer",
                note="No amount in the prose, and the table is an image with no text layer: null.",
            ),
        ),
        P(
            "Vuxenutbildningen redovisar en positiv avvikelse på 0,6 mnkr, då statsbidraget för regional yrkesvux blev "
            "högre än budgeterat.",
            C("Vuxenutbildning", "0,6 mnkr", "+", "statsbidrag"),
        ),
        P("Kulturskola och bibliotek bedöms hålla budget.", BP("Kulturskola och bibliotek")),
        P(
            "Centralt budgeterade medel för oförutsedda kostnader, 0,8 mnkr, har hittills inte behövt användas och "
            "redovisas som överskott i prognosen.",
            C(
                "Nämndgemensamt",
                "0,8 mnkr",
                "+",
                "reserver",
                note="The unused contingency funds are the surplus: the amount.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 3,5 mnkr avser i huvudsak inventarier och digitala verktyg. Prognosen är "
            "att budgeten används fullt ut.",
            BP("Investeringar", note="Investments in balance: boilerplate."),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Nämnden har beslutat att tillsammans med Alingsås och Herrljunga se över gymnasieskolans programutbud, så "
            "att fler elever kan gå i samverkanskommunernas skolor till en lägre kostnad.",
            A("Gymnasieskola", None, "kopt_verksamhet"),
        ),
        P(
            "Prognosen för gymnasieskolan är osäker fram till att antagningen för höstterminen har stämts av mot "
            "faktiska elever i oktober.",
            O("Gymnasieskola", note="A risk: other."),
        ),
        H("Måluppfyllelse", 2),
        P(
            "Andelen elever i årskurs 9 som är behöriga till gymnasieskolan var 84 procent, jämfört med 79 procent "
            "2024.",
            O("Grundskola inklusive fritidshem", note="A result against last year: other."),
        ),
    ]
    return ReportSpec(
        file="vargarda-bin-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Vårgårda",
            "committee": ["Bildningsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport augusti 2025 Bildningsnämnden", "author": "Vårgårda kommun"},
        style=style,
        blocks=blocks,
    )
