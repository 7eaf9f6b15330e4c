"""Norsjö kommun, Kommunstyrelsen, månadsrapport januari–november 2025 (the whole kommun).

A small kommun's month report in mnkr, footer with the kommunstyrelse's meeting date in December: the full year
as a result "4,1 mnkr, att jämföra med ett budgeterat resultat på 6,5 mnkr" (2,4 never written out), one
sentence with the verksamheter's "underskott på 5,0 mnkr (−4,6 mnkr i oktober)" (the bracket is last month's)
and tax revenue "2,6 mnkr högre än budgeterat" (two items); the table per verksamhet pasted as an image; en-dash
bullets under a generic heading ("Ekonomichefens kommentar"): "underskott 3,2 mnkr." followed by a verbless
reason, "hamnar 1,9 mnkr över budget", "ett överskott om 0,7 mnkr tack vare", "prognostiserar −0,9 mnkr, varav
… 0,5 mnkr" (one item, the total), "håller budget" for two areas (boilerplate) and "drygt en halv miljon kronor"
in words; a row with no comment; investments "11,3 mnkr mot budgeterade 18,0 mnkr" (6,7 never written out);
"oförändrad" (a boilerplate forecast change) and a change since October with its cause, a purchase stop with
no amount and liquidity against last year with "beror på" (other). DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Norsjö kommun", "Månadsrapport januari–november 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-12-09", "", f"{n}"),
        header_size=7.5,
        rule_under_header=True,
    )
    table = Table(
        caption="Helårsprognos per verksamhet, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Socialtjänst", "58,4", "61,6", "-3,2"),
            ("Äldreomsorg", "84,7", "86,6", "-1,9"),
            ("Skola och förskola", "112,3", "111,6", "0,7"),
            ("Fastighet och teknik", "31,5", "32,4", "-0,9"),
            ("Kultur och fritid", "9,8", "9,8", "0,0"),
            ("Näringsliv", "6,2", "6,2", "0,0"),
            ("Administration", "27,9", "27,4", "0,5"),
            ("Räddningstjänst", "8,6", "8,8", "-0,2"),
            ("Summa verksamheter", "339,4", "344,4", "-5,0"),
        ),
        widths=(160.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Månadsrapport januari–november 2025", size=17, font="sans-bold", after=2),
        Title("Norsjö kommun", size=11.5, font="sans", after=12),
        H("Resultat och prognos", 2),
        P(
            "Kommunens prognos för 2025 är ett resultat på 4,1 mnkr, att jämföra med ett budgeterat resultat på 6,5 "
            "mnkr.",
            C(
                None,
                "4,1 mnkr, att jämföra med ett budgeterat resultat på 6,5 mnkr",
                "-",
                value=2_400_000,
                note="Two levels, the deviation of 2,4 mnkr never written out: the computed value.",
            ),
        ),
        P(
            "Verksamheterna visar tillsammans ett underskott på 5,0 mnkr (−4,6 mnkr i oktober), som delvis vägs upp "
            "av att skatteintäkterna blir 2,6 mnkr högre än budgeterat.",
            C(
                "Verksamheterna",
                "5,0 mnkr",
                "-",
                note="The bracket is last month's. Two areas in one sentence: two items.",
                also=(C("Skatteintäkter", "2,6 mnkr", "+", note="A finance item: no cause tag."),),
            ),
        ),
        table,
        H("Ekonomichefens kommentar", 3),
        Bullets(
            (
                "Socialtjänsten: underskott 3,2 mnkr. Två externa placeringar inom barn och unga samt ökat "
                "försörjningsstöd.",
                "Äldreomsorgen hamnar 1,9 mnkr över budget, i huvudsak på grund av höga sjuklönekostnader och inhyrda "
                "sjuksköterskor på Björkbackens äldreboende.",
                "Skolan har ett överskott om 0,7 mnkr tack vare ett högre statsbidrag för likvärdig skola än "
                "beräknat.",
                "Fastighet och teknik prognostiserar −0,9 mnkr, varav snöröjningen i november står för 0,5 mnkr.",
                "Kultur och fritid samt näringsliv håller budget.",
                "Den gemensamma administrationen lämnar ett överskott på drygt en halv miljon kronor, främst genom "
                "vakanser på ekonomienheten.",
            ),
            labels=(
                C("Socialtjänsten", "3,2 mnkr", "-", "kopt_verksamhet", "ekonomiskt_bistand"),
                C("Äldreomsorg", "1,9 mnkr", "-", "sjukfranvaro", "inhyrd_personal"),
                C("Skola", "0,7 mnkr", "+", "statsbidrag"),
                C(
                    "Fastighet och teknik",
                    "−0,9 mnkr",
                    "-",
                    "ovrigt",
                    note="A 'varav' part (snow clearing, ovrigt): the total is the amount.",
                ),
                BP("Kultur och fritid samt näringsliv"),
                C(
                    "Administration",
                    "drygt en halv miljon kronor",
                    "+",
                    "vakanser",
                    value=500_000,
                    note="An amount in words with 'drygt': the stated figure.",
                ),
            ),
            glyph="–",
        ),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 11,3 mnkr mot budgeterade 18,0 mnkr, eftersom upphandlingen av den nya "
            "förskolan i Bastuträsk har överklagats.",
            C(
                "Investeringar",
                "11,3 mnkr mot budgeterade 18,0 mnkr",
                "+",
                "periodisering",
                value=6_700_000,
                note="Investment under-spending of 6,7 mnkr, never written out: the computed value.",
            ),
        ),
        H("Förändring mot oktober", 2),
        P("För skolan och administrationen är prognosen oförändrad jämfört med oktober.", BF(None)),
        P(
            "Jämfört med oktober har resultatprognosen försämrats med 0,4 mnkr, vilket beror på snöröjningen.",
            F(None, "0,4 mnkr", "-", "ovrigt"),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen beslutade i oktober om inköpsstopp för förbrukningsmaterial och inventarier under "
            "resten av året.",
            A(None, None, "material_hjalpmedel"),
        ),
        H("Likviditet", 2),
        P(
            "Likviditeten uppgår till 38 mnkr, vilket är 9 mnkr lägre än vid samma tid förra året och beror på de "
            "stora investeringarna i vatten och avlopp.",
            O(None, note="Liquidity against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="norsjo-ks-manadsrapport-2025-11.pdf",
        report={
            "municipality": "Norsjö",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-11"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport januari–november 2025", "author": "Norsjö kommun"},
        style=style,
        blocks=blocks,
    )
