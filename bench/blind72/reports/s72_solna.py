"""Solna stad, Kommunstyrelsen, bokslut 2025 (kommunstyrelsens egna verksamheter).

A kommunstyrelse's year-end report in DejaVu Sans 9.5 pt, footer with the styrelse's meeting date in February:
the result "ett överskott mot budget med 5,2 mkr" after the net cost level, the outcome against the interim
forecast with its cause (a forecast change); a table in tkr whose deficits carry a trailing minus ("1 250-",
"300-"); then two columns of headings that carry the verksamhet and amount in mkr ("HR och löneservice +1,4
mkr", "Digitalisering och IT −1,25 mkr") with reasons only below, a reason-only deficit under a plain heading
(the row's "300-"), "följer budget" (boilerplate) and "Näringsliv och arbetsmarknad visar ett överskott på 1,35
mkr" with a volume and a grant; investments "12,8 mkr av budgeterade 18,0 mkr" (5,2 never written out); a
proposed carry-over of part of the surplus (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, HP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Solna stad", "Kommunstyrelsen – Bokslut 2025"),
        footer=lambda n, m: ("Stadsledningsförvaltningen", "Kommunstyrelsen 2026-02-16", f"{n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Stadsledning och kansli", "64 300", "62 400", "1 900"),
            ("HR och löneservice", "41 800", "40 400", "1 400"),
            ("Ekonomi och upphandling", "38 600", "36 500", "2 100"),
            ("Digitalisering och IT", "72 900", "74 150", "1 250-"),
            ("Kommunikation", "17 200", "17 500", "300-"),
            ("Säkerhet och beredskap", "9 400", "9 400", "0"),
            ("Näringsliv och arbetsmarknad", "47 400", "46 050", "1 350"),
            ("Summa", "291 600", "286 400", "5 200"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="sans-bold", after=2),
        Title("Kommunstyrelsen", size=12.5, font="sans", after=12),
        H("Årets resultat", 2),
        P(
            "Kommunstyrelsens nettokostnader för 2025 uppgick till 286,4 mkr, vilket innebär ett överskott mot budget "
            "med 5,2 mkr.",
            C(None, "5,2 mkr", "+", note="A level before the deviation: the deviation is the amount."),
        ),
        P(
            "Resultatet är 1,9 mkr bättre än prognosen i delårsrapporten per augusti, framför allt eftersom flera "
            "rekryteringar blev klara först vid årsskiftet.",
            F(None, "1,9 mkr", "+", "vakanser", note="The outcome against the interim forecast."),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        HP(
            "Stadsledning och kansli +1,9 mkr",
            "Anslaget för oförutsedda utgifter har inte tagits i anspråk fullt ut.",
            C("Stadsledning och kansli", "+1,9 mkr", "+", "reserver"),
        ),
        HP(
            "HR och löneservice +1,4 mkr",
            "Lägre kostnader för företagshälsovård och en vakant tjänst som HR-specialist under halva året.",
            C("HR och löneservice", "+1,4 mkr", "+", "vakanser"),
        ),
        HP(
            "Ekonomi och upphandling +2,1 mkr",
            "Upphandlingsenheten har fått högre intäkter än budgeterat från de samordnade avtalen med "
            "grannkommunerna.",
            C("Ekonomi och upphandling", "+2,1 mkr", "+", "avgifter_intakter"),
        ),
        HP(
            "Digitalisering och IT −1,25 mkr",
            "Licenskostnaderna för kontorsprogrammen höjdes vid årsskiftet, och bytet av e-postsystem krävde "
            "konsultstöd under hösten.",
            C("Digitalisering och IT", "−1,25 mkr", "-", "it_digitalisering", "inhyrd_personal"),
        ),
        H("Kommunikation", 3),
        P(
            "Kostnaderna för tryck och annonsering i samband med lanseringen av stadens nya webbplats blev högre än "
            "planerat.",
            C(
                "Kommunikation",
                "300-",
                "-",
                "ovrigt",
                unit="tkr",
                table=True,
                note="Reasons only: the row's cell with a trailing minus.",
            ),
        ),
        H("Säkerhet och beredskap", 3),
        P("Verksamheten följer budget.", BP("Säkerhet och beredskap")),
        H("Näringsliv och arbetsmarknad", 3),
        P(
            "Näringsliv och arbetsmarknad visar ett överskott på 1,35 mkr eftersom färre deltagare än planerat har "
            "tagits emot i arbetsmarknadsinsatser och statsbidraget för feriejobb blev högre än väntat.",
            C("Näringsliv och arbetsmarknad", "1,35 mkr", "+", "volymer", "statsbidrag"),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Kommunstyrelsens investeringar uppgick till 12,8 mkr av budgeterade 18,0 mkr. Införandet av ett nytt "
            "ärendehanteringssystem har försenats och slutförs under 2026.",
            C(
                "Investeringar",
                "12,8 mkr av budgeterade 18,0 mkr",
                "+",
                "periodisering",
                "it_digitalisering",
                value=5_200_000,
                note="Under-spending of 5,2 mkr never written out: the computed value.",
            ),
        ),
        H("Resultatöverföring", 2),
        P(
            "Kommunstyrelsen föreslår att 2,0 mkr av årets överskott förs över till 2026 för att slutföra "
            "ärendehanteringsprojektet.",
            O(None, "reserver", note="A carry-over of surplus: a financing statement, other."),
        ),
    ]
    return ReportSpec(
        file="solna-ks-bokslut-2025.pdf",
        report={
            "municipality": ["Solna", "Solna stad"],
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Kommunstyrelsen", "author": "Solna stad"},
        style=style,
        blocks=blocks,
    )
