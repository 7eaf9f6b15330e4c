"""Finspångs kommun, Vård- och omsorgsnämnden, tertialrapport 1 2026.

An elderly- and disability-care committee's first tertial report in mkr, set in Liberation Serif (Times's
twin) with Arial headings, footer with the nämnd's meeting date in May: the period "−2,3 mkr jämfört med
periodiserad budget" and the full year "ett underskott om 6,8 mkr" with a percentage of the frame in two
sentences of one paragraph (two causes), a sentence naming where the deficit sits without amounts
(unlabelled), a kostnadsslag table with hyphen-minus, three kostnadsslag in one sentence ("överskrider budget
med 6,6 mkr och köp av verksamhet med 3,1 mkr, medan intäkterna blir 2,7 mkr högre"), then two columns of
headings that carry the verksamhet and the amount with U+2212 ("Hemtjänst −4,1 mkr", "Särskilt boende +1,2
mkr") over reasons only, one "±0 mkr" heading over "bedöms hålla budget" (boilerplate), so the deficit is
explained twice; a two-sentence action with its effect, a review of placements and a sick-leave risk. 10
scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=6.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 74.0, 64.0, 72.0),
        header=lambda n, m: ("Finspångs kommun", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Vård- och omsorgsnämnden 2026-05-27", "", f"Sida {n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per kostnadsslag 2026, mkr",
        header=(("Kostnadsslag", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Intäkter", "92,4", "95,1", "2,7"),
            ("Personalkostnader", "-389,6", "-396,2", "-6,6"),
            ("Köp av verksamhet", "-41,8", "-44,9", "-3,1"),
            ("Lokalkostnader", "-38,2", "-37,6", "0,6"),
            ("Övriga kostnader", "-27,9", "-28,3", "-0,4"),
            ("Nettokostnad", "-405,1", "-411,9", "-6,8"),
        ),
        widths=(170.0, 82.0, 82.0, 72.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="arial-bold", after=2),
        Title("Vård- och omsorgsnämnden, januari–april", size=12.5, font="times-italic", after=14),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Nämndens resultat för januari–april är −2,3 mkr jämfört med periodiserad budget.",
                C(None, "−2,3 mkr", "-", note="The period against the periodised budget: its own sentence."),
            ),
            (
                "Helårsprognosen pekar på ett underskott om 6,8 mkr, motsvarande 1,4 procent av nämndens "
                "budgetram.",
                C(None, "6,8 mkr", "-", note="The full year; the percentage of the frame is not the amount."),
            ),
        ),
        P(
            "Underskottet finns i huvudsak inom hemtjänsten och funktionsstödet, medan särskilt boende och hälso- "
            "och sjukvården redovisar överskott."
        ),
        table,
        P(
            "Personalkostnaderna överskrider budget med 6,6 mkr och köp av verksamhet med 3,1 mkr, medan "
            "intäkterna blir 2,7 mkr högre än budgeterat.",
            C(
                "Personalkostnader",
                "6,6 mkr",
                "-",
                note="Three kostnadsslag in one sentence, no reasons: three items with the same text, no tags.",
                also=(
                    C("Köp av verksamhet", "3,1 mkr", "-"),
                    C("Intäkter", "2,7 mkr", "+"),
                ),
            ),
        ),
        H("Verksamheternas avvikelser", 2),
        Columns(2),
        HP(
            "Hemtjänst −4,1 mkr",
            "Antalet beviljade hemtjänsttimmar har ökat med drygt 9 procent sedan budgeten lades, och "
            "verksamheten har haft svårt att anpassa bemanningen till de nya besluten. Sjukfrånvaron har "
            "dessutom varit hög under februari och mars.",
            C("Hemtjänst", "−4,1 mkr", "-", "volymer", "bemanning", "sjukfranvaro"),
        ),
        HP(
            "Funktionsstöd −3,5 mkr",
            "Två nya ärenden med personlig assistans enligt LSS, där kommunen står för hela kostnaden, och en "
            "extern placering i bostad med särskild service för vuxna förklarar underskottet.",
            C("Funktionsstöd", "−3,5 mkr", "-", "volymer", "kopt_verksamhet"),
        ),
        HP(
            "Gemensamt och utveckling −1,2 mkr",
            "Det nya verksamhetssystemet för social dokumentation blev dyrare än beräknat, främst licenser och "
            "utbildning av personalen i samband med införandet.",
            C("Gemensamt och utveckling", "−1,2 mkr", "-", "it_digitalisering"),
        ),
        HP(
            "Särskilt boende +1,2 mkr",
            "Tre lägenheter på ett av boendena i Rejmyre har stått tomma under renoveringen av våningsplanet, "
            "vilket har gett lägre personalkostnader. Avgiftsintäkterna blir samtidigt något lägre.",
            C("Särskilt boende", "+1,2 mkr", "+", "volymer", "avgifter_intakter"),
        ),
        HP(
            "Hälso- och sjukvård +0,8 mkr",
            "Vakanta sjukskötersketjänster har inte kunnat tillsättas fullt ut. En del av vakanserna har täckts "
            "med sjuksköterskor från bemanningsföretag, vilket minskar överskottet.",
            C("Hälso- och sjukvård", "+0,8 mkr", "+", "vakanser", "inhyrd_personal"),
        ),
        HP(
            "Myndighet och administration ±0 mkr",
            "Verksamheten bedöms hålla budget för helåret.",
            BP("Myndighet och administration", note="A '±0' heading over 'bedöms hålla budget'."),
        ),
        Columns(1),
        PageBreak(),
        H("Åtgärder", 2),
        P(
            "Nämnden beslutade i mars om en handlingsplan för hemtjänsten med ny planering av turerna och "
            "gemensam schemaläggning mellan grupperna. Effekten beräknas till 1,5 mkr på helår.",
            A("Hemtjänst", "1,5 mkr", "bemanning"),
        ),
        P(
            "Inom funktionsstödet pågår en genomgång av samtliga externa placeringar för att pröva om insatserna "
            "kan ges i egen regi.",
            A("Funktionsstöd", None, "kopt_verksamhet"),
        ),
        H("Osäkerhet i prognosen", 2),
        Para(
            (
                (
                    "Prognosen bygger på att sjukfrånvaron minskar under sommaren. Om den ligger kvar på vinterns "
                    "nivå kan underskottet öka med ytterligare 1 mkr.",
                    O(None, "sjukfranvaro", note="A risk."),
                ),
            ),
            font="italic",
        ),
    ]
    return ReportSpec(
        file="finspang-von-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Finspång",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Vård- och omsorgsnämnden", "author": "Finspångs kommun"},
        style=style,
        blocks=blocks,
    )
