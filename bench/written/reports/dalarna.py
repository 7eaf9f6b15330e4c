"""Region Dalarna, Hälso- och sjukvårdsnämnden, månadsrapport maj 2025.

A region's monthly report in running prose with "miljoner kronor", where comparisons with the
previous year (other) and with the budget (cause) alternate, sometimes in consecutive sentences of one
paragraph (split into their own items): intäkter with riktade statsbidrag, inhyrd personal and
hyrläkare, köpt riks- och regionvård, läkemedel, pensions against last year; then a result table per
verksamhetsområde and bulleted forecasts with their own amounts, an investment deviation,
actions and staff figures. Liberation Sans (Arial) with a grey header rule.

The place is real; every figure and event is invented.
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
        heading_sizes=(14.0, 11.5, 10.0),
        margins=(60.0, 76.0, 60.0, 70.0),
        header=lambda n, m: ("Region Dalarna", f"Månadsrapport maj 2025  {n}({m})"),
        footer=lambda n, m: ("Hälso- och sjukvårdsnämnden", "", ""),
        rule_under_header=True,
    )
    areas = Table(
        caption="Resultat per verksamhetsområde, miljoner kronor",
        header=(("Verksamhetsområde", "Resultat jan–maj", "Avvikelse mot budget", "Prognos helår"),),
        rows=(
            ("Primärvård", "−27", "−24", "−58"),
            ("Psykiatri", "−22", "−20", "−49"),
            ("Akutsjukvård", "−35", "−31", "−71"),
            ("Opererande specialiteter", "−24", "−22", "−44"),
            ("Medicinsk service", "3", "3", "7"),
            ("Nämndgemensamt", "−37", "−2", "0"),
            ("Summa", "−142", "−96", "−215"),
        ),
        widths=(170.0, 90.0, 110.0, 90.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport maj 2025", size=20, font="arial-bold"),
        Title("Hälso- och sjukvårdsnämnden", size=13, font="arial", after=14),
        H("Sammanfattning", 1),
        P(
            "Hälso- och sjukvårdsnämndens ackumulerade resultat till och med maj uppgick till −142 miljoner "
            "kronor, vilket var 96 miljoner kronor sämre än budget och 18 miljoner kronor sämre än motsvarande "
            "period föregående år.",
            C(
                None,
                "96 miljoner kronor",
                "-",
                note="Period deviation against budget; the same sentence also compares with the previous year.",
            ),
        ),
        PS(
            (
                "Helårsprognosen visar ett underskott mot budget på 215 miljoner kronor.",
                C(None, "215 miljoner kronor", "-"),
            ),
            ("Det är 20 miljoner kronor sämre än prognosen i april.", F(None, "20 miljoner kronor", "-")),
        ),
        P(
            "Regionfullmäktige har beslutat om ett tillfälligt tillskott på 100 miljoner kronor till nämnden för "
            "2025, vilket ingår i budgeten.",
            O(
                None,
                "reserver",
                amount="100 miljoner kronor",
                note="Financing statement, part of the budget.",
            ),
        ),
        H("Intäkter och kostnader", 1),
        P(
            "Verksamhetens intäkter var 14 miljoner kronor högre än föregående år, främst på grund av högre "
            "patientavgifter och försäljning av vård till andra regioner.",
            O(
                "Verksamhetens intäkter",
                "avgifter_intakter",
                note="Year-on-year comparison, not against budget.",
            ),
        ),
        P(
            "Jämfört med budget var intäkterna 22 miljoner kronor högre, vilket främst förklaras av riktade "
            "statsbidrag för kortare väntetider som inte var budgeterade.",
            C("Verksamhetens intäkter", "22 miljoner kronor", "+", "statsbidrag"),
        ),
        P(
            "Personalkostnaderna exklusive pensioner har ökat med 3,9 procent jämfört med föregående år.",
            O("Personalkostnader", note="Year-on-year."),
        ),
        P(
            "Kostnaden för inhyrd personal uppgick till 118 miljoner kronor till och med maj, vilket är 47 "
            "miljoner kronor mer än budget. Hyrläkare inom psykiatrin och primärvården i Västerdalarna svarar "
            "för mer än hälften av kostnaden.",
            C(
                "Inhyrd personal",
                "47 miljoner kronor",
                "-",
                "inhyrd_personal",
                note="118 mnkr is the period's cost; 47 mnkr the deviation against budget.",
            ),
        ),
        PS(
            (
                "Köpt riks- och regionvård har ökat med 31 miljoner kronor jämfört med föregående år.",
                O("Köpt riks- och regionvård", "kopt_verksamhet", note="Year-on-year sentence."),
            ),
            (
                "Kostnaden överstiger budget med 26 miljoner kronor, vilket beror på fler patienter som har "
                "remitterats till Akademiska sjukhuset för thoraxkirurgi och neurokirurgi.",
                C("Köpt riks- och regionvård", "26 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
            ),
        ),
        P(
            "Läkemedelskostnaderna var 9 miljoner kronor högre än budget, främst läkemedel utanför förmånen som "
            "används på sjukhusen.",
            C("Läkemedel", "9 miljoner kronor", "-", "material_hjalpmedel"),
        ),
        P(
            "Pensionskostnaderna var 40 miljoner kronor lägre än föregående år, då förra året belastades av ett "
            "nytt livslängdsantagande.",
            O("Pensionskostnader", note="Year-on-year."),
        ),
        H("Resultat per verksamhetsområde", 1),
        areas,
        P("Verksamhetsområdenas helårsprognoser i korthet:"),
        Bullets(
            (
                "Primärvård: prognos −58 mnkr. Hyrläkare vid hälsocentralerna i Malung, Vansbro och Älvdalen.",
                "Psykiatri: prognos −49 mnkr. Höga kostnader för hyrläkare och för tvångsvårdsplatser i annan "
                "region.",
                "Akutsjukvård: prognos −71 mnkr. Överbeläggningar, övertid och sjuksköterskor från "
                "bemanningsföretag på Falu lasarett.",
                "Opererande specialiteter: prognos −44 mnkr. Vårdgarantiköp från privata vårdgivare för att "
                "korta köerna inom ortopedi.",
                "Medicinsk service: prognos +7 mnkr. Vakanser inom laboratoriemedicin och lägre kostnader för "
                "reagenser.",
                "Nämndgemensamt: prognos 0 mnkr.",
            ),
            labels=(
                C("Primärvård", "−58 mnkr", "-", "inhyrd_personal"),
                C("Psykiatri", "−49 mnkr", "-", "inhyrd_personal", "kopt_verksamhet"),
                C("Akutsjukvård", "−71 mnkr", "-", "volymer", "overtid", "inhyrd_personal"),
                C("Opererande specialiteter", "−44 mnkr", "-", "kopt_verksamhet"),
                C("Medicinsk service", "+7 mnkr", "+", "vakanser", "material_hjalpmedel"),
                BP("Nämndgemensamt", "0 mnkr"),
            ),
            glyph="•",
        ),
        H("Investeringar", 1),
        P(
            "Investeringsutgifterna för medicinteknisk utrustning beräknas bli 18 miljoner kronor lägre än "
            "budgeterat, då upphandlingen av en ny magnetkamera har överprövats.",
            C(
                "Medicinteknisk utrustning",
                "18 miljoner kronor",
                "+",
                "periodisering",
                note="Investering: spending under the investment budget.",
            ),
        ),
        H("Åtgärder", 1),
        P(
            "Från och med juni får ingen ny inhyrning av läkare ske utan godkännande av hälso- och "
            "sjukvårdsdirektören.",
            A("Inhyrd personal", None, "inhyrd_personal"),
        ),
        P(
            "Effekten av den regiongemensamma handlingsplanen beräknas till 30 miljoner kronor under andra "
            "halvåret och ingår inte i prognosen.",
            A(None, "30 miljoner kronor"),
        ),
        H("Tillgänglighet", 1),
        P(
            "Andelen patienter som fick ett första besök i specialistvården inom 90 dagar var 61 procent i maj. "
            "Målet är 80 procent.",
            O(None, note="Goal / KPI."),
        ),
        H("Personal", 1),
        P(
            "Antalet anställda har ökat med 112 jämfört med maj föregående år, främst undersköterskor och "
            "sjuksköterskor.",
            O(None, note="Year-on-year staffing."),
        ),
        P(
            "Sjukfrånvaron var 6,4 procent, vilket är 0,5 procentenheter lägre än föregående år.",
            O(None, "sjukfranvaro", note="Year-on-year."),
        ),
    ]
    return ReportSpec(
        file="region-dalarna-hsn-manadsrapport-2025-05.pdf",
        report={
            "municipality": "Region Dalarna",
            "committee": ["Hälso- och sjukvårdsnämnden"],
            "period": ["2025-05"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport maj 2025 Hälso- och sjukvårdsnämnden", "author": "Region Dalarna"},
        style=style,
        blocks=blocks,
    )
