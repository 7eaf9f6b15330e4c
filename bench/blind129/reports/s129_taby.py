"""Täby kommun, Kommunstyrelsen (to Kommunfullmäktige), delårsrapport januari–augusti 2025.

A whole-kommun interim report in Arial (Liberation Sans) 10 pt, footer with the fullmäktige date in October:
the period "41,2 mnkr bättre än periodiserad budget" and the full year "en negativ avvikelse på 16,5 mnkr"
in two sentences of one paragraph, one sentence splitting the result into the nämnder's "sammantagna
underskott om 38,9 mnkr" and the finance function's "överskott om 22,4 mnkr", a table with the deviation in
August and April side by side (hyphen-minus), then bullets under a generic heading ("Ekonomi- och
styrningsavdelningens kommentarer") in varied shapes: "redovisar ett överskott på 4,1 mnkr", "prognostiserar
ett underskott om 13,8 mnkr", "bedöms hålla budget" (boilerplate), a possessive "Kultur- och fritidsnämndens
underskott på 1,6 mnkr", "Socialnämnden: underskottet uppgår till", "För äldrenämnden landar prognosen 16,2
mnkr över budget", "når ett positivt utfall jämfört med budget med 0,9 mnkr"; the change since April (no
cause), taxes, pensions and the finance net as one amount and a "respektive" pair ("-3,1 respektive +10,7
mnkr"), an action with no amount, balanskrav (other), investments "265 mnkr lägre än budget" after a level
sentence and a project overrun "med 18 mnkr".

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 78.0, 68.0, 76.0),
        header=lambda n, m: ("Täby kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-20", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Nämndernas prognostiserade avvikelse mot budget 2025, mnkr",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse aug", "Avvikelse apr"),),
        rows=(
            ("Kommunstyrelsen", "312,6", "308,5", "4,1", "2,8"),
            ("Barn- och grundskolenämnden", "1 486,0", "1 499,8", "-13,8", "-10,1"),
            ("Gymnasie- och näringslivsnämnden", "402,3", "402,3", "0,0", "0,3"),
            ("Kultur- och fritidsnämnden", "168,4", "170,0", "-1,6", "-0,9"),
            ("Socialnämnden", "521,7", "534,0", "-12,3", "-9,6"),
            ("Äldrenämnden", "698,2", "714,4", "-16,2", "-12,0"),
            ("Stadsbyggnadsnämnden", "61,9", "61,0", "0,9", "0,4"),
            ("Summa nämnder", "3 651,1", "3 690,0", "-38,9", "-29,1"),
        ),
        widths=(170.0, 66.0, 70.0, 72.0, 72.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="arial-bold", after=2),
        Title("Täby kommun", size=13, font="arial", after=14),
        H("Förvaltningsberättelse", 1),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Kommunens resultat för perioden januari–augusti uppgår till 187,4 mnkr, vilket är 41,2 mnkr "
                "bättre än periodiserad budget.",
                C(None, "41,2 mnkr", "+", note="The period against the periodised budget: its own sentence."),
            ),
            (
                "Helårsprognosen visar ett resultat på 96,0 mnkr, att jämföra med ett budgeterat resultat på "
                "112,5 mnkr, en negativ avvikelse på 16,5 mnkr.",
                C(
                    None,
                    "16,5 mnkr",
                    "-",
                    note="The full year between two levels: the deviation is the amount.",
                ),
            ),
        ),
        P(
            "Avvikelsen fördelar sig på nämndernas sammantagna underskott om 38,9 mnkr, som delvis vägs upp av "
            "finansförvaltningens överskott om 22,4 mnkr.",
            C(
                "Nämnderna",
                "38,9 mnkr",
                "-",
                note="One sentence, two areas: the nämnder and the finance function.",
                also=(C("Finansförvaltningen", "22,4 mnkr", "+"),),
            ),
        ),
        table,
        H("Ekonomi- och styrningsavdelningens kommentarer", 3),
        Bullets(
            (
                "Kommunstyrelsen redovisar ett överskott på 4,1 mnkr, främst till följd av vakanta tjänster inom "
                "kommunledningskontoret och lägre kostnader för konsulter än planerat.",
                "Barn- och grundskolenämnden prognostiserar ett underskott om 13,8 mnkr. Färre elever än "
                "budgeterat ger lägre intäkter från skolpengen, medan kostnaderna för de nya skollokalerna i "
                "Roslags-Näsby ligger kvar.",
                "Gymnasie- och näringslivsnämnden bedöms hålla budget.",
                "Kultur- och fritidsnämndens underskott på 1,6 mnkr beror på högre energikostnader i "
                "Ekbackens simhall och minskade intäkter under renoveringen av ishallen.",
                "Socialnämnden: underskottet uppgår till 12,3 mnkr och förklaras av fler placeringar av barn och "
                "unga på HVB och i familjehem än budgeterat.",
                "För äldrenämnden landar prognosen 16,2 mnkr över budget. Antalet beviljade hemtjänsttimmar har "
                "ökat med 9 procent sedan årsskiftet och fler brukare än beräknat har fått plats på vård- och "
                "omsorgsboende.",
                "Stadsbyggnadsnämnden når ett positivt utfall jämfört med budget med 0,9 mnkr, då intäkterna "
                "från bygglov har blivit högre än beräknat.",
            ),
            labels=(
                C("Kommunstyrelsen", "4,1 mnkr", "+", "vakanser", "inhyrd_personal"),
                C("Barn- och grundskolenämnden", "13,8 mnkr", "-", "volymer", "lokaler"),
                BP("Gymnasie- och näringslivsnämnden"),
                C(
                    "Kultur- och fritidsnämnden",
                    "1,6 mnkr",
                    "-",
                    "prisokningar",
                    "avgifter_intakter",
                    "ovrigt",
                    note="A possessive names the area, the closure for renovation is ovrigt.",
                ),
                C("Socialnämnden", "12,3 mnkr", "-", "kopt_verksamhet", "volymer"),
                C("Äldrenämnden", "16,2 mnkr", "-", "volymer", note="The area after 'För'."),
                C("Stadsbyggnadsnämnden", "0,9 mnkr", "+", "avgifter_intakter"),
            ),
            glyph="–",
        ),
        P(
            "Jämfört med prognosen i april har nämndernas underskott ökat med 9,8 mnkr.",
            F("Nämnderna", "9,8 mnkr", "-"),
        ),
        H("Finansförvaltningen", 3),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 14,8 mnkr högre än budget, medan "
            "pensionskostnaderna och finansnettot avviker med -3,1 respektive +10,7 mnkr.",
            C(
                "Skatteintäkter och generella statsbidrag",
                "14,8 mnkr",
                "+",
                note="Finance items get no tag, three items in one sentence.",
                also=(
                    C("Pensionskostnader", "-3,1", "-", unit="mnkr"),
                    C("Finansnetto", "+10,7 mnkr", "+"),
                ),
            ),
        ),
        H("Åtgärder", 3),
        P(
            "Kommunstyrelsen har beslutat om anställningsprövning för administrativa tjänster, och de nämnder som "
            "prognostiserar underskott ska redovisa åtgärdsplaner till kommunstyrelsen i november.",
            A(None, None, "vakanser"),
        ),
        H("Balanskravsresultat", 3),
        P(
            "Balanskravsresultatet beräknas till 88,2 mnkr och kommunen uppfyller därmed balanskravet för 2025.",
            O(None, note="Balanskrav: other."),
        ),
        H("Investeringar", 2),
        PS(
            ("Investeringsutgifterna uppgick till 412 mnkr under perioden.", None),
            (
                "Helårsprognosen för investeringarna är 780 mnkr, vilket är 265 mnkr lägre än budget, främst "
                "eftersom bygget av den nya högstadieskolan i Hagby har försenats.",
                C("Investeringar", "265 mnkr", "+", "periodisering"),
            ),
        ),
        P(
            "Projektet Ny simhall i Ekbacken beräknas överskrida projektbudgeten med 18 mnkr på grund av högre "
            "entreprenadpriser än i kalkylen.",
            C("Ny simhall i Ekbacken", "18 mnkr", "-", "prisokningar"),
        ),
    ]
    return ReportSpec(
        file="taby-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Täby",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025 Täby kommun", "author": "Täby kommun"},
        style=style,
        blocks=blocks,
    )
