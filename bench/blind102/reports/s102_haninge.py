"""Haninge kommun, Tekniska nämnden, verksamhetsberättelse 2025.

A technical committee's year-end report in DejaVu Serif 10 pt with DejaVu Sans headings, adopted in February:
the result "−6,3 mnkr jämfört med tilldelad budget", the worsening since the interim report with its cause (a
forecast change); a result table whose last column is each row's comment (tkr, deficits with U+2212): reasons
without amounts take their row's cell ("−4 550", "820", "250", "−2 000"), one comment names its own amount
("Underskottet på 1,3 mnkr"), a fee-financed row "i nivå med budget" (boilerplate) and a row with no comment
(unlabelled); two kostnadsslag in consecutive sentences (vacancies give a personnel surplus, consultants an
overrun of bought services); investments "74,2 mnkr mot en budget på 112,5 mnkr" (38,3 never written out) and
two projects as a "respektive" pair; an action without an effect and the waste fund's equity (other). 11
scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "Reasons only: the row's deviation cell (tkr, budget minus outcome)."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 64.0, 74.0),
        header=lambda n, m: ("Haninge kommun", "Tekniska nämnden"),
        footer=lambda n, m: ("Verksamhetsberättelse 2025", "Tekniska nämnden 2026-02-17, § 9", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, tkr", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Gator och vägar", "58 400", "62 950", "−4 550"),
                "Vinterväghållningen kostade betydligt mer än budgeterat efter en vinter med många "
                "snöröjningstillfällen. Dessutom har priserna på asfaltering stigit.",
                C(
                    "Gator och vägar",
                    "−4 550",
                    "-",
                    "ovrigt",
                    "prisokningar",
                    unit="tkr",
                    table=True,
                    note=ROW + " Snow is ovrigt.",
                ),
            ),
            (
                ("Parker och natur", "31 200", "32 480", "−1 280"),
                "Underskottet på 1,3 mnkr förklaras av skadegörelse på lekplatser och kostnader för att ta ned "
                "träd efter stormen i oktober.",
                C(
                    "Parker och natur",
                    "1,3 mnkr",
                    "-",
                    "ovrigt",
                    note="The comment names its own amount: from the prose.",
                ),
            ),
            (
                ("Trafik och parkering", "−4 800", "−5 620", "820"),
                "Intäkterna från parkeringsavgifter och felparkeringsavgifter blev högre än beräknat.",
                C("Trafik och parkering", "820", "+", "avgifter_intakter", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Gatubelysning", "14 600", "14 350", "250"),
                "Lägre elpriser än budgeterat.",
                C("Gatubelysning", "250", "+", "prisokningar", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Hamnar och bryggor", "4 100", "6 100", "−2 000"),
                "Reparationen av en gästhamnsbrygga som skadades av isen under vintern var inte budgeterad.",
                C("Hamnar och bryggor", "−2 000", "-", "ovrigt", unit="tkr", table=True, note=ROW),
            ),
            (
                ("Avfall", "0", "0", "0"),
                "Verksamheten är avgiftsfinansierad och redovisar ett resultat i nivå med budget.",
                BP("Avfall"),
            ),
            (("Nämnd och förvaltningsledning", "9 800", "9 340", "460"), "", None),
            (("Summa", "113 300", "119 600", "−6 300"), "", None),
        ),
        widths=(142.0, 50.0, 50.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="sans-bold", after=2),
        Title("Tekniska nämnden", size=12.5, font="serif", after=14),
        H("Ekonomiskt resultat", 2),
        P(
            "Tekniska nämnden redovisar för 2025 ett resultat på −6,3 mnkr jämfört med tilldelad budget.",
            C(None, "−6,3 mnkr", "-"),
        ),
        P(
            "I delårsrapporten i augusti bedömdes underskottet till 4,0 mnkr. Försämringen med 2,3 mnkr beror "
            "främst på den kalla och snörika perioden i november och december.",
            F(
                None,
                "2,3 mnkr",
                "-",
                "ovrigt",
                note="The outcome against the interim forecast, with its cause.",
            ),
        ),
        comments,
        H("Kostnader och intäkter", 2),
        PS(
            (
                "Personalkostnaderna blev 1,9 mnkr lägre än budget, eftersom fyra tjänster som projektledare var "
                "vakanta under större delen av året.",
                C("Personalkostnader", "1,9 mnkr", "+", "vakanser"),
            ),
            (
                "I stället har konsulter anlitats, vilket förklarar att köpta tjänster överskred budget med 2,4 "
                "mnkr.",
                C(
                    "Köpta tjänster",
                    "2,4 mnkr",
                    "-",
                    "inhyrd_personal",
                    "vakanser",
                    note="Consultants hired for vacant posts.",
                ),
            ),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Nämndens investeringar uppgick till 74,2 mnkr mot en budget på 112,5 mnkr.",
                C(
                    "Investeringar",
                    "74,2 mnkr mot en budget på 112,5 mnkr",
                    "+",
                    value=38_300_000,
                    note="An under-spend never written out: the computed 38,3 mnkr, the amount text as written.",
                ),
            ),
            (
                "Ombyggnaden av Lillgårdsvägen och den nya gång- och cykelbron vid Norrängsviken förbrukade 9,6 "
                "respektive 5,2 mnkr mindre än budgeterat, eftersom entreprenaderna startade senare än planerat.",
                C(
                    "Lillgårdsvägen",
                    "9,6",
                    "+",
                    "periodisering",
                    unit="mnkr",
                    note="Two projects as a 'respektive' pair: two items.",
                    also=(C("Gång- och cykelbron vid Norrängsviken", "5,2 mnkr", "+", "periodisering"),),
                ),
            ),
        ),
        H("Åtgärder och framtid", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att se över avtalen för vinterväghållning inför säsongen "
            "2026/2027.",
            A("Gator och vägar", None),
        ),
        P(
            "Det egna kapitalet för avfallsverksamheten uppgår till 12,4 mnkr vid årets slut.",
            O("Avfall", note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="haninge-tn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Haninge",
            "committee": ["Tekniska nämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Tekniska nämnden", "author": "Haninge kommun"},
        style=style,
        blocks=blocks,
    )
