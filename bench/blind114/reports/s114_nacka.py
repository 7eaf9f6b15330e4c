"""Nacka kommun, Natur- och trafiknämnden, tertialbokslut 1 2026.

A technical committee's tertial report in DejaVu Sans Condensed and tkr, header with the date the report was
written in May: the full year "ett underskott på 6 400 tkr" and the period "2 900 tkr mer än periodiserad
budget" with its cause in the same sentence; a verksamhet table whose deficits carry a trailing minus ("4
800-"); bold run-in verksamheter ending in a full stop: winter road upkeep with only a part ("6,1 mnkr mer
än budgeterat", so the row's "4 800-") followed by an action, a deficit "2 400 tkr högre än budgeterat", a
reason-only surplus (the row's "1 700"), "går 1,3 mnkr över budget", "förbättrar resultatet med 0,4 mnkr",
"Bedöms följa budget" (boilerplate); the change since February; the fee-financed waste service's fund
(other); investments "64 mnkr lägre än budget" and a project "drygt 3 mnkr över projektbudgeten".

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("Nacka kommun", "2026-05-08"),
        footer=lambda n, m: ("Tertialbokslut 1 2026 – Natur- och trafiknämnden", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr (underskott med minustecken efter beloppet)",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–apr", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Gator och vägar", "168 500", "66 900", "173 300", "4 800-"),
            ("Parker och natur", "74 200", "23 100", "76 600", "2 400-"),
            ("Trafik och parkering", "-12 600", "-5 300", "-14 300", "1 700"),
            ("Gatubelysning", "21 800", "8 400", "23 100", "1 300-"),
            ("Projektverksamhet", "6 300", "1 600", "5 900", "400"),
            ("Nämnd och ledning", "14 900", "4 800", "14 900", "0"),
            ("Summa", "273 100", "99 500", "279 500", "6 400-"),
        ),
        widths=(140.0, 70.0, 74.0, 70.0, 62.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialbokslut 1 2026", size=19, font="cond-bold", after=2),
        Title("Natur- och trafiknämnden", size=12.5, font="cond", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Natur- och trafiknämnden prognostiserar ett underskott på 6 400 tkr för helåret 2026.",
                C(None, "6 400 tkr", "-"),
            ),
            (
                "Under januari–april har nämnden förbrukat 2 900 tkr mer än periodiserad budget, till stor del på "
                "grund av vinterns stora snömängder.",
                C(None, "2 900 tkr", "-", "ovrigt", note="The period with its cause; snow is ovrigt."),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Gator och vägar.",
            "Vinterväghållningen har hittills kostat 6,1 mnkr mer än budgeterat efter det snörika januari.",
            C(
                "Gator och vägar",
                "4 800-",
                "-",
                "ovrigt",
                unit="tkr",
                table=True,
                note="Only a part (the winter upkeep's 6,1 mnkr) in the prose: the row's cell, trailing minus.",
            ),
            (
                "En del av beläggningsprogrammet skjuts till 2027 för att minska underskottet.",
                A("Gator och vägar", None),
            ),
        ),
        LP(
            "Parker och natur.",
            "Kostnaderna för att ta hand om stormfällda träd och för att åtgärda skadegörelse i parkerna blir 2 400 "
            "tkr högre än budgeterat.",
            C("Parker och natur", "2 400 tkr", "-", "ovrigt"),
        ),
        LP(
            "Trafik och parkering.",
            "Intäkterna från parkeringsavgifter och felparkeringsavgifter ökar sedan avgiftsområdet i Sickla "
            "utvidgades vid årsskiftet.",
            C(
                "Trafik och parkering",
                "1 700",
                "+",
                "avgifter_intakter",
                unit="tkr",
                table=True,
                note="A reason only: the row's cell.",
            ),
        ),
        LP(
            "Gatubelysning.",
            "Ett nytt elnätsavtal med högre nätavgifter gör att gatubelysningen går 1,3 mnkr över budget.",
            C("Gatubelysning", "1,3 mnkr", "-", "prisokningar"),
        ),
        LP(
            "Projektverksamhet.",
            "Fler timmar än planerat har kunnat debiteras exploateringsprojekten, vilket förbättrar resultatet med "
            "0,4 mnkr.",
            C("Projektverksamhet", "0,4 mnkr", "+", "avgifter_intakter"),
        ),
        LP("Nämnd och ledning.", "Bedöms följa budget.", BP("Nämnd och ledning")),
        P(
            "Prognosen är 1 200 tkr sämre än vid uppföljningen i februari, då kostnaderna för stormskadorna i mars "
            "inte var kända.",
            F(None, "1 200 tkr", "-", "ovrigt"),
        ),
        H("Avfall", 2),
        P(
            "Den taxefinansierade avfallsverksamheten redovisas separat. Dess resultat förs mot avfallsfonden, som "
            "vid utgången av april uppgick till 18,2 mnkr.",
            O("Avfall", "reserver", note="A fund's balance: other."),
        ),
        H("Investeringar", 2),
        P(
            "Nettoinvesteringarna väntas bli 64 mnkr lägre än budget för 2026, främst eftersom upphandlingen av "
            "ombyggnaden av Ektorpsvägens gång- och cykelbana har överprövats.",
            C("Investeringar", "64 mnkr", "+", "periodisering"),
        ),
        P(
            "Kajrenoveringen i Fisksätra beräknas däremot gå drygt 3 mnkr över projektbudgeten, eftersom spontningen "
            "blev mer omfattande än projekterat.",
            C(
                "Kajrenoveringen i Fisksätra",
                "drygt 3 mnkr",
                "-",
                "ovrigt",
                note="A project overrun: negative.",
            ),
        ),
    ]
    return ReportSpec(
        file="nacka-ntn-tertialbokslut-2026-04.pdf",
        report={
            "municipality": "Nacka",
            "committee": ["Natur- och trafiknämnden"],
            "period": ["2026-04"],
            "report_type": "tertialbokslut",
        },
        metadata={"title": "Tertialbokslut 1 2026 Natur- och trafiknämnden", "author": "Nacka kommun"},
        style=style,
        blocks=blocks,
    )
