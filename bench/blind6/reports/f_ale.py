"""Ale kommun, Samhällsbyggnadsnämnden, delårsrapport januari–augusti 2025.

A technical committee's interim report with headings numbered "3.1"–"3.5" and a footer with the date the
nämnd adopted it: an introduction and the period's events (a cloudburst, not labelled), the period result
against the periodised budget with its timing cause and the full-year deficit "exklusive VA-verksamheten"
in one paragraph (two items), a table per verksamhet in mnkr with tertial 1's deviation and the
taxe-financed VA below the total, the change since tertial 1 with its cause; then two columns to the end,
one level-3 heading per verksamhet (not part of the item): streets and parks with the causes first, part
amounts, and the total last ("Sammantaget prognostiserar verksamheten …"), properties with energy prices
and temporary modules (running from the first column to the second), food prices with the amount at the
end of a "vilket ger" clause, building-permit revenue with the amount in a second sentence, a bold run-in
line that carries area and amount ("Mark och exploatering +1,8 mnkr."), a row without a comment; VA in
three sentences: a context sentence (not labelled), the deficit with its causes, and its financing from
the VA fund (other); the investment forecast under budget with its main delay, a narrow project table
(avvikelse = budget − prognos), a bridge over its budget (steel prices, piling) and a delayed preschool
rebuild under budget (asbestos) whose carry-over is in the same sentence as its amount; net costs against
last year (other) and goals with figures (not labelled). DejaVu Serif Condensed 9.5 pt with DejaVu Sans
headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.38,
        para_gap=5.5,
        heading_sizes=(13.0, 11.0, 9.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 74.0, 60.0, 70.0),
        gutter=20.0,
        header=lambda n, m: ("Ale kommun", "Delårsrapport 2025 – Samhällsbyggnadsnämnden"),
        footer=lambda n, m: ("Fastställd av samhällsbyggnadsnämnden 2025-09-24", "", f"{n}"),
        header_size=8.0,
    )
    areas = Table(
        caption="Tabell 1. Driftredovisning per verksamhet, mnkr",
        header=(("Verksamhet", "Budget helår", "Prognos helår", "Avvikelse", "Avvikelse T1"),),
        rows=(
            ("Nämnd och förvaltningsledning", "14,6", "14,2", "0,4", "0,2"),
            ("Gata och park", "52,8", "56,9", "−4,1", "−2,0"),
            ("Fastighet", "31,5", "33,1", "−1,6", "−0,8"),
            ("Kost och lokalvård", "18,2", "18,6", "−0,4", "0,0"),
            ("Plan och bygg", "9,7", "8,6", "1,1", "0,9"),
            ("Mark och exploatering", "2,4", "0,6", "1,8", "1,5"),
            ("Summa skattefinansierat", "129,2", "132,0", "−2,8", "−0,2"),
            ("VA-verksamheten (taxefinansierad)", "0,0", "3,6", "−3,6", "−2,9"),
        ),
        widths=(180.0, 70.0, 74.0, 66.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    projects = Table(
        caption="Tabell 2. Större investeringar, mnkr",
        header=(("Projekt", "Budget", "Prognos", "Avvik."),),
        rows=(
            ("Överföringsledning Alafors–Nol", "38,0", "9,5", "28,5"),
            ("GC-bro vid Ale torg", "22,0", "24,8", "−2,8"),
            ("Reinvestering gator", "26,5", "21,0", "5,5"),
            ("Förskolan Solrosen", "31,0", "19,2", "11,8"),
            ("Övriga projekt", "30,5", "22,0", "8,5"),
            ("Summa", "148,0", "96,5", "51,5"),
        ),
        widths=(118.0, 34.0, 40.0, 34.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=7.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="sans-bold"),
        Title("Samhällsbyggnadsnämnden", size=12, font="sans", after=12),
        H("1 Inledning", 1),
        P(
            "Samhällsbyggnadsnämnden ansvarar för gator, parker, kommunens fastigheter, kost och lokalvård, "
            "bygglov och planering, mark och exploatering samt vatten och avlopp. Delårsrapporten omfattar perioden "
            "januari–augusti och innehåller en prognos för helåret."
        ),
        H("2 Väsentliga händelser", 1),
        P(
            "Den 12 juni drabbades Nödinge och Surte av ett kraftigt skyfall. Flera gator översvämmades och två gång- "
            "och cykeltunnlar var stängda under en vecka. I april antog nämnden en ny grönplan, och i maj började "
            "bygget av den nya gång- och cykelbron vid Ale torg."
        ),
        H("3 Ekonomi", 1),
        H("3.1 Resultat och prognos", 2),
        PS(
            (
                "Samhällsbyggnadsnämndens resultat för perioden är +3,4 mnkr jämfört med periodiserad budget. "
                "Överskottet beror till stor del på att underhållsarbeten på gator och fastigheter utförs under hösten.",
                C(
                    None,
                    "+3,4 mnkr",
                    "+",
                    "periodisering",
                    note="The period result against the periodised budget.",
                ),
            ),
            (
                "För helåret prognostiseras en negativ avvikelse på 2,8 mnkr, exklusive VA-verksamheten som redovisas "
                "separat.",
                C(None, "2,8 mnkr", "-", note="The full-year deviation of the tax-financed part, no cause."),
            ),
        ),
        areas,
        P(
            "Jämfört med tertial 1 har prognosen försämrats med 2,6 mnkr, framför allt på grund av kostnaderna efter "
            "skyfallet i juni.",
            F(None, "2,6 mnkr", "-", "ovrigt"),
        ),
        Columns(2),
        H("3.2 Kommentarer per verksamhet", 2),
        H("Gata och park", 3),
        P(
            "Till följd av skyfallet den 12 juni har reparationer av dagvattenbrunnar, vägbanor och två gång- och "
            "cykeltunnlar kostat 2,4 mnkr, som inte ryms i budgeten. Därutöver har kostnaderna för vinterväghållning "
            "under januari och februari överstigit budget med 1,2 mnkr. Sammantaget prognostiserar verksamheten ett "
            "underskott på 4,1 mnkr.",
            C(
                "Gata och park",
                "4,1 mnkr",
                "-",
                "ovrigt",
                note="The causes first with part amounts (2,4 and 1,2 mnkr), the total last: weather.",
            ),
        ),
        H("Fastighet", 3),
        P(
            "Fastighet redovisar ett underskott på 1,6 mnkr. Det förklaras av högre priser på el och fjärrvärme än "
            "budgeterat, efter leverantörernas prishöjningar i januari, samt av att förskolan Solrosen har behövt hyra "
            "tillfälliga moduler under ombyggnaden.",
            C("Fastighet", "1,6 mnkr", "-", "prisokningar", "lokaler"),
        ),
        H("Kost och lokalvård", 3),
        P(
            "Livsmedelspriserna har fortsatt att stiga och ligger i genomsnitt 6 procent över budgeterad nivå, vilket "
            "ger ett underskott på 0,4 mnkr.",
            C("Kost och lokalvård", "0,4 mnkr", "-", "prisokningar"),
        ),
        H("Plan och bygg", 3),
        P(
            "Bygglovsintäkterna har blivit högre än budgeterat, främst på grund av två stora ansökningar om bygglov "
            "för flerbostadshus i Älvängen. Överskottet beräknas till 1,1 mnkr.",
            C("Plan och bygg", "1,1 mnkr", "+", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Mark och exploatering +1,8 mnkr.",
            "Tre industritomter i Sörhaga har sålts under perioden, mot en budgeterad försäljning av en tomt.",
            C("Mark och exploatering", "+1,8 mnkr", "+", "avgifter_intakter", "volymer"),
        ),
        H("3.3 VA-verksamheten", 2),
        PS(
            ("VA-verksamheten är taxefinansierad och redovisas mot VA-kollektivet.", None),
            (
                "Prognosen visar ett underskott på 3,6 mnkr, som beror på högre priser på kemikalier och el vid "
                "reningsverket samt på att två pumpstationer har fått bytas ut i förtid efter skyfallet.",
                C(
                    "VA-verksamheten",
                    "3,6 mnkr",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    note="The context sentence before it is not part of the item.",
                ),
            ),
            (
                "Underskottet regleras mot VA-fondens balanserade överskott från tidigare år.",
                O("VA-verksamheten", "reserver", note="Financing from the fund."),
            ),
        ),
        H("3.4 Investeringar", 2),
        P(
            "Nämndens investeringsbudget för 2025 är 148,0 mnkr. Prognosen för året är 96,5 mnkr, vilket innebär att "
            "51,5 mnkr inte förbrukas. Den största avvikelsen avser den nya överföringsledningen för avlopp mellan "
            "Alafors och Nol, där tillståndsprövningen har dragit ut på tiden.",
            C(
                "Investeringar",
                "51,5 mnkr",
                "+",
                "periodisering",
                note="Investment forecast under budget: a delay.",
            ),
        ),
        projects,
        P(
            "Gång- och cykelbron vid Ale torg blir 2,8 mnkr dyrare än budgeterat. Stålpriset var betydligt högre vid "
            "upphandlingen än när kalkylen gjordes, och grundläggningen krävde fler pålar än beräknat.",
            C(
                "Gång- och cykelbron vid Ale torg",
                "2,8 mnkr",
                "-",
                "prisokningar",
                "ovrigt",
                note="An investment project over its budget: steel prices and ground conditions.",
            ),
        ),
        P(
            "Ombyggnaden av förskolan Solrosen har försenats eftersom asbest hittades i bjälklaget. Arbetet beräknas "
            "vara klart i maj 2026, och 11,8 mnkr av årets budget behöver därför föras över till nästa år.",
            C(
                "Förskolan Solrosen",
                "11,8 mnkr",
                "+",
                "periodisering",
                "ovrigt",
                note="A delayed project under budget; the carry-over is stated in the same sentence as the amount.",
            ),
        ),
        H("3.5 Jämförelse med föregående år", 2),
        P(
            "Nettokostnaderna för perioden är 4,9 mnkr högre än för samma period 2024. Ökningen förklaras främst av "
            "skyfallet och av högre priser på energi och livsmedel.",
            O(None, "ovrigt", "prisokningar", note="Against the previous year, not the budget."),
        ),
        H("4 Mål och nyckeltal", 1),
        P(
            "Nämnden har tre mål för 2025. Andelen bygglovsärenden som avgjordes inom tio veckor var 94 procent, mot "
            "målet 100 procent. Andelen ekologiska livsmedel i måltidsverksamheten var 31 procent, mot målet 35 "
            "procent, och nöjdheten med gatubelysningen i medborgarundersökningen var 62 av 100."
        ),
    ]
    return ReportSpec(
        file="ale-sbn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Ale",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Samhällsbyggnadsnämnden",
            "author": "Ale kommun",
        },
        style=style,
        blocks=blocks,
    )
