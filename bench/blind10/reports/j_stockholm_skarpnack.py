"""Stockholms stad, Skarpnäcks stadsdelsnämnd, tertialrapport 2 2025 (januari–augusti).

A stadsdelsnämnd's tertial report set as a tjänsteutlåtande (footer with the förvaltning's diary number and
the nämnd's meeting date in September): a summary paragraph whose sentences are the period against the
periodised budget ("en nettokostnad som är 7,9 mnkr högre än den periodiserade budgeten"), the full year
("ett underskott om 14,3 mnkr, motsvarande 1,3 procent av budgeten": the percentage is not the amount), the
deficit left after the city's avräkning ("återstår ett underskott om 5,4 mnkr": a financing statement,
other) and the change since tertial 1 with its cause; a table in mnkr with the deviation against tertial 1
beside this tertial's; plain level-3 headings per verksamhetsområde with paragraphs in varied shapes
("lämnar enligt prognosen 2,4 mnkr i överskott", "visar en positiv avvikelse om", "överskrider budget
med"), barn och ungdom and vuxna as a "−5,3 mnkr respektive +1,1 mnkr" pair with different causes in the
next sentence (two items with the same text), the ekonomiskt bistånd deficit followed by its avräkning
(other), a reason-only stadsmiljö paragraph (the table's "−1,4"), socialpsykiatri "inom budget"
(boilerplate); investments "6,0 mnkr, och prognosen är 4,2 mnkr" (1,8 mnkr never written out); an action
with its effect and a budgetjustering request (other). 11 scored causes. Liberation Sans (Arial metrics)
10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Skarpnäcks stadsdelsförvaltning", "Tjänsteutlåtande"),
        footer=lambda n, m: ("Dnr SKA 2025/0412", "Skarpnäcks stadsdelsnämnd 2025-09-18", f"Sida {n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Tabell 1. Prognos per verksamhetsområde 2025, netto, mnkr",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse", "Avvikelse T1"),),
        rows=(
            ("Nämnd och administration", "41,6", "40,4", "1,2", "0,8"),
            ("Förskoleverksamhet", "386,2", "383,8", "2,4", "1,9"),
            ("Stöd och service, funktionsnedsättning", "172,5", "171,9", "0,6", "0,0"),
            ("Äldreomsorg", "298,4", "305,1", "−6,7", "−4,8"),
            ("IFO barn och ungdom", "71,3", "76,6", "−5,3", "−1,9"),
            ("IFO vuxna", "38,7", "37,6", "1,1", "0,9"),
            ("Socialpsykiatri", "44,9", "44,9", "0,0", "0,0"),
            ("Ekonomiskt bistånd", "52,0", "58,2", "−6,2", "−5,6"),
            ("Stadsmiljöverksamhet", "27,8", "29,2", "−1,4", "−1,0"),
            ("Summa", "1 133,4", "1 147,7", "−14,3", "−9,7"),
        ),
        widths=(190.0, 62.0, 62.0, 64.0, 72.0),
        bold_rows=frozenset({9}),
        rules=True,
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Tertialrapport 2 2025", size=20, font="arial-bold", after=3),
        Title("Skarpnäcks stadsdelsnämnd", size=13, font="arial", after=14),
        H("Förvaltningens förslag till beslut", 2),
        P(
            "1. Stadsdelsnämnden godkänner tertialrapport 2 för 2025 och överlämnar den till kommunstyrelsen. "
            "2. Stadsdelsnämnden begär budgetjustering enligt avsnittet Budgetjusteringar."
        ),
        H("Sammanfattning", 2),
        PS(
            (
                "Utfallet för januari–augusti visar en nettokostnad som är 7,9 mnkr högre än den periodiserade "
                "budgeten.",
                C(
                    None,
                    "7,9 mnkr",
                    "-",
                    note="The period against the periodised budget, a sentence of its own.",
                ),
            ),
            (
                "För helåret prognostiserar nämnden ett underskott om 14,3 mnkr, motsvarande 1,3 procent av "
                "budgeten.",
                C(None, "14,3 mnkr", "-", note="The full year; the percentage is not the amount."),
            ),
            (
                "Efter avräkning för ekonomiskt bistånd och för volymförändringar inom äldreomsorgen, sammanlagt "
                "8,9 mnkr, återstår ett underskott om 5,4 mnkr som nämnden ska hantera inom egen ram.",
                O(
                    None,
                    direction="-",
                    amount="5,4 mnkr",
                    note="The deficit left after the city's central avräkning: a financing statement, other.",
                ),
            ),
            (
                "Prognosen har försämrats med 4,6 mnkr sedan tertialrapport 1, främst på grund av nya placeringar "
                "inom barn och ungdom.",
                F(None, "4,6 mnkr", "-", "kopt_verksamhet", "volymer"),
            ),
        ),
        table,
        Space(6),
        H("Ekonomi per verksamhetsområde", 2),
        H("Förskoleverksamhet", 3),
        P(
            "Förskoleverksamheten lämnar enligt prognosen 2,4 mnkr i överskott. Överskottet uppstår främst genom att "
            "förskolorna Myran och Tallkotten i Bagarmossen slogs samman i januari, vilket har gett lägre kostnader "
            "för både personal och lokaler än vad resursfördelningen täcker.",
            C("Förskoleverksamhet", "2,4 mnkr", "+", "omstallning", "lokaler"),
        ),
        H("Stöd och service till personer med funktionsnedsättning", 3),
        P(
            "Verksamheten visar en positiv avvikelse om 0,6 mnkr, eftersom den nya gruppbostaden på Horisontvägen "
            "öppnade i maj i stället för i februari som det var planerat.",
            C("Stöd och service till personer med funktionsnedsättning", "0,6 mnkr", "+", "periodisering"),
        ),
        H("Äldreomsorg", 3),
        P(
            "Äldreomsorgen visar ett prognostiserat underskott om 6,7 mnkr. Det finns främst inom hemtjänst i egen "
            "regi, där den höga sjukfrånvaron under sommaren krävde fler timanställda än planerat och där "
            "ersättningen per beviljad timme inte täcker kostnaderna för dubbelbemanning. Antalet beviljade "
            "hemtjänsttimmar har dessutom ökat mer än resursfördelningen förutsåg.",
            C("Äldreomsorg", "6,7 mnkr", "-", "sjukfranvaro", "vikarier", "bemanning", "volymer"),
        ),
        H("Individ- och familjeomsorg", 3),
        P(
            "Barn och ungdom samt vuxna avviker med −5,3 mnkr respektive +1,1 mnkr. För barn och ungdom har sex nya "
            "placeringar på HVB och i konsulentstödda familjehem tillkommit sedan april, medan vuxenenheten har "
            "kunnat avsluta flera köpta boendeplatser och ersätta dem med eget boendestöd.",
            C(
                "Barn och ungdom",
                "−5,3 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="A 'respektive' pair with each area's cause in the next sentence: two items, same text.",
                also=(C("Vuxna", "+1,1 mnkr", "+", "kopt_verksamhet"),),
            ),
        ),
        H("Socialpsykiatri", 3),
        P("Socialpsykiatrin bedöms kunna bedriva sin verksamhet inom budget.", BP("Socialpsykiatri")),
        H("Ekonomiskt bistånd", 3),
        PS(
            (
                "Ekonomiskt bistånd överskrider budget med 6,2 mnkr. Fler hushåll än tidigare har varit beroende av "
                "försörjningsstöd under lång tid, och många har fått högre boendekostnader efter årets "
                "hyresförhandlingar.",
                C("Ekonomiskt bistånd", "6,2 mnkr", "-", "ekonomiskt_bistand", "volymer"),
            ),
            (
                "Underskottet avräknas mot centrala medel enligt kommunfullmäktiges regler och påverkar därför inte "
                "nämndens resultat efter avräkning.",
                O("Ekonomiskt bistånd", note="The avräkning of the deficit: financing, other."),
            ),
        ),
        H("Stadsmiljöverksamhet", 3),
        P(
            "Kostnaderna för klotterborttagning och för reparationer efter skadegörelse vid Nackareservatets "
            "entréer och på flera lekplatser har varit betydligt större än beräknat.",
            C(
                "Stadsmiljöverksamhet",
                "−1,4",
                "-",
                "ovrigt",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's deviation. Vandalism is ovrigt.",
            ),
        ),
        H("Nämnd och administration", 3),
        P(
            "Överskottet om 1,2 mnkr har uppstått genom att två tjänster på administrativa avdelningen stått "
            "vakanta under våren.",
            C("Nämnd och administration", "1,2 mnkr", "+", "vakanser"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget uppgår till 6,0 mnkr, och prognosen är 4,2 mnkr. Upprustningen av "
            "Skarpnäcks parklek flyttas till 2026 sedan bygglovet har överklagats.",
            C(
                "Investeringar",
                "6,0 mnkr, och prognosen är 4,2 mnkr",
                "+",
                "periodisering",
                value=1_800_000,
                note="Investment under-spending of 1,8 mnkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder för en budget i balans", 2),
        P(
            "Förvaltningen har infört en placeringsgrupp där alla nya och förlängda placeringar för barn och unga "
            "prövas varannan vecka. Åtgärden bedöms minska kostnaderna med 1,5 mnkr under hösten.",
            A("Barn och ungdom", "1,5 mnkr", "kopt_verksamhet"),
        ),
        H("Budgetjusteringar", 2),
        P(
            "Nämnden begär hos kommunstyrelsen en budgetjustering om 2,0 mnkr för kostnaderna för "
            "lokalanpassningar i den nya gruppbostaden på Horisontvägen.",
            O(
                "Stöd och service till personer med funktionsnedsättning",
                note="A request for a budget adjustment: financing, other.",
            ),
        ),
    ]
    return ReportSpec(
        file="stockholm-skarpnack-sdn-tertialrapport-2025-08.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Skarpnäcks stadsdelsnämnd", "Stadsdelsnämnden"],
            "period": ["2025-08"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 2 2025 Skarpnäcks stadsdelsnämnd", "author": "Stockholms stad"},
        style=style,
        blocks=blocks,
    )
