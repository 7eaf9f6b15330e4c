"""Region Stockholm, Regionstyrelsen, tertialrapport 1 2026 (the whole region).

A region's tertial report in "miljoner kronor" and "miljarder kronor" with U+2212 signs, footer with the
regionstyrelse's meeting date in June: the period "187 miljoner kronor lägre än budget för perioden" and the
full year "−640 miljoner kronor, att jämföra med ett budgeterat resultat på 150 miljoner kronor" (790 never
written out) with its reasons in the next sentence, the change since February with a "varav" part, a table per
nämnd and styrelse with February's deviation beside April's, then plain headings: the health-care nämnd's
deficit with a percentage that is not the amount, two care providers as a "respektive" pair with shared causes
in the next sentence, a possessive "Trafiknämndens överskott", bold run-in bodies with a full stop ("bedöms
följa budget", an amount in words "tolv miljoner kronor", a reason-only surplus: the row's "+48"), the finance
function as a total followed by tax revenue and pensions joined by "medan" (three items, no tags), investments
"1,9 miljarder kronor lägre än budget", an action and balanskrav (other). Liberation Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Region Stockholm", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Regionstyrelsen 2026-06-09", "RS 2026-0311", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Avvikelse mot budget per nämnd och styrelse, miljoner kronor",
        header=(("Nämnd/styrelse", "Avvikelse april", "Avvikelse februari"),),
        rows=(
            ("Hälso- och sjukvårdsnämnden", "−420", "−340"),
            ("Karolinska Universitetssjukhuset", "−310", "−260"),
            ("Stockholms läns sjukvårdsområde", "−95", "−70"),
            ("Trafiknämnden", "+85", "+60"),
            ("Kulturnämnden", "0", "0"),
            ("Tillväxt- och regionplanenämnden", "+12", "+10"),
            ("Regionstyrelsen, egen verksamhet", "+48", "+35"),
            ("Finansförvaltningen", "−110", "+5"),
            ("Region Stockholm totalt", "−790", "−560"),
        ),
        widths=(220.0, 100.0, 110.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=2),
        Title("Region Stockholm", size=13, font="arial", after=12),
        H("Sammanfattning", 1),
        PS(
            (
                "Region Stockholms resultat för januari–april 2026 uppgår till 412 miljoner kronor, vilket är 187 "
                "miljoner kronor lägre än budget för perioden.",
                C(None, "187 miljoner kronor", "-", note="The period in a sentence of its own."),
            ),
            (
                "För helåret prognostiseras ett resultat på −640 miljoner kronor, att jämföra med ett budgeterat "
                "resultat på 150 miljoner kronor. Den negativa avvikelsen förklaras framför allt av hälso- och "
                "sjukvården, där kostnaderna för hyrpersonal, läkemedel och köpt vård fortsätter att öka snabbare än "
                "intäkterna.",
                C(
                    None,
                    "−640 miljoner kronor, att jämföra med ett budgeterat resultat på 150 miljoner kronor",
                    "-",
                    "inhyrd_personal",
                    "material_hjalpmedel",
                    "kopt_verksamhet",
                    value=790e6,
                    note="The full-year deviation (790) is never written out: the computed value. Drugs: "
                    "material_hjalpmedel.",
                ),
            ),
        ),
        P(
            "Helårsprognosen är 230 miljoner kronor sämre än i månadsrapporten för februari, varav 140 miljoner kronor "
            "avser lägre skatteintäkter enligt SKR:s aprilprognos.",
            F(None, "230 miljoner kronor", "-", note="The total, not the 'varav' part."),
        ),
        table,
        H("Hälso- och sjukvård", 2),
        P(
            "Hälso- och sjukvårdsnämnden prognostiserar ett underskott på 420 miljoner kronor. Kostnaderna för vård "
            "som köps av privata vårdgivare inom vårdvalen ökar när antalet besök ökar, och läkemedelskostnaderna "
            "beräknas bli 3,8 procent högre än budgeterat.",
            C(
                "Hälso- och sjukvårdsnämnden",
                "420 miljoner kronor",
                "-",
                "kopt_verksamhet",
                "volymer",
                "material_hjalpmedel",
                note="The percentage is not the amount.",
            ),
        ),
        P(
            "Karolinska Universitetssjukhuset och Stockholms läns sjukvårdsområde redovisar underskott på 310 "
            "respektive 95 miljoner kronor. Båda förklarar avvikelsen med höga kostnader för inhyrda sjuksköterskor "
            "och med en sjukfrånvaro som överstiger budgeterad nivå.",
            C(
                "Karolinska Universitetssjukhuset",
                "310",
                "-",
                "inhyrd_personal",
                "sjukfranvaro",
                unit="mnkr",
                note="A 'respektive' pair with the shared causes in the next sentence: two items, same tags.",
                also=(
                    C(
                        "Stockholms läns sjukvårdsområde",
                        "95 miljoner kronor",
                        "-",
                        "inhyrd_personal",
                        "sjukfranvaro",
                    ),
                ),
            ),
        ),
        H("Trafik", 2),
        P(
            "Trafiknämndens överskott på 85 miljoner kronor beror på att biljettintäkterna har ökat mer än beräknat "
            "och att energipriserna för tunnelbanan och pendeltågen har blivit lägre.",
            C("Trafiknämnden", "85 miljoner kronor", "+", "avgifter_intakter", "prisokningar"),
        ),
        H("Övriga nämnder och regionstyrelsen", 2),
        LP("Kulturnämnden.", "Verksamheten bedöms följa budget.", BP("Kulturnämnden")),
        LP(
            "Tillväxt- och regionplanenämnden.",
            "Ett överskott om tolv miljoner kronor uppstår då arbetet med den regionala utvecklingsplanen har "
            "försenats.",
            C(
                "Tillväxt- och regionplanenämnden",
                "tolv miljoner kronor",
                "+",
                "periodisering",
                value=12e6,
                note="An amount in words.",
            ),
        ),
        LP(
            "Regionstyrelsen.",
            "Styrelsens egen verksamhet visar ett positivt resultat mot budget, främst genom vakanser inom "
            "regionledningskontoret och lägre kostnader för IT-licenser.",
            C(
                "Regionstyrelsen",
                "+48",
                "+",
                "vakanser",
                "it_digitalisering",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's amount.",
            ),
        ),
        H("Finansförvaltningen", 2),
        PS(
            (
                "Finansförvaltningen avviker negativt med 110 miljoner kronor.",
                C("Finansförvaltningen", "110 miljoner kronor", "-", note=NO_TAG),
            ),
            (
                "Skatteintäkterna blir 180 miljoner kronor lägre än budget, medan pensionskostnaderna blir 70 miljoner "
                "kronor lägre än budgeterat.",
                C(
                    "Skatteintäkter",
                    "180 miljoner kronor",
                    "-",
                    note="Two finance items joined by 'medan': two items. " + NO_TAG,
                    also=(C("Pensionskostnader", "70 miljoner kronor", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutfallet för perioden är 3,1 miljarder kronor. För helåret beräknas investeringarna bli 12,4 "
            "miljarder kronor, vilket är 1,9 miljarder kronor lägre än budget, främst på grund av förseningar i "
            "utbyggnaden av tunnelbanan.",
            C("Investeringar", "1,9 miljarder kronor", "+", "periodisering", value=1.9e9),
        ),
        H("Åtgärder", 2),
        P(
            "Regionstyrelsen har gett regiondirektören i uppdrag att ta fram en åtgärdsplan som minskar beroendet av "
            "hyrpersonal med minst 150 miljoner kronor på helår.",
            A("Hälso- och sjukvård", "150 miljoner kronor", "inhyrd_personal"),
        ),
        H("Balanskrav", 2),
        P(
            "Med den prognostiserade förlusten uppfylls inte balanskravet för 2026, och underskottet behöver "
            "återställas inom tre år.",
            O(None, note="Balanskrav: other."),
        ),
    ]
    return ReportSpec(
        file="region-stockholm-rs-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Region Stockholm",
            "committee": ["Regionstyrelsen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Region Stockholm", "author": "Region Stockholm"},
        style=style,
        blocks=blocks,
    )
