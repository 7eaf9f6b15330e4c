"""Forshaga kommun, Tekniska nämnden, verksamhetsberättelse 2025.

A technical committee's year-end report (period = the year), DejaVu Serif 9.5 pt, footer with the date it
was adopted in February: "nettokostnader … blev 1 870 tkr högre än budgeterat", then the interim report's
forecast as a level and the outcome "530 tkr bättre än prognosen" with a weather reason (a forecast change);
a verksamhet table whose deviation is "utfall minus budget", so "+" means a higher cost; bold run-in
verksamheter with a full stop: snow and frost damage with the amount at the end ("Sammantaget överskreds
budgeten med 2,7 mnkr", the table's 2 650 within the prose's precision), premises with reasons only (the
row's "−320", a positive deviation under a minus sign), building-permit revenue that "understiger budget med
410 tkr" (negative), a kitchen closed for rebuilding "visar ett överskott om 560 tkr" beside a price
increase in percent, transport services "390 tkr högre än budget" with a percentage against last year as the
reason, and management with a vacancy only (the row's "−700"); water and sewage with its surplus and the
transfer to the resultatfond (other); investments "13,4 mnkr lägre än investeringsbudgeten", a project that
"står för 9,0 mnkr av avvikelsen" (its own item) and an overrun "1,2 mnkr högre än budgeterat"; building
permits against last year and a future need (others). 11 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, C, F, O

ROW = "Reasons only: the table row's cell (utfall minus budget, so a minus sign is a surplus)."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Forshaga kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Tekniska nämnden", "Antagen 2026-02-12, § 9", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr (avvikelse = utfall minus budget, plus innebär högre kostnad)",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Förvaltningsledning", "6 400", "5 700", "−700"),
            ("Gator, vägar och parker", "18 900", "21 550", "+2 650"),
            ("Fastigheter", "24 300", "23 980", "−320"),
            ("Plan och bygg", "2 150", "2 560", "+410"),
            ("Måltidsservice", "19 700", "19 140", "−560"),
            ("Färdtjänst och kollektivtrafik", "8 600", "8 990", "+390"),
            ("Nämnden totalt", "80 050", "81 920", "+1 870"),
        ),
        widths=(190.0, 70.0, 70.0, 74.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=19, font="serif-bold", after=2),
        Title("Tekniska nämnden", size=12, font="serif-italic", after=12),
        H("Året i korthet", 2),
        P(
            "Året präglades av en snörik inledning, ombyggnaden av köket på Ulleruds skola och förberedelserna för "
            "den nya gång- och cykelvägen längs Klarälven. Nämnden har under året också tagit över ansvaret för "
            "färdtjänsten från kommunstyrelsen."
        ),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Nämndens nettokostnader för 2025 blev 1 870 tkr högre än budgeterat.",
                C(None, "1 870 tkr", "-"),
            ),
            (
                "I delårsrapporten bedömdes underskottet bli 2 400 tkr. Utfallet blev alltså 530 tkr bättre än "
                "prognosen, främst eftersom vinterväghållningen i november och december blev billigare än befarat.",
                F(
                    None,
                    "530 tkr",
                    "+",
                    "ovrigt",
                    note="The outcome against the interim forecast (a level, 2 400 tkr, first): weather is ovrigt.",
                ),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 3),
        LP(
            "Gator, vägar och parker.",
            "Snöröjningen i januari och februari kostade betydligt mer än ett normalår, och två frostskador på "
            "Dyvelstensvägen fick åtgärdas akut. Sammantaget överskreds budgeten med 2,7 mnkr.",
            C(
                "Gator, vägar och parker",
                "2,7 mnkr",
                "-",
                "ovrigt",
                note="Reasons first, the amount at the end (the table's 2 650 tkr within the prose's precision).",
            ),
        ),
        LP(
            "Fastigheter.",
            "Elpriset låg under den budgeterade nivån hela året, och det planerade takbytet på Bergmossens förskola "
            "sköts upp till 2026.",
            C(
                "Fastigheter",
                "−320",
                "+",
                "prisokningar",
                "periodisering",
                unit="tkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Plan och bygg.",
            "Bygglovsintäkterna understiger budget med 410 tkr, eftersom flera större detaljplaner har försenats och "
            "byggherrarna väntar med sina ansökningar.",
            C(
                "Plan och bygg",
                "410 tkr",
                "-",
                "avgifter_intakter",
                "volymer",
                note="Revenue 'understiger budget': negative.",
            ),
        ),
        LP(
            "Måltidsservice.",
            "Verksamheten visar ett överskott om 560 tkr, trots att livsmedelspriserna steg med drygt 6 procent "
            "under året. Köket på Ulleruds skola var stängt under ombyggnaden från april till oktober, och maten "
            "levererades under tiden från centralköket.",
            C(
                "Måltidsservice",
                "560 tkr",
                "+",
                "ovrigt",
                note="The price rise works against the surplus and is not its cause; a closure for rebuilding is ovrigt.",
            ),
        ),
        LP(
            "Färdtjänst och kollektivtrafik.",
            "Kostnaden för färdtjänst blev 390 tkr högre än budget. Antalet resor ökade med 14 procent jämfört med "
            "2024, främst bland resenärer över 80 år.",
            C(
                "Färdtjänst och kollektivtrafik",
                "390 tkr",
                "-",
                "volymer",
                note="The percentage against last year is the reason here, inside the item.",
            ),
        ),
        LP(
            "Förvaltningsledning.",
            "Tjänsten som förvaltningschef var vakant i fem månader innan den nya chefen tillträdde i juni.",
            C("Förvaltningsledning", "−700", "+", "vakanser", unit="tkr", table=True, note=ROW),
        ),
        H("Vatten och avlopp", 2),
        PS(
            (
                "VA-verksamheten redovisar ett överskott på 1 150 tkr mot budget, främst genom högre "
                "anslutningsavgifter från det nya bostadsområdet i Dyvelsten.",
                C("Vatten och avlopp", "1 150 tkr", "+", "avgifter_intakter"),
            ),
            (
                "Överskottet förs till VA-kollektivets resultatfond och påverkar inte nämndens resultat.",
                O("Vatten och avlopp", "reserver", note="A transfer to the fund: a reserve statement."),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nettoinvesteringarna uppgick till 31,2 mnkr, vilket är 13,4 mnkr lägre än investeringsbudgeten.",
            C(
                "Investeringar",
                "13,4 mnkr",
                "+",
                note="Investment under-spending, no reason in the sentence.",
            ),
        ),
        P(
            "Gång- och cykelvägen längs Klarälven står för 9,0 mnkr av avvikelsen. Projektet kunde inte starta "
            "förrän Trafikverkets medfinansiering var beslutad i oktober.",
            C(
                "Gång- och cykelväg längs Klarälven",
                "9,0 mnkr",
                "+",
                "periodisering",
                note="A project's share of the investment deviation in a paragraph of its own: its own item.",
            ),
        ),
        P(
            "Utbytet av gatubelysning till LED tidigarelades, och reinvesteringarna i belysning blev därför 1,2 mnkr "
            "högre än budgeterat.",
            C("Gatubelysning", "1,2 mnkr", "-", "periodisering", note="Investment overrun: brought forward."),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Under 2025 beviljades 148 bygglov, jämfört med 171 året innan.",
            O("Plan och bygg", "volymer", note="A volume against the previous year."),
        ),
        H("Framtiden", 2),
        P(
            "Nämnden bedömer att underhållsskulden i gatunätet kommer att kräva utökade medel under de kommande "
            "åren.",
            O(None, note="Outlook."),
        ),
    ]
    return ReportSpec(
        file="forshaga-tn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Forshaga",
            "committee": ["Tekniska nämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Tekniska nämnden", "author": "Forshaga kommun"},
        style=style,
        blocks=blocks,
    )
