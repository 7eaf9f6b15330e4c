"""Mönsterås kommun, Tekniska nämnden, verksamhetsberättelse 2025.

A technical committee's year-end report in Liberation Sans with a tax-funded part and two fee-funded parts:
"Den skattefinansierade verksamheten redovisar ett resultat på −2,3 mnkr mot budget" with its snowy quarter,
water and waste "överskott på 3,6 respektive 0,9 mnkr" followed in the same paragraph by their transfer to the
resultatfonder (other); a table in tkr with the previous year's outcome and fee-funded rows whose outcome is
negative (net revenue); headings that carry the verksamhet and amount ("Gator och vägar −3,1 mnkr") whose
paragraphs hold levels (5,4 against 2,6 mnkr for winter) that are not the amount, a plain heading with
reasons only (the table's "230"), the water and waste deficits explained a second time under their own
headings; investments "12,7 mnkr mindre än budgeterat" after two levels, two projects "7,9 respektive 3,2 mnkr
mindre" in the same paragraph (their own items), a project "1,4 mnkr dyrare än projektbudgeten"; a fee
increase and the net cost against 2024 (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, C, O

HEAD = "The heading carries the verksamhet and its amount."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Mönsterås kommun – Verksamhetsberättelse 2025", "Tekniska nämnden"),
        footer=lambda n, m: ("Antagen av tekniska nämnden 2026-02-17", "", f"{n}"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024"),),
        rows=(
            ("Nämnd och administration", "4 210", "3 980", "230", "4 060"),
            ("Gator och vägar", "18 640", "21 770", "−3 130", "19 320"),
            ("Parker och grönområden", "6 920", "6 540", "380", "6 610"),
            ("Hamnar", "1 450", "1 030", "420", "1 390"),
            ("Måltidsservice", "34 800", "35 000", "−200", "33 250"),
            ("Summa skattefinansierat", "66 020", "68 320", "−2 300", "64 630"),
            ("VA-verksamhet", "0", "−3 600", "3 600", "−1 850"),
            ("Renhållning", "0", "−900", "900", "420"),
        ),
        widths=(150.0, 72.0, 72.0, 66.0, 72.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=19, font="arial-bold", after=2),
        Title("Tekniska nämnden", size=12.5, font="arial", after=12),
        H("Ekonomisk sammanfattning", 1),
        P(
            "Den skattefinansierade verksamheten redovisar ett resultat på −2,3 mnkr mot budget för 2025. "
            "Underskottet uppstod under årets första kvartal, då ovanligt mycket snö föll i januari och februari. "
            "Resten av året följde verksamheten i stort sin budget.",
            C(
                "Skattefinansierad verksamhet",
                "−2,3 mnkr",
                "-",
                "ovrigt",
                note="The tax-funded part of the nämnd; snow is ovrigt.",
            ),
        ),
        PS(
            (
                "VA-verksamheten och renhållningen, som finansieras med avgifter, redovisar överskott på 3,6 "
                "respektive 0,9 mnkr.",
                C(
                    "VA-verksamhet",
                    "3,6",
                    "+",
                    unit="mnkr",
                    note="A 'respektive' pair with no reason here; explained again under their headings.",
                    also=(C("Renhållning", "0,9 mnkr", "+"),),
                ),
            ),
            (
                "Överskotten förs till respektive resultatfond, som därefter uppgår till 7,2 och 1,6 mnkr.",
                O(None, "reserver", note="The transfer to the resultatfonder: a reserve statement."),
            ),
        ),
        table,
        H("Kommentarer till driftredovisningen", 2),
        HP(
            "Gator och vägar −3,1 mnkr",
            "Vinterväghållningen kostade 5,4 mnkr mot budgeterade 2,6 mnkr. Snöfallen i januari och februari var de "
            "kraftigaste sedan 2010, och entreprenörerna gjorde 31 plogningsomgångar mot normalt 12. Övrig gatudrift "
            "höll budget.",
            C(
                "Gator och vägar",
                "−3,1 mnkr",
                "-",
                "ovrigt",
                note=HEAD + " The winter's 5,4 and 2,6 mnkr are levels.",
            ),
        ),
        HP(
            "Parker och grönområden +0,4 mnkr",
            "Två säsongstjänster kunde inte tillsättas under sommaren, och skötseln av grönytorna i Timmernabben "
            "utförs sedan våren av det lokala byalaget mot en lägre ersättning än den tidigare entreprenören.",
            C(
                "Parker och grönområden",
                "+0,4 mnkr",
                "+",
                "vakanser",
                "kopt_verksamhet",
                note=HEAD + " A cheaper contracted service is kopt_verksamhet.",
            ),
        ),
        HP(
            "Hamnar +0,4 mnkr",
            "Gästhamnen i Mönsterås hade fler gästnätter än något tidigare år, och intäkterna från båtplatser och "
            "ställplatser överträffade budgeten.",
            C("Hamnar", "+0,4 mnkr", "+", "volymer", "avgifter_intakter", note=HEAD),
        ),
        HP(
            "Måltidsservice −0,2 mnkr",
            "Livsmedelskostnaderna har stigit mer än budgeterat, men större delen av ökningen har kunnat mötas genom "
            "minskat matsvinn.",
            C("Måltidsservice", "−0,2 mnkr", "-", "prisokningar", note=HEAD),
        ),
        H("Nämnd och administration", 3),
        P(
            "Färre sammanträden än planerat och en vakant tjänst som nämndsekreterare under hösten gav ett mindre "
            "överskott.",
            C(
                "Nämnd och administration",
                "230",
                "+",
                "vakanser",
                "ovrigt",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's cell. Fewer meetings: ovrigt.",
            ),
        ),
        HP(
            "VA-verksamhet +3,6 mnkr",
            "Intäkterna blev högre än budgeterat efter att anslutningsavgifter för 46 nya fastigheter i Kronobäck "
            "fakturerades under året. Samtidigt blev kostnaderna för kemikalier i reningsverket 0,6 mnkr högre än "
            "budgeterat.",
            C(
                "VA-verksamhet",
                "+3,6 mnkr",
                "+",
                "avgifter_intakter",
                "material_hjalpmedel",
                note=HEAD + " Explained a second time: its own item. The chemicals (0,6 mnkr) are a part.",
            ),
        ),
        HP(
            "Renhållning +0,9 mnkr",
            "Mängden hushållsavfall minskade för andra året i rad, vilket sänkte kostnaderna för behandling.",
            C("Renhållning", "+0,9 mnkr", "+", "volymer", note=HEAD),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Nämnden hade en investeringsbudget på 42,8 mnkr för 2025 och förbrukade 30,1 mnkr, vilket är 12,7 "
                "mnkr mindre än budgeterat.",
                C("Investeringar", "12,7 mnkr", "+", note="Under-spending after two levels."),
            ),
            (
                "De två största projekten, nytt vattenverk i Blomstermåla och förnyelse av ledningsnätet på "
                "Fågelvägen, förbrukade 7,9 respektive 3,2 mnkr mindre än budgeterat, främst för att arbetena kom "
                "igång senare än planerat.",
                C(
                    "Nytt vattenverk i Blomstermåla",
                    "7,9",
                    "+",
                    "periodisering",
                    unit="mnkr",
                    note="Two projects with an apposition as a 'respektive' pair: their own items.",
                    also=(C("Förnyelse av ledningsnätet på Fågelvägen", "3,2 mnkr", "+", "periodisering"),),
                ),
            ),
        ),
        P(
            "Ombyggnaden av torget i Mönsterås centrum blev däremot 1,4 mnkr dyrare än projektbudgeten, på grund av "
            "oväntade ledningar i marken.",
            C("Ombyggnaden av torget", "1,4 mnkr", "-", "ovrigt", note="An overrun: negative."),
        ),
        H("Framtid", 2),
        P(
            "Inför 2026 har VA-taxan höjts med 6 procent för att finansiera investeringarna i vattenverket.",
            O("VA-verksamhet", note="A fee increase for next year: context."),
        ),
        P(
            "Jämfört med 2024 ökade nämndens nettokostnader för den skattefinansierade verksamheten med 5,7 procent.",
            O(None, note="Against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="monsteras-tn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Mönsterås",
            "committee": ["Tekniska nämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Tekniska nämnden", "author": "Mönsterås kommun"},
        style=style,
        blocks=blocks,
    )
