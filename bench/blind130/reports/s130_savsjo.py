"""Sävsjö kommun, Vård- och omsorgsnämnden, tertialrapport 1 2026 (januari–april).

A small kommun's elderly-care tertial report in DejaVu Sans Condensed, footer with the nämnd's meeting date
in May: the full year "ett underskott på 5,2 miljoner kronor" and the period "1,3 mnkr sämre än budget för
januari–april" in one paragraph (two sentences, two items), the change since February "främst inom
hemtjänsten" (no cause: no tag); a table pasted as an image (every amount in the prose); bold run-in
verksamheter whose lead carries the amount in brackets ("Hemtjänst (–3 100 tkr):"), with a level of 11
procent inside, a reason-only LSS paragraph whose amount lives only in the image (amount null), a grant
"1,4 miljoner kronor mer i statsbidrag … än budgeterat", "följer budget" (boilerplate); an action with its
effect, sick leave against last year (other) and an investment frame that "beräknas förbrukas fullt ut"
(boilerplate). 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


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
        header=lambda n, m: ("Sävsjö kommun", "Vård- och omsorgsnämnden"),
        footer=lambda n, m: ("Tertialrapport 1 2026", "Behandlad i nämnden 2026-05-20", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    image = Table(
        caption="Prognos per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Hemtjänst", "58 300", "61 400", "–3 100"),
            ("Särskilt boende", "96 700", "99 100", "–2 400"),
            ("Korttidsvård", "9 800", "10 500", "–700"),
            ("Hälso- och sjukvård", "31 200", "30 600", "600"),
            ("LSS och socialpsykiatri", "47 900", "48 900", "–1 000"),
            ("Myndighet och administration", "12 600", "12 600", "0"),
            ("Gemensamt inkl. statsbidrag", "4 100", "2 700", "1 400"),
            ("Summa", "260 600", "265 800", "–5 200"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="cond-bold", after=2),
        Title("Vård- och omsorgsnämnden, Sävsjö kommun", size=12.5, font="cond", after=12),
        H("Ekonomisk översikt", 2),
        PS(
            (
                "Vård- och omsorgsnämnden prognostiserar ett underskott på 5,2 miljoner kronor för helåret.",
                C(None, "5,2 miljoner kronor", "-"),
            ),
            (
                "Redan för perioden januari–april är resultatet 1,3 mnkr sämre än budget.",
                C(None, "1,3 mnkr", "-", note="The period in a sentence of its own: a cause."),
            ),
        ),
        P(
            "Prognosen har försämrats med 1,9 mnkr sedan februari, främst inom hemtjänsten.",
            F(None, "1,9 mnkr", "-", note="Where, not why: no tag."),
        ),
        image,
        H("Kommentarer per verksamhet", 2),
        LP(
            "Hemtjänst (–3 100 tkr):",
            "Antalet beviljade hemtjänsttimmar ligger 11 procent över den budgeterade nivån, och nattpatrullen har "
            "förstärkts med ytterligare en bil och två medarbetare.",
            C(
                "Hemtjänst",
                "–3 100 tkr",
                "-",
                "volymer",
                "bemanning",
                note="The run-in lead carries the amount in brackets. The percentage is not the amount.",
            ),
        ),
        LP(
            "Särskilt boende (–2 400 tkr):",
            "Hög sjukfrånvaro under vintern har krävt timvikarier och övertid på Björkgården och Solhaga.",
            C("Särskilt boende", "–2 400 tkr", "-", "sjukfranvaro", "vikarier", "overtid"),
        ),
        LP(
            "Korttidsvård (–700 tkr):",
            "Utskrivningsklara patienter har inte kunnat tas emot i egen regi under februari och mars, och platser "
            "har därför köpts av en grannkommun.",
            C("Korttidsvård", "–700 tkr", "-", "kopt_verksamhet"),
        ),
        LP(
            "Hälso- och sjukvård (+600 tkr):",
            "Två sjukskötersketjänster har varit vakanta sedan februari.",
            C("Hälso- och sjukvård", "+600 tkr", "+", "vakanser"),
        ),
        LP(
            "LSS och socialpsykiatri:",
            "En ny brukare med omfattande behov av personlig assistans har tillkommit, och ersättningen från "
            "Försäkringskassan täcker bara en del av kostnaden.",
            C(
                "LSS och socialpsykiatri",
                None,
                "-",
                "volymer",
                "ersattning_fk",
                note="A reason-only deficit whose amount lives only in the pasted image: amount null.",
            ),
        ),
        LP(
            "Myndighet och administration:",
            "Verksamheten följer budget.",
            BP("Myndighet och administration"),
        ),
        P(
            "Nämnden har fått 1,4 miljoner kronor mer i statsbidrag för Äldreomsorgslyftet än budgeterat, vilket "
            "minskar underskottet.",
            C("Statsbidrag", "1,4 miljoner kronor", "+", "statsbidrag", note="Grant revenue above budget."),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om en handlingsplan för hemtjänsten med ny ruttplanering och samordnade "
            "insatser, som väntas minska kostnaderna med 0,8 miljoner kronor under resten av året.",
            A("Hemtjänst", "0,8 miljoner kronor", "bemanning"),
        ),
        H("Personal", 2),
        P(
            "Sjukfrånvaron i förvaltningen var 9,8 procent under perioden, att jämföra med 8,6 procent under samma "
            "period 2025.",
            O(None, "sjukfranvaro", note="Sick leave against the previous year."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten på 2,5 mnkr för inventarier och trygghetslarm beräknas förbrukas fullt ut.",
            BP("Investeringar", note="The whole frame used: boilerplate."),
        ),
    ]
    return ReportSpec(
        file="savsjo-von-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Sävsjö",
            "committee": ["Vård- och omsorgsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Vård- och omsorgsnämnden", "author": "Sävsjö kommun"},
        style=style,
        blocks=blocks,
    )
