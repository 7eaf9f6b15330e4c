"""Täby kommun, Socialnämnden, tjänsteskrivelse om ekonomisk uppföljning per maj 2026.

A social committee's cover letter dated in June for the period to May, prose only in "miljoner kronor",
tkr and kronor: the decision proposal (unlabelled), the full year "ett underskott på 7,4 miljoner kronor …
1,9 procent av nämndens budget på 388 miljoner kronor" (neither the percentage nor the budget is the amount),
the change since March; two kostnadsslag in one sentence ("5,2 miljoner kronor över budget, medan
personalkostnaderna ligger 0,8 miljoner kronor under budget", two items); bold run-in areas ending in a full
stop with the amount in varied shapes: "väntas överstiga budget med 6,1 miljoner kronor" followed by the
number of placed young people, "ger … ett överskott om 1,3 miljoner kronor", "prognosen är 2 900 tkr över
budget", vacancies and a consultant that "sammantaget ger en kostnad 300 000 kronor under budget", and
"bedöms hålla sin budget" (boilerplate); two actions as labelled bullets and a risk (other). Liberation Sans
10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Space, Style, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.4,
        para_gap=7.5,
        heading_sizes=(15.0, 12.0, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("Täby kommun", "Socialförvaltningen 2026-06-09"),
        footer=lambda n, m: ("Tjänsteskrivelse", "Dnr SN 2026/211-04", f"{n} ({m})"),
        header_size=8.0,
    )
    blocks = [
        Title("Tjänsteskrivelse", size=17, font="arial-bold", after=2),
        Title("Ekonomisk uppföljning per maj 2026, socialnämnden", size=12, font="arial", after=14),
        H("Förslag till beslut", 3),
        P(
            "Socialnämnden godkänner den ekonomiska uppföljningen per maj 2026 och överlämnar den till kommunstyrelsen."
        ),
        H("Sammanfattning", 3),
        PS(
            (
                "Socialnämnden prognostiserar ett underskott på 7,4 miljoner kronor för helåret, vilket motsvarar "
                "1,9 procent av nämndens budget på 388 miljoner kronor.",
                C(
                    None,
                    "7,4 miljoner kronor",
                    "-",
                    note="Neither the percentage nor the budget is the amount.",
                ),
            ),
            (
                "Prognosen har därmed försämrats med 2,4 miljoner kronor sedan uppföljningen per mars.",
                F(None, "2,4 miljoner kronor", "-"),
            ),
        ),
        P(
            "Sett till kostnadsslag är det köp av verksamhet som avviker mest, 5,2 miljoner kronor över budget, "
            "medan personalkostnaderna ligger 0,8 miljoner kronor under budget.",
            C(
                "Köp av verksamhet",
                "5,2 miljoner kronor",
                "-",
                note="Two kostnadsslag in one sentence: two items; naming the account group gives no tag.",
                also=(C("Personalkostnader", "0,8 miljoner kronor", "+"),),
            ),
        ),
        H("Ärendet", 3),
        LP(
            "Barn och unga.",
            "Kostnaderna för placeringar på HVB och i konsulentstödda familjehem väntas överstiga budget med 6,1 "
            "miljoner kronor. Antalet placerade ungdomar har ökat från elva till sexton sedan årsskiftet.",
            C("Barn och unga", "6,1 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Vuxna.",
            "Inom vuxenenheten ger färre köpta behandlingsplatser för missbruk ett överskott om 1,3 miljoner "
            "kronor.",
            C("Vuxna", "1,3 miljoner kronor", "+", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Ekonomiskt bistånd.",
            "Kostnaderna för försörjningsstöd har ökat när fler hushåll har fått avslag på sin ansökan om "
            "a-kassa, och prognosen är 2 900 tkr över budget.",
            C("Ekonomiskt bistånd", "2 900 tkr", "-", "ekonomiskt_bistand", "volymer"),
        ),
        LP(
            "Myndighet och administration.",
            "Enheten har haft vakanta tjänster som socialsekreterare under våren, men en konsult har hyrts in för "
            "att klara utredningarna i tid, vilket sammantaget ger en kostnad 300 000 kronor under budget.",
            C(
                "Myndighet och administration",
                "300 000 kronor",
                "+",
                "vakanser",
                "inhyrd_personal",
                note="An amount in whole kronor.",
            ),
        ),
        LP("Familjerätt och stöd.", "Familjerätten bedöms hålla sin budget.", BP("Familjerätt och stöd")),
        H("Åtgärder", 3),
        Bullets(
            (
                "Översyn av samtliga pågående placeringar med sikte på hemflytt eller övergång till öppenvård, "
                "beräknad effekt 1,5 miljoner kronor under hösten.",
                "Fortsatt rekrytering av socialsekreterare så att konsultinsatsen kan avslutas efter sommaren.",
            ),
            labels=(
                A("Barn och unga", "1,5 miljoner kronor", "kopt_verksamhet"),
                A("Myndighet och administration", None, "inhyrd_personal", "vakanser"),
            ),
        ),
        H("Risker", 3),
        P(
            "Prognosen är osäker eftersom en enstaka ny placering av en ungdom kan kosta mer än 2 miljoner kronor "
            "per år.",
            O("Barn och unga", "kopt_verksamhet", note="A risk: other."),
        ),
        H("Investeringar", 3),
        P("Nämnden har ingen investeringsbudget för 2026."),
        Space(10.0),
        P("Socialförvaltningen", size=9.5),
    ]
    return ReportSpec(
        file="taby-sn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Täby",
            "committee": ["Socialnämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026", "author": "Täby kommun"},
        style=style,
        blocks=blocks,
    )
