"""Kungälvs kommun, Kommunstyrelsen, månadsrapport september 2025 (the whole kommun).

A whole-kommun month report in "mnkr", footer with the kommunstyrelse's meeting date in October: the full
year as a result "att jämföra med budgeterade 85 mnkr" (the 24 mnkr deviation never written out), the
period's result against the previous year (other), the change since August with no reason; a nämnd table of
net costs whose difference column is "prognos minus budget", so a deficit is printed "+13,2" and a surplus
"−0,5"; under a generic heading one bullet per nämnd in new shapes: "kostnaderna hamnar 13,2 mnkr över
tilldelad ram", a reason-only socialnämnd (the table's "+8,9", a deficit), "pekar på ett underskott om 2,5
mnkr (4,1 mnkr i augusti)", "en negativ avvikelse på 2,0 mnkr", "ett överskott i storleksordningen en halv
miljon kronor", "knappt fyra procent av ramen, eller 1,1 mnkr", "går med ett plus på 2,6 mnkr" and a
revisionen with "ingen avvikelse" (boilerplate); tax revenue below and the finance net above budget as two
causes without tags; investments "134 mnkr lägre än budgeterat" and, in the next sentence, one project's
share of it with the reason ("står för 61 mnkr av avvikelsen": a part, one item with the total); a
kommundirektör's assignment with a target effect (action) and a financial goal not met (other). 11 scored
causes. DejaVu Sans 9.5 pt, two-level numbered headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("KUNGÄLVS KOMMUN", "Månadsrapport september 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-10-15", "Dnr KS2025/1187", f"{n}/{m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Nämndernas nettokostnader 2025, mnkr. Differens = prognos minus budget (plus = högre kostnad).",
        header=(("Nämnd", "Budget", "Prognos", "Differens", "Differens aug"),),
        rows=(
            ("Kommunstyrelsen", "248,0", "245,4", "−2,6", "−2,2"),
            ("Barn- och utbildningsnämnden", "1 164,5", "1 177,7", "+13,2", "+9,1"),
            ("Socialnämnden", "412,8", "421,7", "+8,9", "+8,4"),
            ("Vård- och omsorgsnämnden", "702,3", "704,8", "+2,5", "+4,1"),
            ("Tekniska nämnden", "118,6", "120,6", "+2,0", "+1,4"),
            ("Kultur- och fritidsnämnden", "96,2", "95,7", "−0,5", "−0,3"),
            ("Miljö- och byggnadsnämnden", "29,4", "30,5", "+1,1", "+0,9"),
            ("Revisionen", "3,1", "3,1", "0,0", "0,0"),
            ("Summa nämnder", "2 774,9", "2 799,5", "+24,6", "+21,4"),
        ),
        widths=(176.0, 64.0, 64.0, 66.0, 76.0),
        bold_rows=frozenset({8}),
        rules=True,
        shade=(0.86, 0.91, 0.95),
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport september 2025", size=19, font="sans-bold", after=2),
        Title("Kungälvs kommun, uppföljning januari–september", size=11, font="sans", after=14),
        H("1 Sammanfattning", 1),
        P(
            "Kommunens resultat för 2025 beräknas till 61 mnkr, att jämföra med budgeterade 85 mnkr.",
            C(
                None,
                "61 mnkr, att jämföra med budgeterade 85 mnkr",
                "-",
                value=24_000_000,
                note="The result against the budgeted result; the 24 mnkr deviation is never written out.",
            ),
        ),
        P(
            "Resultatet per september uppgår till 112 mnkr, vilket är 9 mnkr högre än vid samma tidpunkt "
            "föregående år, främst för att semesterlöneskulden ännu inte har räknats upp.",
            O(None, "periodisering", note="The period's result against the previous year, not the budget."),
        ),
        P(
            "Helårsprognosen är 6 mnkr sämre än i augustirapporten.",
            F(None, "6 mnkr", "-", note="A forecast change with no reason."),
        ),
        H("2 Nämndernas prognoser", 1),
        table,
        Space(4),
        H("2.1 Kommentarer från nämnderna", 2),
        Bullets(
            (
                "Barn- och utbildningsnämnden beräknar att årets kostnader hamnar 13,2 mnkr över tilldelad ram. "
                "Antalet elever i anpassad grundskola har ökat med 22 sedan budgeten lades, och kostnaderna för "
                "tilläggsbelopp till fristående skolor stiger i samma takt.",
                "Socialnämnden: Behovet av boende enligt LSS har ökat snabbare än planerat, och två nya köpta platser "
                "har tillkommit under sommaren. Försörjningsstödet ligger samtidigt kvar på en hög nivå.",
                "Vård- och omsorgsnämnden pekar på ett underskott om 2,5 mnkr (4,1 mnkr i augusti). Det förklaras av "
                "höga kostnader för sjuksköterskor från bemanningsföretag inom särskilt boende.",
                "Tekniska nämnden visar en negativ avvikelse på 2,0 mnkr, som i sin helhet hänförs till högre priser "
                "på asfalt och drivmedel i driftentreprenaden.",
                "Kultur- och fritidsnämndens prognos är ett överskott i storleksordningen en halv miljon kronor, "
                "främst för att simhallen har hållit stängt under renoveringen av bassängen.",
                "Miljö- och byggnadsnämnden har ett underskott som motsvarar knappt fyra procent av ramen, eller "
                "1,1 mnkr. Intäkterna blir lägre eftersom färre bygglovsansökningar har kommit in än beräknat.",
                "Kommunstyrelsens egna verksamheter går med ett plus på 2,6 mnkr. Det beror på vakanta tjänster inom "
                "digitaliseringsenheten och på att licenserna för det nya ärendehanteringssystemet börjar "
                "faktureras först 2026.",
                "Revisionen redovisar ingen avvikelse mot budget.",
            ),
            labels=(
                C("Barn- och utbildningsnämnden", "13,2 mnkr", "-", "volymer", "kopt_verksamhet"),
                C(
                    "Socialnämnden",
                    "+8,9",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    "ekonomiskt_bistand",
                    unit="mnkr",
                    table=True,
                    note="Reasons only: the table row's difference, printed '+' for a deficit (prognos minus budget).",
                ),
                C(
                    "Vård- och omsorgsnämnden",
                    "2,5 mnkr",
                    "-",
                    "inhyrd_personal",
                    note="August's figure in brackets is not the amount.",
                ),
                C("Tekniska nämnden", "2,0 mnkr", "-", "prisokningar"),
                C(
                    "Kultur- och fritidsnämnden",
                    "en halv miljon kronor",
                    "+",
                    "ovrigt",
                    value=500_000,
                    note="An amount in words; a closure for renovation is ovrigt.",
                ),
                C(
                    "Miljö- och byggnadsnämnden",
                    "1,1 mnkr",
                    "-",
                    "avgifter_intakter",
                    note="The percentage of the ram is not the amount.",
                ),
                C("Kommunstyrelsen", "2,6 mnkr", "+", "vakanser", "it_digitalisering", "periodisering"),
                BP("Revisionen"),
            ),
        ),
        H("3 Finansiering", 1),
        PS(
            (
                "Skatteintäkter och generella statsbidrag beräknas ge 3,9 mnkr mindre än budget, efter att "
                "augustiprognosen för skatteunderlaget skrevs ned.",
                C("Skatteintäkter och generella statsbidrag", "3,9 mnkr", "-", note=NO_TAG),
            ),
            (
                "Finansnettot blir samtidigt 4,5 mnkr bättre än budget tack vare lägre räntor på kommunens lån.",
                C("Finansnetto", "4,5 mnkr", "+", note=NO_TAG),
            ),
        ),
        H("4 Investeringar", 1),
        P(
            "Investeringsutgifterna beräknas bli 134 mnkr lägre än budgeterat, vilket motsvarar en upparbetningsgrad "
            "på 72 procent. Enbart nybyggnationen av Kastellskolan står för 61 mnkr av avvikelsen, eftersom "
            "upphandlingen av totalentreprenaden fick göras om.",
            C(
                "Investeringar",
                "134 mnkr",
                "+",
                "periodisering",
                note="Investment under-spending; the percentage is not the amount, and one project's share of the "
                "deviation ('står för 61 mnkr av avvikelsen') is a part: one item with the total.",
            ),
        ),
        H("5 Åtgärder och finansiella mål", 1),
        P(
            "Kommundirektören har gett sektorerna i uppdrag att ta fram åtgärder som sänker kostnaderna med minst "
            "10 mnkr till årets slut.",
            A(None, "10 mnkr"),
        ),
        P(
            "Målet om ett resultat på minst 2 procent av skatteintäkter och generella statsbidrag nås inte med "
            "nuvarande prognos.",
            O(None, note="A financial goal: other."),
        ),
    ]
    return ReportSpec(
        file="kungalv-ks-manadsrapport-2025-09.pdf",
        report={
            "municipality": "Kungälv",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-09"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport september 2025", "author": "Kungälvs kommun"},
        style=style,
        blocks=blocks,
    )
