"""Klippans kommun, Samhällsbyggnadsnämnden, verksamhetsberättelse 2025.

A community-building committee's year-end report in Liberation Sans Narrow 10 pt, footer with the
nämnd's adoption paragraph in February: the tax-funded result "ett underskott om 2,3 mnkr mot budget" and the
outcome against the interim forecast with its cause (a forecast change); a result table in tkr with the
previous year's outcome as the first figure column; sections under plain headings: "överskrider budget med
1,86 mnkr" (mnkr with two decimals against the table's tkr) followed in the same paragraph by a comparison
with 2024 of the same size as the total deviation (other), "640 tkr över budget" after a paragraph of weather,
"redovisar −1 310 tkr", "ett överskott på 150 tkr", a "respektive" pair "590 respektive 310 tkr" with shared
reasons, a reason-only row ("460"); taxe-funded water with its surplus, then the fund (other), and waste
"ett underskott på 0,4 mnkr"; investments with levels in the prose and a table whose deviation is "+ = mer än
budget" (the total takes the sum row "−11 050", a project its row "−12 600", both under-spending), a cycle
path "1,6 mnkr dyrare än budgeterat"; a risk and an action. 13 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Klippans kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Samhällsbyggnadsnämnden 2026-02-11 § 14", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    operations = Table(
        caption="Driftredovisning 2025, tkr (nettokostnad)",
        header=(("Verksamhet", "Utfall 2024", "Budget 2025", "Utfall 2025", "Avvikelse"),),
        rows=(
            ("Gata och park", "18 950", "19 400", "21 260", "−1 860"),
            ("Vinterväghållning", "2 610", "2 500", "3 140", "−640"),
            ("Fastighet och lokalförsörjning", "1 280", "900", "2 210", "−1 310"),
            ("Kost", "3 420", "3 900", "3 750", "150"),
            ("Plan och bygg", "4 880", "5 600", "5 010", "590"),
            ("Lantmäteri och GIS", "2 150", "2 300", "1 990", "310"),
            ("Nämnd och förvaltning", "3 910", "4 100", "3 640", "460"),
            ("Summa skattefinansierat", "37 200", "38 700", "41 000", "−2 300"),
        ),
        widths=(160.0, 70.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    investments = Table(
        caption="Investeringar 2025, tkr (avvikelse: + = mer än budget)",
        header=(("Projekt", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Gång- och cykelväg Klippan–Stidsvig", "6 500", "8 120", "+1 620"),
            ("Beläggningsprogram", "4 000", "3 950", "−50"),
            ("Förskolan Solrosen", "22 000", "9 400", "−12 600"),
            ("Lekplatser", "1 200", "1 180", "−20"),
            ("Summa", "33 700", "22 650", "−11 050"),
        ),
        widths=(200.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="narrow-bold", after=2),
        Title("Samhällsbyggnadsnämnden", size=13, font="narrow", after=12),
        H("Årets viktigaste händelser", 2),
        P(
            "Under året antogs fyra detaljplaner, bland annat för det nya bostadsområdet vid Åbyvallen, och "
            "ombyggnaden av torget i Klippan avslutades i juni. Förvaltningen har också tagit fram en ny "
            "trädplan för tätorterna."
        ),
        H("Ekonomiskt utfall", 2),
        P(
            "Nämndens skattefinansierade verksamhet slutar på ett underskott om 2,3 mnkr mot budget.",
            C(None, "2,3 mnkr", "-"),
        ),
        P(
            "Utfallet innebär en förbättring med 0,9 mnkr jämfört med prognosen i delårsrapporten, framför allt för att "
            "vinterväghållningen i november och december blev billigare än befarat.",
            F(
                None,
                "0,9 mnkr",
                "+",
                "ovrigt",
                note="The outcome against the interim forecast; weather is ovrigt.",
            ),
        ),
        operations,
        H("Gata och park", 3),
        PS(
            (
                "Gata och park överskrider budget med 1,86 mnkr. Kostnaderna för gatubelysningen har ökat kraftigt "
                "efter höjda elnätsavgifter, och efter stormen i oktober fick ett trettiotal träd i Ljungbyhed tas ned.",
                C(
                    "Gata och park",
                    "1,86 mnkr",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    note="Two decimals in mnkr against the table's tkr. The storm is ovrigt.",
                ),
            ),
            (
                "Jämfört med 2024 ökade nettokostnaden med 2,3 mnkr.",
                O(
                    "Gata och park",
                    note="Against the previous year: other (the same figure as the total deviation, by chance).",
                ),
            ),
        ),
        H("Vinterväghållning", 3),
        P(
            "Vintern började tidigt, med snö och halka redan i mitten av januari och upprepade utryckningar i februari. "
            "Utfallet blev 640 tkr över budget, trots en mild avslutning på året.",
            C("Vinterväghållning", "640 tkr", "-", "ovrigt", note="The reason comes before the amount."),
        ),
        H("Fastighet och lokalförsörjning", 3),
        P(
            "Lokalförsörjningen redovisar −1 310 tkr. Den tidigare fritidsgården i Östra Ljungby och ett före detta "
            "kontor på Järnvägsgatan har stått tomma hela året utan att kunna hyras ut.",
            C("Fastighet och lokalförsörjning", "−1 310 tkr", "-", "lokaler"),
        ),
        H("Kost", 3),
        P(
            "Kostenheten lämnar ett överskott på 150 tkr. Fler portioner än beräknat har levererats till "
            "äldreomsorgen, vilket har gett högre intäkter.",
            C("Kost", "150 tkr", "+", "volymer", "avgifter_intakter"),
        ),
        H("Plan och bygg samt lantmäteri", 3),
        P(
            "Plan och bygg samt Lantmäteri och GIS visar överskott på 590 respektive 310 tkr. Båda verksamheterna har "
            "haft högre intäkter från bygglov, förrättningar och kartbeställningar än budgeterat.",
            C(
                "Plan och bygg",
                "590",
                "+",
                "avgifter_intakter",
                unit="tkr",
                note="A 'respektive' pair with a shared reason: two items, same text and tags.",
                also=(C("Lantmäteri och GIS", "310 tkr", "+", "avgifter_intakter"),),
            ),
        ),
        H("Nämnd och förvaltning", 3),
        P(
            "Förvaltningen har haft lägre kostnader för konsultstöd och utbildning än planerat.",
            C(
                "Nämnd och förvaltning",
                "460",
                "+",
                "inhyrd_personal",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        H("Taxefinansierad verksamhet", 2),
        PS(
            (
                "VA-verksamheten redovisar ett överskott mot budget på 1,4 mnkr. Överskottet beror på högre "
                "brukningsavgifter efter taxehöjningen och lägre räntekostnader.",
                C("VA-verksamheten", "1,4 mnkr", "+", "avgifter_intakter"),
            ),
            (
                "Överskottet förs till VA-fonden, som därmed uppgår till 6,2 mnkr.",
                O("VA-verksamheten", "reserver", note="The fund: other."),
            ),
        ),
        P(
            "Renhållningen gick med ett underskott på 0,4 mnkr, vilket beror på högre behandlingsavgifter för matavfall.",
            C(
                "Renhållning",
                "0,4 mnkr",
                "-",
                "prisokningar",
                note="Higher fees paid for treatment: prisokningar.",
            ),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Nettoinvesteringarna blev 22,7 mnkr mot en budget på 33,7 mnkr.",
                C(
                    "Investeringar",
                    "−11 050",
                    "+",
                    unit="tkr",
                    table=True,
                    note="Only levels in the prose: the sum row of the investment table, whose '+' means more "
                    "spending, so '−11 050' is under-spending.",
                ),
            ),
            (
                "Den största avvikelsen gäller förskolan Solrosen, där entreprenören fick stoppa arbetet i tre månader "
                "sedan markföroreningar upptäckts.",
                C(
                    "Förskolan Solrosen",
                    "−12 600",
                    "+",
                    "periodisering",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note="A project's reason inside the investment paragraph: its own item, the project's row.",
                ),
            ),
        ),
        investments,
        P(
            "Gång- och cykelvägen mellan Klippan och Stidsvig blev 1,6 mnkr dyrare än budgeterat, eftersom "
            "ledningsomläggningar som inte fanns med i kalkylen blev nödvändiga.",
            C("Gång- och cykelväg Klippan–Stidsvig", "1,6 mnkr", "-", "ovrigt", note="Investment overrun."),
        ),
        H("Framtid", 2),
        P(
            "Inför 2026 finns en risk att kostnaderna för gatubelysningen fortsätter att öka.",
            O("Gata och park", "prisokningar", note="A risk."),
        ),
        P(
            "Nämnden har gett förvaltningen i uppdrag att släcka delar av belysningen längs landsvägarna nattetid, "
            "vilket bedöms spara omkring 300 tkr per år.",
            A("Gata och park", "omkring 300 tkr", "prisokningar"),
        ),
    ]
    return ReportSpec(
        file="klippan-sbn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Klippan",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Samhällsbyggnadsnämnden", "author": "Klippans kommun"},
        style=style,
        blocks=blocks,
    )
