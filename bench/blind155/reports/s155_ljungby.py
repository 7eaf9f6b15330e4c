"""Ljungby kommun, Omsorgsnämnden, bokslut 2025.

An elderly-care and disability committee's year-end report (period = the year), footer with the date the nämnd
adopted it in February (DejaVu Sans 9.5 pt): the result "ett underskott på 11,4 mkr" beside a percentage of
the frame that is not the amount, the outcome against the interim forecast with its cause (a forecast change);
a table in tkr whose deficits carry a trailing minus ("4 800-"); plain headings per verksamhet with the amount
in varied places: at the end of a paragraph after a volume and sick leave ("Sammantaget blev kostnaderna 4,8
mkr högre"), in words between commas ("Underskottet inom särskilt boende, drygt tre miljoner kronor, förklaras
av"), a reason-only paragraph (the row's "1 200-"), "blev 2,9 mkr högre än budget", "ett mindre underskott,
0,6 mkr" and a surplus from an unused buffer and vacancies; investments "Av investeringsbudgeten på 8,5 mkr
har 5,1 mkr använts" (3,4 never written out); an action for 2026, sick leave against 2024 and the financing of
the deficit (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(16.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("LJUNGBY KOMMUN", "Omsorgsnämnden"),
        footer=lambda n, m: ("Bokslut 2025", "Antagen av omsorgsnämnden 2026-02-24", f"{n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Gemensamt och ledning", "24 600", "23 300", "1 300"),
            ("Hemtjänst", "118 200", "123 000", "4 800-"),
            ("Särskilt boende", "196 500", "199 700", "3 200-"),
            ("Korttidsvård", "21 400", "22 600", "1 200-"),
            ("Funktionsstöd LSS", "142 800", "145 700", "2 900-"),
            ("Hälso- och sjukvård", "38 900", "39 500", "600-"),
            ("Summa", "542 400", "553 800", "11 400-"),
        ),
        widths=(170.0, 78.0, 78.0, 78.0),
        bold_rows=frozenset({6}),
        rules=True,
        grid=True,
        size=8.5,
    )
    blocks = [
        Title("Bokslut 2025", size=22, font="sans-bold", after=2),
        Title("Omsorgsnämnden", size=13, font="sans", after=14),
        H("Ordförande har ordet", 2),
        P(
            "År 2025 var ett år med fortsatt hög efterfrågan på hemtjänst och ett intensivt arbete med att få fler "
            "att vilja arbeta inom vården. Under hösten öppnade det nya trygghetsboendet i Lagan."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Omsorgsnämnden redovisar ett underskott på 11,4 mkr för 2025, vilket motsvarar 2,1 procent av "
            "nämndens budgetram.",
            C(None, "11,4 mkr", "-", note="The percentage of the frame is not the amount."),
        ),
        P(
            "Underskottet blev 2,6 mkr mindre än prognosen i delårsrapporten, främst tack vare ett större "
            "statsbidrag för äldreomsorgen än beräknat.",
            F(None, "2,6 mkr", "+", "statsbidrag", note="The outcome against the interim forecast."),
        ),
        table,
        H("Verksamheternas resultat", 2),
        H("Hemtjänst", 3),
        P(
            "Hemtjänsten står för den största delen av underskottet. Antalet beviljade timmar ökade under året med "
            "nästan 9 procent, och sjukfrånvaron bland undersköterskorna har krävt många timvikarier. Sammantaget "
            "blev kostnaderna 4,8 mkr högre än budgeterat.",
            C(
                "Hemtjänst",
                "4,8 mkr",
                "-",
                "volymer",
                "sjukfranvaro",
                "vikarier",
                note="The amount at the end of the paragraph; the 9 procent is a volume.",
            ),
        ),
        H("Särskilt boende", 3),
        P(
            "Underskottet inom särskilt boende, drygt tre miljoner kronor, förklaras av att nattbemanningen har förstärkts på två "
            "boenden och av högre livsmedelspriser.",
            C(
                "Särskilt boende",
                "drygt tre miljoner kronor",
                "-",
                "bemanning",
                "prisokningar",
                value=3_000_000,
                note="An amount in words with 'drygt': the stated figure (the row says 3 200-).",
            ),
        ),
        H("Korttidsvård", 3),
        P(
            "Fler personer än planerat har väntat på en plats i särskilt boende på korttidsenheten, vilket har krävt "
            "extra personal under sommaren och hösten.",
            C(
                "Korttidsvård",
                "1 200-",
                "-",
                "volymer",
                "bemanning",
                unit="tkr",
                table=True,
                note="A reason-only paragraph: the row's cell with its trailing minus.",
            ),
        ),
        H("Funktionsstöd LSS", 3),
        P(
            "Kostnaderna för köpta platser i LSS-boenden utanför kommunen blev 2,9 mkr högre än budget, sedan två "
            "brukare med omfattande behov flyttat in under våren.",
            C("Funktionsstöd LSS", "2,9 mkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Hälso- och sjukvård", 3),
        P(
            "Kostnader för hjälpmedel och för inhyrda sjuksköterskor under semesterperioden gav ett mindre "
            "underskott, 0,6 mkr.",
            C("Hälso- och sjukvård", "0,6 mkr", "-", "material_hjalpmedel", "inhyrd_personal"),
        ),
        H("Gemensamt och ledning", 3),
        P(
            "Överskottet på 1,3 mkr inom gemensamt och ledning beror på att nämndens buffert inte behövde tas i "
            "anspråk och på vakanta tjänster inom administrationen.",
            C("Gemensamt och ledning", "1,3 mkr", "+", "reserver", "vakanser"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 8,5 mkr har 5,1 mkr använts. Inköpet av nya trygghetslarm till hemtjänsten "
            "har skjutits till 2026 i väntan på en gemensam upphandling i länet.",
            C(
                "Investeringar",
                "8,5 mkr har 5,1 mkr",
                "+",
                "periodisering",
                value=3_400_000,
                note="Investment under-spending of 3,4 mkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder inför 2026", 2),
        P(
            "Nämnden har beslutat om en handlingsplan för 2026 med bland annat ny planering av hemtjänstens turer "
            "och färre delade turer, som beräknas minska kostnaderna med 2,0 mkr.",
            A("Hemtjänst", "2,0 mkr", "bemanning"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron i nämndens verksamheter var 8,9 procent 2025, jämfört med 9,6 procent 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
        H("Finansiering", 2),
        P(
            "Nämnden har inget eget kapital att ta i anspråk, och underskottet belastar därför kommunens samlade "
            "resultat för 2025.",
            O(None, note="A financing statement: other."),
        ),
    ]
    return ReportSpec(
        file="ljungby-on-bokslut-2025.pdf",
        report={
            "municipality": "Ljungby",
            "committee": ["Omsorgsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Omsorgsnämnden", "author": "Ljungby kommun"},
        style=style,
        blocks=blocks,
    )
