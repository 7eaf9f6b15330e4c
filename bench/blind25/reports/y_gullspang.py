"""Gullspångs kommun, Samhällsbyggnadsnämnden, verksamhetsberättelse 2025 (year end).

A year-end report for a technical committee in Liberation Serif (Times metrics) 11 pt: the tax-financed
operations "1 870 tkr sämre än budget" with the snowy winter and more home adaptations as reasons; the water
and sewage operations' surplus with its cause, followed in the same paragraph by its transfer to the VA
fund (other); a driftredovisning in tkr with last year's outcome as a column; headings that carry the area
and the amount in brackets ("Gator och vägar (−1 110 tkr)"), one with a context sentence after the cause
(unlabelled), one whose reason is a vacancy; two small surpluses as a "respektive" pair ("150 respektive
50 tkr"); the cost increase against 2024 (other); an investment table whose note says a positive figure
is an overrun, the total "1 320 tkr lägre än budget", a pressure station that "överskred budget med 750
tkr", and a cycle path with a reason only (the row's "−1 900", an under-spend) followed by a request to
carry the money over (other). 11 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import HP, C, O

HEAD = "The heading carries the area and its amount in brackets."


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
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Gullspångs kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Samhällsbyggnadsnämnden", "", f"{n}"),
        header_size=8.5,
    )
    operations = Table(
        caption="Driftredovisning 2025, tkr (negativ avvikelse = underskott)",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse", "Utfall 2024"),),
        rows=(
            ("Nämnd och administration", "3 200", "3 050", "150", "2 980"),
            ("Gator och vägar", "8 600", "9 710", "−1 110", "8 240"),
            ("Fastighetsförvaltning", "21 400", "21 860", "−460", "20 900"),
            ("Bostadsanpassning", "1 300", "2 020", "−720", "1 150"),
            ("Parker och grönytor", "3 900", "3 680", "220", "3 760"),
            ("Kost och städ", "18 700", "18 650", "50", "17 830"),
            ("Summa skattefinansierat", "57 100", "58 970", "−1 870", "54 860"),
            ("VA-verksamhet", "0", "−640", "640", "−210"),
        ),
        widths=(150.0, 60.0, 60.0, 64.0, 68.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    projects = Table(
        caption="Investeringsprojekt 2025, tkr (positiv avvikelse = överskridande)",
        header=(("Projekt", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Tryckstegringsstation Hova", "4 200", "4 950", "+750"),
            ("Gång- och cykelväg Skagersvik", "3 100", "1 200", "−1 900"),
            ("Energieffektivisering skolor", "2 500", "2 380", "−120"),
            ("Övriga projekt", "1 900", "1 850", "−50"),
            ("Summa", "11 700", "10 380", "−1 320"),
        ),
        widths=(180.0, 64.0, 64.0, 70.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="arial-bold", after=2),
        Title("Samhällsbyggnadsnämnden", size=13, font="times-italic", after=14),
        H("Året i korthet", 2),
        P(
            "Under året färdigställdes den nya tryckstegringsstationen i Hova, och detaljplanen för villatomterna "
            "vid Sjöängen vann laga kraft. Vintern var den snörikaste på tio år."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Den skattefinansierade verksamheten redovisar för 2025 ett utfall som är 1 870 tkr sämre än budget. "
            "Den snörika vintern och ett ökat antal ärenden om bostadsanpassning förklarar huvuddelen av "
            "underskottet.",
            C(
                "Skattefinansierad verksamhet",
                "1 870 tkr",
                "-",
                "ovrigt",
                "volymer",
                note="Snow is ovrigt.",
            ),
        ),
        PS(
            (
                "VA-verksamheten går med ett överskott mot budget om 640 tkr, främst genom att fler nya villatomter "
                "än beräknat har anslutits och betalat anläggningsavgift.",
                C("VA-verksamheten", "640 tkr", "+", "avgifter_intakter", "volymer"),
            ),
            (
                "Överskottet har i sin helhet avsatts till VA-kollektivets resultatfond och påverkar inte kommunens "
                "resultat.",
                O("VA-verksamheten", "reserver", note="A transfer to the VA fund: a reserve statement."),
            ),
        ),
        operations,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Gator och vägar (−1 110 tkr)",
            "Vinterväghållningen kostade betydligt mer än ett normalår. Plogning och sandning krävdes vid 41 "
            "tillfällen mot normalt omkring 25, och entreprenörens timpris räknades upp med 6,8 procent vid "
            "årsskiftet.",
            C("Gator och vägar", "−1 110 tkr", "-", "ovrigt", "prisokningar", note=HEAD),
        ),
        HP(
            "Fastighetsförvaltning (−460 tkr)",
            "Akuta reparationer efter en vattenläcka i Gullstensskolan i november belastade resultatet, och "
            "elkostnaderna blev högre än budgeterat under årets första kvartal.",
            C(
                "Fastighetsförvaltning",
                "−460 tkr",
                "-",
                "ovrigt",
                "prisokningar",
                note=HEAD + " Water damage: ovrigt.",
            ),
        ),
        Para(
            (
                (
                    "Antalet beviljade ärenden ökade från 38 till 57, däribland två omfattande ombyggnader av "
                    "badrum för barn med funktionsnedsättning.",
                    C(
                        "Bostadsanpassning",
                        "−720 tkr",
                        "-",
                        "volymer",
                        note=HEAD
                        + " The sentence after it is context on the law, not a reason: outside the item.",
                    ),
                ),
                (
                    "Bostadsanpassning är en rättighetslag, och kostnaderna kan inte styras av nämnden.",
                    None,
                ),
            ),
            head="Bostadsanpassning (−720 tkr)",
            head_level=3,
        ),
        HP(
            "Parker och grönytor (+220 tkr)",
            "En tjänst som parkarbetare har varit vakant halva året.",
            C("Parker och grönytor", "+220 tkr", "+", "vakanser", note=HEAD),
        ),
        H("Övriga verksamheter", 3),
        P(
            "Nämnd och administration samt kost och städ redovisar små överskott, 150 respektive 50 tkr.",
            C(
                "Nämnd och administration",
                "150",
                "+",
                unit="tkr",
                note="A 'respektive' pair: two items with the same text, no reasons.",
                also=(C("Kost och städ", "50 tkr", "+"),),
            ),
        ),
        P(
            "Jämfört med 2024 ökade nämndens nettokostnader med 4,1 mnkr, eller 7,5 procent.",
            O(None, note="Against the previous year: other."),
        ),
        H("Investeringar", 2),
        projects,
        P(
            "Investeringarna blev sammantaget 1 320 tkr lägre än budget.",
            C("Investeringar", "1 320 tkr", "+", note="Investment under-spending: positive."),
        ),
        P(
            "Tryckstegringsstationen i Hova överskred budget med 750 tkr sedan entreprenören stött på berg vid "
            "schaktningen.",
            C(
                "Tryckstegringsstation Hova",
                "750 tkr",
                "-",
                "ovrigt",
                note="An investment overrun: negative.",
            ),
        ),
        PS(
            (
                "Gång- och cykelvägen till Skagersvik kunde inte påbörjas förrän i oktober, eftersom Trafikverkets "
                "beslut om medfinansiering dröjde.",
                C(
                    "Gång- och cykelväg Skagersvik",
                    "−1 900",
                    "+",
                    "periodisering",
                    unit="tkr",
                    table=True,
                    note="Reason only: the row's cell. In this table + is an overrun, so −1 900 is an under-spend.",
                ),
            ),
            (
                "Projektet fortsätter 2026, och nämnden begär att återstående medel ombudgeteras.",
                O(
                    "Gång- och cykelväg Skagersvik",
                    note="A request to carry the money over: financing, other.",
                ),
            ),
        ),
    ]
    return ReportSpec(
        file="gullspang-sbn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Gullspång",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Samhällsbyggnadsnämnden",
            "author": "Gullspångs kommun",
        },
        style=style,
        blocks=blocks,
    )
