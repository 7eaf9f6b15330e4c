"""Bollebygds kommun, Kommunstyrelsen, månadsrapport maj 2026 (the whole kommun, by sektor).

A whole-kommun month report in "mnkr" with U+2212 minus signs in the table and hyphen-free prose, footer with
the kommunstyrelse's meeting date in June: the period "4,3 mnkr bättre än den periodiserade budgeten" with its
reasons (a cause), the full year as a result level "att jämföra med budgeterade 14,0 mnkr" (the 4,2 mnkr
deviation never written out: the computed value), the sektorer's deficit and the financing's surplus in two
sentences of one paragraph (two items), the change since April with its cause; a sektor table with April's
deviation; bullets per sektor in varied shapes ("lämnar en prognos på −6,5 mnkr", "blir kostnaderna 2,8 mnkr
högre än ramen", "ett plus på 0,9 mnkr", "ett litet överskott, 0,5 mnkr" with a part for snow inside, "håller
budget" as boilerplate); taxes and the finance net in two sentences (two items, no tags); investments as budget,
period outcome and forecast levels with the under-spend never written out; an action without and one with an
effect, and sick leave against last year (other). 11 scored causes. Liberation Sans Narrow 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "narrow-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Bollebygds kommun", "Månadsrapport maj 2026"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-06-15", "Dnr KS 2026/0093", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    sektorer = Table(
        caption="Helårsprognos per sektor 2026, mnkr (minus = underskott mot budget)",
        header=(("Sektor", "Budget", "Prognos", "Avvikelse", "Avvikelse april"),),
        rows=(
            ("Kommunledning", "38,4", "37,5", "0,9", "0,7"),
            ("Sektor lärande", "212,6", "215,4", "−2,8", "−2,6"),
            ("Sektor omsorg", "176,9", "183,4", "−6,5", "−4,8"),
            ("Sektor samhällsbyggnad", "41,2", "40,7", "0,5", "0,4"),
            ("Sektor service", "24,5", "24,5", "0,0", "0,0"),
            ("Summa sektorer", "493,6", "501,5", "−7,9", "−6,3"),
        ),
        widths=(150.0, 66.0, 66.0, 72.0, 90.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport maj 2026", size=20, font="arial-bold", after=2),
        Title("Ekonomisk uppföljning för Bollebygds kommun, januari–maj", size=12, font="narrow", after=12),
        P(
            "Månadsrapporten bygger på bokfört utfall till och med maj och på sektorernas bedömning av helåret. "
            "Rapporten lämnas till kommunstyrelsen och anmäls till kommunfullmäktige i september."
        ),
        H("Sammanfattande bedömning", 1),
        P(
            "Kommunens resultat efter maj uppgår till 21,6 mnkr. Det är 4,3 mnkr bättre än den periodiserade "
            "budgeten, vilket främst förklaras av att skatteintäkterna har utvecklats starkare än beräknat och att "
            "sektorerna har haft svårt att tillsätta vakanta tjänster.",
            C(
                None,
                "4,3 mnkr",
                "+",
                "vakanser",
                note="The period against the periodised budget with its reasons; the 21,6 mnkr is a result level.",
            ),
        ),
        P(
            "För helåret pekar prognosen på ett resultat om 9,8 mnkr, att jämföra med budgeterade 14,0 mnkr.",
            C(
                None,
                "9,8 mnkr, att jämföra med budgeterade 14,0 mnkr",
                "-",
                value=4_200_000,
                note="The full year as two result levels: the 4,2 mnkr deviation is never written out, the computed "
                "value.",
            ),
        ),
        PS(
            (
                "Sektorernas sammanlagda prognos är ett underskott på 7,9 mnkr.",
                C("Sektorerna", "7,9 mnkr", "-", note="The sektorer's total: an item of its own."),
            ),
            (
                "Finansieringen, det vill säga skatter, generella statsbidrag och finansnetto, väntas samtidigt ge ett "
                "överskott på 3,7 mnkr.",
                C("Finansiering", "3,7 mnkr", "+", note=NO_TAG),
            ),
        ),
        P(
            "Prognosen är 1,6 mnkr sämre än i aprilrapporten. Försämringen kommer nästan helt från sektor omsorg, där "
            "två nya ärenden inom LSS har tillkommit.",
            F(None, "1,6 mnkr", "-", "volymer"),
        ),
        sektorer,
        Space(10),
        H("Sektorernas kommentarer", 2),
        Bullets(
            (
                "Sektor omsorg lämnar en prognos på −6,5 mnkr. Två tillkommande LSS-ärenden med insatser dygnet runt "
                "på externa boenden och en fortsatt hög nivå på hemtjänsttimmar driver kostnaderna, medan intäkterna "
                "från omvårdnadsavgifter ligger i nivå med budget.",
                "Inom sektor lärande blir kostnaderna 2,8 mnkr högre än ramen. Ersättningarna till andra kommuner för "
                "gymnasieelever som valt skolor i Borås och Göteborg ökar, och tilläggsbeloppen för elever i behov av "
                "särskilt stöd har blivit fler än planerat.",
                "Kommunledning: ett plus på 0,9 mnkr, eftersom rekryteringen av en HR-strateg och en upphandlare har "
                "dragit ut på tiden.",
                "Sektor samhällsbyggnad redovisar ett litet överskott, 0,5 mnkr, som hänger ihop med högre intäkter "
                "från bygglov än beräknat. Vinterns snöröjning blev samtidigt 0,4 mnkr dyrare än budgeterat och äter "
                "upp en del av överskottet.",
                "Sektor service håller budget.",
            ),
            labels=(
                C(
                    "Sektor omsorg",
                    "−6,5 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="'Lämnar en prognos på −6,5 mnkr'; the fees 'i nivå med budget' stay inside the bullet.",
                ),
                C(
                    "Sektor lärande",
                    "2,8 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="Payments to other kommuner for pupils are kopt_verksamhet.",
                ),
                C("Kommunledning", "0,9 mnkr", "+", "vakanser", note="'Ett plus på': a surplus."),
                C(
                    "Sektor samhällsbyggnad",
                    "0,5 mnkr",
                    "+",
                    "avgifter_intakter",
                    "ovrigt",
                    note="The snow's 0,4 mnkr is a part that lowers the surplus, not the amount; snow is ovrigt.",
                ),
                BP("Sektor service"),
            ),
        ),
        H("Finansiering", 2),
        PS(
            (
                "Skatteintäkter och generella statsbidrag beräknas överstiga budget med 3,1 mnkr enligt SKR:s "
                "prognos från april.",
                C("Skatteintäkter och generella statsbidrag", "3,1 mnkr", "+", note=NO_TAG),
            ),
            (
                "Finansnettot bidrar med ytterligare 0,6 mnkr tack vare högre ränteintäkter på kommunens likviditet.",
                C("Finansnetto", "0,6 mnkr", "+", note=NO_TAG),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 uppgår till 64,0 mnkr inklusive ombudgeteringar från föregående år. "
            "Utfallet till och med maj är 11,2 mnkr och helårsprognosen 47,5 mnkr. Att prognosen understiger budgeten "
            "beror främst på att bygget av den nya förskolan i Olsfors kommer i gång först efter sommaren.",
            C(
                "Investeringar",
                "helårsprognosen 47,5 mnkr",
                "+",
                "periodisering",
                value=16_500_000,
                note="Investment under-spending of 16,5 mnkr never written out (budget 64,0, forecast 47,5): the "
                "computed value; the period outcome 11,2 mnkr is a level.",
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Sektor omsorg har fått i uppdrag att ta fram en åtgärdsplan som presenteras för kommunstyrelsen i "
                "augusti.",
                A("Sektor omsorg"),
            ),
            (
                "Inom sektor lärande gäller sedan den 1 maj ett tillfälligt stopp för inköp av inventarier, vilket "
                "beräknas ge 0,4 mnkr lägre kostnader under hösten.",
                A("Sektor lärande", "0,4 mnkr", "material_hjalpmedel"),
            ),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron för perioden var 7,9 procent, vilket är 0,6 procentenheter högre än motsvarande period "
            "2025.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="bollebygd-ks-manadsrapport-2026-05.pdf",
        report={
            "municipality": "Bollebygd",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-05"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport maj 2026", "author": "Bollebygds kommun"},
        style=style,
        blocks=blocks,
    )
