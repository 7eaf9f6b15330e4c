"""Arvidsjaurs kommun, Kommunstyrelsen, personalekonomisk redovisning 2025.

Not a budget follow-up: the yearly personnel report (personalekonomisk redovisning) that sits beside the
årsredovisning. It is full of the cause vocabulary (sjuklön, övertid, timvikarier, bemanningsföretag,
vakanser, löneöversyn) with amounts, "ökning med", "mer än", "beror på", "förklaras av" and "tack vare", but
every comparison is with the previous year, never with a budget, and the one sentence that names the budget
only says where the deviations are reported. Nine `other` items (staff numbers, personnel costs against
2024, the median salary, sick leave and sick pay, overtime, hourly staff, agency nurses, turnover and
vacancies, the wellness allowance); the introduction, the pointer to the nämnders' reports, the staff table,
the long-term sick leave's share and the priorities for 2026 are unlabelled. No cause. DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

YEAR = "A comparison with the previous year, not with the budget: other."


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(16.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Arvidsjaurs kommun", "Personalekonomisk redovisning 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-03-30", "Personalavdelningen", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    staff = Table(
        caption="Årsarbetare per förvaltning, november 2024 och 2025",
        header=(("Förvaltning", "2024", "2025", "Förändring"),),
        rows=(
            ("Kommunledningsförvaltningen", "61", "63", "+2"),
            ("Barn- och utbildningsförvaltningen", "248", "251", "+3"),
            ("Vård- och omsorgsförvaltningen", "356", "369", "+13"),
            ("Samhällsbyggnadsförvaltningen", "130", "129", "−1"),
            ("Totalt", "795", "812", "+17"),
        ),
        widths=(190.0, 70.0, 70.0, 80.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Personalekonomisk redovisning 2025", size=20, font="cond-bold", after=2),
        Title("Arvidsjaurs kommun", size=12.5, font="cond", after=14),
        H("Inledning", 2),
        P(
            "Den personalekonomiska redovisningen beskriver kommunens medarbetare, arbetsmiljö och personalkostnader "
            "under 2025. Den kompletterar årsredovisningen och behandlas av kommunstyrelsen i mars."
        ),
        P(
            "Hur personalkostnaderna förhåller sig till budget redovisas i nämndernas verksamhetsberättelser och "
            "ingår inte här."
        ),
        H("Anställda", 2),
        P(
            "Den 1 november 2025 hade kommunen 812 tillsvidareanställda, 17 fler än ett år tidigare. Ökningen beror "
            "främst på att vård- och omsorgsförvaltningen har omvandlat timanställningar till fasta tjänster.",
            O(None, "bemanning", note="Staff numbers against the previous year, with 'beror på'."),
        ),
        staff,
        H("Personalkostnader", 2),
        P(
            "Kommunens personalkostnader uppgick till 498,6 mnkr, en ökning med 4,8 procent jämfört med 2024. "
            "Löneöversynen gav i genomsnitt 3,4 procent, och resten av ökningen förklaras av de nya tjänsterna inom "
            "omsorgen och högre avgifter för tjänstepension.",
            O(None, "lonekostnader", "bemanning", note=YEAR),
        ),
        P(
            "Medianlönen för månadsanställda var 35 200 kronor, 1 150 kronor högre än föregående år. Lägst är den "
            "inom barnomsorg och måltidsservice.",
            O(None, "lonekostnader", note=YEAR),
        ),
        H("Sjukfrånvaro", 2),
        P(
            "Den totala sjukfrånvaron var 6,8 procent av den sammanlagda ordinarie arbetstiden, jämfört med 7,5 "
            "procent 2024. Kostnaden för sjuklön minskade därmed med 1,1 mnkr till 9,3 mnkr.",
            O(None, "sjukfranvaro", note=YEAR),
        ),
        P(
            "Långtidssjukfrånvaron, 60 dagar eller mer, står för 41 procent av all sjukfrånvaro. Andelen är högst "
            "inom förskolan och hemtjänsten."
        ),
        H("Övertid och mertid", 2),
        P(
            "Under året arbetades 21 400 timmar övertid och mertid, motsvarande cirka tolv årsarbetare. Kostnaden "
            "blev 8,2 mnkr, vilket är 1,6 mnkr mer än 2024 och beror på bristen på sjuksköterskor under sommaren.",
            O(
                None,
                "overtid",
                "vakanser",
                note=YEAR + " 'Mer än 2024 … beror på' is not a budget deviation.",
            ),
        ),
        H("Timavlönade och inhyrd personal", 2),
        P(
            "Timavlönade vikarier utförde arbete motsvarande 64 årsarbetare till en kostnad av 27,5 mnkr.",
            O(None, "vikarier", note="A level: other."),
        ),
        P(
            "Kostnaden för inhyrda sjuksköterskor från bemanningsföretag uppgick till 3,9 mnkr, en minskning med "
            "2,2 mnkr jämfört med föregående år tack vare nya rekryteringar till hemsjukvården.",
            O(None, "inhyrd_personal", note=YEAR),
        ),
        H("Personalomsättning och kompetensförsörjning", 2),
        P(
            "Personalomsättningen var 8,9 procent. Kommunen har svårt att rekrytera legitimerade lärare och "
            "specialistsjuksköterskor, och vid årets slut var 14 tjänster vakanta.",
            O(None, "vakanser", note="Turnover and vacancies: other."),
        ),
        H("Friskvård", 2),
        P(
            "Friskvårdsbidraget på 2 500 kronor per medarbetare utnyttjades av 58 procent av de anställda, till en "
            "sammanlagd kostnad av 1,2 mnkr.",
            O(None, note="A cost level: other."),
        ),
        H("Prioriteringar 2026", 2),
        P(
            "Under 2026 prioriteras arbetet med heltid som norm och med att minska korttidssjukfrånvaron inom "
            "vård och omsorg."
        ),
    ]
    return ReportSpec(
        file="arvidsjaur-ks-personalekonomisk-redovisning-2025.pdf",
        report={
            "municipality": "Arvidsjaur",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025"],
            "report_type": "personalredovisning",
        },
        metadata={"title": "Personalekonomisk redovisning 2025", "author": "Arvidsjaurs kommun"},
        style=style,
        blocks=blocks,
    )
