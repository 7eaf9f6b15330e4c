"""Jämtlands Gymnasieförbund (kommunalförbund), Direktionen, delårsrapport januari–augusti 2025.

An upper-secondary school kommunalförbund's interim report set in Liberation Serif (Times metrics) 11 pt,
footer with the direktion's meeting date in October: the period's result (a level) and the full year "ett
överskott på 1,9 mnkr, att jämföra med ett budgeterat nollresultat" (the deviation against a zero budget);
the surplus split "med 1,2 mnkr på yrkesprogrammen och 0,7 mnkr på de högskoleförberedande programmen" (two
items, no reasons); the members' contributions that "följer den beslutade budgeten" (boilerplate); a
kostnadsslag table in tkr where a positive deviation is better than budget and costs carry minus signs; bold
run-in kostnadsslag ending in a full stop: revenue "ger 2,7 mnkr i merintäkter", a state grant that "hamnar 1,1 mnkr under
budget", personnel costs "Överskottet på 2,3 mnkr beror på" with overtime pulling the other way, premises
with a reason only (the row's "−900"), and a "respektive" pair whose two areas are named before the amounts
("Måltider och läromedel respektive köp av utbildningsplatser kostar 0,3 och 0,8 mnkr mer än budgeterat")
with a reason for the second only; the change since the tertial report with its cause; investments "2,4
mnkr lägre än budgeterat"; an action "cirka 0,4 mnkr"; equity and repayment to the members (other) and pupil
numbers against last autumn (other). 10 scored causes.

The förbund is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.34,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Jämtlands Gymnasieförbund", "Delårsrapport 2025"),
        footer=lambda n, m: ("Direktionen 2025-10-02", "", f"{n}"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning per kostnadsslag, tkr (positiv avvikelse = bättre än budget)",
        header=(("", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "248 000", "248 000", "0"),
            ("Interkommunala intäkter", "31 500", "34 200", "2 700"),
            ("Statsbidrag", "12 400", "11 300", "−1 100"),
            ("Personalkostnader", "−176 800", "−174 500", "2 300"),
            ("Lokalkostnader", "−42 600", "−43 500", "−900"),
            ("Måltider och läromedel", "−38 200", "−38 500", "−300"),
            ("Köp av utbildningsplatser", "−34 300", "−35 100", "−800"),
            ("Resultat", "0", "1 900", "1 900"),
        ),
        widths=(170.0, 80.0, 80.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="times-bold", after=2),
        Title("Jämtlands Gymnasieförbund", size=14, font="times", after=14),
        H("Förbundets ekonomi", 1),
        P(
            "Förbundet redovisar för januari–augusti ett resultat på 6,8 mnkr. Helårsprognosen är ett överskott på "
            "1,9 mnkr, att jämföra med ett budgeterat nollresultat.",
            C(
                None,
                "1,9 mnkr",
                "+",
                note="The full year against a zero budget: the surplus is the deviation. The period's result is a level.",
            ),
        ),
        P(
            "Överskottet fördelar sig med 1,2 mnkr på yrkesprogrammen och 0,7 mnkr på de högskoleförberedande "
            "programmen.",
            C(
                "Yrkesprogrammen",
                "1,2 mnkr",
                "+",
                note="The surplus split on two groups of programmes: two items, no reasons.",
                also=(C("Högskoleförberedande program", "0,7 mnkr", "+"),),
            ),
        ),
        P(
            "Medlemskommunernas bidrag till förbundet följer den beslutade budgeten.",
            BP("Medlemsbidrag"),
        ),
        table,
        H("Kommentarer till prognosen", 2),
        LP(
            "Interkommunala intäkter.",
            "Fler elever från kommuner utanför förbundet än vad som antogs i budgeten har sökt sig till "
            "naturbruksprogrammet och flygteknikutbildningen, vilket ger 2,7 mnkr i merintäkter.",
            C("Interkommunala intäkter", "2,7 mnkr", "+", "avgifter_intakter", "volymer"),
        ),
        LP(
            "Statsbidrag.",
            "Statsbidraget för gymnasial lärlingsutbildning blev lägre när den nationella ramen minskades, och "
            "intäkterna hamnar 1,1 mnkr under budget.",
            C("Statsbidrag", "1,1 mnkr", "-", "statsbidrag", note="Revenue under budget: negative."),
        ),
        LP(
            "Personalkostnader.",
            "Överskottet på 2,3 mnkr beror på att flera lärartjänster i yrkesämnen inte har gått att tillsätta. "
            "Undervisningen har delvis lösts genom att befintliga lärare tagit extra lektioner mot övertidsersättning.",
            C("Personalkostnader", "2,3 mnkr", "+", "vakanser", "overtid"),
        ),
        LP(
            "Lokalkostnader.",
            "Hyran för skolbyggnaden vid Kyrkgatan har räknats upp med ett högre index än vad som låg till grund för "
            "budgeten.",
            C(
                "Lokalkostnader",
                "−900",
                "-",
                "lokaler",
                "prisokningar",
                unit="tkr",
                table=True,
                note="A reason only: the row's cell.",
            ),
        ),
        LP(
            "Elevkostnader.",
            "Måltider och läromedel respektive köp av utbildningsplatser kostar 0,3 och 0,8 mnkr mer än budgeterat, "
            "det senare eftersom fler elever än väntat går i fristående gymnasieskolor.",
            C(
                "Måltider och läromedel",
                "0,3",
                "-",
                unit="mnkr",
                note="A 'respektive' pair with the areas first and the amounts after: two items. The reason is "
                "given for the second area only.",
                also=(C("Köp av utbildningsplatser", "0,8 mnkr", "-", "kopt_verksamhet", "volymer"),),
            ),
        ),
        P(
            "Prognosen är 0,7 mnkr bättre än i tertialrapporten, huvudsakligen till följd av de ökade "
            "interkommunala intäkterna.",
            F(None, "0,7 mnkr", "+", "avgifter_intakter"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna beräknas till 4,6 mnkr, vilket är 2,4 mnkr lägre än budgeterat. Ombyggnaden av "
            "svetsverkstaden har fått vänta på bygglov och genomförs under 2026.",
            C("Investeringar", "2,4 mnkr", "+", "periodisering"),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat att inte återbesätta två administrativa tjänster som blir lediga under hösten, "
            "vilket sänker kostnaderna med cirka 0,4 mnkr i år.",
            A(None, "cirka 0,4 mnkr", "vakanser"),
        ),
        H("Eget kapital", 2),
        P(
            "Det egna kapitalet uppgår till 18,4 mnkr. Enligt förbundsordningen ska ett överskott återbetalas till "
            "medlemskommunerna i förhållande till deras antal elever.",
            O(None, "reserver", note="Equity and repayment to the members: other."),
        ),
        H("Elever", 2),
        P(
            "Förbundet hade 2 310 elever den 15 september 2025, vilket är 45 fler än hösten 2024.",
            O(None, "volymer", note="Pupil numbers against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="jamtlands-gymnasieforbund-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Jämtlands Gymnasieförbund", "Kommunalförbundet Jämtlands Gymnasieförbund"],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport 2025 Jämtlands Gymnasieförbund",
            "author": "Jämtlands Gymnasieförbund",
        },
        style=style,
        blocks=blocks,
    )
