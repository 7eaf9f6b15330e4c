"""Tierps kommun, Kultur- och fritidsnämnden, bokslut 2025.

A culture and leisure committee's year-end report adopted in February, in tkr: the result "ett överskott om
1 080 tkr jämfört med budget", the outcome against the October forecast with its cause (a forecast change) and
net cost growth against 2024 (other); a table whose minus sign is set apart from the number ("- 420");
headings with the area and the amount after a colon ("Kulturskola: −420 tkr") over reasons only: a vacancy
and fewer e-book loans, a sibling discount and more pupils, a youth centre closed while waiting for new
premises, an ice-machine repair and electricity; two areas under one heading as a "respektive" pair with no
reason that gives a tag (two items); "Bidragen till föreningar betalades ut enligt budget" (boilerplate);
investments with "Återstående 750 tkr beror på" a postponed project; an action on the culture school's fees.
8 scored causes. DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the amount; the paragraph gives reasons only."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(68.0, 78.0, 68.0, 74.0),
        header=lambda n, m: ("Tierps kommun", ""),
        footer=lambda n, m: ("Bokslut 2025 – Kultur- och fritidsnämnden", "Fastställd 2026-02-12", f"{n}"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025 (tkr)",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "4 850", "4 600", "250"),
            ("Bibliotek", "12 400", "12 010", "390"),
            ("Kulturskola", "7 900", "8 320", "- 420"),
            ("Allmänkultur", "3 600", "3 540", "60"),
            ("Fritidsgårdar", "6 100", "5 100", "1 000"),
            ("Idrott och anläggningar", "18 300", "18 500", "- 200"),
            ("Föreningsbidrag", "5 200", "5 200", "0"),
            ("Totalt", "58 350", "57 270", "1 080"),
        ),
        widths=(170.0, 74.0, 74.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="cond-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=13, font="cond", after=14),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Kultur- och fritidsnämnden redovisar för 2025 ett överskott om 1 080 tkr jämfört med budget.",
            C(None, "1 080 tkr", "+"),
        ),
        P(
            "Resultatet är 0,5 mnkr bättre än prognosen i oktober, framför allt för att energikostnaderna för "
            "simhallen blev lägre under årets sista månader.",
            F(None, "0,5 mnkr", "+", "prisokningar"),
        ),
        P(
            "Nämndens nettokostnad ökade med 3,2 procent jämfört med 2024.",
            O(None, note="Net cost growth against the previous year: other."),
        ),
        table,
        H("Verksamheternas resultat", 2),
        HP(
            "Bibliotek: +390 tkr",
            "Huvudbiblioteket har haft en vakant bibliotekarietjänst under hösten, och inköpen av e-böcker blev "
            "lägre än planerat då utlånen minskade.",
            C("Bibliotek", "+390 tkr", "+", "vakanser", "volymer", note=HEAD),
        ),
        HP(
            "Kulturskola: −420 tkr",
            "Avgiftsintäkterna blev lägre än budgeterat sedan nämnden i mars beslutade om syskonrabatt, och fler "
            "elever än planerat har fått plats i dans och musikal.",
            C("Kulturskola", "−420 tkr", "-", "avgifter_intakter", "volymer", note=HEAD),
        ),
        HP(
            "Fritidsgårdar: +1 000 tkr",
            "Fritidsgården i Karlholm har hållits stängd sedan augusti i väntan på nya lokaler, och två "
            "fritidsledartjänster har inte tillsatts.",
            C("Fritidsgårdar", "+1 000 tkr", "+", "lokaler", "vakanser", note=HEAD),
        ),
        HP(
            "Idrott och anläggningar: −200 tkr",
            "Reparationen av ismaskinen i ishallen och högre elkostnader för elljusspåren i Örbyhus och Söderfors "
            "förklarar underskottet.",
            C(
                "Idrott och anläggningar",
                "−200 tkr",
                "-",
                "ovrigt",
                "prisokningar",
                note=HEAD + " A repair is ovrigt; electricity costs prisokningar.",
            ),
        ),
        H("Övriga verksamheter", 3),
        P(
            "Nämnd och administration samt allmänkultur redovisar överskott på 250 respektive 60 tkr, eftersom "
            "kostnaderna blev något lägre än planerat.",
            C(
                "Nämnd och administration",
                "250",
                "+",
                unit="tkr",
                note="A 'respektive' pair: two items, no reason that gives a tag.",
                also=(C("Allmänkultur", "60 tkr", "+"),),
            ),
        ),
        P("Bidragen till föreningar betalades ut enligt budget.", BP("Föreningsbidrag")),
        H("Investeringar", 2),
        P(
            "Av nämndens investeringsbudget på 2 400 tkr har 1 650 tkr förbrukats. Återstående 750 tkr beror på att "
            "upprustningen av spontanidrottsplatsen i Örbyhus har skjutits till våren 2026, och medlen föreslås "
            "överföras till nästa år.",
            C("Investeringar", "750 tkr", "+", "periodisering"),
        ),
        H("Inför 2026", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att se över kulturskolans avgifter och rabatter, så att "
            "intäkterna 2026 når budgeterad nivå.",
            A("Kulturskola", None, "avgifter_intakter"),
        ),
    ]
    return ReportSpec(
        file="tierp-kfn-bokslut-2025.pdf",
        report={
            "municipality": "Tierp",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Kultur- och fritidsnämnden", "author": "Tierps kommun"},
        style=style,
        blocks=blocks,
    )
