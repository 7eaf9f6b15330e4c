"""(d) Region Sörmland, Hälso- och sjukvårdsnämnden, månadsrapport oktober 2025: hyrläkare, köpt vård,
"miljoner kronor", the region named in page headers and footers.

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title, action, cause, change, mnkr


def spec() -> ReportSpec:
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
            "Hälso- och sjukvårdsnämnden prognostiserar ett underskott på 205 miljoner kronor för helåret, "
            "vilket är 31 miljoner kronor sämre än vid föregående prognos. Underskottet beror främst på "
            "kostnader för inhyrd personal, ökade läkemedels~kostnader och en högre volym köpt vård utanför "
            "regionen. Produktionen inom planerad specialiserad vård har inte nått den nivå som krävs för "
            "att klara vårdgarantin, vilket har lett till fler remisser till privata vårdgivare.",
            cause(None, mnkr(-205)),
        ),
        P(
            "Det ackumulerade resultatet efter oktober uppgår till −171 miljoner kronor, vilket är 168 "
            "miljoner kronor sämre än den periodiserade budgeten.",
            cause(None, mnkr(-168)),
        ),
        table,
        H("Område kirurgi"),
        P(
            "Område kirurgi prognostiserar en negativ budgetavvikelse på 72 miljoner kronor. Den enskilt "
            "största orsaken är hyrläkare inom ortopedi, anestesi och ögonsjukvård, där kostnaden hittills "
            "i år uppgår till 46 miljoner kronor. Vakanta specialist~tjänster gör att inhyrningen inte kan "
            "minskas i den takt som planerats. Dessutom har fler operationer inom vårdgarantin köpts från "
            "privata vårdgivare.",
            cause("Område kirurgi", mnkr(-72)),
        ),
        P(
            "Sedan september gäller ett stopp för nya avtal med bemannings~företag utan godkännande från "
            "hälso- och sjukvårdsdirektören. Målet är att halvera kostnaden för inhyrd personal under 2026.",
            action("Område kirurgi"),
        ),
        H("Område medicin"),
        P(
            "Område medicin beräknas avvika negativt med 60 miljoner kronor mot budget. Beläggningen på "
            "medicin~klinikerna har i genomsnitt legat på 104 procent, och för att klara vårdplatserna har "
            "enheterna använt övertid och hyrsjuksköterskor i stor omfattning. Även kostnaderna för "
            "medicinskt material har ökat mer än uppräkningen i budgeten.",
            cause("Område medicin", mnkr(-60)),
        ),
        H("Psykiatri"),
        P(
            "Psykiatrin redovisar en negativ avvikelse på 36 miljoner kronor i helårsprognosen. "
            "Underskottet förklaras av köpta platser inom rättspsykiatrisk vård, där regionen under året "
            "haft fler patienter placerade hos andra regioner, och av att den barn- och "
            "ungdoms~psykiatriska mottagningen i Katrineholm har varit helt bemannad med hyrläkare.",
            cause("Psykiatri", mnkr(-36)),
        ),
        H("Primärvård"),
        P(
            "Primärvården prognostiserar ett överskott på 14 miljoner kronor. Överskottet beror på att "
            "statsbidraget för god och nära vård har ersatt kostnader som var budgeterade med regionens "
            "egna medel, samt på att flera vårdcentraler har haft vakanta distrikts~läkartjänster under "
            "våren.",
            cause("Primärvård", mnkr(14)),
        ),
        H("Läkemedel"),
        P(
            "Kostnaderna för läkemedel inom förmånen beräknas överstiga budget med 47 miljoner kronor. "
            "Ökningen drivs främst av nya behandlingar vid cancer och diabetes samt av en kraftigt ökad "
            "förskrivning av GLP-1-analoger. Det statliga bidraget för läkemedels~förmånen täcker inte "
            "ökningstakten.",
            cause("Läkemedel", mnkr(-47)),
        ),
        H("Köpt vård"),
        P(
            "Den köpta riks- och regionvården väntas bli 28 miljoner kronor dyrare än budgeterat. Fler "
            "patienter har remitterats till universitets~sjukhusen för högspecialiserad hjärt- och "
            "neurokirurgi, och prisnivån i samverkansavtalet har räknats upp med 5,2 procent.",
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
            "Jämfört med augustiprognosen har helårsprognosen försämrats med 31 miljoner kronor, främst "
            "till följd av högre läkemedelskostnader och fler köpta operationer.",
            change(None, mnkr(-31)),
        ),
        P(
            "Regionstyrelsen har beslutat om en åtgärdsplan som omfattar anställningsstopp för "
            "administrativ personal, minskade konsult~kostnader och en genomlysning av "
            "vårdplats~organisationen.",
            action(),
        ),
    ]
    return ReportSpec(
        file="region-sormland-hsn-2025-10.pdf",
        report={
            "municipality": "Region Sörmland",
            "committee": "Hälso- och sjukvårdsnämnden",
            "period": "2025-10",
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Region Sörmland"},
        style=style,
        blocks=blocks,
    )
