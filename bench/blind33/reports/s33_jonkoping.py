"""Jönköpings kommun, Socialnämnden, delårsrapport januari–augusti 2025.

A social committee's interim report in mnkr and tkr, set in Liberation Serif, footer with the nämnd's meeting
date and paragraph number in September: the period's "underskott på 11,8 mnkr jämfört med periodiserad
budget" and the full year's "underskott på 19,5 mnkr" in two sentences (two items; the full year's sentence
names the areas), the change since the tertial report with its cause; a verksamhet table in tkr with
hyphen-minus deficits; bold run-in verksamheter ending in a full stop: "prognostiserar ett underskott på 13,4
mnkr" with a part ("hittills 3,1 mnkr") inside the paragraph, "vilket ger en negativ avvikelse på 2,1 mnkr", a
reason-only surplus (the row's "1 100"), "överstiger budget med drygt sex miljoner kronor" in words, and two
verksamheter under one lead as a "respektive" pair; labelled bullets of actions (one with its effect), a risk
(other) and an investment budget that "följer plan" (boilerplate). Liberation Serif 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 80.0, 72.0, 76.0),
        header=lambda n, m: ("JÖNKÖPINGS KOMMUN", "Socialförvaltningen"),
        footer=lambda n, m: ("Socialnämnden 2025-09-24, § 112", "", f"{n} ({m})"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Nämnd och förvaltningsledning", "38 200", "36 900", "1 300"),
            ("Barn och unga", "312 600", "326 000", "-13 400"),
            ("Vuxna med missbruk", "96 800", "98 900", "-2 100"),
            ("Socialpsykiatri", "74 300", "73 200", "1 100"),
            ("Ekonomiskt bistånd", "188 500", "195 200", "-6 700"),
            ("Familjerätt och familjestöd", "21 900", "21 600", "300"),
            ("Summa", "732 300", "751 800", "-19 500"),
        ),
        widths=(175.0, 82.0, 82.0, 82.0),
        bold_rows=frozenset({6}),
        rules=True,
        grid=True,
        size=9.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="times-bold", after=3),
        Title("Socialnämnden", size=14, font="times", after=14),
        H("Ekonomiskt utfall och prognos", 1),
        PS(
            (
                "Socialnämndens ackumulerade utfall efter augusti visar ett underskott på 11,8 mnkr jämfört med "
                "periodiserad budget.",
                C(None, "11,8 mnkr", "-", note="The period's deviation in a sentence of its own."),
            ),
            (
                "För helåret prognostiseras ett underskott på 19,5 mnkr, motsvarande 1,9 procent av nämndens "
                "budgetram. Underskottet finns framför allt inom barn och unga samt inom ekonomiskt bistånd.",
                C(
                    None,
                    "19,5 mnkr",
                    "-",
                    note="The full year; the percentage is not the amount; areas named without reasons: no tags.",
                ),
            ),
        ),
        P(
            "Prognosen är 4,2 mnkr sämre än i tertialrapporten per april, vilket i huvudsak beror på två nya "
            "placeringar enligt LVU under sommaren.",
            F(None, "4,2 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Barn och unga.",
            "Verksamheten prognostiserar ett underskott på 13,4 mnkr. Antalet barn placerade i HVB och familjehem "
            "har varit högre än budgeterat under hela året, och två ungdomar har placerats på SiS-institution sedan "
            "juni. Kostnaden för de två SiS-placeringarna uppgår hittills till 3,1 mnkr.",
            C(
                "Barn och unga",
                "13,4 mnkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                note="The cost so far of two placements is a part, not the amount.",
            ),
        ),
        LP(
            "Vuxna med missbruk.",
            "Köpta platser på behandlingshem har ökat, vilket ger en negativ avvikelse på 2,1 mnkr.",
            C("Vuxna med missbruk", "2,1 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        LP(
            "Socialpsykiatri.",
            "Ett av boendena har haft vakanta tjänster under våren och redovisar därför lägre personalkostnader än "
            "budgeterat.",
            C(
                "Socialpsykiatri",
                "1 100",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="A reason only: the table row's cell.",
            ),
        ),
        LP(
            "Ekonomiskt bistånd.",
            "Kostnaderna för försörjningsstöd överstiger budget med drygt sex miljoner kronor. Fler hushåll är "
            "långvarigt beroende av bistånd, främst hushåll som lämnat etableringsprogrammet.",
            C(
                "Ekonomiskt bistånd",
                "drygt sex miljoner kronor",
                "-",
                "ekonomiskt_bistand",
                "volymer",
                value=6_000_000,
                note="An amount in words is the stated figure (the table row says -6 700).",
            ),
        ),
        LP(
            "Nämnd och förvaltningsledning samt familjerätt och familjestöd.",
            "De två verksamheterna visar överskott på 1,3 respektive 0,3 mnkr, främst genom lägre kostnader för "
            "konsulter än budgeterat.",
            C(
                "Nämnd och förvaltningsledning",
                "1,3",
                "+",
                "inhyrd_personal",
                unit="mnkr",
                note="Two verksamheter under one lead, a 'respektive' pair: two items.",
                also=(C("Familjerätt och familjestöd", "0,3 mnkr", "+", "inhyrd_personal"),),
            ),
        ),
        H("Åtgärder för en budget i balans", 2),
        Bullets(
            items=(
                "Placeringsgruppen går igenom samtliga pågående HVB-placeringar för att pröva hemflytt eller "
                "familjehem.",
                "Rekryteringen av egna familjehem förstärks, med en beräknad effekt på 1,5 mnkr under hösten.",
                "Arbetet med arbetslinjen inom ekonomiskt bistånd förstärks med två arbetsmarknadskonsulenter.",
            ),
            labels=(
                A("Barn och unga", None, "kopt_verksamhet"),
                A("Barn och unga", "1,5 mnkr", "kopt_verksamhet"),
                A("Ekonomiskt bistånd", None, "ekonomiskt_bistand"),
            ),
        ),
        H("Osäkerheter i prognosen", 2),
        P(
            "Prognosen är osäker när det gäller placeringar, där en enda ny placering på SiS-institution kan kosta "
            "över 1 mnkr för resten av året.",
            O("Barn och unga", "kopt_verksamhet", note="A risk: other."),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 2,4 mnkr för inventarier och larm följer plan.",
            BP("Investeringar"),
        ),
    ]
    return ReportSpec(
        file="jonkoping-sn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Jönköping",
            "committee": ["Socialnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025 Socialnämnden", "author": "Jönköpings kommun"},
        style=style,
        blocks=blocks,
    )
