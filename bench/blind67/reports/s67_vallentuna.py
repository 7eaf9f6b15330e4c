"""Vallentuna kommun, Socialnämnden, tjänsteskrivelse: ekonomisk uppföljning per februari 2026.

A short cover letter (tjänsteskrivelse) dated in March for the period to February, in DejaVu Sans Condensed:
the decision proposal (unlabelled), the full year's "underskott på 6 500 tkr" and the period's "1 100 tkr högre
än den periodiserade budgeten" (negative) in two sentences; three areas in one sentence with en-dash minus
amounts as a "respektive" triple ("−3 200 tkr, −2 100 tkr respektive −1 900 tkr") and their shared cause in the
next sentence of the same item; a surplus from a new schedule; a risk with a per-year cost of one placement that
is not a deviation (other); the change since the oral January forecast with its cause (no amount); bullets of
actions (one with its saving); and the "Ekonomiska konsekvenser" of the decision (unlabelled). 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(14.0, 11.0, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(72.0, 80.0, 72.0, 72.0),
        header=lambda n, m: ("VALLENTUNA KOMMUN", "Tjänsteskrivelse 2026-03-12"),
        footer=lambda n, m: ("Socialförvaltningen", "Dnr SN 2026/041", f"{n}({m})"),
        header_size=8.0,
        rule_under_header=True,
    )
    blocks = [
        Title(
            "Ekonomisk uppföljning per februari 2026 för socialnämnden", size=15, font="cond-bold", after=8
        ),
        H("Förslag till beslut", 2),
        P("Socialnämnden godkänner den ekonomiska uppföljningen per februari 2026."),
        H("Sammanfattning", 2),
        PS(
            (
                "Socialnämnden prognostiserar ett underskott på 6 500 tkr för helåret 2026.",
                C(None, "6 500 tkr", "-"),
            ),
            (
                "Efter två månader är utfallet 1 100 tkr högre än den periodiserade budgeten.",
                C(None, "1 100 tkr", "-", note="A net cost above the periodised budget: negative."),
            ),
        ),
        H("Ärendet", 2),
        P(
            "Underskottet finns inom tre områden, barn och unga, vuxna med missbruk och ekonomiskt bistånd, med "
            "−3 200 tkr, −2 100 tkr respektive −1 900 tkr. Gemensamt för dem är att behovet av placeringar och "
            "bistånd fortsätter att öka.",
            C(
                "Barn och unga",
                "−3 200 tkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="A 'respektive' triple with the shared cause in the next sentence: three items, same text.",
                also=(
                    C("Vuxna med missbruk", "−2 100 tkr", "-", "kopt_verksamhet", "volymer"),
                    C("Ekonomiskt bistånd", "−1 900 tkr", "-", "ekonomiskt_bistand", "volymer"),
                ),
            ),
        ),
        P(
            "Funktionsstöd visar ett överskott på 700 tkr eftersom två boenden med särskild service har fått "
            "lägre kostnader för nattbemanning efter en ny schemaläggning.",
            C("Funktionsstöd", "700 tkr", "+", "bemanning"),
        ),
        P(
            "Prognosen bygger på att nuvarande placeringar fortsätter året ut. En enda ny placering på HVB kan "
            "innebära kostnader på drygt 1 mnkr per år.",
            O("Barn och unga", note="A risk; the per-year cost is not a deviation."),
        ),
        P(
            "Den prognos som redovisades muntligt för nämnden i januari var ett underskott på 5 000 tkr. "
            "Försämringen beror på två nya placeringar av ungdomar under februari.",
            F(None, None, "-", "kopt_verksamhet", "volymer", note="The change is never written out: null."),
        ),
        H("Åtgärder", 2),
        Bullets(
            items=(
                "Alla nya externa placeringar prövas av förvaltningens placeringsgrupp innan beslut fattas.",
                "Två vuxna flyttas från konsulentstödda familjehem till egen öppenvård, med en beräknad besparing "
                "om 900 tkr för resten av året.",
            ),
            labels=(
                A("Barn och unga", None, "kopt_verksamhet"),
                A("Vuxna med missbruk", "900 tkr", "kopt_verksamhet"),
            ),
        ),
        H("Ekonomiska konsekvenser", 2),
        P("Beslutet medför i sig inga ekonomiska konsekvenser för nämnden."),
        Title("Socialchef, socialförvaltningen", size=9.5, font="cond", after=0),
    ]
    return ReportSpec(
        file="vallentuna-sn-tjansteskrivelse-ekonomisk-uppfoljning-2026-02.pdf",
        report={
            "municipality": "Vallentuna",
            "committee": ["Socialnämnden"],
            "period": ["2026-02"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per februari 2026", "author": "Vallentuna kommun"},
        style=style,
        blocks=blocks,
    )
