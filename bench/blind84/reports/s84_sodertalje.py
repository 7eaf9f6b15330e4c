"""Södertälje kommun, Stadsbyggnadsnämnden, verksamhetsberättelse 2025.

A planning and building committee's year-end report in "mnkr" (period = the year), footer with the date the
nämnd adopted it in February: the result "-2,4 mnkr i förhållande till budget" (hyphen-minus), the outcome
against the interim forecast with its cause (a forecast change); a table with hyphen-minus deficits; headings
that carry the area and the amount in brackets ("Bygglov (-3,1 mnkr)", "Planering (+1,2 mnkr)") over
paragraphs with reasons only, a plain paragraph "gick med underskott, 0,5 mnkr, då", a reason-only surplus
that takes the row's "0,3", "Bostadsanpassning: utfallet motsvarar budget." (boilerplate); investments where
"Det återstående beloppet, 6,4 mnkr" follows two levels; a consultant action with a yearly effect, handling
times against 2024 and a request for a larger frame (others). 8 scored causes. DejaVu Serif Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(68.0, 78.0, 68.0, 72.0),
        header=lambda n, m: ("Södertälje kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Stadsbyggnadsnämnden", "Antagen 2026-02-17", f"{n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet 2025, mnkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "6,2", "5,9", "0,3"),
            ("Bygglov", "4,8", "7,9", "-3,1"),
            ("Planering", "12,4", "11,2", "1,2"),
            ("Lantmäteri", "2,1", "2,6", "-0,5"),
            ("Kart och GIS", "8,3", "7,2", "1,1"),
            ("Mark och exploatering", "3,5", "4,9", "-1,4"),
            ("Bostadsanpassning", "9,0", "9,0", "0,0"),
            ("Summa", "46,3", "48,7", "-2,4"),
        ),
        widths=(180.0, 66.0, 66.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        shade=(0.88, 0.91, 0.95),
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="serif-cond-bold", after=2),
        Title("Stadsbyggnadsnämnden", size=12, font="serif-cond", after=14),
        H("Året som gått", 2),
        P(
            "Under året antogs tolv detaljplaner, varav fyra för bostäder. Den nya e-tjänsten för bygglov togs i "
            "bruk i maj och står nu för nästan alla ansökningar."
        ),
        H("Ekonomiskt utfall", 2),
        P(
            "Stadsbyggnadsnämnden redovisar ett resultat på -2,4 mnkr i förhållande till budget för 2025.",
            C(None, "-2,4 mnkr", "-"),
        ),
        P(
            "Utfallet är 1,1 mnkr bättre än prognosen i delårsrapporten, eftersom intäkterna från planavtal ökade "
            "under hösten.",
            F(None, "1,1 mnkr", "+", "avgifter_intakter", note="The outcome against the interim forecast."),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        HP(
            "Bygglov (-3,1 mnkr)",
            "Bygglovsintäkterna har inte nått upp till budgeterad nivå. Antalet ansökningar om bygglov för nya "
            "flerbostadshus minskade kraftigt under året, medan kostnaderna för handläggning i stort sett låg kvar.",
            C(
                "Bygglov",
                "-3,1 mnkr",
                "-",
                "avgifter_intakter",
                "volymer",
                note="The heading carries the amount in brackets.",
            ),
        ),
        HP(
            "Planering (+1,2 mnkr)",
            "Överskottet beror på att fler detaljplaner än beräknat finansierades genom planavtal och att en "
            "planarkitekttjänst stod vakant under hösten.",
            C("Planering", "+1,2 mnkr", "+", "avgifter_intakter", "vakanser"),
        ),
        HP(
            "Kart och GIS (+1,1 mnkr)",
            "Licenskostnaderna för det nya GIS-systemet blev lägre än budgeterat eftersom införandet försköts till "
            "2026.",
            C("Kart och GIS", "+1,1 mnkr", "+", "it_digitalisering", "periodisering"),
        ),
        HP(
            "Mark och exploatering (-1,4 mnkr)",
            "Avvikelsen förklaras av att en planerad markförsäljning i ett verksamhetsområde inte blev av under "
            "året, samtidigt som utredningskostnaderna för förorenad mark blev högre än väntat.",
            C(
                "Mark och exploatering",
                "-1,4 mnkr",
                "-",
                "avgifter_intakter",
                "ovrigt",
                note="A land sale that did not happen is revenue, contaminated soil ovrigt.",
            ),
        ),
        P(
            "Lantmäteriet gick med underskott, 0,5 mnkr, då förrättningsintäkterna minskade i takt med att "
            "fastighetsmarknaden bromsade in.",
            C("Lantmäteri", "0,5 mnkr", "-", "avgifter_intakter", "volymer"),
        ),
        P(
            "Nämnd och ledning redovisar ett litet överskott som i huvudsak förklaras av lägre kostnader för arvoden.",
            C(
                "Nämnd och ledning",
                "0,3",
                "+",
                "ovrigt",
                unit="mnkr",
                table=True,
                note="Reason only: the row's cell. Members' fees are ovrigt.",
            ),
        ),
        LP("Bostadsanpassning:", "utfallet motsvarar budget.", BP("Bostadsanpassning")),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar uppgick till 18,6 mnkr, att jämföra med en budget på 25,0 mnkr. Det återstående "
            "beloppet, 6,4 mnkr, avser främst digitaliseringen av bygglovsarkivet som har skjutits fram.",
            C(
                "Investeringar",
                "6,4 mnkr",
                "+",
                "periodisering",
                "it_digitalisering",
                note="Investment under-spending after two levels.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har minskat antalet konsulter inom bygglov från tre till en, vilket sänker kostnaderna med "
            "cirka 1,5 mnkr per år.",
            A("Bygglov", "cirka 1,5 mnkr", "inhyrd_personal"),
        ),
        H("Nyckeltal", 2),
        P(
            "Handläggningstiden för bygglov var i genomsnitt 5,2 veckor, vilket är en förbättring jämfört med 2024 då "
            "den var 6,8 veckor.",
            O("Bygglov", note="A key figure against last year."),
        ),
        H("Framtid", 2),
        P(
            "För 2026 väntas bygglovsintäkterna ligga kvar på en låg nivå. Nämnden har därför begärt att ramen "
            "justeras med 2,0 mnkr.",
            O(None, "avgifter_intakter", note="Outlook and a request for a larger frame: other."),
        ),
    ]
    return ReportSpec(
        file="sodertalje-sbn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Södertälje",
            "committee": ["Stadsbyggnadsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Stadsbyggnadsnämnden", "author": "Södertälje kommun"},
        style=style,
        blocks=blocks,
    )
