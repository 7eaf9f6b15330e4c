"""Monthly follow-up reports: a kommun månadsrapport (tkr table, headings per kontogrupp), a region
report in "miljoner kronor", a Höör-style kommunövergripande report with inline signed amounts, and a
report whose municipality is named only in the footer.

All names of people are left out; places are real but every figure and event is invented.
"""

from __future__ import annotations

from spec import (
    PS,
    Bullets,
    H,
    P,
    ReportSpec,
    Space,
    Style,
    Table,
    Title,
    action,
    cause,
    change,
    mnkr,
    other,
)


def lerum() -> ReportSpec:
    """(a) Kommun månadsrapport: whitespace-aligned tkr table with a two-line header, kontogrupp headings."""
    style = Style(
        header=lambda n, m: ("Lerums kommun", "Månadsrapport mars 2025"),
        hyphenate=True,
        footer=lambda n, m: ("", f"Sida {n} av {m}", ""),
        heading_sizes=(15.0, 11.5, 10.0),
    )
    table = Table(
        caption="Belopp i tkr",
        header=(("", "Budget", "Utfall", "Prognos", "Avvikelse"), ("", "helår", "jan–mar", "helår", "prognos–budget")),
        rows=(
            ("Verksamhetens intäkter", "58 400", "15 912", "60 150", "1 750"),
            ("Personalkostnader", "-231 700", "-55 380", "-229 500", "2 200"),
            ("Lokalhyror", "-24 900", "-6 240", "-25 400", "-500"),
            ("Köp av tjänster", "-96 300", "-27 130", "-104 650", "-8 350"),
            ("Ekonomiskt bistånd", "-38 200", "-10 870", "-41 600", "-3 400"),
            ("Övriga kostnader", "-19 300", "-4 410", "-17 800", "1 500"),
            ("Summa kostnader", "-410 400", "-104 030", "-418 950", "-8 550"),
            ("Nettokostnad", "-352 000", "-88 118", "-358 800", "-6 800"),
            ("Kommunbidrag", "352 000", "88 000", "352 000", "0"),
            ("Resultat", "0", "-118", "-6 800", "-6 800"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0, 90.0),
        bold_rows=frozenset({6, 7, 9}),
    )
    blocks = [
        Title("Månadsrapport mars 2025", size=20),
        Title("Socialnämnden", size=13, after=4),
        P("Diarienummer SN 2025/0117", size=8.5),
        Space(4),
        H("Ekonomisk sammanfattning", 1),
        P(
            "Socialnämnden prognostiserar ett underskott om 6,8 mnkr för helåret 2025, vilket motsvarar 1,9 procent "
            "av nämndens kommunbidrag. Underskottet beror framför allt på fortsatt höga kostnader för externa "
            "placeringar av barn och unga och på att försörjningsstödet ökar snabbare än budgeterat. "
            "Personal~kostnaderna väntas däremot ge ett överskott eftersom flera tjänster inom myndighets~utövningen "
            "är vakanta.",
            cause(None, mnkr(-6.8)),
        ),
        table,
        H("Verksamhetens intäkter"),
        P(
            "Intäkterna beräknas bli 1,8 mnkr högre än budgeterat. Avvikelsen förklaras främst av ersättningar från "
            "Migrations~verket för ensamkommande barn som inte fanns med i budget~arbetet, men också av högre intäkter "
            "för sålda platser på kommunens stödboende.",
            cause("Verksamhetens intäkter", mnkr(1.8)),
        ),
        H("Personalkostnader"),
        P(
            "Personal~kostnaderna prognostiseras ge ett överskott på 2,2 mnkr. Överskottet beror på att flera tjänster "
            "som social~sekreterare inom barn och unga har varit vakanta under första kvartalet och att rekryteringen "
            "har tagit längre tid än planerat. Vakanserna har delvis täckts med inhyrda konsulter, vars kostnader "
            "redovisas under köp av tjänster.",
            cause("Personalkostnader", mnkr(2.2)),
        ),
        P(
            "Sjukfrånvaron har minskat jämfört med samma period föregående år, vilket gett lägre kostnader för "
            "sjuklön och korttids~vikarier. Lönerevisionen är ännu inte klar och kan påverka prognosen under våren.",
            cause("Personalkostnader", direction="positive"),
        ),
        H("Lokalhyror"),
        P(
            "Lokalhyrorna överskrider budget med 0,5 mnkr. Hyran för familjecentralens nya lokaler i Gråbo har blivit "
            "högre än beräknat efter ombyggnaden, och under en övergångs~period betalar nämnden även hyra för de "
            "gamla lokalerna.",
            cause("Lokalhyror", mnkr(-0.5)),
        ),
        H("Köp av tjänster"),
        P(
            "Köp av tjänster är nämndens största avvikelse och beräknas överstiga budget med 8,4 mnkr. Avvikelsen "
            "beror på att antalet placeringar på HVB för ungdomar har ökat från sju till elva sedan årsskiftet, "
            "samtidigt som dygns~kostnaden hos flera privata utförare har höjts med mellan fyra och sju procent. Till "
            "detta kommer kostnader för inhyrda socialsekreterare på cirka 1,9 mnkr.",
            cause("Köp av tjänster", mnkr(-8.4)),
        ),
        H("Ekonomiskt bistånd"),
        P(
            "Kostnaderna för ekonomiskt bistånd väntas bli 3,4 mnkr högre än budget. Antalet hushåll med "
            "försörjnings~stöd har ökat med i genomsnitt 38 hushåll per månad jämfört med föregående år. Ökningen "
            "hänger samman med ett svagare arbetsmarknads~läge och med att fler personer har lämnat etablerings~"
            "programmet utan att ha fått arbete.",
            cause("Ekonomiskt bistånd", mnkr(-3.4)),
        ),
        H("Övriga kostnader"),
        P(
            "Övriga kostnader beräknas understiga budget med 1,5 mnkr, främst för att utbildnings~insatser och "
            "konferenser har skjutits fram till hösten och att kostnaderna för tolk~tjänster har minskat sedan "
            "avtalet upphandlades på nytt.",
            cause("Övriga kostnader", mnkr(1.5)),
        ),
        H("Åtgärder", 1),
        P(
            "För att minska underskottet har förvaltningen infört anställnings~prövning för samtliga tjänster utom "
            "socialsekreterare i myndighets~utövningen. En arbetsgrupp går igenom samtliga externa placeringar med "
            "målet att tio ungdomar ska kunna flyttas hem eller till egna familjehem under hösten.",
            action(),
        ),
        P(
            "Prognosen bedöms som osäker. Ett fåtal nya placeringar av barn med omfattande vårdbehov kan snabbt "
            "förändra utfallet med flera miljoner kronor.",
            other(),
        ),
    ]
    return ReportSpec(
        file="lerum-sn-2025-03.pdf",
        report={"municipality": "Lerum", "committee": "Socialnämnden", "period": "2025-03",
                "report_type": "månadsrapport"},
        metadata={"title": "Månadsrapport mars 2025 Socialnämnden", "author": "Lerums kommun"},
        style=style,
        blocks=blocks,
    )


def sormland() -> ReportSpec:
    """(d) Region report: hälso- och sjukvård, hyrläkare, "miljoner kronor", region in header and footer."""
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        size=10.5,
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        heading_sizes=(14.0, 11.0, 10.0),
        header=lambda n, m: ("Region Sörmland", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Region Sörmland – Hälso- och sjukvårdsnämnden", "", f"Sida {n} ({m})"),
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhetsområde, miljoner kronor",
        header=(
            ("", "Resultat", "Avvikelse mot", "Prognos"),
            ("Verksamhetsområde", "jan–okt", "period. budget", "helår"),
        ),
        rows=(
            ("Område kirurgi", "−61", "−58", "−72"),
            ("Område medicin", "−54", "−49", "−60"),
            ("Psykiatri", "−31", "−29", "−36"),
            ("Primärvård", "9", "11", "14"),
            ("Läkemedel inom förmånen", "−38", "−40", "−47"),
            ("Köpt vård", "−21", "−24", "−28"),
            ("Regionövergripande", "25", "21", "24"),
            ("Summa", "−171", "−168", "−205"),
        ),
        widths=(190.0, 80.0, 90.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport januari–oktober 2025", size=19),
        Title("Hälso- och sjukvårdsnämnden", size=13, font="sans-bold"),
        H("Sammanfattning", 1),
        P(
            "Hälso- och sjukvårdsnämnden prognostiserar ett underskott på 205 miljoner kronor för helåret, vilket är "
            "31 miljoner kronor sämre än vid föregående prognos. Underskottet beror främst på kostnader för inhyrd "
            "personal, ökade läkemedels~kostnader och en högre volym köpt vård utanför regionen. Produktionen inom "
            "planerad specialiserad vård har inte nått den nivå som krävs för att klara vårdgarantin, vilket har lett "
            "till fler remisser till privata vårdgivare.",
            cause(None, mnkr(-205)),
        ),
        P(
            "Det ackumulerade resultatet efter oktober uppgår till −171 miljoner kronor, vilket är 168 miljoner kronor "
            "sämre än den periodiserade budgeten.",
            cause(None, mnkr(-168)),
        ),
        table,
        H("Område kirurgi"),
        P(
            "Område kirurgi prognostiserar en negativ budgetavvikelse på 72 miljoner kronor. Den enskilt största "
            "orsaken är hyrläkare inom ortopedi, anestesi och ögonsjukvård, där kostnaden hittills i år uppgår till "
            "46 miljoner kronor. Vakanta specialist~tjänster gör att inhyrningen inte kan minskas i den takt som "
            "planerats. Dessutom har fler operationer inom vårdgarantin köpts från privata vårdgivare.",
            cause("Område kirurgi", mnkr(-72)),
        ),
        P(
            "Sedan september gäller ett stopp för nya avtal med bemannings~företag utan godkännande från hälso- och "
            "sjukvårdsdirektören. Målet är att halvera kostnaden för inhyrd personal under 2026.",
            action("Område kirurgi"),
        ),
        H("Område medicin"),
        P(
            "Område medicin beräknas avvika negativt med 60 miljoner kronor mot budget. Beläggningen på "
            "medicin~klinikerna har i genomsnitt legat på 104 procent, och för att klara vårdplatserna har enheterna "
            "använt övertid och hyrsjuksköterskor i stor omfattning. Även kostnaderna för medicinskt material har "
            "ökat mer än uppräkningen i budgeten.",
            cause("Område medicin", mnkr(-60)),
        ),
        H("Psykiatri"),
        P(
            "Psykiatrin redovisar en negativ avvikelse på 36 miljoner kronor i helårsprognosen. Underskottet förklaras "
            "av köpta platser inom rättspsykiatrisk vård, där regionen under året haft fler patienter placerade hos "
            "andra regioner, och av att den barn- och ungdoms~psykiatriska mottagningen i Katrineholm har varit helt "
            "bemannad med hyrläkare.",
            cause("Psykiatri", mnkr(-36)),
        ),
        H("Primärvård"),
        P(
            "Primärvården prognostiserar ett överskott på 14 miljoner kronor. Överskottet beror på att statsbidraget "
            "för god och nära vård har ersatt kostnader som var budgeterade med regionens egna medel, samt på att "
            "flera vårdcentraler har haft vakanta distrikts~läkartjänster under våren.",
            cause("Primärvård", mnkr(14)),
        ),
        H("Läkemedel"),
        P(
            "Kostnaderna för läkemedel inom förmånen beräknas överstiga budget med 47 miljoner kronor. Ökningen drivs "
            "främst av nya behandlingar vid cancer och diabetes samt av en kraftigt ökad förskrivning av "
            "GLP-1-analoger. Det statliga bidraget för läkemedels~förmånen täcker inte ökningstakten.",
            cause("Läkemedel", mnkr(-47)),
        ),
        H("Köpt vård"),
        P(
            "Den köpta riks- och regionvården väntas bli 28 miljoner kronor dyrare än budgeterat. Fler patienter har "
            "remitterats till universitets~sjukhusen för högspecialiserad hjärt- och neurokirurgi, och prisnivån i "
            "samverkansavtalet har räknats upp med 5,2 procent.",
            cause("Köpt vård", mnkr(-28)),
        ),
        H("Regionövergripande"),
        P(
            "De regionövergripande posterna prognostiserar ett överskott på 24 miljoner kronor. Det beror "
            "huvudsakligen på högre patientavgifter än budgeterat och på att den centrala reserven för "
            "volymökningar inte har fördelats ut till verksamheterna.",
            cause("Regionövergripande", mnkr(24)),
        ),
        H("Prognosförändring och åtgärder", 1),
        P(
            "Jämfört med augustiprognosen har helårsprognosen försämrats med 31 miljoner kronor, främst till följd "
            "av högre läkemedelskostnader och fler köpta operationer.",
            change(None, mnkr(-31)),
        ),
        P(
            "Regionstyrelsen har beslutat om en åtgärdsplan som omfattar anställningsstopp för administrativ "
            "personal, minskade konsult~kostnader och en genomlysning av vårdplats~organisationen.",
            action(),
        ),
    ]
    return ReportSpec(
        file="region-sormland-hsn-2025-10.pdf",
        report={"municipality": "Region Sörmland", "committee": "Hälso- och sjukvårdsnämnden", "period": "2025-10",
                "report_type": "månadsrapport"},
        metadata={"title": "Månadsrapport oktober 2025", "author": "Region Sörmland"},
        style=style,
        blocks=blocks,
    )


def sjobo() -> ReportSpec:
    """(e) Höör style: several areas with inline signed amounts in one paragraph; "(7,2)" negatives."""
    style = Style(
        body="cond",
        bold="cond-bold",
        size=10.0,
        heading_sizes=(12.5, 10.5, 10.0),
        header=lambda n, m: ("EKONOMIKONTORET", f"{n} ({m})"),
        footer=lambda n, m: ("Dokumentnamn: Månadsuppföljning april 2025", "", ""),
    )
    table = Table(
        caption="Driftredovisning per nämnd, mnkr (negativa tal inom parentes)",
        header=(("", "Budget", "Prognos", "Avvikelse", "Avvikelse"), ("Nämnd", "helår", "helår", "april", "mars")),
        rows=(
            ("Kommunstyrelsen", "112,4", "111,9", "0,5", "0,3"),
            ("Barn- och utbildningsnämnden", "486,0", "487,6", "(1,6)", "(1,1)"),
            ("Socialnämnden", "402,3", "409,5", "(7,2)", "(6,4)"),
            ("Samhällsbyggnadsnämnden", "58,7", "58,7", "0,0", "0,2"),
            ("Summa nämnder", "1 059,4", "1 067,7", "(8,3)", "(7,0)"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({4}),
    )
    blocks = [
        Title("MÅNADSUPPFÖLJNING APRIL 2025", size=17),
        P("Sjöbo kommun, kommunstyrelsen. Underlag till kommunstyrelsens arbetsutskott.", size=9),
        H("SAMMANFATTNING AV PROGNOS APRIL 2025", 1),
        H("Övergripande"),
        P(
            "Aprils månadsuppföljning pekar på en negativ avvikelse mot budget om 5,1 mnkr för kommunen som helhet. "
            "Avvikelsen är i huvudsak hänförlig till socialnämndens bedömda underskott, som delvis vägs upp av "
            "överskott inom finansförvaltningen.",
            cause(None, mnkr(-5.1)),
        ),
        table,
        H("Nämnder/Styrelse"),
        PS(
            (
                "Kommunstyrelsen prognostiserar ett överskott mot tilldelad driftsbudget om +0,5 mnkr (+0,3), främst "
                "på grund av att kostnaderna för den nya webbplatsen skjuts till 2026.",
                cause("Kommunstyrelsen", mnkr(0.5)),
            ),
            (
                "Barn- och utbildningsnämnden prognostiserar -1,6 mnkr (-1,1) till följd av fler barn i förskolan än "
                "budgeterat.",
                cause("Barn- och utbildningsnämnden", mnkr(-1.6)),
            ),
            ("Samhällsbyggnadsnämnden prognostiserar ingen avvikelse (+0,2).",
             other("Samhällsbyggnadsnämnden", "balanced")),
            ("(Siffra inom parentes avser avvikelsen vid föregående månadsuppföljning.)", None),
        ),
        PS(
            (
                "Socialnämnden prognostiserar en negativ avvikelse om 7,2 mnkr mot tilldelad driftsbudgetram.",
                cause("Socialnämnden", mnkr(-7.2)),
            ),
            (
                "Köpta platser HVB barn och unga, två nya placeringar efter beslut enligt LVU under mars, -2,4 mnkr.",
                cause("Köpta platser HVB barn och unga", mnkr(-2.4)),
            ),
            (
                "Personlig assistans, Försäkringskassan har omprövat assistans~ersättningen för två brukare och "
                "kommunen ansvarar nu för samtliga timmar, -1,9 mnkr.",
                cause("Personlig assistans", mnkr(-1.9)),
            ),
            (
                "Hemtjänsten har fler beviljade timmar än budgeterat, cirka 1 100 timmar per månad, -1,6 mnkr.",
                cause("Hemtjänst", mnkr(-1.6)),
            ),
            (
                "Korttidsboendet Ljunggården, ökade lokal~kostnader under ombyggnaden -0,8 mnkr.",
                cause("Korttidsboendet Ljunggården", mnkr(-0.8)),
            ),
            (
                "Ekonomiskt bistånd prognostiserar en negativ avvikelse mot tilldelad budget om -0,5 mnkr.",
                cause("Ekonomiskt bistånd", mnkr(-0.5)),
            ),
        ),
        P(
            "Socialnämnden har beslutat om återhållsamhet med inköp och vikarie~anskaffning samt uppdragit åt "
            "förvaltningen att återkomma med en åtgärdsplan i juni.",
            action("Socialnämnden"),
        ),
        H("Finansförvaltning"),
        P(
            "Prognosen för skatteintäkter och generella statsbidrag visar ett utfall som är 1,2 mnkr bättre än "
            "budget. Orsaken är att skatteunderlaget har räknats upp i SKR:s senaste prognos från april.",
            cause("Skatteintäkter och generella statsbidrag", mnkr(1.2)),
        ),
        P(
            "Finansnettot beräknas bli 2,0 mnkr bättre än budget till följd av lägre räntekostnader, då "
            "investerings~takten är lägre än planerat och nyupplåningen har kunnat skjutas upp.",
            cause("Finansnetto", mnkr(2.0)),
        ),
    ]
    return ReportSpec(
        file="sjobo-ks-2025-04.pdf",
        report={"municipality": "Sjöbo", "committee": "Kommunstyrelsen", "period": "2025-04",
                "report_type": "månadsuppföljning"},
        metadata={"title": "MÅNADSUPPFÖLJNING APRIL 2025", "author": "Ekonomikontoret"},
        style=style,
        blocks=blocks,
    )


def ale() -> ReportSpec:
    """(f) Municipality only in the footer; actions, forecast changes and boilerplate."""
    style = Style(
        size=9.5,
        heading_sizes=(13.0, 10.5, 10.0),
        header=lambda n, m: ("Omsorgs- och arbetsmarknadsnämnden · Uppföljning maj 2025", ""),
        hyphenate=True,
        footer=lambda n, m: ("Ale kommun", "", f"Sida {n} av {m}"),
        rule_under_header=True,
    )
    table = Table(
        caption="Nettokostnad per verksamhet (tkr)",
        header=(("", "Budget", "Prognos", "Avvikelse"), ("Verksamhet", "2025", "2025", "budget − prognos")),
        rows=(
            ("Nämnd och förvaltningsledning", "14 820", "14 320", "500"),
            ("Hemtjänst", "118 400", "124 950", "-6 550"),
            ("Särskilt boende", "176 300", "175 100", "1 200"),
            ("Funktionsstöd", "142 900", "146 100", "-3 200"),
            ("Arbetsmarknad och försörjning", "61 200", "61 200", "0"),
            ("Summa", "513 620", "521 670", "-8 050"),
        ),
        widths=(190.0, 80.0, 80.0, 100.0),
        bold_rows=frozenset({5}),
        rules=True,
    )
    blocks = [
        Title("Uppföljning per maj 2025", size=18),
        Title("Omsorgs- och arbetsmarknadsnämnden", size=12),
        H("Sammanfattning", 1),
        P(
            "Nämnden prognostiserar ett underskott på 8,1 mnkr för 2025. Underskottet finns framför allt inom "
            "hemtjänsten, där antalet beviljade timmar fortsätter att öka, och inom funktionsstöd. Särskilt boende "
            "och förvaltnings~ledningen bedöms lämna mindre överskott.",
            cause(None, mnkr(-8.1)),
        ),
        table,
        H("Kommentarer per verksamhet", 1),
        H("Hemtjänst"),
        P(
            "Hemtjänsten prognostiserar ett underskott på 6,6 mnkr. Antalet beviljade hemtjänst~timmar har ökat med "
            "9 procent sedan december, samtidigt som andelen tid hos brukare har sjunkit. Kostnaderna för övertid och "
            "mertid har ökat eftersom grund~bemanningen inte räcker till vid helger och semesterperioder.",
            cause("Hemtjänst", mnkr(-6.6)),
        ),
        P(
            "Förändring jämfört med aprilprognosen: underskottet har ökat med 1,2 mnkr till följd av fler brukare "
            "med dubbelbemanning.",
            change("Hemtjänst", mnkr(-1.2)),
        ),
        P(
            "Åtgärder: Förvaltningen inför ett nytt planerings~system i september och ser över schemana för att "
            "minska antalet delade turer. Samtliga beslut om dubbelbemanning följs upp av biståndshandläggare.",
            action("Hemtjänst"),
        ),
        H("Särskilt boende"),
        P(
            "Särskilt boende prognostiserar ett överskott på 1,2 mnkr. Ett av boendena har haft sex tomma platser "
            "under våren i väntan på renovering, vilket har gett lägre personal~kostnader. Överskottet minskar när "
            "platserna åter tas i bruk efter sommaren.",
            cause("Särskilt boende", mnkr(1.2)),
        ),
        P("Ingen förändring i jämförelse med aprilprognosen.", other("Särskilt boende")),
        H("Funktionsstöd"),
        P(
            "Funktionsstöd prognostiserar ett underskott på 3,2 mnkr, främst beroende på två nya externa placeringar "
            "i bostad med särskild service för vuxna enligt LSS. Dygnskostnaden för placeringarna är i genomsnitt "
            "9 800 kronor. Därutöver har ersättningen från Försäkrings~kassan för personlig assistans blivit lägre "
            "än budgeterat.",
            cause("Funktionsstöd", mnkr(-3.2)),
        ),
        P(
            "Jämfört med aprilprognosen har underskottet ökat med 0,9 mnkr, vilket förklaras av den andra externa "
            "placeringen som verkställdes i maj.",
            change("Funktionsstöd", mnkr(-0.9)),
        ),
        H("Arbetsmarknad och försörjning"),
        P(
            "Verksamheten prognostiseras i balans. Ingen förändring i jämförelse med aprilprognosen.",
            other("Arbetsmarknad och försörjning", "balanced"),
        ),
        H("Nämnd och förvaltningsledning"),
        P(
            "Förvaltningsledningen beräknas lämna ett överskott på 0,5 mnkr till följd av en vakant tjänst som "
            "kvalitetsstrateg. Ingen förändring i jämförelse med aprilprognosen.",
            cause("Nämnd och förvaltningsledning", mnkr(0.5)),
        ),
        H("Åtgärder för budget i balans", 1),
        P("För att nå en budget i balans har nämnden beslutat om följande åtgärder:", action()),
        Bullets(
            (
                "inköpsstopp för allt som inte är verksamhetskritiskt,",
                "anställningsprövning vid alla tillsvidare~anställningar,",
                "översyn av avtalen för externa placeringar.",
            ),
            continues=True,
        ),
    ]
    return ReportSpec(
        file="ale-oan-2025-05.pdf",
        report={"municipality": "Ale", "committee": "Omsorgs- och arbetsmarknadsnämnden", "period": "2025-05",
                "report_type": "månadsuppföljning"},
        metadata={"title": "Uppföljning per maj 2025 – Omsorgs- och arbetsmarknadsnämnden", "author": ""},
        style=style,
        blocks=blocks,
    )


REPORTS = (lerum, sormland, sjobo, ale)
