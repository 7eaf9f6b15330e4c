"""Region Västra Götaland, Regionstyrelsen, delårsrapport januari–augusti 2025 (the whole region).

A region's interim report in "miljoner kronor" with U+2212 and "+" signs, footer with the regionstyrelse's
meeting date in October and a diarienummer: the period "402 miljoner kronor bättre än budget för perioden" and
the full year "540 miljoner kronor lägre än det budgeterade resultatet" in two sentences, a change since April
with its causes; a comment table per styrelse and nämnd whose comments explain the row: a hospital's
reasons only (the cell "−420"), a hospital comment that names its own "underskott på 165 miljoner kronor",
sick leave and overtime only (the cell "−98"), a surplus from vacancies and care payments, "Följer budget."
(boilerplate), a row with no comment, an undistributed buffer (reserver) and tax revenue "55 miljoner kronor
högre än budget" for the finance function; drugs whose growth against 2024 precedes "210 miljoner kronor över
budget"; hired staff whose level (1 046) precedes "312 miljoner kronor mer än budgeterat"; investments "5,1
miljarder kronor mot en budget på 6,4 miljarder kronor" (1,3 miljarder never written out); an action with no
amount, a financial goal and staff numbers against last year with "beror på" (others). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("Västra Götalandsregionen", "Delårsrapport augusti 2025"),
        footer=lambda n, m: ("Regionstyrelsen 2025-10-07", "Diarienummer RS 2025-04918", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Styrelse/nämnd", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Sahlgrenska Universitetssjukhuset", "−420"),
                "Hyrsjuksköterskor inom akutsjukvården och extra bemanning av överbeläggningsplatser förklarar större "
                "delen av underskottet.",
                C(
                    "Sahlgrenska Universitetssjukhuset",
                    "−420",
                    "-",
                    "inhyrd_personal",
                    "bemanning",
                    unit="mnkr",
                    table=True,
                    note="Reasons only: the row's cell.",
                ),
            ),
            (
                ("Skaraborgs Sjukhus", "−165"),
                "Underskottet på 165 miljoner kronor beror på vakanser som täcks med hyrläkare samt ökade kostnader "
                "för medicinskt material.",
                C(
                    "Skaraborgs Sjukhus",
                    "165 miljoner kronor",
                    "-",
                    "vakanser",
                    "inhyrd_personal",
                    "material_hjalpmedel",
                ),
            ),
            (
                ("NU-sjukvården", "−98"),
                "Sjukfrånvaro och övertid inom ambulanssjukvården och förlossningen.",
                C("NU-sjukvården", "−98", "-", "sjukfranvaro", "overtid", unit="mnkr", table=True),
            ),
            (
                ("Närhälsan", "+34"),
                "Vakanta tjänster inom rehabiliteringen och högre vårdpeng när fler patienter har listat sig.",
                C(
                    "Närhälsan",
                    "+34",
                    "+",
                    "vakanser",
                    "avgifter_intakter",
                    "volymer",
                    unit="mnkr",
                    table=True,
                ),
            ),
            (("Kollektivtrafiknämnden", "0"), "Följer budget.", BP("Kollektivtrafiknämnden")),
            (("Kulturnämnden", "+6"), "", None),
            (
                ("Regionstyrelsen inkl. koncerngemensamt", "+48"),
                "Ofördelade medel i den centrala bufferten har inte tagits i anspråk.",
                C(
                    "Regionstyrelsen",
                    "+48",
                    "+",
                    "reserver",
                    unit="mnkr",
                    table=True,
                    note="An undistributed buffer as the reason for a surplus: reserver.",
                ),
            ),
            (
                ("Finansförvaltningen", "+55"),
                "Skatteintäkterna blir 55 miljoner kronor högre än budget enligt SKR:s augustiprognos.",
                C("Finansförvaltningen", "55 miljoner kronor", "+", note="A finance item: no cause tag."),
            ),
            (("Summa", "−540"), "", None),
        ),
        widths=(180.0, 60.0),
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Västra Götalandsregionen", size=12.5, font="arial", after=12),
        H("Regionens ekonomiska resultat", 1),
        P(
            "Västra Götalandsregionens resultat för januari–augusti är 1 214 miljoner kronor, vilket är 402 miljoner "
            "kronor bättre än budget för perioden.",
            C(None, "402 miljoner kronor", "+", note="The period's deviation in a paragraph of its own."),
        ),
        P(
            "Helårsprognosen är ett resultat på 310 miljoner kronor, 540 miljoner kronor lägre än det budgeterade "
            "resultatet.",
            C(None, "540 miljoner kronor", "-"),
        ),
        P(
            "Jämfört med prognosen efter april är det en försämring med 185 miljoner kronor, som främst beror på "
            "högre kostnader för hyrpersonal och läkemedel.",
            F(None, "185 miljoner kronor", "-", "inhyrd_personal", "material_hjalpmedel"),
        ),
        H("Styrelsernas och nämndernas prognoser", 2),
        P(
            "Tabellen visar prognostiserad avvikelse mot budget för helåret i miljoner kronor, där minus betyder ett "
            "sämre resultat än budgeterat.",
            size=8.5,
        ),
        comments,
        H("Läkemedel och inhyrd personal", 2),
        P(
            "Läkemedelskostnaderna är 7,8 procent högre än samma period 2024 och prognosen ligger 210 miljoner kronor "
            "över budget, främst på grund av nya cancerläkemedel.",
            C(
                "Läkemedel",
                "210 miljoner kronor",
                "-",
                "material_hjalpmedel",
                note="Growth against 2024 in the same sentence: not the amount. Drugs are material_hjalpmedel.",
            ),
        ),
        P(
            "Kostnaderna för inhyrd personal uppgår till 1 046 miljoner kronor för perioden, 312 miljoner kronor mer "
            "än budgeterat.",
            C(
                "Inhyrd personal",
                "312 miljoner kronor",
                "-",
                "inhyrd_personal",
                note="The level before the deviation is not the amount.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen för året är 5,1 miljarder kronor mot en budget på 6,4 miljarder kronor, eftersom "
            "flera byggprojekt inom sjukhusen har försenats.",
            C(
                "Investeringar",
                "5,1 miljarder kronor mot en budget på 6,4 miljarder kronor",
                "+",
                "periodisering",
                value=1_300_000_000,
                note="Under-spending of 1,3 miljarder, never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Regionstyrelsen har beslutat att inga nya avtal med bemanningsföretag för sjuksköterskor får tecknas "
            "från den 1 oktober.",
            A(None, None, "inhyrd_personal"),
        ),
        H("Finansiella mål och personal", 2),
        P(
            "Det finansiella målet om ett resultat på minst 2 procent av skatteintäkter och statsbidrag nås inte "
            "2025.",
            O(None, note="A financial goal: other."),
        ),
        P(
            "Antalet årsarbetare har ökat med 1,4 procent jämfört med augusti 2024, vilket främst beror på fler "
            "anställda undersköterskor.",
            O(None, note="Staff numbers against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="region-vastra-gotaland-rs-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Region Västra Götaland", "Västra Götalandsregionen"],
            "committee": ["Regionstyrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Västra Götalandsregionen"},
        style=style,
        blocks=blocks,
    )
