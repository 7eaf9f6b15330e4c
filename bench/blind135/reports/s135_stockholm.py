"""Stockholms stad, Trafiknämnden, tertialrapport 1 2026 (januari–april).

A technical committee's tertial report with the nämnd's meeting date in May and a diary number in the
footer: the full year's net cost "1 864 mnkr, vilket är 31 mnkr mer än budget" with the winter as its main
reason in the next sentence (one cause); a table in mnkr with bracketed deficits ("(54)") and a net revenue
row with negative budget and forecast; headings carrying the area and the amount in brackets with an en dash
("Vinterväghållning (–54 mnkr)", "Parkering (+14 mnkr)"), snow, frost damage and index (ovrigt, prisokningar),
higher parking revenue, postponed measures and lower capital costs from later activation (periodisering);
net cost growth against 2025 (other); investments "190 mnkr lägre än budget" after two levels and two
projects "85 respektive 40 mnkr"; an action with its effect and a winter risk with an interval (other).
Liberation Serif (Times metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 78.0, 70.0, 72.0),
        header=lambda n, m: ("Stockholms stad", "Trafiknämnden"),
        footer=lambda n, m: (
            "Tertialrapport 1 2026, sammanträde 2026-05-19",
            "Dnr T2026-00845",
            f"{n} ({m})",
        ),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 1. Budget, prognos och avvikelse per verksamhetsområde (mnkr), underskott inom parentes",
        header=(("Verksamhetsområde", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Vinterväghållning", "412", "466", "(54)"),
            ("Gatuunderhåll", "538", "549", "(11)"),
            ("Parkering, netto", "-362", "-376", "14"),
            ("Trafiksäkerhet och kollektivtrafikåtgärder", "188", "181", "7"),
            ("Gatubelysning", "201", "205", "(4)"),
            ("Kapitalkostnader", "856", "839", "17"),
            ("Summa nettokostnad", "1 833", "1 864", "(31)"),
        ),
        widths=(200.0, 78.0, 78.0, 72.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Trafiknämndens tertialrapport 1 2026", size=19, font="arial-bold", after=14),
        H("Ekonomiskt utfall och prognos", 2),
        P(
            "Trafiknämnden prognostiserar för 2026 en nettokostnad om 1 864 mnkr, vilket är 31 mnkr mer än budget. "
            "Underskottet finns framför allt inom drift och underhåll av gator, där vinterns snöröjning blev "
            "betydligt dyrare än normalt.",
            C(None, "31 mnkr", "-", "ovrigt", note="Snow is ovrigt."),
        ),
        P(
            "Nettokostnaderna ökar med 3,2 procent jämfört med bokslutet för 2025.",
            O(None, note="Net cost growth against the previous year: other."),
        ),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        HP(
            "Vinterväghållning (–54 mnkr)",
            "Januari och februari präglades av stora snömängder och många omslag mellan mildväder och kyla. Antalet "
            "utryckningar för snöröjning och halkbekämpning var nästan dubbelt så många som ett normalår, och "
            "bortforsling av snö har krävts vid flera tillfällen.",
            C("Vinterväghållning", "–54 mnkr", "-", "ovrigt"),
        ),
        HP(
            "Gatuunderhåll (–11 mnkr)",
            "Tjällossningen efter vintern har gett omfattande skador på beläggningen, och priserna i de nya "
            "underhållskontrakten har räknats upp med ett index som blev högre än stadens budgetantagande.",
            C("Gatuunderhåll", "–11 mnkr", "-", "ovrigt", "prisokningar"),
        ),
        HP(
            "Parkering (+14 mnkr)",
            "Parkeringsintäkterna ökar till följd av den nya taxan i innerstaden och fler kontrollerade fordon. "
            "Avvikelsen avser i sin helhet högre intäkter än budgeterat.",
            C("Parkering", "+14 mnkr", "+", "avgifter_intakter"),
        ),
        HP(
            "Trafiksäkerhet och kollektivtrafikåtgärder (+7 mnkr)",
            "Flera åtgärder vid busshållplatser har skjutits fram i väntan på beslut från Region Stockholm om nya "
            "linjesträckningar.",
            C("Trafiksäkerhet och kollektivtrafikåtgärder", "+7 mnkr", "+", "periodisering"),
        ),
        HP(
            "Gatubelysning (–4 mnkr)",
            "Elavtalet för gatubelysningen har omförhandlats till ett högre pris från och med februari.",
            C("Gatubelysning", "–4 mnkr", "-", "prisokningar"),
        ),
        HP(
            "Kapitalkostnader (+17 mnkr)",
            "Lägre kapitalkostnader än budgeterat beror på att flera större investeringsprojekt aktiveras senare än "
            "planerat.",
            C("Kapitalkostnader", "+17 mnkr", "+", "periodisering"),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Nämndens investeringsutgifter beräknas till 1 420 mnkr mot en budget på 1 610 mnkr, vilket är 190 "
                "mnkr lägre än budget.",
                C("Investeringar", "190 mnkr", "+", note="Under-spending after two levels: positive."),
            ),
            (
                "Projekten Cykelstråk Mälarbanan och Kajrenovering Norra etapp 2 beräknas underskrida årets budget "
                "med 85 respektive 40 mnkr, till följd av överklagade upphandlingar.",
                C(
                    "Cykelstråk Mälarbanan",
                    "85",
                    "+",
                    "periodisering",
                    unit="mnkr",
                    note="Two projects as a 'respektive' pair: two items with the same text.",
                    also=(C("Kajrenovering Norra etapp 2", "40 mnkr", "+", "periodisering"),),
                ),
            ),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Trafikkontoret har beslutat att senarelägga delar av det planerade beläggningsprogrammet till 2027 och "
            "att minska antalet konsulter i projektverksamheten, vilket beräknas minska underskottet med 12 mnkr.",
            A(None, "12 mnkr", "inhyrd_personal"),
        ),
        P(
            "Prognosen förutsätter en normal vinter under november och december. En vinter som den i början av året "
            "skulle kunna öka kostnaderna med ytterligare 30–40 mnkr.",
            O("Vinterväghållning", "ovrigt", note="A risk with an interval: other."),
        ),
    ]
    return ReportSpec(
        file="stockholm-tn-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Trafiknämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Trafiknämndens tertialrapport 1 2026", "author": "Stockholms stad"},
        style=style,
        blocks=blocks,
    )
