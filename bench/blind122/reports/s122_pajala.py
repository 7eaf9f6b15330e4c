"""Pajala kommun, Kommunstyrelsen, beslut om stöd till byaföreningar 2026.

Not a budget follow-up: a tjänsteskrivelse with the kommunstyrelse's decision on grants to village
associations, dated in March 2026, full of amounts, "beror på", "mer än" and "lägre än": the applications
"270 000 kronor mer än anslaget", why more associations apply, why three get less than they asked for, an
association that spent "18 400 kronor mer" than its grant (about someone else), the total that "ryms inom"
the budget fullmäktige set (a financing statement, no deviation reported), the average grant against 2025
and a payment held back "vilket beror på kraven i riktlinjerna". Seven `other` items and no causes; the
decision proposal, the background and the table per village are unlabelled. Liberation Sans (Arial) 10 pt.

The place is real; every figure, event and association is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import O

NOT_BUDGET = "A decision on grants, not a budget follow-up: other."


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
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Pajala kommun", "Tjänsteskrivelse 2026-03-04"),
        footer=lambda n, m: ("Kommunstyrelsen", "Dnr KS 2026/38", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    grants = Table(
        caption="Förslag till fördelning per by, kronor",
        header=(("By", "Antal föreningar", "Ansökt", "Förslag"),),
        rows=(
            ("Pajala", "3", "214 000", "168 000"),
            ("Junosuando", "2", "176 000", "142 000"),
            ("Tärendö", "2", "158 000", "121 000"),
            ("Korpilombolo", "3", "231 000", "163 000"),
            ("Kaunisvaara", "1", "97 000", "84 000"),
            ("Övriga byar", "5", "244 000", "172 000"),
            ("Summa", "16", "1 120 000", "850 000"),
        ),
        widths=(150.0, 100.0, 90.0, 90.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Stöd till byaföreningar 2026", size=18, font="arial-bold", after=2),
        Title("Beslut i kommunstyrelsen", size=12, font="arial", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen beslutar att fördela stöd till byaföreningar för 2026 enligt förvaltningens förslag "
            "och att stödet betalas ut i april."
        ),
        H("Bakgrund", 2),
        P(
            "Stödet ska bidra till att byarna har levande samlingslokaler och en aktiv föreningsverksamhet. "
            "Föreningarna ansöker en gång per år och redovisar hur stödet har använts i en verksamhetsberättelse."
        ),
        H("Ärendet", 2),
        P(
            "Kommunstyrelsen avsatte i budget 2026 totalt 850 000 kronor för stöd till byaföreningar. "
            "Ansökningarna uppgår sammanlagt till 1 120 000 kronor, vilket är 270 000 kronor mer än anslaget.",
            O(None, note=NOT_BUDGET + " Applications against the grant frame are not a budget deviation."),
        ),
        P(
            "Ökningen av antalet ansökningar beror på att fler föreningar har tagit över driften av "
            "samlingslokaler sedan kommunen sålde dem.",
            O(None, note=NOT_BUDGET),
        ),
        P(
            "Tre föreningar föreslås få ett lägre stöd än de har ansökt om. Det beror på att delar av ansökningarna "
            "avser investeringar i lokaler, som inte omfattas av riktlinjerna.",
            O(None, note=NOT_BUDGET),
        ),
        grants,
        P(
            "En förening i Korpilombolo har i sin redovisning av föregående års stöd visat kostnader som är 18 400 "
            "kronor högre än det beviljade bidraget, vilket föreningen själv har finansierat.",
            O(None, note=NOT_BUDGET + " A statement about someone else."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Förslaget innebär att 850 000 kronor fördelas, vilket ryms inom den budget som kommunfullmäktige har "
            "beslutat.",
            O(None, note=NOT_BUDGET + " A financing statement, no deviation reported."),
        ),
        P(
            "Jämfört med 2025 blir stödet per förening i genomsnitt 6 procent lägre, vilket beror på att fler "
            "föreningar delar på samma anslag.",
            O(None, note=NOT_BUDGET + " A comparison with the previous year."),
        ),
        P(
            "En förening som ännu inte har lämnat in sin verksamhetsberättelse får stödet först när den har kommit "
            "in, vilket beror på kraven i riktlinjerna.",
            O(None, note=NOT_BUDGET),
        ),
    ]
    return ReportSpec(
        file="pajala-ks-beslut-stod-byaforeningar-2026.pdf",
        report={
            "municipality": "Pajala",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026", "2026-03"],
            "report_type": "beslut",
        },
        metadata={"title": "Stöd till byaföreningar 2026", "author": "Pajala kommun"},
        style=style,
        blocks=blocks,
    )
