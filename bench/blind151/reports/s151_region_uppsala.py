"""Region Uppsala, Hälso- och sjukvårdsstyrelsen, verksamhetsberättelse 2025.

A region's health-care year-end report in "miljoner kronor" and "mnkr", footer with the styrelse's meeting date
in February: the result "312 miljoner kronor sämre än budget" and, in a sentence of its own, the outcome against
the interim forecast (a forecast change); a result table pasted as an image (no text layer: every amount lives
in the prose); bought care "överskrider budget med 148 miljoner kronor" with three causes; drugs and dental care
"avviker med −96 respektive +22 mnkr" with their separate reasons in the next sentence (two items, same text);
primary-care compensation "54 mnkr högre än budgeterat" with a retroactive rise; hjälpmedel "ett underskott på
19 mnkr" with no reason (no tag); patient transport "kostat mer än planerat" with a reason and no amount (the
cell lives only in the image, which has no text layer: null); "bedrivits inom budget" (boilerplate); hired staff against last year, an
action with an effect on a full-year basis and investments "18,6 mnkr mot en budget på 30,0 mnkr" (11,4 never
written out). DejaVu Serif Condensed 9.5 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

IMAGE = "The result table is an image, so the amount is the prose's."


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.44,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Region Uppsala", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Hälso- och sjukvårdsstyrelsen 2026-02-24", "HSS 2026-00152", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhetsområde 2025, mnkr",
        header=(("Verksamhetsområde", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Köpt vård", "-1 402", "-1 550", "-148"),
            ("Läkemedel", "-2 115", "-2 211", "-96"),
            ("Tandvård", "-386", "-364", "22"),
            ("Ersättning vårdval", "-2 760", "-2 814", "-54"),
            ("Hjälpmedel", "-318", "-337", "-19"),
            ("Sjukresor", "-142", "-159", "-17"),
            ("Övriga verksamheter", "-211", "-211", "0"),
            ("Summa nettokostnad", "-7 334", "-7 646", "-312"),
        ),
        widths=(170.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=19, font="sans-bold", after=2),
        Title("Hälso- och sjukvårdsstyrelsen", size=12, font="serif-cond", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Hälso- och sjukvårdsstyrelsen redovisar ett resultat för 2025 på −312 miljoner kronor, vilket är 312 "
            "miljoner kronor sämre än budget.",
            C(
                None,
                "312 miljoner kronor",
                "-",
                note="The result level and the deviation coincide (budget 0).",
            ),
        ),
        P(
            "Resultatet är 41 miljoner kronor bättre än prognosen i delårsrapporten per augusti.",
            F(None, "41 miljoner kronor", "+"),
        ),
        table,
        H("Verksamhetsområden", 2),
        P(
            "Köpt vård från andra regioner och privata vårdgivare överskrider budget med 148 miljoner kronor. "
            "Avvikelsen förklaras av fler remisser till Region Stockholm inom ortopedi och barnsjukvård och av "
            "höjda priser i det samverkansavtal som gäller från januari.",
            C("Köpt vård", "148 miljoner kronor", "-", "kopt_verksamhet", "volymer", "prisokningar"),
        ),
        Para(
            (
                (
                    "Läkemedel och tandvård avviker med −96 respektive +22 mnkr. Läkemedelskostnaderna drivs av nya "
                    "behandlingar inom cancer och diabetes, medan tandvårdens överskott beror på att färre vuxna än "
                    "beräknat har utnyttjat det särskilda tandvårdsstödet.",
                    C(
                        "Läkemedel",
                        "−96",
                        "-",
                        "material_hjalpmedel",
                        unit="mnkr",
                        note="A 'respektive' pair with each area's own reason in the next sentence: two items, "
                        "same text, each with its own tags.",
                        also=(C("Tandvård", "+22 mnkr", "+", "volymer"),),
                    ),
                ),
            )
        ),
        P(
            "Ersättningen till vårdcentralerna inom vårdvalet blev 54 mnkr högre än budgeterat, eftersom antalet "
            "listade invånare ökade mer än befolkningsprognosen och ersättningen per besök räknades upp retroaktivt "
            "från juli.",
            C("Ersättning vårdval", "54 mnkr", "-", "volymer", "periodisering"),
        ),
        P(
            "Hjälpmedelsverksamheten visar ett underskott på 19 mnkr.",
            C("Hjälpmedel", "19 mnkr", "-", note="No reason: naming the area gives no tag."),
        ),
        P(
            "Sjukresorna har kostat mer än planerat till följd av det nya avtalet för taxiresor.",
            C("Sjukresor", None, "-", "prisokningar", note=IMAGE + " None is given: null."),
        ),
        P("Övriga verksamheter inom styrelsen har bedrivits inom budget.", BP("Övriga verksamheter")),
        H("Personal och bemanning", 2),
        P(
            "Kostnaden för inhyrd personal inom styrelsens ansvarsområde minskade med 38 procent jämfört med 2024.",
            O(None, "inhyrd_personal", note="Against the previous year: other."),
        ),
        H("Åtgärder", 2),
        P(
            "Styrelsen har beslutat om en handlingsplan för köpt vård som bland annat innebär att fler operationer "
            "ska genomföras inom regionen. Effekten beräknas till 60 mnkr på helårsbasis från 2026.",
            A("Köpt vård", "60 mnkr", "kopt_verksamhet"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgick till 18,6 mnkr mot en budget på 30,0 mnkr. Ett nytt system för "
            "remisshantering har försenats och tas i drift först 2026.",
            C(
                "Investeringar",
                "18,6 mnkr",
                "+",
                "it_digitalisering",
                "periodisering",
                value=11.4e6,
                note="The under-spend (11,4 mnkr) is never written out: computed value, amount text as written.",
            ),
        ),
    ]
    return ReportSpec(
        file="region-uppsala-hss-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Region Uppsala",
            "committee": ["Hälso- och sjukvårdsstyrelsen"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Hälso- och sjukvårdsstyrelsen",
            "author": "Region Uppsala",
        },
        style=style,
        blocks=blocks,
    )
