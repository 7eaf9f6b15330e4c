"""Region Skåne, Sjukhusstyrelse Skånevård Kryh, månadsrapport februari 2026.

A hospital board's month report in "miljoner kronor" and mnkr, header with the report's date in March: the
accumulated period "12,6 miljoner kronor sämre än budget" after the level (one item), then the full year "ett
underskott mot budget om 60 miljoner kronor" and its reasons in the next sentence (one item); a table with the
period and the full-year deviation side by side (hyphen-minus), the change since January with its cause (a forecast change); headings that carry the område and its full-year
amount ("Område akut och medicin −31 mnkr") over one short paragraph each, one with a part "cirka 11 mnkr" (not
the amount), one surplus "+2 mnkr"; drugs "412 miljoner kronor, vilket är 14 miljoner kronor mer än
budgeterat" (the level is not the amount); personnel costs "4,2 miljoner kronor under budget för perioden"; hired staff against last year (other); an action with its effect
and a risk (other). Liberation Sans Narrow 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O

HEAD = "The heading carries the område and its full-year deviation."


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.35,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "narrow-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("Region Skåne  Skånevård Kryh", "2026-03-16"),
        footer=lambda n, m: ("Månadsrapport februari 2026, Sjukhusstyrelse Skånevård Kryh", "", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultat per område, mnkr",
        header=(
            ("", "Utfall", "Budget", "Avvikelse", "Avvikelse"),
            ("Område", "jan-feb", "jan-feb", "jan-feb", "helårsprognos"),
        ),
        rows=(
            ("Område akut och medicin", "-42,8", "-36,7", "-6,1", "-31"),
            ("Område kirurgi och ortopedi", "-25,3", "-21,4", "-3,9", "-18"),
            ("Område kvinna och barn", "-9,6", "-8,6", "-1,0", "-6"),
            ("Område diagnostik", "3,1", "2,7", "0,4", "2"),
            ("Område närsjukvård", "-14,2", "-12,2", "-2,0", "-7"),
            ("Gemensamt och ledning", "70,5", "70,5", "0,0", "0"),
            ("Skånevård Kryh totalt", "-18,3", "-5,7", "-12,6", "-60"),
        ),
        widths=(170.0, 62.0, 62.0, 66.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsrapport februari 2026", size=19, font="arial-bold", after=2),
        Title("Sjukhusstyrelse Skånevård Kryh", size=12.5, font="narrow", after=12),
        H("Ekonomiskt resultat", 1),
        P(
            "Skånevård Kryh redovisar ett ackumulerat resultat efter februari på −18,3 miljoner kronor, vilket är "
            "12,6 miljoner kronor sämre än budget för perioden.",
            C(
                None,
                "12,6 miljoner kronor",
                "-",
                note="The period: its own item; the level is not the amount.",
            ),
        ),
        P(
            "Helårsprognosen pekar på ett underskott mot budget om 60 miljoner kronor. Den negativa avvikelsen "
            "beror främst på kostnader för inhyrda sjuksköterskor och läkare, högre läkemedelskostnader och ökade "
            "kostnader för vård som köps från andra vårdgivare.",
            C(
                None,
                "60 miljoner kronor",
                "-",
                "inhyrd_personal",
                "material_hjalpmedel",
                "kopt_verksamhet",
                note="The full year and its reasons in one paragraph: one item. Drugs are material_hjalpmedel.",
            ),
        ),
        P(
            "Jämfört med prognosen efter januari har helårsprognosen försämrats med 8 miljoner kronor, till följd av "
            "det höga vårdplatsbehovet under februari.",
            F(None, "8 miljoner kronor", "-", "volymer"),
        ),
        table,
        H("Kommentarer per område", 2),
        HP(
            "Område akut och medicin −31 mnkr",
            "Området har haft ett högt inflöde av patienter med luftvägsinfektioner under januari och februari och "
            "beläggningen har legat över 100 procent. Det har krävt inhyrda sjuksköterskor och övertid för att "
            "bemanna vårdplatserna.",
            C("Område akut och medicin", "−31 mnkr", "-", "volymer", "inhyrd_personal", "overtid", note=HEAD),
        ),
        HP(
            "Område kirurgi och ortopedi −18 mnkr",
            "Bristen på operationssjuksköterskor gör att operationer har köpts från privata vårdgivare för att "
            "klara vårdgarantin, vilket kostar cirka 11 mnkr mer än budgeterat för helåret.",
            C(
                "Område kirurgi och ortopedi",
                "−18 mnkr",
                "-",
                "vakanser",
                "kopt_verksamhet",
                note=HEAD + " The 11 mnkr of bought operations is a part.",
            ),
        ),
        HP(
            "Område kvinna och barn −6 mnkr",
            "Underskottet förklaras av dyrare läkemedel inom barnonkologin och av hyrläkare på förlossningen.",
            C("Område kvinna och barn", "−6 mnkr", "-", "material_hjalpmedel", "inhyrd_personal", note=HEAD),
        ),
        HP(
            "Område diagnostik +2 mnkr",
            "Högre intäkter från analyser som säljs till privata vårdgivare och till andra regioner ger ett "
            "överskott.",
            C("Område diagnostik", "+2 mnkr", "+", "avgifter_intakter", note=HEAD),
        ),
        HP(
            "Område närsjukvård −7 mnkr",
            "Fler patienter i den avancerade sjukvården i hemmet har gett högre kostnader för personal, hjälpmedel "
            "och transporter än vad som ryms i budgeten.",
            C("Område närsjukvård", "−7 mnkr", "-", "volymer", "material_hjalpmedel", note=HEAD),
        ),
        H("Kostnadsslag", 2),
        P(
            "Läkemedelskostnaderna för helåret beräknas till 412 miljoner kronor, vilket är 14 miljoner kronor mer "
            "än budgeterat. Ökningen gäller främst nya cancerläkemedel.",
            C(
                "Läkemedel",
                "14 miljoner kronor",
                "-",
                "material_hjalpmedel",
                note="The forecast level (412) is not the amount; a kostnadsslag explained beside the områden.",
            ),
        ),
        P(
            "Personalkostnaderna exklusive inhyrd personal ligger 4,2 miljoner kronor under budget för perioden, "
            "eftersom flera vakanta tjänster inte har kunnat tillsättas.",
            C(
                "Personalkostnader",
                "4,2 miljoner kronor",
                "+",
                "vakanser",
                note="A kostnadsslag for the period, beside the områden: its own item.",
            ),
        ),
        P(
            "Kostnaderna för inhyrd personal uppgick till 21,4 miljoner kronor under januari och februari, en "
            "ökning med 38 procent jämfört med samma period 2025.",
            O("Inhyrd personal", note="Against the previous year: other."),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Sjukhusledningen har infört ett stopp för inhyrd personal utanför akutverksamheten från den 1 mars, "
            "vilket beräknas minska kostnaderna med 15 miljoner kronor under året.",
            A(None, "15 miljoner kronor", "inhyrd_personal"),
        ),
        P(
            "Prognosen är osäker. Om infektionsläget blir lika ansträngt under hösten som i vintras kan underskottet "
            "öka med ytterligare 10 miljoner kronor.",
            O(None, note="A risk with an amount: other."),
        ),
    ]
    return ReportSpec(
        file="region-skane-kryh-manadsrapport-2026-02.pdf",
        report={
            "municipality": "Region Skåne",
            "committee": [
                "Sjukhusstyrelse Skånevård Kryh",
                "Sjukhusstyrelsen för Skånevård Kryh",
                "Skånevård Kryh",
            ],
            "period": ["2026-02"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport februari 2026 Skånevård Kryh", "author": "Region Skåne"},
        style=style,
        blocks=blocks,
    )
