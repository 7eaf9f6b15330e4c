"""Bergslagens Kommunalteknik (kommunalförbund), Direktionen, tertialrapport januari–april 2026.

A water, sewage and waste kommunalförbund's tertial report in DejaVu Sans Condensed 10 pt, footer with the
direktion's meeting in May: the period "1 540 tkr sämre än periodiserad budget" and the full year "ett
underskott mot budget på 2 800 tkr" in two sentences, the shared reasons in a paragraph of their own (amount
null), a change since February; a table in tkr with en-dash minus ("–1 350"); bold run-in leads that carry
the verksamhet and amount and end in a full stop ("Vatten och avlopp –1 350 tkr."), one with a price
percentage that is not the amount, "följer budget" beside a row of 150 (boilerplate) and a reason-only
vacancy (the row's "400"); the water fund (other); investments "prognosen är att 31,5 mnkr förbrukas" of 42,0
(10,5 never written out) and a project that "beräknas överskrida projektbudgeten med 1,1 mnkr"; an action
with its effect.

The place is real (Hällefors, Lindesberg, Ljusnarsberg and Nora's joint technical body); every figure, event
and unit name is invented.
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
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: (
            "Kommunalförbundet Bergslagens Kommunalteknik",
            "Tertialrapport januari–april 2026",
        ),
        footer=lambda n, m: ("Direktionen 2026-05-28", "Dnr BKT 2026/41", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Nettokostnad per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Vatten och avlopp", "98 400", "99 750", "–1 350"),
            ("Avfall och återvinning", "64 200", "65 900", "–1 700"),
            ("Slamtömning", "7 800", "7 650", "150"),
            ("Gemensam administration", "14 600", "14 200", "400"),
            ("Fordon och verkstad", "6 100", "6 400", "–300"),
            ("Summa", "191 100", "193 900", "–2 800"),
        ),
        widths=(170.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=19, font="cond-bold", after=2),
        Title("Bergslagens Kommunalteknik", size=13, font="cond", after=12),
        H("Förbundets ekonomi", 2),
        PS(
            (
                "Förbundets resultat för januari–april är 1 540 tkr sämre än periodiserad budget.",
                C(None, "1 540 tkr", "-", note="The period's deviation."),
            ),
            (
                "Helårsprognosen pekar på ett underskott mot budget på 2 800 tkr.",
                C(None, "2 800 tkr", "-", note="The full year in a sentence of its own."),
            ),
        ),
        P(
            "Underskottet förklaras främst av högre kostnader för kemikalier i vattenverken och av att "
            "behandlingsavgiften för hushållsavfall har höjts.",
            C(
                None,
                None,
                "-",
                "material_hjalpmedel",
                "prisokningar",
                note="The reasons in a paragraph of their own: amount null.",
            ),
        ),
        P(
            "Prognosen har försämrats med 900 tkr sedan budgetuppföljningen i februari.",
            F(None, "900 tkr", "-"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Vatten och avlopp –1 350 tkr.",
            "Priset på fällningskemikalier har stigit med närmare 30 procent sedan budgeten fastställdes. Därtill "
            "har två större vattenläckor i Nora under mars krävt akuta insatser med entreprenör.",
            C(
                "Vatten och avlopp",
                "–1 350 tkr",
                "-",
                "material_hjalpmedel",
                "prisokningar",
                "ovrigt",
                note="A run-in lead carrying the amount; the percentage is not the amount.",
            ),
        ),
        LP(
            "Avfall och återvinning –1 700 tkr.",
            "Behandlingsavgiften vid mottagningsanläggningen har höjts från januari och mängden grovavfall till "
            "återvinningscentralerna är större än beräknat.",
            C("Avfall och återvinning", "–1 700 tkr", "-", "prisokningar", "volymer"),
        ),
        LP(
            "Slamtömning.",
            "Verksamheten följer budget.",
            BP("Slamtömning", note="150 in the table."),
        ),
        LP(
            "Gemensam administration.",
            "En tjänst som GIS-ingenjör har stått vakant sedan februari, vilket ger ett överskott.",
            C(
                "Gemensam administration",
                "400",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="Reason only: the table row's cell.",
            ),
        ),
        LP(
            "Fordon och verkstad –300 tkr.",
            "Reparationerna av två äldre sopbilar har blivit dyrare än planerat.",
            C("Fordon och verkstad", "–300 tkr", "-", "material_hjalpmedel"),
        ),
        H("Taxefinansiering", 2),
        P(
            "Underskottet inom vatten och avlopp regleras enligt förbundsordningen mot medlemskommunernas "
            "VA-kollektiv vid årets slut. VA-fondens saldo uppgår till 3,2 mnkr.",
            O("Vatten och avlopp", note="Financing and fund balance: other."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten uppgår till 42,0 mnkr. Efter april har 6,8 mnkr upparbetats och prognosen är att "
            "31,5 mnkr förbrukas under året, eftersom bygget av den nya reservvattentäkten har försenats av "
            "överklaganden.",
            C(
                "Investeringar",
                "prognosen är att 31,5 mnkr förbrukas",
                "+",
                "periodisering",
                value=10_500_000,
                note="Under-spending of 10,5 mnkr, never written out: the computed value.",
            ),
        ),
        P(
            "Projektet med en ny pumpstation i Frövi beräknas överskrida projektbudgeten med 1,1 mnkr på grund av "
            "sämre markförhållanden än förväntat.",
            C("Pumpstation Frövi", "1,1 mnkr", "-", "ovrigt", note="A project overrun."),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har gett förbundschefen i uppdrag att omförhandla kemikalieavtalet, vilket bedöms kunna "
            "minska kostnaderna med 500 tkr redan i år.",
            A("Vatten och avlopp", "500 tkr", "material_hjalpmedel"),
        ),
    ]
    return ReportSpec(
        file="bergslagens-kommunalteknik-tertialrapport-2026-04.pdf",
        report={
            "municipality": [
                "Bergslagens Kommunalteknik",
                "BKT",
                "Kommunalförbundet Bergslagens Kommunalteknik",
                "Bergslagens kommunalteknik",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026", "author": "Bergslagens Kommunalteknik"},
        style=style,
        blocks=blocks,
    )
