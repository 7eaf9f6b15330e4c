"""Ekerö kommun, Tekniska nämnden, månadsuppföljning september 2025.

A technical committee's month report in DejaVu Sans Condensed 9.5 pt with
en-dash minus signs, whose footer carries the meeting date in October: the tax-financed result "2 750 tkr
sämre än budget", the fee-financed waste service "ett överskott på 1,3 miljoner kronor mot budget" and its
transfer to the waste fund in a paragraph of its own (other), a table with August's deviation beside
September's, the change since August with a "varav" split; then en-dash bullets under a generic heading
("Kommentarer") in varied shapes ("Gata och trafik –2 100 tkr:" as a run-in, "beräknas gå 600 tkr back",
"Inom bostadsanpassningen … överstiga budget med 0,3 mnkr", a reason-only surplus taking its cell, "bedöms
följa budget"); an action with its effect, investments "8,5 mnkr inte användas" and a project "1,2 mnkr
dyrare än projektbudgeten", and a risk. 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("EKERÖ KOMMUN", "Tekniska nämnden"),
        footer=lambda n, m: (
            "Månadsuppföljning september 2025",
            "Tekniska nämndens sammanträde 2025-10-16",
            f"Sida {n} av {m}",
        ),
        header_size=7.5,
    )
    table = Table(
        caption="Skattefinansierad verksamhet, helårsprognos (tkr)",
        header=(("Verksamhet", "Budget 2025", "Prognos", "Avvikelse", "Avvikelse aug"),),
        rows=(
            ("Teknisk administration", "7 200", "6 950", "250", "250"),
            ("Gata och trafik", "31 500", "33 600", "–2 100", "–1 800"),
            ("Park och natur", "9 800", "10 400", "–600", "–600"),
            ("Bostadsanpassning", "4 200", "4 500", "–300", "0"),
            ("Hamnar och bryggor", "2 100", "2 100", "0", "0"),
            ("Summa", "54 800", "57 550", "–2 750", "–2 150"),
        ),
        widths=(130.0, 62.0, 56.0, 56.0, 72.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.0,
    )
    blocks = [
        Title("Månadsuppföljning september 2025", size=17, font="cond-bold", after=12),
        P(
            "Uppföljningen omfattar utfallet till och med september samt en prognos för helåret. Den "
            "avgiftsfinansierade avfallsverksamheten redovisas separat."
        ),
        H("Ekonomisk sammanfattning", 2),
        P(
            "Tekniska nämndens skattefinansierade verksamhet prognostiserar ett utfall som är 2 750 tkr sämre än "
            "budget.",
            C(None, "2 750 tkr", "-", note="The tax-financed full year; the areas are explained below."),
        ),
        P(
            "Avfallsverksamheten, som är avgiftsfinansierad, beräknas göra ett överskott på 1,3 miljoner kronor "
            "mot budget, eftersom antalet abonnemang för fritidshus har ökat.",
            C("Avfall", "1,3 miljoner kronor", "+", "avgifter_intakter", "volymer"),
        ),
        P(
            "Överskottet förs till avfallsfonden vid årets slut.",
            O("Avfall", note="The fund transfer in a paragraph of its own: financing, other."),
        ),
        table,
        P(
            "Jämfört med augusti har prognosen försämrats med 600 tkr, varav 300 tkr avser gatubelysning och 300 "
            "tkr bostadsanpassning.",
            F(None, "600 tkr", "-", note="A change with a 'varav' split: one item with the total."),
        ),
        H("Kommentarer", 2),
        Bullets(
            (
                "Gata och trafik –2 100 tkr: Vinterns halkbekämpning kostade mer än budgeterat, och reparationen "
                "av gatubelysningen längs Ekerövägen efter en kabelskada har tillkommit under september.",
                "Park och natur beräknas gå 600 tkr back. Det nya skötselavtalet för grönytorna blev dyrare än "
                "det tidigare.",
                "Inom bostadsanpassningen har antalet ansökningar om större ombyggnader ökat, så kostnaderna "
                "beräknas överstiga budget med 0,3 mnkr.",
                "Teknisk administration visar ett överskott, främst eftersom en tjänst som trafikingenjör har varit "
                "vakant sedan maj.",
                "Hamnar och bryggor bedöms följa budget.",
            ),
            labels=(
                C("Gata och trafik", "–2 100 tkr", "-", "ovrigt", note="Weather and cable damage: ovrigt."),
                C("Park och natur", "600 tkr", "-", "prisokningar", note="A dearer contract: prisokningar."),
                C("Bostadsanpassning", "0,3 mnkr", "-", "volymer", note="The area after 'Inom'."),
                C(
                    "Teknisk administration",
                    "250",
                    "+",
                    "vakanser",
                    unit="tkr",
                    table=True,
                    note="Reason only: the row's cell.",
                ),
                BP("Hamnar och bryggor"),
            ),
            glyph="–",
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har beslutat om ett tillfälligt stopp för inköp som inte är nödvändiga för driften, "
            "vilket bedöms minska kostnaderna med 400 tkr under resten av året.",
            A(None, "400 tkr"),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsbudget på 48,0 mnkr beräknas 8,5 mnkr inte användas. Bygget av gång- och "
            "cykelvägen mot Stenhamra har försenats av tillståndsprövningen.",
            C("Investeringar", "8,5 mnkr", "+", "periodisering"),
        ),
        P(
            "Ombyggnaden av busshållplatserna vid Ekerö centrum blir 1,2 mnkr dyrare än projektbudgeten, eftersom "
            "ledningar som inte fanns på ritningarna har behövt flyttas.",
            C("Busshållplatser Ekerö centrum", "1,2 mnkr", "-", "ovrigt", note="Investment overrun."),
        ),
        H("Risker", 2),
        P(
            "En kall och snörik vinter kan försämra prognosen för gata och trafik med ytterligare 0,5–1,0 mnkr.",
            O("Gata och trafik", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="ekero-tn-manadsuppfoljning-2025-09.pdf",
        report={
            "municipality": "Ekerö",
            "committee": ["Tekniska nämnden"],
            "period": ["2025-09"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning september 2025 Tekniska nämnden", "author": "Ekerö kommun"},
        style=style,
        blocks=blocks,
    )
