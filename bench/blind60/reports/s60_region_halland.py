"""Region Halland, Regionstyrelsen, månadsrapport januari–mars 2026 (the whole region, health care first).

A region's month report in Liberation Sans Narrow 10.5 pt whose table per nämnd is pasted as an image (every
amount in the prose): the period "27 mnkr sämre än budget för perioden" and the full year "110 mnkr sämre än
årsbudgeten" in two paragraphs, health care "−186 mnkr" and tax revenue "58 mnkr bättre" in one sentence (two
items), three driftnämnder "121, 52 respektive 13 mnkr" with the shared causes in the next sentence (three
items, the same text), hired staff against last year (other), drugs "3,9 procent över budget" beside the
level (amount null), bullets with "Regionstyrelsen: +12 mnkr", "överskottet på 6 mnkr kommer från" and "i nivå
med budget" (boilerplate), the change since February with a "varav", two actions, investments "240 mnkr
lägre än den beslutade investeringsramen" and sick leave against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "narrow-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Region Halland", "Månadsrapport mars 2026"),
        footer=lambda n, m: ("Regionstyrelsen 2026-04-22", "Diarienummer RS 2026-00091", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per nämnd 2026, avvikelse mot budget (mnkr)",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Driftnämnden Hallands sjukhus", "5 912", "6 033", "-121"),
            ("Driftnämnden Närsjukvård", "2 746", "2 798", "-52"),
            ("Psykiatrin Halland", "1 104", "1 117", "-13"),
            ("Regionstyrelsen", "1 386", "1 374", "12"),
            ("Regionala utvecklingsnämnden", "1 205", "1 199", "6"),
            ("Kultur- och skolnämnden", "242", "242", "0"),
            ("Finansförvaltningen", "", "", "58"),
            ("Totalt", "", "", "-110"),
        ),
        widths=(190.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport januari–mars 2026", size=18, font="arial-bold", after=2),
        Title("Region Halland", size=12, font="arial", after=12),
        H("Sammanfattning", 2),
        P(
            "Regionens ackumulerade resultat efter mars uppgår till 48 mnkr, vilket är 27 mnkr sämre än budget för "
            "perioden.",
            C(None, "27 mnkr", "-", note="The period."),
        ),
        P(
            "Resultatet prognostiseras till 95 mnkr vid årets slut, vilket är 110 mnkr sämre än årsbudgeten.",
            C(None, "110 mnkr", "-", note="The full year."),
        ),
        P(
            "Hälso- och sjukvården visar efter tre månader ett fortsatt underskott och helårsprognosen pekar på "
            "−186 mnkr, medan skatteintäkter och generella statsbidrag väntas bli 58 mnkr bättre än budgeterat.",
            C(
                "Hälso- och sjukvården",
                "−186 mnkr",
                "-",
                note="One sentence, two areas.",
                also=(
                    C(
                        "Skatteintäkter och generella statsbidrag",
                        "58 mnkr",
                        "+",
                        note="A finance item: no tag.",
                    ),
                ),
            ),
        ),
        table,
        H("Hälso- och sjukvård", 2),
        P(
            "Hallands sjukhus, Närsjukvården och Psykiatrin Halland prognostiserar underskott på 121, 52 "
            "respektive 13 mnkr. Den främsta orsaken är fortsatt höga kostnader för inhyrda läkare och "
            "sjuksköterskor, men även köpt vård från andra regioner och kostnadsutvecklingen för läkemedel bidrar.",
            C(
                "Hallands sjukhus",
                "121",
                "-",
                "inhyrd_personal",
                "kopt_verksamhet",
                "material_hjalpmedel",
                unit="mnkr",
                note="Three areas with 'respektive' amounts and shared causes: three items, the same text.",
                also=(
                    C(
                        "Närsjukvården",
                        "52",
                        "-",
                        "inhyrd_personal",
                        "kopt_verksamhet",
                        "material_hjalpmedel",
                        unit="mnkr",
                    ),
                    C(
                        "Psykiatrin Halland",
                        "13 mnkr",
                        "-",
                        "inhyrd_personal",
                        "kopt_verksamhet",
                        "material_hjalpmedel",
                    ),
                ),
            ),
        ),
        P(
            "Inhyrd personal kostade 84 mnkr under första kvartalet, 23 mnkr mer än samma period föregående år.",
            O(None, note="Against last year."),
        ),
        P(
            "Läkemedelskostnaderna uppgår till 412 mnkr för perioden, vilket är 3,9 procent över budget.",
            C(
                "Läkemedel",
                None,
                "-",
                note="A percentage beside an image table: amount null; the level is not the amount; no reason.",
            ),
        ),
        H("Övriga nämnder och regionstyrelsen", 2),
        Bullets(
            (
                "Regionstyrelsen: +12 mnkr, till stor del beroende på vakanser inom Regionkontoret och lägre "
                "IT-kostnader än planerat.",
                "Regionala utvecklingsnämnden: överskottet på 6 mnkr kommer från kollektivtrafiken, där det nya "
                "avtalet för regiontågen blivit billigare än befarat.",
                "Kultur- och skolnämnden: prognosen är i nivå med budget.",
            ),
            labels=(
                C("Regionstyrelsen", "+12 mnkr", "+", "vakanser", "it_digitalisering"),
                C("Regionala utvecklingsnämnden", "6 mnkr", "+", "prisokningar", note="A cheaper contract."),
                BP("Kultur- och skolnämnden"),
            ),
        ),
        H("Förändring mot föregående månad", 2),
        P(
            "Jämfört med februari har helårsprognosen försämrats med 22 mnkr, varav 15 mnkr avser Hallands sjukhus "
            "där bristen på vårdplatser har lett till fler överbeläggningar och ökad övertid.",
            F(None, "22 mnkr", "-", "volymer", "overtid", note="The total, not the 'varav' part."),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Regionstyrelsen har beslutat om ett stopp för nya avtal med bemanningsföretag från den 1 maj, med "
                "en beräknad helårseffekt på 40 mnkr.",
                "Driftnämnderna ska senast i juni redovisa fördjupade handlingsplaner.",
            ),
            labels=(A(None, "40 mnkr", "inhyrd_personal"), A(None)),
        ),
        H("Investeringar och personal", 2),
        Para(
            (
                (
                    "Investeringsutgifterna för januari–mars uppgår till 96 mnkr.",
                    None,
                ),
                (
                    "För helåret beräknas investeringarna bli 240 mnkr lägre än den beslutade investeringsramen på "
                    "1 150 mnkr, främst eftersom byggstarten för den nya akutmottagningen har senarelagts.",
                    C("Investeringar", "240 mnkr", "+", "periodisering"),
                ),
            )
        ),
        P(
            "Sjukfrånvaron var 6,4 procent i mars, jämfört med 6,9 procent ett år tidigare.",
            O(None, note="Against last year."),
        ),
    ]
    return ReportSpec(
        file="region-halland-rs-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Region Halland",
            "committee": ["Regionstyrelsen"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport januari-mars 2026", "author": "Region Halland"},
        style=style,
        blocks=blocks,
    )
