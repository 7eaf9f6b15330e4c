"""Region Skåne, Hälso- och sjukvårdsnämnden, månadsrapport oktober 2025.

A region's health-care committee: an introduction that is not an explanation, the period result
against the periodised budget, the full-year forecast and the change since September in one
paragraph (two items), a year-on-year net-cost figure (other), a wide result table per kostnadsslag
with ten columns (month, period, budget, deviation, last year, change in per cent, forecast, budget,
full-year deviation) in mnkr with "−" signs, then two columns of prose per kostnadsslag where most
deviations are stated without cue words ("Läkemedelskostnaderna blev 14 mnkr högre än budgeterat"),
hyrläkare with a year-on-year sentence split off, köpt vård, an amount in words ("drygt elva miljoner
kronor"), an action with its effect and two risks. Liberation Sans Narrow.

Blind test set: the place is real; every figure, name and event is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.32,
        heading_sizes=(14.0, 11.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "narrow-bold"),
        margins=(52.0, 72.0, 52.0, 70.0),
        gutter=22.0,
        header=lambda n, m: ("Region Skåne", "Hälso- och sjukvårdsnämnden"),
        footer=lambda n, m: ("Månadsrapport oktober 2025", "", f"Sida {n} av {m}"),
        rule_under_header=True,
    )
    w = 43.0
    table = Table(
        caption="Resultaträkning per kostnadsslag, mnkr",
        header=(
            ("", "Utfall", "Utfall", "Budget", "Avv.", "Utfall", "Förändr.", "Prognos", "Budget", "Avv."),
            (
                "Kostnadsslag",
                "okt",
                "jan–okt",
                "jan–okt",
                "jan–okt",
                "jan–okt 24",
                "%",
                "2025",
                "2025",
                "helår",
            ),
        ),
        rows=(
            ("Patientavgifter", "58", "600", "612", "−12", "611", "−1,8", "719", "734", "−15"),
            ("Riktade statsbidrag", "142", "1 494", "1 430", "64", "1 302", "14,7", "1 788", "1 716", "72"),
            ("Övriga intäkter", "208", "2 114", "2 105", "9", "2 010", "5,2", "2 536", "2 526", "10"),
            (
                "Personalkostnader exkl. inhyrd",
                "−1 512",
                "−14 782",
                "−14 820",
                "38",
                "−14 012",
                "5,5",
                "−17 739",
                "−17 784",
                "45",
            ),
            ("Inhyrd personal", "−34", "−318", "−222", "−96", "−341", "−6,7", "−381", "−266", "−115"),
            ("Köpt vård", "−352", "−3 486", "−3 415", "−71", "−3 218", "8,3", "−4 184", "−4 098", "−86"),
            ("Läkemedel", "−508", "−4 994", "−4 980", "−14", "−4 702", "6,2", "−5 994", "−5 976", "−18"),
            ("Lokalkostnader", "−122", "−1 219", "−1 208", "−11", "−1 170", "4,2", "−1 464", "−1 450", "−14"),
            (
                "Medicinskt material",
                "−181",
                "−1 773",
                "−1 746",
                "−27",
                "−1 701",
                "4,2",
                "−2 127",
                "−2 095",
                "−32",
            ),
            (
                "Övriga kostnader",
                "−330",
                "−3 262",
                "−3 210",
                "−52",
                "−3 105",
                "5,1",
                "−3 904",
                "−3 852",
                "−52",
            ),
            ("Regionbidrag", "2 545", "25 454", "25 454", "0", "24 230", "5,1", "30 545", "30 545", "0"),
            ("Resultat", "−86", "−172", "0", "−172", "−96", "", "−205", "0", "−205"),
        ),
        widths=(104.0, w, w, w, w, w, w, w, w, w),
        bold_rows=frozenset({11}),
        rules=True,
        size=7.0,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=20, font="arial-bold"),
        Title("Hälso- och sjukvårdsnämnden", size=13, font="arial", after=14),
        H("Sammanfattning", 1),
        P(
            "Rapporten omfattar nämndens samtliga förvaltningar och den vård som köps av privata vårdgivare inom "
            "vårdvalen. Utfallet avser januari–oktober och jämförs med periodiserad budget."
        ),
        P(
            "Hälso- och sjukvårdsnämndens ackumulerade resultat till och med oktober uppgår till −172 mnkr, "
            "vilket är 172 mnkr sämre än periodiserad budget.",
            C(None, "172 mnkr", "-", note="Period result equals the deviation (periodised budget 0)."),
        ),
        PS(
            (
                "Helårsprognosen visar en avvikelse mot budget på −205 mnkr.",
                C(None, "−205 mnkr", "-"),
            ),
            (
                "Det är 35 mnkr sämre än prognosen i september.",
                F(None, "35 mnkr", "-"),
            ),
        ),
        P(
            "Nettokostnaderna har ökat med 5,3 procent jämfört med samma period föregående år.",
            O(None, note="Year-on-year."),
        ),
        table,
        Columns(2),
        H("Intäkter", 2),
        P(
            "Intäkterna från patientavgifter ligger 12 mnkr under budget till följd av färre besök inom den "
            "planerade specialistvården.",
            C("Patientavgifter", "12 mnkr", "-", "avgifter_intakter", "volymer"),
        ),
        P(
            "De riktade statsbidragen blev 64 mnkr högre än budgeterat. Största delen avser statsbidrag för fler "
            "vårdplatser och för att korta köerna till operation.",
            C("Riktade statsbidrag", "64 mnkr", "+", "statsbidrag", note="No cue word."),
        ),
        H("Personal och inhyrd personal", 2),
        P(
            "Personalkostnaderna exklusive inhyrd personal ligger 38 mnkr under budget, då många tjänster för "
            "sjuksköterskor och barnmorskor är vakanta.",
            C("Personalkostnader", "38 mnkr", "+", "vakanser"),
        ),
        PS(
            (
                "Kostnaderna för inhyrd personal uppgick till 318 mnkr till och med oktober, vilket är 96 mnkr "
                "mer än budget. Hyrläkare inom primärvården i nordöstra Skåne och inom psykiatrin står för två "
                "tredjedelar av kostnaden.",
                C(
                    "Inhyrd personal",
                    "96 mnkr",
                    "-",
                    "inhyrd_personal",
                    note="318 mnkr is the period's cost; 96 mnkr the deviation against budget.",
                ),
            ),
            (
                "Jämfört med samma period 2024 har kostnaden minskat med 23 mnkr, främst för att användningen av "
                "hyrsjuksköterskor har halverats.",
                O("Inhyrd personal", "inhyrd_personal", note="Year-on-year sentence in the same paragraph."),
            ),
        ),
        H("Köpt vård", 2),
        P(
            "Köpt vård från andra regioner och privata vårdgivare överstiger budget med 71 mnkr. Fler patienter "
            "har remitterats till rikssjukvård inom thoraxkirurgi, och vårdgarantiköpen inom ortopedi och "
            "ögonsjukvård har ökat för att korta köerna.",
            C("Köpt vård", "71 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Läkemedel", 2),
        P(
            "Läkemedelskostnaderna blev 14 mnkr högre än budgeterat under perioden. Det gäller främst nya "
            "cancerläkemedel och läkemedel mot diabetes, som förskrivs till allt fler patienter.",
            C("Läkemedel", "14 mnkr", "-", "material_hjalpmedel", "volymer", note="No cue word."),
        ),
        H("Lokaler och övriga kostnader", 2),
        P(
            "Lokalkostnaderna överskrider budget med drygt elva miljoner kronor, främst på grund av "
            "hyreshöjningar efter ombyggnaden av akutmottagningen vid ett av sjukhusen i nordöstra Skåne.",
            C(
                "Lokalkostnader",
                "drygt elva miljoner kronor",
                "-",
                "lokaler",
                value=11e6,
                note="Amount in words; table −11.",
            ),
        ),
        P(
            "Övriga kostnader ligger 52 mnkr över budget. Sjukresorna har blivit dyrare sedan det nya taxiavtalet "
            "började gälla i mars, och kostnaderna för tolktjänster har ökat.",
            C("Övriga kostnader", "52 mnkr", "-", "prisokningar"),
        ),
        H("Åtgärder", 2),
        P(
            "Från och med november gäller ett regiongemensamt pristak för inhyrda läkare, vilket beräknas minska "
            "kostnaderna med 8 mnkr under årets två sista månader.",
            A("Inhyrd personal", "8 mnkr", "inhyrd_personal"),
        ),
        H("Risker", 2),
        P(
            "Kostnaderna för köpt vård kan öka ytterligare under november och december, eftersom flera patienter "
            "väntar på högspecialiserad vård i andra regioner.",
            O("Köpt vård", "kopt_verksamhet", note="Risk."),
        ),
        P(
            "Prognosen för läkemedel är osäker, då beslut om nya behandlingar inom cancervården väntas under "
            "november.",
            O("Läkemedel", note="Uncertainty."),
        ),
    ]
    return ReportSpec(
        file="region-skane-hsn-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Region Skåne",
            "committee": ["Hälso- och sjukvårdsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport oktober 2025 Hälso- och sjukvårdsnämnden",
            "author": "Region Skåne",
        },
        style=style,
        blocks=blocks,
    )
