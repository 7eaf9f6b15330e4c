"""Umeå kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report, footer with the fullmäktige meeting in October: the period "96 mnkr bättre än
det periodiserade budgeterade resultatet", its reasons in a sentence of their own (amount null), the full
year "41 mnkr mer än budgeterat resultat" and one sentence splitting it into the nämnder's "underskott på
87,4 mnkr" and the finance function's "överskott på 128,6 mnkr" (two items); a table per nämnd with en-dash
minus signs; bullets under a generic heading ("Kommentarer till nämndernas avvikelser") in varied shapes
(the amount after the area in a dash-parenthesis, a possessive "Individ- och familjenämndens underskott",
"överskrider ramen med", a colon, "Inom fritidsnämnden blir kostnaderna … högre än budgeterat", "beräknas gå
med ett överskott", "ett positivt utfall jämfört med budget", three nämnder that "klarar sina budgetar");
taxes and general grants as a "respektive" pair, pensions and the finance net in one sentence (two items);
the change since April, an action, investments "278 mnkr inte förbrukas" and a project "7,5 mnkr dyrare än
projektbudgeten", the balanskrav result and sick leave against last year (others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Umeå kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-27", "Dnr KS-2025/00731", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per nämnd, mnkr",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "612,4", "600,6", "11,8"),
            ("För- och grundskolenämnden", "2 310,5", "2 335,3", "–24,8"),
            ("Gymnasienämnden", "498,2", "507,8", "–9,6"),
            ("Individ- och familjenämnden", "742,0", "773,5", "–31,5"),
            ("Äldrenämnden", "1 365,7", "1 404,6", "–38,9"),
            ("Tekniska nämnden", "318,9", "314,8", "4,1"),
            ("Kulturnämnden", "176,4", "175,1", "1,3"),
            ("Fritidsnämnden", "201,3", "203,4", "–2,1"),
            ("Byggnadsnämnden", "38,6", "37,8", "0,8"),
            ("Miljö- och hälsoskyddsnämnden", "29,0", "27,5", "1,5"),
            ("Summa nämnder", "6 293,0", "6 380,4", "–87,4"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({10}),
        rules=True,
        size=8.5,
    )
    bullets = Bullets(
        items=(
            "Äldrenämnden redovisar den största avvikelsen, –38,9 mnkr, främst på grund av fler beviljade "
            "hemtjänsttimmar och höga kostnader för sjukfrånvaro inom särskilt boende.",
            "Individ- och familjenämndens underskott på 31,5 mnkr förklaras av externa placeringar av barn och unga "
            "samt av att kostnaderna för försörjningsstöd fortsätter att öka.",
            "För- och grundskolenämnden överskrider ramen med 24,8 mnkr. Elevantalet i grundskolan är lägre än vad "
            "skolpengen bygger på, medan lokalkostnaderna ligger kvar.",
            "Gymnasienämnden: ett underskott om 9,6 mnkr, i huvudsak till följd av höjda interkommunala ersättningar "
            "för elever som studerar i andra kommuner.",
            "Inom fritidsnämnden blir kostnaderna 2,1 mnkr högre än budgeterat eftersom energikostnaderna i "
            "ishallarna har ökat.",
            "Kommunstyrelsen beräknas gå med ett överskott på 11,8 mnkr. Det förklaras främst av vakanta tjänster "
            "inom kommunledningskontoret och av att delar av den centrala digitaliseringssatsningen skjuts till 2026.",
            "Tekniska nämnden lämnar ett positivt utfall jämfört med budget på 4,1 mnkr tack vare högre intäkter från "
            "parkeringsavgifter.",
            "Kulturnämnden, Byggnadsnämnden och Miljö- och hälsoskyddsnämnden bedöms i stort sett klara sina budgetar.",
        ),
        labels=(
            C("Äldrenämnden", "–38,9 mnkr", "-", "volymer", "sjukfranvaro"),
            C("Individ- och familjenämnden", "31,5 mnkr", "-", "kopt_verksamhet", "ekonomiskt_bistand"),
            C("För- och grundskolenämnden", "24,8 mnkr", "-", "volymer", "lokaler"),
            C(
                "Gymnasienämnden",
                "9,6 mnkr",
                "-",
                "kopt_verksamhet",
                note="Interkommunal ersättning for pupils elsewhere is kopt_verksamhet.",
            ),
            C("Fritidsnämnden", "2,1 mnkr", "-", "prisokningar", note="Energy costs are prisokningar."),
            C("Kommunstyrelsen", "11,8 mnkr", "+", "vakanser", "it_digitalisering", "periodisering"),
            C("Tekniska nämnden", "4,1 mnkr", "+", "avgifter_intakter"),
            BP(
                "Kulturnämnden, Byggnadsnämnden och Miljö- och hälsoskyddsnämnden",
                note="Three nämnder that 'klarar sina budgetar' (rows 1,3, 0,8 and 1,5): one boilerplate item.",
            ),
        ),
        glyph="•",
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="sans-bold", after=2),
        Title("Umeå kommun", size=12, font="sans", after=12),
        H("Förvaltningsberättelse i sammandrag", 2),
        P(
            "Kommunens resultat för perioden januari–augusti uppgår till 412 mnkr, vilket är 96 mnkr bättre än det "
            "periodiserade budgeterade resultatet.",
            C(
                None,
                "96 mnkr",
                "+",
                note="The period against the periodised budget, in a sentence of its own.",
            ),
        ),
        P(
            "Den positiva avvikelsen beror till stor del på att de generella statsbidragen har utvecklats bättre än "
            "vad som antogs i budgeten, men också på att avskrivningarna blir lägre när investeringarna senareläggs.",
            C(
                None,
                None,
                "+",
                "statsbidrag",
                "periodisering",
                note="The period surplus's reasons in a paragraph of their own: a cause with amount null.",
            ),
        ),
        P(
            "För helåret prognostiseras ett resultat på 268 mnkr. Det är 41 mnkr mer än budgeterat resultat, trots att "
            "nämnderna sammantaget bedöms överskrida sina ramar.",
            C(
                None,
                "41 mnkr",
                "+",
                note="The full year against budget; the level 268 mnkr is not the deviation.",
            ),
        ),
        Para(
            (
                (
                    "Nämnderna prognostiserar tillsammans ett underskott på 87,4 mnkr mot budget, medan "
                    "finansförvaltningen beräknas lämna ett överskott på 128,6 mnkr.",
                    C(
                        "Nämnderna",
                        "87,4 mnkr",
                        "-",
                        note="One sentence, two areas with their own amounts: two items.",
                        also=(C("Finansförvaltningen", "128,6 mnkr", "+"),),
                    ),
                ),
            )
        ),
        table,
        H("Nämndernas prognoser", 2),
        H("Kommentarer till nämndernas avvikelser", 3),
        bullets,
        H("Finansförvaltningen", 2),
        Para(
            (
                (
                    "Skatteintäkterna och de generella statsbidragen beräknas bli 74,2 respektive 31,9 mnkr högre än "
                    "budgeterat.",
                    C(
                        "Skatteintäkter",
                        "74,2",
                        "+",
                        unit="mnkr",
                        note="A 'respektive' pair: two items. Finance items get no tag.",
                        also=(C("Generella statsbidrag", "31,9 mnkr", "+"),),
                    ),
                ),
            )
        ),
        Para(
            (
                (
                    "Pensionskostnaderna blir 14,2 mnkr lägre än i budgeten efter en ny beräkning av pensionsskulden, "
                    "och finansnettot blir 8,3 mnkr bättre än budgeterat när upplåningen blir mindre än planerat.",
                    C(
                        "Pensionskostnader",
                        "14,2 mnkr",
                        "+",
                        note="Two finance items in one sentence: two items, no tags.",
                        also=(C("Finansnetto", "8,3 mnkr", "+"),),
                    ),
                ),
            )
        ),
        H("Förändring mot aprilprognosen", 2),
        P(
            "Jämfört med prognosen i april har helårsprognosen förbättrats med 18 mnkr, främst genom en ny "
            "skatteunderlagsprognos.",
            F(None, "18 mnkr", "+"),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har gett äldrenämnden och individ- och familjenämnden i uppdrag att ta fram "
            "handlingsplaner som ska minska underskotten med sammanlagt 25 mnkr på helårsbasis.",
            A(None, "25 mnkr"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 1 140 mnkr. Prognosen är 862 mnkr, vilket innebär att 278 mnkr "
            "inte förbrukas under året. Förskjutningen gäller framför allt nybyggnationen av Lindbackaskolan och "
            "renoveringen av Tallhedens simhall, som båda har fått nya tidplaner.",
            C("Investeringar", "278 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        P(
            "Ombyggnaden av Sandåkerns förskola beräknas däremot bli 7,5 mnkr dyrare än projektbudgeten, eftersom "
            "förorenad mark upptäcktes vid schaktningen.",
            C(
                "Sandåkerns förskola",
                "7,5 mnkr",
                "-",
                "ovrigt",
                note="A project overrun: negative. Polluted soil: ovrigt.",
            ),
        ),
        H("Balanskrav och personal", 2),
        P(
            "Balanskravsresultatet beräknas till 251 mnkr och kommunen uppfyller därmed balanskravet.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Sjukfrånvaron bland kommunens medarbetare var 7,4 procent under perioden, att jämföra med 7,9 procent "
            "samma period 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
        P(
            "Prognosen för skatteintäkterna är osäker, eftersom arbetsmarknaden har försvagats under sommaren.",
            O(None, note="Uncertainty: other."),
        ),
    ]
    return ReportSpec(
        file="umea-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Umeå",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Umeå kommun"},
        style=style,
        blocks=blocks,
    )
