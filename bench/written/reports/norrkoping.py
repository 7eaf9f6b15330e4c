"""Norrköpings kommun, Tekniska nämnden, månadsuppföljning mars 2025.

A technical committee: a snowy winter (weather, ovrigt), deviations stated without the usual cue words
("Även beläggningsunderhållet väntas kosta något mer än budgeterat till följd av …", "Intäkterna …
väntas bli ungefär 1 500 tkr högre än budgeterat", "… kommer inte att förbruka ca 800 tkr. Orsaken är
…"), a taxe-financed VA result against its budgeted result ("−2,3 mnkr mot budgeterade +1,0 mnkr"), a
financing statement (other), a forecast change, and an investeringsredovisning whose table counts "+"
as more spending than budget, with bold run-in projects. Liberation Sans Narrow, page numbers "Sida n".

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O

INVESTMENT = "Investment project; "


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.3,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 70.0, 66.0, 70.0),
        header=lambda n, m: ("NORRKÖPINGS KOMMUN", "Tekniska nämnden"),
        footer=lambda n, m: ("Månadsuppföljning mars 2025", "", f"Sida {n}"),
        rule_under_header=True,
    )
    operations = Table(
        caption="Drift per verksamhet, mnkr (negativ avvikelse = underskott)",
        header=(("Verksamhet", "Budget", "Utfall jan–mar", "Prognos", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "−8,2", "−2,0", "−8,0", "0,2"),
            ("Gator och vägar", "−118,5", "−38,9", "−124,6", "−6,1"),
            ("Trafik och gatubelysning", "−21,0", "−5,9", "−21,6", "−0,6"),
            ("Parker och naturvård", "−42,7", "−9,1", "−41,9", "0,8"),
            ("Parkering", "14,0", "4,1", "15,5", "1,5"),
            ("Färdtjänst", "−38,3", "−10,2", "−40,4", "−2,1"),
            ("Summa skattefinansierat", "−214,7", "−62,0", "−221,0", "−6,3"),
            ("Vatten och avlopp, resultat", "1,0", "−1,4", "−2,3", "−3,3"),
        ),
        widths=(170.0, 60.0, 75.0, 60.0, 60.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    investments = Table(
        caption="Investeringar, mnkr (avvikelse: + = högre utgift än budget)",
        header=(("Projekt", "Budget 2025", "Utfall jan–mar", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Ombyggnad Drottninggatan", "42,0", "6,3", "46,2", "+4,2"),
            ("Gång- och cykelväg Lindö", "12,5", "0,4", "6,0", "−6,5"),
            ("Beläggningsprogram", "38,0", "1,2", "38,0", "0,0"),
            ("Ny bro vid Saltängen", "60,0", "8,8", "51,5", "−8,5"),
            ("Lekplatser och parker", "9,5", "0,6", "9,5", "0,0"),
            ("Övriga projekt", "24,0", "3,1", "20,2", "−3,8"),
            ("Summa", "186,0", "20,4", "171,4", "−14,6"),
        ),
        widths=(160.0, 66.0, 72.0, 70.0, 60.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsuppföljning mars 2025", size=19, font="arial-bold"),
        Title("Tekniska nämnden", size=12, font="arial", after=14),
        H("Sammanfattning", 1),
        P(
            "Tekniska nämndens skattefinansierade verksamhet prognostiserar ett underskott på 6,3 mnkr för "
            "helåret. Vinterväghållningen står för den största delen.",
            C("Skattefinansierad verksamhet", "6,3 mnkr", "-", "ovrigt"),
        ),
        P(
            "Den taxefinansierade verksamheten för vatten och avlopp redovisar ett prognostiserat resultat på "
            "−2,3 mnkr mot budgeterade +1,0 mnkr.",
            C(
                "Vatten och avlopp",
                "−2,3 mnkr mot budgeterade +1,0 mnkr",
                "-",
                value=3_300_000,
                note="Result against the budgeted result: deviation 3,3 mnkr (table: −3,3).",
            ),
        ),
        operations,
        H("Gator och vägar", 2),
        P(
            "Gator och vägar prognostiserar ett underskott på 6,1 mnkr. Januari och februari hade ovanligt många "
            "tillfällen med snöfall och halka, och entreprenörerna har hittills i år varit ute 41 gånger mot "
            "normalt 25. Vinterväghållningen beräknas därmed kosta 7,4 mnkr mer än budgeterat för helåret.",
            C("Gator och vägar", "6,1 mnkr", "-", "ovrigt", note="Weather: ovrigt."),
        ),
        P(
            "Även beläggningsunderhållet väntas kosta något mer än budgeterat till följd av att asfaltspriserna "
            "har stigit med omkring 8 procent sedan förra säsongen.",
            C(
                "Beläggningsunderhåll",
                None,
                "-",
                "prisokningar",
                note="No cue word ('avvikelse', 'beror på').",
            ),
        ),
        H("Trafik och gatubelysning", 2),
        P(
            "Elkostnaderna för gatubelysningen blir ungefär 0,6 mnkr högre än budgeterat, eftersom utbytet till "
            "LED-armaturer i de norra stadsdelarna har försenats.",
            C("Trafik och gatubelysning", "ungefär 0,6 mnkr", "-", "ovrigt"),
        ),
        H("Parker och naturvård", 2),
        P(
            "Parker och naturvård kommer inte att förbruka ca 800 tkr av budgeten. Orsaken är att en tjänst "
            "som trädvårdare har varit vakant sedan januari och att trädbesiktningen har skjutits till hösten.",
            C("Parker och naturvård", "ca 800 tkr", "+", "vakanser", "periodisering"),
        ),
        H("Parkering", 2),
        P(
            "Intäkterna från parkeringsavgifter och felparkeringsavgifter väntas bli ungefär 1 500 tkr högre "
            "än budgeterat. Beläggningen i parkeringshusen i centrum har ökat sedan avgifterna höjdes på "
            "gatumarken.",
            C("Parkering", "ungefär 1 500 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        H("Färdtjänst", 2),
        P(
            "Antalet färdtjänstresor har fortsatt att öka och ligger 9 procent över samma period i fjol. "
            "Resorna är dessutom i genomsnitt längre. Färdtjänsten beräknas därför överskrida budget.",
            C(
                "Färdtjänst",
                "−2,1",
                "-",
                "volymer",
                unit="mnkr",
                table=True,
                note="Amount from the result table row (the prose states none).",
            ),
        ),
        P(
            "Antalet personer med färdtjänsttillstånd var 6 120 vid periodens slut, vilket är 140 fler än vid "
            "samma tidpunkt förra året.",
            O("Färdtjänst", "volymer", note="Year-on-year volume figure."),
        ),
        H("Nämnd och administration", 2),
        P(
            "Nämnd och administration visar ett mindre överskott, 0,2 mnkr, som förklaras av lägre kostnader "
            "för konsulter än planerat.",
            C("Nämnd och administration", "0,2 mnkr", "+", "inhyrd_personal"),
        ),
        H("Vatten och avlopp", 2),
        P(
            "VA-verksamheten prognostiserar ett resultat på −2,3 mnkr mot budgeterade +1,0 mnkr. Kostnaderna "
            "för kemikalier i vattenverket har stigit kraftigt, och två större ledningsbrott i Klockaretorpet "
            "i februari har krävt omfattande akuta reparationer.",
            C(
                "Vatten och avlopp",
                "−2,3 mnkr mot budgeterade +1,0 mnkr",
                "-",
                "prisokningar",
                "ovrigt",
                value=3_300_000,
                note="Deviation 3,3 mnkr = result −2,3 against budgeted +1,0. Pipe bursts: ovrigt.",
            ),
        ),
        P(
            "Underskottet i VA-verksamheten regleras mot VA-kollektivets resultatfond och påverkar inte "
            "kommunens skattefinansierade resultat.",
            O("Vatten och avlopp", "reserver", note="Financing statement."),
        ),
        H("Risker och åtgärder", 2),
        P(
            "Om november och december blir lika snörika som årets början kan vinterväghållningen kosta "
            "ytterligare 3–4 mnkr.",
            O("Gator och vägar", "ovrigt", note="Risk."),
        ),
        P(
            "För att delvis kompensera för vinterns kostnader skjuts en del av beläggningsprogrammet på "
            "lokalgator till 2026, vilket beräknas minska kostnaderna med 2,0 mnkr i år.",
            A("Gator och vägar", "2,0 mnkr"),
        ),
        H("Prognosförändring", 2),
        P(
            "Jämfört med februari har prognosen för den skattefinansierade verksamheten försämrats med 3,8 mnkr, "
            "nästan helt till följd av vinterväghållningen.",
            F("Skattefinansierad verksamhet", "3,8 mnkr", "-", "ovrigt"),
        ),
        H("Investeringsredovisning", 1),
        P(
            "Nämndens investeringsbudget för 2025 uppgår till 186,0 mnkr. Prognosen för årets "
            "investeringsutgifter är 171,4 mnkr, vilket är 14,6 mnkr lägre än budget.",
            C("Investeringar", "14,6 mnkr", "+", note="Investering: spending under the investment budget."),
        ),
        investments,
        LP(
            "Ombyggnad Drottninggatan +4,2 mnkr.",
            "Anbuden i upphandlingen av etapp 2 blev högre än kalkylen, främst på grund av stigande priser på "
            "betong och stål.",
            C(
                "Ombyggnad Drottninggatan",
                "+4,2 mnkr",
                "-",
                "prisokningar",
                note=INVESTMENT + "'+' in this table means more spending than budget, hence negative.",
            ),
        ),
        LP(
            "Gång- och cykelväg Lindö −6,5 mnkr.",
            "Projektet är försenat i väntan på en ny detaljplan och byggstarten flyttas till 2026.",
            C(
                "Gång- och cykelväg Lindö",
                "−6,5 mnkr",
                "+",
                "periodisering",
                note=INVESTMENT + "less spending than budget.",
            ),
        ),
        LP(
            "Ny bro vid Saltängen −8,5 mnkr.",
            "Leveransen av brobalkarna har försenats, och en del av utgifterna förskjuts till nästa år.",
            C(
                "Ny bro vid Saltängen",
                "−8,5 mnkr",
                "+",
                "periodisering",
                note=INVESTMENT + "less spending than budget.",
            ),
        ),
        P(
            "Övriga projekt beräknas sammantaget få utgifter som är 3,8 mnkr lägre än budget.",
            C("Övriga projekt", "3,8 mnkr", "+", note=INVESTMENT + "no reason given."),
        ),
        P(
            "Ej förbrukade investeringsmedel föreslås föras över till 2026 i samband med bokslutet.",
            O("Investeringar", note="Proposal to carry unused investment funds over."),
        ),
    ]
    return ReportSpec(
        file="norrkoping-tn-manadsuppfoljning-2025-03.pdf",
        report={
            "municipality": "Norrköping",
            "committee": ["Tekniska nämnden"],
            "period": ["2025-03"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Tekniska nämnden Månadsuppföljning mars 2025", "author": "Norrköpings kommun"},
        style=style,
        blocks=blocks,
    )
