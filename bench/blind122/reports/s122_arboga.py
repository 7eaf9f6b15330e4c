"""Arboga kommun, Kommunstyrelsen, bokslut 2025 (the whole kommun).

A whole-kommun year-end report in Liberation Serif (Times) whose footer carries the kommunstyrelse's meeting
in March 2026: the year's result "8,6 miljoner kronor bättre än det budgeterade resultatet", the outcome
against the interim report's forecast (a forecast change), one sentence splitting the result into the
nämnder's "–14,2 mnkr" and the finance function's "överskott på 22,8 mnkr" (two items), a nämnd table with
deficits in brackets ("(6,3)") and last year's deviation beside it; bold run-in nämnder ending in a full stop
in varied shapes ("Överskottet på 2,1 mnkr förklaras", a reason-only deficit that takes the row's "(6,3)",
"Årets underskott, 9,7 mnkr, beror på", "Kostnaderna översteg budget med 1,3 mnkr", "Ett överskott om 0,9
mnkr", "följer i stort sett sin budget" (boilerplate)); tax revenue, then pensions and the finance net in one
sentence without "respektive" (two items, no tags); investments "44,7 mnkr under budget", two projects as a
"respektive" pair and an overrun; an action for 2026, the balanskrav and goals (others). 15 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Arboga kommun", "Bokslut 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-03-10", "Dnr KS 2026/112", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    committees = Table(
        caption="Tabell 2. Driftredovisning per nämnd 2025, mnkr (negativ avvikelse inom parentes)",
        header=(("Nämnd", "Budget", "Utfall", "Avvikelse 2025", "Avvikelse 2024"),),
        rows=(
            ("Kommunstyrelsen", "118,4", "116,3", "2,1", "1,4"),
            ("Barn- och utbildningsnämnden", "402,6", "408,9", "(6,3)", "(3,9)"),
            ("Vård- och omsorgsnämnden", "371,2", "380,9", "(9,7)", "(7,2)"),
            ("Socialnämnden", "96,5", "97,8", "(1,3)", "0,6"),
            ("Kultur- och fritidsnämnden", "44,9", "44,0", "0,9", "(0,2)"),
            ("Revisionen", "1,6", "1,5", "0,1", "0,0"),
            ("Summa nämnder", "1 035,2", "1 049,4", "(14,2)", "(9,3)"),
        ),
        widths=(160.0, 58.0, 58.0, 88.0, 86.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="arial-bold", after=2),
        Title("Arboga kommun – årsbokslut med driftredovisning", size=12, font="times-italic", after=12),
        P(
            "Bokslutet omfattar kommunens samtliga nämnder och finansförvaltningen. Det behandlas av "
            "kommunstyrelsen i mars och av kommunfullmäktige i april tillsammans med årsredovisningen."
        ),
        H("Årets resultat", 1),
        P(
            "Kommunens resultat för 2025 blev 21,4 miljoner kronor. Det är 8,6 miljoner kronor bättre än det "
            "budgeterade resultatet på 12,8 miljoner kronor.",
            C(None, "8,6 miljoner kronor", "+", note="The year's result against the budgeted result."),
        ),
        P(
            "Jämfört med prognosen i delårsrapporten blev resultatet 5,1 miljoner kronor bättre, framför allt "
            "eftersom pensionskostnaderna blev lägre än beräknat.",
            F(
                None,
                "5,1 miljoner kronor",
                "+",
                note="The outcome against the interim forecast; pensions get no tag.",
            ),
        ),
        P(
            "Nämndernas sammanlagda avvikelse mot budget blev –14,2 mnkr, medan finansförvaltningen redovisar ett "
            "överskott på 22,8 mnkr.",
            C(
                "Nämnderna",
                "–14,2 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Finansförvaltningen", "22,8 mnkr", "+", note=NO_TAG),),
            ),
        ),
        committees,
        Space(8),
        H("Nämndernas resultat", 2),
        LP(
            "Kommunstyrelsen.",
            "Överskottet på 2,1 mnkr förklaras främst av vakanta tjänster inom samhällsbyggnadsenheten och av "
            "lägre kostnader för arvoden till förtroendevalda än budgeterat.",
            C(
                "Kommunstyrelsen",
                "2,1 mnkr",
                "+",
                "vakanser",
                "ovrigt",
                note="Fees to elected members: ovrigt, as in the ninth set.",
            ),
        ),
        LP(
            "Barn- och utbildningsnämnden.",
            "Nämnden gick med underskott. Kostnaderna för tilläggsbelopp till fler elever i behov av särskilt stöd "
            "blev högre än budgeterat, skolskjutsarna blev dyrare efter den nya upphandlingen och de "
            "interkommunala ersättningarna för gymnasieelever som studerar i andra kommuner ökade.",
            C(
                "Barn- och utbildningsnämnden",
                "(6,3)",
                "-",
                "volymer",
                "prisokningar",
                "kopt_verksamhet",
                unit="mnkr",
                table=True,
                note="A reason-only deficit: the table row's cell as printed (brackets = negative).",
            ),
        ),
        LP(
            "Vård- och omsorgsnämnden.",
            "Årets underskott, 9,7 mnkr, beror på ett ökat antal beviljade hemtjänsttimmar och på att "
            "korttidsplatserna har haft full beläggning hela året. Den höga sjukfrånvaron har också bidragit "
            "genom kostnader för timvikarier.",
            C("Vård- och omsorgsnämnden", "9,7 mnkr", "-", "volymer", "sjukfranvaro", "vikarier"),
        ),
        LP(
            "Socialnämnden.",
            "Kostnaderna översteg budget med 1,3 mnkr, då ekonomiskt bistånd betalades ut till fler hushåll än "
            "beräknat. Placeringskostnaderna för barn och unga blev däremot lägre än befarat.",
            C("Socialnämnden", "1,3 mnkr", "-", "ekonomiskt_bistand", "volymer", "kopt_verksamhet"),
        ),
        LP(
            "Kultur- och fritidsnämnden.",
            "Ett överskott om 0,9 mnkr, som till största delen beror på att badhuset höll stängt i sex veckor "
            "under hösten för byte av reningsanläggning.",
            C(
                "Kultur- och fritidsnämnden",
                "0,9 mnkr",
                "+",
                "ovrigt",
                note="A closure for repair is ovrigt.",
            ),
        ),
        LP("Revisionen.", "Revisionen följer i stort sett sin budget.", BP("Revisionen")),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag blev 7,4 mnkr högre än budget, till följd av en positiv "
            "slutavräkning för 2024 och 2025.",
            C("Skatteintäkter och generella statsbidrag", "7,4 mnkr", "+", note=NO_TAG),
        ),
        P(
            "Pensionskostnaderna blev 9,8 mnkr lägre än budgeterat och finansnettot 5,6 mnkr bättre, tack vare "
            "lägre räntor på kommunens lån.",
            C(
                "Pensionskostnader",
                "9,8 mnkr",
                "+",
                note=NO_TAG + " Two areas with their own amounts in one sentence: two items.",
                also=(C("Finansnetto", "5,6 mnkr", "+", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna stannade vid 96,3 mnkr, vilket är 44,7 mnkr under budget.",
            C(
                "Investeringar",
                "44,7 mnkr",
                "+",
                note="Investment under-spending (positive), no reason given.",
            ),
        ),
        P(
            "Förskolan Lärkan och ombyggnaden av Ekbackens äldreboende svarar för 18,5 respektive 11,0 mnkr av "
            "avvikelsen, båda till följd av att upphandlingarna överprövades och byggstarterna flyttades till 2026.",
            C(
                "Förskolan Lärkan",
                "18,5",
                "+",
                "periodisering",
                unit="mnkr",
                note="Two projects as a 'respektive' pair: two items, the unit written once.",
                also=(C("Ekbackens äldreboende", "11,0 mnkr", "+", "periodisering"),),
            ),
        ),
        P(
            "Renoveringen av reningsverket blev däremot 3,2 mnkr dyrare än projektbudgeten, eftersom "
            "markförhållandena var sämre än vad förundersökningen visade.",
            C("Reningsverket", "3,2 mnkr", "-", "ovrigt", note="An investment overrun: negative."),
        ),
        H("Åtgärder och balanskrav", 2),
        PS(
            (
                "Inför 2026 har vård- och omsorgsnämnden beslutat om en handlingsplan med översyn av "
                "schemaläggningen i hemtjänsten, som ska minska kostnaderna med 4,0 mnkr.",
                A("Vård- och omsorgsnämnden", "4,0 mnkr", "bemanning"),
            ),
        ),
        P(
            "Balanskravsresultatet uppgår till 19,9 miljoner kronor och balanskravet är uppfyllt. Kommunen har "
            "inga underskott från tidigare år att återställa.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Två av fullmäktiges tre finansiella mål har uppnåtts. Målet om en självfinansieringsgrad av "
            "investeringarna på 80 procent nåddes inte, vilket beror på de stora investeringarna i vatten och "
            "avlopp.",
            O(None, note="Financial goals with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="arboga-ks-bokslut-2025.pdf",
        report={
            "municipality": "Arboga",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025", "author": "Arboga kommun"},
        style=style,
        blocks=blocks,
    )
