"""Solna stad, Tekniska nämnden, tertialrapport 2 2025 (januari–augusti).

A technical committee's tertial report, footer with the nämnd's meeting date in October: the full year "3,5
mnkr sämre än budget, trots ett överskott på 1,8 mnkr för perioden" (one sentence: the full year's amount), the
period surplus's timing reason in a sentence of its own (amount null); headings that carry the
verksamhet and its amount with en dashes ("Gatudrift och vinterväghållning –2,4 mnkr", "Parkering +1,6 mnkr",
"Trafik och stadsmiljö ±0 mnkr" over "bedöms gå jämnt ut", boilerplate) with short paragraphs of reasons; the
change since tertial 1 with its cause (a forecast change) and an action with its effect; an investment table
per project in mnkr with a hyphen-minus overrun, the total "58,3 mnkr av budgeterade 84,0 mnkr" (25,7 never
written out), a project's delay in the next sentence of the same paragraph (its own item, the table row's
"18,5"), an overrun "4,2 mnkr dyrare än budgeterat" and fault reports against last year (other). DejaVu Sans
9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the verksamhet and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(16.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 80.0, 62.0, 72.0),
        gutter=22.0,
        header=lambda n, m: ("SOLNA STAD", "Tertialrapport 2 – 2025"),
        footer=lambda n, m: ("Tekniska nämnden 2025-10-08", "TN/2025:164", f"{n}"),
        header_size=8.0,
    )
    investments = Table(
        caption="Investeringar per projekt 2025, mnkr",
        header=(("Projekt", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Gång- och cykelbro Huvudsta", "24,0", "5,5", "18,5"),
            ("Ombyggnad Frösundaleden", "12,0", "16,2", "-4,2"),
            ("Reinvestering gator och belysning", "38,0", "30,6", "7,4"),
            ("Parker och lekplatser", "10,0", "6,0", "4,0"),
            ("Summa", "84,0", "58,3", "25,7"),
        ),
        widths=(200.0, 76.0, 76.0, 70.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 2 – 2025", size=19, font="sans-bold", after=2),
        Title("Tekniska nämnden", size=12.5, font="sans", after=12),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Tekniska nämnden prognostiserar ett helårsresultat som är 3,5 mnkr sämre än budget, trots ett "
            "överskott på 1,8 mnkr för perioden januari–augusti.",
            C(
                None,
                "3,5 mnkr",
                "-",
                note="The period and the full year in one sentence: the full year's amount.",
            ),
        ),
        P(
            "Det periodiserade överskottet beror på att vinterns snöröjningsavtal faktureras i efterskott och att "
            "sommarens beläggningsarbeten ännu inte är slutfakturerade.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason apart from its amount: null.",
            ),
        ),
        H("Verksamheternas prognoser", 2),
        HP(
            "Gatudrift och vinterväghållning –2,4 mnkr",
            "Vintern krävde fler snöröjningstillfällen än ett normalår, och halkbekämpningen av gång- och "
            "cykelvägnätet blev dyrare efter att standarden höjdes.",
            C("Gatudrift och vinterväghållning", "–2,4 mnkr", "-", "ovrigt", note=HEAD + " Snow is ovrigt."),
        ),
        HP(
            "Parkering +1,6 mnkr",
            "Intäkterna från parkeringsavgifter ökar sedan avgiftszonerna utvidgades i mars.",
            C("Parkering", "+1,6 mnkr", "+", "avgifter_intakter", note=HEAD),
        ),
        HP(
            "Parker och naturvård –0,9 mnkr",
            "Skadegörelse och nedskräpning i parkerna har krävt extra insatser, och två vakanta trädvårdartjänster "
            "har ersatts med inhyrda konsulter.",
            C(
                "Parker och naturvård",
                "–0,9 mnkr",
                "-",
                "ovrigt",
                "vakanser",
                "inhyrd_personal",
                note=HEAD + " Vandalism is ovrigt.",
            ),
        ),
        HP(
            "Gatubelysning –1,1 mnkr",
            "Elkostnaden för gatubelysningen blir högre än budgeterat, trots att utbytet till LED fortsätter.",
            C("Gatubelysning", "–1,1 mnkr", "-", "prisokningar", note=HEAD),
        ),
        HP(
            "Trafik och stadsmiljö ±0 mnkr",
            "Verksamheten bedöms gå jämnt ut.",
            BP("Trafik och stadsmiljö", note="'Bedöms gå jämnt ut' under a '±0' heading: boilerplate."),
        ),
        HP(
            "Administration och nämnd –0,7 mnkr",
            "Det nya systemet för felanmälan och konsultstödet vid införandet har inte rymts i budgeten.",
            C(
                "Administration och nämnd",
                "–0,7 mnkr",
                "-",
                "it_digitalisering",
                "inhyrd_personal",
                note=HEAD,
            ),
        ),
        H("Förändring sedan tertialrapport 1", 2),
        P(
            "Jämfört med tertialrapport 1 har prognosen försämrats med 1,3 mnkr, främst till följd av högre "
            "elpriser för gatubelysningen.",
            F(None, "1,3 mnkr", "-", "prisokningar"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har senarelagt ommålningen av vägmarkeringar på lokalgator till 2026, vilket minskar "
            "underskottet med cirka 0,5 mnkr.",
            A("Gatudrift och vinterväghållning", "cirka 0,5 mnkr"),
        ),
        H("Investeringar", 2),
        investments,
        Para(
            (
                (
                    "Investeringsutgifterna beräknas till 58,3 mnkr av budgeterade 84,0 mnkr.",
                    C(
                        "Investeringar",
                        "58,3 mnkr av budgeterade 84,0 mnkr",
                        "+",
                        value=25_700_000,
                        note="Investment under-spending of 25,7 mnkr, never written out in the prose: the computed "
                        "value. No reason in this sentence.",
                    ),
                ),
                (
                    "Den största avvikelsen är gång- och cykelbron vid Huvudsta, där bygglovet har överklagats och "
                    "byggstarten därför flyttas till 2026.",
                    C(
                        "Gång- och cykelbro Huvudsta",
                        "18,5",
                        "+",
                        "periodisering",
                        unit="mnkr",
                        table=True,
                        note="A project's delay inside the total's paragraph: its own item, the table row's cell.",
                    ),
                ),
            )
        ),
        P(
            "Ombyggnaden av Frösundaleden blir 4,2 mnkr dyrare än budgeterat, eftersom ledningsomläggningar som "
            "inte fanns med i kalkylen har krävts.",
            C("Ombyggnad Frösundaleden", "4,2 mnkr", "-", "ovrigt", note="A project overrun."),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet felanmälningar om trasig belysning minskade med 22 procent jämfört med samma period 2024.",
            O("Gatubelysning", note="Against the previous year."),
        ),
    ]
    return ReportSpec(
        file="solna-tn-tertialrapport-2025-08.pdf",
        report={
            "municipality": ["Solna", "Solna stad"],
            "committee": ["Tekniska nämnden"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 2 2025 Tekniska nämnden", "author": "Solna stad"},
        style=style,
        blocks=blocks,
    )
