"""Region Gävleborg, Hälso- och sjukvårdsnämnden, tertialrapport 2 2025 (januari–augusti).

A region's health-care tertial report with a header carrying the nämnd's meeting date in October: the
accumulated result and, in the next sentence, its deviation from the periodised budget (one item); the
full-year deviation with a footnote mark; an unlabelled lead-in and four bullets per kostnadsslag whose
causes run over two lines ("Inhyrd personal, −96 mnkr: …", one item each); the change since tertial 1
with two causes (one a spent reserve); a table per område in mnkr whose caption carries a second footnote
mark, with tertial 1's deviation; the two footnotes in small type (the first, on state grants left out of
the forecast, is other; the second, the sign convention, not labelled); then a bold run-in område whose
amount is in brackets after the name ("Område Medicin (−103 mnkr).", the bracket is the own amount, not
last period's); primärvården's deficit as a bare sentence and its cause in a paragraph of its own (two
items, the second with the table row's amount); a "respektive … respektive" sentence that pairs two
sub-areas with two amounts and two causes (two items); four rows without a comment; a plan to phase out
agency staff with its effect next year (action), a drug-cost risk with a range (other) and access figures
(not labelled). Liberation Sans Narrow 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(66.0, 76.0, 66.0, 72.0),
        header=lambda n, m: ("Region Gävleborg", "Hälso- och sjukvårdsnämnden 2025-10-08"),
        footer=lambda n, m: ("Tertialrapport 2 2025 | Dnr RS 2025/1187", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per område 2025, mnkr²",
        header=(("Område", "Budget", "Prognos", "Avvikelse", "Avvikelse T1"),),
        rows=(
            ("Område Kirurgi", "2 145", "2 232", "−87", "−70"),
            ("Område Medicin", "2 380", "2 483", "−103", "−95"),
            ("Område Primärvård", "1 610", "1 679", "−69", "−64"),
            ("Område Psykiatri", "905", "936", "−31", "−28"),
            ("Område Diagnostik", "512", "509", "3", "0"),
            ("Hjälpmedelscentralen", "84", "87", "−3", "−3"),
            ("Nämndgemensamt", "260", "260", "0", "10"),
            ("Summa", "7 896", "8 186", "−290", "−250"),
        ),
        widths=(170.0, 64.0, 64.0, 68.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 2 2025", size=20, font="narrow-bold"),
        Title("Hälso- och sjukvårdsnämnden, januari–augusti", size=12, font="narrow", after=12),
        H("Ekonomiskt resultat", 1),
        P(
            "Nämndens ackumulerade resultat efter augusti är −214 mnkr. Det är 198 mnkr sämre än periodiserad budget.",
            C(
                None,
                "198 mnkr",
                "-",
                note="The period result, then its deviation in the next sentence: one item.",
            ),
        ),
        P(
            "För helåret prognostiseras en negativ budgetavvikelse på 290 mnkr¹.",
            C(None, "290 mnkr", "-", note="A footnote mark after the amount; the causes follow in bullets."),
        ),
        P("Den negativa avvikelsen förklaras främst av fyra kostnadsslag:"),
        Bullets(
            (
                "Inhyrd personal, −96 mnkr: beroendet av hyrläkare inom primärvården och av hyrsjuksköterskor på "
                "vårdavdelningarna i Gävle och Hudiksvall har inte minskat som planerat.",
                "Läkemedel, −72 mnkr: kostnaderna för läkemedel inom förmånen och för rekvisitionsläkemedel inom "
                "cancervården fortsätter att öka snabbare än budgeterat.",
                "Köpt vård, −58 mnkr: fler patienter har remitterats till universitetssjukhus i andra regioner, "
                "framför allt inom thoraxkirurgi och neurokirurgi.",
                "Personalkostnader, −41 mnkr: övertid och extra ersättning för att täcka vakanta pass under sommaren, "
                "samt en lönerevision för sjuksköterskor som blev dyrare än beräknat.",
            ),
            labels=(
                C("Inhyrd personal", "−96 mnkr", "-", "inhyrd_personal"),
                C(
                    "Läkemedel",
                    "−72 mnkr",
                    "-",
                    "material_hjalpmedel",
                    note="Drug costs tagged material_hjalpmedel, as in the earlier sets.",
                ),
                C("Köpt vård", "−58 mnkr", "-", "kopt_verksamhet", "volymer"),
                C("Personalkostnader", "−41 mnkr", "-", "overtid", "vakanser", "lonekostnader"),
            ),
        ),
        P(
            "Prognosen har försämrats med 40 mnkr sedan tertial 1. Försämringen beror främst på att kostnaderna för "
            "köpt vård har fortsatt att öka och på att den reserv på 10 mnkr som fanns för nämndgemensamma kostnader "
            "har förbrukats.",
            F(None, "40 mnkr", "-", "kopt_verksamhet", "reserver", note="10 mnkr is a part (the reserve)."),
        ),
        table,
        P(
            "¹ Prognosen omfattar inte de statsbidrag för fler vårdplatser som regeringen aviserade i september.",
            O(None, "statsbidrag", note="A footnote on the forecast's method."),
            size=7.5,
        ),
        P("² Avvikelse = budget − prognos. Negativt belopp innebär underskott.", size=7.5),
        H("Kommentarer per område", 1),
        LP(
            "Område Medicin (−103 mnkr).",
            "Överbeläggningarna på medicinklinikerna har varit fler än någon gång tidigare, i genomsnitt 24 patienter "
            "per dag i augusti. Det har krävts extra personal och övertid för att hålla vårdplatserna öppna.",
            C("Område Medicin", "−103 mnkr", "-", "volymer", "bemanning", "overtid"),
        ),
        H("Område Primärvård", 2),
        P(
            "Område Primärvård prognostiserar ett underskott på 69 mnkr.",
            C(
                "Område Primärvård",
                "69 mnkr",
                "-",
                note="A bare figure; the cause follows in a paragraph of its own.",
            ),
        ),
        P(
            "Huvudorsaken är hyrläkare. Av områdets 31 vårdcentraler har nio en andel hyrläkare över 40 procent, och "
            "på två vårdcentraler i inlandet saknas fast anställd läkare helt.",
            C(
                "Område Primärvård",
                "−69",
                "-",
                "inhyrd_personal",
                "vakanser",
                unit="mnkr",
                table=True,
                note="The cause in a paragraph of its own: the amount is the table row's.",
            ),
        ),
        H("Område Psykiatri", 2),
        P(
            "Inom område Psykiatri redovisar rättspsykiatrin och barn- och ungdomspsykiatrin underskott på 18 "
            "respektive 13 mnkr, till följd av köpta vårdplatser respektive hyrläkare.",
            C(
                "Rättspsykiatrin",
                "18",
                "-",
                "kopt_verksamhet",
                unit="mnkr",
                note="'Respektive … respektive': two sub-areas paired with two amounts and two causes (two items, tags "
                "split); '18' takes its unit from '13 mnkr'.",
                also=(C("Barn- och ungdomspsykiatrin", "13 mnkr", "-", "inhyrd_personal"),),
            ),
        ),
        H("Åtgärder", 1),
        P(
            "Nämnden beslutade i juni om en plan för att fasa ut hyrpersonal. Målet är att kostnaden för inhyrd "
            "personal ska minska med 60 mnkr under 2026 jämfört med 2025. Från oktober prövas dessutom alla nya "
            "anställningar utanför vården centralt.",
            A(None, "60 mnkr", "inhyrd_personal", "bemanning", note="Its effect is for next year."),
        ),
        H("Risker", 1),
        P(
            "Den största risken i prognosen är läkemedelskostnaderna. Om fler nya cancerbehandlingar införs under "
            "hösten kan kostnaderna öka med ytterligare 10–15 mnkr.",
            O("Läkemedel", "material_hjalpmedel", note="Risk, with a range."),
        ),
        H("Tillgänglighet", 1),
        P(
            "Andelen patienter som fick ett första besök i specialiserad vård inom 90 dagar var 64 procent i augusti, "
            "mot målet 80 procent. Antalet väntande till operation var 4 120, vilket är 310 färre än vid årsskiftet."
        ),
    ]
    return ReportSpec(
        file="region-gavleborg-hsn-tertialrapport-2025-08.pdf",
        report={
            "municipality": "Region Gävleborg",
            "committee": ["Hälso- och sjukvårdsnämnden"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 2 2025 Hälso- och sjukvårdsnämnden", "author": "Region Gävleborg"},
        style=style,
        blocks=blocks,
    )
