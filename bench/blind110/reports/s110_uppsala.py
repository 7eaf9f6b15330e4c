"""Uppsala kommun, Äldrenämnden, tertialrapport 1 2026 (januari–april).

An elderly-care tertial report in "miljoner kronor" and "mnkr", footer with the nämnd's meeting date in May:
the period "12,1 miljoner kronor sämre än periodens budget" in a paragraph of its own and the full year's
"underskott på 31 miljoner kronor" with its reasons in the next sentence (one item); fee revenue "2,4
miljoner kronor högre än budgeterat" and a state grant "3,5 miljoner kronor mindre … än förväntat"; a table
whose deficits carry a trailing minus ("17,4-"); then two columns of headings that carry the verksamhet and
amount in brackets ("Hemtjänst (−17,4 mnkr)"), one with a part inside ("Av underskottet avser 3,2 mnkr"), a
water-damage closure, vacancies and licences; an action plan after an unlabelled sentence, investments whose
whole frame "kommer att användas" (boilerplate) and a risk per percent (other). 10 scored causes. DejaVu
Serif Condensed 9.5 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Uppsala kommun", "Äldrenämnden – Tertialrapport 1 2026"),
        footer=lambda n, m: ("ÄLN-2026-00187", "Äldrenämndens sammanträde 2026-05-27", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 1. Prognos helår per verksamhet, mnkr (minus efter tal = underskott)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Myndighetsutövning", "38,2", "37,1", "1,1"),
            ("Hemtjänst", "402,5", "419,9", "17,4-"),
            ("Särskilt boende", "1 012,0", "1 023,6", "11,6-"),
            ("Korttidsboende", "61,8", "66,5", "4,7-"),
            ("Dagverksamhet", "29,4", "27,3", "2,1"),
            ("Nämnd och administration", "45,1", "45,6", "0,5-"),
            ("Summa", "1 589,0", "1 620,0", "31,0-"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="sans-bold", after=2),
        Title("Äldrenämnden, perioden januari–april", size=12, font="serif-italic", after=12),
        H("Ekonomiskt resultat", 1),
        P(
            "Äldrenämnden redovisar för perioden ett resultat på −18,7 miljoner kronor, vilket är 12,1 miljoner "
            "kronor sämre än periodens budget.",
            C(None, "12,1 miljoner kronor", "-", note="The period against its budget: a cause of its own."),
        ),
        P(
            "Prognosen för helåret är ett underskott på 31 miljoner kronor. Underskottet beror i huvudsak på att "
            "efterfrågan på hemtjänst och korttidsplatser har ökat snabbare än vad nämndens ram medger, och på att "
            "kostnaderna för de särskilda boendena i egen regi är högre än de ersättningar som boendena får.",
            C(
                None,
                "31 miljoner kronor",
                "-",
                "volymer",
                "bemanning",
                note="The full year and its reasons in contiguous sentences: one item.",
            ),
        ),
        H("Intäkter", 2),
        P(
            "Avgiftsintäkterna väntas bli 2,4 miljoner kronor högre än budgeterat som en följd av den höjda "
            "maxtaxan.",
            C("Avgiftsintäkter", "2,4 miljoner kronor", "+", "avgifter_intakter"),
        ),
        P(
            "Samtidigt får nämnden 3,5 miljoner kronor mindre i statsbidrag för bemanning i äldreomsorgen än "
            "förväntat, eftersom bidraget har fördelats om mellan kommunerna.",
            C("Statsbidrag", "3,5 miljoner kronor", "-", "statsbidrag"),
        ),
        table,
        H("Verksamheternas prognoser", 2),
        Columns(2),
        HP(
            "Hemtjänst (−17,4 mnkr)",
            "Antalet beviljade hemtjänsttimmar är 9 procent fler än i budgeten, och utförarna i egen regi har "
            "haft svårt att planera insatserna effektivt. Kostnaden för sjuklön är dessutom högre än normalt.",
            C("Hemtjänst", "−17,4 mnkr", "-", "volymer", "bemanning", "sjukfranvaro"),
        ),
        HP(
            "Särskilt boende (−11,6 mnkr)",
            "Tre boenden i egen regi har högre personalkostnader än ersättningen täcker. Nattbemanningen har "
            "förstärkts och inhyrda sjuksköterskor har behövts under hela perioden. Av underskottet avser 3,2 "
            "mnkr tomma platser på Lindgårdens boende under avvecklingen.",
            C(
                "Särskilt boende",
                "−11,6 mnkr",
                "-",
                "bemanning",
                "inhyrd_personal",
                "omstallning",
                note="The heading's amount; the 3,2 mnkr of empty places under closure is a part.",
            ),
        ),
        HP(
            "Korttidsboende (−4,7 mnkr)",
            "Fler personer väntar på korttidsplats efter sjukhusvistelse, och nämnden har köpt 14 platser av en "
            "extern utförare utöver budget.",
            C("Korttidsboende", "−4,7 mnkr", "-", "volymer", "kopt_verksamhet"),
        ),
        HP(
            "Dagverksamhet (+2,1 mnkr)",
            "Överskottet förklaras av att en dagverksamhet har varit stängd sedan februari på grund av en "
            "vattenskada.",
            C("Dagverksamhet", "+2,1 mnkr", "+", "ovrigt", note="A closure after water damage is ovrigt."),
        ),
        HP(
            "Myndighetsutövning (+1,1 mnkr)",
            "Lägre personalkostnader eftersom två tjänster som biståndshandläggare har varit vakanta under "
            "perioden.",
            C("Myndighetsutövning", "+1,1 mnkr", "+", "vakanser"),
        ),
        HP(
            "Nämnd och administration (−0,5 mnkr)",
            "Licenskostnaderna för det nya verksamhetssystemet har blivit högre än budgeterat.",
            C("Nämnd och administration", "−0,5 mnkr", "-", "it_digitalisering"),
        ),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        PS(
            ("Nämnden har beslutat om en åtgärdsplan för en ekonomi i balans.", None),
            (
                "Planen innehåller bland annat en översyn av nattbemanningen och ett arbete för att minska "
                "sjukfrånvaron i hemtjänsten, och beräknas ge 9 miljoner kronor under 2026.",
                A(None, "9 miljoner kronor", "bemanning", "sjukfranvaro"),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgår under perioden till 4,1 miljoner kronor. Nämnden bedömer att hela "
            "investeringsramen på 15 miljoner kronor kommer att användas under året.",
            BP("Investeringar", note="The whole investment frame is used: boilerplate."),
        ),
        H("Risker", 2),
        P(
            "Den största risken är att behovet av hemtjänst fortsätter att öka. Varje procents ökning av antalet "
            "timmar motsvarar cirka 4 miljoner kronor på helår.",
            O(None, note="A risk and a sensitivity figure."),
        ),
    ]
    return ReportSpec(
        file="uppsala-aln-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Uppsala",
            "committee": ["Äldrenämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Äldrenämnden Tertialrapport 1 2026", "author": "Uppsala kommun"},
        style=style,
        blocks=blocks,
    )
