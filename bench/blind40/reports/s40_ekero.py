"""Ekerö kommun, Kultur- och fritidsnämnden, verksamhetsberättelse 2025 (culture and leisure, year end).

A culture and leisure committee's year-end report in tkr, footer with the nämnd's meeting date in February:
the result "1 460 tkr lägre än den tilldelade ramen" (net costs, so a surplus), the outcome "860 tkr bättre
än prognosen i delårsrapporten" with its cause (a forecast change); a result table whose last column is each
row's comment: a comment that names its own amount ("Överskott om 720 tkr"), reason-only comments taking their
cells ("−210", "590", "230", "−370"), "I nivå med budget." (boilerplate) and a row with no comment (nothing);
investments "Återstående 1 250 tkr" of a budget with a delayed project; an action, library visits against
last year with "beror på", the rule that a surplus is not carried over, and a risk (others). Liberation Sans
Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Ekerö kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden 2026-02-17", "KFN 2026/7", f"{n}"),
        header_size=8.5,
        rule_under_header=False,
    )
    results = CommentTable(
        header=("Verksamhet", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Nämnd och förvaltning", "3 100", "2 870", "230"),
                "Lägre arvoden än budgeterat då nämnden hade färre sammanträden.",
                C(
                    "Nämnd och förvaltning",
                    "230",
                    "+",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note="Reason only: the row's cell; nämnd members' fees are ovrigt.",
                ),
            ),
            (
                ("Bibliotek", "17 400", "17 610", "−210"),
                "Högre kostnader för e-medier och licenser för det nya bibliotekssystemet.",
                C("Bibliotek", "−210", "-", "it_digitalisering", unit="tkr", table=True),
            ),
            (
                ("Kulturskola", "14 800", "14 210", "590"),
                "Intäkterna från elevavgifter blev högre när antalet elever ökade till 1 140. Två lärartjänster "
                "var vakanta under hösten.",
                C(
                    "Kulturskola",
                    "590",
                    "+",
                    "avgifter_intakter",
                    "volymer",
                    "vakanser",
                    unit="tkr",
                    table=True,
                    note="The number of pupils is not the amount: the row's cell.",
                ),
            ),
            (
                ("Fritidsgårdar", "9 300", "9 300", "0"),
                "I nivå med budget.",
                BP("Fritidsgårdar"),
            ),
            (
                ("Föreningsstöd", "11 600", "10 880", "720"),
                "Överskott om 720 tkr eftersom två föreningar flyttade till kommunala lokaler och bidragen till "
                "lokalhyror därmed minskade.",
                C(
                    "Föreningsstöd",
                    "720 tkr",
                    "+",
                    "lokaler",
                    note="The comment names its own amount: from the prose.",
                ),
            ),
            (
                ("Idrottsanläggningar", "6 200", "6 570", "−370"),
                "Energikostnaderna för ishallen blev högre än budgeterat, och skadegörelse på konstgräsplanen vid "
                "Svanängen krävde reparationer.",
                C(
                    "Idrottsanläggningar",
                    "−370",
                    "-",
                    "prisokningar",
                    "ovrigt",
                    unit="tkr",
                    table=True,
                    note="Energy costs: prisokningar; vandalism: ovrigt.",
                ),
            ),
            (("Kulturmiljö och program", "1 500", "1 000", "500"), "", None),
            (("Summa", "63 900", "62 440", "1 460"), "", None),
        ),
        widths=(118.0, 46.0, 46.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="narrow-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=13, font="narrow", after=12),
        H("Året i korthet", 2),
        P(
            "Kultur- och fritidsnämnden ansvarar för bibliotek, kulturskola, fritidsgårdar, stöd till föreningslivet "
            "och kommunens idrottsanläggningar. Under året öppnade biblioteket i Ekerö centrum med utökade "
            "öppettider, och kulturskolan startade undervisning i dans på Munsö."
        ),
        H("Årets resultat", 2),
        P(
            "Kultur- och fritidsnämndens nettokostnader blev 1 460 tkr lägre än den tilldelade ramen på 63 900 "
            "tkr.",
            C(None, "1 460 tkr", "+", note="Net costs under the frame: a surplus."),
        ),
        P(
            "Utfallet är 860 tkr bättre än prognosen i delårsrapporten per augusti, främst beroende på att "
            "föreningarnas behov av bidrag till lokalhyror blev lägre än beräknat.",
            F(None, "860 tkr", "+", "lokaler", note="The outcome against the interim forecast."),
        ),
        H("Resultat per verksamhet", 2),
        P("Belopp i tusen kronor. Positiv avvikelse innebär ett överskott mot budget.", size=9.0),
        results,
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 4 200 tkr har 2 950 tkr använts. Återstående 1 250 tkr avser den nya "
            "spontanidrottsplatsen i Stenhamra, där bygglovet försenades och arbetena flyttades till våren 2026.",
            C(
                "Investeringar",
                "1 250 tkr",
                "+",
                "periodisering",
                note="Investment under-spending stated as the remaining part of the budget.",
            ),
        ),
        H("Verksamhetsmått och framtid", 2),
        P(
            "Antalet besök på biblioteken ökade med 9 procent jämfört med 2024, vilket beror på de utökade "
            "öppettiderna i Ekerö centrum.",
            O("Bibliotek", "volymer", note="Visits against last year with 'beror på': other."),
        ),
        P(
            "Enligt kommunens regler för resultatöverföring förs överskottet inte över till 2026.",
            O(None, "reserver", note="A rule about the surplus: other."),
        ),
        P(
            "Nämnden har beslutat att se över taxorna för ishallen inför säsongen 2026/2027 för att täcka en "
            "större del av energikostnaderna.",
            A("Idrottsanläggningar", None, "avgifter_intakter"),
        ),
        P(
            "Det finns en risk att energikostnaderna för ishallen fortsätter att öka under 2026.",
            O("Idrottsanläggningar", "prisokningar", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="ekero-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Ekerö",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden", "author": "Ekerö kommun"},
        style=style,
        blocks=blocks,
    )
