"""Kinda kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A small kommun's interim report in "miljoner kronor" with a table in tkr (U+2212 minus signs), footer with
the fullmäktige meeting date in October: the period "8,2 miljoner kronor bättre än periodens budget" and the
full year "elva miljoner kronor lägre än budgeterat" in one sentence (one item, the full year's amount in
words) followed in the same paragraph by the areas that explain it (no reasons); the change since the April
forecast with its cause; a table per verksamhet and the finance row; bold run-in verksamheter ending in a
full stop: "Prognosen visar ett underskott på 9,2 miljoner kronor." with hired nurses, "Underskottet på 6,4
miljoner kronor beror på", "bedöms överskrida budget med 1,4 miljoner kronor" (pupils in other kommuner), a
reason-only deficit (the row's "−1 100"), "Överskottet om 1,5 miljoner kronor förklaras av" and "håller sin
budget" (boilerplate); tax revenue (no tag); investments "21,3 miljoner kronor lägre än budgeterat"; an
action with its effect, the balanskrav with a goal not met ("beror på") and population (others). DejaVu Serif
Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Kinda kommun", "Delårsrapport 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-27", "", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Verksamheternas helårsprognos 2025 (tkr)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Kommunledning och stöd", "68 400", "66 900", "1 500"),
            ("Samhällsbyggnad", "44 200", "45 300", "−1 100"),
            ("Barn och utbildning", "268 000", "269 400", "−1 400"),
            ("Vård och omsorg", "214 600", "223 800", "−9 200"),
            ("Individ- och familjeomsorg", "52 300", "58 700", "−6 400"),
            ("Kultur och fritid", "17 900", "17 900", "0"),
            ("Summa verksamheter", "665 400", "682 000", "−16 600"),
            ("Finansiering", "", "", "5 600"),
            ("Totalt", "", "", "−11 000"),
        ),
        widths=(170.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({6, 8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="serif-cond-bold", after=2),
        Title("Kinda kommun", size=12.5, font="serif-cond", after=12),
        H("Ekonomiskt resultat", 1),
        P(
            "Kommunens resultat för perioden uppgår till 24,6 miljoner kronor, vilket är 8,2 miljoner kronor "
            "bättre än periodens budget, och prognosen för helåret är ett resultat på 6,1 miljoner kronor, elva "
            "miljoner kronor lägre än budgeterat. Försämringen mot budget förklaras i huvudsak av underskott inom "
            "vård och omsorg och individ- och familjeomsorgen, medan skatteintäkterna väntas bli något högre än "
            "beräknat.",
            C(
                None,
                "elva miljoner kronor",
                "-",
                value=11_000_000,
                note="Period and full year in one sentence: the full year's amount, in words; areas named, no tags.",
            ),
        ),
        P(
            "Jämfört med prognosen i april har helårsprognosen försämrats med 3,4 miljoner kronor, framför allt på "
            "grund av fler placeringar av barn och unga.",
            F(None, "3,4 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        table,
        H("Verksamheterna", 2),
        LP(
            "Vård och omsorg.",
            "Prognosen visar ett underskott på 9,2 miljoner kronor. Hemtjänsten har fått betydligt fler beviljade "
            "timmar än budgeterat, och bemanningssjuksköterskor har behövt hyras in under sommaren för att klara "
            "hälso- och sjukvården.",
            C("Vård och omsorg", "9,2 miljoner kronor", "-", "volymer", "inhyrd_personal"),
        ),
        LP(
            "Individ- och familjeomsorg.",
            "Underskottet på 6,4 miljoner kronor beror på att kostnaderna för institutionsplaceringar av barn och "
            "unga har ökat kraftigt. Under året har fyra nya placeringar gjorts enligt LVU.",
            C("Individ- och familjeomsorg", "6,4 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Barn och utbildning.",
            "Verksamheten bedöms överskrida budget med 1,4 miljoner kronor, främst till följd av högre kostnader "
            "för gymnasieelever som studerar i andra kommuner.",
            C(
                "Barn och utbildning",
                "1,4 miljoner kronor",
                "-",
                "kopt_verksamhet",
                note="Pupils in other kommuners' schools: kopt_verksamhet.",
            ),
        ),
        LP(
            "Samhällsbyggnad.",
            "Kostnaderna för vinterväghållning och för el till gatubelysningen har ökat mer än budgeterat.",
            C(
                "Samhällsbyggnad",
                "−1 100",
                "-",
                "prisokningar",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell. Electricity: prisokningar.",
            ),
        ),
        LP(
            "Kommunledning och stöd.",
            "Överskottet om 1,5 miljoner kronor förklaras av vakanta tjänster och lägre kostnader för politisk "
            "verksamhet.",
            C(
                "Kommunledning och stöd",
                "1,5 miljoner kronor",
                "+",
                "vakanser",
                "ovrigt",
                note="Political activity (fees): ovrigt.",
            ),
        ),
        LP("Kultur och fritid.", "Verksamheten håller sin budget.", BP("Kultur och fritid")),
        H("Finansiering", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 5,6 miljoner kronor högre än budget, till följd "
            "av en högre slutavräkning för 2024.",
            C(
                "Skatteintäkter och generella statsbidrag",
                "5,6 miljoner kronor",
                "+",
                note="A finance item: no cause tag.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna beräknas bli 21,3 miljoner kronor lägre än budgeterat, eftersom utbyggnaden av "
            "Ängslyckans förskola har försenats och flyttats till 2026.",
            C("Investeringar", "21,3 miljoner kronor", "+", "periodisering"),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har beslutat om en handlingsplan med bland annat en översyn av hemtjänstens planering och "
            "fler egna familjehem. Planen beräknas minska kostnaderna med 2,5 miljoner kronor under resten av året.",
            A("Socialnämnden", "2,5 miljoner kronor", "bemanning", "kopt_verksamhet"),
        ),
        H("Balanskrav och god ekonomisk hushållning", 2),
        P(
            "Balanskravsresultatet för helåret beräknas till 5,4 miljoner kronor. Det finansiella målet om ett "
            "resultat på minst 2 procent av skatter och statsbidrag uppnås inte, vilket beror på underskotten inom "
            "socialnämndens verksamheter.",
            O(None, note="Balanskrav and a financial goal with 'beror på': other."),
        ),
        P(
            "Kommunens befolkning ökade med 42 personer under första halvåret och uppgick den 30 juni till 10 061 "
            "invånare.",
            O(None, "volymer", note="Population: other."),
        ),
    ]
    return ReportSpec(
        file="kinda-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Kinda",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Kinda kommun"},
        style=style,
        blocks=blocks,
    )
