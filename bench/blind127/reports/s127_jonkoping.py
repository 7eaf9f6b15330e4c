"""Jönköpings kommun, Kulturnämnden, tjänsteskrivelse om ekonomisk uppföljning per april 2026.

A culture committee's cover letter (tjänsteskrivelse) dated in May, footer with the nämnd's meeting date:
a decision proposal (unlabelled), the full year "underskott mot budget på 2,6 miljoner kronor" with the
areas named but no reasons, the period "0,8 miljoner kronor lägre än periodiserad budget" (positive, a
timing reason) and the change since February; a verksamhet table in mnkr with en-dash deficits; headings
that carry the area and amount ("Bibliotek –1,4 mnkr") over one paragraph each, a wage-round percentage that
is not the amount, a risk sentence after a cause paragraph (other); bold run-in verksamheter with a
reason-only deficit (the row's "–0,4"), "ett överskott på 300 000 kronor" in whole kronor and "inom
tilldelad ram" (boilerplate); an action with its effect, investments with the under-spend written out and
a statement that the nämnd has no equity (other). Liberation Serif (Times metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(14.0, 12.0, 10.5),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 72.0),
        header=lambda n, m: ("JÖNKÖPINGS KOMMUN", "Kulturförvaltningen"),
        footer=lambda n, m: ("Kulturnämnden 2026-05-27", "Dnr KUN 2026:118", f"{n} ({m})"),
        header_size=8.5,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, mnkr",
        header=(("Verksamhet", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "9,8", "9,5", "0,3"),
            ("Bibliotek", "68,4", "69,8", "–1,4"),
            ("Kulturskolan", "41,2", "40,5", "0,7"),
            ("Museer och kulturarv", "22,6", "22,6", "0,0"),
            ("Evenemang och stadsfester", "14,3", "16,1", "–1,8"),
            ("Kulturstöd", "18,9", "19,3", "–0,4"),
            ("Summa", "175,2", "177,8", "–2,6"),
        ),
        widths=(170.0, 76.0, 76.0, 70.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Tjänsteskrivelse", size=18, font="times-bold", after=2),
        Title("Ekonomisk uppföljning per april 2026 – Kulturnämnden", size=12.5, font="times", after=4),
        P("Kulturförvaltningen, 2026-05-12", size=9.0),
        H("Förslag till beslut", 2),
        P(
            "Kulturnämnden godkänner den ekonomiska uppföljningen per april 2026 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        P(
            "Kulturnämnden prognostiserar för 2026 ett underskott mot budget på 2,6 miljoner kronor. Underskottet "
            "finns i huvudsak inom biblioteken och evenemangsverksamheten, medan kulturskolan väntas lämna ett "
            "överskott.",
            C(
                None,
                "2,6 miljoner kronor",
                "-",
                note="The full year with the areas named and no reasons: no tags.",
            ),
        ),
        PS(
            (
                "Utfallet efter april är 0,8 miljoner kronor lägre än periodiserad budget, vilket främst beror på att "
                "flera av vårens utställningsprojekt faktureras först i maj och juni.",
                C(
                    None,
                    "0,8 miljoner kronor",
                    "+",
                    "periodisering",
                    note="A net cost below the periodised budget: a positive period deviation.",
                ),
            ),
            (
                "Prognosen är 0,9 miljoner kronor sämre än i februari.",
                F(None, "0,9 miljoner kronor", "-"),
            ),
        ),
        H("Ärendet", 2),
        table,
        HP(
            "Bibliotek –1,4 mnkr",
            "Lönekostnaderna för bibliotekarier har blivit högre än budgeterat efter att löneöversynen för gruppen "
            "landade på 4,8 procent, och meröppet på tre filialbibliotek har krävt mer vaktbemanning än planerat.",
            C(
                "Bibliotek",
                "–1,4 mnkr",
                "-",
                "lonekostnader",
                "bemanning",
                note="The heading carries the amount; the wage-round percentage is not the amount.",
            ),
        ),
        HP(
            "Evenemang och stadsfester –1,8 mnkr",
            "Underskottet förklaras av att säkerhetskraven vid de stora stadsfesterna har skärpts. Kostnaderna för "
            "avspärrningar och ordningsvakter blir betydligt högre än när budgeten lades, samtidigt som "
            "sponsorintäkterna hittills är lägre än väntat.",
            C(
                "Evenemang och stadsfester",
                "–1,8 mnkr",
                "-",
                "ovrigt",
                "avgifter_intakter",
                note="Stricter security requirements are ovrigt.",
            ),
        ),
        P(
            "Om sommarens festival lockar färre besökare än beräknat kan underskottet öka ytterligare.",
            O("Evenemang och stadsfester", note="A risk after the cause paragraph: its own item."),
        ),
        HP(
            "Kulturskolan +0,7 mnkr",
            "Två lärartjänster i stråkinstrument har varit vakanta sedan januari och har inte gått att tillsätta.",
            C("Kulturskolan", "+0,7 mnkr", "+", "vakanser"),
        ),
        LP(
            "Kulturstöd.",
            "Fler föreningar än tidigare år har beviljats verksamhetsbidrag, vilket gör att anslaget överskrids.",
            C(
                "Kulturstöd",
                "–0,4",
                "-",
                "volymer",
                unit="mnkr",
                table=True,
                note="Reasons only: the table row's cell.",
            ),
        ),
        LP(
            "Nämnd och förvaltningsledning.",
            "Lägre kostnader för konsultstöd i arbetet med den nya kulturplanen ger ett överskott på 300 000 kronor.",
            C("Nämnd och förvaltningsledning", "300 000 kronor", "+", "inhyrd_personal"),
        ),
        LP(
            "Museer och kulturarv.",
            "Verksamheten bedöms bedrivas inom tilldelad ram.",
            BP("Museer och kulturarv"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört restriktivitet vid inköp av inventarier och prövar varje nyrekrytering inom "
            "biblioteken. Åtgärderna bedöms minska underskottet med cirka 0,5 miljoner kronor under året.",
            A(None, "cirka 0,5 miljoner kronor", "material_hjalpmedel", "bemanning"),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 4,2 miljoner kronor beräknas 2,9 miljoner kronor användas under året, ett "
            "överskott på 1,3 miljoner kronor. Det beror på att ombyggnaden av barnavdelningen på stadsbiblioteket "
            "skjuts till 2027.",
            C("Investeringar", "1,3 miljoner kronor", "+", "periodisering"),
        ),
        H("Ekonomisk bedömning", 2),
        P(
            "Nämnden har inget eget kapital att ta i anspråk för att täcka underskottet.",
            O(None, "reserver", note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="jonkoping-kn-tjansteskrivelse-ekonomisk-uppfoljning-2026-04.pdf",
        report={
            "municipality": "Jönköping",
            "committee": ["Kulturnämnden"],
            "period": ["2026-04"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning per april 2026 Kulturnämnden",
            "author": "Jönköpings kommun",
        },
        style=style,
        blocks=blocks,
    )
