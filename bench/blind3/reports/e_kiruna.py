"""Kiruna kommun, Tekniska nämnden, bokslut 2025 (verksamhetsberättelse with the economic account).

A year-end report (period = the year): a narrative opening about the city transformation (two
paragraphs, not labelled), the result in tkr against a budgeted result of zero, a driftredovisning in tkr whose caption states "avvikelse = budget − utfall" with last year's
deviation as a column, headings that carry the area and amount for snow clearing (weather, index) and
premises (a part amount inside the paragraph, not the item's amount), a cue-less paragraph for
färdtjänst, a "respektive" sentence with two areas and two amounts that runs over the page break (a
row with a small surplus gets no comment); then investments under the opposite sign convention ("avvikelse = utfall − budget; positivt belopp =
högre utgift"), the total over the investment budget, a project heading "+6 600 tkr" that means
overspending (negative), a delayed project under budget followed by a carry-over request (other), a
proposal on the result fund (other) and an LED goal (not labelled). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, C, O

INVESTMENT = "Investment section: "


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        margins=(66.0, 72.0, 66.0, 72.0),
        header=lambda n, m: ("Kiruna kommun", "Bokslut 2025 – Tekniska nämnden"),
        footer=lambda n, m: ("", "", f"Sida {n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    operations = Table(
        caption="Driftredovisning per verksamhet, tkr (avvikelse = budget − utfall)",
        header=(
            ("", "Budget", "Utfall", "Avvikelse", "Avvikelse"),
            ("Verksamhet", "2025", "2025", "2025", "2024"),
        ),
        rows=(
            ("Gator och vägar", "24 300", "23 650", "650", "−210"),
            ("Vinterväghållning", "21 500", "29 350", "−7 850", "−3 120"),
            ("Parker och grönytor", "8 900", "8 420", "480", "120"),
            ("Fastighetsförvaltning", "12 600", "13 980", "−1 380", "450"),
            ("Lokalvård", "4 300", "4 300", "0", "0"),
            ("Färdtjänst och kollektivtrafik", "15 200", "13 880", "1 320", "640"),
            ("Nämnd och administration", "6 100", "5 732", "368", "210"),
            ("Summa", "92 900", "99 312", "−6 412", "−1 910"),
        ),
        widths=(170.0, 64.0, 64.0, 64.0, 64.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    investments = Table(
        caption="Investeringsredovisning, tkr (avvikelse = utfall − budget; positivt belopp = högre utgift än budget)",
        header=(("Projekt", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Huvudgatan etapp 2", "38 000", "44 600", "+6 600"),
            ("Gång- och cykelväg Lombolo", "6 500", "2 100", "−4 400"),
            ("Nytt snöupplag Tuolluvaara", "9 000", "9 350", "+350"),
            ("Fordon och maskiner", "4 200", "4 050", "−150"),
            ("Summa", "57 700", "60 100", "+2 400"),
        ),
        widths=(190.0, 64.0, 64.0, 64.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=22, font="sans-bold"),
        Title(
            "Tekniska nämnden – verksamhetsberättelse och ekonomisk redovisning",
            size=11.5,
            font="sans",
            after=12,
        ),
        P(
            "Året har präglats av arbetet i den nya stadskärnan, där nämnden tar över ansvaret för gator, torg och "
            "parker i takt med att kvarteren färdigställs. Samtidigt ska den befintliga infrastrukturen i de "
            "stadsdelar som ska avvecklas skötas fram till dess att de sista invånarna har flyttat.",
            size=10,
        ),
        P(
            "Under året har nämnden tagit över driften av det nya resecentrumet, de första gatorna i kvarteren "
            "norr om stadshuset och den nya parken vid Luossajokk. Samtidigt har gatubelysning, vattenledningar "
            "och vägar i de norra delarna av den gamla staden avvecklats i takt med att fastigheterna har tömts. "
            "Arbetet sker i nära samarbete med gruvbolaget, som enligt avtal ersätter kommunen för de anläggningar "
            "som måste lämnas. Vintern krävde stora insatser, och nämnden har under hösten utvärderat "
            "organisationen för snöröjning tillsammans med entreprenörerna. Utvärderingen visar att samordningen "
            "vid kraftiga snöfall kan förbättras.",
            size=10,
        ),
        H("Ekonomiskt resultat", 1),
        P(
            "Tekniska nämnden redovisar för 2025 ett resultat på −6 412 tkr mot ett budgeterat resultat på 0 tkr. "
            "Underskottet förklaras nästan helt av vinterväghållningen.",
            C(None, "−6 412 tkr", "-", note="Whole-year result against the budgeted result."),
        ),
        operations,
        HP(
            "Vinterväghållning −7 850 tkr",
            "Vintern 2024/25 blev den längsta på många år: den första snön föll i början av oktober och de sista "
            "snövallarna fanns kvar i slutet av maj. Snö fick köras bort från centrumområdet vid 31 tillfällen mot "
            "budgeterade 18, och entreprenörens timpriser räknades upp med 6,2 procent enligt avtalets index.",
            C(
                "Vinterväghållning",
                "−7 850 tkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="Weather: ovrigt; the contract's index: prisokningar.",
            ),
        ),
        HP(
            "Fastighetsförvaltning −1 380 tkr",
            "Kostnaderna för el och fjärrvärme i kommunens fastigheter blev 0,9 mnkr högre än budgeterat. Resten "
            "av underskottet avser hyran för de tidigare förvaltningslokalerna på Hjalmar Lundbohmsvägen, som har "
            "stått tomma sedan flytten till det nya stadshuset.",
            C(
                "Fastighetsförvaltning",
                "−1 380 tkr",
                "-",
                "prisokningar",
                "lokaler",
                note="The heading's amount is the area's; 0,9 mnkr is one part of it.",
            ),
        ),
        P(
            "Färdtjänsten och kollektivtrafiken kostade 1 320 tkr mindre än budgeterat. Antalet färdtjänstresor "
            "blev 14 procent färre än beräknat, och den nya busslinjen mellan centrum och sjukhuset startade först i "
            "oktober i stället för i augusti.",
            C(
                "Färdtjänst och kollektivtrafik",
                "1 320 tkr",
                "+",
                "volymer",
                "periodisering",
                note="No cue word. A bus line started two months late: periodisering.",
            ),
        ),
        P(
            "Gator och vägar samt parker och grönytor redovisar överskott om 650 tkr respektive 480 tkr, främst "
            "därför att flera säsongstjänster inte kunde tillsättas under sommaren.",
            C(
                "Gator och vägar",
                "650 tkr",
                "+",
                "vakanser",
                note="'Respektive': two areas, two amounts.",
                also=(C("Parker och grönytor", "480 tkr", "+", "vakanser"),),
            ),
        ),
        H("Investeringar", 1),
        P(
            "Investeringsutgifterna uppgick till 60 100 tkr, vilket är 2 400 tkr mer än investeringsbudgeten på "
            "57 700 tkr.",
            C(
                "Investeringar",
                "2 400 tkr",
                "-",
                note=INVESTMENT + "total spending over the investment budget.",
            ),
        ),
        investments,
        HP(
            "Huvudgatan etapp 2 +6 600 tkr",
            "Markförhållandena under den nya huvudgatan var sämre än vad projekteringen visade, och betydligt mer "
            "berg behövde sprängas bort. Projektet är avslutat.",
            C(
                "Huvudgatan etapp 2",
                "+6 600 tkr",
                "-",
                "ovrigt",
                note=INVESTMENT
                + "'+' means spending over the investment budget, so the direction is negative. "
                "Ground conditions: ovrigt.",
            ),
        ),
        PS(
            (
                "Gång- och cykelvägen i Lombolo har försenats eftersom upphandlingen fick göras om, och utfallet "
                "blev 4 400 tkr lägre än budget.",
                C(
                    "Gång- och cykelväg Lombolo",
                    "4 400 tkr",
                    "+",
                    "periodisering",
                    note=INVESTMENT + "a delayed project under budget.",
                ),
            ),
            (
                "Nämnden begär att motsvarande belopp förs över till investeringsbudgeten 2026.",
                O("Gång- och cykelväg Lombolo", "reserver", note="Carry-over request: financing."),
            ),
        ),
        H("Resultatöverföring", 1),
        P(
            "Enligt kommunens regler ska en nämnds underskott återställas under de två följande åren. Nämnden "
            "föreslår att underskottet för vinterväghållningen inte ska belasta nämndens resultatfond, eftersom "
            "det beror på vädret och inte på nämndens egna beslut.",
            O(None, "reserver", note="Result fund (eget kapital) proposal."),
        ),
        H("Måluppfyllelse", 1),
        P(
            "Andelen gatubelysning med LED-armaturer uppgick till 92 procent vid årets slut. Målet för 2025 var 90 "
            "procent. Nöjd-Region-Index för gator och vägar blev 48, mot målet 55."
        ),
    ]
    return ReportSpec(
        file="kiruna-tn-bokslut-2025.pdf",
        report={
            "municipality": "Kiruna",
            "committee": ["Tekniska nämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Tekniska nämnden", "author": "Kiruna kommun"},
        style=style,
        blocks=blocks,
    )
