"""Mälardalens brand- och räddningsförbund (kommunalförbund), Förbundsdirektionen, delårsrapport 2025-08.

A fire and rescue kommunalförbund's interim report in tkr and mnkr, footer with the direktion's meeting
date in September: the full-year forecast "3,7 mnkr sämre än budgeterat resultat" with the areas that "blir
dyrare än beräknat" named; the members' contributions that "följer budget" (boilerplate); a kostnadsslag
table whose note says a positive figure is better than budget; bold run-in kostnadsslag whose lead
carries the amount ("Personalkostnader –2 900 tkr."): forest fires, overtime and sick leave; vehicles
"överstiger budget med cirka 1,4 mnkr"; revenue "0,9 mnkr högre än budget"; premises with a reason and no
amount (the table row's "+300"); pensions "600 tkr högre än budget" (no tag); the change since the tertial
report with its cause; investments that "bedöms förbrukas till knappt hälften" (no amount anywhere: null);
an action with "ca 0,5 mnkr", equity (other) and call-outs against last year with "beror på" (other).
DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("Mälardalens brand- och räddningsförbund", "Delårsrapport 2025"),
        footer=lambda n, m: ("Förbundsdirektionen 2025-09-29", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per kostnadsslag 2025, tkr",
        header=(("", "Budget 2025", "Utfall jan–aug", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Medlemsbidrag", "176 400", "117 600", "176 400", "0"),
            ("Intäkter", "21 500", "15 200", "22 400", "+900"),
            ("Personalkostnader", "-151 800", "-104 300", "-154 700", "–2 900"),
            ("Pensionskostnader", "-9 200", "-6 500", "-9 800", "–600"),
            ("Fordon och drivmedel", "-14 600", "-10 900", "-16 000", "–1 400"),
            ("Lokaler", "-15 300", "-10 000", "-15 000", "+300"),
            ("Övriga kostnader", "-4 500", "-2 700", "-4 500", "0"),
            ("Resultat", "2 500", "-1 600", "-1 200", "–3 700"),
        ),
        widths=(130.0, 72.0, 76.0, 72.0, 64.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="cond-bold", after=2),
        Title("Mälardalens brand- och räddningsförbund", size=12.5, font="cond", after=12),
        H("Verksamheten under perioden", 2),
        P(
            "Förbundet svarar för räddningstjänst och förebyggande verksamhet i sju medlemskommuner. Sommaren präglades "
            "av de omfattande skogsbränderna i Kolbäcksådalen i juli, då förbundet under tre veckor hade förstärkt "
            "beredskap och stöd från grannförbund."
        ),
        H("Ekonomi", 2),
        P(
            "Förbundet prognostiserar ett resultat på −1,2 mnkr för 2025, vilket är 3,7 mnkr sämre än budgeterat "
            "resultat på 2,5 mnkr. Det är i första hand personalkostnaderna och fordonen som blir dyrare än beräknat.",
            C(None, "3,7 mnkr", "-", note="Areas named, no reasons: no tags."),
        ),
        P(
            "Medlemsbidragen från Västerås, Hallstahammar, Surahammar, Köping, Kungsör, Arboga och Skinnskatteberg "
            "följer budget.",
            BP("Medlemsbidrag"),
        ),
        P("Avvikelse: positivt tal innebär ett bättre utfall än budget.", size=9.0),
        table,
        LP(
            "Personalkostnader –2 900 tkr.",
            "Skogsbränderna krävde omfattande förstärkning med räddningspersonal i beredskap och övertid, och "
            "sjukfrånvaron bland heltidsstyrkan har varit högre än normalt.",
            C(
                "Personalkostnader",
                "–2 900 tkr",
                "-",
                "ovrigt",
                "overtid",
                "sjukfranvaro",
                note="The bold run-in lead carries the amount; the fires are ovrigt.",
            ),
        ),
        LP(
            "Fordon och drivmedel.",
            "Reparationer av två släckbilar och högre dieselpriser gör att kostnaderna överstiger budget med cirka "
            "1,4 mnkr.",
            C("Fordon och drivmedel", "cirka 1,4 mnkr", "-", "material_hjalpmedel", "prisokningar"),
        ),
        LP(
            "Intäkter.",
            "Intäkterna från tillsyn, utbildning och onödiga automatlarm blir 0,9 mnkr högre än budget.",
            C("Intäkter", "0,9 mnkr", "+", "avgifter_intakter"),
        ),
        LP(
            "Lokaler.",
            "Hyran för övningsfältet i Kungsör har omförhandlats och blir lägre än budgeterat.",
            C(
                "Lokaler",
                "+300",
                "+",
                "lokaler",
                unit="tkr",
                table=True,
                note="A reason only: the table row's.",
            ),
        ),
        LP(
            "Pensionskostnader.",
            "Pensionskostnaderna blir 600 tkr högre än budget enligt KPA:s senaste prognos.",
            C("Pensionskostnader", "600 tkr", "-", note="Pensions: no cause tag."),
        ),
        P(
            "Prognosen är 1,1 mnkr sämre än i tertialrapporten per april, vilket främst beror på skogsbränderna i juli.",
            F(None, "1,1 mnkr", "-", "ovrigt"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 18,5 mnkr bedöms förbrukas till knappt hälften, eftersom leveransen av ett nytt "
            "höjdfordon har skjutits till 2026.",
            C(
                "Investeringar",
                None,
                "+",
                "periodisering",
                "material_hjalpmedel",
                note="Investment under-spending with no amount stated ('knappt hälften' of the budget): null.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat att vakanta tjänster inom förebyggandeavdelningen inte tillsätts under hösten, "
            "vilket minskar personalkostnaderna med ca 0,5 mnkr.",
            A("Personalkostnader", "ca 0,5 mnkr", "vakanser"),
        ),
        H("Eget kapital och verksamhetsmått", 2),
        P(
            "Förbundets egna kapital uppgår till 24,1 mnkr och täcker det prognostiserade underskottet.",
            O(None, "reserver", note="Equity covering the deficit."),
        ),
        P(
            "Antalet räddningsinsatser under januari–augusti var 1 940, 12 procent fler än samma period 2024, vilket "
            "beror på den torra sommaren.",
            O(None, "volymer", note="Call-outs against the previous year."),
        ),
    ]
    return ReportSpec(
        file="malardalens-brand-och-raddningsforbund-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Mälardalens brand- och räddningsförbund", "MBR"],
            "committee": ["Förbundsdirektionen", "Direktionen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport 2025 Mälardalens brand- och räddningsförbund",
            "author": "Mälardalens brand- och räddningsförbund",
        },
        style=style,
        blocks=blocks,
    )
