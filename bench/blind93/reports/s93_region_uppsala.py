"""Region Uppsala, Hälso- och sjukvårdsstyrelsen, tjänsteskrivelse: ekonomisk uppföljning per maj 2026.

A region's health-care tjänsteskrivelse in Liberation Sans Narrow with "miljoner kronor" and "miljarder
kronor", dated in June for the period to May (header and footer carry the letter date and the diarienummer):
the decision proposal (unlabelled), the period "ett resultat på −84 miljoner kronor jämfört med periodiserad
budget", the full year "ett underskott på 190 miljoner kronor, efter att styrelsens centrala reserv har tagits
i anspråk"; a full-year table with U+2212 minus signs; then
care bought outside the region and from private providers "96 respektive 38 miljoner kronor" with the shared
causes in the next sentence (two items, one text), drugs with their budgeted level in milliards and a
"varav" part (one item with the total), "Hjälpmedel blir dyrare än budgeterat med 12 miljoner kronor",
ambulance care "överskrider budget med 22 miljoner kronor", dental support "9 miljoner kronor lägre än
budget", a bold run-in "Patientavgifter." with "överstiger budget med 4 miljoner kronor" (revenue, positive),
the hospital agreement that "följer budget" (boilerplate), the central reserve used in full (other, reserver),
the worsening since the tertial report "med 40 miljoner kronor, varav 31 miljoner kronor avser utomlänsvård"
(a forecast change with a part), an action with its effect, a drug-cost risk and care episodes against 2025 (others). 9 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Region Uppsala", "Tjänsteskrivelse 2026-06-09"),
        footer=lambda n, m: ("Hälso- och sjukvårdsstyrelsen", "Diarienummer HSS2026-0318", f"{n} (av {m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos 2026 per område, miljoner kronor",
        header=(("Område", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Sjukhusvård enligt avtal", "9 850", "9 850", "0"),
            ("Utomlänsvård", "1 020", "1 116", "−96"),
            ("Vård i privat regi", "640", "678", "−38"),
            ("Läkemedel", "2 140", "2 211", "−71"),
            ("Hjälpmedel", "310", "322", "−12"),
            ("Ambulanssjukvård", "265", "287", "−22"),
            ("Tandvård", "185", "176", "9"),
            ("Patientavgifter", "−420", "−424", "4"),
            ("Central reserv", "36", "0", "36"),
            ("Summa", "14 026", "14 216", "−190"),
        ),
        widths=(190.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({9}),
        rules=True,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026", size=18, font="narrow-bold", after=2),
        Title("Hälso- och sjukvårdsstyrelsen", size=12, font="narrow", after=12),
        H("Förslag till beslut", 2),
        P(
            "Hälso- och sjukvårdsstyrelsen beslutar att godkänna den ekonomiska uppföljningen per maj 2026 och att "
            "överlämna den till regionstyrelsen."
        ),
        H("Sammanfattning", 2),
        P(
            "Hälso- och sjukvårdsstyrelsen redovisar för januari–maj ett resultat på −84 miljoner kronor jämfört "
            "med periodiserad budget.",
            C(None, "−84 miljoner kronor", "-", note="The period against the periodised budget."),
        ),
        P(
            "Helårsprognosen är ett underskott på 190 miljoner kronor, efter att styrelsens centrala reserv har "
            "tagits i anspråk.",
            C(None, "190 miljoner kronor", "-"),
        ),
        table,
        H("Avvikelser per område", 2),
        P(
            "Utomlänsvården och den köpta vården i privat regi beräknas överskrida budget med 96 respektive 38 "
            "miljoner kronor. Fler patienter har remitterats till universitetssjukhus i andra regioner för "
            "högspecialiserad vård, och volymerna inom vårdvalet för specialiserad öppenvård har ökat.",
            C(
                "Utomlänsvård",
                "96",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="mnkr",
                note="A 'respektive' pair with the shared causes in the next sentence: two items, one text.",
                also=(C("Vård i privat regi", "38 miljoner kronor", "-", "kopt_verksamhet", "volymer"),),
            ),
        ),
        P(
            "Läkemedelskostnaderna, som budgeterats till 2,14 miljarder kronor för helåret, beräknas bli 71 "
            "miljoner kronor högre, varav 45 miljoner kronor avser nya cancerläkemedel.",
            C(
                "Läkemedel",
                "71 miljoner kronor",
                "-",
                "material_hjalpmedel",
                note="The budgeted level is not the amount; the 'varav' part stays inside the one item.",
            ),
        ),
        P(
            "Hjälpmedel blir dyrare än budgeterat med 12 miljoner kronor. Det beror på prisökningar på "
            "hörapparater och fler förskrivna elrullstolar.",
            C("Hjälpmedel", "12 miljoner kronor", "-", "material_hjalpmedel", "prisokningar", "volymer"),
        ),
        P(
            "Ambulanssjukvården överskrider budget med 22 miljoner kronor, främst beroende på ett nytt avtal med "
            "högre ersättning per uppdrag och fler larm med högsta prioritet.",
            C("Ambulanssjukvård", "22 miljoner kronor", "-", "prisokningar", "volymer"),
        ),
        P(
            "Kostnaderna för särskilt tandvårdsstöd blir 9 miljoner kronor lägre än budget, eftersom färre personer "
            "än väntat har fått intyg om stora behov av personlig omvårdnad.",
            C("Tandvård", "9 miljoner kronor", "+", "volymer"),
        ),
        LP(
            "Patientavgifter.",
            "Intäkterna överstiger budget med 4 miljoner kronor till följd av höjda avgifter för besök på "
            "akutmottagning från januari.",
            C("Patientavgifter", "4 miljoner kronor", "+", "avgifter_intakter"),
        ),
        P(
            "Avtalet med sjukhusstyrelsen om sjukhusvård följer budget.",
            BP("Sjukhusvård enligt avtal"),
        ),
        P(
            "Styrelsens centrala reserv på 36 miljoner kronor har i prognosen tagits i anspråk i sin helhet för "
            "att täcka underskotten.",
            O("Central reserv", "reserver", note="A reserve statement: other."),
        ),
        H("Förändring sedan tertialrapporten", 2),
        P(
            "Sedan tertialrapporten har prognosen försämrats med 40 miljoner kronor, varav 31 miljoner kronor avser "
            "utomlänsvård där flera kostsamma vårdtillfällen har fakturerats under maj.",
            F(None, "40 miljoner kronor", "-", "kopt_verksamhet"),
        ),
        H("Åtgärder", 2),
        P(
            "Hälso- och sjukvårdsdirektören har fått i uppdrag att se över remissflödena till andra regioner. "
            "Åtgärden beräknas minska kostnaderna med 15 miljoner kronor under andra halvåret.",
            A("Utomlänsvård", "15 miljoner kronor", "kopt_verksamhet"),
        ),
        H("Risker", 2),
        P(
            "Prognosen för läkemedel är osäker. Flera nya behandlingar väntas få subvention under hösten, och "
            "kostnaden för dessa kan bli upp till 25 miljoner kronor.",
            O("Läkemedel", note="A risk."),
        ),
        P(
            "Antalet vårdtillfällen i utomlänsvården var 6 procent fler än samma period 2025.",
            O("Utomlänsvård", "volymer", note="Volumes against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="region-uppsala-hss-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Region Uppsala",
            "committee": ["Hälso- och sjukvårdsstyrelsen"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026", "author": "Region Uppsala"},
        style=style,
        blocks=blocks,
    )
