"""Degerfors kommun, Socialnämnden, tjänsteskrivelse om ekonomisk uppföljning per maj 2026.

A tjänsteskrivelse dated in June whose result is mostly elderly care, in "mkr" with U+2212 minus signs in the
headings: an unlabelled decision proposal, the full year "ett underskott på 5,1 mkr jämfört med budget" with
where it lies in the next sentence (one item), the period "en negativ avvikelse mot periodiserad budget om 2,3
mkr", the change since April with its cause; headings that carry the verksamhet and amount ("Hemtjänst −2,0
mkr") over reasons only, a plain heading over "underskott på 1,4 respektive 0,7 mkr" with their separate
reasons (two items, same text, different tags), "Hemsjukvård +0,4 mkr" where hired nurses cost less than the
vacant posts, "Funktionsstöd (LSS) ±0 mkr" over "Verksamheten följer budget" (boilerplate), an IFO heading
whose paragraph ends "Ekonomiskt bistånd ligger i nivå med budget" (a cause and a boilerplate), a
"förvaltningsgemensamt" negative deviation from lower stimulus grants; two actions (one with its effect) and
a summer risk (other). 8 scored causes. Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the amount; the paragraph gives reasons only."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Degerfors kommun", "Tjänsteskrivelse 2026-06-04"),
        footer=lambda n, m: ("Socialförvaltningen", "Dnr SN 2026/58", f"Sida {n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026", size=17, font="narrow-bold", after=4),
        Title("Socialnämnden", size=12, font="narrow", after=12),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner den ekonomiska uppföljningen per maj 2026 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Ärendebeskrivning", 2),
        P(
            "Socialnämndens prognos för 2026 är ett underskott på 5,1 mkr jämfört med budget. Underskottet finns i "
            "huvudsak inom äldreomsorgen.",
            C(None, "5,1 mkr", "-", note="The full year and where it lies: one item."),
        ),
        PS(
            (
                "Utfallet januari–maj visar en negativ avvikelse mot periodiserad budget om 2,3 mkr.",
                C(None, "2,3 mkr", "-", note="The period, a sentence of its own."),
            ),
            (
                "Jämfört med aprilprognosen är det en försämring med 0,8 mkr, som beror på ökade kostnader för "
                "nattbemanningen i hemtjänsten.",
                F(None, "0,8 mkr", "-", "bemanning"),
            ),
        ),
        H("Verksamheternas prognoser", 2),
        HP(
            "Hemtjänst −2,0 mkr",
            "Antalet beviljade hemtjänsttimmar har ökat från i genomsnitt 9 800 timmar per månad under 2025 till "
            "drygt 10 900 timmar hittills i år. Ökningen har mötts med timanställda och mertid, eftersom "
            "grundbemanningen inte har räckt till.",
            C("Hemtjänst", "−2,0 mkr", "-", "volymer", "vikarier", "overtid", "bemanning", note=HEAD),
        ),
        H("Särskilt boende och korttidsboende", 3),
        P(
            "Särskilt boende och korttidsboende visar underskott på 1,4 respektive 0,7 mkr. På Strandängens "
            "boende har sjukfrånvaron legat över 11 procent under våren, och korttidsplatserna har haft full "
            "beläggning sedan februari.",
            C(
                "Särskilt boende",
                "1,4",
                "-",
                "sjukfranvaro",
                unit="mkr",
                note="A 'respektive' pair with a reason each: two items, the same text, each its own tag.",
                also=(C("Korttidsboende", "0,7 mkr", "-", "volymer"),),
            ),
        ),
        HP(
            "Hemsjukvård +0,4 mkr",
            "Två sjukskötersketjänster har varit vakanta sedan mars. Vakanserna har delvis täckts av "
            "bemanningssjuksköterskor, men kostnaden för dem är lägre än de budgeterade lönerna.",
            C("Hemsjukvård", "+0,4 mkr", "+", "vakanser", "inhyrd_personal", note=HEAD),
        ),
        HP(
            "Funktionsstöd (LSS) ±0 mkr",
            "Verksamheten följer budget.",
            BP("Funktionsstöd (LSS)"),
        ),
        Para(
            (
                (
                    "Underskottet förklaras av en ny placering på särskilt ungdomshem sedan april, som inte fanns "
                    "med i budgeten.",
                    C(
                        "Individ- och familjeomsorg",
                        "−0,8 mkr",
                        "-",
                        "kopt_verksamhet",
                        "volymer",
                        note=HEAD,
                    ),
                ),
                ("Ekonomiskt bistånd ligger i nivå med budget.", BP("Ekonomiskt bistånd")),
            ),
            head="Individ- och familjeomsorg −0,8 mkr",
        ),
        P(
            "Under förvaltningsgemensamt redovisas en negativ avvikelse på 0,6 mkr, eftersom de riktade "
            "stimulansmedlen för äldreomsorgen har blivit lägre än vad som budgeterades.",
            C("Förvaltningsgemensamt", "0,6 mkr", "-", "statsbidrag"),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Från den 1 juni används ett nytt digitalt planeringsverktyg i hemtjänsten, vilket beräknas minska "
                "behovet av timanställda med motsvarande 0,5 mkr under resten av året.",
                A("Hemtjänst", "0,5 mkr", "bemanning", "vikarier"),
            ),
            (
                "En handlingsplan för minskad sjukfrånvaro på Strandängen tas fram tillsammans med "
                "företagshälsovården.",
                A("Särskilt boende", None, "sjukfranvaro"),
            ),
        ),
        H("Bedömning", 2),
        P(
            "Förvaltningen bedömer att det finns en risk att underskottet ökar under sommaren, eftersom "
            "semesterperioden kräver fler vikarier än tidigare år.",
            O(None, "vikarier", note="A risk: other."),
        ),
        P("Socialförvaltningen, verksamhetsstöd och ekonomi", size=9.5),
    ]
    return ReportSpec(
        file="degerfors-sn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Degerfors",
            "committee": ["Socialnämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026 Socialnämnden", "author": "Degerfors kommun"},
        style=style,
        blocks=blocks,
    )
