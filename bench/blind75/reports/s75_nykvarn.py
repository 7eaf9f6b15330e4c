"""Nykvarns kommun, Kommunstyrelsen, tjänsteskrivelse om ekonomisk uppföljning februari 2026.

A kommunstyrelse's tjänsteskrivelse dated in March for the period to February, with a decision proposal
(unlabelled): the full year "1 950 tkr sämre än budget", the period "640 tkr lägre än periodiserad budget"
(a net cost under budget: positive) with its invoicing reason in the same sentence, the change since January
with its cause; a table in tkr with hyphen-minus; headings that carry the area and a hyphen-minus or plus
amount ("Samhällsbyggnad -1 450 tkr") over paragraphs with a part in whole kronor that is not the amount
("350 000 kronor"), "kan härledas till", a vacancy with no amount in the prose and "Avser lägre kostnader",
a risk in a paragraph of its own; investments whose "Resterande 7,5 mnkr" is the deviation; an action in
kronor and an undistributed buffer (other). DejaVu Serif Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("serif-cond-bold", "serif-cond-bold", "serif-cond-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("Nykvarns kommun", "Tjänsteskrivelse"),
        footer=lambda n, m: ("Kommunstyrelseförvaltningen 2026-03-12", "Dnr KS/2026:58", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Politisk verksamhet", "5 200", "5 050", "150"),
            ("Kommunledningskontoret", "31 800", "31 300", "500"),
            ("Samhällsbyggnad", "24 600", "26 050", "-1 450"),
            ("Kultur och fritid", "17 900", "18 600", "-700"),
            ("Måltidsverksamhet", "19 300", "19 750", "-450"),
            ("Summa", "98 800", "100 750", "-1 950"),
        ),
        widths=(170.0, 78.0, 78.0, 78.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title(
            "Ekonomisk uppföljning februari 2026 – kommunstyrelsen", size=15, font="serif-cond-bold", after=12
        ),
        H("Förslag till beslut", 2),
        P("Kommunstyrelsen godkänner den ekonomiska uppföljningen per februari 2026."),
        H("Sammanfattning", 2),
        P(
            "Kommunstyrelsens verksamheter prognostiserar ett resultat som är 1 950 tkr sämre än budget för helåret.",
            C(None, "1 950 tkr", "-"),
        ),
        P(
            "Periodens utfall är 640 tkr lägre än periodiserad budget, främst eftersom fakturorna för snöröjningen i "
            "februari ännu inte har kommit in.",
            C(
                None,
                "640 tkr",
                "+",
                "periodisering",
                note="A net cost under the period's budget: positive, with a timing reason.",
            ),
        ),
        P(
            "Jämfört med januariuppföljningen har prognosen försämrats med 500 tkr, i huvudsak på grund av "
            "snöröjningen.",
            F(None, "500 tkr", "-", "ovrigt"),
        ),
        H("Ärendet", 2),
        table,
        HP(
            "Samhällsbyggnad -1 450 tkr",
            "Snöröjningen i januari och februari har redan förbrukat hela årets budget för vinterväghållning. Därtill "
            "har driften av de nya gatorna i Stensättra inte finansierats i ramen. En del av underskottet, 350 000 "
            "kronor, avser reparation av en gångbro i Taxinge efter en påkörning.",
            C(
                "Samhällsbyggnad",
                "-1 450 tkr",
                "-",
                "ovrigt",
                note="A hyphen-minus heading. The part in whole kronor is not the amount. Snow, unfunded streets and "
                "a damaged bridge are ovrigt.",
            ),
        ),
        HP(
            "Kultur och fritid -700 tkr",
            "Sim- och idrottshallen har högre energikostnader än budgeterat, och intäkterna från badet blir lägre "
            "eftersom bassängen stängs i sex veckor i höst för renovering.",
            C("Kultur och fritid", "-700 tkr", "-", "prisokningar", "avgifter_intakter", "ovrigt"),
        ),
        HP(
            "Måltidsverksamhet -450 tkr",
            "Avvikelsen kan härledas till högre livsmedelspriser. Fler portioner serveras också i förskolorna än "
            "vad som låg till grund för budgeten.",
            C("Måltidsverksamhet", "-450 tkr", "-", "prisokningar", "volymer"),
        ),
        HP(
            "Kommunledningskontoret +500 tkr",
            "Tjänsten som säkerhetssamordnare har varit vakant sedan december och tillsätts först i maj.",
            C("Kommunledningskontoret", "+500 tkr", "+", "vakanser", note="The amount only in the heading."),
        ),
        HP(
            "Politisk verksamhet +150 tkr",
            "Avser lägre kostnader för arvoden.",
            C("Politisk verksamhet", "+150 tkr", "+", "ovrigt", note="Members' fees are ovrigt."),
        ),
        P(
            "Prognosen för samhällsbyggnad är osäker eftersom en stor del av vintersäsongen återstår i november och "
            "december.",
            O("Samhällsbyggnad", note="A risk in a paragraph of its own: other."),
        ),
        H("Investeringar", 2),
        P(
            "Av kommunstyrelsens investeringsbudget på 27,4 mnkr bedöms 19,9 mnkr förbrukas under året. Resterande "
            "7,5 mnkr avser ombyggnaden av Kulturhusets entré, som flyttas till 2027.",
            C(
                "Investeringar",
                "7,5 mnkr",
                "+",
                "periodisering",
                note="'Resterande 7,5 mnkr' is the deviation.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen föreslår att de planerade underhållsinsatserna i Kulturhuset skjuts till hösten, vilket "
            "minskar årets kostnader med 300 000 kronor.",
            A("Kultur och fritid", "300 000 kronor"),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Beslutet medför inga ekonomiska konsekvenser. Kommunstyrelsen har en buffert på 1,0 mnkr som ännu inte är "
            "fördelad och som kan täcka en del av underskottet.",
            O(
                None,
                "reserver",
                note="An undistributed buffer that may cover the deficit: a reserve statement.",
            ),
        ),
    ]
    return ReportSpec(
        file="nykvarn-ks-tjansteskrivelse-ekonomisk-uppfoljning-2026-02.pdf",
        report={
            "municipality": "Nykvarn",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-02"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning februari 2026 kommunstyrelsen",
            "author": "Nykvarns kommun",
        },
        style=style,
        blocks=blocks,
    )
