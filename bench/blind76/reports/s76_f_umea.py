"""Umeå kommun, Individ- och familjenämnden, tjänsteskrivelse om ekonomisk uppföljning per april 2026.

A social committee's tjänsteskrivelse dated in May for the period to April, with a decision proposal
(unlabelled): the full year "ett underskott på elva miljoner kronor" in words and the period "4,6 mkr sämre än
periodiserad budget" in two sentences; a table in mkr with deficits in brackets ("(9,2)"); bold run-in
verksamheter ending in a full stop: "beräknas överstiga budget med 9,2 mkr" with a volume since the turn of
the year, a reason-only paragraph (the row's "(3,4)"), an amount set off by commas in the middle of the
sentence ("ligger på en högre nivå än budgeterat, 2,1 mkr för helåret,"), and three verksamheter with "0,6,
1,3 respektive 1,8 mkr"; a grant outside the budget (other), two action bullets (one with an effect) and the
change since March. Liberation Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(72.0, 84.0, 72.0, 74.0),
        header=lambda n, m: ("UMEÅ KOMMUN", "Tjänsteskrivelse 2026-05-12"),
        footer=lambda n, m: ("Individ- och familjeförvaltningen", "Diarienr IFN-2026/00147", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhetsområde 2026, mkr (underskott inom parentes)",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Barn och unga", "168,5", "177,7", "(9,2)"),
            ("Vuxna, beroende", "61,2", "64,6", "(3,4)"),
            ("Ekonomiskt bistånd", "94,0", "96,1", "(2,1)"),
            ("Våld i nära relationer", "18,4", "17,8", "0,6"),
            ("Familjerätt och familjebehandling", "27,9", "26,6", "1,3"),
            ("Ledning och administration", "35,0", "33,2", "1,8"),
            ("Summa", "405,0", "416,0", "(11,0)"),
        ),
        widths=(190.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Tjänsteskrivelse", size=13, font="narrow-bold", after=4),
        Title(
            "Ekonomisk uppföljning per april 2026 – Individ- och familjenämnden",
            size=16,
            font="narrow-bold",
            after=12,
        ),
        H("Förslag till beslut", 2),
        P(
            "Individ- och familjenämnden godkänner den ekonomiska uppföljningen per april 2026 och uppdrar åt "
            "förvaltningen att återkomma med en fördjupad åtgärdsplan i juni."
        ),
        H("Sammanfattning", 2),
        PS(
            (
                "Nämnden prognostiserar ett underskott på elva miljoner kronor för 2026.",
                C(None, "elva miljoner kronor", "-", value=11_000_000, note="Amount in words."),
            ),
            (
                "Per april är utfallet 4,6 mkr sämre än periodiserad budget.",
                C(None, "4,6 mkr", "-", note="The period's deviation in a sentence of its own."),
            ),
        ),
        table,
        H("Analys per verksamhetsområde", 2),
        LP(
            "Barn och unga.",
            "Kostnaderna för placeringar av barn och unga i HVB och konsulentstödda familjehem beräknas överstiga "
            "budget med 9,2 mkr. Antalet placerade barn har ökat från 61 till 74 sedan årsskiftet.",
            C("Barn och unga", "9,2 mkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Vuxna, beroende.",
            "Även inom beroendevården är det externa placeringar som driver underskottet. Fler placeringar enligt "
            "LVM har påverkat resultatet under våren.",
            C(
                "Vuxna, beroende",
                "(3,4)",
                "-",
                "kopt_verksamhet",
                "volymer",
                unit="mkr",
                table=True,
                note="Reasons only: the row's cell in brackets (a deficit).",
            ),
        ),
        LP(
            "Ekonomiskt bistånd.",
            "Utbetalningarna av försörjningsstöd ligger på en högre nivå än budgeterat, 2,1 mkr för helåret, då "
            "fler hushåll står långt från arbetsmarknaden och etableringstiden har löpt ut för flera familjer.",
            C("Ekonomiskt bistånd", "2,1 mkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        LP(
            "Övriga verksamheter.",
            "Våld i nära relationer, familjerätt och familjebehandling samt ledning och administration visar "
            "överskott på 0,6, 1,3 respektive 1,8 mkr, främst genom vakanta tjänster och ett lägre nyttjande av "
            "skyddat boende.",
            C(
                "Våld i nära relationer",
                "0,6",
                "+",
                "vakanser",
                "kopt_verksamhet",
                unit="mkr",
                note="Three areas with 'respektive' amounts and shared reasons: three items, the same tags.",
                also=(
                    C(
                        "Familjerätt och familjebehandling",
                        "1,3",
                        "+",
                        "vakanser",
                        "kopt_verksamhet",
                        unit="mkr",
                    ),
                    C("Ledning och administration", "1,8 mkr", "+", "vakanser", "kopt_verksamhet"),
                ),
            ),
        ),
        H("Statsbidrag", 2),
        P(
            "Nämnden har fått besked om ett riktat statsbidrag för förebyggande arbete på 1,2 mkr som inte ingår i "
            "budgeten. Bidraget ska användas under 2026 och påverkar därför inte resultatet.",
            O(None, "statsbidrag", note="A grant outside the budget that does not change the result: other."),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Hemmaplanslösningar ska prövas före extern placering, med en bedömd effekt på 2,5 mkr för resterande "
                "del av året.",
                "Avtalen med två HVB-leverantörer omförhandlas under maj.",
            ),
            labels=(
                A("Barn och unga", "2,5 mkr", "kopt_verksamhet"),
                A("Barn och unga", None, "kopt_verksamhet"),
            ),
            glyph="–",
        ),
        H("Förändring sedan föregående prognos", 2),
        P(
            "Jämfört med prognosen i mars har underskottet ökat med 3,5 mkr, i sin helhet inom barn och unga.",
            F(None, "3,5 mkr", "-"),
        ),
    ]
    return ReportSpec(
        file="umea-ifn-tjansteskrivelse-ekonomisk-uppfoljning-2026-04.pdf",
        report={
            "municipality": "Umeå",
            "committee": ["Individ- och familjenämnden"],
            "period": ["2026-04", "2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per april 2026", "author": "Umeå kommun"},
        style=style,
        blocks=blocks,
    )
