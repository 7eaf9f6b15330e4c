"""Vellinge kommun, Kommunstyrelsen, ekonomisk lägesrapport mars 2026 (kommunledningsförvaltningen).

A kommunstyrelse's own short status report in DejaVu Sans Condensed 10 pt, footer with the arbetsutskott's
meeting date in April: the whole "bedöms sammantaget överskrida budget med 1,9 mnkr", followed in the same
sentence by a percentage and the net budget (levels); a department table pasted as an image, so the amounts
live only in the prose; headings that carry the department and the amount after a colon ("IT-avdelningen:
−2 400 tkr"), with a licence price rise in percent, "kan härledas till", one heading "±0 tkr" that "bedöms
klara sin budget" (boilerplate), and one department under a plain heading with reasons only (the table is an
image: amount null); "Inga förändringar … sedan februari" (a boilerplate forecast change); an action with
its effect; investments where "3,5 mnkr blir kvar vid årets slut" after the frame (a level). 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BF, BP, HP, A, C

HEAD = "The heading carries the department and the amount after a colon."


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
        margins=(66.0, 78.0, 66.0, 74.0),
        header=lambda n, m: ("Vellinge kommun", "Ekonomisk lägesrapport mars 2026"),
        footer=lambda n, m: ("Kommunstyrelsens arbetsutskott 2026-04-14", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per avdelning 2026, tkr",
        header=(("Avdelning", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Kommunledning och kansli", "28 400", "27 250", "1 150"),
            ("IT-avdelningen", "31 600", "34 000", "−2 400"),
            ("HR-avdelningen", "14 900", "14 900", "0"),
            ("Ekonomiavdelningen", "12 700", "12 350", "350"),
            ("Kommunikationsavdelningen", "8 200", "8 600", "−400"),
            ("Räddningstjänst", "24 400", "24 900", "−500"),
            ("Näringsliv och tillväxt", "26 000", "26 100", "−100"),
            ("Summa", "146 200", "148 100", "−1 900"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Ekonomisk lägesrapport mars 2026", size=19, font="cond-bold", after=2),
        Title("Kommunstyrelsen – kommunledningsförvaltningen", size=12, font="cond", after=12),
        H("Sammanfattande bedömning", 2),
        P(
            "Kommunstyrelsens verksamheter bedöms sammantaget överskrida budget med 1,9 mnkr för helåret, vilket "
            "motsvarar 1,3 procent av nettobudgeten på 146,2 mnkr.",
            C(None, "1,9 mnkr", "-", note="The percentage and the net budget are not the amount."),
        ),
        P(
            "Prognosen bygger på utfallet till och med mars och på avdelningarnas bedömningar. Tabellen nedan visar "
            "prognosen per avdelning."
        ),
        table,
        H("Kommentarer per avdelning", 2),
        HP(
            "IT-avdelningen: −2 400 tkr",
            "Licenskostnaderna för kontorsprogramvaran höjdes med drygt 20 procent vid årsskiftet, och migreringen till "
            "det nya ärendehanteringssystemet har krävt konsulter i större omfattning än planerat.",
            C(
                "IT-avdelningen",
                "−2 400 tkr",
                "-",
                "it_digitalisering",
                "prisokningar",
                "inhyrd_personal",
                note=HEAD + " The licence increase in percent is not the amount.",
            ),
        ),
        HP(
            "Kommunledning och kansli: +1 150 tkr",
            "Två handläggartjänster har varit vakanta sedan januari och rekryteringarna blir klara först i maj. "
            "Dessutom blir arvodena till de förtroendevalda lägre än budgeterat, eftersom färre sammanträden planeras "
            "under valåret.",
            C(
                "Kommunledning och kansli",
                "+1 150 tkr",
                "+",
                "vakanser",
                "ovrigt",
                note=HEAD + " Fees to elected members are ovrigt.",
            ),
        ),
        HP(
            "Kommunikationsavdelningen: −400 tkr",
            "Avvikelsen kan härledas till tryck och distribution av valinformation till hushållen, som inte fanns med "
            "i budgeten.",
            C("Kommunikationsavdelningen", "−400 tkr", "-", "ovrigt", note=HEAD),
        ),
        HP(
            "Räddningstjänst: −500 tkr",
            "Medlemsavgiften till räddningstjänstförbundet har räknats upp mer än vad som antogs när budgeten "
            "lades.",
            C(
                "Räddningstjänst",
                "−500 tkr",
                "-",
                "prisokningar",
                note=HEAD + " A higher member fee: prisokningar.",
            ),
        ),
        HP(
            "Näringsliv och tillväxt: −100 tkr",
            "Deltagandet i en fastighetsmässa i Köpenhamn i februari har tillkommit under året.",
            C("Näringsliv och tillväxt", "−100 tkr", "-", "ovrigt", note=HEAD),
        ),
        H("Ekonomiavdelningen", 3),
        P(
            "Lägre kostnader för konsultstöd vid bokslutet och en tjänst som tillsätts först efter sommaren.",
            C(
                "Ekonomiavdelningen",
                None,
                "+",
                "inhyrd_personal",
                "vakanser",
                note="Reasons only, a verbless sentence, and the table is an image: amount null.",
            ),
        ),
        HP(
            "HR-avdelningen: ±0 tkr",
            "Avdelningen bedöms klara sin budget.",
            BP("HR-avdelningen"),
        ),
        H("Förändring sedan föregående rapport", 2),
        P("Inga förändringar har skett i prognosen sedan februari.", BF(None)),
        H("Åtgärder", 2),
        P(
            "IT-avdelningen ser över antalet licenser och avslutar konton som inte används, vilket bedöms minska "
            "kostnaderna med 0,6 mnkr under året.",
            A("IT-avdelningen", "0,6 mnkr", "it_digitalisering"),
        ),
        H("Investeringar", 2),
        P(
            "Kommunstyrelsens investeringsram för 2026 är 12,0 mnkr. Prognosen pekar på att 3,5 mnkr blir kvar vid "
            "årets slut, eftersom upphandlingen av ett nytt växelsystem har överprövats.",
            C(
                "Investeringar",
                "3,5 mnkr",
                "+",
                "periodisering",
                "it_digitalisering",
                note="Investment under-spending: 'blir kvar'. The frame is a level.",
            ),
        ),
    ]
    return ReportSpec(
        file="vellinge-ks-ekonomisk-lagesrapport-2026-03.pdf",
        report={
            "municipality": "Vellinge",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-03"],
            "report_type": "ekonomisk lägesrapport",
        },
        metadata={"title": "Ekonomisk lägesrapport mars 2026 Kommunstyrelsen", "author": "Vellinge kommun"},
        style=style,
        blocks=blocks,
    )
