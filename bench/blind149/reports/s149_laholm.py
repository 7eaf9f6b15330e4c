"""Laholms kommun, Kommunstyrelsen, delårsrapport per augusti 2025 (the whole kommun).

A whole-kommun interim report, header with the kommunfullmäktige meeting in October, footer with the dnr:
the period "21,7 mnkr bättre än det periodiserade budgeterade resultatet" and the full year as "12,9 mnkr, att
jämföra med budgeterade 24,0 mnkr, en negativ budgetavvikelse på 11,1 mnkr" in separate sentences, the period
surplus's timing reason in a sentence of its own (amount null), the change since April with no cause named
(a forecast change), one sentence splitting the full year into the nämnder's "underskott på 24,3 mnkr" and the
finance function's "överskott på 13,2 mnkr"; a table per nämnd in mnkr with en dashes as minus signs
("–9,4"); bullets under a generic heading ("Ekonomiavdelningens kommentar") in varied shapes ("redovisar ett
överskott på 2,1 mnkr", "beräknas överskrida sin budgetram med 9,4 mnkr", a possessive "Socialnämndens
underskott, 14,8 mnkr" with a "varav" part, "landar 2,6 mnkr sämre än budget", "håller sin budget", "ett
litet plus, 0,4 mnkr"); tax revenue and general state grants as a "respektive" pair, pensions and the finance
net in their own sentences; investments "131,5 mnkr, vilket är 54,5 mnkr lägre än budget" and a project that
"beräknas överskrida projektbudgeten med 3,2 mnkr"; an action with its effect, the balanskrav result, a risk
and sick leave against 2024 (others). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

FIN = "A finance item: no tag."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Laholms kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("KF 2025-10-28 § 112", "Dnr 2025/0431", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per nämnd, mnkr",
        header=(("Nämnd", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "142,6", "89,3", "140,5", "2,1"),
            ("Barn- och ungdomsnämnden", "598,4", "412,7", "607,8", "–9,4"),
            ("Socialnämnden", "671,0", "466,2", "685,8", "–14,8"),
            ("Samhällsbyggnadsnämnden", "88,9", "63,5", "91,5", "–2,6"),
            ("Kultur- och fritidsnämnden", "61,2", "39,8", "61,2", "0,0"),
            ("Bygg- och miljönämnden", "14,3", "8,6", "13,9", "0,4"),
            ("Revision och valnämnd", "3,1", "1,9", "3,1", "0,0"),
            ("Summa nämnder", "1 579,5", "1 082,0", "1 603,8", "–24,3"),
        ),
        widths=(150.0, 70.0, 74.0, 70.0, 60.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    bullets = Bullets(
        items=(
            "Kommunstyrelsen redovisar ett överskott på 2,1 mnkr, främst till följd av vakanta tjänster på "
            "kommunledningskontoret och lägre kostnader för företagshälsovård än budgeterat.",
            "Barn- och ungdomsnämnden beräknas överskrida sin budgetram med 9,4 mnkr. Fler barn än planerat i "
            "förskolan och ökade kostnader för elever som går i fristående skolor och i andra kommuners skolor "
            "förklarar större delen av underskottet.",
            "Socialnämndens underskott, 14,8 mnkr, varav 3,1 mnkr avser ekonomiskt bistånd, beror i övrigt på fler "
            "externa placeringar av barn och unga och ett ökat behov av hemtjänsttimmar.",
            "Samhällsbyggnadsnämnden landar 2,6 mnkr sämre än budget. Vinterväghållningen under januari och "
            "februari blev dyrare än planerat, samtidigt som intäkterna från bygglov och planavgifter har minskat.",
            "Kultur- och fritidsnämnden håller sin budget.",
            "Bygg- och miljönämnden visar ett litet plus, 0,4 mnkr, tack vare högre intäkter från tillsynsavgifter.",
        ),
        labels=(
            C("Kommunstyrelsen", "2,1 mnkr", "+", "vakanser"),
            C("Barn- och ungdomsnämnden", "9,4 mnkr", "-", "volymer", "kopt_verksamhet"),
            C(
                "Socialnämnden",
                "14,8 mnkr",
                "-",
                "ekonomiskt_bistand",
                "kopt_verksamhet",
                "volymer",
                note="A possessive; the 'varav' part (3,1 mnkr) is not the amount.",
            ),
            C(
                "Samhällsbyggnadsnämnden",
                "2,6 mnkr",
                "-",
                "ovrigt",
                "avgifter_intakter",
                note="Snow is ovrigt.",
            ),
            BP("Kultur- och fritidsnämnden"),
            C("Bygg- och miljönämnden", "0,4 mnkr", "+", "avgifter_intakter"),
        ),
        glyph="•",
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="sans-bold", after=2),
        Title("Laholms kommun", size=12.5, font="sans", after=12),
        H("Förvaltningsberättelse i sammandrag", 2),
        P(
            "Delårsrapporten omfattar kommunens verksamheter under perioden januari till augusti och innehåller en "
            "prognos för helåret. Kommunens bolag redovisas i en separat bilaga."
        ),
        H("Resultat och prognos", 2),
        PS(
            (
                "Periodens resultat uppgår till 58,4 mnkr, vilket är 21,7 mnkr bättre än det periodiserade "
                "budgeterade resultatet.",
                C(None, "21,7 mnkr", "+", note="The period against the periodised budget."),
            ),
            (
                "Det positiva utfallet för perioden förklaras till stor del av att semesterlöneskulden ännu inte har "
                "betats av och att driftkostnaderna för flera nya anläggningar inte har börjat belasta.",
                C(
                    None,
                    None,
                    "+",
                    "periodisering",
                    "lonekostnader",
                    note="The period surplus's timing reason, apart from its amount: amount null.",
                ),
            ),
        ),
        PS(
            (
                "För helåret prognostiseras ett resultat på 12,9 mnkr, att jämföra med budgeterade 24,0 mnkr, en "
                "negativ budgetavvikelse på 11,1 mnkr.",
                C(None, "11,1 mnkr", "-", note="The full year; the levels are not the amount."),
            ),
            (
                "Jämfört med prognosen i april har helårsresultatet försämrats med 4,3 mnkr.",
                F(None, "4,3 mnkr", "-"),
            ),
        ),
        P(
            "Nämndernas samlade prognos visar ett underskott på 24,3 mnkr, medan finansförvaltningen väntas lämna ett "
            "överskott på 13,2 mnkr.",
            C(
                "Nämnderna",
                "24,3 mnkr",
                "-",
                note="One sentence, two areas: split.",
                also=(C("Finansförvaltningen", "13,2 mnkr", "+", note=FIN),),
            ),
        ),
        P(
            "Balanskravsresultatet beräknas till 10,6 mnkr efter justering för realisationsvinster vid "
            "försäljning av tomtmark.",
            O(None, note="Balanskrav: other."),
        ),
        table,
        H("Ekonomiavdelningens kommentar", 3),
        bullets,
        P(
            "Barn- och ungdomsnämnden har beslutat om en åtgärdsplan med bland annat restriktivitet vid "
            "nyanställningar, som beräknas minska underskottet med 2,5 mnkr under hösten.",
            A("Barn- och ungdomsnämnden", "2,5 mnkr", "bemanning"),
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkterna och de generella statsbidragen beräknas bli 6,1 respektive 2,4 mnkr högre än budget, "
            "enligt Sveriges Kommuner och Regioners augustiprognos.",
            C(
                "Skatteintäkter",
                "6,1",
                "+",
                unit="mnkr",
                note=FIN + " A 'respektive' pair: split.",
                also=(C("Generella statsbidrag", "2,4 mnkr", "+", note=FIN),),
            ),
        ),
        P(
            "Pensionskostnaderna blir 1,8 mnkr lägre än budgeterat, eftersom färre anställda än beräknat har valt "
            "att gå i pension under året.",
            C("Pensionskostnader", "1,8 mnkr", "+", note=FIN),
        ),
        P(
            "Finansnettot väntas bli 2,9 mnkr bättre än budget, då räntorna har sjunkit snabbare än vad som antogs "
            "när budgeten fastställdes.",
            C("Finansnetto", "2,9 mnkr", "+", note=FIN),
        ),
        P(
            "Skatteprognoserna är osäkra. Om sysselsättningen utvecklas svagare under hösten kan "
            "skatteintäkterna för 2025 bli lägre än i augustiprognosen.",
            O("Skatteintäkter", note="A risk."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna beräknas uppgå till 131,5 mnkr för helåret, vilket är 54,5 mnkr lägre än budget. "
            "Byggstarten för den nya skolan i Vallberga har flyttats till våren 2026 i väntan på detaljplanen.",
            C("Investeringar", "54,5 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        P(
            "Ombyggnaden av Glimminge simhall beräknas överskrida projektbudgeten med 3,2 mnkr till följd av "
            "fuktskador som upptäcktes under rivningsarbetet.",
            C(
                "Ombyggnaden av Glimminge simhall",
                "3,2 mnkr",
                "-",
                "ovrigt",
                note="A project overrun; damage found during the work is ovrigt.",
            ),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 6,4 procent under perioden, vilket är 0,5 procentenheter lägre än under samma "
            "period 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="laholm-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Laholm",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Laholms kommun"},
        style=style,
        blocks=blocks,
    )
