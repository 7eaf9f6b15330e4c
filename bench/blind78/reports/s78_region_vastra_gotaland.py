"""Region Västra Götaland, Styrelsen för Södra Älvsborgs Sjukhus, månadsrapport november 2025.

A hospital board's month report whose result table is pasted as an image (every amount in the prose), Liberation
Sans 9.5 pt, footer with the styrelse's meeting date in December: the period "118 miljoner kronor sämre än
budget för perioden" and the full year "ett underskott mot budget på 130 miljoner kronor" in two sentences (two
items), the change since October with its cause; headings that carry the verksamhetsområde and amount with
U+2212 ("Medicinområdet −58 mnkr"), the medicine heading's paragraph followed in the same paragraph by the
wards in Borås and Skene as a "respektive" pair (their own items); kostnadsslag: personnel costs "4,2 procent
över budget" (amount null: the table is an image), hired staff "96 miljoner kronor, vilket är 51 miljoner
kronor mer än budgeterat" (the level is not the amount), drugs "prognostiseras till 412 mkr, 22 mkr över
budget"; investments "Av årets investeringsram … på 85 mkr beräknas 61 mkr användas" (24 never written
out); an action with its effect for next year and bed numbers against last year (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("Västra Götalandsregionen", "Södra Älvsborgs Sjukhus"),
        footer=lambda n, m: ("Månadsrapport november 2025", "Styrelsen för SÄS 2025-12-16", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per verksamhetsområde, mnkr",
        header=(("Område", "Budget ack", "Utfall ack", "Avv ack", "Prognos avv helår"),),
        rows=(
            ("Medicinområdet", "-1 236", "-1 289", "-53", "-58"),
            ("Kirurgi- och ortopediområdet", "-1 084", "-1 118", "-34", "-37"),
            ("Psykiatriområdet", "-512", "-538", "-26", "-29"),
            ("Kvinnosjukvård och barn", "-468", "-476", "-8", "-9"),
            ("Diagnostik och service", "-322", "-319", "3", "3"),
            ("Summa", "", "", "-118", "-130"),
        ),
        widths=(170.0, 70.0, 70.0, 60.0, 90.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport november 2025", size=18, font="arial-bold", after=2),
        Title("Södra Älvsborgs Sjukhus", size=12.5, font="arial", after=12),
        H("Ekonomiskt läge", 1),
        PS(
            (
                "Ackumulerat resultat till och med november uppgår till −142 miljoner kronor, vilket är 118 miljoner "
                "kronor sämre än budget för perioden.",
                C(None, "118 miljoner kronor", "-", note="The period's deviation after its level."),
            ),
            (
                "Prognosen för helåret är ett underskott mot budget på 130 miljoner kronor.",
                C(
                    None,
                    "130 miljoner kronor",
                    "-",
                    note="The full year in a sentence of its own: its own item.",
                ),
            ),
        ),
        P(
            "Prognosen är försämrad med 12 miljoner kronor jämfört med oktober, till följd av högre kostnader för "
            "hyrsjuksköterskor under hösten.",
            F(None, "12 miljoner kronor", "-", "inhyrd_personal"),
        ),
        table,
        H("Verksamhetsområdenas resultat", 2),
        Para(
            (
                (
                    "Överbeläggningar på medicinavdelningarna har krävt extra bemanning och inhyrda sjuksköterskor, och "
                    "läkemedelskostnaderna överstiger budget.",
                    C(
                        "Medicinområdet",
                        "−58 mnkr",
                        "-",
                        "bemanning",
                        "inhyrd_personal",
                        "material_hjalpmedel",
                        note="The heading carries the area and amount.",
                    ),
                ),
                (
                    "Inom området står vårdavdelningarna i Borås och i Skene för −44 respektive −14 miljoner kronor.",
                    C(
                        "Vårdavdelningarna i Borås",
                        "−44",
                        "-",
                        unit="mnkr",
                        note="Sub-areas inside another area's paragraph: their own items ('respektive').",
                        also=(C("Vårdavdelningarna i Skene", "−14 miljoner kronor", "-"),),
                    ),
                ),
            ),
            head="Medicinområdet −58 mnkr",
            head_level=3,
        ),
        HP(
            "Kirurgi- och ortopediområdet −37 mnkr",
            "Avvikelsen beror till största delen på köpt vård för att klara vårdgarantin, där 1 400 operationer har "
            "genomförts hos privata vårdgivare.",
            C(
                "Kirurgi- och ortopediområdet",
                "−37 mnkr",
                "-",
                "kopt_verksamhet",
                note="A count of operations is no amount.",
            ),
        ),
        HP(
            "Psykiatriområdet −29 mnkr",
            "Hyrläkare inom vuxenpsykiatrin och rättspsykiatriska vårdplatser som köpts av andra regioner förklarar "
            "underskottet.",
            C("Psykiatriområdet", "−29 mnkr", "-", "inhyrd_personal", "kopt_verksamhet"),
        ),
        HP(
            "Kvinnosjukvård och barn −9 mnkr",
            "Färre förlossningar än budgeterat har gett lägre intäkter för vård av patienter från andra regioner.",
            C("Kvinnosjukvård och barn", "−9 mnkr", "-", "volymer", "avgifter_intakter"),
        ),
        HP(
            "Diagnostik och service +3 mnkr",
            "Vakanta tjänster inom laboratoriemedicin ger ett överskott.",
            C("Diagnostik och service", "+3 mnkr", "+", "vakanser"),
        ),
        H("Kostnadsutveckling", 2),
        P(
            "Personalkostnaderna ligger 4,2 procent över budget.",
            C(
                "Personalkostnader",
                None,
                "-",
                note="A percentage only, beside a table pasted as an image: amount null.",
            ),
        ),
        P(
            "Kostnaderna för inhyrd personal uppgår till 96 miljoner kronor, vilket är 51 miljoner kronor mer än "
            "budgeterat.",
            C(
                "Inhyrd personal",
                "51 miljoner kronor",
                "-",
                "inhyrd_personal",
                note="The level is not the amount.",
            ),
        ),
        P(
            "Läkemedelskostnaderna prognostiseras till 412 mkr, 22 mkr över budget, där nya cancerläkemedel svarar "
            "för merparten.",
            C(
                "Läkemedel",
                "22 mkr",
                "-",
                "material_hjalpmedel",
                note="The forecast level is not the amount.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsram för medicinteknisk utrustning på 85 mkr beräknas 61 mkr användas, eftersom "
            "upphandlingen av två magnetkameror har överklagats.",
            C(
                "Medicinteknisk utrustning",
                "85 mkr beräknas 61 mkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=24_000_000,
                note="An under-spend of 24 mkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Sjukhusets handlingsplan med stopp för nya avtal om hyrsjuksköterskor från januari beräknas ge en effekt "
            "på 20 miljoner kronor under 2026.",
            A(None, "20 miljoner kronor", "inhyrd_personal"),
        ),
        H("Vårdplatser", 2),
        P(
            "Antalet disponibla vårdplatser i genomsnitt under november var 512, 14 fler än samma månad 2024.",
            O(None, "volymer", note="Beds against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="region-vastra-gotaland-sas-manadsrapport-2025-11.pdf",
        report={
            "municipality": ["Region Västra Götaland", "Västra Götalandsregionen"],
            "committee": ["Styrelsen för Södra Älvsborgs Sjukhus", "Södra Älvsborgs Sjukhus"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={
            "title": "Månadsrapport november 2025 Södra Älvsborgs Sjukhus",
            "author": "Västra Götalandsregionen",
        },
        style=style,
        blocks=blocks,
    )
