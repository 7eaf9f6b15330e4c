"""Malung-Sälens kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A small kommun's interim report in mnkr with hyphen-minus in the table, footer with the fullmäktige meeting in
October: the period "11,2 mnkr bättre än det periodiserade budgeterade resultatet" with its timing reason in
the next sentence (one item) and the full year "en negativ avvikelse med 7,9 mnkr" in the third sentence of
the same paragraph (its own item), one sentence splitting the result into the nämnder's "−14,3 mnkr" and the
finance function's "+6,4 mnkr", the change since May with its cause; a nämnd table with the May deviation
beside; en-dash bullets under a generic heading ("Ekonomiavdelningens kommentarer") in varied shapes (a plain
"redovisar ett underskott om", "pekar på 4,8 mnkr över tilldelad ram", a colon "underskott 7,4 mnkr, varav 4,1
mnkr", "ett mindre överskott på 0,5 mnkr"); then headings carrying the kommunstyrelse's verksamheter and their
amounts ("Gata och park −1,9 mnkr") and the vård- och omsorgsnämnd's two areas as a "respektive" pair, so two
deficits are explained twice; three finance items in one sentence ("4,2 mnkr", "1,4 respektive 0,8 mnkr");
investments "22,5 mnkr inte förbrukas" and a project overrun; two actions, balanskrav, a risk and population
against last year (others). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Malung-Sälens kommun", "Delårsrapport 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-27", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per nämnd, mnkr",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse", "Avvikelse maj"),),
        rows=(
            ("Kommunstyrelsen", "142,6", "145,2", "-2,6", "-1,8"),
            ("Barn- och utbildningsnämnden", "236,9", "241,7", "-4,8", "-4,1"),
            ("Vård- och omsorgsnämnden", "318,4", "325,8", "-7,4", "-5,9"),
            ("Revisionen", "2,1", "1,6", "0,5", "0,3"),
            ("Summa nämnder", "700,0", "714,3", "-14,3", "-11,5"),
            ("Finansförvaltningen", "", "", "6,4", "7,1"),
            ("Totalt", "", "", "-7,9", "-4,4"),
        ),
        widths=(160.0, 72.0, 76.0, 64.0, 76.0),
        bold_rows=frozenset({4, 6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Malung-Sälens kommun", size=12.5, font="arial", after=12),
        H("Ekonomiskt resultat", 1),
        PS(
            (
                "Kommunens resultat för januari–augusti uppgår till 38,6 mnkr, vilket är 11,2 mnkr bättre än det "
                "periodiserade budgeterade resultatet. Periodens överskott förklaras främst av att "
                "semesterlöneskulden och en del av pensionskostnaderna ännu inte har belastat resultatet fullt ut.",
                C(
                    None,
                    "11,2 mnkr",
                    "+",
                    "periodisering",
                    "lonekostnader",
                    note="The period against the periodised budget and its timing reason in the next sentence: "
                    "one item.",
                ),
            ),
            (
                "För helåret prognostiseras ett resultat på 4,1 mnkr mot budgeterade 12,0 mnkr, en negativ avvikelse "
                "med 7,9 mnkr.",
                C(None, "7,9 mnkr", "-", note="The full year between two levels: its own item."),
            ),
        ),
        P(
            "Nämnderna visar sammantaget en avvikelse mot budget på −14,3 mnkr, medan finansförvaltningen bidrar med "
            "+6,4 mnkr.",
            C(
                "Nämnderna",
                "−14,3 mnkr",
                "-",
                note="One sentence split into the nämnder and the finance function.",
                also=(C("Finansförvaltningen", "+6,4 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med prognosen i maj har helårsprognosen försämrats med 3,5 mnkr, framför allt till följd av ökade "
            "kostnader för externa placeringar av barn och unga.",
            F(None, "3,5 mnkr", "-", "kopt_verksamhet"),
        ),
        table,
        H("Ekonomiavdelningens kommentarer", 2),
        Bullets(
            (
                "Kommunstyrelsen redovisar ett underskott om 2,6 mnkr. Snöröjningen under vintern i fjällområdet blev "
                "betydligt dyrare än budgeterat, och intäkterna från kommunens camping har minskat.",
                "Barn- och utbildningsnämndens prognos pekar på 4,8 mnkr över tilldelad ram, främst på grund av fler "
                "elever i behov av särskilt stöd och ett dyrare skolskjutsavtal.",
                "Vård- och omsorgsnämnden: underskott 7,4 mnkr, varav 4,1 mnkr avser hemtjänsten där antalet beviljade "
                "timmar har ökat kraftigt. Även hyrsjuksköterskor inom särskilt boende bidrar till underskottet.",
                "Revisionen beräknas lämna ett mindre överskott på 0,5 mnkr, då konsultstödet till de förtroendevalda "
                "revisorerna blir mindre omfattande än planerat.",
            ),
            labels=(
                C(
                    "Kommunstyrelsen",
                    "2,6 mnkr",
                    "-",
                    "ovrigt",
                    "avgifter_intakter",
                    note="Snow clearing: ovrigt.",
                ),
                C(
                    "Barn- och utbildningsnämnden",
                    "4,8 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    note="A possessive area. A dearer school transport contract: prisokningar.",
                ),
                C(
                    "Vård- och omsorgsnämnden",
                    "7,4 mnkr",
                    "-",
                    "volymer",
                    "inhyrd_personal",
                    note="A 'varav' part: one item with the total.",
                ),
                C("Revisionen", "0,5 mnkr", "+", "inhyrd_personal", note="Consultants: inhyrd_personal."),
            ),
            glyph="–",
        ),
        H("Kommunstyrelsens verksamheter", 2),
        HP(
            "Gata och park −1,9 mnkr",
            "Den snörika vintern krävde fler plogningar och sandningar på de kommunala vägarna i Sälen och "
            "Transtrand än ett normalår.",
            C("Gata och park", "−1,9 mnkr", "-", "ovrigt"),
        ),
        HP(
            "Fritid och turism −1,2 mnkr",
            "Campingen har haft färre gästnätter än beräknat under sommaren, vilket ger lägre intäkter.",
            C("Fritid och turism", "−1,2 mnkr", "-", "avgifter_intakter", "volymer"),
        ),
        HP(
            "Kommunledning +0,5 mnkr",
            "Två vakanta tjänster på ekonomienheten har inte tillsatts under våren.",
            C("Kommunledning", "+0,5 mnkr", "+", "vakanser"),
        ),
        H("Vård- och omsorgsnämndens verksamheter", 2),
        P(
            "Hemtjänsten och det särskilda boendet avviker med −4,1 respektive −3,3 mnkr. Beviljade hemtjänsttimmar är "
            "18 procent fler än i budgeten, och på boendet har sjuksköterskor hyrts in under hela sommaren.",
            C(
                "Hemtjänst",
                "−4,1",
                "-",
                "volymer",
                "inhyrd_personal",
                unit="mnkr",
                note="A 'respektive' pair with the shared causes in the next sentence: two items, the same tags.",
                also=(C("Särskilt boende", "−3,3 mnkr", "-", "volymer", "inhyrd_personal"),),
            ),
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkterna och den kommunalekonomiska utjämningen beräknas bli 4,2 mnkr högre än budgeterat, och "
            "pensionskostnaderna respektive finansnettot blir 1,4 respektive 0,8 mnkr bättre än budget.",
            C(
                "Skatteintäkter och utjämning",
                "4,2 mnkr",
                "+",
                note=NO_TAG + " Three items in one sentence.",
                also=(
                    C("Pensionskostnader", "1,4", "+", unit="mnkr", note=NO_TAG),
                    C("Finansnetto", "0,8 mnkr", "+", note=NO_TAG),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 64,0 mnkr. Prognosen är att 22,5 mnkr inte förbrukas under "
            "året, främst eftersom ombyggnaden av skolan i Lima har skjutits till 2026.",
            C("Investeringar", "22,5 mnkr", "+", "periodisering"),
        ),
        P(
            "Projektet reservkraft vid vattenverket i Malung beräknas överskrida sin budget med 1,3 mnkr till följd av "
            "högre materialpriser.",
            C("Reservkraft vattenverket", "1,3 mnkr", "-", "prisokningar"),
        ),
        H("Åtgärder", 2),
        P(
            "Vård- och omsorgsnämnden har beslutat om en handlingsplan för att fasa ut hyrsjuksköterskor, som väntas "
            "minska kostnaderna med 2,0 mnkr på helår.",
            A("Vård- och omsorgsnämnden", "2,0 mnkr", "inhyrd_personal"),
        ),
        P(
            "Kommunstyrelsen har infört anställningsprövning för samtliga tjänster i kommunen från och med september.",
            A(None, None, "vakanser"),
        ),
        H("Balanskrav och osäkerheter", 2),
        P(
            "Balanskravsresultatet beräknas bli 3,2 mnkr, vilket innebär att balanskravet uppfylls.",
            O(None, note="Balanskrav: other."),
        ),
        P(
            "Prognosen är osäker, framför allt när det gäller vinterns snöröjning och antalet placeringar under hösten.",
            O(None, note="A risk."),
        ),
        P(
            "Folkmängden var 10 044 invånare den 30 juni, 61 färre än vid samma tid 2024, vilket beror på ett "
            "födelseunderskott.",
            O(None, note="Population against the previous year with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="malung-salen-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Malung-Sälen",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Malung-Sälens kommun"},
        style=style,
        blocks=blocks,
    )
