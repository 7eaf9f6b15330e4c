"""Tibro kommun, Kultur- och fritidsnämnden, verksamhetsberättelse 2025.

A culture and leisure committee's year-end report, Liberation Serif 11 pt, adopted in February 2026 (footer):
the result "ett överskott på 412 tkr jämfört med tilldelad budgetram", the outcome against the interim
report's forecast with its cause (a forecast change), net cost growth against 2024 (other); a table in tkr
with hyphen-minus separated by a space ("- 310"); plain headings whose paragraphs say the deviation in varied
ways: "överskrider sin budget med 310 tkr", a possessive "Fritidsanläggningarnas underskott på 590 tkr", a
part "520 tkr högre än budgeterat" beside a second reason (so the row's "730"), "redovisar ett överskott"
without an amount (the row's "230"), "vilket ger ett överskott på 232 tkr" after the reason, and "Övriga
verksamheter … i nivå med budget" (boilerplate); investments with "avvikelsen på 860 tkr" and a proposed
transfer of the surplus (other). 7 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.35,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Tibro kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden", "Antagen 2026-02-18", f"{n}"),
        header_size=8.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "2 150", "2 060", "90"),
            ("Bibliotek", "5 420", "5 390", "30"),
            ("Kulturskola", "6 880", "7 190", "- 310"),
            ("Allmänkultur", "3 100", "2 870", "230"),
            ("Fritidsanläggningar", "12 400", "12 990", "- 590"),
            ("Badhus", "5 600", "4 870", "730"),
            ("Föreningsbidrag", "2 300", "2 300", "0"),
            ("Fritidsgårdar", "1 100", "868", "232"),
            ("Summa", "38 950", "38 538", "412"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="arial-bold", after=3),
        Title("Kultur- och fritidsnämnden", size=13, font="times-italic", after=16),
        H("Ekonomiskt utfall", 2),
        P(
            "Kultur- och fritidsnämnden redovisar för 2025 ett överskott på 412 tkr jämfört med tilldelad "
            "budgetram på 38 950 tkr.",
            C(None, "412 tkr", "+", note="The year's result against the frame, no reason."),
        ),
        P(
            "Resultatet är 600 tkr bättre än prognosen i delårsrapporten, främst för att intäkterna från badhuset "
            "blev högre under hösten än vad som bedömdes i augusti.",
            F(None, "600 tkr", "+", "avgifter_intakter", note="The outcome against the interim forecast."),
        ),
        P(
            "Nämndens nettokostnad ökade med 4,1 procent jämfört med 2024.",
            O(None, note="Cost growth against the previous year."),
        ),
        table,
        H("Kulturskola", 3),
        P(
            "Kulturskolan överskrider sin budget med 310 tkr. Efterfrågan på instrumentundervisning har varit stor "
            "och två lärare har anställts på visstid för att korta kön.",
            C("Kulturskola", "310 tkr", "-", "volymer"),
        ),
        H("Fritidsanläggningar", 3),
        P(
            "Fritidsanläggningarnas underskott på 590 tkr förklaras av högre el- och uppvärmningskostnader i "
            "ishallen och en vattenskada i sporthallens omklädningsrum som krävde akut reparation.",
            C(
                "Fritidsanläggningar",
                "590 tkr",
                "-",
                "prisokningar",
                "ovrigt",
                note="A possessive names the area.",
            ),
        ),
        H("Badhus", 3),
        P(
            "Badhuset har haft fler besökare än något tidigare år, och intäkterna från entréer och simskola blev "
            "520 tkr högre än budgeterat. Därtill har personalkostnaderna varit lägre eftersom en badmästartjänst "
            "var vakant under våren.",
            C(
                "Badhus",
                "730",
                "+",
                "avgifter_intakter",
                "volymer",
                "vakanser",
                unit="tkr",
                table=True,
                note="The prose gives a part (520 tkr) and a second reason: the row's cell.",
            ),
        ),
        H("Allmänkultur", 3),
        P(
            "Allmänkulturen redovisar ett överskott. Två större evenemang i Centrumparken ställdes in på grund av "
            "ihållande regn, vilket gav lägre kostnader för scen och teknik.",
            C(
                "Allmänkultur",
                "230",
                "+",
                "ovrigt",
                unit="tkr",
                table=True,
                note="No amount in the prose: the row's cell. Weather: ovrigt.",
            ),
        ),
        H("Fritidsgårdar", 3),
        P(
            "Fritidsgården har haft kortare öppettider under hösten eftersom det varit svårt att rekrytera "
            "fritidsledare, vilket ger ett överskott på 232 tkr.",
            C("Fritidsgårdar", "232 tkr", "+", "vakanser", note="The amount after the reason."),
        ),
        H("Övriga verksamheter", 3),
        P(
            "Övriga verksamheter redovisar ett resultat i nivå med budget.",
            BP("Övriga verksamheter", note="Rows of 90, 30 and 0: boilerplate."),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar uppgick till 1 240 tkr av en budget på 2 100 tkr. Bytet av konstgräs på "
            "idrottsplatsens B-plan har skjutits till 2026, vilket förklarar merparten av avvikelsen på 860 tkr.",
            C("Investeringar", "860 tkr", "+", "periodisering"),
        ),
        H("Förslag till resultatöverföring", 2),
        P(
            "Nämnden föreslår att 300 tkr av överskottet förs över till 2026 för att korta kön till kulturskolan.",
            O(None, note="A proposed transfer of the surplus: financing, other."),
        ),
    ]
    return ReportSpec(
        file="tibro-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Tibro",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden", "author": "Tibro kommun"},
        style=style,
        blocks=blocks,
    )
