"""Eksjö kommun, Kultur- och fritidsnämnden, verksamhetsberättelse 2025.

A culture and leisure committee's year-end report set in two columns of DejaVu Serif, footer with the adoption
date in February: the year's "överskott på 1 340 tkr jämfört med budget" with its reason in the next sentence
(one item), the outcome against the interim forecast with a reason and no amount, net costs against 2024 in
percent (other); a table with the previous year's outcome as its last column (not the deviation); one sentence
with two kostnadsslag that deviate in opposite directions (two items, same text); then verksamhet headings whose
paragraphs use varied shapes ("visar ett överskott mot budget på 940 tkr" with a part of "cirka 180 tkr", "går
över budget med 140 tkr", "redovisar 240 tkr bättre än budget", "blev utfallet 100 tkr bättre än budget" after a
"Trots" clause and with a percentage against last year inside, "slutar i nivå med budget" (boilerplate), a
reason only for nämnd och administration: the table's "160"); investments "2,9 mnkr mot en budget på 4,6 mnkr"
(1,7 mnkr never written out), a request to carry funds over, an action for 2026 with its effect, and sick leave
and goals (other). 9 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.0,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(15.0, 11.0, 9.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(56.0, 78.0, 56.0, 72.0),
        gutter=20.0,
        header=lambda n, m: ("Eksjö kommun", "Verksamhetsberättelse 2025 – Kultur- och fritidsnämnden"),
        footer=lambda n, m: ("Fastställd av nämnden 2026-02-12", "", f"{n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024"),),
        rows=(
            ("Nämnd och administration", "3 210", "3 050", "160", "2 980"),
            ("Bibliotek", "10 480", "10 620", "-140", "10 110"),
            ("Museum och kulturarv", "6 150", "5 210", "940", "5 890"),
            ("Kulturskola", "7 800", "7 560", "240", "7 420"),
            ("Fritid och föreningsstöd", "9 420", "9 380", "40", "9 160"),
            ("Badhus och idrottsanläggningar", "18 600", "18 500", "100", "17 700"),
            ("Summa", "55 660", "54 320", "1 340", "53 260"),
        ),
        widths=(160.0, 72.0, 72.0, 66.0, 72.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="serif-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=12.5, font="serif-italic", after=14),
        H("Ekonomiskt utfall", 2),
        P(
            "Kultur- och fritidsnämnden lämnar för 2025 ett överskott på 1 340 tkr jämfört med budget. Överskottet "
            "är i huvudsak en följd av att Eksjö museum höll stängt under ombyggnaden av entrén mellan mars och juni.",
            C(
                None,
                "1 340 tkr",
                "+",
                "ovrigt",
                note="The year's result with its reason in the next sentence; a construction closure is ovrigt.",
            ),
        ),
        P(
            "I delårsrapporten prognostiserades ett överskott på 0,6 mnkr. Att utfallet blev bättre förklaras främst av "
            "högre entréintäkter i badhuset under hösten.",
            F(
                None,
                None,
                "+",
                "avgifter_intakter",
                note="Against the interim forecast; the interim level (0,6) is not the change, which is never "
                "written out: null.",
            ),
        ),
        P(
            "Nämndens nettokostnad ökade med 2,0 procent jämfört med 2024.",
            O(None, note="Net cost against the previous year: other."),
        ),
        table,
        P(
            "Personalkostnaderna blev 0,6 mnkr lägre än budgeterat, medan lokalkostnaderna översteg budget med 0,3 mnkr "
            "efter hyreshöjningen för stadsbiblioteket.",
            C(
                "Personalkostnader",
                "0,6 mnkr",
                "+",
                note="Two kostnadsslag in one sentence, opposite directions: two items; no reason for personnel.",
                also=(C("Lokalkostnader", "0,3 mnkr", "-", "lokaler"),),
            ),
        ),
        H("Verksamheternas kommentarer", 2),
        Columns(2),
        H("Museum och kulturarv", 3),
        P(
            "Museet visar ett överskott mot budget på 940 tkr. Under ombyggnaden av entrén var basutställningen stängd "
            "i fyra månader och en tjänst som museipedagog hölls vakant. Samtidigt uteblev entréintäkter på cirka "
            "180 tkr.",
            C(
                "Museum och kulturarv",
                "940 tkr",
                "+",
                "ovrigt",
                "vakanser",
                "avgifter_intakter",
                note="The lost entrance revenue (cirka 180 tkr) is a part pulling the other way.",
            ),
        ),
        H("Bibliotek", 3),
        P(
            "Biblioteket går över budget med 140 tkr. Licenserna för e-böcker och databaser blev dyrare när det "
            "regionala avtalet upphandlades på nytt.",
            C("Bibliotek", "140 tkr", "-", "it_digitalisering", "prisokningar"),
        ),
        H("Kulturskola", 3),
        P(
            "Kulturskolan redovisar 240 tkr bättre än budget, främst genom fler elever och därmed högre "
            "terminsavgifter.",
            C("Kulturskola", "240 tkr", "+", "volymer", "avgifter_intakter"),
        ),
        H("Badhus och idrottsanläggningar", 3),
        P(
            "Trots högre kostnader för kemikalier och en reparation av reningsverket i badhuset blev utfallet 100 tkr "
            "bättre än budget, tack vare att intäkterna från bad och gym ökade med 15 procent jämfört med året innan.",
            C(
                "Badhus och idrottsanläggningar",
                "100 tkr",
                "+",
                "avgifter_intakter",
                "material_hjalpmedel",
                "ovrigt",
                note="The percentage against last year is part of the reason, not the amount.",
            ),
        ),
        H("Fritid och föreningsstöd", 3),
        P("Verksamheten slutar i nivå med budget.", BP("Fritid och föreningsstöd")),
        H("Nämnd och administration", 3),
        P(
            "Lägre arvodeskostnader, eftersom nämnden har haft färre sammanträden än planerat.",
            C(
                "Nämnd och administration",
                "160",
                "+",
                "ovrigt",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell; nämnd members' fees are ovrigt.",
            ),
        ),
        H("Investeringar", 3),
        P(
            "Nämndens investeringar uppgick till 2,9 mnkr mot en budget på 4,6 mnkr. Belysningen i elljusspåret vid "
            "Skedhult kunde inte upphandlas under året och flyttas till 2026.",
            C(
                "Investeringar",
                "2,9 mnkr mot en budget på 4,6 mnkr",
                "+",
                "periodisering",
                value=1_700_000,
                note="Investment under-spending of 1,7 mnkr, never written out: the computed value.",
            ),
        ),
        P(
            "Nämnden begär att 1,5 mnkr av de outnyttjade investeringsmedlen förs över till 2026.",
            O("Investeringar", "reserver", note="A request to carry funds over: financing, other."),
        ),
        H("Inför 2026", 3),
        P(
            "Nämnden har höjt avgifterna i badhuset med i genomsnitt 5 procent från januari 2026, vilket beräknas ge "
            "250 tkr i ökade intäkter.",
            A("Badhus och idrottsanläggningar", "250 tkr", "avgifter_intakter"),
        ),
        H("Personal och mål", 3),
        P(
            "Sjukfrånvaron minskade till 4,1 procent (5,3 procent 2024).",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
        P(
            "Två av nämndens tre mål uppfylldes. Målet om fler besök på biblioteken nåddes inte, vilket delvis beror på "
            "kortare öppettider under sommaren.",
            O(None, note="Goal fulfilment with 'beror på': other."),
        ),
    ]
    return ReportSpec(
        file="eksjo-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Eksjö",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden", "author": "Eksjö kommun"},
        style=style,
        blocks=blocks,
    )
