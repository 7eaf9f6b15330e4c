"""Helsingborgs stad, Kulturnämnden, verksamhetsberättelse 2025.

A culture committee's year-end report in "miljoner kronor" and tkr, footer with the date it was adopted in
February: the result "ett positivt resultat på 3,2 miljoner kronor jämfört med budget" followed by the net
cost and the frame (levels), the outcome against the interim forecast with a cause and no amount (a forecast
change); a table of net costs whose deviation is budget minus outcome with hyphen-minus deficits; plain
headings over paragraphs in varied shapes: "gick med ett överskott på 3 150 tkr", a possessive "Bibliotekens
överskott på 1,1 miljoner kronor förklaras av", "blev 850 tkr dyrare än budgeterat" (water damage: ovrigt),
"Inom kulturskolan uppstod ett underskott om knappt en miljon kronor" in words, "i nivå med budget"
(boilerplate), "ett plus på 750 tkr, huvudsakligen på grund av"; investments "Det outnyttjade beloppet, 1,8
miljoner kronor" after two levels; net cost growth against 2024 with "beror på" and a request to carry part of
the surplus over (others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("serif-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 82.0, 70.0, 76.0),
        header=lambda n, m: ("Helsingborgs stad", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kulturnämnden", "Fastställd 2026-02-19", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning 2025, nettokostnad i tkr (avvikelse = budget − utfall)",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "18 400", "17 650", "750"),
            ("Bibliotek", "96 200", "95 100", "1 100"),
            ("Museer och kulturarv", "71 900", "72 750", "-850"),
            ("Scenkonst och evenemang", "64 300", "61 150", "3 150"),
            ("Kulturstöd", "28 700", "28 700", "0"),
            ("Kulturskola", "22 300", "23 250", "-950"),
            ("Summa", "301 800", "298 600", "3 200"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="serif-bold", after=3),
        Title("Kulturnämnden", size=13, font="sans", after=14),
        H("Ekonomiskt resultat", 1),
        P(
            "Kulturnämnden redovisar för 2025 ett positivt resultat på 3,2 miljoner kronor jämfört med budget. "
            "Nämndens nettokostnad blev 298,6 miljoner kronor mot en budgetram på 301,8 miljoner kronor.",
            C(None, "3,2 miljoner kronor", "+", note="The year's result against budget; the levels follow."),
        ),
        P(
            "I delårsrapporten per augusti prognostiserades ett överskott på 1,5 miljoner kronor. Att resultatet "
            "blev bättre beror främst på att evenemangsintäkterna under hösten översteg förväntan.",
            F(
                None,
                None,
                "+",
                "avgifter_intakter",
                note="The outcome against the interim forecast; the change (1,7) is never written out: null.",
            ),
        ),
        table,
        H("Verksamheternas resultat", 2),
        H("Scenkonst och evenemang", 3),
        P(
            "Scenkonst och evenemang gick med ett överskott på 3 150 tkr. Sommarens konsertserie i hamnen sålde slut "
            "samtliga kvällar, och sponsorintäkterna blev högre än beräknat.",
            C("Scenkonst och evenemang", "3 150 tkr", "+", "avgifter_intakter"),
        ),
        H("Bibliotek", 3),
        P(
            "Bibliotekens överskott på 1,1 miljoner kronor förklaras av vakanser under hösten och av att öppnandet "
            "av det nya biblioteket i Drottninghög sköts upp till 2026.",
            C(
                "Bibliotek",
                "1,1 miljoner kronor",
                "+",
                "vakanser",
                "periodisering",
                note="A possessive area.",
            ),
        ),
        H("Museer och kulturarv", 3),
        P(
            "Museiverksamheten blev 850 tkr dyrare än budgeterat. Besöksantalet har varit lägre än väntat, vilket "
            "gav lägre entréintäkter, samtidigt som en vattenskada i magasinet krävde akuta åtgärder.",
            C(
                "Museer och kulturarv",
                "850 tkr",
                "-",
                "volymer",
                "avgifter_intakter",
                "ovrigt",
                note="Water damage: ovrigt.",
            ),
        ),
        H("Kulturskola", 3),
        P(
            "Inom kulturskolan uppstod ett underskott om knappt en miljon kronor. Fler elever än budgeterat har fått "
            "plats i kör- och orkesterverksamheten, men avgifterna täcker inte merkostnaden för lärare.",
            C(
                "Kulturskola",
                "knappt en miljon kronor",
                "-",
                "volymer",
                value=1_000_000,
                note="An amount in words with 'knappt' is the stated figure (the table row says -950).",
            ),
        ),
        H("Kulturstöd", 3),
        P("Kulturstödet fördelades i sin helhet och utfallet är i nivå med budget.", BP("Kulturstöd")),
        H("Nämnd och administration", 3),
        P(
            "Administrationen redovisar ett plus på 750 tkr, huvudsakligen på grund av lägre lokalkostnader sedan "
            "kontoret flyttade till mindre ytor.",
            C("Nämnd och administration", "750 tkr", "+", "lokaler"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsramen på 6,0 miljoner kronor har 4,2 miljoner kronor använts. Det outnyttjade beloppet, "
            "1,8 miljoner kronor, avser ny scenteknik som levereras först under våren 2026.",
            C("Investeringar", "1,8 miljoner kronor", "+", "periodisering"),
        ),
        H("Jämförelse med 2024", 2),
        P(
            "Nettokostnaden ökade med 4,1 procent jämfört med 2024, vilket till stor del beror på löneökningar och "
            "högre hyror.",
            O(None, "lonekostnader", "lokaler", note="Against the previous year: other."),
        ),
        H("Resultatöverföring", 2),
        P(
            "Nämnden begär att 1,5 miljoner kronor av överskottet förs över till 2026 för att finansiera bibliotekets "
            "öppnande i Drottninghög.",
            O(None, "reserver", note="A request to carry the surplus over: other."),
        ),
    ]
    return ReportSpec(
        file="helsingborg-kn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": ["Helsingborg", "Helsingborgs stad"],
            "committee": ["Kulturnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Kulturnämnden", "author": "Helsingborgs stad"},
        style=style,
        blocks=blocks,
    )
