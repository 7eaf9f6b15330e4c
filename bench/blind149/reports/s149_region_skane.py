"""Region Skåne, Sjukhusstyrelse Skånevård Kryh, verksamhetsberättelse 2025.

A hospital organisation's year-end report (period = the year), footer with the board's meeting in February:
the result "−212 miljoner kronor, vilket är 184 miljoner kronor sämre än budget" (a level, then the
deviation), the outcome against the interim report's forecast with its cause (a forecast change), a result
table per verksamhetsområde pasted as an image (every amount in the prose), personnel costs "2,8 procent
högre än budgeterat" with reasons (amount null), hired staff as a level then "61 miljoner kronor mer än
budgeterat", drugs and bought care "överskred budget med 38 miljoner kronor" and "blev 27 miljoner kronor
dyrare än budgeterat", revenue that "blev däremot 12 miljoner kronor högre än budget", three verksamhetsområden
"−71, −49 respektive −38 miljoner kronor" with shared causes in the next sentence, a reason-only surplus whose
amount lives only in the image (null), investments "46 miljoner kronor mot en budget på 70 miljoner kronor"
(24 never written out); an action for 2026, care volumes and sick leave against 2024 and the rule that the
deficit need not be restored (others). Liberation Sans (Arial metrics) 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O

THREE = "Three areas with 'respektive' amounts and shared causes in the next sentence: same text, same tags."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(16.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Region Skåne", "Skånevård Kryh"),
        footer=lambda n, m: ("Verksamhetsberättelse 2025", "Sjukhusstyrelsen 2026-02-19", f"{n}"),
        header_size=8.0,
    )
    image = Table(
        caption="Resultat per verksamhetsområde 2025, miljoner kronor",
        header=(("Verksamhetsområde", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Akutsjukvård", "-412", "-483", "-71"),
            ("Kirurgi", "-608", "-657", "-49"),
            ("Medicin", "-735", "-773", "-38"),
            ("Psykiatri och habilitering", "-389", "-374", "15"),
            ("Diagnostik och service", "-221", "-236", "-15"),
            ("Ledning och gemensamt", "-96", "-122", "-26"),
            ("Summa", "-2 461", "-2 645", "-184"),
        ),
        widths=(160.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="arial-bold", after=2),
        Title("Skånevård Kryh", size=13, font="arial", after=12),
        H("Året i korthet", 2),
        P(
            "Skånevård Kryh bedriver akut och planerad sjukvård vid sjukhusen i Kristianstad, Ystad och Hässleholm. "
            "Under året öppnade en ny avdelning för geriatrisk rehabilitering och väntetiderna till operation "
            "minskade för tredje året i rad."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Skånevård Kryh redovisar för 2025 ett resultat på −212 miljoner kronor, vilket är 184 miljoner kronor "
            "sämre än budget.",
            C(None, "184 miljoner kronor", "-", note="A level, then the deviation: the deviation."),
        ),
        P(
            "Utfallet är 21 miljoner kronor bättre än prognosen i delårsrapporten, främst till följd av att "
            "kostnaderna för inhyrda läkare minskade under hösten.",
            F(
                None,
                "21 miljoner kronor",
                "+",
                "inhyrd_personal",
                note="The outcome against the interim forecast.",
            ),
        ),
        P(
            "Regionfullmäktige har beslutat att sjukhusorganisationernas underskott för 2025 inte ska återställas "
            "under 2026.",
            O(None, note="A financing rule: other."),
        ),
        image,
        H("Kostnader och intäkter", 2),
        P(
            "Personalkostnaderna, inklusive inhyrd personal, blev 2,8 procent högre än budgeterat. Den största "
            "avvikelsen finns inom akutsjukvården, där övertid och extra ersättning för att täcka vakanta "
            "sjuksköterskepass har ökat.",
            C(
                "Personalkostnader",
                None,
                "-",
                "overtid",
                "vakanser",
                note="A percentage only beside an image table: amount null.",
            ),
        ),
        P(
            "Kostnaden för inhyrda läkare och sjuksköterskor uppgick till 143 miljoner kronor, 61 miljoner kronor "
            "mer än budgeterat. Beroendet av hyrläkare är störst inom psykiatrin och på akutmottagningen i Ystad, "
            "där flera specialisttjänster är vakanta.",
            C(
                "Inhyrd personal",
                "61 miljoner kronor",
                "-",
                "inhyrd_personal",
                "vakanser",
                note="A level (143), then the deviation.",
            ),
        ),
        P(
            "Läkemedelskostnaderna överskred budget med 38 miljoner kronor, framför allt till följd av fler "
            "patienter som behandlas med nya cancerläkemedel.",
            C("Läkemedel", "38 miljoner kronor", "-", "material_hjalpmedel", "volymer"),
        ),
        P(
            "Köpt vård från andra regioner och privata vårdgivare blev 27 miljoner kronor dyrare än budgeterat, "
            "eftersom fler patienter har remitterats för att vårdgarantin ska kunna hållas.",
            C("Köpt vård", "27 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        P(
            "Patientavgifter och övriga intäkter blev däremot 12 miljoner kronor högre än budget, bland annat genom "
            "fler utomlänspatienter vid ortopeden i Hässleholm.",
            C(
                "Patientavgifter och övriga intäkter",
                "12 miljoner kronor",
                "+",
                "avgifter_intakter",
                "volymer",
            ),
        ),
        H("Verksamhetsområdena", 2),
        P(
            "Verksamhetsområdena akutsjukvård, kirurgi och medicin redovisar underskott om −71, −49 respektive −38 "
            "miljoner kronor. Samtliga tre har haft hög beläggning under hela året och har behövt hyra in personal "
            "för att kunna hålla vårdplatserna öppna.",
            C(
                "Akutsjukvård",
                "−71",
                "-",
                "volymer",
                "inhyrd_personal",
                unit="mnkr",
                note=THREE,
                also=(
                    C("Kirurgi", "−49", "-", "volymer", "inhyrd_personal", unit="mnkr", note=THREE),
                    C("Medicin", "−38", "-", "volymer", "inhyrd_personal", unit="mnkr", note=THREE),
                ),
            ),
        ),
        P(
            "Inom psykiatri och habilitering blev kostnaderna för köpta vårdplatser lägre än budgeterat, och "
            "verksamhetsområdet visar därför ett överskott.",
            C(
                "Psykiatri och habilitering",
                None,
                "+",
                "kopt_verksamhet",
                note="Reason only; the amount lives only in the image: null.",
            ),
        ),
        P(
            "Antalet vårdtillfällen ökade med 3,4 procent jämfört med 2024, och antalet besök på akutmottagningarna "
            "med 5,1 procent.",
            O(None, "volymer", note="Volumes against the previous year."),
        ),
        H("Investeringar", 2),
        Para(
            (
                (
                    "Investeringarna i medicinteknisk utrustning uppgick till 46 miljoner kronor mot en budget på 70 "
                    "miljoner kronor. Upphandlingen av en ny magnetkamera till Kristianstad blev försenad och "
                    "leveransen sker först under 2026.",
                    C(
                        "Investeringar",
                        "46 miljoner kronor mot en budget på 70 miljoner kronor",
                        "+",
                        "periodisering",
                        value=24_000_000,
                        note="Investment under-spending of 24 miljoner kronor, never written out: the computed value.",
                    ),
                ),
            ),
        ),
        H("Medarbetare", 2),
        P(
            "Sjukfrånvaron var 6,1 procent, vilket är 0,4 procentenheter lägre än 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
        H("Inför 2026", 2),
        P(
            "Sjukhusstyrelsen har beslutat om en handlingsplan för att halvera kostnaderna för inhyrd personal "
            "under 2026, med en beräknad effekt på 30 miljoner kronor.",
            A(None, "30 miljoner kronor", "inhyrd_personal"),
        ),
    ]
    return ReportSpec(
        file="region-skane-kryh-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Region Skåne",
            "committee": [
                "Sjukhusstyrelse Skånevård Kryh",
                "Sjukhusstyrelsen för Skånevård Kryh",
                "Skånevård Kryh",
            ],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Skånevård Kryh", "author": "Region Skåne"},
        style=style,
        blocks=blocks,
    )
