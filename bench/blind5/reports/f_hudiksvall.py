"""Hudiksvalls kommun, Samhällsbyggnadsnämnden, verksamhetsplan med internbudget 2026 (a budget).

No budget follow-up at all, so no cause items, though the text is full of cue words: the frame for 2026
against 2025 with its reasons ("räknats upp … för löne- och prisökningar", other), a table of the
internal budget per verksamhet with a "Förändring" column that looks like a deviation column, bullets
per verksamhet that open "Area: +1,8 mnkr, till följd av …" exactly like a follow-up's (all other), two
rows without a bullet, a planned saving with its amount (an action), the budget against last year's
outcome with "beror på" (other), the investment budget with a table (other), a weather risk with a
range (other), goals (not labelled) and the decision formula (other). DejaVu Sans Condensed 9.5 pt
with DejaVu Serif headings, a footer with the date the plan was adopted.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import A, O

BUDGET = "Budget document, not a follow-up: "


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(64.0, 74.0, 64.0, 72.0),
        header=lambda n, m: ("Hudiksvalls kommun", "Verksamhetsplan med internbudget 2026"),
        footer=lambda n, m: ("Samhällsbyggnadsnämnden, antagen 2025-12-10, § 142", "", f"{n}"),
        header_size=8.0,
    )
    frames = Table(
        caption="Internbudget per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2025", "Budget 2026", "Förändring"),),
        rows=(
            ("Nämnd och ledning", "6,8", "7,0", "0,2"),
            ("Gator och vägar", "48,2", "50,0", "1,8"),
            ("Parker och grönytor", "14,5", "13,9", "−0,6"),
            ("Kollektivtrafik", "39,6", "41,8", "2,2"),
            ("Plan och bygg", "9,1", "8,6", "−0,5"),
            ("Miljö och hälsoskydd", "7,3", "7,6", "0,3"),
            ("Mark och exploatering", "12,0", "13,7", "1,7"),
            ("Summa", "137,5", "142,6", "5,1"),
        ),
        widths=(190.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    investments = Table(
        caption="Investeringsbudget 2026, mnkr",
        header=(("Projekt", "Budget 2026", "Plan 2027", "Plan 2028"),),
        rows=(
            ("Ombyggnad av Hamngatan, etapp 2", "18,0", "6,0", "–"),
            ("Gång- och cykelväg Kvarnbacken–centrum", "12,5", "–", "–"),
            ("Beläggningsunderhåll", "14,0", "14,0", "14,0"),
            ("Lekplatser och parker", "6,5", "5,0", "5,0"),
            ("Exploatering Kvarnbackens industriområde", "13,0", "22,0", "9,0"),
            ("Summa", "64,0", "47,0", "28,0"),
        ),
        widths=(220.0, 72.0, 66.0, 66.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    goals = Table(
        caption="Nämndens mål 2026",
        header=(("Mål", "Indikator", "Målvärde"),),
        rows=(
            ("Trygga och tillgängliga gator", "Andel invånare som är nöjda med gatuunderhållet, %", "65"),
            ("Hållbara resor", "Antal resor med kollektivtrafik per invånare", "48"),
            ("Effektiv myndighetsutövning", "Handläggningstid för bygglov, veckor", "5"),
        ),
        widths=(150.0, 250.0, 60.0),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsplan med internbudget 2026", size=19, font="serif-bold"),
        Title("Samhällsbyggnadsnämnden", size=12, font="cond", after=14),
        H("1 Inledning", 1),
        P(
            "Samhällsbyggnadsnämnden ansvarar för gator, parker, kollektivtrafik, planering, bygglov samt miljö- "
            "och hälsoskydd i Hudiksvall, Iggesund, Delsbo och kommunens övriga orter. Verksamhetsplanen beskriver "
            "hur nämnden ska arbeta med kommunfullmäktiges mål under 2026 och hur nämndens ram fördelas."
        ),
        H("2 Ekonomiska förutsättningar", 1),
        P(
            "Kommunfullmäktige har fastställt nämndens ram för 2026 till 142,6 mnkr, vilket är 5,1 mnkr mer än "
            "2025. Ramen har räknats upp med 3,4 mnkr för löne- och prisökningar. Därutöver har nämnden fått 1,4 "
            "mnkr för det regionala trafikbolagets höjda ersättning och 0,3 mnkr för driften av nya gång- och "
            "cykelvägar.",
            O(
                None,
                "lonekostnader",
                "prisokningar",
                amount="5,1 mnkr",
                note=BUDGET + "the frame against last year's, with its reasons.",
            ),
        ),
        frames,
        P("Ramen fördelas enligt tabellen. Förändringarna mot 2025 förklaras nedan:"),
        Bullets(
            (
                "Gator och vägar: +1,8 mnkr, till följd av det nya avtalet för vinterväghållning som upphandlades "
                "under hösten 2025 med högre timpriser.",
                "Parker och grönytor: −0,6 mnkr, då skötseln av skolgårdarna förs över till fastighetsavdelningen.",
                "Kollektivtrafik: +2,2 mnkr, varav 1,4 mnkr är ramtillskott för trafikbolagets höjda ersättning och "
                "0,8 mnkr en omfördelning inom nämnden.",
                "Plan och bygg: −0,5 mnkr netto, eftersom bygglovsintäkterna beräknas öka med 0,9 mnkr efter den nya "
                "taxan, medan en tjänst som planarkitekt tillkommer.",
                "Mark och exploatering: +1,7 mnkr, då kapitalkostnaderna ökar när Kvarnbackens industriområde tas i "
                "bruk.",
            ),
            labels=(
                O("Gator och vägar", "prisokningar", amount="+1,8 mnkr", note=BUDGET + "a budget change."),
                O("Parker och grönytor", "omstallning", amount="−0,6 mnkr", note=BUDGET + "a budget change."),
                O("Kollektivtrafik", "prisokningar", amount="+2,2 mnkr", note=BUDGET + "a budget change."),
                O("Plan och bygg", "avgifter_intakter", amount="−0,5 mnkr", note=BUDGET + "a budget change."),
                O("Mark och exploatering", amount="+1,7 mnkr", note=BUDGET + "a budget change."),
            ),
            glyph="•",
        ),
        H("3 Effektiviseringar", 1),
        P(
            "Nämnden ska under 2026 minska kostnaderna med 1,5 mnkr genom att lämna två förhyrda kontorslokaler och "
            "samla förvaltningen i stadshuset.",
            A(None, "1,5 mnkr", "lokaler", note=BUDGET + "a planned saving is an action."),
        ),
        P(
            "Budgeten för vinterväghållning är 18 procent högre än utfallet 2024, vilket främst beror på det nya "
            "avtalet.",
            O("Gator och vägar", "prisokningar", note=BUDGET + "the budget against last year's outcome."),
        ),
        H("4 Investeringar", 1),
        P(
            "Investeringsbudgeten för 2026 uppgår till 64,0 mnkr. De största projekten är den andra etappen av "
            "ombyggnaden av Hamngatan och exploateringen av Kvarnbackens industriområde.",
            O("Investeringar", amount="64,0 mnkr", note=BUDGET + "the investment budget."),
        ),
        investments,
        H("5 Risker", 1),
        P(
            "Budgeten för vinterväghållning bygger på en normal vinter. En snörik vinter kan kosta 3–4 mnkr mer än "
            "budgeterat, vilket nämnden inte kan hantera inom ramen.",
            O("Gator och vägar", "ovrigt", note=BUDGET + "a weather risk, with a range."),
        ),
        H("6 Mål", 1),
        goals,
        H("7 Beslut", 1),
        P(
            "Samhällsbyggnadsnämnden beslutar att fastställa verksamhetsplan med internbudget 2026 och att "
            "överlämna den till kommunstyrelsen för kännedom.",
            O(None, note=BUDGET + "decision formula."),
        ),
    ]
    return ReportSpec(
        file="hudiksvall-sbn-verksamhetsplan-internbudget-2026.pdf",
        report={
            "municipality": "Hudiksvall",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2026"],
            "report_type": "budget",
        },
        metadata={
            "title": "Verksamhetsplan med internbudget 2026 Samhällsbyggnadsnämnden",
            "author": "Hudiksvalls kommun",
        },
        style=style,
        blocks=blocks,
    )
