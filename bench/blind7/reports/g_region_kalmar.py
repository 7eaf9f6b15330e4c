"""Region Kalmar län, Regionstyrelsen, delårsrapport januari–augusti 2025 (the whole region).

A region's interim report in "miljoner kronor" (and "miljarder kronor"), with a footer carrying the
regionstyrelse's meeting date in October, whose amounts and reasons are in different sections: the period
result, the full-year result and its deviation and the deviation as a share of the costs in one paragraph
(one item); an unlabelled lead-in over four bullets that give each verksamhetsområde's amount only, with
tertial 1's figure in brackets (four items, no causes); a table of deviations per verksamhetsområde with
two header lines (the period's, tertial 1's and tertial 2's forecasts and the change); the change since
tertial 1 and, in the next sentence, two areas' own changes (three items, same text); then, in two
columns, "Analys av avvikelserna" with a heading per area (not part of the item): hälso- och sjukvård's
reasons with no amount (the table row's −318), followed by three bold run-in kostnadsslag with their own
amounts (one giving the forecast in "miljarder kronor" before the deviation), regional development's and
the shared services' reasons with no amount (the table rows'), and finansförvaltningen's two account
groups with their own amounts in one sentence (two items); two actions in one paragraph (two items), the
investment forecast under budget from an appeal against a procurement, the balanskrav (other) and a risk
with a range (other). DejaVu Serif 9 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O

ROW = "The reasons are in a section of their own, apart from the amount: the table row's amount (miljoner kronor)."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.0,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(13.5, 11.0, 9.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 74.0, 60.0, 70.0),
        gutter=22.0,
        header=lambda n, m: ("Region Kalmar län", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Regionstyrelsen 2025-10-15 | RS 2025/744", "", f"Sida {n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 1. Avvikelse mot budget per verksamhetsområde, miljoner kronor",
        header=(
            ("", "Avvikelse", "Helårsprognos", "Helårsprognos", "Förändring"),
            ("Verksamhetsområde", "jan–aug", "tertial 1", "tertial 2", "sedan T1"),
        ),
        rows=(
            ("Hälso- och sjukvård", "−187", "−254", "−318", "−64"),
            ("Regional utveckling och kollektivtrafik", "−9", "−12", "−21", "−9"),
            ("Regiongemensamt och service", "11", "9", "14", "5"),
            ("Finansförvaltningen", "50", "48", "63", "15"),
            ("Regionen totalt", "−135", "−209", "−262", "−53"),
        ),
        widths=(190.0, 64.0, 76.0, 76.0, 66.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="sans-bold"),
        Title("Region Kalmar län", size=12, font="serif", after=12),
        H("Sammanfattning", 1),
        P(
            "Regionens resultat för perioden januari–augusti uppgår till −96 miljoner kronor. För helåret "
            "prognostiseras ett resultat på −142 miljoner kronor, vilket innebär en negativ avvikelse mot budget på "
            "262 miljoner kronor. Avvikelsen motsvarar 2,4 procent av regionens totala kostnader, som uppgår till "
            "drygt 11 miljarder kronor.",
            C(
                None,
                "262 miljoner kronor",
                "-",
                note="The period result, the full-year result and its deviation, and the deviation as a share of the "
                "costs: one item, the deviation is the amount.",
            ),
        ),
        P("Avvikelsen fördelar sig på verksamhetsområdena enligt följande:"),
        Bullets(
            (
                "Hälso- och sjukvård: −318 miljoner kronor (tertial 1: −254)",
                "Regional utveckling och kollektivtrafik: −21 miljoner kronor (tertial 1: −12)",
                "Regiongemensamt och service: +14 miljoner kronor (tertial 1: +9)",
                "Finansförvaltningen: +63 miljoner kronor (tertial 1: +48)",
            ),
            labels=(
                C(
                    "Hälso- och sjukvård",
                    "−318 miljoner kronor",
                    "-",
                    note="An amount only; the reasons are in 'Analys av avvikelserna'. Tertial 1's figure in brackets.",
                ),
                C("Regional utveckling och kollektivtrafik", "−21 miljoner kronor", "-"),
                C("Regiongemensamt och service", "+14 miljoner kronor", "+"),
                C("Finansförvaltningen", "+63 miljoner kronor", "+"),
            ),
        ),
        P("Orsakerna till avvikelserna beskrivs i avsnittet Analys av avvikelserna."),
        table,
        H("Förändring sedan tertial 1", 2),
        P(
            "Jämfört med prognosen i tertial 1 har helårsprognosen försämrats med 53 miljoner kronor. Försämringen "
            "förklaras av att hälso- och sjukvården har räknat upp kostnaderna för hyrpersonal och köpt vård med 64 "
            "miljoner kronor, medan finansförvaltningens prognos har förbättrats med 15 miljoner kronor tack vare "
            "högre skatteintäkter.",
            F(
                None,
                "53 miljoner kronor",
                "-",
                "inhyrd_personal",
                "kopt_verksamhet",
                note="The whole change, then two areas' own changes in the next sentence: three items, same text.",
                also=(
                    F("Hälso- och sjukvård", "64 miljoner kronor", "-", "inhyrd_personal", "kopt_verksamhet"),
                    F("Finansförvaltningen", "15 miljoner kronor", "+"),
                ),
            ),
        ),
        Columns(2),
        H("Analys av avvikelserna", 1),
        H("Hälso- och sjukvård", 2),
        P(
            "Hälso- och sjukvårdens underskott förklaras framför allt av ett fortsatt stort beroende av hyrläkare och "
            "hyrsjuksköterskor, av mer vård som köps från andra regioner och av stigande läkemedelskostnader.",
            C(
                "Hälso- och sjukvård",
                "−318",
                "-",
                "inhyrd_personal",
                "kopt_verksamhet",
                "material_hjalpmedel",
                unit="mnkr",
                table=True,
                note=ROW,
            ),
        ),
        LP(
            "Inhyrd personal.",
            "Kostnaderna för hyrläkare och hyrsjuksköterskor beräknas bli 135 miljoner kronor högre än budgeterat. "
            "Beroendet är störst inom psykiatrin och på vårdcentralerna i norra länsdelen, där flera tjänster som "
            "distriktsläkare är vakanta.",
            C("Inhyrd personal", "135 miljoner kronor", "-", "inhyrd_personal", "vakanser"),
        ),
        LP(
            "Köpt vård.",
            "Utomlänsvården överstiger budget med 88 miljoner kronor, främst på grund av fler remisser för "
            "thoraxkirurgi och cancerbehandling till universitetssjukhuset i Linköping.",
            C("Köpt vård", "88 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Läkemedel.",
            "Läkemedelskostnaderna prognostiseras till 1,19 miljarder kronor, vilket är 71 miljoner kronor mer än "
            "budgeterat. Det beror på nya behandlingar inom onkologin och en ökad förskrivning av diabetesläkemedel.",
            C(
                "Läkemedel",
                "71 miljoner kronor",
                "-",
                "material_hjalpmedel",
                "volymer",
                note="The forecast in 'miljarder kronor' comes first and is not the amount. Drugs tagged "
                "material_hjalpmedel, as in the earlier sets.",
            ),
        ),
        H("Regional utveckling och kollektivtrafik", 2),
        P(
            "Biljettintäkterna i kollektivtrafiken har blivit lägre än budgeterat, eftersom resandet i den regionala "
            "busstrafiken ännu inte har återhämtat sig efter trafikomläggningen i fjol. Till det kommer högre "
            "kostnader för drivmedel genom indexuppräkningen i trafikavtalen.",
            C(
                "Regional utveckling och kollektivtrafik",
                "−21",
                "-",
                "avgifter_intakter",
                "volymer",
                "prisokningar",
                unit="mnkr",
                table=True,
                note=ROW,
            ),
        ),
        H("Regiongemensamt och service", 2),
        P(
            "Överskottet beror på vakanta tjänster inom IT-enheten och på lägre lokalkostnader sedan regionen lämnade "
            "två förhyrda kontor i Kalmar.",
            C(
                "Regiongemensamt och service",
                "14",
                "+",
                "vakanser",
                "lokaler",
                unit="mnkr",
                table=True,
                note=ROW + " The area is named only in the heading.",
            ),
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkterna beräknas bli 41 miljoner kronor högre än budgeterat och pensionskostnaderna 22 miljoner "
            "kronor lägre.",
            C(
                "Skatteintäkter",
                "41 miljoner kronor",
                "+",
                note="Two account groups with their own amounts in one sentence: two items, no causes.",
                also=(C("Pensionskostnader", "22 miljoner kronor", "+"),),
            ),
        ),
        H("Åtgärder", 1),
        PS(
            (
                "Regionstyrelsen har beslutat om en handlingsplan för att minska kostnaderna för inhyrd personal med "
                "60 miljoner kronor på årsbasis, bland annat genom att avtal med bemanningsföretag endast får tecknas "
                "efter beslut av hälso- och sjukvårdsdirektören.",
                A("Hälso- och sjukvård", "60 miljoner kronor", "inhyrd_personal"),
            ),
            (
                "Från september gäller dessutom ett anställningsstopp för administrativa tjänster i hela regionen, som "
                "beräknas ge 8 miljoner kronor under hösten.",
                A(None, "8 miljoner kronor", "bemanning"),
            ),
        ),
        H("Investeringar", 1),
        P(
            "Investeringsutgifterna beräknas till 720 miljoner kronor, vilket är 180 miljoner kronor lägre än budget. "
            "Byggstarten för den nya vårdbyggnaden vid Länssjukhuset i Kalmar har förskjutits, eftersom en "
            "överprövning av upphandlingen har försenat starten med fem månader.",
            C(
                "Investeringar",
                "180 miljoner kronor",
                "+",
                "periodisering",
                note="Investments under budget: a delay.",
            ),
        ),
        H("Balanskrav och risker", 1),
        P(
            "Regionen kommer inte att uppfylla balanskravet 2025. Det negativa resultatet ska återställas inom tre "
            "år, och regionfullmäktige har i budgeten för 2026 avsatt 50 miljoner kronor för detta.",
            O(None, "reserver", note="Balanskrav and its restoration."),
        ),
        P(
            "Den största risken i prognosen är kostnaderna för köpt vård. Om fler patienter än beräknat remitteras "
            "till universitetssjukhus under hösten kan underskottet öka med ytterligare 20–30 miljoner kronor.",
            O("Hälso- och sjukvård", "kopt_verksamhet", note="Risk, with a range."),
        ),
    ]
    return ReportSpec(
        file="region-kalmar-rs-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Region Kalmar län",
            "committee": ["Regionstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Region Kalmar län"},
        style=style,
        blocks=blocks,
    )
