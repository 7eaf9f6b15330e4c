"""Robertsfors kommun, Kommunstyrelsen, verksamhetsberättelse 2025.

A small kommun's year-end verksamhetsberättelse for the kommunstyrelse's own verksamheter in "mkr", footer
with the adoption date in March: the result "en nettokostnad på 118,4 mkr, vilket är 2,9 mkr lägre än
budget", the outcome against the interim forecast with the old forecast's level (a forecast change, amount
null); the result table pasted as an image (every amount lives in the prose); bold run-in verksamheter ending
in a full stop in varied shapes ("Överskott 1,4 mkr" as a fragment, "sexhundra tusen kronor" in words, the
amount in the last sentence "Netto blev utfallet 0,7 mkr bättre", "överskred budget med 1,8 mkr", "håller
budget" (boilerplate), "Överskottet på 3,2 mkr beror på"); sick leave against last year (other);
investments "Av investeringsbudgeten på 24,6 mkr har 15,9 mkr använts" (8,7 never written out) and a
project "drygt en miljon kronor dyrare"; a savings plan (action) and an outlook (other). DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

IMAGE = "The result table is an image, so the amount is the prose's."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Robertsfors kommun", "Verksamhetsberättelse 2025 – Kommunstyrelsen"),
        footer=lambda n, m: ("Antagen av kommunstyrelsen 2026-03-17", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Nettokostnad per verksamhet, mkr",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse"),),
        rows=(
            ("Kommunledning", "31,6", "30,2", "1,4"),
            ("Näringsliv och turism", "9,8", "6,6", "3,2"),
            ("Arbetsmarknadsenheten", "7,4", "8,0", "-0,6"),
            ("Kultur och fritid", "14,9", "14,2", "0,7"),
            ("Teknisk verksamhet", "42,1", "43,9", "-1,8"),
            ("Räddningstjänst", "15,5", "15,5", "0,0"),
            ("Summa", "121,3", "118,4", "2,9"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="serif-bold", after=2),
        Title("Kommunstyrelsen", size=13, font="serif", after=14),
        H("Ekonomiskt resultat", 2),
        P(
            "Kommunstyrelsens verksamheter redovisar för 2025 en nettokostnad på 118,4 mkr, vilket är 2,9 mkr lägre "
            "än budget.",
            C(None, "2,9 mkr", "+"),
        ),
        P(
            "Resultatet är bättre än prognosen i delårsrapporten, som pekade på ett överskott om 1,1 mkr.",
            F(None, None, "+", note="The interim forecast's level (1,1 mkr) is not the change: amount null."),
        ),
        table,
        H("Verksamheternas resultat", 2),
        LP(
            "Kommunledning.",
            "Överskott 1,4 mkr, främst till följd av att tjänsten som näringslivschef var vakant i sju månader och att "
            "kommunens centrala utvecklingsbuffert inte förbrukades.",
            C("Kommunledning", "1,4 mkr", "+", "vakanser", "reserver"),
        ),
        LP(
            "Näringsliv och turism.",
            "Överskottet på 3,2 mkr beror på att medfinansieringen till två EU-projekt inte har betalats ut, eftersom "
            "projekten har försenats till 2026.",
            C("Näringsliv och turism", "3,2 mkr", "+", "periodisering"),
        ),
        LP(
            "Arbetsmarknadsenheten.",
            "Enheten redovisar ett underskott på sexhundra tusen kronor. Statsbidraget för extratjänster minskade "
            "kraftigt under året, samtidigt som personalen behölls för att klara uppdraget från Arbetsförmedlingen.",
            C(
                "Arbetsmarknadsenheten",
                "sexhundra tusen kronor",
                "-",
                "statsbidrag",
                value=600e3,
                note="An amount in words.",
            ),
        ),
        LP(
            "Kultur och fritid.",
            "Badhuset var stängt i tio veckor under våren för byte av reningsanläggning, vilket gav lägre personal- "
            "och driftkostnader men också lägre entréintäkter. Netto blev utfallet 0,7 mkr bättre än budgeterat.",
            C(
                "Kultur och fritid",
                "0,7 mkr",
                "+",
                "ovrigt",
                "avgifter_intakter",
                note="The amount in the last sentence; a closure for repairs is ovrigt.",
            ),
        ),
        LP(
            "Teknisk verksamhet.",
            "Den tekniska verksamheten överskred budget med 1,8 mkr. Snöröjningen i januari och februari, reparationer "
            "av vägbelysningen efter stormen i oktober och dyrare drivmedel till maskinparken förklarar underskottet.",
            C(
                "Teknisk verksamhet",
                "1,8 mkr",
                "-",
                "ovrigt",
                "material_hjalpmedel",
                note="Snow and storm damage are ovrigt; fuel is material_hjalpmedel.",
            ),
        ),
        LP("Räddningstjänst.", "Räddningstjänsten håller budget.", BP("Räddningstjänst")),
        H("Personal", 2),
        P(
            "Sjukfrånvaron bland kommunstyrelsens medarbetare minskade till 5,2 procent, från 6,0 procent 2024.",
            O(None, note="Sick leave against the previous year: other."),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 24,6 mkr har 15,9 mkr använts. Det är framför allt VA-projektet i Ånäset som "
            "har förskjutits, efter att entreprenören begärt förlängd tid.",
            C(
                "Investeringar",
                "24,6 mkr har 15,9 mkr",
                "+",
                "periodisering",
                value=8.7e6,
                note="An under-spend never written out: the computed 8,7 mkr, the amount text as written.",
            ),
        ),
        P(
            "Ombyggnaden av skolköket i Bygdeå blev drygt en miljon kronor dyrare än kalkylerat på grund av "
            "asbestsanering.",
            C(
                "Ombyggnaden av skolköket i Bygdeå",
                "drygt en miljon kronor",
                "-",
                "ovrigt",
                value=1e6,
                note="A project overrun in words: the stated figure.",
            ),
        ),
        H("Framåtblick", 2),
        P(
            "Inför 2026 ska kommunstyrelsen spara 2,0 mkr genom att samordna lokalvården och minska antalet fordon.",
            A(None, "2,0 mkr", "material_hjalpmedel"),
        ),
        P(
            "Det ekonomiska läget för 2026 är osäkert, bland annat på grund av lägre skatteintäkter än tidigare "
            "beräknat.",
            O(None, note="An outlook: other."),
        ),
    ]
    return ReportSpec(
        file="robertsfors-ks-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Robertsfors",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Kommunstyrelsen", "author": "Robertsfors kommun"},
        style=style,
        blocks=blocks,
    )
