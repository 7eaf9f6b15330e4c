"""Region Gävleborg, Regionstyrelsen, månadsrapport januari–oktober 2025 (the whole region).

A region's month report in "miljoner kronor" and mnkr with U+2212 signs, footer with the regionstyrelse's
meeting date in November and a diarienummer: the period "58 miljoner kronor sämre än budget för perioden", the
full year "en negativ budgetavvikelse på 215 miljoner kronor" and the change since last month in three
sentences (three items), then the full year's reasons in a paragraph of their own (amount null); a table
per nämnd; the health-care committee's deficit "prognostiserar ett underskott på 296 miljoner kronor" and,
under an unlabelled lead, bullets per verksamhetsområde in varied shapes ("Specialiserad somatisk vård: −148
mnkr.", "Psykiatri: −44 mnkr (−39 mnkr i september)", "Läkemedel: kostnaden beräknas överstiga budget med 53
mnkr", "Tandvård: +10 mnkr tack vare"); two columns of bold run-in nämnder ending in a full stop: "Överskottet
på 6 miljoner kronor", "hålla sin budget" beside a +4 (boilerplate), a reason-only regionstyrelse (the
row's "+19") and tax revenue and the finance net in one sentence (two items, no tags); investments "188
miljoner kronor lägre än budget"; two actions (one with an effect) and hired staff costs against 2024 with
"beror på" (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(58.0, 78.0, 58.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("Region Gävleborg", "Månadsrapport januari–oktober 2025"),
        footer=lambda n, m: ("Regionstyrelsen 2025-11-25", "RS 2025/1432", f"{n} ({m})"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per nämnd 2025, miljoner kronor (avvikelse: + bättre, − sämre än budget)",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Hälso- och sjukvårdsnämnden", "10 412", "10 708", "−296"),
            ("Regionala utvecklingsnämnden", "812", "806", "+6"),
            ("Kultur- och bildningsnämnden", "176", "172", "+4"),
            ("Regionstyrelsen", "1 148", "1 129", "+19"),
            ("Finansförvaltningen", "", "", "+52"),
            ("Summa", "", "", "−215"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport januari–oktober 2025", size=18, font="sans-bold", after=2),
        Title("Region Gävleborg – Regionstyrelsen", size=12, font="sans", after=12),
        H("Sammanfattning", 1),
        PS(
            (
                "Region Gävleborg redovisar ett resultat för januari–oktober på 142 miljoner kronor, vilket är 58 "
                "miljoner kronor sämre än budget för perioden.",
                C(None, "58 miljoner kronor", "-", note="The period: its own item."),
            ),
            (
                "Helårsprognosen är ett resultat på −95 miljoner kronor, en negativ budgetavvikelse på 215 miljoner "
                "kronor.",
                C(
                    None,
                    "215 miljoner kronor",
                    "-",
                    note="The full year; the result's level is not the amount.",
                ),
            ),
            (
                "Prognosen har försämrats med 32 miljoner kronor jämfört med föregående månad.",
                F(None, "32 miljoner kronor", "-"),
            ),
        ),
        P(
            "Det är hälso- och sjukvården som står för underskottet. Kostnaderna för inhyrd personal, köpt vård och "
            "läkemedel fortsätter att öka snabbare än budget, samtidigt som patientintäkterna är lägre än beräknat.",
            C(
                None,
                None,
                "-",
                "inhyrd_personal",
                "kopt_verksamhet",
                "material_hjalpmedel",
                "avgifter_intakter",
                note="The full year's reasons in a paragraph of their own: amount null.",
            ),
        ),
        table,
        H("Hälso- och sjukvårdsnämnden", 2),
        P(
            "Hälso- och sjukvårdsnämnden prognostiserar ett underskott på 296 miljoner kronor.",
            C(
                "Hälso- och sjukvårdsnämnden",
                "296 miljoner kronor",
                "-",
                note="The nämnd's total, no reason.",
            ),
        ),
        P("Underskottet fördelar sig enligt följande:"),
        Bullets(
            items=(
                "Specialiserad somatisk vård: −148 mnkr. Hyrläkare och hyrsjuksköterskor vid akutmottagningarna och "
                "inom ortopedin, samt fler patienter som remitteras till universitetssjukhus i andra regioner.",
                "Primärvård: −61 mnkr, där hyrläkare på flera vårdcentraler i norra Hälsingland och en högre "
                "ersättning till privata vårdcentraler, när fler har listat sig där, förklarar avvikelsen.",
                "Psykiatri: −44 mnkr (−39 mnkr i september), som beror på köpta platser inom rättspsykiatrin och "
                "inhyrda specialister.",
                "Läkemedel: kostnaden beräknas överstiga budget med 53 mnkr, till följd av nya dyra behandlingar "
                "inom cancervården och ökad förskrivning av diabetesläkemedel.",
                "Tandvård: +10 mnkr tack vare högre patientintäkter i folktandvården än budgeterat.",
            ),
            labels=(
                C(
                    "Specialiserad somatisk vård",
                    "−148 mnkr",
                    "-",
                    "inhyrd_personal",
                    "kopt_verksamhet",
                    "volymer",
                ),
                C("Primärvård", "−61 mnkr", "-", "inhyrd_personal", "kopt_verksamhet", "volymer"),
                C(
                    "Psykiatri",
                    "−44 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "inhyrd_personal",
                    note="Last month's figure in brackets is not the amount.",
                ),
                C(
                    "Läkemedel",
                    "53 mnkr",
                    "-",
                    "material_hjalpmedel",
                    "volymer",
                    note="Drugs: material_hjalpmedel.",
                ),
                C("Tandvård", "+10 mnkr", "+", "avgifter_intakter"),
            ),
        ),
        H("Övriga nämnder och regionstyrelsen", 2),
        Columns(2),
        LP(
            "Regionala utvecklingsnämnden.",
            "Överskottet på 6 miljoner kronor beror på att kollektivtrafikens biljettintäkter har blivit högre än "
            "budgeterat.",
            C("Regionala utvecklingsnämnden", "6 miljoner kronor", "+", "avgifter_intakter"),
        ),
        LP(
            "Kultur- och bildningsnämnden.",
            "Nämnden bedömer att den kommer att hålla sin budget.",
            BP("Kultur- och bildningsnämnden", note="+4 in the table."),
        ),
        LP(
            "Regionstyrelsen.",
            "Styrelsens egen verksamhet beräknas göra ett överskott, främst genom vakanta tjänster inom regionstaben "
            "och lägre lokalkostnader sedan två förvaltningsbyggnader har avvecklats.",
            C(
                "Regionstyrelsen",
                "+19",
                "+",
                "vakanser",
                "lokaler",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        LP(
            "Finansförvaltningen.",
            "Skatteintäkterna och de generella statsbidragen blir sammantaget 41 miljoner kronor högre än budget, "
            "och finansnettot är 11 miljoner kronor bättre än budgeterat.",
            C(
                "Skatteintäkter och generella statsbidrag",
                "41 miljoner kronor",
                "+",
                note=NO_TAG + " Two items in one sentence.",
                also=(C("Finansnetto", "11 miljoner kronor", "+", note=NO_TAG),),
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgår efter oktober till 398 miljoner kronor. Helårsprognosen är 612 miljoner kronor, "
            "vilket är 188 miljoner kronor lägre än budget, främst eftersom ombyggnaden av en vårdbyggnad i "
            "Hudiksvall har skjutits upp.",
            C("Investeringar", "188 miljoner kronor", "+", "periodisering"),
        ),
        H("Åtgärder", 2),
        P(
            "Regionstyrelsen har beslutat om ett stopp för nya avtal med bemanningsföretag för sjuksköterskor från "
            "den 1 december, vilket bedöms minska kostnaderna med 15 miljoner kronor på årsbasis.",
            A("Hälso- och sjukvårdsnämnden", "15 miljoner kronor", "inhyrd_personal"),
        ),
        P("Därutöver gäller fortsatt anställningsprövning för alla administrativa tjänster.", A(None)),
        H("Personal", 2),
        P(
            "Kostnaderna för inhyrd personal var 312 miljoner kronor under januari–oktober, 18 procent högre än "
            "samma period 2024, vilket beror på bristen på specialistsjuksköterskor.",
            O(
                None,
                "inhyrd_personal",
                "vakanser",
                note="Hired staff costs against the previous year: other.",
            ),
        ),
    ]
    return ReportSpec(
        file="region-gavleborg-rs-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Region Gävleborg",
            "committee": ["Regionstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport januari–oktober 2025", "author": "Region Gävleborg"},
        style=style,
        blocks=blocks,
    )
