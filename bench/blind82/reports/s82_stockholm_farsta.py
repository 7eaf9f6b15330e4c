"""Stockholms stad, Farsta stadsdelsnämnd, tertialrapport 1 2026.

A stadsdelsnämnd's tertial report in mnkr with deficits in brackets in the table ("(8,5)"), footer with the
nämnd's meeting date in May: the period "3,1 mnkr högre än periodiserad budget" (a net cost over, negative)
in its own paragraph, the full year "ett underskott på 9,8 mnkr" with the areas named but no reasons, the
change since March with its cause; plain headings per verksamhetsområde: elderly care "ett underskott på 8,5
mnkr, varav 5,2 mnkr avser hemtjänsten" (one item with the total) with its causes, the residential care
homes' own paragraph ("kostar 3,3 mnkr", a sub-area's item), an action with its effect, individ- och
familjeomsorg "beräknas överskrida budget med 4,6 mnkr" with a per-day rate that is not the amount,
ekonomiskt bistånd "1,1 mnkr högre än budgeterat", disability support that "bedöms hålla budget"
(boilerplate), preschool "ett positivt resultat om 4,5 mnkr", a reason-only park surplus (the row's "0,4"),
administration "en halv miljon kronor" in words, an investment frame that "förbrukas fullt ut"
(boilerplate), a risk and sick leave against last year (others). DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Farsta stadsdelsförvaltning", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Farsta stadsdelsnämnd 2026-05-21", "Dnr FA 2026/0214", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhetsområde 2026, mnkr (underskott inom parentes)",
        header=(("Verksamhetsområde", "Budget", "Utfall t.o.m. april", "Prognos", "Avvikelse"),),
        rows=(
            ("Äldreomsorg", "612,4", "207,9", "620,9", "(8,5)"),
            ("Individ- och familjeomsorg", "188,0", "64,2", "192,6", "(4,6)"),
            ("Stöd och service (LSS)", "301,2", "99,0", "301,2", "0,0"),
            ("Förskoleverksamhet", "455,7", "146,3", "451,2", "4,5"),
            ("Ekonomiskt bistånd", "52,3", "18,1", "53,4", "(1,1)"),
            ("Lokal stadsmiljö", "22,4", "6,6", "22,0", "0,4"),
            ("Administration och nämnd", "64,8", "21,8", "65,3", "(0,5)"),
            ("Summa", "1 696,8", "563,9", "1 706,6", "(9,8)"),
        ),
        widths=(170.0, 60.0, 92.0, 60.0, 60.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="cond-bold", after=2),
        Title("Farsta stadsdelsnämnd", size=12.5, font="cond", after=12),
        H("Ekonomisk uppföljning", 2),
        P(
            "Utfallet för januari–april är 3,1 mnkr högre än den periodiserade budgeten.",
            C(
                None,
                "3,1 mnkr",
                "-",
                note="A net cost above the periodised budget: a negative period deviation.",
            ),
        ),
        P(
            "Nämnden prognostiserar för helåret ett underskott på 9,8 mnkr. Underskottet finns i huvudsak inom "
            "äldreomsorgen och individ- och familjeomsorgen, medan förskoleverksamheten redovisar ett överskott.",
            C(None, "9,8 mnkr", "-", note="Areas named, no reasons: no tags."),
        ),
        P(
            "Jämfört med prognosen i mars har underskottet ökat med 2,7 mnkr, vilket beror på fler beviljade "
            "hemtjänsttimmar.",
            F(None, "2,7 mnkr", "-", "volymer"),
        ),
        table,
        H("Äldreomsorg", 3),
        P(
            "Äldreomsorgen prognostiserar ett underskott på 8,5 mnkr, varav 5,2 mnkr avser hemtjänsten. Antalet "
            "beviljade hemtjänsttimmar har ökat med elva procent sedan budgeten lades, och de privata utförarna "
            "ersätts sedan januari med en högre timpeng.",
            C(
                "Äldreomsorg",
                "8,5 mnkr",
                "-",
                "volymer",
                "kopt_verksamhet",
                "prisokningar",
                note="A 'varav' part: one item with the total.",
            ),
        ),
        P(
            "Inom vård- och omsorgsboende har nämnden betalat för tomma platser under ombyggnaden av ett av "
            "boendena, vilket kostar 3,3 mnkr.",
            C(
                "Vård- och omsorgsboende",
                "3,3 mnkr",
                "-",
                "lokaler",
                note="A sub-area's deviation in its own paragraph: its own item.",
            ),
        ),
        P(
            "Förvaltningen har infört en ny modell för planering av hemtjänstens turer, som väntas minska "
            "kostnaderna med 1,0 mnkr under resten av året.",
            A("Hemtjänst", "1,0 mnkr", "bemanning"),
        ),
        H("Individ- och familjeomsorg", 3),
        P(
            "Individ- och familjeomsorgen beräknas överskrida budget med 4,6 mnkr till följd av fler placeringar av "
            "ungdomar på HVB och i familjehem. Två av placeringarna kostar tillsammans mer än 20 000 kronor per dygn.",
            C(
                "Individ- och familjeomsorg",
                "4,6 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The per-day rate is not the amount.",
            ),
        ),
        H("Ekonomiskt bistånd", 3),
        P(
            "Kostnaderna för ekonomiskt bistånd blir 1,1 mnkr högre än budgeterat då fler hushåll har haft "
            "försörjningsstöd längre än ett år.",
            C("Ekonomiskt bistånd", "1,1 mnkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        H("Stöd och service till personer med funktionsnedsättning", 3),
        P("Verksamheten bedöms hålla budget.", BP("Stöd och service till personer med funktionsnedsättning")),
        H("Förskoleverksamhet", 3),
        P(
            "Förskolan visar ett positivt resultat om 4,5 mnkr. Barnantalet har sjunkit mer än befolkningsprognosen "
            "förutsåg, och två förskoleenheter har slagits samman.",
            C("Förskoleverksamhet", "4,5 mnkr", "+", "volymer", "omstallning"),
        ),
        H("Lokal stadsmiljö", 3),
        P(
            "Parkverksamheten får ett litet överskott eftersom vinterväghållningen av parkvägarna blev billigare än "
            "normalt under den milda vintern.",
            C(
                "Lokal stadsmiljö",
                "0,4",
                "+",
                "ovrigt",
                unit="mnkr",
                table=True,
                note="A reason only: the table row's cell. A mild winter is ovrigt.",
            ),
        ),
        H("Administration och nämnd", 3),
        P(
            "Administrationen överskrider budget med en halv miljon kronor på grund av kostnader för rekrytering av "
            "en ny stadsdelsdirektör.",
            C(
                "Administration och nämnd",
                "en halv miljon kronor",
                "-",
                "ovrigt",
                value=500_000,
                note="The amount in words.",
            ),
        ),
        H("Investeringar", 3),
        P(
            "Nämndens investeringsbudget på 3,2 mnkr för upprustning av lekparker beräknas förbrukas fullt ut.",
            BP("Investeringar"),
        ),
        H("Risker", 2),
        P(
            "Det finns en risk att kostnaderna för placeringar ökar ytterligare under hösten om fler ungdomar behöver "
            "skyddat boende.",
            O("Individ- och familjeomsorg", "kopt_verksamhet", note="A risk."),
        ),
        P(
            "Sjukfrånvaron i förvaltningen var 7,4 procent under perioden, lägre än samma period 2025, vilket "
            "främst beror på färre långa sjukskrivningar inom hemtjänsten.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="stockholm-farsta-sdn-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Farsta stadsdelsnämnd", "Stadsdelsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Farsta stadsdelsnämnd", "author": "Stockholms stad"},
        style=style,
        blocks=blocks,
    )
