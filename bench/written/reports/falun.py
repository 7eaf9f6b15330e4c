"""Falu kommun, Barn- och utbildningsnämnden, tjänsteskrivelse for the delårsrapport per augusti 2025.

A cover letter: letterhead lines, a decision proposal, a summary whose bullets each open with the
amount ("4,8 miljoner kronor i underskott mot budget inom grundskolan …"), the school units' own
deficit, goal attainment, a forecast change, measures with an effect, the standard "Ekonomiska
konsekvenser" formula (other, boilerplate) and the list of documents. DejaVu Serif 11 pt.

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.5,
        leading=1.4,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(80.0, 80.0, 70.0, 72.0),
        header=lambda n, m: ("FALU KOMMUN", f"Sida {n} av {m}"),
        footer=lambda n, m: ("Barn- och utbildningsförvaltningen", "", "Dnr BUN 2025/0412"),
        header_size=8.5,
    )
    blocks = [
        P("Tjänsteskrivelse", size=13),
        P("Datum 2025-09-18. Handläggare: Anna Lindqvist, controller.", size=9),
        P("Barn- och utbildningsnämnden", size=9),
        Title("Delårsrapport per augusti 2025 för barn- och utbildningsnämnden", size=15, font="sans-bold"),
        H("Förslag till beslut", 2),
        P(
            "Barn- och utbildningsnämnden godkänner delårsrapporten per augusti 2025 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        P(
            "Barn- och utbildningsnämnden prognostiserar ett underskott om 9,6 miljoner kronor för 2025:",
            C(None, "9,6 miljoner kronor", "-"),
        ),
        Bullets(
            (
                "2,1 miljoner kronor i underskott mot budget inom förskolan, där fler barn än beräknat har behov "
                "av extra stöd.",
                "4,8 miljoner kronor i underskott mot budget inom grundskolan till följd av fler elever och "
                "högre kostnader för skolskjuts.",
                "3,9 miljoner kronor i underskott inom gymnasieskolan för elever som studerar i andra kommuner "
                "och hos fristående huvudmän.",
                "1,2 miljoner kronor i överskott inom vuxenutbildningen, där statsbidraget för regional "
                "yrkesvux blev högre än budgeterat.",
            ),
            labels=(
                C("Förskola", "2,1 miljoner kronor", "-", "volymer"),
                C("Grundskola", "4,8 miljoner kronor", "-", "volymer"),
                C("Gymnasieskola", "3,9 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
                C("Vuxenutbildning", "1,2 miljoner kronor", "+", "statsbidrag"),
            ),
        ),
        P(
            "De kommunala skolenheterna redovisar tillsammans ett underskott om 2,6 miljoner kronor, främst två "
            "F–6-skolor där elevantalet har minskat snabbare än organisationen har kunnat anpassas.",
            C("De kommunala skolenheterna", "2,6 miljoner kronor", "-", "volymer", "bemanning"),
        ),
        P(
            "Prognosen har försämrats med 1,4 miljoner kronor jämfört med tertialrapporten.",
            F(None, "1,4 miljoner kronor", "-"),
        ),
        P(
            "Av nämndens fem mål bedöms tre uppfyllas helt och två delvis.",
            O(None, note="Goal attainment."),
        ),
        H("Ärendet", 2),
        P(
            "Delårsrapporten har upprättats enligt kommunstyrelsens anvisningar och omfattar perioden "
            "januari–augusti. Den innehåller uppföljning av mål, ekonomi och personal."
        ),
        P(
            "För att minska underskottet har förvaltningen infört anställningsprövning för samtliga tjänster "
            "som inte är lärartjänster och ser över organisationen för skolskjuts. Åtgärderna bedöms ge en "
            "effekt på 0,8 miljoner kronor under hösten.",
            A(None, "0,8 miljoner kronor"),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Beslutet i sig medför inga ekonomiska konsekvenser.",
            O(None, boilerplate=True, note="Standard formula of the cover letter."),
        ),
        H("Beslutsunderlag", 2),
        P("Tjänsteskrivelse 2025-09-18. Delårsrapport per augusti 2025, barn- och utbildningsnämnden."),
        P("Anna Lindqvist, controller. Per Hedman, förvaltningschef.", size=9.5),
    ]
    return ReportSpec(
        file="falun-bun-tjansteskrivelse-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Falun",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-08"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Tjänsteskrivelse Delårsrapport per augusti 2025", "author": "Falu kommun"},
        style=style,
        blocks=blocks,
    )
