"""Malmö stad, Miljönämnden, delårsrapport per augusti 2025.

An environment committee's interim report in "miljoner kronor" and "mnkr" with en-dash minus signs, footer
with the nämnd's meeting in September: the period's surplus "jämfört med budget", the full year's deficit
with its reasons in the next sentence (one item), the period surplus's timing reason in a paragraph of its
own (amount null); a table by verksamhet; then two columns of headings that carry the area and amount
("Miljötillsyn –2,1 mnkr", "Miljöstrategi och klimat +1,2 mnkr"), a plain heading whose paragraph gives "ett
mindre överskott, 0,4 mnkr", a bold run-in area with reasons only (the row's "0,3") and one that "bedöms
hålla budget" (boilerplate); investments "2,0 miljoner kronor mot budgeterade 4,5 miljoner kronor" (2,5
never written out), an action, the change since the tertial report (a forecast change) and sick leave
against the year before (other). DejaVu Serif 10 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O

HEAD = "The heading carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(14.5, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Malmö stad", "Miljönämnden – Delårsrapport per augusti 2025"),
        footer=lambda n, m: ("Miljönämndens sammanträde 2025-09-23", "", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Tabell 1. Helårsprognos per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och ledning", "6,8", "6,5", "0,3"),
            ("Miljötillsyn", "38,2", "40,3", "–2,1"),
            ("Livsmedelskontroll", "9,6", "11,0", "–1,4"),
            ("Miljöstrategi och klimat", "24,5", "23,3", "1,2"),
            ("Luft- och bullerövervakning", "7,9", "7,9", "0,0"),
            ("Naturvård", "12,0", "11,6", "0,4"),
            ("Summa", "99,0", "100,6", "–1,6"),
        ),
        widths=(180.0, 76.0, 80.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport per augusti 2025", size=19, font="sans-bold", after=3),
        Title("Miljönämnden", size=12.5, font="serif-italic", after=12),
        H("Ekonomiskt resultat", 1),
        P(
            "Miljönämnden redovisar för perioden januari–augusti ett överskott på 3,4 miljoner kronor jämfört med "
            "budget.",
            C(None, "3,4 miljoner kronor", "+", note="The period against budget."),
        ),
        P(
            "Helårsprognosen pekar mot ett underskott om 1,6 miljoner kronor. Det är framför allt avgiftsintäkterna "
            "från tillsynen som inte når upp till budgeterad nivå, medan vakanser under våren håller nere "
            "personalkostnaderna.",
            C(None, "1,6 miljoner kronor", "-", "avgifter_intakter", "vakanser"),
        ),
        P(
            "Periodens överskott beror till stor del på att kostnaderna för stadens klimatprojekt faktureras under "
            "hösten.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's timing reason in a paragraph of its own: amount null.",
            ),
        ),
        P(
            "Prognosen är 0,9 miljoner kronor sämre än i tertialrapporten efter april, vilket helt hänger samman "
            "med lägre avgiftsintäkter i livsmedelskontrollen.",
            F(None, "0,9 miljoner kronor", "-", "avgifter_intakter"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        HP(
            "Miljötillsyn –2,1 mnkr",
            "Tillsynsavgifterna blir lägre än budgeterat, eftersom den nya taxan med efterhandsdebitering har "
            "gett färre debiterbara timmar än beräknat. Dessutom har konsulter anlitats för att hinna med "
            "tillsynen av förorenade områden.",
            C("Miljötillsyn", "–2,1 mnkr", "-", "avgifter_intakter", "inhyrd_personal", note=HEAD),
        ),
        HP(
            "Livsmedelskontroll –1,4 mnkr",
            "Kontrollavgifterna når inte upp till budget, då fler livsmedelsanläggningar än väntat har upphört "
            "eller fått sin kontrollfrekvens sänkt. Intäkterna från extra offentlig kontroll är också lägre.",
            C("Livsmedelskontroll", "–1,4 mnkr", "-", "avgifter_intakter", "volymer", note=HEAD),
        ),
        HP(
            "Miljöstrategi och klimat +1,2 mnkr",
            "Överskottet är en följd av att två tjänster som klimatstrateg har stått vakanta sedan mars, samt att "
            "nämnden har beviljats ett statligt bidrag för klimatanpassning som inte var budgeterat.",
            C("Miljöstrategi och klimat", "+1,2 mnkr", "+", "vakanser", "statsbidrag", note=HEAD),
        ),
        H("Naturvård", 3),
        P(
            "Naturvården gör ett mindre överskott, 0,4 mnkr, då skötseln av stadens naturreservat har upphandlats "
            "till ett lägre pris än tidigare.",
            C("Naturvård", "0,4 mnkr", "+", "prisokningar", note="A cheaper contract: prisokningar."),
        ),
        LP(
            "Nämnd och ledning.",
            "Lägre kostnader än budgeterat för nämndens arvoden och för konferenser.",
            C(
                "Nämnd och ledning",
                "0,3",
                "+",
                "ovrigt",
                unit="mnkr",
                table=True,
                note="A reason-only run-in paragraph: the table row's cell; members' fees are ovrigt.",
            ),
        ),
        LP(
            "Luft- och bullerövervakning.",
            "Verksamheten bedöms hålla budget för helåret.",
            BP("Luft- och bullerövervakning"),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        Para(
            (
                (
                    "Investeringarna prognostiseras till 2,0 miljoner kronor mot budgeterade 4,5 miljoner kronor, "
                    "eftersom leveransen av två nya mätstationer för luftkvalitet har försenats till 2026.",
                    C(
                        "Investeringar",
                        "2,0 miljoner kronor mot budgeterade 4,5 miljoner kronor",
                        "+",
                        "periodisering",
                        value=2_500_000,
                        note="Investment under-spending of 2,5 miljoner kronor, never written out: the computed "
                        "value.",
                    ),
                ),
            )
        ),
        H("Åtgärder", 2),
        P(
            "För att minska underskottet i tillsynen har nämnden beslutat att prioritera debiterbar tillsyn under "
            "hösten och att se över timavgiften inför 2026.",
            A("Miljötillsyn", None, "avgifter_intakter"),
        ),
        H("Medarbetare", 2),
        P(
            "Sjukfrånvaron inom förvaltningen var 5,2 procent under perioden, jämfört med 6,0 procent samma period "
            "2024.",
            O(None, note="Sick leave against the previous year."),
        ),
    ]
    return ReportSpec(
        file="malmo-mn-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Malmö", "Malmö stad"],
            "committee": ["Miljönämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Miljönämnden delårsrapport per augusti 2025", "author": "Malmö stad"},
        style=style,
        blocks=blocks,
    )
