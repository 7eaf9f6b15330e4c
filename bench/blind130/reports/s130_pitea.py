"""Piteå kommun, Samhällsbyggnadsnämnden, månadsuppföljning oktober 2025.

A technical committee's month report in DejaVu Serif, header with the förvaltning, footer with the
arbetsutskott's date in November: one sentence with the tax-financed "underskott mot budget på 3,4 mnkr" and,
after "medan", the fee-financed water and sewage "överskott på 2,1 mnkr som förs till VA-fonden" (two items);
the change since September in tkr; a table in tkr with en dashes as minus signs and September's deviation,
the water and sewage row below the sum; headings that carry the area and amount ("Gator och vägar –2 350
tkr", "Nämnd och ledning +350 tkr", "Plan och exploatering ±0 tkr" over "bedöms gå jämnt ut", boilerplate)
with a percentage price rise that is not the amount, a storm (ovrigt), "900 tkr lägre än budgeterat" of
revenue (negative), water and sewage explained a second time under a plain heading; investments "13,4 mnkr
lägre än budget" and a cycle path "cirka 1,2 mnkr dyrare än kalkylerat"; an action without an effect and
the winter budget's risk (other). 9 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, HP, A, C, F, O

HEAD = "The heading carries the area and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Piteå kommun – Samhällsbyggnad", "Månadsuppföljning oktober 2025"),
        footer=lambda n, m: ("Samhällsbyggnadsnämndens arbetsutskott 2025-11-12", "", f"Sida {n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse", "Avvikelse sep"),),
        rows=(
            ("Nämnd och ledning", "5 800", "5 450", "350", "300"),
            ("Gator och vägar", "48 200", "50 550", "–2 350", "–2 100"),
            ("Park och natur", "17 400", "17 900", "–500", "–450"),
            ("Bygg och miljö", "9 600", "10 500", "–900", "–800"),
            ("Plan och exploatering", "7 200", "7 200", "0", "0"),
            ("Summa skattefinansierat", "88 200", "91 600", "–3 400", "–3 050"),
            ("Vatten och avlopp", "0", "–2 100", "2 100", "1 700"),
        ),
        widths=(150.0, 72.0, 76.0, 66.0, 74.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning oktober 2025", size=19, font="serif-bold", after=2),
        Title("Samhällsbyggnadsnämnden", size=12.5, font="serif-italic", after=12),
        H("Sammanfattning", 2),
        P(
            "Nämndens skattefinansierade verksamhet beräknas lämna ett underskott mot budget på 3,4 mnkr för 2025, "
            "medan vatten- och avloppsverksamheten beräknas ge ett överskott på 2,1 mnkr som förs till VA-fonden.",
            C(
                "Skattefinansierad verksamhet",
                "3,4 mnkr",
                "-",
                note="Two parts with their own amounts in one sentence: two items. The fund transfer stays in "
                "the VA item.",
                also=(C("Vatten och avlopp", "2,1 mnkr", "+"),),
            ),
        ),
        P(
            "Jämfört med septemberuppföljningen har prognosen för den skattefinansierade verksamheten försämrats "
            "med 350 tkr.",
            F("Skattefinansierad verksamhet", "350 tkr", "-"),
        ),
        table,
        Space(6),
        H("Kommentarer till avvikelserna", 2),
        HP(
            "Gator och vägar –2 350 tkr",
            "Höstens reparationer av beläggningen på Sundsgatan och Hamngatan blev dyrare än planerat, eftersom "
            "priset på asfalt har stigit med cirka 15 procent sedan upphandlingen. Därtill kommer högre kostnader "
            "för gatubelysningens el.",
            C(
                "Gator och vägar",
                "–2 350 tkr",
                "-",
                "prisokningar",
                note=HEAD + " The percentage is not the amount.",
            ),
        ),
        HP(
            "Park och natur –500 tkr",
            "Stormen i augusti fällde ett stort antal träd i stadsparken och längs strandpromenaden, och röjningen "
            "har utförts av entreprenör.",
            C("Park och natur", "–500 tkr", "-", "ovrigt", note=HEAD + " A storm is ovrigt."),
        ),
        HP(
            "Bygg och miljö –900 tkr",
            "Intäkterna från bygglov blir 900 tkr lägre än budgeterat, då betydligt färre villor och fritidshus "
            "byggs än tidigare år.",
            C(
                "Bygg och miljö",
                "900 tkr",
                "-",
                "avgifter_intakter",
                note=HEAD + " Revenue under budget: negative.",
            ),
        ),
        HP(
            "Nämnd och ledning +350 tkr",
            "Tjänsten som utvecklingsstrateg var vakant under våren.",
            C("Nämnd och ledning", "+350 tkr", "+", "vakanser", note=HEAD),
        ),
        HP(
            "Plan och exploatering ±0 tkr",
            "Verksamheten bedöms gå jämnt ut.",
            BP("Plan och exploatering", note="A heading '±0 tkr' over 'bedöms gå jämnt ut': boilerplate."),
        ),
        H("Vatten och avlopp", 3),
        P(
            "Förbrukningsintäkterna är högre än beräknat efter den varma och torra sommaren, samtidigt som "
            "kostnaderna för fällningskemikalier i reningsverket har minskat. Överskottet på 2,1 mnkr avsätts till "
            "VA-fonden vid årets slut.",
            C(
                "Vatten och avlopp",
                "2,1 mnkr",
                "+",
                "avgifter_intakter",
                "material_hjalpmedel",
                note="Water and sewage explained a second time: an item for every passage. Chemicals are "
                "material_hjalpmedel.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar beräknas till 38,6 mnkr, vilket är 13,4 mnkr lägre än budget. Ombyggnaden av "
            "busstorget har flyttats till 2026 i väntan på en ny detaljplan.",
            C("Investeringar", "13,4 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        P(
            "Gång- och cykelvägen längs älven blir cirka 1,2 mnkr dyrare än kalkylerat, då markförhållandena var "
            "sämre än väntat och mer massor har fått bytas ut.",
            C(
                "Gång- och cykelvägen längs älven",
                "cirka 1,2 mnkr",
                "-",
                "ovrigt",
                note="Investment overrun.",
            ),
        ),
        H("Åtgärder och risker", 2),
        P(
            "För att begränsa underskottet har förvaltningen stoppat all nyanskaffning av parkmöbler och "
            "lekutrustning under resten av året.",
            A("Park och natur", None, "material_hjalpmedel"),
        ),
        P(
            "Av vinterväghållningens budget på 14,5 mnkr har 9,8 mnkr förbrukats till och med oktober. Blir "
            "november och december snörika finns en risk för ytterligare underskott.",
            O("Gator och vägar", note="A risk with a level of spending: other."),
        ),
    ]
    return ReportSpec(
        file="pitea-sbn-manadsuppfoljning-2025-10.pdf",
        report={
            "municipality": "Piteå",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2025-10"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning oktober 2025 Samhällsbyggnadsnämnden",
            "author": "Piteå kommun",
        },
        style=style,
        blocks=blocks,
    )
