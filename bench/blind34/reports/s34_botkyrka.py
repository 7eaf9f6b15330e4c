"""Botkyrka kommun, Socialnämnden, tertialrapport 1 2026 (januari–april).

A social committee's tertial report in tkr and mnkr, footer with the nämnd's meeting date in May: the period
"1,2 mnkr högre än periodiserad budget" (a net cost, so negative) and the full year "ett underskott på 9,6
mnkr, motsvarande 1,4 procent av nämndens budgetram" with its reasons in the next sentence (the percentage is
not the amount), in two items; the change since February with its cause; a reading note that declares
"tusen kronor" and brackets for deficits, and a table whose deficits are "(6 200)"; then headings that carry
the verksamhetsområde and its amount in brackets with a signed mnkr figure ("Barn och ungdom (−6,2 mnkr)"),
one short paragraph each: placements and day prices, households on försörjningsstöd with a count against
December inside the cause, a surplus with a vacancy, a start-up with a risk sentence in the same paragraph
(its own `other` item), a grant, and IT licences; two actions (one with an effect) and net cost growth
against 2025 with "beror på" (other). Liberation Serif 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 78.0, 72.0, 74.0),
        header=lambda n, m: ("Botkyrka kommun | Socialförvaltningen", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Socialnämnden 2026-05-26", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhetsområde, tkr",
        header=(("Verksamhetsområde", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "24 800", "7 650", "23 900", "900"),
            ("Barn och ungdom", "312 400", "105 000", "318 600", "(6 200)"),
            ("Vuxen", "98 600", "31 100", "96 900", "1 700"),
            ("Försörjningsstöd", "182 000", "64 000", "188 400", "(6 400)"),
            ("Socialpsykiatri", "74 300", "24 000", "75 300", "(1 000)"),
            ("Arbetsmarknad och integration", "41 200", "12 800", "39 800", "1 400"),
            ("Summa", "733 300", "244 550", "742 900", "(9 600)"),
        ),
        widths=(150.0, 66.0, 70.0, 66.0, 60.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=2),
        Title("Socialnämnden", size=13, font="arial", after=14),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Socialnämnden redovisar för perioden januari–april ett utfall som är 1,2 mnkr högre än "
                "periodiserad budget.",
                C(
                    None,
                    "1,2 mnkr",
                    "-",
                    note="The period: a net cost above the periodised budget is negative.",
                ),
            ),
            (
                "Helårsprognosen är ett underskott på 9,6 mnkr, motsvarande 1,4 procent av nämndens budgetram. "
                "Underskottet förklaras i huvudsak av placeringar av barn och unga och av att försörjningsstödet ökar.",
                C(
                    None,
                    "9,6 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "ekonomiskt_bistand",
                    note="The full year and its reasons; the percentage of the frame is not the amount.",
                ),
            ),
        ),
        P(
            "Jämfört med prognosen i februari är det en försämring med 2,3 mnkr, som beror på nya placeringar under "
            "mars och april.",
            F(None, "2,3 mnkr", "-", "kopt_verksamhet"),
        ),
        P(
            "Belopp i tabellen anges i tusen kronor. Negativa avvikelser (underskott) anges inom parentes.",
            size=9.0,
        ),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        HP(
            "Barn och ungdom (−6,2 mnkr)",
            "Kostnaderna för placeringar i HVB och i familjehem via konsulentstödda bolag överstiger budget. Under "
            "perioden har fyra nya ungdomar placerats på grund av skyddsbehov, och vårddygnspriserna har höjts med i "
            "genomsnitt 5 procent.",
            C(
                "Barn och ungdom",
                "−6,2 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "prisokningar",
                note="The heading carries the area and the amount.",
            ),
        ),
        HP(
            "Försörjningsstöd (−6,4 mnkr)",
            "Antalet hushåll med försörjningsstöd har ökat från 1 420 i december till 1 510 i april. Ökningen beror "
            "främst på att fler har gått ur etableringsprogrammet och på att ersättningen från a-kassan har upphört "
            "för personer som varit arbetslösa länge.",
            C(
                "Försörjningsstöd",
                "−6,4 mnkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="A count against December as the reason, inside the cause item.",
            ),
        ),
        HP(
            "Vuxen (+1,7 mnkr)",
            "Överskottet beror på färre placeringar enligt LVM än budgeterat samt en vakant tjänst som 1:e "
            "socialsekreterare under våren.",
            C("Vuxen", "+1,7 mnkr", "+", "kopt_verksamhet", "volymer", "vakanser"),
        ),
        Para(
            (
                (
                    "Ett nytt boendestöd har startat tidigare än planerat, vilket ger uppstartskostnader under året.",
                    C(
                        "Socialpsykiatri",
                        "−1,0 mnkr",
                        "-",
                        "omstallning",
                        "periodisering",
                        note="The heading belongs to the cause item.",
                    ),
                ),
                (
                    "Nämnden bedömer att det är osäkert om ökningen av ärenden fortsätter under hösten.",
                    O("Socialpsykiatri", note="A risk sentence in the cause's paragraph: its own item."),
                ),
            ),
            head="Socialpsykiatri (−1,0 mnkr)",
            head_level=3,
        ),
        HP(
            "Arbetsmarknad och integration (+1,4 mnkr)",
            "Statsbidraget för mottagande av nyanlända blev högre än beräknat.",
            C("Arbetsmarknad och integration", "+1,4 mnkr", "+", "statsbidrag"),
        ),
        HP(
            "Nämnd och förvaltningsledning (+0,9 mnkr)",
            "Verksamheten redovisar ett överskott som en följd av lägre kostnader för licenser efter bytet av "
            "verksamhetssystem.",
            C("Nämnd och förvaltningsledning", "+0,9 mnkr", "+", "it_digitalisering"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört en veckovis genomgång av alla placeringar och utökat öppenvården med två "
            "familjebehandlare, vilket bedöms minska placeringskostnaderna med 1,5 mnkr under året.",
            A("Barn och ungdom", "1,5 mnkr", "kopt_verksamhet"),
        ),
        P(
            "Samverkan med arbetsmarknadsenheten kring hushåll med långvarigt försörjningsstöd förstärks från juni.",
            A("Försörjningsstöd", None, "ekonomiskt_bistand"),
        ),
        H("Jämförelse med föregående år", 2),
        P(
            "Nettokostnaden för perioden har ökat med 6,8 procent jämfört med samma period 2025, vilket främst beror "
            "på placeringarna.",
            O(None, "kopt_verksamhet", note="Net cost growth against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="botkyrka-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Botkyrka",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Botkyrka kommun"},
        style=style,
        blocks=blocks,
    )
