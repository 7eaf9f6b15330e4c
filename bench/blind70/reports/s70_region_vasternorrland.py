"""Region Västernorrland, Hälso- och sjukvårdsnämnden, verksamhetsberättelse 2025.

A region's health-care year-end report in "miljoner kronor", "mnkr" and "miljarder kronor" with en dashes as
minus signs, footer with the nämnd's meeting date in March: the result "287 miljoner kronor sämre än den
budget" (the level −412 is not the amount), the outcome against the interim forecast with its cause (a
forecast change); a result table by verksamhetsområde; headings that carry the area and amount
("Specialiserad somatisk vård –175 mnkr") in two columns, one of them with a supporting figure (the drugs'
total cost, 1,26 miljarder) as its own `other` item; a paragraph with no heading "överskred budget med 8
mnkr"; personnel costs against 2024 (other), hired staff "318 miljoner kronor, vilket är 96 miljoner kronor
mer än budgeterat" (the level is not the amount) and two kostnadsslag as a "respektive" pair; two actions
(one with an effect), investments "88 mnkr, att jämföra med en budget på 120 mnkr" (32 never written out)
and care volumes against 2024 (other). 11 scored causes. DejaVu Serif Condensed 9.5 pt with DejaVu Sans
headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, Columns, H, P, PageBreak, Para, ReportSpec, Space, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: (
            "Region Västernorrland",
            "Verksamhetsberättelse 2025 – Hälso- och sjukvårdsnämnden",
        ),
        footer=lambda n, m: ("Hälso- och sjukvårdsnämnden 2026-03-11", "Dnr 26RS187", f"{n} ({m})"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhetsområde 2025, mnkr",
        header=(("Verksamhetsområde", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Specialiserad somatisk vård", "–2 840", "–3 015", "–175"),
            ("Psykiatri", "–612", "–641", "–29"),
            ("Primärvård", "–1 104", "–1 136", "–32"),
            ("Läkemedel", "–1 205", "–1 262", "–57"),
            ("Tandvård", "–142", "–128", "14"),
            ("Gemensamt och ledning", "–220", "–228", "–8"),
            ("Summa", "–6 123", "–6 410", "–287"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        shade=(0.88, 0.92, 0.88),
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="sans-bold", after=2),
        Title("Hälso- och sjukvårdsnämnden", size=12, font="serif-cond", after=12),
        H("Ekonomiskt resultat", 2),
        P(
            "Hälso- och sjukvårdsnämnden redovisar för 2025 ett resultat på –412 miljoner kronor, vilket är 287 "
            "miljoner kronor sämre än den budget som regionfullmäktige har fastställt.",
            C(None, "287 miljoner kronor", "-", note="The level (–412) is not the amount."),
        ),
        P(
            "Resultatet är 23 mnkr bättre än prognosen i delårsrapporten. Förbättringen förklaras av att staten i "
            "december betalade ut en extra ersättning för kostnaderna för läkemedelsförmånerna.",
            F(None, "23 mnkr", "+", "statsbidrag", note="The outcome against the interim forecast."),
        ),
        table,
        Space(4),
        H("Verksamhetsområdenas resultat", 2),
        Columns(2),
        HP(
            "Specialiserad somatisk vård –175 mnkr",
            "Det största underskottet finns inom den specialiserade somatiska vården. Sjuksköterskor och läkare från "
            "bemanningsföretag har behövts för att hålla vårdplatser öppna, och kostnaderna för köpt vård från andra "
            "regioner har ökat när väntetiderna för operation varit långa.",
            C("Specialiserad somatisk vård", "–175 mnkr", "-", "inhyrd_personal", "kopt_verksamhet"),
        ),
        HP(
            "Psykiatri –29 mnkr",
            "Psykiatrin har haft svårt att rekrytera specialistläkare. Vakanserna har ersatts med hyrläkare, vilket "
            "blir dyrare än egen personal.",
            C("Psykiatri", "–29 mnkr", "-", "vakanser", "inhyrd_personal"),
        ),
        HP(
            "Primärvård –32 mnkr",
            "Ersättningen till privata hälsocentraler inom vårdvalet har ökat med fler listade invånare, och de egna "
            "hälsocentralerna har haft höga kostnader för stafettläkare.",
            C("Primärvård", "–32 mnkr", "-", "kopt_verksamhet", "volymer", "inhyrd_personal"),
        ),
        Para(
            (
                (
                    "Kostnaderna för läkemedel har ökat mer än budgeterat, framför allt för nya läkemedel mot cancer "
                    "och diabetes.",
                    C(
                        "Läkemedel",
                        "–57 mnkr",
                        "-",
                        "material_hjalpmedel",
                        note="The heading carries the amount.",
                    ),
                ),
                (
                    "Läkemedelskostnaderna uppgick totalt till 1,26 miljarder kronor.",
                    O("Läkemedel", note="A supporting figure (the total cost): other."),
                ),
            ),
            head="Läkemedel –57 mnkr",
            head_level=3,
        ),
        HP(
            "Tandvård +14 mnkr",
            "Folktandvården redovisar ett överskott tack vare högre intäkter från patientavgifter och fler behandlade "
            "vuxna patienter.",
            C("Tandvård", "+14 mnkr", "+", "avgifter_intakter", "volymer"),
        ),
        P(
            "Gemensamma kostnader och ledning överskred budget med 8 mnkr, främst genom kostnader för införandet av "
            "det nya vårdinformationssystemet.",
            C(
                "Gemensamt och ledning",
                "8 mnkr",
                "-",
                "it_digitalisering",
                note="No heading: the area is the subject.",
            ),
        ),
        PageBreak(),
        Columns(1),
        H("Kostnadsslag", 2),
        P(
            "Personalkostnaderna ökade med 5,8 procent jämfört med 2024, varav inhyrd personal stod för 1,4 "
            "procentenheter.",
            O("Personalkostnader", "inhyrd_personal", note="Growth against last year: other."),
        ),
        P(
            "Kostnaderna för inhyrd personal uppgick till 318 miljoner kronor, vilket är 96 miljoner kronor mer än "
            "budgeterat.",
            C(
                "Inhyrd personal",
                "96 miljoner kronor",
                "-",
                "inhyrd_personal",
                note="The level (318) is not the amount.",
            ),
        ),
        P(
            "Köpt vård och medicinskt material blev 41 respektive 12 miljoner kronor dyrare än budget.",
            C(
                "Köpt vård",
                "41",
                "-",
                unit="mnkr",
                note="A 'respektive' pair: two items; naming the account group gives no tag.",
                also=(C("Medicinskt material", "12 miljoner kronor", "-"),),
            ),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Omställningsplanen för hälso- och sjukvården har gett en effekt på 64 mnkr under året, främst genom "
                "minskad inhyrning och en översyn av vårdplatserna.",
                "Från 2026 gäller ett regiongemensamt stopp för inhyrda sjuksköterskor.",
            ),
            labels=(
                A(None, "64 mnkr", "inhyrd_personal", "bemanning"),
                A(None, None, "inhyrd_personal"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna i medicinteknisk utrustning uppgick till 88 mnkr, att jämföra med en budget på 120 mnkr. "
            "Flera upphandlingar av röntgenutrustning har försenats och genomförs 2026.",
            C(
                "Medicinteknisk utrustning",
                "88 mnkr, att jämföra med en budget på 120 mnkr",
                "+",
                "periodisering",
                value=32_000_000,
                note="Investment under-spending never written out: the computed 32 mnkr.",
            ),
        ),
        H("Produktion", 2),
        P(
            "Antalet vårdtillfällen ökade med 3 procent jämfört med 2024, medan antalet läkarbesök i primärvården var "
            "oförändrat.",
            O(None, "volymer", note="Volumes against last year: other."),
        ),
    ]
    return ReportSpec(
        file="region-vasternorrland-hsn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Region Västernorrland",
            "committee": ["Hälso- och sjukvårdsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Hälso- och sjukvårdsnämnden",
            "author": "Region Västernorrland",
        },
        style=style,
        blocks=blocks,
    )
