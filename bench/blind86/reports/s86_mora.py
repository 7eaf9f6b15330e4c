"""Mora kommun, Socialnämnden, månadsrapport maj 2026.

A social committee's month report set in Arial Narrow, header with the arbetsutskott's meeting in June: the
full year "ett underskott på 6 950 tkr" and the period "2,6 mnkr högre än periodiserad budget" (a net cost
over the periodised budget: negative) in separate sentences, a share of the budget used against a
benchmark (other), the change since April with its cause; a reading note that declares brackets for
deficits and a table in tkr ("(4 200)"); bold run-in verksamheter ending in a colon: "Kostnaderna för externa
placeringar överstiger budget med 4,2 mnkr", two verksamheter in one lead as a "respektive" pair ("1,4
respektive 2,2 mnkr") with a cause each, "drygt en miljon kronor" in words, a reason-only deficit (the
row's "(800)") and "ger ett överskott på 550 tkr"; premises and IT that "följer budget" (boilerplate); two
actions (one with "cirka 900 tkr", one without an amount) and reports of concern against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Mora kommun, Socialförvaltningen", "Socialnämndens arbetsutskott 2026-06-09"),
        footer=lambda n, m: ("", f"{n}", ""),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Ekonomisk uppföljning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–maj", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "14 200", "5 600", "13 650", "550"),
            ("Barn och familj", "48 900", "22 300", "53 100", "(4 200)"),
            ("Vuxen och missbruk", "21 300", "9 500", "22 700", "(1 400)"),
            ("Ekonomiskt bistånd", "26 800", "12 300", "29 000", "(2 200)"),
            ("Arbetsmarknad och integration", "17 600", "6 800", "16 500", "1 100"),
            ("Funktionsstöd och socialpsykiatri", "72 400", "30 900", "73 200", "(800)"),
            ("Summa", "201 200", "87 400", "208 150", "(6 950)"),
        ),
        widths=(150.0, 64.0, 68.0, 64.0, 60.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport maj 2026", size=18, font="narrow-bold", after=2),
        Title("Socialnämnden", size=12.5, font="narrow", after=12),
        H("Sammanfattning", 2),
        PS(
            (
                "Socialnämndens prognos för 2026 är ett underskott på 6 950 tkr.",
                C(None, "6 950 tkr", "-"),
            ),
            (
                "Utfallet för perioden är 2,6 mnkr högre än periodiserad budget.",
                C(
                    None,
                    "2,6 mnkr",
                    "-",
                    note="A net cost above the periodised budget: a negative period deviation, its own sentence.",
                ),
            ),
            (
                "Efter maj har nämnden förbrukat 43,4 procent av budgeten, jämfört med riktvärdet 41,7 procent.",
                O(None, note="A share of the budget against a benchmark: a supporting figure."),
            ),
        ),
        P(
            "Prognosen har försämrats med 1 300 tkr sedan april, vilket beror på två nya placeringar av ungdomar på "
            "HVB.",
            F(None, "1 300 tkr", "-", "kopt_verksamhet", "volymer"),
        ),
        P("Negativa avvikelser redovisas inom parentes.", size=9.0),
        table,
        H("Kommentarer till prognosen", 2),
        LP(
            "Barn och familj:",
            "Kostnaderna för externa placeringar överstiger budget med 4,2 mnkr. Sedan årsskiftet har antalet "
            "placerade barn i familjehem ökat från 14 till 19, och två ungdomar är placerade på HVB med förstärkt "
            "bemanning.",
            C("Barn och familj", "4,2 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Vuxen och missbruk samt ekonomiskt bistånd:",
            "Verksamheterna visar underskott på 1,4 respektive 2,2 mnkr. Fler vuxna med missbruk har behövt placeras "
            "på behandlingshem, och försörjningsstödet ökar när fler hushåll saknar arbetsinkomst.",
            C(
                "Vuxen och missbruk",
                "1,4",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="mnkr",
                note="Two verksamheter in one lead as a 'respektive' pair, each with its own cause in the next "
                "sentence: each item takes the tags of its own cause.",
                also=(C("Ekonomiskt bistånd", "2,2 mnkr", "-", "ekonomiskt_bistand", "volymer"),),
            ),
        ),
        LP(
            "Arbetsmarknad och integration:",
            "Ett överskott på drygt en miljon kronor väntas, eftersom statsbidraget för extratjänster blev större än "
            "beräknat och två handledartjänster inte har tillsatts.",
            C(
                "Arbetsmarknad och integration",
                "drygt en miljon kronor",
                "+",
                "statsbidrag",
                "vakanser",
                value=1e6,
                note="An amount in words is the stated figure (the row says 1 100).",
            ),
        ),
        LP(
            "Funktionsstöd och socialpsykiatri:",
            "Ett nytt boendestöd har startat i Noret och kostnaderna för personal under uppstarten har blivit högre "
            "än beräknat.",
            C(
                "Funktionsstöd och socialpsykiatri",
                "(800)",
                "-",
                "omstallning",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell in brackets.",
            ),
        ),
        LP(
            "Nämnd och administration:",
            "Lägre kostnader för nämndens arvoden och en vakant tjänst som nämndsekreterare ger ett överskott på "
            "550 tkr.",
            C(
                "Nämnd och administration",
                "550 tkr",
                "+",
                "vakanser",
                "ovrigt",
                note="Members' fees are ovrigt.",
            ),
        ),
        P("Kostnaderna för lokaler och IT följer budget.", BP("Lokaler och IT")),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har startat ett eget utslussboende för unga vuxna i Färnäs, som väntas minska kostnaderna "
            "för köpta platser med cirka 900 tkr i år.",
            A("Vuxen och missbruk", "cirka 900 tkr", "kopt_verksamhet"),
        ),
        P(
            "Arbetet med att korta tiden till egen försörjning för hushåll med försörjningsstöd fortsätter "
            "tillsammans med arbetsmarknadsenheten.",
            A("Ekonomiskt bistånd", None, "ekonomiskt_bistand"),
        ),
        H("Verksamhetens utveckling", 2),
        P(
            "Antalet orosanmälningar under januari–maj var 412, att jämföra med 356 under samma period 2025. "
            "Ökningen beror delvis på ett nytt samarbete med skolorna.",
            O("Barn och familj", "volymer", note="Reports of concern against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="mora-sn-manadsrapport-2026-05.pdf",
        report={
            "municipality": "Mora",
            "committee": ["Socialnämnden"],
            "period": ["2026-05"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport maj 2026 Socialnämnden", "author": "Mora kommun"},
        style=style,
        blocks=blocks,
    )
