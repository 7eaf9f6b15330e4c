"""Arvika kommun, Barn- och utbildningsnämnden, uppföljning av internkontrollplan 2025.

Not a budget follow-up: the nämnd's report on its internal control for 2025, dated in February 2026, full
of the words a follow-up uses ("avvikelser", "beror främst på", amounts in mnkr and kronor) but with no
deviation from budget, so there are no cause items at all: a decision proposal, the background and a
summary whose "avvikelser" are control findings (not labelled), a table of the six controls with their
result, then one level-3 heading per control: an attest check with no money (not labelled), purchases
outside contracts "för 1,8 mnkr" (other), wrongly paid allowances to hourly staff "46 300 kronor" with
"Bristerna beror främst på" (other), a fee check with no findings (not labelled), forecast accuracy —
August's forecast against the year's outcome, "avvek med 1,6 mnkr", which is neither a deviation from
budget nor a change of forecast (other) — and a survey of secondary jobs (not labelled); three actions as
bullets, none with an effect in kronor, and the controls proposed for 2026 with a state-grant risk and a
cost increase against last year with "vilket beror på" (two others). Liberation Sans Narrow 10.5 pt, a
header with the förvaltning, a footer with the diarienummer.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import A, O

NOT_BUDGET = "An internal-control finding, not a deviation from budget."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(14.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(72.0, 78.0, 72.0, 72.0),
        header=lambda n, m: ("Arvika kommun", "Barn- och utbildningsförvaltningen"),
        footer=lambda n, m: ("Uppföljning av intern kontroll 2025", "Dnr BUN 2026/0034", f"{n} ({m})"),
        header_size=8.5,
    )
    controls = Table(
        caption="Kontrollmoment 2025 och resultat",
        header=(("Kontrollmoment", "Metod", "Resultat"),),
        rows=(
            ("1. Attest av leverantörsfakturor", "Stickprov, 60 fakturor", "Mindre brister"),
            ("2. Avtalstrohet vid inköp", "Inköpsanalys", "Brister"),
            ("3. Ersättning till timanställda", "Stickprov, 40 personer", "Brister"),
            ("4. Debitering av förskoleavgifter", "Stickprov, 50 hushåll", "Inga avvikelser"),
            ("5. Prognossäkerhet", "Prognos mot utfall", "Inga avvikelser"),
            ("6. Bisysslor", "Enkät till chefer", "Mindre brister"),
        ),
        widths=(190.0, 130.0, 100.0),
        rules=True,
        grid=True,
        size=9.5,
    )
    blocks = [
        P("Datum 2026-02-10", size=9.5),
        Title("Uppföljning av internkontrollplan 2025", size=17, font="narrow-bold", after=4),
        Title("Barn- och utbildningsnämnden", size=12, font="narrow", after=10),
        H("Förslag till beslut", 2),
        P(
            "Barn- och utbildningsnämnden godkänner uppföljningen av internkontrollplanen för 2025 och överlämnar den "
            "till kommunstyrelsen för kännedom."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt kommunallagen ska nämnderna se till att den interna kontrollen är tillräcklig. Nämnden antog i "
            "december 2024 en internkontrollplan med sex kontrollmoment, som valdes ut efter en risk- och "
            "väsentlighetsanalys. Förvaltningen har genomfört kontrollerna under året och redovisar här resultatet."
        ),
        H("Sammanfattande bedömning", 2),
        P(
            "Fyra av sex kontrollmoment visar inga eller endast mindre avvikelser. Två kontrollmoment, avtalstrohet vid "
            "inköp och ersättning till timanställda, visar brister som kräver åtgärder."
        ),
        controls,
        H("Resultat per kontrollmoment", 2),
        H("1. Attest av leverantörsfakturor", 3),
        P(
            "Av 60 granskade fakturor saknade två en korrekt beslutsattest. I båda fallen hade fakturan attesterats av "
            "en person som saknade delegation för beloppet. Inga felaktiga utbetalningar har konstaterats."
        ),
        H("2. Avtalstrohet vid inköp", 3),
        P(
            "Inköpsstatistiken för 2025 visar att nämnden köpte varor och tjänster för 1,8 mnkr från leverantörer som "
            "kommunen saknar avtal med. Det motsvarar 4 procent av nämndens inköp. Den största delen avser läromedel "
            "och digitala licenser som skolorna har köpt direkt från förlagen, trots att det finns ett ramavtal.",
            O(None, amount="1,8 mnkr", note=NOT_BUDGET),
        ),
        H("3. Ersättning till timanställda", 3),
        P(
            "Kontrollen av 40 timanställda visade att nio hade fått ob-tillägg för pass som inte var registrerade i "
            "schemat. Felaktigt utbetalda belopp uppgår till sammanlagt 46 300 kronor, som har återkrävts. Bristerna "
            "beror främst på att tidrapporterna för timvikarier inte har stämts av mot schemat innan de attesterats.",
            O(
                None,
                "vikarier",
                amount="46 300 kronor",
                note=NOT_BUDGET + " A cue word ('beror främst på') all the same.",
            ),
        ),
        H("4. Debitering av förskoleavgifter", 3),
        P(
            "Samtliga 50 kontrollerade hushåll hade debiterats rätt avgift utifrån inkomstuppgift och vistelsetid."
        ),
        H("5. Prognossäkerhet", 3),
        P(
            "Nämndens helårsprognos i delårsrapporten per augusti avvek med 1,6 mnkr från årets faktiska utfall. "
            "Avvikelsen ligger inom den tolerans på 2,0 mnkr som nämnden har fastställt. Prognosen underskattade "
            "främst kostnaderna för tilläggsbelopp i grundskolan.",
            O(
                None,
                amount="1,6 mnkr",
                note="Forecast accuracy: the year's outcome against August's forecast, neither a deviation from "
                "budget nor a change of forecast in a follow-up.",
            ),
        ),
        H("6. Bisysslor", 3),
        P(
            "Av 48 chefer har 45 besvarat enkäten. Tre medarbetare hade bisysslor som inte var anmälda; ingen av dem "
            "bedömdes vara förtroendeskadlig."
        ),
        H("Åtgärder", 2),
        P("Förvaltningen genomför följande åtgärder under 2026:"),
        Bullets(
            (
                "Från mars 2026 ska alla läromedel och licenser beställas via kommunens e-handelssystem, så att inköp "
                "utanför avtal kan stoppas redan vid beställningen.",
                "Tidrapporter för timvikarier ska stämmas av mot schemat varje månad innan lönen betalas ut.",
                "Rektorer och förskolechefer får en repetitionsutbildning i attest och delegationsordning under våren.",
            ),
            labels=(
                A(None, note="A control measure, no effect in kronor."),
                A(None, None, "vikarier", note="A control measure, no effect in kronor."),
                A(None, note="A control measure, no effect in kronor."),
            ),
        ),
        H("Internkontrollplan 2026", 2),
        PS(
            (
                "Inför 2026 föreslås tre nya kontrollmoment: ansökan och redovisning av statsbidrag, rätt till "
                "skolskjuts och beslut om tilläggsbelopp. Statsbidragen har vuxit till 46 mnkr per år, och en felaktig "
                "ansökan kan innebära att betydande belopp måste betalas tillbaka.",
                O("Statsbidrag", "statsbidrag", note="A risk behind next year's control plan."),
            ),
            (
                "Kostnaderna för tilläggsbelopp har ökat med 5,4 mnkr jämfört med 2024, vilket beror på att fler "
                "elever har beviljats stöd.",
                O(
                    "Tilläggsbelopp",
                    "volymer",
                    amount="5,4 mnkr",
                    note="Against the previous year, not the budget, with a cue word.",
                ),
            ),
        ),
        P("Anna Berglund, förvaltningschef                    Erik Sandahl, controller", size=9.5),
    ]
    return ReportSpec(
        file="arvika-bun-uppfoljning-internkontroll-2025.pdf",
        report={
            "municipality": "Arvika",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "internkontroll",
        },
        metadata={
            "title": "Uppföljning av internkontrollplan 2025 Barn- och utbildningsnämnden",
            "author": "Arvika kommun",
        },
        style=style,
        blocks=blocks,
    )
