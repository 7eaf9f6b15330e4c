"""Region Norrbotten, Hälso- och sjukvårdsnämnden, månadsrapport oktober 2025.

A region's health-care month report in "miljoner kronor" and "mnkr", its table's deficits with en dashes
("–129"): the accumulated result against the period's budget and the full year "underskott mot budget om 245
miljoner kronor (−228 i september)" in two paragraphs (September's figure in brackets is not the amount),
the change since September with its cause; then headings that carry the area and the amount ("Länssjukvård
−129 mnkr"), two närsjukvård areas as a "respektive" pair, psychiatry "12 mnkr lägre än budgeterat" with a
risk sentence of its own (other), a reason-only ambulance service (the table's "–22"), köpt riks- och
regionvård that "överstiger budget", drugs whose forecast level (1 140 miljoner) is not the deviation, dental
care "åtta miljoner kronor" in words, a nämndgemensamt surplus from an undistributed reserve and grants,
"Hälsa och habilitering följer budget" (boilerplate), personnel costs "2,4 procent högre än budget" (amount
null); hired staff against last year (other), an action plan with an effect and one without. Liberation Sans
(Arial metrics) 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Region Norrbotten", "Hälso- och sjukvårdsnämnden"),
        footer=lambda n, m: ("Månadsrapport oktober 2025", "Fastställd 2025-11-20", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 1. Helårsprognos per verksamhetsområde, mnkr",
        header=(("Verksamhetsområde", "Budget 2025", "Utfall jan–okt", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Länssjukvård", "3 412", "2 951", "3 541", "–129"),
            ("Närsjukvård Norr", "1 186", "1 022", "1 227", "–41"),
            ("Närsjukvård Syd", "1 054", "897", "1 077", "–23"),
            ("Psykiatri", "742", "604", "730", "12"),
            ("Ambulanssjukvård", "318", "284", "340", "–22"),
            ("Folktandvård", "96", "71", "88", "8"),
            ("Hälsa och habilitering", "214", "178", "214", "0"),
            ("Köpt riks- och regionvård", "905", "786", "943", "–38"),
            ("Läkemedel", "1 111", "951", "1 140", "–29"),
            ("Nämndgemensamt", "402", "306", "385", "17"),
            ("Summa", "9 440", "8 050", "9 685", "–245"),
        ),
        widths=(150.0, 70.0, 78.0, 74.0, 64.0),
        bold_rows=frozenset({10}),
        rules=True,
        size=8.5,
        shade=(0.86, 0.9, 0.95),
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=20, font="arial-bold", after=2),
        Title("Hälso- och sjukvårdsnämnden", size=12.5, font="arial", after=12),
        H("Sammanfattning", 2),
        P(
            "Hälso- och sjukvårdsnämndens ackumulerade resultat till och med oktober är −212 miljoner kronor, "
            "vilket är 187 miljoner kronor sämre än periodens budget.",
            C(None, "187 miljoner kronor", "-", note="The accumulated period against its budget: a cause."),
        ),
        P(
            "Helårsprognosen pekar på ett underskott mot budget om 245 miljoner kronor (−228 i september).",
            C(
                None,
                "245 miljoner kronor",
                "-",
                note="The full year; September's figure in brackets is not the amount.",
            ),
        ),
        P(
            "Prognosen har försämrats med 17 miljoner kronor sedan föregående månad, främst på grund av ökade "
            "kostnader för hyrsjuksköterskor inom länssjukvården under hösten.",
            F(None, "17 miljoner kronor", "-", "inhyrd_personal"),
        ),
        table,
        Space(6),
        H("Kommentarer per verksamhetsområde", 2),
        HP(
            "Länssjukvård −129 mnkr",
            "Underskottet beror framför allt på inhyrd personal. Ett fyrtiotal sjuksköterske- och "
            "specialistläkartjänster är vakanta, och för att hålla vårdplatserna öppna under sommaren har "
            "bemanningsföretag anlitats i större omfattning än planerat.",
            C("Länssjukvård", "−129 mnkr", "-", "inhyrd_personal", "vakanser"),
        ),
        P(
            "Närsjukvård Norr och Närsjukvård Syd prognostiserar underskott om 41 respektive 23 miljoner kronor. "
            "Båda områdena är beroende av hyrläkare i primärvården, och i Närsjukvård Norr har dessutom "
            "vårdplatser på sjukstugorna hållits öppna trots låg beläggning.",
            C(
                "Närsjukvård Norr",
                "41",
                "-",
                "inhyrd_personal",
                "volymer",
                unit="mnkr",
                note="A 'respektive' pair: two items, the unit written once; the beds kept open concern Norr.",
                also=(C("Närsjukvård Syd", "23 miljoner kronor", "-", "inhyrd_personal"),),
            ),
        ),
        PS(
            (
                "Inom psykiatrin blir kostnaderna 12 mnkr lägre än budgeterat, eftersom flera "
                "specialistläkartjänster har varit vakanta och den nya rättspsykiatriska avdelningen öppnar "
                "först i februari 2026.",
                C("Psykiatri", "12 mnkr", "+", "vakanser", "periodisering"),
            ),
            (
                "Det finns en risk att överskottet minskar om tvångsvården av unga fortsätter att öka under "
                "november och december.",
                O("Psykiatri", note="A risk sentence in the cause's paragraph: its own item."),
            ),
        ),
        H("Ambulanssjukvård", 3),
        P(
            "Ambulanssjukvården har haft fler uppdrag än planerat och har under sommaren behövt hyra in extra "
            "ambulanser med personal för att klara inlandets beredskap.",
            C(
                "Ambulanssjukvård",
                "–22",
                "-",
                "volymer",
                "inhyrd_personal",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        H("Köpt riks- och regionvård", 3),
        P(
            "Kostnaderna för köpt riks- och regionvård överstiger budget med 38 mnkr. Fler patienter än "
            "beräknat har remitterats till universitetssjukhus utanför länet för thoraxkirurgi och neonatalvård.",
            C("Köpt riks- och regionvård", "38 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Läkemedel", 3),
        P(
            "Prognosen för läkemedel är 1 140 miljoner kronor, vilket är 29 miljoner kronor över budget. Fler "
            "patienter behandlas med nya och dyrare läkemedel mot cancer och diabetes.",
            C(
                "Läkemedel",
                "29 miljoner kronor",
                "-",
                "material_hjalpmedel",
                "volymer",
                note="The forecast level is not the deviation; drugs are material_hjalpmedel.",
            ),
        ),
        H("Folktandvård", 3),
        P(
            "Folktandvården ger ett överskott på åtta miljoner kronor. Patientintäkterna har blivit högre än "
            "beräknat sedan fler vuxna har återkommit till regelbundna undersökningar.",
            C(
                "Folktandvård",
                "åtta miljoner kronor",
                "+",
                "avgifter_intakter",
                value=8_000_000,
            ),
        ),
        H("Hälsa och habilitering", 3),
        P("Hälsa och habilitering följer budget.", BP("Hälsa och habilitering")),
        H("Nämndgemensamt", 3),
        P(
            "Det nämndgemensamma området visar ett positivt utfall jämfört med budget på 17 mnkr. Den centrala "
            "reserven för kostnadsökningar har inte fördelats ut, och de riktade statsbidragen för kortare "
            "väntetider har blivit högre än budgeterat.",
            C("Nämndgemensamt", "17 mnkr", "+", "reserver", "statsbidrag"),
        ),
        H("Personal", 2),
        P(
            "Personalkostnaderna exklusive inhyrd personal är 2,4 procent högre än budget, till följd av att "
            "lönerevisionen för sjuksköterskor blev högre än den budgeterade nivån.",
            C(
                "Personalkostnader",
                None,
                "-",
                "lonekostnader",
                note="A percentage only, and no table row for the account group: amount null.",
            ),
        ),
        P(
            "Kostnaden för inhyrd personal uppgick till 286 miljoner kronor till och med oktober, 42 miljoner "
            "kronor mer än samma period föregående år.",
            O("Inhyrd personal", "inhyrd_personal", note="Against the previous year: other."),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har antagit en handlingsplan för att minska beroendet av inhyrd personal. Planen omfattar "
            "bland annat egna bemanningspooler och ett regiongemensamt avtal för hyrsjuksköterskor och beräknas "
            "minska kostnaderna med 60 miljoner kronor i helårstakt.",
            A(None, "60 miljoner kronor", "inhyrd_personal"),
        ),
        P(
            "Vårdplatsplaneringen i närsjukvården ses över inför vintern, med målet att samla platserna på färre "
            "enheter.",
            A("Närsjukvård Norr", None, "bemanning"),
        ),
    ]
    return ReportSpec(
        file="region-norrbotten-hsn-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Region Norrbotten",
            "committee": ["Hälso- och sjukvårdsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport oktober 2025 Hälso- och sjukvårdsnämnden",
            "author": "Region Norrbotten",
        },
        style=style,
        blocks=blocks,
    )
