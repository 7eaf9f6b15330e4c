"""Uppsala kommun, Gatu- och samhällsmiljönämnden, delårsrapport januari–augusti 2025 (technical).

A street and public-space committee's interim report in mnkr, footer with the nämnd's meeting date in
September: the full year "−9,0 mnkr … en negativ avvikelse mot budget med samma belopp" and the period "4,3 mnkr
bättre än periodiserad budget" with its timing reason in separate paragraphs; a kostnadsslag table whose
deviation column is positive when better than budget, with hyphen-minus; bold run-in kostnadsslag ending in a
full stop: parking revenue "3,1 mnkr högre än budget", a reason-only revenue row (the row's "-1,2"), contracts
whose snow part "8,6 mnkr" comes before the total "Sammantaget överstiger kostnaderna budget med 11,8 mnkr",
"ger ett överskott på 1,6 mnkr", "blir 2,4 mnkr lägre än budget", two kostnadsslag under one lead as a
"respektive" pair; the change since the tertial report; investments "412 mnkr jämfört med en budget på 538 mnkr.
Avvikelsen på 126 mnkr" and a bridge "7,5 mnkr dyrare än beslutad projektbudget"; an action with its effect,
the absence of equity and road kilometres against 2022 with "beror på" (others). DejaVu Serif 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Uppsala kommun", "Gatu- och samhällsmiljönämnden"),
        footer=lambda n, m: ("Delårsrapport 2025", "Nämndens sammanträde 2025-09-25", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per kostnadsslag 2025, mnkr (positiv avvikelse = bättre än budget)",
        header=(("Kostnadsslag", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Parkeringsintäkter", "96,4", "99,5", "3,1"),
            ("Övriga intäkter", "58,7", "57,5", "-1,2"),
            ("Personalkostnader", "-142,3", "-140,7", "1,6"),
            ("Köp av entreprenader", "-418,9", "-430,7", "-11,8"),
            ("Kapitalkostnader", "-196,0", "-193,6", "2,4"),
            ("Lokal- och markhyror", "-24,5", "-25,6", "-1,1"),
            ("Övriga kostnader", "-38,2", "-40,2", "-2,0"),
            ("Nettokostnad", "-664,8", "-673,8", "-9,0"),
        ),
        widths=(170.0, 75.0, 75.0, 75.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Gatu- och samhällsmiljönämnden", size=12, font="serif", after=14),
        H("Ekonomiskt resultat", 2),
        P(
            "Nämnden prognostiserar ett resultat på −9,0 mnkr för 2025, vilket innebär en negativ avvikelse mot "
            "budget med samma belopp.",
            C(None, "−9,0 mnkr", "-"),
        ),
        P(
            "Utfallet för januari–augusti är 4,3 mnkr bättre än periodiserad budget, vilket förklaras av att "
            "asfaltsbeläggningar och byten av trafiksignaler utförs under hösten.",
            C(None, "4,3 mnkr", "+", "periodisering"),
        ),
        table,
        H("Kommentarer per kostnadsslag", 3),
        LP(
            "Parkeringsintäkter.",
            "Intäkterna från gatuparkering och boendeparkering blir 3,1 mnkr högre än budget efter taxehöjningen i "
            "mars och fler avgiftsbelagda platser i Rosendal.",
            C("Parkeringsintäkter", "3,1 mnkr", "+", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Övriga intäkter.",
            "Ersättningen från exploateringsprojekt för projektledning blir lägre än beräknat, eftersom två "
            "detaljplaner har försenats.",
            C(
                "Övriga intäkter",
                "-1,2",
                "-",
                "periodisering",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        LP(
            "Köp av entreprenader.",
            "Vinterväghållningen i januari och februari, med tre stora snöfall, kostade 8,6 mnkr mer än budgeterat. "
            "Därtill har entreprenadindex för drift och underhåll ökat mer än vad som antogs i budgeten. Sammantaget "
            "överstiger kostnaderna budget med 11,8 mnkr.",
            C(
                "Köp av entreprenader",
                "11,8 mnkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="The snow part (8,6 mnkr) comes before the total: the total is the amount. Snow is ovrigt.",
            ),
        ),
        LP(
            "Personalkostnader.",
            "Vakanser inom trafikavdelningen och en senare start för två nya tjänster som trafikplanerare ger ett "
            "överskott på 1,6 mnkr.",
            C("Personalkostnader", "1,6 mnkr", "+", "vakanser", "periodisering"),
        ),
        LP(
            "Kapitalkostnader.",
            "Kapitalkostnaderna blir 2,4 mnkr lägre än budget då flera investeringsprojekt aktiveras senare än "
            "planerat.",
            C("Kapitalkostnader", "2,4 mnkr", "+", "periodisering"),
        ),
        LP(
            "Lokal- och markhyror samt övriga kostnader.",
            "Hyran för en ny förrådsdepå och kostnaderna för klotterborttagning överskrider budget med 1,1 respektive "
            "2,0 mnkr.",
            C(
                "Lokal- och markhyror",
                "1,1",
                "-",
                "lokaler",
                unit="mnkr",
                note="Two kostnadsslag under one lead as a 'respektive' pair: two items.",
                also=(
                    C("Övriga kostnader", "2,0 mnkr", "-", "ovrigt", note="Graffiti is vandalism: ovrigt."),
                ),
            ),
        ),
        P(
            "Jämfört med tertialrapporten per april har prognosen försämrats med 2,5 mnkr, vilket i sin helhet beror "
            "på entreprenadindex.",
            F(None, "2,5 mnkr", "-", "prisokningar"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsprognos är 412 mnkr jämfört med en budget på 538 mnkr. Avvikelsen på 126 mnkr beror "
            "främst på att ombyggnaden av ett centralt busstråk har överklagats.",
            C("Investeringar", "126 mnkr", "+", "periodisering"),
        ),
        P(
            "Gång- och cykelbron över Sävjaån beräknas bli 7,5 mnkr dyrare än beslutad projektbudget på grund "
            "av högre stålpriser.",
            C("Gång- och cykelbron över Sävjaån", "7,5 mnkr", "-", "prisokningar"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat att skjuta upp beläggningsprogrammets sista etapp till 2026, vilket minskar årets "
            "kostnader med 3,0 mnkr.",
            A(None, "3,0 mnkr", "periodisering"),
        ),
        H("Ekonomiska förutsättningar", 2),
        P(
            "Nämnden har inget ackumulerat överskott från tidigare år att använda, och ett underskott kommer att "
            "behöva hanteras i kommunens årsbokslut.",
            O(None, "reserver", note="Equity: other."),
        ),
        P(
            "Budgeten för vinterväghållning har varit oförändrad sedan 2022 trots att antalet kilometer väg som plogas "
            "har ökat med 9 procent, vilket beror på nya bostadsområden.",
            O(None, "volymer", note="Context against an earlier year: other."),
        ),
    ]
    return ReportSpec(
        file="uppsala-gsn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Uppsala",
            "committee": ["Gatu- och samhällsmiljönämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Gatu- och samhällsmiljönämnden",
            "author": "Uppsala kommun",
        },
        style=style,
        blocks=blocks,
    )
