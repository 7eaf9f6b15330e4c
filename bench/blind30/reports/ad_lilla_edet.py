"""Lilla Edets kommun, Kommunstyrelsen (to Kommunfullmäktige), delårsrapport januari–augusti 2025.

A whole-kommun interim report in "miljoner kronor", footer with the fullmäktige meeting in October: the period's
result against the same period last year (other), then against the periodised budget with its timing reasons
(a cause), the full year "inte når upp till budget med 6,5 miljoner kronor", one sentence splitting it into the
nämnder's "−14,9" and the common items' "+8,4" (two items); a nämnd table in mnkr with hyphen-minus and a
percentage column; two columns of bold run-in nämnder whose names are the sentences' subjects ("Kommunstyrelsen
visar ett överskott …"): a reason-only Omsorgsnämnden (the table row's "-8,3"), a Socialnämnd with a "varav"
split (one item with the total), "bedöms klara sin budget" (boilerplate); the common items as taxes in one
sentence and pensions and the finance net with their own amounts in the next (three items, no tags);
investments "88 miljoner kronor av budgeterade 131 miljoner kronor" (the 43 never written out) and a project
overrun; an assignment to two nämnder (action), the balanskrav and a financial goal not met (others).
15 scored causes. DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O

NO_TAG = "A finance item: no cause tag."
LEAD = "The bold run-in nämnd name is the sentence's subject and part of the item."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 76.0, 60.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Lilla Edets kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-22", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Nämndernas prognos för helåret 2025, miljoner kronor",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse", "Avvikelse, %"),),
        rows=(
            ("Kommunstyrelsen", "96,4", "94,8", "1,6", "1,7"),
            ("Barn- och utbildningsnämnden", "412,0", "416,1", "-4,1", "-1,0"),
            ("Omsorgsnämnden", "298,5", "306,8", "-8,3", "-2,8"),
            ("Socialnämnden", "84,2", "88,9", "-4,7", "-5,6"),
            ("Samhällsbyggnadsnämnden", "52,7", "52,1", "0,6", "1,1"),
            ("Kultur- och fritidsnämnden", "27,3", "27,3", "0,0", "0,0"),
            ("Summa nämnder", "971,1", "986,0", "-14,9", "-1,5"),
        ),
        widths=(170.0, 62.0, 62.0, 70.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport 2025", size=22, font="sans-bold", after=2),
        Title("Lilla Edets kommun, perioden januari–augusti", size=12, font="sans", after=14),
        H("Förvaltningsberättelse", 1),
        H("Ekonomisk översikt", 2),
        P(
            "Periodens resultat uppgår till 38,7 miljoner kronor, att jämföra med 29,1 miljoner kronor för samma "
            "period 2024.",
            O(None, note="The period's result against the previous year, not the budget: other."),
        ),
        P(
            "Mot den periodiserade budgeten är resultatet 6,2 miljoner kronor bättre. Överskottet förklaras till stor "
            "del av att de riktade statsbidragen till äldreomsorgen och skolan har betalats ut tidigare än vad "
            "budgeten förutsatte.",
            C(
                None,
                "6,2 miljoner kronor",
                "+",
                "statsbidrag",
                "periodisering",
                note="The period against budget.",
            ),
        ),
        P(
            "Helårsprognosen landar på ett resultat om 11,5 miljoner kronor. Budgeterat resultat är 18,0 miljoner "
            "kronor, vilket gör att kommunen inte når upp till budget med 6,5 miljoner kronor.",
            C(
                None,
                "6,5 miljoner kronor",
                "-",
                note="'Inte når upp till budget med': the deviation is the amount.",
            ),
        ),
        P(
            "Av avvikelsen kommer −14,9 miljoner kronor från nämnderna och +8,4 miljoner kronor från de "
            "kommungemensamma posterna.",
            C(
                "Nämnderna",
                "−14,9 miljoner kronor",
                "-",
                note="Two parts with their own amounts in one sentence: two items.",
                also=(C("Kommungemensamma poster", "+8,4 miljoner kronor", "+", note=NO_TAG),),
            ),
        ),
        table,
        H("Nämndernas ekonomi", 2),
        Columns(2),
        LP(
            "Kommunstyrelsen",
            "visar ett överskott på 1,6 miljoner kronor. Det beror främst på att det nya avtalet för programlicenser "
            "blev billigare än budgeterat och på vakanser inom kansliet under våren.",
            C("Kommunstyrelsen", "1,6 miljoner kronor", "+", "it_digitalisering", "vakanser", note=LEAD),
        ),
        LP(
            "Barn- och utbildningsnämnden",
            "prognostiserar ett underskott på 4,1 miljoner kronor. Antalet barn i förskolan har minskat snabbare än "
            "lokalerna har kunnat avvecklas, vilket ger tomma platser med full kostnad. Samtidigt har "
            "skolskjutsarna blivit dyrare efter en ny upphandling.",
            C(
                "Barn- och utbildningsnämnden",
                "4,1 miljoner kronor",
                "-",
                "volymer",
                "lokaler",
                "prisokningar",
                note=LEAD,
            ),
        ),
        LP(
            "Omsorgsnämnden",
            "har det största underskottet bland nämnderna. Hemtjänsten har fått fler och mer omfattande beslut, och "
            "korttidsplatserna har varit överbelagda sedan i våras med köpta externa platser som följd. Även "
            "sjukfrånvaron inom särskilt boende ligger högt.",
            C(
                "Omsorgsnämnden",
                "-8,3",
                "-",
                "volymer",
                "kopt_verksamhet",
                "sjukfranvaro",
                unit="mnkr",
                table=True,
                note=LEAD + " No amount in the prose: the table row's cell.",
            ),
        ),
        LP(
            "Socialnämnden",
            "beräknas gå med ett underskott om 4,7 miljoner kronor, varav 3,0 miljoner kronor avser externa "
            "placeringar av barn och unga och 1,7 miljoner kronor ekonomiskt bistånd.",
            C(
                "Socialnämnden",
                "4,7 miljoner kronor",
                "-",
                "kopt_verksamhet",
                "ekonomiskt_bistand",
                note=LEAD + " Two 'varav' parts: one item with the total.",
            ),
        ),
        LP(
            "Samhällsbyggnadsnämnden",
            "redovisar ett överskott om 0,6 miljoner kronor. Högre intäkter från bygglov och lägre kostnader för "
            "vinterväghållning efter en mild vinter förklarar överskottet.",
            C(
                "Samhällsbyggnadsnämnden",
                "0,6 miljoner kronor",
                "+",
                "avgifter_intakter",
                "ovrigt",
                note=LEAD,
            ),
        ),
        LP(
            "Kultur- och fritidsnämnden",
            "bedöms klara sin budget.",
            BP("Kultur- och fritidsnämnden"),
        ),
        PageBreak(),
        Columns(1),
        H("Kommungemensamma poster", 2),
        PS(
            (
                "Skatteintäkterna och utjämningen beräknas bli 5,9 miljoner kronor högre än budget.",
                C("Skatteintäkter och utjämning", "5,9 miljoner kronor", "+", note=NO_TAG),
            ),
            (
                "Pensionskostnaderna blir 1,2 miljoner kronor lägre än budgeterat, och finansnettot visar en positiv "
                "avvikelse på 1,3 miljoner kronor tack vare lägre räntor på kommunens lån.",
                C(
                    "Pensionskostnader",
                    "1,2 miljoner kronor",
                    "+",
                    note=NO_TAG + " Two areas with their own amounts in one sentence: two items.",
                    also=(C("Finansnetto", "1,3 miljoner kronor", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna under perioden uppgår till 42,3 miljoner kronor. För helåret beräknas 88 miljoner "
            "kronor av budgeterade 131 miljoner kronor att användas. Den största avvikelsen gäller den nya skolan i "
            "Lödöse, där projekteringen har tagit längre tid än beräknat, och överföringsledningen för vatten och "
            "avlopp till Göta, som har fått en senare byggstart.",
            C(
                "Investeringar",
                "88 miljoner kronor av budgeterade 131 miljoner kronor",
                "+",
                "periodisering",
                value=43_000_000,
                note="Investment under-spending of 43 mnkr never written out: the computed value; the period's 42,3 "
                "is a level.",
            ),
        ),
        P(
            "Ombyggnaden av simhallen i Lilla Edet beräknas däremot överskrida projektbudgeten med 2,4 miljoner kronor, "
            "främst på grund av asbestsanering som inte var känd vid upphandlingen.",
            C(
                "Ombyggnad av simhallen",
                "2,4 miljoner kronor",
                "-",
                "ovrigt",
                note="An investment overrun; unforeseen asbestos is ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har gett Omsorgsnämnden och Socialnämnden i uppdrag att senast i november redovisa "
            "åtgärder som bringar nämndernas ekonomi i balans.",
            A(None, note="An assignment to present measures: an action without an effect."),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Balanskravsresultatet för helåret beräknas till 9,8 miljoner kronor efter justering för realisationsvinster, "
            "och balanskravet uppfylls.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Målet om att resultatet ska uppgå till minst 2 procent av skatter och statsbidrag nås inte, eftersom "
            "prognosen motsvarar 1,1 procent.",
            O(None, note="A financial goal not met: other."),
        ),
    ]
    return ReportSpec(
        file="lilla-edet-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Lilla Edet",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Lilla Edets kommun"},
        style=style,
        blocks=blocks,
    )
