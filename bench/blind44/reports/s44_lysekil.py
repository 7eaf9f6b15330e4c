"""Lysekils kommun, Samhällsbyggnadsnämnden, tjänsteskrivelse: ekonomisk uppföljning per maj 2026.

A technical committee's tjänsteskrivelse dated in June for the period to May, in Liberation Serif with
hyphen-minus signs: the tax-financed full year "en negativ avvikelse mot budget på 2 150 tkr" with the next
sentence naming where it sits (one item); the change since March with its cause; a verksamhet table;
headings that carry the area and the amount ("Gata och park -1 650 tkr", "Plan och bygg +350 tkr") over
reasons only, one heading whose paragraph adds a risk sentence after the cause (its own `other`), one
"+120 tkr" heading over "i nivå med budget" (boilerplate); the fee-financed water and sewage "600 tkr bättre
än budget" and the VA fund's balance in the next paragraph (other); investments "28,6 mnkr inte förbrukas";
an inköpsstopp with its effect. 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.5,
        leading=1.3,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.5),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 84.0, 72.0, 78.0),
        header=lambda n, m: ("LYSEKILS KOMMUN", "Tjänsteskrivelse  2026-06-08"),
        footer=lambda n, m: ("Samhällsbyggnadsförvaltningen", "Dnr SBN 2026-000231", f"Sida {n} av {m}"),
        header_size=8.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Skattefinansierad verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–maj", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "6 420", "2 610", "6 300", "120"),
            ("Gata och park", "24 800", "11 350", "26 450", "-1 650"),
            ("Hamnverksamhet", "-1 200", "350", "-400", "-800"),
            ("Fastighet", "18 900", "8 210", "19 400", "-500"),
            ("Plan och bygg", "5 300", "2 050", "4 950", "350"),
            ("Kost och städ", "2 400", "1 320", "2 070", "330"),
            ("Summa", "56 620", "25 890", "58 770", "-2 150"),
        ),
        widths=(160.0, 68.0, 76.0, 68.0, 60.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title(
            "Ekonomisk uppföljning per maj 2026 – samhällsbyggnadsnämnden",
            size=15,
            font="times-bold",
            after=12,
        ),
        H("Sammanfattning", 2),
        P(
            "Samhällsbyggnadsnämndens prognos för den skattefinansierade verksamheten visar en negativ avvikelse "
            "mot budget på 2 150 tkr för 2026. Underskottet finns inom gata och park, hamnverksamheten och "
            "fastighet.",
            C(None, "2 150 tkr", "-", note="The deviation and the areas it sits in, contiguous: one item."),
        ),
        P(
            "Prognosen är 450 tkr sämre än vid uppföljningen per mars, eftersom snöfallet i början av april inte "
            "fanns med i den bedömningen.",
            F(None, "450 tkr", "-", "ovrigt"),
        ),
        H("Förslag till beslut", 2),
        P("Samhällsbyggnadsnämnden godkänner den ekonomiska uppföljningen per maj 2026."),
        H("Ärendet", 2),
        P(
            "Uppföljningen bygger på bokfört utfall till och med maj. Negativa belopp i avvikelsekolumnen innebär "
            "ett sämre utfall än budget."
        ),
        table,
        HP(
            "Gata och park -1 650 tkr",
            "Den snörika vintern har gjort att vinterväghållningen har kostat betydligt mer än budgeterat, och "
            "priserna på asfalt och beläggningsarbeten har stigit med omkring 12 procent sedan budgeten lades.",
            C(
                "Gata och park",
                "-1 650 tkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="The heading carries the amount; the 12 percent price rise is not the amount.",
            ),
        ),
        HP(
            "Hamnverksamhet -800 tkr",
            "Gästhamnsintäkterna väntas understiga budget eftersom två av bryggorna är avstängda för reparation "
            "under högsäsongen.",
            C("Hamnverksamhet", "-800 tkr", "-", "avgifter_intakter", "ovrigt"),
        ),
        Para(
            (
                (
                    "Underskottet förklaras av högre kostnader för el och uppvärmning i kommunens lokaler än vad "
                    "som budgeterats.",
                    C(
                        "Fastighet",
                        "-500 tkr",
                        "-",
                        "prisokningar",
                        note="Heading with the amount over a reason.",
                    ),
                ),
                (
                    "Det finns också en risk att vattenskadan i en av förskolorna leder till ytterligare kostnader "
                    "under hösten.",
                    O("Fastighet", note="A risk sentence after the cause: its own item."),
                ),
            ),
            head="Fastighet -500 tkr",
            head_level=3,
        ),
        HP(
            "Plan och bygg +350 tkr",
            "Fler bygglovsansökningar än väntat har gett intäkter över budget, och en tjänst som planarkitekt har "
            "varit vakant sedan februari.",
            C("Plan och bygg", "+350 tkr", "+", "avgifter_intakter", "vakanser"),
        ),
        HP(
            "Kost och städ +330 tkr",
            "Livsmedelskostnaderna har blivit lägre än beräknat tack vare det nya ramavtalet för livsmedel.",
            C("Kost och städ", "+330 tkr", "+", "prisokningar", note="Lower food prices: prisokningar."),
        ),
        HP(
            "Nämnd och förvaltningsledning +120 tkr",
            "Prognosen ligger i nivå med budget.",
            BP("Nämnd och förvaltningsledning", note="'I nivå med budget' under a heading of +120 tkr."),
        ),
        H("Vatten och avlopp", 2),
        P(
            "Den taxefinansierade VA-verksamheten beräknas redovisa ett resultat som är 600 tkr bättre än budget, "
            "främst på grund av högre anslutningsavgifter från nya bostäder på Skaftö.",
            C("Vatten och avlopp", "600 tkr", "+", "avgifter_intakter"),
        ),
        P(
            "Överskottet förs till VA-fonden, som efter överföringen beräknas uppgå till 3,9 mnkr.",
            O("Vatten och avlopp", note="The fund's balance: other."),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget uppgår till 38,0 mnkr, varav 9,4 mnkr beräknas användas under året. Det "
            "innebär att 28,6 mnkr inte förbrukas, främst för att upphandlingen av den nya kajen i gästhamnen har "
            "avbrutits och ska göras om.",
            C("Investeringar", "28,6 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har stoppat alla inköp som inte är nödvändiga inom gata och park för resten av året, "
            "vilket beräknas minska underskottet med cirka 400 tkr.",
            A("Gata och park", "cirka 400 tkr"),
        ),
    ]
    return ReportSpec(
        file="lysekil-sbn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Lysekil",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026", "author": "Lysekils kommun"},
        style=style,
        blocks=blocks,
    )
