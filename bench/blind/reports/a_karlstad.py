"""Karlstads kommun, Teknik- och fastighetsnämnden, verksamhetsberättelse 2025 (extract).

A year-end report: a narrative opening that is not an explanation, the result against budget in tkr
with a hyphen-minus and the previous year's figure in brackets ("-3 412 tkr (−2 100 tkr)") followed by
a note saying what the bracket is, a table with this year's and last year's deviations, a
year-on-year cost increase that "beror på" (other), then two columns with headings that carry the area
and amount: snöröjning over budget (weather), vakanser giving a surplus, a delayed IT project; the
internally financed property unit with a context sentence, an explicit "Resultatet blev 1,2 mnkr
bättre än budget" and a resultatfond (eget kapital) sentence; the outcome against the August forecast,
the investment outcome, an outlook and a procurement measure; finally a KPI table whose goal texts
("Andelen … ska överstiga 90 %") are no explanations. Liberation Serif (Times).

Blind test set: the place is real; every figure, name and event is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.3,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(70.0, 74.0, 70.0, 74.0),
        gutter=20.0,
        header=lambda n, m: ("Karlstads kommun", "Teknik- och fastighetsnämnden"),
        footer=lambda n, m: ("Verksamhetsberättelse 2025", "", f"{n}"),
    )
    result = Table(
        caption="Driftredovisning 2025, tkr",
        header=(
            ("", "Budget", "Utfall", "Avvikelse", "Avvikelse"),
            ("Verksamhet", "2025", "2025", "2025", "2024"),
        ),
        rows=(
            ("Nämnd och förvaltningsledning", "−18 450", "−17 210", "1 240", "680"),
            ("Vinterväghållning", "−38 000", "−44 812", "−6 812", "−3 950"),
            ("Gata och trafik", "−104 300", "−105 222", "−922", "−1 420"),
            ("Park och natur", "−56 200", "−54 318", "1 882", "1 590"),
            ("Fastighet (internhyresfinansierad)", "0", "1 200", "1 200", "1 000"),
            ("Summa", "−216 950", "−220 362", "−3 412", "−2 100"),
        ),
        widths=(185.0, 66.0, 66.0, 66.0, 66.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    goals = Table(
        caption="Nämndens mål och indikatorer 2025",
        header=(("Indikator", "Målvärde", "Utfall 2025", "Utfall 2024"),),
        rows=(
            (
                "Andelen gator som plogas inom åtta timmar efter avslutat snöfall ska överstiga 90 %",
                "> 90 %",
                "84 %",
                "91 %",
            ),
            ("Andelen felanmälningar om gatubelysning som åtgärdas inom fem dagar", "> 85 %", "88 %", "83 %"),
            ("Energianvändning i kommunens lokaler, kWh per kvm", "< 130", "127", "133"),
            ("Nöjd-Medborgar-Index, gator och vägar", "> 55", "52", "56"),
        ),
        widths=(300.0, 50.0, 50.0, 50.0),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=22, font="times-bold"),
        Title("Teknik- och fastighetsnämnden", size=14, font="times"),
        Title("Karlstads kommun", size=11, font="times", after=16),
        H("Året i korthet", 1),
        P(
            "Under 2025 färdigställdes Skogsgläntans förskola och den nya gång- och cykelbron över Västra "
            "kanalen. Nämnden har också tagit över ansvaret för skötseln av kommunens badplatser och infört ett "
            "digitalt system för planering av fastighetsunderhållet."
        ),
        H("Ekonomiskt resultat", 1),
        PS(
            (
                "Teknik- och fastighetsnämnden redovisar för 2025 ett resultat mot budget på -3 412 tkr "
                "(−2 100 tkr). Underskottet förklaras av vinterväghållningen, medan övriga verksamheter "
                "sammantaget redovisar ett överskott.",
                C(
                    None,
                    "-3 412 tkr",
                    "-",
                    note="The bracket is the previous year's deviation, not the amount.",
                ),
            ),
            ("Siffran inom parentes avser 2024.", None),
        ),
        result,
        P(
            "Nämndens nettokostnader ökade med 3,6 procent jämfört med 2024, vilket främst beror på högre "
            "kapitalkostnader för nya gång- och cykelvägar.",
            O(None, note="Year-on-year cost growth with 'beror på', not against budget."),
        ),
        Columns(2),
        H("Kommentarer per verksamhet", 2),
        HP(
            "Vinterväghållning −6 812 tkr",
            "Året inleddes med en kall och snörik vinter, och även november och december gav stora snömängder. "
            "Snöröjningen och halkbekämpningen kostade därför betydligt mer än budgeterat. Entreprenörerna "
            "plogade vid 46 tillfällen under året, mot normalt 28.",
            C("Vinterväghållning", "−6 812 tkr", "-", "ovrigt", note="Weather: ovrigt."),
        ),
        HP(
            "Gata och trafik −922 tkr",
            "Underskottet förklaras av reparationer av trafiksignaler efter flera påkörningar och av att "
            "intäkterna från upplåtelse av offentlig plats blev lägre än beräknat.",
            C("Gata och trafik", "−922 tkr", "-", "ovrigt", "avgifter_intakter"),
        ),
        HP(
            "Park och natur +1 882 tkr",
            "Vakanta tjänster under stora delar av året, bland annat två parkarbetare och en "
            "landskapsarkitekt, ger ett överskott. Rekryteringarna har dragit ut på tiden eftersom det har varit "
            "svårt att hitta sökande med rätt kompetens.",
            C("Park och natur", "+1 882 tkr", "+", "vakanser"),
        ),
        HP(
            "Nämnd och förvaltningsledning +1 240 tkr",
            "Överskottet kommer främst av att införandet av ett nytt system för felanmälan har försenats, och "
            "kostnaderna förskjuts därmed till 2026.",
            C("Nämnd och förvaltningsledning", "+1 240 tkr", "+", "it_digitalisering", "periodisering"),
        ),
        H("Fastighet", 3),
        PS(
            ("Fastighetsverksamheten finansieras med internhyror från kommunens nämnder.", None),
            (
                "Resultatet blev 1,2 mnkr bättre än budget, främst tack vare lägre elpriser än beräknat och att "
                "planerat underhåll på två skolor har skjutits till 2026.",
                C("Fastighet", "1,2 mnkr", "+", "prisokningar", "periodisering"),
            ),
            (
                "Överskottet förs till fastighetsverksamhetens resultatfond, som efter bokslutet uppgår till "
                "6,8 mnkr.",
                O("Fastighet", "reserver", note="Resultatfond (eget kapital)."),
            ),
        ),
        H("Prognossäkerhet", 2),
        P(
            "I delårsrapporten per augusti prognostiserade nämnden ett underskott på 1 500 tkr. Utfallet blev "
            "1 912 tkr sämre än prognosen, vilket nästan helt beror på snöfallen i november och december.",
            F(None, "1 912 tkr", "-", "ovrigt", note="Year-end outcome against the August forecast."),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar uppgick till 84,6 mnkr, vilket är 27,4 mnkr lägre än investeringsbudgeten på "
            "112,0 mnkr. Renoveringen av gymnastiksalen vid Västra skolan försenades efter ett överklagat "
            "bygglov, och en del av utgifterna förskjuts till 2026.",
            C(
                "Investeringar",
                "27,4 mnkr",
                "+",
                "periodisering",
                note="Investering: spending under the investment budget.",
            ),
        ),
        H("Framtid", 2),
        P(
            "Vinterväghållningen har överskridit budget fyra av de senaste fem åren. Nämnden bedömer att "
            "budgeten behöver förstärkas med omkring 5 mnkr för att motsvara kostnaden för en normal vinter.",
            O("Vinterväghållning", note="Outlook and budget need."),
        ),
        P(
            "Inför vintersäsongen 2026/2027 ska vinterväghållningen upphandlas på nytt, med en ersättningsmodell "
            "som fördelar risken för extrema vintrar jämnare mellan kommunen och entreprenörerna.",
            A("Vinterväghållning"),
        ),
        Columns(1),
        H("Mål och indikatorer", 1),
        P(
            "Nämndens indikatorer följs upp en gång per år. Målvärdena har beslutats av nämnden i "
            "verksamhetsplanen för 2025."
        ),
        goals,
    ]
    return ReportSpec(
        file="karlstad-tfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Karlstad",
            "committee": ["Teknik- och fastighetsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Teknik- och fastighetsnämnden",
            "author": "Karlstads kommun",
        },
        style=style,
        blocks=blocks,
    )
