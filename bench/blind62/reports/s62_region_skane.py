"""Region Skåne, Regionstyrelsen, tertialrapport 1 2026 (januari–april).

A region's tertial report with health care at its centre, a footer with the regionstyrelse's meeting in June:
the full year "1 090 mnkr sämre än det budgeterade resultatet" after a result level, with its reasons in the
next sentence (one item), the period "362 mnkr lägre än periodiserad budget", a table in mnkr with U+2212
minus signs, a heading that carries the area and amount ("Primärvård −185 mnkr"), a paragraph that splits
somatic care's deviation into two kostnadsslag (two items with the same text, the table row's "−710" is the
area's total), a possessive with the amount in commas, a forecast level before the deviation ("prognostiseras
till 5 655 mnkr, 175 mnkr över budget"), a surplus "till följd av", a "respektive" pair of two areas, finance
"i nivå med budget" (boilerplate), the change since February, an action plan with its effect, a risk (other)
and investments under budget. DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        margins=(60.0, 74.0, 60.0, 72.0),
        header=lambda n, m: ("Region Skåne", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Regionstyrelsen 2026-06-04", "", str(n)),
        header_size=7.5,
    )
    table = Table(
        caption="Prognos per verksamhetsområde 2026, mnkr",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Primärvård", "9 840", "10 025", "\u2212185"),
            ("Specialiserad somatisk vård", "21 300", "22 010", "\u2212710"),
            ("Psykiatri", "3 620", "3 735", "\u2212115"),
            ("Läkemedel", "5 480", "5 655", "\u2212175"),
            ("Tandvård", "1 110", "1 085", "25"),
            ("Kollektivtrafik", "4 950", "4 890", "60"),
            ("Regional utveckling och kultur", "1 420", "1 410", "10"),
            ("Skatter, statsbidrag och finansnetto", "", "", "0"),
            ("Summa avvikelse", "", "", "\u22121 090"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({8}),
        rules=True,
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, after=2),
        Title("Regionstyrelsen – uppföljning januari–april", size=12, font="body", after=12),
        H("Sammanfattning", 2),
        P(
            "Region Skånes prognos för helåret är ett resultat på \u2212640 mnkr, vilket är 1 090 mnkr sämre än "
            "det budgeterade resultatet på 450 mnkr. Avvikelsen förklaras till största delen av att kostnaderna "
            "för hyrpersonal och köpt vård fortsätter att öka inom hälso- och sjukvården.",
            C(
                None,
                "1 090 mnkr",
                "-",
                "inhyrd_personal",
                "kopt_verksamhet",
                note="The result levels (−640, 450) are not the amount; the reasons in the next sentence belong.",
            ),
        ),
        P(
            "Utfallet för januari–april är \u2212212 mnkr, 362 mnkr lägre än periodiserad budget.",
            C(None, "362 mnkr", "-", note="The period."),
        ),
        table,
        H("Hälso- och sjukvård", 2),
        HP(
            "Primärvård \u2212185 mnkr",
            "Kostnaderna för hyrläkare på regionens egna vårdcentraler är fortsatt höga, och listningsersättningen "
            "till privata vårdcentraler ökar eftersom fler invånare än beräknat har listat sig där.",
            C("Primärvård", "\u2212185 mnkr", "-", "inhyrd_personal", "kopt_verksamhet", "volymer"),
        ),
        P(
            "Den specialiserade somatiska vården visar den största avvikelsen. Personalkostnaderna överstiger budget "
            "med 420 miljoner kronor, vilket främst beror på övertid och inhyrda sjuksköterskor, och köpt vård från "
            "andra regioner och privata vårdgivare kostar 290 miljoner kronor mer än budgeterat.",
            C(
                "Personalkostnader",
                "420 miljoner kronor",
                "-",
                "overtid",
                "inhyrd_personal",
                note="Somatic care's deviation split into two kostnadsslag: two items with the same text.",
                also=(C("Köpt vård", "290 miljoner kronor", "-", "kopt_verksamhet"),),
            ),
        ),
        P(
            "Psykiatrins underskott, 115 mnkr, kan härledas till ett ökat antal rättspsykiatriska vårddygn och till "
            "att fler patienter behöver extravak.",
            C("Psykiatri", "115 mnkr", "-", "volymer", "bemanning"),
        ),
        P(
            "Läkemedelskostnaderna prognostiseras till 5 655 mnkr, 175 mnkr över budget. Ökningen drivs av nya "
            "cancerläkemedel och av fler patienter som behandlas med diabetesläkemedel inom förmånen.",
            C(
                "Läkemedel",
                "175 mnkr",
                "-",
                "material_hjalpmedel",
                "volymer",
                note="A forecast level (5 655) before the deviation; drugs are material_hjalpmedel.",
            ),
        ),
        P(
            "Tandvården redovisar ett överskott mot budget på 25 mnkr till följd av högre patientintäkter inom "
            "allmäntandvården.",
            C("Tandvård", "25 mnkr", "+", "avgifter_intakter"),
        ),
        H("Övriga verksamheter och finansiering", 2),
        P(
            "Kollektivtrafiken och regional utveckling och kultur ger överskott på 60 respektive 10 mnkr. "
            "Biljettintäkterna har ökat mer än budgeterat, och inom kulturen har två utlysningar av "
            "verksamhetsbidrag skjutits till hösten.",
            C(
                "Kollektivtrafik",
                "60",
                "+",
                "avgifter_intakter",
                unit="mnkr",
                note="A 'respektive' pair: one item per area, each with its own reason.",
                also=(C("Regional utveckling och kultur", "10 mnkr", "+", "periodisering"),),
            ),
        ),
        P(
            "Skatteintäkter, statsbidrag och finansnetto bedöms i nivå med budget.",
            BP("Skatteintäkter, statsbidrag och finansnetto"),
        ),
        P(
            "Jämfört med prognosen i februari har resultatet försämrats med 160 mnkr, främst inom specialiserad "
            "somatisk vård.",
            F(None, "160 mnkr", "-"),
        ),
        H("Åtgärder och osäkerheter", 2),
        P(
            "Regionstyrelsen beslutade den 12 mars om en handlingsplan med stopp för nyanställningar av "
            "administrativ personal och en halvering av inhyrd personal till december. Åtgärderna beräknas "
            "förbättra resultatet med 250 mnkr på helårsbasis.",
            A(None, "250 mnkr", "inhyrd_personal", "bemanning"),
        ),
        P(
            "Det finns en betydande osäkerhet i prognosen kring utfallet av förhandlingarna om ersättning för "
            "utomlänsvård och kring pensionskostnaderna.",
            O(None),
        ),
        P(
            "Antalet årsarbetare har ökat med 1,4 procent jämfört med april 2025.",
            O(None, note="Staff numbers against the previous year: other."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgick till 1 120 mnkr under perioden. Helårsprognosen på 4 300 mnkr understiger "
            "investeringsbudgeten med 900 mnkr, framför allt därför att ombyggnaden av en akutmottagning har "
            "försenats.",
            C("Investeringar", "900 mnkr", "+", "periodisering", note="Under-spending: positive."),
        ),
    ]
    return ReportSpec(
        file="region-skane-rs-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Region Skåne",
            "committee": ["Regionstyrelsen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Regionstyrelsen", "author": "Region Skåne"},
        style=style,
        blocks=blocks,
    )
