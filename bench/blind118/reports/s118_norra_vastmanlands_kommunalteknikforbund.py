"""Norra Västmanlands Kommunalteknikförbund (kommunalförbund), Direktionen, delårsrapport 2025-08.

A technical kommunalförbund's interim report in mkr and tkr, footer with the direktion's meeting date in
October: the period "1,1 mkr bättre än periodens budget" and the full year "ett underskott mot budget på 1,8 mkr"
in two sentences of one paragraph (two items), the members' payments that "följer budget" (boilerplate); a
table whose note says "+ = bättre än budget"; bold run-in verksamheter ending in a full stop: "går mot ett
underskott på 1,6 mkr" with postponed paving and winter, "beräknas överskrida budget med 0,9 mkr" at the end of
a sentence of reasons, a reason-only surplus (the row's "+0,4"), "300 tkr lägre än budgeterat" beside a table
in mkr, "bedöms följa budget" (boilerplate); the fee-financed water and sewage "ett överskott på 2,2 mkr mot
budget" with the transfer to the fund in a sentence of its own (other); investments "Av investeringsbudgeten på
42,0 mkr beräknas 30,5 mkr användas" (11,5 never written out); an action with its effect and equity (other).
Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 80.0, 68.0, 74.0),
        header=lambda n, m: ("Norra Västmanlands Kommunalteknikförbund", "Delårsrapport 2025"),
        footer=lambda n, m: ("Direktionen 2025-10-02", "NVK – Fagersta och Norberg", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet 2025, mkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Gata och park", "-38,2", "-39,8", "-1,6"),
            ("Fastighet", "-21,5", "-22,4", "-0,9"),
            ("Lokalvård", "-17,9", "-17,5", "+0,4"),
            ("IT-drift", "-12,6", "-12,3", "+0,3"),
            ("Ledning och administration", "-9,8", "-9,8", "0,0"),
            ("Ersättning från medlemskommunerna", "100,0", "100,0", "0,0"),
            ("Resultat skattefinansierat", "0,0", "-1,8", "-1,8"),
        ),
        widths=(200.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=18, font="arial-bold", after=2),
        Title("Norra Västmanlands Kommunalteknikförbund", size=12.5, font="arial", after=14),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Förbundets resultat för perioden uppgår till 2,4 mkr, vilket är 1,1 mkr bättre än periodens budget.",
                C(None, "1,1 mkr", "+", note="The period's deviation after the result's level."),
            ),
            (
                "För helåret prognostiseras ett underskott mot budget på 1,8 mkr.",
                C(None, "1,8 mkr", "-", note="The full year in its own sentence: its own item."),
            ),
        ),
        P(
            "Medlemskommunernas ersättningar för den beställda verksamheten följer budget.",
            BP("Ersättning från medlemskommunerna"),
        ),
        P("Avvikelse: + = bättre än budget, - = sämre än budget.", size=9.0),
        table,
        H("Verksamheterna", 2),
        LP(
            "Gata och park.",
            "Gata och park går mot ett underskott på 1,6 mkr. Beläggningsarbeten som sköts upp från 2024 utförs i år, "
            "och vinterväghållningen i början av året krävde fler utryckningar än normalt.",
            C("Gata och park", "1,6 mkr", "-", "periodisering", "ovrigt"),
        ),
        LP(
            "Fastighet.",
            "Vattenskadan i Kolbäcksskolans matsal och högre kostnader för el och fjärrvärme gör att "
            "fastighetsverksamheten beräknas överskrida budget med 0,9 mkr.",
            C("Fastighet", "0,9 mkr", "-", "ovrigt", "prisokningar"),
        ),
        LP(
            "Lokalvård.",
            "Två tjänster har stått vakanta under våren.",
            C(
                "Lokalvård",
                "+0,4",
                "+",
                "vakanser",
                unit="mkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        LP(
            "IT-drift.",
            "Licenskostnaderna blir 300 tkr lägre än budgeterat efter en ny upphandling av kontorsprogramvara.",
            C("IT-drift", "300 tkr", "+", "it_digitalisering"),
        ),
        LP(
            "Ledning och administration.",
            "Verksamheten bedöms följa budget.",
            BP("Ledning och administration"),
        ),
        H("Vatten och avlopp", 2),
        PS(
            (
                "VA-verksamheten, som finansieras med avgifter, beräknas få ett överskott på 2,2 mkr mot budget, "
                "eftersom intäkterna från anslutningsavgifter i nya bostadsområden blev högre än beräknat.",
                C("Vatten och avlopp", "2,2 mkr", "+", "avgifter_intakter"),
            ),
            (
                "Överskottet förs till VA-fonden, som därmed uppgår till 6,3 mkr vid årets slut.",
                O("Vatten och avlopp", "reserver", note="The fund transfer in a sentence of its own: other."),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 42,0 mkr beräknas 30,5 mkr användas under året. Förnyelsen av "
            "vattenledningarna längs Västanforsvägen har försenats eftersom upphandlingen fick göras om.",
            C(
                "Investeringar",
                "Av investeringsbudgeten på 42,0 mkr beräknas 30,5 mkr användas",
                "+",
                "periodisering",
                value=11_500_000,
                note="Investment under-spending of 11,5 mkr, never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat om inköpsstopp för inventarier som inte är nödvändiga under hösten, vilket "
            "beräknas minska kostnaderna med 0,3 mkr.",
            A(None, "0,3 mkr", "material_hjalpmedel"),
        ),
        H("Eget kapital", 2),
        P(
            "Förbundets egna kapital uppgick per den 31 augusti till 8,7 mkr.",
            O(None, "reserver", note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="norra-vastmanlands-kommunalteknikforbund-delarsrapport-2025-08.pdf",
        report={
            "municipality": [
                "Norra Västmanlands Kommunalteknikförbund",
                "NVK",
                "Kommunalförbundet Norra Västmanlands Kommunalteknikförbund",
                "Norra Västmanlands kommunalteknikförbund",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport 2025 Norra Västmanlands Kommunalteknikförbund",
            "author": "Norra Västmanlands Kommunalteknikförbund",
        },
        style=style,
        blocks=blocks,
    )
