"""Örebro kommun, Vård- och omsorgsnämnden, delårsrapport januari–augusti 2025.

An elderly-care committee's interim report in "miljoner kronor" set in Liberation Sans Narrow, footer with the
nämnd's meeting date in September and a case number: the period "9,8 miljoner kronor sämre än periodiserad
budget", the full year "ett underskott mot budget på 14,5 miljoner kronor" (with a percentage of the frame that
is not the amount) and the change since the tertial report in three sentences of one paragraph; a kostnadsslag
table pasted as an image, so every amount lives in the prose; bold run-in kostnadsslag ending in a colon in
varied shapes: "drygt fyra miljoner kronor högre än budgeterat" in words, "överstiger budget med 17,9 miljoner
kronor" with a "varav"-like part for overtime in the same paragraph, "Underskottet på 2,6 miljoner kronor beror
på" (a closure for renovation), "beräknas bli 1,4 miljoner kronor högre än budget", "Här finns ett överskott"
(undistributed funds: reserver); then the same deficit per verksamhet in one sentence, "−9,3 respektive −7,1
miljoner kronor, medan hälso- och sjukvården visar +1,9" (three items, no reasons, so explained twice);
investments "2,0 miljoner kronor under budget", an action with its effect, volumes and sick leave against
last year (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Örebro kommun", "Delårsrapport 2025 Vård- och omsorgsnämnden"),
        footer=lambda n, m: ("Vård- och omsorgsnämnden 2025-09-25", "Ärendenummer Vo 412/2025", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Resultat per kostnadsslag, helårsprognos 2025 (miljoner kronor)",
        header=(("Kostnadsslag", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Intäkter", "262,0", "266,2", "+4,2"),
            ("Personalkostnader", "-968,4", "-986,3", "-17,9"),
            ("Köp av verksamhet", "-118,6", "-121,2", "-2,6"),
            ("Lokalkostnader", "-142,3", "-142,3", "0,0"),
            ("Material och tjänster", "-61,5", "-62,9", "-1,4"),
            ("Övriga kostnader", "-27,2", "-24,0", "+3,2"),
            ("Kommunbidrag", "1 056,0", "1 056,0", "0,0"),
            ("Resultat", "0,0", "-14,5", "-14,5"),
        ),
        widths=(150.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
        shade=(0.88, 0.88, 0.88),
        as_image=True,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="narrow-bold", after=2),
        Title("Vård- och omsorgsnämnden", size=13, font="narrow", after=14),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Nämnden redovisar för perioden januari–augusti ett resultat som är 9,8 miljoner kronor sämre än "
                "periodiserad budget.",
                C(None, "9,8 miljoner kronor", "-", note="The period in a sentence of its own."),
            ),
            (
                "För helåret prognostiseras ett underskott mot budget på 14,5 miljoner kronor, vilket motsvarar 1,1 "
                "procent av nämndens budgetram.",
                C(None, "14,5 miljoner kronor", "-", note="The percentage of the frame is not the amount."),
            ),
            (
                "Prognosen är därmed 3,0 miljoner kronor sämre än i tertialrapporten per april.",
                F(None, "3,0 miljoner kronor", "-"),
            ),
        ),
        table,
        H("Kommentarer per kostnadsslag", 2),
        LP(
            "Intäkter:",
            "Intäkterna blir drygt fyra miljoner kronor högre än budgeterat, främst på grund av att statsbidraget "
            "för stärkt äldreomsorg blev större än beräknat och att fler boende betalar full omvårdnadsavgift.",
            C(
                "Intäkter",
                "drygt fyra miljoner kronor",
                "+",
                "statsbidrag",
                "avgifter_intakter",
                value=4_000_000,
                note="Amount in words with 'drygt': the stated figure.",
            ),
        ),
        LP(
            "Personalkostnader:",
            "Kostnaderna för personal överstiger budget med 17,9 miljoner kronor. Den största delen förklaras av "
            "hög sjukfrånvaro och ökad användning av timavlönade i hemvården, men även av att nattbemanningen på två "
            "vård- och omsorgsboenden har förstärkts för boende med demenssjukdom. Av överskridandet avser 2,2 "
            "miljoner kronor övertid för sjuksköterskor.",
            C(
                "Personalkostnader",
                "17,9 miljoner kronor",
                "-",
                "sjukfranvaro",
                "vikarier",
                "bemanning",
                "overtid",
                note="The overtime (2,2) is a part of the total: one item with the total.",
            ),
        ),
        LP(
            "Köp av verksamhet:",
            "Underskottet på 2,6 miljoner kronor beror på fler köpta platser i korttidsvård när det egna "
            "korttidsboendet Ängshagen var stängt för renovering i maj och juni.",
            C(
                "Köp av verksamhet",
                "2,6 miljoner kronor",
                "-",
                "kopt_verksamhet",
                "ovrigt",
                note="A closure for renovation is ovrigt.",
            ),
        ),
        LP(
            "Material och tjänster:",
            "Förbrukningsmaterial och inkontinenshjälpmedel har blivit dyrare, och kostnaderna beräknas bli 1,4 "
            "miljoner kronor högre än budget.",
            C("Material och tjänster", "1,4 miljoner kronor", "-", "material_hjalpmedel", "prisokningar"),
        ),
        LP(
            "Övriga kostnader:",
            "Här finns ett överskott på 3,2 miljoner kronor, eftersom nämndens ofördelade medel för "
            "verksamhetsutveckling inte har fördelats ut under året.",
            C("Övriga kostnader", "3,2 miljoner kronor", "+", "reserver"),
        ),
        H("Resultat per verksamhet", 2),
        P(
            "Per verksamhet finns underskotten inom hemvården och vård- och omsorgsboende, −9,3 respektive −7,1 "
            "miljoner kronor, medan hälso- och sjukvården visar +1,9 miljoner kronor.",
            C(
                "Hemvård",
                "−9,3",
                "-",
                unit="mnkr",
                note="Three verksamheter in one sentence ('respektive' and 'medan'), no reasons: three items.",
                also=(
                    C("Vård- och omsorgsboende", "−7,1 miljoner kronor", "-"),
                    C("Hälso- och sjukvård", "+1,9 miljoner kronor", "+"),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna uppgår till 6,2 miljoner kronor för perioden. Helårsprognosen är 11,0 miljoner kronor, "
            "2,0 miljoner kronor under budget, eftersom upphandlingen av nya trygghetslarm har överklagats.",
            C("Investeringar", "2,0 miljoner kronor", "+", "periodisering"),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden beslutade i juni om en handlingsplan för minskad sjukfrånvaro och minskad användning av "
            "timavlönade, som beräknas ge en effekt på 3,5 miljoner kronor under hösten.",
            A(None, "3,5 miljoner kronor", "sjukfranvaro", "vikarier"),
        ),
        H("Verksamhetsmått och personal", 2),
        P(
            "Antalet beviljade hemvårdstimmar var i augusti 6 procent högre än i augusti 2024, vilket beror på fler "
            "personer över 85 år med omfattande behov.",
            O("Hemvård", "volymer", note="Volumes against the previous year: other."),
        ),
        P(
            "Sjukfrånvaron var 9,4 procent under perioden, att jämföra med 8,7 procent för samma period "
            "föregående år.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="orebro-von-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Örebro",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Vård- och omsorgsnämnden", "author": "Örebro kommun"},
        style=style,
        blocks=blocks,
    )
