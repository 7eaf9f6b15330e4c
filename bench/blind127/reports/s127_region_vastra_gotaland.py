"""Västra Götalandsregionen, Södra hälso- och sjukvårdsnämnden, delårsrapport januari–augusti 2025.

A purchasing health-care committee's interim report, footer with the nämnd's meeting date in September and
a diary number: the period "38 mnkr sämre än budget för perioden" and the full year "ett underskott på 61
miljoner kronor" with a percentage of the frame (two causes); a result table pasted as an image (no text
layer: every amount lives in the prose); the hospital agreement and out-of-region care as "−29 respektive −18
miljoner kronor" with the shared causes in the next sentence (two items, same text); ambulance care inside the
agreement "4 procent över budget" (a sub-area, a percentage only: amount null); the primary-care choice
system "ett överskott mot budget på 9 mnkr"; drugs that "kostar mer än planerat" with the amount in the next
sentence; aids with "underskottet på 12 mnkr beror på"; "håller budget" (boilerplate); "ett mindre överskott,
2 mnkr" set off by commas; a colon-run "vakanta tjänster ger +1 mnkr"; the change since April with a "varav"
(one forecast change); an action on a full-year basis, a central reserve that may cover the drugs (other)
and visits against last year (other). DejaVu Serif Condensed 9.5 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

TAGS = ("kopt_verksamhet", "volymer")


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Västra Götalandsregionen", "Delårsrapport augusti 2025"),
        footer=lambda n, m: ("Södra hälso- och sjukvårdsnämnden 2025-09-25", "HSNS 2025-00231", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Budget och prognos per område, mnkr",
        header=(("Område", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Vårdval Vårdcentral", "1 642", "1 633", "9"),
            ("Södra Älvsborgs Sjukhus", "3 214", "3 243", "-29"),
            ("Utomregional vård", "402", "420", "-18"),
            ("Läkemedel", "698", "712", "-14"),
            ("Hjälpmedel", "181", "193", "-12"),
            ("Tandvård", "96", "96", "0"),
            ("Folkhälsa och civilsamhälle", "41", "39", "2"),
            ("Administration och kansli", "38", "37", "1"),
            ("Summa", "6 312", "6 373", "-61"),
        ),
        widths=(170.0, 80.0, 80.0, 70.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="sans-bold", after=2),
        Title("Södra hälso- och sjukvårdsnämnden", size=12, font="serif-cond", after=12),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Nämndens resultat efter augusti är −38 mnkr, vilket är 38 mnkr sämre än budget för perioden.",
                C(None, "38 mnkr", "-", note="The period against budget."),
            ),
            (
                "Helårsprognosen är ett underskott på 61 miljoner kronor, motsvarande 1,1 procent av nämndens "
                "budgetram.",
                C(
                    None,
                    "61 miljoner kronor",
                    "-",
                    note="The full year in a sentence of its own; the percentage is not it.",
                ),
            ),
        ),
        table,
        H("Avvikelser per område", 2),
        Para(
            (
                (
                    "Vårdöverenskommelsen med Södra Älvsborgs Sjukhus och köpt utomregional vård prognostiserar −29 "
                    "respektive −18 miljoner kronor. Fler remisser till högspecialiserad vård och ett ökat antal "
                    "vårddagar för äldre multisjuka driver kostnaderna.",
                    C(
                        "Södra Älvsborgs Sjukhus",
                        "−29",
                        "-",
                        *TAGS,
                        unit="mnkr",
                        note="Two areas with 'respektive' amounts and shared causes: two items, same text.",
                        also=(C("Utomregional vård", "−18 miljoner kronor", "-", *TAGS),),
                    ),
                ),
            )
        ),
        P(
            "Inom vårdöverenskommelsen ligger kostnaderna för ambulanssjukvården 4 procent över budget, till följd av "
            "fler transporter mellan sjukhusen.",
            C(
                "Ambulanssjukvård",
                None,
                "-",
                "volymer",
                note="A sub-area with a percentage only, and the table is an image: amount null.",
            ),
        ),
        P(
            "Vårdval Vårdcentral visar ett överskott mot budget på 9 mnkr, eftersom listningen i Sjuhärad har vuxit "
            "långsammare än befolkningsprognosen och två nya vårdcentraler i Borås öppnade först efter sommaren.",
            C("Vårdval Vårdcentral", "9 mnkr", "+", "volymer", "periodisering"),
        ),
        P(
            "Läkemedel inom förmånen kostar mer än planerat. Prognosen är 14 mnkr över budget, främst för "
            "diabetesläkemedel och nya blodförtunnande läkemedel.",
            C("Läkemedel", "14 mnkr", "-", "material_hjalpmedel"),
        ),
        P(
            "Hjälpmedel: underskottet på 12 mnkr beror på att fler patienter förskrivs avancerade hörapparater och "
            "elrullstolar, och på prishöjningar i nya avtal.",
            C("Hjälpmedel", "12 mnkr", "-", "material_hjalpmedel", "volymer", "prisokningar"),
        ),
        P("Tandvården för vuxna med särskilda behov håller budget.", BP("Tandvård")),
        P(
            "Folkhälsa och civilsamhälle redovisar ett mindre överskott, 2 mnkr, då flera överenskommelser med "
            "kommunerna har tecknats senare än planerat.",
            C("Folkhälsa och civilsamhälle", "2 mnkr", "+", "periodisering"),
        ),
        P(
            "Nämndens administration och kansli: vakanta tjänster ger +1 mnkr.",
            C("Administration och kansli", "+1 mnkr", "+", "vakanser"),
        ),
        H("Förändring mot prognosen i april", 2),
        P(
            "Jämfört med tertialrapporten per april har prognosen försämrats med 17 mnkr, varav utomregional vård "
            "står för 11 mnkr.",
            F(None, "17 mnkr", "-", note="'Varav' a part: one item with the total."),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att tillsammans med Södra Älvsborgs Sjukhus se över "
            "remissflödena till vårdgivare i andra regioner. Åtgärden beräknas minska kostnaden för utomregional "
            "vård med 5 mnkr på helårsbasis.",
            A("Utomregional vård", "5 mnkr", "kopt_verksamhet"),
        ),
        H("Risker och verksamhet", 2),
        P(
            "Regionfullmäktige har avsatt en central reserv för läkemedel, och en del av nämndens underskott för "
            "läkemedel kan komma att täckas av den.",
            O(
                "Läkemedel",
                "reserver",
                note="A central reserve that may cover the deficit: financing, other.",
            ),
        ),
        P(
            "Antalet besök i primärvården ökade med 3,4 procent jämfört med samma period 2024.",
            O(None, "volymer", note="Visits against the previous year."),
        ),
    ]
    return ReportSpec(
        file="region-vastra-gotaland-hsn-sodra-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Region Västra Götaland", "Västra Götalandsregionen"],
            "committee": ["Södra hälso- och sjukvårdsnämnden", "Hälso- och sjukvårdsnämnden Södra"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport augusti 2025 Södra hälso- och sjukvårdsnämnden",
            "author": "Västra Götalandsregionen",
        },
        style=style,
        blocks=blocks,
    )
