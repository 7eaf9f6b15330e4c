"""Jönköpings kommun, Tekniska nämnden, tjänsteskrivelse om ekonomisk uppföljning per maj 2026.

A technical committee's tjänsteskrivelse in Liberation Sans Narrow, dated in June for the period to May, with
the decision proposal and the background unlabelled: the tax-financed full year "4,2 mnkr sämre än budget"
with its main reason in the next sentence (one item), winter road maintenance "6,8 miljoner kronor mer än
budgeterat", a surplus "mot budget med 1,3 mnkr", two verksamheter as a "respektive" pair with signs ("+900
tkr respektive −200 tkr", two items with their own causes), revenue "400 tkr under budget", an amount in words
("en miljon kronor"), a table in tkr with en-dash minus signs; the fee-financed water and sewage "3,5 mnkr
bättre än budget" and the fund's balance in a sentence of its own (other); investments "64 mnkr lägre än
budget" and a project that "beräknas överskrida projektbudgeten med 8,0 mnkr"; a proposed cut with its
effect (action) and a weather risk (other). 10 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(74.0, 80.0, 74.0, 74.0),
        header=lambda n, m: ("Jönköpings kommun – Tekniska kontoret", "Tjänsteskrivelse 2026-06-02"),
        footer=lambda n, m: ("Dnr TN 2026:214", "Tekniska nämnden 2026-06-17", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, skattefinansierad verksamhet, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Ledning och administration", "24 300", "23 300", "1 000"),
            ("Gatu- och parkdrift", "142 600", "141 300", "1 300"),
            ("Vinterväghållning", "38 000", "44 800", "–6 800"),
            ("Parkering", "–12 400", "–13 300", "900"),
            ("Trafiksäkerhet", "9 700", "9 900", "–200"),
            ("Fordonsenheten", "–1 100", "–700", "–400"),
            ("Summa", "201 100", "205 300", "–4 200"),
        ),
        widths=(160.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026", size=17, font="narrow-bold", after=2),
        Title("Tjänsteskrivelse till Tekniska nämnden", size=12, font="narrow", after=12),
        H("Förslag till beslut", 2),
        P(
            "Tekniska nämnden godkänner den ekonomiska uppföljningen per maj 2026 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        P(
            "Tekniska nämndens skattefinansierade verksamhet prognostiserar ett helårsresultat som är 4,2 mnkr "
            "sämre än budget. Det är framför allt vinterväghållningen under årets första månader som belastar "
            "resultatet.",
            C(
                None,
                "4,2 mnkr",
                "-",
                "ovrigt",
                note="The full year with its main reason in the next sentence: one item; winter is ovrigt.",
            ),
        ),
        H("Skattefinansierad verksamhet", 2),
        P(
            "Vinterväghållningen kostade 6,8 miljoner kronor mer än budgeterat, till följd av många snöfall och "
            "ett stort antal halkbekämpningar i januari och februari.",
            C("Vinterväghållning", "6,8 miljoner kronor", "-", "ovrigt"),
        ),
        P(
            "Gatu- och parkdriften i övrigt visar ett överskott mot budget med 1,3 mnkr, eftersom "
            "beläggningsprogrammet för året har minskats.",
            C("Gatu- och parkdrift", "1,3 mnkr", "+", "ovrigt", note="A smaller paving programme: ovrigt."),
        ),
        P(
            "Parkering och Trafiksäkerhet redovisar +900 tkr respektive −200 tkr mot budget, där "
            "parkeringsintäkterna i centrum har ökat mer än väntat och underhållet av trafiksignalerna har blivit "
            "dyrare.",
            C(
                "Parkering",
                "+900 tkr",
                "+",
                "avgifter_intakter",
                note="A 'respektive' pair with signs: two items, each with its own cause.",
                also=(C("Trafiksäkerhet", "−200 tkr", "-", "prisokningar"),),
            ),
        ),
        P(
            "Fordonsenhetens intäkter hamnar 400 tkr under budget, då färre fordon än planerat hyrs ut internt.",
            C("Fordonsenheten", "400 tkr", "-", "avgifter_intakter", "volymer"),
        ),
        P(
            "Två vakanta tjänster inom tekniska kontorets stab ger ett överskott på en miljon kronor inom ledning "
            "och administration.",
            C("Ledning och administration", "en miljon kronor", "+", "vakanser", value=1_000_000),
        ),
        table,
        H("Taxefinansierad verksamhet", 2),
        P(
            "Vatten och avlopp beräknas redovisa ett resultat som är 3,5 mnkr bättre än budget. "
            "Förbrukningsintäkterna ökar med fler anslutna fastigheter, och kapitalkostnaderna blir lägre när "
            "investeringar skjuts fram.",
            C("Vatten och avlopp", "3,5 mnkr", "+", "avgifter_intakter", "volymer", "periodisering"),
        ),
        P(
            "Överskottet förs till VA-fonden, vars saldo efter överföringen beräknas bli 18,2 mnkr.",
            O("Vatten och avlopp", note="The fund's balance: other."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 212 mnkr, vilket är 64 mnkr lägre än budget. Den största avvikelsen avser "
            "den nya överföringsledningen mot Bankeryd, där bygget påbörjas först 2027.",
            C("Investeringar", "64 mnkr", "+", "periodisering"),
        ),
        P(
            "Gång- och cykelbron vid Munksjöns norra strand beräknas överskrida projektbudgeten med 8,0 mnkr, "
            "eftersom ledningar som inte fanns med i underlagen har behövt flyttas.",
            C("Gång- och cykelbron vid Munksjön", "8,0 mnkr", "-", "ovrigt", note="An investment overrun."),
        ),
        H("Åtgärder och risker", 2),
        P(
            "Förvaltningen föreslår att beläggningsprogrammet minskas med ytterligare 2,0 mnkr för att delvis täcka "
            "vinterns merkostnader.",
            A("Gatu- och parkdrift", "2,0 mnkr"),
        ),
        P(
            "Prognosen är osäker, eftersom en kall och snörik november och december kan ge ytterligare kostnader "
            "för vinterväghållning.",
            O("Vinterväghållning", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="jonkoping-tn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Jönköping",
            "committee": ["Tekniska nämnden"],
            "period": ["2026-05", "2026-06"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026", "author": "Jönköpings kommun"},
        style=style,
        blocks=blocks,
    )
