"""Region Västra Götaland, Regionstyrelsen, månadsrapport mars 2026 (the whole region).

A region's month report in "miljoner kronor" with U+2212 minus signs, footer with the regionstyrelse's
meeting date in April: the period "188 miljoner kronor sämre än periodens budget" and the full year "en
negativ avvikelse mot budget med 850 miljoner kronor" in two sentences (two items); the hospitals together
"−1 115 miljoner kronor" (areas named, no reason); a forecast change since February with its causes; the
result table pasted as an image, so every amount lives in the prose; two columns of bold run-in hospitals
with a colon: "Prognosen pekar mot ett underskott om 560 miljoner kronor", two hospitals in one lead as a
"respektive" pair with shared causes, "Avvikelsen mot budget är −140", a bare "−35 miljoner kronor." after
the lead, "bedöms klara sin budget" (boilerplate) and a surplus "tack vare"; an action with its effect in the
column; then run-in leads with a full stop for primary care, the health-care committees ("+60"), public
transport revenue "70 miljoner kronor under budget", the regionstyrelse's own activities and the tax
revenue (no tag); an action with no amount, a financial goal and staff numbers against last year (others).
Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Västra Götalandsregionen", "Månadsrapport mars 2026"),
        footer=lambda n, m: ("Regionstyrelsen 2026-04-21", "Diarienummer RS 2026-00318", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per förvaltning och nämnd 2026, miljoner kronor",
        header=(("", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Sahlgrenska Universitetssjukhuset", "14 820", "15 380", "−560"),
            ("Södra Älvsborgs Sjukhus", "4 910", "5 120", "−210"),
            ("Skaraborgs Sjukhus", "4 460", "4 645", "−185"),
            ("NU-sjukvården", "4 230", "4 370", "−140"),
            ("Angereds Närsjukhus", "610", "645", "−35"),
            ("Kungälvs sjukhus", "1 340", "1 340", "0"),
            ("Alingsås lasarett", "1 020", "1 005", "+15"),
            ("Primärvårdsstyrelsen", "9 870", "9 825", "+45"),
            ("Hälso- och sjukvårdsnämnderna", "5 440", "5 380", "+60"),
            ("Kollektivtrafiknämnden", "6 150", "6 220", "−70"),
            ("Regionstyrelsen", "2 310", "2 285", "+25"),
            ("Finansförvaltningen", "", "", "+205"),
            ("Summa", "", "", "−850"),
        ),
        widths=(200.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({12}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=19, font="arial-bold", after=2),
        Title("Västra Götalandsregionen – Regionstyrelsen", size=12.5, font="arial", after=12),
        H("Sammanfattning", 1),
        PS(
            (
                "Västra Götalandsregionens resultat efter mars uppgår till 412 miljoner kronor, vilket är 188 miljoner "
                "kronor sämre än periodens budget.",
                C(None, "188 miljoner kronor", "-", note="The period's deviation, a sentence of its own."),
            ),
            (
                "För helåret prognostiseras ett resultat på 150 miljoner kronor, en negativ avvikelse mot budget med "
                "850 miljoner kronor.",
                C(None, "850 miljoner kronor", "-", note="The full year's deviation, a sentence of its own."),
            ),
        ),
        P(
            "Avvikelsen finns i hälso- och sjukvården, där sjukhusen sammantaget redovisar en prognos på −1 115 "
            "miljoner kronor.",
            C("Sjukhusen", "−1 115 miljoner kronor", "-", note="An area named, no reason: no tags."),
        ),
        P(
            "Prognosen är 120 miljoner kronor sämre än i februari, vilket framför allt beror på högre kostnader för "
            "hyrpersonal och köpt vård.",
            F(None, "120 miljoner kronor", "-", "inhyrd_personal", "kopt_verksamhet"),
        ),
        table,
        H("Sjukhusen", 2),
        Columns(2),
        LP(
            "Sahlgrenska Universitetssjukhuset:",
            "Prognosen pekar mot ett underskott om 560 miljoner kronor. Kostnaderna för läkemedel, särskilt "
            "cancerläkemedel, ökar snabbare än budgeterat och vårdplatser har behövt bemannas med inhyrda "
            "sjuksköterskor.",
            C(
                "Sahlgrenska Universitetssjukhuset",
                "560 miljoner kronor",
                "-",
                "material_hjalpmedel",
                "inhyrd_personal",
                note="Drugs are material_hjalpmedel.",
            ),
        ),
        LP(
            "Södra Älvsborgs Sjukhus och Skaraborgs Sjukhus:",
            "Underskotten beräknas till 210 respektive 185 miljoner kronor, främst till följd av hyrläkare inom "
            "psykiatrin och höga sjuklönekostnader.",
            C(
                "Södra Älvsborgs Sjukhus",
                "210",
                "-",
                "inhyrd_personal",
                "sjukfranvaro",
                unit="mnkr",
                note="Two hospitals in one lead, a 'respektive' pair with shared causes: two items.",
                also=(
                    C("Skaraborgs Sjukhus", "185 miljoner kronor", "-", "inhyrd_personal", "sjukfranvaro"),
                ),
            ),
        ),
        LP(
            "NU-sjukvården:",
            "Avvikelsen mot budget är −140 miljoner kronor. Vakanta sjukskötersketjänster har ersatts med övertid "
            "och bemanningsföretag.",
            C("NU-sjukvården", "−140 miljoner kronor", "-", "vakanser", "overtid", "inhyrd_personal"),
        ),
        LP(
            "Angereds Närsjukhus:",
            "−35 miljoner kronor. Lägre produktion än planerat inom dagkirurgin ger minskade intäkter från vårdvalet.",
            C("Angereds Närsjukhus", "−35 miljoner kronor", "-", "volymer", "avgifter_intakter"),
        ),
        LP(
            "Kungälvs sjukhus:",
            "Sjukhuset bedöms klara sin budget.",
            BP("Kungälvs sjukhus"),
        ),
        LP(
            "Alingsås lasarett:",
            "Prognosen är ett överskott på 15 miljoner kronor tack vare högre ersättning för patienter från andra "
            "regioner.",
            C("Alingsås lasarett", "15 miljoner kronor", "+", "avgifter_intakter"),
        ),
        P(
            "Sahlgrenska Universitetssjukhuset har tagit fram en åtgärdsplan som väntas minska kostnaderna med 120 "
            "miljoner kronor under året.",
            A("Sahlgrenska Universitetssjukhuset", "120 miljoner kronor"),
        ),
        PageBreak(),
        Columns(1),
        H("Övriga nämnder och styrelser", 2),
        LP(
            "Primärvården.",
            "Primärvårdsstyrelsen redovisar ett överskott mot budget på 45 miljoner kronor, eftersom antalet listade "
            "patienter har ökat mer än beräknat och ersättningen följer listningen.",
            C("Primärvårdsstyrelsen", "45 miljoner kronor", "+", "volymer"),
        ),
        LP(
            "Hälso- och sjukvårdsnämnderna.",
            "De fem nämnderna visar sammantaget +60 miljoner kronor, vilket förklaras av att färre patienter än "
            "beräknat har utnyttjat det särskilda tandvårdsstödet.",
            C("Hälso- och sjukvårdsnämnderna", "+60 miljoner kronor", "+", "volymer"),
        ),
        LP(
            "Kollektivtrafiknämnden.",
            "Biljettintäkterna ligger 70 miljoner kronor under budget, då resandet med Västtrafik inte har "
            "återhämtat sig i den takt som budgeten förutsatte.",
            C("Kollektivtrafiknämnden", "70 miljoner kronor", "-", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Regionstyrelsen.",
            "Styrelsens egen verksamhet, inklusive koncernkontoret, visar ett överskott om 25 miljoner kronor till "
            "följd av vakanser och lägre IT-kostnader.",
            C("Regionstyrelsen", "25 miljoner kronor", "+", "vakanser", "it_digitalisering"),
        ),
        LP(
            "Finansförvaltningen.",
            "Skatteintäkter och generella statsbidrag beräknas bli 205 miljoner kronor bättre än budget enligt "
            "SKR:s februariprognos.",
            C(
                "Skatteintäkter och generella statsbidrag",
                "205 miljoner kronor",
                "+",
                note="A finance item: no cause tag.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Regionstyrelsen har gett sjukhusstyrelserna i uppdrag att minska kostnaderna för inhyrd personal med 25 "
            "procent jämfört med 2025.",
            A(None, None, "inhyrd_personal"),
        ),
        H("Finansiella mål och personal", 2),
        P(
            "Prognosen innebär att det finansiella målet om ett resultat på minst 1 procent av skatteintäkter och "
            "generella statsbidrag inte nås.",
            O(None, note="A financial goal: other."),
        ),
        P(
            "Antalet anställda har ökat med 1 100 jämfört med mars 2025, vilket främst beror på nyanställda "
            "undersköterskor inom sjukhusen.",
            O(None, note="Staff numbers against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="region-vastra-gotaland-rs-manadsrapport-2026-03.pdf",
        report={
            "municipality": ["Region Västra Götaland", "Västra Götalandsregionen"],
            "committee": ["Regionstyrelsen"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026 Regionstyrelsen", "author": "Västra Götalandsregionen"},
        style=style,
        blocks=blocks,
    )
