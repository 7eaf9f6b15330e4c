"""Region Jönköpings län, Nämnd för folkhälsa och sjukvård, månadsrapport november 2025 (health care).

A region's health-care month report in "miljoner kronor", footer with the nämnd's meeting date in December:
the accumulated result "−198 miljoner kronor jämfört med budget" and the full year's "underskott på 225
miljoner kronor" in two sentences (two items), then the change since October with its cause; a table per
verksamhetsområde with en dashes as minus signs, the period and the full year side by side; bold run-in
verksamhetsområden ending in a full stop, in varied shapes: "Prognosen pekar mot ett underskott om",
"Kostnaderna ligger 70 miljoner kronor över budget på helår" with the deficit split into two clinics as a
"respektive" pair in the next sentence (their own items), "Området redovisar –41 miljoner kronor", a
reason-only primary care (the table's "–22"), drugs "24 miljoner kronor högre än budgeterat", dental care
"fem miljoner kronor" in words and a surplus of undistributed funds; personnel costs "4,2 procent högre än
budget" (amount null) with hired staff against 2024 in the next sentence (other); an action with its effect,
medical equipment investments "145 miljoner kronor … 118 miljoner kronor" (27 never written out) and a risk.
Liberation Serif 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 80.0, 68.0, 72.0),
        header=lambda n, m: ("Region Jönköpings län", "Månadsrapport november 2025"),
        footer=lambda n, m: ("Nämnd för folkhälsa och sjukvård 2025-12-16", "", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Avvikelse mot budget per verksamhetsområde, mnkr",
        header=(("Verksamhetsområde", "Utfall jan–nov", "Helårsprognos"),),
        rows=(
            ("Medicinsk vård", "–84", "–92"),
            ("Kirurgisk vård", "–61", "–70"),
            ("Psykiatri, rehabilitering och diagnostik", "–37", "–41"),
            ("Primärvård", "–18", "–22"),
            ("Folktandvård", "6", "5"),
            ("Läkemedel inom förmånen", "–21", "–24"),
            ("Nämndgemensamt", "17", "19"),
            ("Summa", "–198", "–225"),
        ),
        widths=(220.0, 90.0, 90.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
        shade=(0.86, 0.9, 0.95),
    )
    blocks = [
        Title("Månadsrapport november 2025", size=20, font="arial-bold", after=2),
        Title("Nämnd för folkhälsa och sjukvård", size=13, font="times", after=14),
        H("Ekonomiskt läge", 2),
        PS(
            (
                "Nämndens ackumulerade resultat efter november är −198 miljoner kronor jämfört med budget.",
                C(None, "−198 miljoner kronor", "-", note="The period's deviation in its own sentence."),
            ),
            (
                "För helåret prognostiseras ett underskott på 225 miljoner kronor.",
                C(None, "225 miljoner kronor", "-", note="The full year's deviation in the next sentence."),
            ),
        ),
        P(
            "Det är 15 miljoner kronor sämre än prognosen i oktober, främst på grund av ökade kostnader för "
            "hyrsjuksköterskor under hösten.",
            F(None, "15 miljoner kronor", "-", "inhyrd_personal"),
        ),
        table,
        H("Verksamhetsområdena", 2),
        LP(
            "Medicinsk vård.",
            "Prognosen pekar mot ett underskott om 92 miljoner kronor. Hyrläkare vid akutmottagningarna och fler "
            "vårddygn än planerat på sjukhuset i Eksjö förklarar huvuddelen.",
            C("Medicinsk vård", "92 miljoner kronor", "-", "inhyrd_personal", "volymer"),
        ),
        LP(
            "Kirurgisk vård.",
            "Kostnaderna ligger 70 miljoner kronor över budget på helår, vilket beror på köpt vård hos privata "
            "vårdgivare för att korta operationsköerna och på dyrare implantat.",
            C("Kirurgisk vård", "70 miljoner kronor", "-", "kopt_verksamhet", "material_hjalpmedel"),
            (
                "Av underskottet står ortopedin och kvinnosjukvården för 31 respektive 18 miljoner kronor.",
                C(
                    "Ortopedi",
                    "31",
                    "-",
                    unit="mnkr",
                    note="Two clinics' shares inside another area's paragraph, as a 'respektive' pair: their own "
                    "items, with no reasons of their own.",
                    also=(C("Kvinnosjukvård", "18 miljoner kronor", "-"),),
                ),
            ),
        ),
        LP(
            "Psykiatri, rehabilitering och diagnostik.",
            "Området redovisar –41 miljoner kronor. Vakanta överläkartjänster har ersatts med hyrläkare, och "
            "kostnaderna för rättspsykiatrisk vård i andra regioner har ökat.",
            C(
                "Psykiatri, rehabilitering och diagnostik",
                "–41 miljoner kronor",
                "-",
                "vakanser",
                "inhyrd_personal",
                "kopt_verksamhet",
            ),
        ),
        LP(
            "Primärvård.",
            "Vårdcentralerna i regionens egen regi går mot ett underskott, eftersom vårdvalsersättningen inte täcker "
            "kostnaderna för sjuksköterskor från bemanningsföretag och allt fler invånare listar sig hos privata "
            "vårdcentraler.",
            C(
                "Primärvård",
                "–22",
                "-",
                "inhyrd_personal",
                "volymer",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's full-year cell.",
            ),
        ),
        LP(
            "Läkemedel.",
            "Kostnaderna för läkemedel inom förmånen blir 24 miljoner kronor högre än budgeterat, till följd av nya "
            "cancerläkemedel och fler patienter som behandlas med diabetesläkemedel.",
            C("Läkemedel", "24 miljoner kronor", "-", "material_hjalpmedel", "volymer"),
        ),
        LP(
            "Folktandvård.",
            "Folktandvården beräknas ge ett överskott på fem miljoner kronor genom högre patientintäkter.",
            C(
                "Folktandvård",
                "fem miljoner kronor",
                "+",
                "avgifter_intakter",
                value=5_000_000,
                note="An amount in words.",
            ),
        ),
        LP(
            "Nämndgemensamt.",
            "Överskottet på 19 miljoner kronor består av ännu inte fördelade medel för utvecklingsinsatser och av "
            "lägre kostnader för vård i andra regioner under årets första månader.",
            C("Nämndgemensamt", "19 miljoner kronor", "+", "reserver", "kopt_verksamhet"),
        ),
        H("Personalkostnader och hyrpersonal", 2),
        PS(
            (
                "Personalkostnaderna inklusive inhyrd personal är 4,2 procent högre än budget.",
                C(
                    "Personalkostnader",
                    None,
                    "-",
                    note="A percentage only: amount null. Naming the account group gives no tag.",
                ),
            ),
            (
                "Kostnaden för inhyrd personal uppgår hittills till 287 miljoner kronor, 44 miljoner kronor mer än "
                "samma period 2024.",
                O("Inhyrd personal", "inhyrd_personal", note="Against the previous year: other."),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden fastställde i juni en handlingsplan för oberoende av hyrpersonal. Den beräknas minska "
            "kostnaderna med 60 miljoner kronor under 2026.",
            A(None, "60 miljoner kronor", "inhyrd_personal"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsramen för medicinteknisk utrustning på 145 miljoner kronor beräknas 118 miljoner kronor "
            "användas under året, eftersom leveransen av två datortomografer har försenats.",
            C(
                "Investeringar i medicinteknisk utrustning",
                "145 miljoner kronor beräknas 118 miljoner kronor",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=27_000_000,
                note="Under-spending of 27 miljoner kronor, never written out: the computed value.",
            ),
        ),
        H("Risker", 2),
        P(
            "Prognosen för december är osäker, eftersom vårdplatsläget under influensasäsongen kan kräva fler "
            "hyrsjuksköterskor än beräknat.",
            O(None, "inhyrd_personal", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="region-jonkopings-lan-fs-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Region Jönköpings län",
            "committee": ["Nämnd för folkhälsa och sjukvård", "Nämnden för folkhälsa och sjukvård"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport november 2025 Nämnd för folkhälsa och sjukvård",
            "author": "Region Jönköpings län",
        },
        style=style,
        blocks=blocks,
    )
