"""Hylte kommun, Socialnämnden, tertialrapport 1 2026 (januari–april).

A social committee's first tertial report whose result table turns the usual sign around: net costs are
positive and "Avvikelse" is prognos − budget, so "+3 550" is an overspend and "−430" a saving (the note under
the caption says so). The summary gives the period below the periodised budget and the full year's net cost
"6,1 mnkr högre än tilldelad ram" in one sentence (the year's is the amount) with the largest area named in the
next sentence (one item), then the period's timing reason apart (amount null) and the change since February.
Bold run-in verksamheter with a full stop: barn och familj "beräknas överskrida budgeten med drygt 3,5 mnkr"
with a price rise in percent, vuxen och missbruk with a reason only (the table's "+1 280", negative), ekonomiskt
bistånd where last year's household count is part of the reason and the amount comes in the last sentence,
arbetsmarknad och integration "Ett överskott på 1,1 mnkr väntas", funktionsstöd "vilket ger 750 tkr i
överskott", personlig assistans whose amount follows the reason ("Underskottet bedöms till 1,2 mnkr") and
nämnd och förvaltningsledning with a reason only (the table's "−430", positive). An action without an effect,
an uncertainty paragraph and sick leave against last year (other). Liberation Sans (Arial metrics) 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O

ROW = "A reason only: the table row's cell (tkr; prognos − budget, so + is an overspend)."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Hylte kommun", "Socialnämnden"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "Dnr SN 2026/34", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Nettokostnad per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "9 850", "3 010", "9 420", "−430"),
            ("Barn och familj", "38 600", "13 880", "42 150", "+3 550"),
            ("Vuxen och missbruk", "14 200", "5 120", "15 480", "+1 280"),
            ("Ekonomiskt bistånd", "21 300", "7 640", "23 700", "+2 400"),
            ("Arbetsmarknad och integration", "12 900", "3 960", "11 760", "−1 140"),
            ("Funktionsstöd LSS", "61 400", "19 870", "60 650", "−750"),
            ("Personlig assistans", "18 700", "6 510", "19 900", "+1 200"),
            ("Summa", "176 950", "59 990", "183 060", "+6 110"),
        ),
        widths=(150.0, 70.0, 76.0, 72.0, 62.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="arial-bold", after=2),
        Title("Socialnämnden, januari–april", size=12, font="arial", after=14),
        H("Sammanfattning", 2),
        P(
            "Socialnämndens utfall efter april ligger 0,9 mnkr under periodiserad budget, men prognosen för helåret "
            "pekar på en nettokostnad som är 6,1 mnkr högre än tilldelad ram. Den största avvikelsen finns inom barn "
            "och familj, där kostnaderna för placeringar har fortsatt att öka.",
            C(
                None,
                "6,1 mnkr",
                "-",
                "kopt_verksamhet",
                note="The period and the full year in one sentence: the full year's is the amount; the next "
                "sentence names the largest area and its reason (one item).",
            ),
        ),
        P(
            "Att utfallet efter april ändå ligger under periodiserad budget beror på att hyran för det nya "
            "familjecentret i Hyltebruk debiteras först från juli.",
            C(
                None,
                None,
                "+",
                "periodisering",
                "lokaler",
                note="The period surplus's reason apart from its amount: amount null.",
            ),
        ),
        P(
            "Jämfört med prognosen i februari har underskottet ökat med 1,6 mnkr, till största delen på grund av två "
            "placeringar enligt LVM under mars och april.",
            F(None, "1,6 mnkr", "-", "kopt_verksamhet"),
        ),
        table,
        P(
            "Avvikelse = prognos minus budget. Ett positivt värde innebär att nettokostnaden blir högre än budget.",
            size=8.0,
        ),
        H("Kommentarer per verksamhet", 2),
        LP(
            "Barn och familj.",
            "Verksamheten beräknas överskrida budgeten med drygt 3,5 mnkr. Fyra barn har placerats i jourhem och två "
            "ungdomar på HVB sedan årsskiftet, och dygnsavgifterna hos de privata HVB-hemmen har höjts med mellan 4 "
            "och 9 procent.",
            C(
                "Barn och familj",
                "drygt 3,5 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "prisokningar",
                note="'Drygt 3,5 mnkr': the stated figure; the percentages are price rises, not the deviation.",
            ),
        ),
        LP(
            "Vuxen och missbruk.",
            "Två placeringar enligt LVM under våren, som inte fanns med i budgeten, förklarar i princip hela "
            "avvikelsen.",
            C("Vuxen och missbruk", "+1 280", "-", "kopt_verksamhet", unit="tkr", table=True, note=ROW),
        ),
        LP(
            "Ekonomiskt bistånd.",
            "Utbetalningarna ökar. I genomsnitt har 212 hushåll fått försörjningsstöd per månad, jämfört med 188 "
            "under samma period i fjol, och allt fler har varit utan arbete längre än ett år. Prognosen är 2,4 mnkr "
            "över budget.",
            C(
                "Ekonomiskt bistånd",
                "2,4 mnkr",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                note="Last year's household count is part of the reason; the amount comes last.",
            ),
        ),
        LP(
            "Arbetsmarknad och integration.",
            "Ett överskott på 1,1 mnkr väntas. Statsbidraget för etableringsinsatser blir högre än budgeterat, och en "
            "arbetsmarknadssekreterare har slutat utan att tjänsten har återbesatts.",
            C("Arbetsmarknad och integration", "1,1 mnkr", "+", "statsbidrag", "vakanser"),
        ),
        LP(
            "Funktionsstöd LSS.",
            "Kostnaden för köpta platser i bostad med särskild service blir lägre än beräknat sedan en brukare har "
            "flyttat till kommunens nya gruppbostad på Lindvägen, vilket ger 750 tkr i överskott.",
            C("Funktionsstöd LSS", "750 tkr", "+", "kopt_verksamhet"),
        ),
        LP(
            "Personlig assistans.",
            "Försäkringskassan har omprövat rätten till assistansersättning för två brukare, och kommunen bär nu hela "
            "kostnaden för deras assistans. Underskottet bedöms till 1,2 mnkr.",
            C("Personlig assistans", "1,2 mnkr", "-", "ersattning_fk", note="The amount follows the reason."),
        ),
        LP(
            "Nämnd och förvaltningsledning.",
            "Lägre kostnader för konsultstöd i utredningsarbetet än vad som budgeterats.",
            C(
                "Nämnd och förvaltningsledning",
                "−430",
                "+",
                "inhyrd_personal",
                unit="tkr",
                table=True,
                note=ROW + " A minus here is a saving.",
            ),
        ),
        H("Åtgärder och risker", 2),
        PS(
            (
                "Förvaltningen har infört veckovisa genomgångar av alla pågående placeringar och ska under maj ta fram "
                "en plan för att bygga ut familjehemsvården. Effekten går ännu inte att beräkna.",
                A("Barn och familj", None, "kopt_verksamhet", note="An action without an effect."),
            ),
        ),
        P(
            "Prognosen är osäker. Placeringskostnaderna kan öka snabbt om fler barn behöver skyddas, och "
            "Försäkringskassans bedömningar i de pågående ärendena om assistansersättning är inte klara.",
            O(None, note="Uncertainty: other."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron inom funktionsstöd var 8,2 procent under januari–april, vilket är något högre än under "
            "samma period 2025.",
            O("Funktionsstöd LSS", "sjukfranvaro", note="Sick leave against last year: other."),
        ),
    ]
    return ReportSpec(
        file="hylte-sn-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Hylte",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Socialnämnden", "author": "Hylte kommun"},
        style=style,
        blocks=blocks,
    )
