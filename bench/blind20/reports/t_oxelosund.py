"""Oxelösunds kommun, Tekniska nämnden, verksamhetsberättelse 2025.

A technical committee's year-end report in DejaVu Serif 9.5 pt with DejaVu Sans headings, footer with the
nämnd's adoption date in February: the tax-financed result as "återstår 1 960 tkr av den tilldelade ramen" (a
surplus), the outcome against the interim report's break-even forecast with its reason and no amount (a
forecast change); a table with this year's and last year's deviation; bold run-in areas: roads "gav ett
överskott på 1 280 tkr, att jämföra med ett underskott på 1 940 tkr året innan" with a part ("2,1 mnkr") and a
counter-reason inside, parks whose only figure is a storm's cost (740 tkr, a part: the amount is the table's
"-610"), property with "Överskottet om 1,1 mnkr förklaras av"; two areas' "mindre avvikelser, +280 tkr
respektive −110 tkr" (two items); the water utility's deficit with its reasons and, in the next sentence, its
cover from the result fund (other) and an action, the waste utility "i nivå med budget" (boilerplate);
investments in a table whose positive deviation is an extra outlay: the total under-spend, one overrun and two
postponements as a "respektive" pair; an outlook paragraph (other). 11 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(68.0, 78.0, 68.0, 74.0),
        header=lambda n, m: ("Oxelösunds kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Tekniska nämnden", "Fastställd 2026-02-12", f"Sidan {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    operations = Table(
        caption="Driftredovisning skattefinansierad verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse", "Avvikelse 2024"),),
        rows=(
            ("Nämnd och administration", "3 150", "2 870", "280", "110"),
            ("Gator och vägar", "24 600", "23 320", "1 280", "-1 940"),
            ("Parker och grönområden", "9 800", "10 410", "-610", "-220"),
            ("Fastighetsförvaltning", "13 900", "12 780", "1 120", "650"),
            ("Kost", "8 950", "9 060", "-110", "30"),
            ("Summa", "60 400", "58 440", "1 960", "-1 370"),
        ),
        widths=(150.0, 62.0, 62.0, 64.0, 84.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    investments = Table(
        caption="Investeringar 2025, tkr (avvikelse: positivt tal = merutgift mot budget)",
        header=(("Projekt", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Ny huvudvattenledning Peterslund", "18 500", "21 300", "+2 800"),
            ("Ombyggnad Järntorget", "7 000", "2 450", "-4 550"),
            ("Upprustning lekplatser", "1 800", "1 760", "-40"),
            ("Fordon och maskiner", "3 200", "1 100", "-2 100"),
            ("Summa", "30 500", "26 610", "-3 890"),
        ),
        widths=(180.0, 62.0, 62.0, 64.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="sans-bold", after=2),
        Title("Tekniska nämnden", size=12.5, font="serif-italic", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Tekniska nämnden redovisar ett nettoutfall på 58 440 tkr för den skattefinansierade verksamheten, och "
            "därmed återstår 1 960 tkr av den tilldelade ramen.",
            C(
                None,
                "1 960 tkr",
                "+",
                note="'Återstår av ramen': a surplus. 58 440 tkr is the outcome's level.",
            ),
        ),
        P(
            "I delårsrapporten prognostiserades ett nollresultat. Att utfallet blev bättre beror främst på att den "
            "milda vintern gav lägre kostnader för snöröjning och halkbekämpning under november och december.",
            F(
                None,
                None,
                "+",
                "ovrigt",
                note="The outcome against the interim report's forecast, with its reason and no amount written.",
            ),
        ),
        operations,
        LP(
            "Gator och vägar",
            "gav ett överskott på 1 280 tkr, att jämföra med ett underskott på 1 940 tkr året innan. "
            "Vinterväghållningen kostade 2,1 mnkr mindre än budgeterat, men överskottet minskades av dyrare "
            "asfaltsbeläggningar när bitumenpriset steg under sommaren.",
            C(
                "Gator och vägar",
                "1 280 tkr",
                "+",
                "ovrigt",
                "prisokningar",
                note="The run-in lead opens the sentence. Last year's deficit and the winter part (2,1 mnkr) are not "
                "the amount. Weather is ovrigt.",
            ),
        ),
        LP(
            "Parker och grönområden.",
            "Stormen i oktober fällde ett sextiotal träd i Stjärnholm och Folkets park, och röjningen gjordes till "
            "stor del av anlitade entreprenörer. Kostnaden för röjningen uppgick till 740 tkr.",
            C(
                "Parker och grönområden",
                "-610",
                "-",
                "ovrigt",
                unit="tkr",
                table=True,
                note="The storm's cost (740 tkr) is a part, not the deviation: the table row's cell.",
            ),
        ),
        LP(
            "Fastighetsförvaltning.",
            "Överskottet om 1,1 mnkr förklaras av att två planerade underhållsåtgärder på Ramdalsskolan har skjutits "
            "till 2026 och av lägre elkostnader än budgeterat.",
            C("Fastighetsförvaltning", "1,1 mnkr", "+", "periodisering", "prisokningar"),
        ),
        P(
            "Nämnd och administration samt kostverksamheten visar mindre avvikelser, +280 tkr respektive −110 tkr.",
            C(
                "Nämnd och administration",
                "+280",
                "+",
                unit="tkr",
                note="A 'respektive' pair with signs and no reasons: two items.",
                also=(C("Kost", "−110 tkr", "-"),),
            ),
        ),
        H("Taxefinansierad verksamhet", 2),
        PS(
            (
                "Vatten och avlopp redovisar ett underskott på 2 340 tkr mot budget. Högre priser på kemikalier och el "
                "till vattenverket och fler vattenläckor än normalt förklarar avvikelsen.",
                C("Vatten och avlopp", "2 340 tkr", "-", "prisokningar", "ovrigt"),
            ),
            (
                "Underskottet täcks genom att VA-kollektivets resultatfond tas i anspråk.",
                O("Vatten och avlopp", "reserver", note="Financing from the result fund: other."),
            ),
        ),
        P(
            "För att minska läckorna har ett program för systematisk läcksökning påbörjats i december.",
            A("Vatten och avlopp"),
        ),
        P("Avfallsverksamheten visar ett resultat i nivå med budget.", BP("Avfall")),
        H("Investeringar", 2),
        investments,
        Space(4),
        P(
            "Nämndens investeringsutgifter blev 26,6 mnkr, vilket är 3,9 mnkr lägre än den budgeterade nivån.",
            C("Investeringar", "3,9 mnkr", "+", note="Investment under-spending: positive."),
        ),
        P(
            "Huvudvattenledningen vid Peterslund blev 2,8 mnkr dyrare än beräknat, eftersom ledningen fick dras om "
            "runt en tidigare okänd kulvert.",
            C(
                "Huvudvattenledning Peterslund",
                "2,8 mnkr",
                "-",
                "ovrigt",
                note="An investment overrun (the table's '+2 800' is the extra outlay): negative.",
            ),
        ),
        P(
            "Ombyggnaden av Järntorget och inköpen av fordon har senarelagts, och 4,6 respektive 2,1 mnkr begärs "
            "överförda till 2026.",
            C(
                "Ombyggnad Järntorget",
                "4,6",
                "+",
                "periodisering",
                unit="mnkr",
                note="Two postponed investments as a 'respektive' pair: two items.",
                also=(C("Fordon", "2,1 mnkr", "+", "periodisering"),),
            ),
        ),
        H("Framtiden", 2),
        P(
            "Inför 2026 väntas kostnaderna för vinterväghållning och el fortsatt vara svåra att förutse, och "
            "VA-taxan behöver höjas för att resultatfonden inte ska bli negativ.",
            O(None, note="Outlook."),
        ),
    ]
    return ReportSpec(
        file="oxelosund-tn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Oxelösund",
            "committee": ["Tekniska nämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Tekniska nämnden", "author": "Oxelösunds kommun"},
        style=style,
        blocks=blocks,
    )
