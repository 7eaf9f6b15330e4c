"""Umeå kommun, Kommunstyrelsen, månadsrapport oktober 2025 (the whole kommun).

A whole-kommun month report set in Liberation Sans Narrow, footer with the kommunstyrelse's meeting date in
November: the full year as a result "38 mnkr lägre än det budgeterade resultatet" after two levels, one
sentence splitting it into the nämnder's "överskrida sina ramar med 71,4 mnkr" and the finance function's
"ett överskott på 33,4 mnkr" (two items), the change since September; a table with the deviation in
September and October side by side (en dashes as minus); en-dash bullets under a generic heading
("Ekonomiavdelningens kommentar per nämnd") in varied shapes: "har den största avvikelsen, –31,6 mnkr", a
possessive "Äldrenämndens underskott på 24,9 mnkr", "landar 12,3 mnkr över sin ram", "Inom Tekniska nämnden
kostar … mer än planerat, sammantaget –6,8 mnkr", "ett positivt utfall jämfört med budget, +4,8 mnkr",
"Gymnasienämnden: överskott 2,1 mnkr", two nämnder as a "respektive" pair with a reason each, and one that
"bedöms hålla budget" (boilerplate); the finance function as tax revenue in one sentence and pensions and the
finance net as a "respektive" pair in the next; investments "254 mnkr inte förbrukas" and a project
"överskrida projektbudgeten med 14 mnkr"; an action with its effect, the balanskrav and net cost growth
against last year with "beror på" (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("UMEÅ KOMMUN", "Månadsrapport oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-11-25", "Diarienr KS-2025/00871", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognostiserad avvikelse mot budget per nämnd, mnkr",
        header=(("Nämnd", "Avvikelse sep", "Avvikelse okt"),),
        rows=(
            ("Kommunstyrelsen", "4,5", "4,8"),
            ("Individ- och familjenämnden", "–29,8", "–31,6"),
            ("Äldrenämnden", "–23,0", "–24,9"),
            ("För- och grundskolenämnden", "–11,0", "–12,3"),
            ("Gymnasienämnden", "2,0", "2,1"),
            ("Tekniska nämnden", "–6,5", "–6,8"),
            ("Kulturnämnden", "0,0", "0,0"),
            ("Fritidsnämnden", "–1,7", "–1,9"),
            ("Byggnadsnämnden", "–1,0", "–1,2"),
            ("Miljö- och hälsoskyddsnämnden", "0,3", "0,4"),
            ("Summa nämnder", "–66,2", "–71,4"),
            ("Finansförvaltningen", "34,4", "33,4"),
            ("Totalt", "–31,8", "–38,0"),
        ),
        widths=(200.0, 90.0, 90.0),
        bold_rows=frozenset({10, 12}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Månadsrapport oktober 2025", size=20, font="narrow-bold", after=2),
        Title("Umeå kommun – Kommunstyrelsen", size=12.5, font="narrow", after=14),
        H("Sammanfattning", 2),
        P(
            "Kommunens prognostiserade resultat för 2025 är 214 mnkr, vilket är 38 mnkr lägre än det budgeterade "
            "resultatet på 252 mnkr.",
            C(None, "38 mnkr", "-", note="The full year against the budgeted result, between two levels."),
        ),
        PS(
            (
                "Nämnderna beräknas sammantaget överskrida sina ramar med 71,4 mnkr, medan finansförvaltningen "
                "väntas ge ett överskott på 33,4 mnkr.",
                C(
                    "Nämnderna",
                    "71,4 mnkr",
                    "-",
                    note="One sentence, two areas: the nämnder and the finance function.",
                    also=(C("Finansförvaltningen", "33,4 mnkr", "+", note=NO_TAG),),
                ),
            ),
            (
                "Jämfört med septemberprognosen har resultatet försämrats med 6,2 mnkr.",
                F(None, "6,2 mnkr", "-"),
            ),
        ),
        table,
        H("Ekonomiavdelningens kommentar per nämnd", 2),
        Bullets(
            (
                "Individ- och familjenämnden har den största avvikelsen, –31,6 mnkr. Köpta placeringar av barn och "
                "unga på HVB och i konsulentstödda familjehem överstiger budget, och försörjningsstödet har ökat i "
                "takt med att fler hushåll står långt från arbetsmarknaden.",
                "Äldrenämndens underskott på 24,9 mnkr förklaras av fler beviljade hemtjänsttimmar än budgeterat "
                "och av höga kostnader för sjukfrånvaro och övertid i särskilt boende.",
                "För- och grundskolenämnden landar 12,3 mnkr över sin ram. Ersättningen till fristående skolor blir "
                "högre än beräknat och tilläggsbeloppen för elever i behov av särskilt stöd fortsätter att öka.",
                "Inom Tekniska nämnden kostar vinterväghållningen mer än planerat efter den snörika inledningen av "
                "året, sammantaget –6,8 mnkr.",
                "Kommunstyrelsen visar ett positivt utfall jämfört med budget, +4,8 mnkr, tack vare vakanta tjänster "
                "inom kommunledningskontoret och lägre kostnader för IT-licenser.",
                "Gymnasienämnden: överskott 2,1 mnkr, främst högre interkommunala intäkter för elever från "
                "grannkommunerna.",
                "Fritidsnämnden och Byggnadsnämnden redovisar –1,9 respektive –1,2 mnkr, den förra på grund av "
                "högre energikostnader i simhallarna och den senare på grund av färre bygglovsärenden.",
                "Kulturnämnden bedöms hålla budget.",
            ),
            labels=(
                C(
                    "Individ- och familjenämnden",
                    "–31,6 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "ekonomiskt_bistand",
                    "volymer",
                ),
                C(
                    "Äldrenämnden",
                    "24,9 mnkr",
                    "-",
                    "volymer",
                    "sjukfranvaro",
                    "overtid",
                    note="A possessive names the area.",
                ),
                C("För- och grundskolenämnden", "12,3 mnkr", "-", "kopt_verksamhet", "volymer"),
                C(
                    "Tekniska nämnden",
                    "–6,8 mnkr",
                    "-",
                    "ovrigt",
                    note="The area after 'Inom', the amount at the end. Snow is ovrigt.",
                ),
                C("Kommunstyrelsen", "+4,8 mnkr", "+", "vakanser", "it_digitalisering"),
                C("Gymnasienämnden", "2,1 mnkr", "+", "avgifter_intakter"),
                C(
                    "Fritidsnämnden",
                    "–1,9",
                    "-",
                    "prisokningar",
                    unit="mnkr",
                    note="A 'respektive' pair with a reason each: two items, the same text.",
                    also=(C("Byggnadsnämnden", "–1,2 mnkr", "-", "avgifter_intakter", "volymer"),),
                ),
                BP("Kulturnämnden"),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkterna och de generella statsbidragen beräknas bli 18,9 mnkr högre än budgeterat, efter "
                "SKR:s skatteunderlagsprognos i oktober.",
                C("Skatteintäkter och generella statsbidrag", "18,9 mnkr", "+", note=NO_TAG),
            ),
            (
                "Pensionskostnaderna och finansnettot blir 9,6 respektive 4,9 mnkr bättre än budget.",
                C(
                    "Pensionskostnader",
                    "9,6",
                    "+",
                    unit="mnkr",
                    note=NO_TAG,
                    also=(C("Finansnetto", "4,9 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 1 120 mnkr. Prognosen är 866 mnkr, vilket innebär att 254 "
            "mnkr inte förbrukas under året. Den största avvikelsen finns inom Tekniska nämnden, där två "
            "upphandlingar av gatuombyggnader har överklagats.",
            C("Investeringar", "254 mnkr", "+", "periodisering"),
        ),
        P(
            "Ombyggnaden av kvarteret Lärkan till ny grundskola beräknas överskrida projektbudgeten med 14 mnkr "
            "till följd av markföroreningar som upptäcktes vid schaktningen.",
            C("Kvarteret Lärkan", "14 mnkr", "-", "ovrigt", note="A project overrun: negative."),
        ),
        H("Åtgärder", 2),
        P(
            "Individ- och familjenämnden och Äldrenämnden har fått i uppdrag att ta fram åtgärdsplaner. De åtgärder "
            "som hittills beslutats, bland annat en översyn av bemanningen i särskilt boende, beräknas minska "
            "underskottet med 8 mnkr i år.",
            A(None, "8 mnkr", "bemanning"),
        ),
        H("Balanskrav och kostnadsutveckling", 2),
        P(
            "Balanskravsresultatet beräknas till 196 mnkr och kommunen uppfyller därmed balanskravet.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Nettokostnaderna ökar med 5,8 procent jämfört med 2024, vilket främst beror på högre kostnader för "
            "placeringar och hemtjänst.",
            O(None, note="Net cost growth against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="umea-ks-manadsrapport-2025-10.pdf",
        report={
            "municipality": "Umeå",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport oktober 2025", "author": "Umeå kommun"},
        style=style,
        blocks=blocks,
    )
