"""Örebro kommun, Kommunstyrelsen, månadsuppföljning oktober 2025 (the whole kommun).

A whole-kommun month report in "miljoner kronor" and mnkr, footer with the kommunstyrelse's meeting date in
November: the full year as a level and "46 miljoner kronor lägre än det budgeterade resultatet" in the next
sentence (one item), one sentence splitting it into the nämnder's "underskott på 171 miljoner kronor" and the
finance function's "överskott om 125 miljoner kronor" (two items), the change since September with its cause;
a table per nämnd with hyphen-minus and last month's deviation beside this month's; en-dash bullets under a
generic heading ("Kommunledningskontorets kommentarer") in varied shapes: "redovisar ett underskott på", a
possessive "Socialnämndens prognos visar –61,0 mnkr (–58,2 mnkr i september)" (the bracket is last month's),
"För Vård- och omsorgsnämnden beräknas kostnaderna överskrida budget", a colon "avvikelse mot budget om -22,7
mnkr", an amount between commas ("Gymnasienämndens underskott, 12,4 mnkr,"), "går mot ett överskott",
"visar ett positivt resultat jämfört med budget", "räknar med ett överskott om", the amount last ("och
prognosen är -2,1 mnkr") and two nämnder that "bedöms hålla sina budgetar" in one bullet (two boilerplate
items); tax revenue, and pensions and the finance net as a "respektive" pair in one sentence (three items,
no tags); investments "415 mnkr lägre än investeringsbudgeten" and a project "drygt trettio miljoner kronor"
over its budget (in words); two actions, the balanskrav and a comparison with 2024 with "beror på" (others).
Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 80.0, 64.0, 72.0),
        header=lambda n, m: ("Örebro kommun", "Månadsuppföljning oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-25", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per nämnd 2025, mnkr (negativt tal = underskott mot budget)",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen", "612,4", "606,2", "6,2", "5,8"),
            ("Förskolenämnden", "1 104,6", "1 099,8", "4,8", "4,1"),
            ("Grundskolenämnden", "2 386,0", "2 424,5", "-38,5", "-36,9"),
            ("Gymnasienämnden", "842,9", "855,3", "-12,4", "-12,0"),
            ("Socialnämnden", "1 214,7", "1 275,7", "-61,0", "-58,2"),
            ("Vård- och omsorgsnämnden", "2 548,3", "2 602,6", "-54,3", "-49,6"),
            ("Funktionsstödsnämnden", "1 316,8", "1 339,5", "-22,7", "-22,0"),
            ("Kultur- och fritidsnämnden", "398,2", "398,5", "-0,3", "0,0"),
            ("Tekniska nämnden", "524,5", "515,4", "9,1", "8,4"),
            ("Bygg- och miljönämnden", "68,3", "70,4", "-2,1", "-2,3"),
            ("Arbetsmarknadsnämnden", "402,6", "402,4", "0,2", "0,6"),
            ("Summa nämnder", "11 419,3", "11 590,3", "-171,0", "-162,1"),
            ("Finansförvaltningen", "", "", "125,0", "125,1"),
            ("Totalt", "", "", "-46,0", "-37,0"),
        ),
        widths=(160.0, 70.0, 72.0, 72.0, 72.0),
        bold_rows=frozenset({11, 13}),
        rules=True,
        size=8.5,
    )
    bullets = Bullets(
        glyph="–",
        items=(
            "Grundskolenämnden redovisar ett underskott på 38,5 miljoner kronor. Fler elever än budgeterat har behov "
            "av särskilt stöd, och kostnaderna för skolskjuts har ökat efter den nya upphandlingen.",
            "Socialnämndens prognos visar –61,0 mnkr (–58,2 mnkr i september). Underskottet förklaras främst av fler "
            "placeringar av barn och unga på HVB och i familjehem samt ett ökat ekonomiskt bistånd.",
            "För Vård- och omsorgsnämnden beräknas kostnaderna överskrida budget med 54,3 mnkr, vilket beror på fler "
            "beslutade hemtjänsttimmar, högre sjukfrånvaro och att äldreomsorgslyftet har upphört.",
            "Funktionsstödsnämnden: avvikelse mot budget om -22,7 mnkr. Två nya gruppbostäder enligt LSS har öppnat "
            "tidigare än planerat, och assistansersättningen från Försäkringskassan har inte räknats upp i takt med "
            "kostnaderna.",
            "Gymnasienämndens underskott, 12,4 mnkr, hänger samman med att fler elever har valt program hos "
            "fristående huvudmän, vilket ökar de interkommunala ersättningarna.",
            "Tekniska nämnden går mot ett överskott på 9,1 mnkr tack vare lägre kapitalkostnader när flera "
            "investeringsprojekt har skjutits fram, samtidigt som den milda vintern gjorde vinterväghållningen "
            "billigare än befarat.",
            "Förskolenämnden visar ett positivt resultat jämfört med budget på 4,8 mnkr, eftersom barnantalet minskar "
            "snabbare än befolkningsprognosen angav.",
            "Kommunstyrelsen räknar med ett överskott om 6,2 mnkr, främst till följd av vakanta tjänster inom HR- och "
            "ekonomiavdelningarna.",
            "Bygg- och miljönämnden får lägre intäkter från bygglov än budgeterat när byggandet har bromsat in, och "
            "prognosen är -2,1 mnkr.",
            "Kultur- och fritidsnämnden samt Arbetsmarknadsnämnden bedöms hålla sina budgetar.",
        ),
        labels=(
            C("Grundskolenämnden", "38,5 miljoner kronor", "-", "volymer", "prisokningar"),
            C(
                "Socialnämnden",
                "–61,0 mnkr",
                "-",
                "kopt_verksamhet",
                "ekonomiskt_bistand",
                note="A possessive names the area; the bracket is September's figure, not the amount.",
            ),
            C("Vård- och omsorgsnämnden", "54,3 mnkr", "-", "volymer", "sjukfranvaro", "statsbidrag"),
            C(
                "Funktionsstödsnämnden",
                "-22,7 mnkr",
                "-",
                "periodisering",
                "ersattning_fk",
                note="Group homes opened earlier than planned: periodisering.",
            ),
            C("Gymnasienämnden", "12,4 mnkr", "-", "kopt_verksamhet", "volymer"),
            C(
                "Tekniska nämnden",
                "9,1 mnkr",
                "+",
                "periodisering",
                "ovrigt",
                note="Capital costs lower as projects were postponed (periodisering); a mild winter (ovrigt).",
            ),
            C("Förskolenämnden", "4,8 mnkr", "+", "volymer"),
            C("Kommunstyrelsen", "6,2 mnkr", "+", "vakanser"),
            C("Bygg- och miljönämnden", "-2,1 mnkr", "-", "avgifter_intakter", note="The amount comes last."),
            BP(
                "Kultur- och fritidsnämnden",
                note="Two nämnder in one boilerplate sentence (-0,3 in the table).",
                also=(BP("Arbetsmarknadsnämnden", note="0,2 in the table."),),
            ),
        ),
    )
    blocks = [
        Title("Månadsuppföljning per oktober 2025", size=19, font="arial-bold", after=2),
        Title("Kommunövergripande ekonomisk uppföljning", size=12.5, font="arial", after=12),
        H("Sammanfattning", 2),
        P(
            "Kommunens prognostiserade resultat för 2025 uppgår till 84 miljoner kronor. Det är 46 miljoner kronor "
            "lägre än det budgeterade resultatet på 130 miljoner kronor.",
            C(
                None,
                "46 miljoner kronor",
                "-",
                note="A level, then the deviation in the next sentence: one item.",
            ),
        ),
        P(
            "Nämnderna prognostiserar sammantaget ett underskott på 171 miljoner kronor mot tilldelade ramar, medan "
            "finansförvaltningen väntas bidra med ett överskott om 125 miljoner kronor.",
            C(
                "Nämnderna",
                "171 miljoner kronor",
                "-",
                note="One sentence split into the nämnder and the finance function: two items.",
                also=(C("Finansförvaltningen", "125 miljoner kronor", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med septemberprognosen har resultatet försämrats med 9 miljoner kronor, framför allt på grund av "
            "att Vård- och omsorgsnämnden räknar med fler beslutade hemtjänsttimmar.",
            F(None, "9 miljoner kronor", "-", "volymer"),
        ),
        table,
        H("Kommunledningskontorets kommentarer", 2),
        bullets,
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkterna och de generella statsbidragen beräknas bli 88 miljoner kronor högre än budget, medan "
            "pensionskostnaderna och finansnettot blir 21 respektive 16 miljoner kronor bättre än budgeterat.",
            C(
                "Skatteintäkter och generella statsbidrag",
                "88 miljoner kronor",
                "+",
                note=NO_TAG + " Three items in one sentence.",
                also=(
                    C("Pensionskostnader", "21", "+", unit="mnkr", note=NO_TAG),
                    C("Finansnetto", "16 miljoner kronor", "+", note=NO_TAG),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna för helåret beräknas till 1 320 mnkr, vilket är 415 mnkr lägre än "
            "investeringsbudgeten. Främst är det nybyggnationen av en grundskola i Vivalla och ombyggnaden av två "
            "äldreboenden som har försenats.",
            C("Investeringar", "415 mnkr", "+", "periodisering"),
        ),
        P(
            "Det nya badhuset beräknas däremot överskrida projektbudgeten med drygt trettio miljoner kronor till följd "
            "av högre entreprenadpriser.",
            C(
                "Nytt badhus",
                "drygt trettio miljoner kronor",
                "-",
                "prisokningar",
                value=30_000_000,
                note="A project overrun in words: the stated figure.",
            ),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Kommunstyrelsen har gett Socialnämnden och Vård- och omsorgsnämnden i uppdrag att ta fram "
                "åtgärdsplaner som ska minska underskotten med sammanlagt 40 mnkr på helårsbasis.",
                A(None, "40 mnkr", note="Two nämnder's plans together: area null."),
            ),
            (
                "Ett anställningsstopp för administrativa tjänster gäller sedan den 1 oktober.",
                A(None, None, "vakanser"),
            ),
        ),
        H("Balanskrav och jämförelse med föregående år", 2),
        P(
            "Resultatet efter balanskravsjusteringar beräknas till 71 mnkr, och balanskravet uppfylls.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Prognosen är 128 mnkr lägre än resultatet för 2024, vilket främst beror på att 2024 års resultat "
            "innehöll engångsintäkter från exploatering.",
            O(None, note="A comparison with the previous year, with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="orebro-ks-manadsuppfoljning-2025-10.pdf",
        report={
            "municipality": "Örebro",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning oktober 2025", "author": "Örebro kommun"},
        style=style,
        blocks=blocks,
    )
