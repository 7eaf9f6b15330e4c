"""Västerviks kommun, Kommunstyrelsen, tjänsteskrivelse ekonomisk uppföljning per februari 2026 (KS's own
verksamhet).

A tjänsteskrivelse dated in March for the period to February, header with the letter date and diarienummer:
the decision proposal (unlabelled), the full year "ett underskott på 2,1 mnkr" with a percentage of the frame
beside it and the period "0,6 mnkr högre än periodiserad budget" (negative) in two sentences; headings that
carry the avdelning and amount with a hyphen-minus ("Räddningstjänsten -1 200 tkr") and "±0 tkr" over "gå
jämnt ut" (boilerplate); a risk sentence in a cause paragraph (its own other item); a part in whole kronor
inside a heading's paragraph ("310 000 kronor" of "-900 tkr"); "överskrider ramen med 600 000 kronor";
investments "Av investeringsbudgeten på 18,2 mnkr beräknas 14,0 mnkr" (4,2 never written out); an action
with its effect and a financing statement (other). DejaVu Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.45,
        para_gap=7.5,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: (
            "Västerviks kommun, Kommunledningsförvaltningen",
            "2026-03-11  Dnr KS 2026/0093",
        ),
        footer=lambda n, m: ("Tjänsteskrivelse", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    blocks = [
        Title("Tjänsteskrivelse", size=16, font="sans-bold", after=4),
        Title(
            "Ekonomisk uppföljning per februari 2026 – kommunstyrelsens egen verksamhet",
            size=12,
            font="sans-bold",
            after=12,
        ),
        H("Förslag till beslut", 3),
        P(
            "Kommunstyrelsen godkänner den ekonomiska uppföljningen per februari 2026 och lägger den till handlingarna."
        ),
        H("Sammanfattning", 3),
        PS(
            (
                "Kommunstyrelsens egen verksamhet prognostiserar ett underskott på 2,1 mnkr för 2026, vilket "
                "motsvarar 0,9 procent av ramen.",
                C(None, "2,1 mnkr", "-", note="A percentage of the frame beside the amount."),
            ),
            (
                "För perioden januari–februari är utfallet 0,6 mnkr högre än periodiserad budget.",
                C(None, "0,6 mnkr", "-", note="A net cost above the periodised budget: negative."),
            ),
        ),
        H("Ärendet", 3),
        P(
            "Uppföljningen omfattar kommunstyrelsens egna avdelningar. Prognosen bygger på utfallet till och med "
            "februari och är årets första helårsprognos."
        ),
        Para(
            (
                (
                    "Intäkterna från automatiska brandlarm blir lägre än budgeterat, och ersättningen till "
                    "räddningstjänstpersonal i beredskap har räknats upp enligt det nya avtalet.",
                    C(
                        "Räddningstjänsten",
                        "-1 200 tkr",
                        "-",
                        "avgifter_intakter",
                        "lonekostnader",
                        note="Hyphen-minus in the heading that carries the amount.",
                    ),
                ),
                (
                    "Om sommaren blir torr kan kostnaderna för insatser öka ytterligare.",
                    O("Räddningstjänsten", note="A risk sentence in a cause paragraph: its own item."),
                ),
            ),
            head="Räddningstjänsten -1 200 tkr",
            head_level=3,
        ),
        HP(
            "IT-avdelningen -900 tkr",
            "Licenskostnaderna för kontorsprogrammen har ökat med drygt 20 procent efter leverantörens "
            "prishöjning. Av underskottet avser 310 000 kronor licenser som fakturerats i förskott för 2027.",
            C(
                "IT-avdelningen",
                "-900 tkr",
                "-",
                "it_digitalisering",
                "prisokningar",
                "periodisering",
                note="The part in whole kronor is not the amount.",
            ),
        ),
        HP(
            "Näringsliv och turism +350 tkr",
            "Turistbyråns lokaler byggs om under våren och hyran har sänkts under tiden.",
            C("Näringsliv och turism", "+350 tkr", "+", "lokaler"),
        ),
        HP(
            "Personalavdelningen -600 tkr",
            "Kostnaden för företagshälsovård överskrider ramen med 600 000 kronor, eftersom fler chefer har begärt "
            "stöd i rehabiliteringsärenden vid långa sjukskrivningar.",
            C("Personalavdelningen", "600 000 kronor", "-", "sjukfranvaro"),
        ),
        HP(
            "Kommunledning och kansli ±0 tkr",
            "Verksamheten bedöms gå jämnt ut.",
            BP("Kommunledning och kansli"),
        ),
        HP(
            "Ekonomiavdelningen +250 tkr",
            "En ekonom är föräldraledig under våren och tjänsten ersätts inte fullt ut.",
            C(
                "Ekonomiavdelningen",
                "+250 tkr",
                "+",
                "vakanser",
                note="A leave not replaced is vakanser.",
            ),
        ),
        H("Investeringar", 3),
        P(
            "Av investeringsbudgeten på 18,2 mnkr beräknas 14,0 mnkr användas under året, eftersom utbytet av "
            "räddningstjänstens höjdfordon skjuts till 2027.",
            C(
                "Investeringar",
                "Av investeringsbudgeten på 18,2 mnkr beräknas 14,0 mnkr",
                "+",
                "periodisering",
                "material_hjalpmedel",
                value=4.2e6,
                note="An under-spend never written out (18,2 − 14,0): the computed value.",
            ),
        ),
        H("Åtgärder", 3),
        P(
            "IT-avdelningen ser över möjligheten att säga upp licenser som inte används, med en möjlig besparing "
            "på 200 tkr för året.",
            A("IT-avdelningen", "200 tkr", "it_digitalisering"),
        ),
        H("Ekonomiska konsekvenser", 3),
        P(
            "Underskottet ska enligt kommunens riktlinjer för ekonomistyrning hanteras inom kommunstyrelsens ram "
            "under året.",
            O(None, note="A financing statement: other."),
        ),
        P("Ekonomichef, kommunledningsförvaltningen", size=9.0),
    ]
    return ReportSpec(
        file="vastervik-ks-tjansteskrivelse-ekonomisk-uppfoljning-2026-02.pdf",
        report={
            "municipality": "Västervik",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-02"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Tjänsteskrivelse ekonomisk uppföljning per februari 2026 Kommunstyrelsen",
            "author": "Västerviks kommun",
        },
        style=style,
        blocks=blocks,
    )
