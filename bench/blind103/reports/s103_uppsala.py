"""Uppsala kommun, Omsorgsnämnden, tertialrapport 1 2026 (per april).

A disability-services committee's tertial report in mnkr, footer with the nämnd's meeting date in May and a
diarienummer: the period "6,8 mnkr sämre än periodens budget" and the full year "ett underskott om 18,5
mnkr" with its reason in the next sentence (two items), a reading note that puts deficits in brackets and a
table that does so ("(14,2)"); bold run-in verksamheter with a colon: a reason-only deficit (the row's
"(14,2)"), "Underskottet på 3,1 mnkr beror på", an amount at the end after an en dash ("Prognosen är –5,2
mnkr."), a reason-only surplus (the row's "2,3"), "Bedöms hålla budget." beside a row of 0,7 (boilerplate) and
"Överskottet om 1,0 mnkr kommer av"; the change since February with a court ruling as its cause; two
kostnadsslag in one sentence with "medan" (two items, no tags); investments that "kommer inte att förbrukas
fullt ut" (amount null); an action with its effect and a grant that
finances higher rates (other). DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 80.0, 66.0, 76.0),
        header=lambda n, m: ("Uppsala kommun", "Omsorgsförvaltningen"),
        footer=lambda n, m: ("Omsorgsnämnden 2026-05-27", "Dnr OMN-2026-00184", f"{n} ({m})"),
        header_size=8.0,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, mnkr",
        header=(("Verksamhet", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Bostad med särskild service", "812,4", "826,6", "(14,2)"),
            ("Daglig verksamhet", "198,0", "201,1", "(3,1)"),
            ("Personlig assistans", "164,7", "169,9", "(5,2)"),
            ("Korttidsvistelse", "71,3", "69,0", "2,3"),
            ("Socialpsykiatri", "122,5", "121,8", "0,7"),
            ("Myndighetsutövning och ledning", "88,6", "87,6", "1,0"),
            ("Summa", "1 457,5", "1 476,0", "(18,5)"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="sans-bold", after=2),
        Title("Omsorgsnämnden", size=12.5, font="sans", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Omsorgsnämndens resultat efter april är 6,8 mnkr sämre än periodens budget.",
                C(None, "6,8 mnkr", "-", note="The period in a sentence of its own: its own item."),
            ),
            (
                "Helårsprognosen är ett underskott om 18,5 mnkr. Underskottet förklaras till största delen av att "
                "antalet beslut om bostad med särskild service enligt LSS har ökat snabbare än nämndens budget medger.",
                C(None, "18,5 mnkr", "-", "volymer"),
            ),
        ),
        P("Negativa avvikelser anges inom parentes.", size=8.5),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Bostad med särskild service:",
            "Sedan årsskiftet har nio nya beslut om gruppbostad verkställts, varav fyra genom köpta platser hos "
            "privata utförare. Därtill har två nya gruppbostäder i Gunsta och Storvreta öppnat med hyror över "
            "budget.",
            C(
                "Bostad med särskild service",
                "(14,2)",
                "-",
                "volymer",
                "kopt_verksamhet",
                "lokaler",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's cell, a deficit in brackets.",
            ),
        ),
        LP(
            "Daglig verksamhet:",
            "Underskottet på 3,1 mnkr beror på fler deltagare med omfattande stödbehov, som kräver högre "
            "personaltäthet.",
            C("Daglig verksamhet", "3,1 mnkr", "-", "volymer", "bemanning"),
        ),
        LP(
            "Personlig assistans:",
            "Försäkringskassan har omprövat assistansersättningen för sju brukare, och kommunen bär nu kostnaden "
            "för en större del av timmarna. Prognosen är –5,2 mnkr.",
            C(
                "Personlig assistans",
                "–5,2 mnkr",
                "-",
                "ersattning_fk",
                note="The amount comes last, en dash.",
            ),
        ),
        LP(
            "Korttidsvistelse:",
            "Verksamheten beräknas gå med överskott, eftersom korttidshemmet på Kvarngärdet har haft lägre "
            "beläggning under ombyggnaden.",
            C(
                "Korttidsvistelse",
                "2,3",
                "+",
                "volymer",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        LP("Socialpsykiatri:", "Bedöms hålla budget.", BP("Socialpsykiatri", note="0,7 in the table.")),
        LP(
            "Myndighetsutövning och ledning:",
            "Överskottet om 1,0 mnkr kommer av två vakanta handläggartjänster.",
            C("Myndighetsutövning och ledning", "1,0 mnkr", "+", "vakanser"),
        ),
        P(
            "Jämfört med februariprognosen har underskottet ökat med 2,6 mnkr, som en följd av två domar i "
            "förvaltningsrätten om insatser inom personlig assistans.",
            F(None, "2,6 mnkr", "-", "ovrigt", note="Court rulings: ovrigt."),
        ),
        H("Kostnadsslag", 2),
        P(
            "Personalkostnaderna överstiger budget med 9,4 mnkr, medan köp av verksamhet ligger 7,7 mnkr över "
            "budget.",
            C(
                "Personalkostnader",
                "9,4 mnkr",
                "-",
                note="Two kostnadsslag in one sentence: two items; naming the account group gives no tag.",
                also=(C("Köp av verksamhet", "7,7 mnkr", "-"),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för inventarier till de nya gruppbostäderna kommer inte att förbrukas fullt ut, "
            "eftersom inflyttningen i Storvreta har försenats till hösten.",
            C(
                "Investeringar",
                None,
                "+",
                "periodisering",
                note="Investment under-spending with no amount anywhere: null.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har tagit fram en åtgärdsplan med målet att minska behovet av köpta platser med sex "
            "platser under hösten, till en beräknad effekt av 3,5 mnkr på helår.",
            A("Bostad med särskild service", "3,5 mnkr", "kopt_verksamhet"),
        ),
        H("Finansiering", 2),
        P(
            "Statsbidraget för habiliteringsersättning, 4,2 mnkr, har rekvirerats och täcker de höjda "
            "ersättningsnivåerna inom daglig verksamhet.",
            O("Daglig verksamhet", "statsbidrag", note="A grant that finances a decision: other."),
        ),
    ]
    return ReportSpec(
        file="uppsala-omn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Uppsala",
            "committee": ["Omsorgsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Omsorgsnämnden", "author": "Uppsala kommun"},
        style=style,
        blocks=blocks,
    )
