"""Sollefteå kommun, Tekniska nämnden, månadsrapport mars 2026.

A technical committee's month report in Liberation Sans (Arial), footer with the nämnd's meeting date in
April: the full year's deficit and, in the next sentence, the period "2,9 mkr högre än budgeten för perioden"
(a net cost, negative) with its weather reason (two causes), the change since February with its cause; no
table, only headings that carry the verksamhet and amount after a colon with a hyphen-minus ("Vinterväghållning:
-2,4 mkr", "Kost och städ: +0,5 mkr"), a part in a heading's paragraph ("ett intäktsbortfall på 0,6 mkr" of
"-1,5 mkr"), "bedöms hålla budget" (boilerplate); the fee-financed water and sewage "ett överskott mot budget på
0,8 mkr"; investments "7,5 mkr mindre än budget" after two levels and a project that "beräknas överskrida
budgeten med 1,2 mkr"; an action with its effect and a risk. 9 scored causes.

The place is real; every figure, event and project name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("Sollefteå kommun", "Månadsrapport mars 2026"),
        footer=lambda n, m: ("Tekniska nämnden 2026-04-21", "TN 2026/37", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    blocks = [
        Title("Månadsrapport mars 2026", size=19, font="arial-bold", after=2),
        Title("Tekniska nämnden", size=12, font="arial", after=14),
        H("Sammanfattning", 2),
        P(
            "Tekniska nämndens prognos för helåret är ett underskott på 3,1 mkr.",
            C(None, "3,1 mkr", "-", note="The full year in a sentence of its own."),
        ),
        P(
            "Till och med mars är nettokostnaden 2,9 mkr högre än budgeten för perioden, nästan helt på grund av "
            "den kalla och snörika vintern.",
            C(
                None,
                "2,9 mkr",
                "-",
                "ovrigt",
                note="A net cost above the period budget: negative. Weather is ovrigt.",
            ),
        ),
        P(
            "Prognosen är 1,8 mkr sämre än i februari, eftersom snöröjningen i mars blev mer omfattande än väntat.",
            F(None, "1,8 mkr", "-", "ovrigt"),
        ),
        H("Verksamheterna", 2),
        HP(
            "Vinterväghållning: -2,4 mkr",
            "Antalet plogtillfällen har hittills i år varit nästan dubbelt så många som ett normalår, och "
            "entreprenörernas timpriser har räknats upp med index.",
            C("Vinterväghållning", "-2,4 mkr", "-", "ovrigt", "prisokningar"),
        ),
        HP(
            "Fastighetsförvaltning: -1,5 mkr",
            "Fjärrvärmekostnaderna blir högre än budgeterat efter den kalla vintern. Dessutom står två av lokalerna "
            "i den tidigare skolan i Ramsele tomma sedan hyresgästen flyttade ut vid årsskiftet, vilket ger ett "
            "intäktsbortfall på 0,6 mkr.",
            C(
                "Fastighetsförvaltning",
                "-1,5 mkr",
                "-",
                "prisokningar",
                "lokaler",
                note="The heading's amount; the 0,6 mkr of lost rent is a part. Heating costs: prisokningar.",
            ),
        ),
        HP(
            "Kost och städ: +0,5 mkr",
            "Livsmedelspriserna har hittills ökat mindre än vad som antogs i budgeten.",
            C("Kost och städ", "+0,5 mkr", "+", "prisokningar"),
        ),
        HP(
            "Gator, parker och hamnar: +0,3 mkr",
            "Verksamheten har en vakant tjänst som arbetsledare sedan januari.",
            C("Gator, parker och hamnar", "+0,3 mkr", "+", "vakanser"),
        ),
        P(
            "Övriga verksamheter, bland annat färdtjänst och kommunens fordonspool, bedöms hålla budget.",
            BP("Övriga verksamheter"),
        ),
        H("Vatten och avlopp", 2),
        P(
            "Den avgiftsfinansierade VA-verksamheten beräknas redovisa ett överskott mot budget på 0,8 mkr, tack "
            "vare högre anslutningsavgifter än beräknat.",
            C("Vatten och avlopp", "0,8 mkr", "+", "avgifter_intakter"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget för 2026 är 38,5 mkr. Enligt prognosen används 31,0 mkr, vilket är 7,5 mkr "
            "mindre än budget.",
            C("Investeringar", "7,5 mkr", "+", note="Investment under-spending after two levels, no reason."),
        ),
        P(
            "Projektet Ny huvudvattenledning i Långsele beräknas överskrida budgeten med 1,2 mkr på grund av svårare "
            "markförhållanden än väntat.",
            C("Ny huvudvattenledning i Långsele", "1,2 mkr", "-", "ovrigt", note="An investment overrun."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har beslutat att skjuta upp planerat underhåll av gatubelysningen till 2027, vilket "
            "minskar årets kostnader med 0,4 mkr.",
            A("Gator, parker och hamnar", "0,4 mkr"),
        ),
        H("Risker", 2),
        P(
            "Om vintern fortsätter in i april kan underskottet för vinterväghållningen öka ytterligare.",
            O("Vinterväghållning", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="solleftea-tn-manadsrapport-2026-03.pdf",
        report={
            "municipality": "Sollefteå",
            "committee": ["Tekniska nämnden"],
            "period": ["2026-03"],
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2026 Tekniska nämnden", "author": "Sollefteå kommun"},
        style=style,
        blocks=blocks,
    )
