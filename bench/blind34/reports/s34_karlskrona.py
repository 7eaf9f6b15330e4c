"""Karlskrona kommun, Barn- och ungdomsnämnden, månadsuppföljning februari 2026.

A school committee's month report in mkr, footer with the date the report was written in March: the period
"0,3 mkr lägre än periodiserad budget" (a net cost, so positive) and the full year "ett helårsresultat på –4,6
mkr" with the areas named and no reason, in two paragraphs; a risk about an unknown grant (other); a comment
table whose "Avvikelse" is budget minus prognos with a trailing minus for deficits ("4,2-"), where one comment
states its own amount, the others give reasons only (each its row's cell as printed), one says "Prognos enligt
budget" (boilerplate) and the sum row has no comment; sick pay against last year with "beror på" (other);
en-dash bullets of actions, one with a full-year effect; the change since January with its cause; investments
"9,5 mkr användas, 2,5 mkr mindre än budget". DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A reason-only comment: its row's deviation cell as printed."


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
        margins=(62.0, 76.0, 62.0, 72.0),
        header=lambda n, m: ("KARLSKRONA KOMMUN", "Barn- och ungdomsnämnden"),
        footer=lambda n, m: ("Månadsuppföljning februari 2026, upprättad 2026-03-09", "", f"{n}/{m}"),
        header_size=7.5,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet", "Budget", "Prognos", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Förskola", "412,6", "410,4", "2,2"),
                "Färre barn än budgeterat i centrala Karlskrona och i Lyckeby; två planerade avdelningar har inte "
                "öppnats.",
                C("Förskola", "2,2", "+", "volymer", unit="mkr", table=True, note=ROW),
            ),
            (
                ("Grundskola", "865,3", "869,5", "4,2-"),
                "Grundskolan överskrider budget med 4,2 mkr, främst på grund av fler elevassistenter och fler elever "
                "med tilläggsbelopp.",
                C(
                    "Grundskola",
                    "4,2 mkr",
                    "-",
                    "bemanning",
                    "volymer",
                    note="The comment states its own amount.",
                ),
            ),
            (
                ("Anpassad grundskola", "58,1", "60,0", "1,9-"),
                "Tre nya elever med omfattande behov har börjat under vårterminen.",
                C(
                    "Anpassad grundskola",
                    "1,9-",
                    "-",
                    "volymer",
                    unit="mkr",
                    table=True,
                    note=ROW + " A trailing minus.",
                ),
            ),
            (
                ("Fritidshem", "96,4", "96,4", "0,0"),
                "Prognos enligt budget.",
                BP("Fritidshem"),
            ),
            (
                ("Skolskjuts", "38,0", "39,3", "1,3-"),
                "Det nya skolskjutsavtalet är dyrare än det tidigare, och fler elever har rätt till skolskjuts sedan "
                "två skolor slogs samman.",
                C("Skolskjuts", "1,3-", "-", "prisokningar", "volymer", unit="mkr", table=True, note=ROW),
            ),
            (
                ("Central administration", "64,2", "63,6", "0,6"),
                "Vakant tjänst som verksamhetsutvecklare och lägre kostnader för konsulter.",
                C(
                    "Central administration",
                    "0,6",
                    "+",
                    "vakanser",
                    "inhyrd_personal",
                    unit="mkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (("Summa", "1 534,6", "1 539,2", "4,6-"), "", None),
        ),
        widths=(108.0, 50.0, 50.0, 54.0),
        size=8.5,
    )
    blocks = [
        Title("Månadsuppföljning februari 2026", size=18, font="cond-bold", after=2),
        Title("Barn- och ungdomsnämnden", size=12, font="cond", after=12),
        H("Sammanfattning", 2),
        P(
            "Utfallet för januari–februari är 0,3 mkr lägre än periodiserad budget.",
            C(None, "0,3 mkr", "+", note="The period: a net cost below the periodised budget is positive."),
        ),
        P(
            "Barn- och ungdomsnämnden prognostiserar ett helårsresultat på –4,6 mkr efter februari. Det är i "
            "huvudsak grundskolan och den anpassade grundskolan som står för underskottet, medan förskolan visar "
            "ett överskott.",
            C(None, "–4,6 mkr", "-", note="Areas named, no reasons: no tags."),
        ),
        P(
            "Förvaltningen har ännu inte fått besked om storleken på statsbidraget för likvärdig skola 2026, vilket "
            "gör prognosen osäker.",
            O(None, "statsbidrag", note="A risk."),
        ),
        P(
            "Tabellens avvikelse är budget minus prognos; ett minustecken efter beloppet anger underskott. Belopp i "
            "mkr.",
            size=9.0,
        ),
        comments,
        H("Förändring jämfört med januari", 2),
        P(
            "Prognosen är 0,8 mkr sämre än i januari. Försämringen beror på de nya eleverna i anpassad grundskola.",
            F(None, "0,8 mkr", "-", "volymer"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsramen på 12,0 mkr för inventarier och utemiljöer beräknas 9,5 mkr användas, 2,5 mkr "
            "mindre än budget. Utemiljön vid den nya förskolan i Nättraby blir klar först 2027, eftersom bygget är "
            "försenat.",
            C("Investeringar", "2,5 mkr", "+", "periodisering"),
        ),
        H("Personal", 2),
        P(
            "Sjuklönekostnaderna under januari och februari var 0,4 mkr högre än samma period förra året, vilket "
            "beror på en period med hög korttidsfrånvaro i förskolan.",
            O(None, "sjukfranvaro", note="Sick pay against the previous year: other."),
        ),
        H("Åtgärder", 2),
        Bullets(
            items=(
                "Anställningsprövning av alla tjänster inom grundskolans centrala stödfunktioner.",
                "Översyn av skolskjutsorganisationen inför läsåret 2026/27, med en beräknad besparing på 0,5 mkr i "
                "helårseffekt.",
            ),
            labels=(
                A("Grundskola", None, "bemanning"),
                A("Skolskjuts", "0,5 mkr"),
            ),
            glyph="–",
        ),
    ]
    return ReportSpec(
        file="karlskrona-bun-manadsuppfoljning-2026-02.pdf",
        report={
            "municipality": "Karlskrona",
            "committee": ["Barn- och ungdomsnämnden"],
            "period": ["2026-02"],
            "report_type": "månadsuppföljning",
        },
        metadata={
            "title": "Månadsuppföljning februari 2026 Barn- och ungdomsnämnden",
            "author": "Karlskrona kommun",
        },
        style=style,
        blocks=blocks,
    )
