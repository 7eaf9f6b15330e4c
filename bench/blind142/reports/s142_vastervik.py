"""Västerviks kommun, Kommunstyrelsen, bokslut 2025 (verksamhetsberättelse).

A kommunstyrelse's year-end report on its own verksamheter, adopted in March: the result "ett överskott mot
budget med 3,9 mnkr", the outcome against the August forecast with its cause (a forecast change, amount not
written), a driftredovisning in tkr with hyphen minus; then two columns of headings that carry the area and amount
("IT-avdelningen -1 380 tkr") over one paragraph each: reasons only under the heading's amount (unused
funds, parental leave, licences and consultants, a forest fire with overtime, food prices, grants and fewer
participants, tourist revenue, fewer färdtjänst trips); investments "18,2 mnkr mot en budget på 24,6 mnkr"
(6,4 never written out) followed by two projects "3,1 respektive 1,6 mnkr billigare"; a proposed transfer of
part of the surplus to 2026 and sick leave against 2024 (others). DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import HP, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="sans-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Västerviks kommun", "Bokslut 2025 – Kommunstyrelsen"),
        footer=lambda n, m: ("Fastställd av kommunstyrelsen 2026-03-02", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse"),),
        rows=(
            ("Kommunledningskontoret", "38 900", "37 250", "1 650"),
            ("Ekonomi och upphandling", "21 400", "20 980", "420"),
            ("IT-avdelningen", "29 700", "31 080", "-1 380"),
            ("Räddningstjänsten", "46 300", "47 260", "-960"),
            ("Kostenheten", "12 100", "12 640", "-540"),
            ("Arbetsmarknad och integration", "34 600", "31 750", "2 850"),
            ("Näringsliv och turism", "11 800", "11 090", "710"),
            ("Kollektivtrafik och färdtjänst", "68 200", "67 050", "1 150"),
            ("Summa", "263 000", "259 100", "3 900"),
        ),
        widths=(170.0, 80.0, 80.0, 70.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse med bokslut 2025", size=18, font="sans-bold", after=2),
        Title("Kommunstyrelsen", size=12, font="serif", after=12),
        H("Årets resultat", 2),
        P(
            "Kommunstyrelsen redovisar för 2025 ett överskott mot budget med 3,9 mnkr.",
            C(None, "3,9 mnkr", "+"),
        ),
        P(
            "I delårsrapporten per augusti prognostiserades ett överskott på 1,5 mnkr. Förbättringen sedan dess "
            "beror främst på att medel för kompetensutveckling och projekt inte förbrukades under hösten.",
            F(
                None,
                None,
                "+",
                "periodisering",
                note="Against the interim forecast with its cause; the change (2,4) is not written: null.",
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        HP(
            "Kommunledningskontoret +1 650 tkr",
            "Överskottet förklaras av att medlen för ledarskapsprogrammet inte användes fullt ut, eftersom "
            "upphandlingen av en extern processledare avbröts.",
            C("Kommunledningskontoret", "+1 650 tkr", "+", "periodisering"),
        ),
        HP(
            "Ekonomi och upphandling +420 tkr",
            "Föräldraledigheter som inte ersatts fullt ut ger ett överskott.",
            C("Ekonomi och upphandling", "+420 tkr", "+", "vakanser"),
        ),
        HP(
            "IT-avdelningen -1 380 tkr",
            "Licenskostnaderna för kommunens nya e-postmiljö blev högre än beräknat, och migreringen krävde "
            "konsultstöd under sex veckor.",
            C("IT-avdelningen", "-1 380 tkr", "-", "it_digitalisering", "inhyrd_personal"),
        ),
        HP(
            "Räddningstjänsten -960 tkr",
            "Räddningstjänsten överskred budget till följd av skogsbranden vid Loftahammar i juli, då "
            "deltidsstyrkorna från Gamleby och Ankarsrum var i tjänst under sammanlagt nio dygn. Övertiden vid "
            "heltidsstationen blev också hög under semesterperioden.",
            C("Räddningstjänsten", "-960 tkr", "-", "ovrigt", "overtid", note="A forest fire: ovrigt."),
        ),
        HP(
            "Kostenheten -540 tkr",
            "Livsmedelspriserna ökade mer än vad som budgeterats, och underskottet kunde bara delvis täckas av "
            "höjda internpriser.",
            C("Kostenheten", "-540 tkr", "-", "prisokningar"),
        ),
        HP(
            "Arbetsmarknad och integration +2 850 tkr",
            "Verksamheten fick högre statsbidrag för etableringsinsatser än beräknat, och färre deltagare än "
            "planerat har haft anställning med lön från kommunen.",
            C("Arbetsmarknad och integration", "+2 850 tkr", "+", "statsbidrag", "volymer"),
        ),
        HP(
            "Näringsliv och turism +710 tkr",
            "Turistbyråns försäljning och intäkterna från gästhamnen blev högre än budgeterat efter en rekordsommar.",
            C("Näringsliv och turism", "+710 tkr", "+", "avgifter_intakter"),
        ),
        HP(
            "Kollektivtrafik och färdtjänst +1 150 tkr",
            "Antalet färdtjänstresor blev lägre än budgeterat, främst under vintermånaderna.",
            C("Kollektivtrafik och färdtjänst", "+1 150 tkr", "+", "volymer"),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        PS(
            (
                "Kommunstyrelsens investeringar uppgick till 18,2 mnkr mot en budget på 24,6 mnkr.",
                C(
                    "Investeringar",
                    "18,2 mnkr",
                    "+",
                    value=6.4e6,
                    note="The under-spend (6,4) is never written out: the computed value, the amount text as written.",
                ),
            ),
            (
                "Räddningstjänstens nya höjdfordon och IT-avdelningens byte av nätverksutrustning blev 3,1 respektive "
                "1,6 mnkr billigare än budgeterat, medan övriga projekt genomfördes i stort sett enligt plan.",
                C(
                    "Höjdfordon",
                    "3,1",
                    "+",
                    unit="mnkr",
                    note="A 'respektive' pair of projects: two items with the same text.",
                    also=(C("Nätverksutrustning", "1,6 mnkr", "+"),),
                ),
            ),
        ),
        H("Förslag om resultatöverföring", 2),
        P(
            "Kommunstyrelsen föreslår att 1,0 mnkr av överskottet förs över till 2026 för att genomföra "
            "ledarskapsprogrammet.",
            O("Kommunledningskontoret", note="A transfer of the surplus: a financing statement, other."),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron inom kommunstyrelsens verksamheter var 4,8 procent, en minskning från 5,3 procent 2024.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="vastervik-ks-bokslut-2025.pdf",
        report={
            "municipality": "Västervik",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Kommunstyrelsen", "author": "Västerviks kommun"},
        style=style,
        blocks=blocks,
    )
