"""Pajala kommun, Tekniska nämnden, verksamhetsberättelse 2025 (technical services).

A technical committee's year-end report in Arial Narrow (Liberation Sans Narrow) 10 pt, in "tkr", "kronor",
"miljoner kronor" and "mnkr", the footer carrying the nämnd's meeting in February: the result "-2 740 tkr
jämfört med budget" and the outcome against the interim forecast with its cause (a forecast change); a
tax-financed table in tkr with hyphen-minus deficits; bold run-in verksamheter ending in a colon: one with
only parts ("1,9 miljoner kronor", "cirka 600 000 kronor") so the row's "-2 570", "Underskottet på 1 460 tkr
beror på", "gav ett överskott på 550 tkr" at the end, a reason-only surplus (the row's "400"), "följer i
stort sett budget" beside a row of 340 (boilerplate); the fee-financed water and sewage "ett överskott på 1
120 tkr mot budget, som förs till VA-fonden" and waste "ett underskott på 310 tkr" (not in the table);
investments "8,6 mnkr av budgeterade 12,4 mnkr" (3,8 never written out) and a project "420 000 kronor dyrare
än projektbudgeten"; an action and sick leave against 2024 (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Space, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(66.0, 76.0, 66.0, 72.0),
        header=lambda n, m: ("Pajala kommun", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Tekniska nämnden", "Sammanträde 2026-02-17", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning 2025, skattefinansierad verksamhet (tkr)",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Gator och vägar", "9 850", "12 420", "-2 570"),
            ("Fastighetsförvaltning", "14 300", "15 760", "-1 460"),
            ("Kost och städ", "21 900", "21 350", "550"),
            ("Flygplats", "4 600", "4 200", "400"),
            ("Teknisk administration", "3 200", "2 860", "340"),
            ("Summa", "53 850", "56 590", "-2 740"),
        ),
        widths=(180.0, 76.0, 76.0, 76.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=19, font="arial-bold", after=2),
        Title("Tekniska nämnden", size=12, font="narrow", after=14),
        H("Årets resultat", 2),
        P(
            "Tekniska nämnden redovisar ett resultat på -2 740 tkr jämfört med budget för 2025.",
            C(None, "-2 740 tkr", "-", note="The year's result against budget."),
        ),
        P(
            "Det är 900 tkr bättre än prognosen i delårsrapporten, eftersom vintern blev mildare än befarat i "
            "november och december.",
            F(
                None,
                "900 tkr",
                "+",
                "ovrigt",
                note="The outcome against the interim forecast; weather is ovrigt.",
            ),
        ),
        table,
        Space(8),
        H("Kommentarer till driftredovisningen", 2),
        LP(
            "Gator och vägar:",
            "Snöröjningen kostade 1,9 miljoner kronor mer än budgeterat efter ovanligt stora snömängder i januari "
            "och mars. Därtill kom en akut reparation av en vägtrumma i Kangos efter vårfloden för cirka 600 000 "
            "kronor.",
            C(
                "Gator och vägar",
                "-2 570",
                "-",
                "ovrigt",
                unit="tkr",
                table=True,
                note="Only parts in the prose: the table row's cell. Snow and flood damage are ovrigt.",
            ),
        ),
        LP(
            "Fastighetsförvaltning:",
            "Underskottet på 1 460 tkr beror på högre elpriser under vintern och på att skolan i Junosuando har "
            "stått tom sedan augusti, utan att hyresintäkterna har kunnat ersättas.",
            C("Fastighetsförvaltning", "1 460 tkr", "-", "prisokningar", "lokaler"),
        ),
        LP(
            "Kost och städ:",
            "Livsmedelskostnaderna blev lägre än befarat och två tjänster var vakanta under hösten, vilket gav "
            "ett överskott på 550 tkr.",
            C("Kost och städ", "550 tkr", "+", "prisokningar", "vakanser"),
        ),
        LP(
            "Flygplats:",
            "Överskottet förklaras av att fler charterturer under vintersäsongen gav högre landningsavgifter.",
            C(
                "Flygplats",
                "400",
                "+",
                "avgifter_intakter",
                "volymer",
                unit="tkr",
                table=True,
                note="A reason-only surplus: the table row's cell.",
            ),
        ),
        LP(
            "Teknisk administration:",
            "Verksamheten följer i stort sett budget.",
            BP("Teknisk administration", note="Although the row says 340."),
        ),
        H("Avgiftsfinansierad verksamhet", 2),
        P(
            "Vatten och avlopp redovisade ett överskott på 1 120 tkr mot budget, som förs till VA-fonden. "
            "Överskottet beror på högre anslutningsavgifter när fler fritidshus har anslutits.",
            C(
                "Vatten och avlopp",
                "1 120 tkr",
                "+",
                "avgifter_intakter",
                "volymer",
                note="A fee-financed result with its transfer to the fund: one cause item.",
            ),
        ),
        P(
            "Renhållningen fick ett underskott på 310 tkr, till följd av höjda behandlingsavgifter för hushållsavfall "
            "vid den regionala anläggningen.",
            C("Renhållning", "310 tkr", "-", "prisokningar"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringar uppgick till 8,6 mnkr av budgeterade 12,4 mnkr. Beläggningsarbetena på "
            "Strandvägen har flyttats till sommaren 2026, då entreprenören inte hann före tjälen.",
            C(
                "Investeringar",
                "8,6 mnkr av budgeterade 12,4 mnkr",
                "+",
                "periodisering",
                value=3_800_000,
                note="An under-spend never written out: the computed 3,8 mnkr, the amount text as written.",
            ),
        ),
        P(
            "Ombyggnaden av köket i Kaunisvaara byskola blev 420 000 kronor dyrare än projektbudgeten, främst till "
            "följd av prisökningar på storköksutrustning.",
            C(
                "Köket i Kaunisvaara byskola",
                "420 000 kronor",
                "-",
                "prisokningar",
                note="Investment overrun.",
            ),
        ),
        H("Åtgärder inför 2026", 2),
        P(
            "Nämnden har beslutat att sänka standarden för vinterväghållning på enskilda vägar med kommunalt "
            "bidrag, vilket beräknas minska kostnaderna med 400 tkr per år.",
            A("Gator och vägar", "400 tkr"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron var 6,8 procent under 2025, jämfört med 7,9 procent året innan.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="pajala-tn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Pajala",
            "committee": ["Tekniska nämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Tekniska nämnden", "author": "Pajala kommun"},
        style=style,
        blocks=blocks,
    )
