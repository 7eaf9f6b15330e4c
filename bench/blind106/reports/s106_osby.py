"""Osby kommun, Kommunstyrelsen, tjänsteskrivelse: ekonomisk uppföljning per mars 2026 (whole kommun).

A tjänsteskrivelse dated in April for the period to March, in mnkr with U+2212 minus signs in the table: the
decision proposal and background (not labelled); the period "3,2 mnkr bättre än det periodiserade
budgeterade resultatet", its timing reason in a sentence of its own (amount null) and the full year as "4,1
mnkr, att jämföra med budgeterade 11,5 mnkr, en negativ avvikelse på 7,4 mnkr" in three sentences (three
causes); one sentence splitting the year into the nämnder's "underskott mot sina ramar på 14,7 mnkr" and the
finance function's "överskott på 7,3 mnkr" after "medan" (two items, same text); a table with this month's
and February's deviation side by side; bullets under a generic heading ("Kommunledningsförvaltningens
kommentar") in varied shapes: a colon lead with last month's figure in brackets ("8,6 mnkr (−7,9 mnkr i
februari)"), a possessive with a "varav" part, "kostar mer än budgeterat, 1,3 mnkr", "håller sin budget"
(boilerplate) and the finance function again; the kommunstyrelse's verksamheter as bold run-in leads ending
in a full stop ("Teknisk verksamhet.") with "överskrida budget med 900 tkr", "ett överskott om 350 tkr",
"ger ett underskott på 0,5 mnkr" and "går 250 tkr back mot budget"; taxes and general grants as a
"respektive" pair and pensions; investments "41,5 mnkr mot en budget på 64,0 mnkr" (22,5 never written out)
and a project that "beräknas överskrida projektbudgeten med 1,8 mnkr"; the change since February, an action
with its effect, liquidity and the balanskrav result (others). Liberation Sans (Arial metrics) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(68.0, 78.0, 68.0, 74.0),
        header=lambda n, m: ("OSBY KOMMUN   Kommunledningsförvaltningen", "Tjänsteskrivelse 2026-04-14"),
        footer=lambda n, m: ("Dnr KS 2026/000087", "", f"Sida {n} av {m}"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning per nämnd, prognos helår, mnkr",
        header=(("Nämnd", "Budget 2026", "Prognos 2026", "Avvikelse mars", "Avvikelse feb"),),
        rows=(
            ("Kommunstyrelsen", "−168,2", "−169,5", "−1,3", "−1,1"),
            ("Barn- och skolnämnden", "−312,4", "−317,2", "−4,8", "−4,6"),
            ("Omsorgsnämnden", "−356,9", "−365,5", "−8,6", "−7,9"),
            ("Revisionen", "−1,4", "−1,4", "0,0", "0,0"),
            ("Summa nämnder", "−838,9", "−853,6", "−14,7", "−13,6"),
            ("Finansförvaltningen", "850,4", "857,7", "7,3", "8,1"),
            ("Resultat", "11,5", "4,1", "−7,4", "−5,5"),
        ),
        widths=(150.0, 70.0, 72.0, 82.0, 76.0),
        bold_rows=frozenset({4, 6}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Ekonomisk uppföljning per mars 2026", size=17, font="arial-bold", after=6),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen godkänner den ekonomiska uppföljningen per mars 2026 och lägger den till handlingarna."
        ),
        H("Ärendet", 2),
        P(
            "Enligt kommunens regler för ekonomistyrning ska kommunstyrelsen följa upp nämndernas ekonomi efter "
            "februari, mars, maj, augusti och oktober. Uppföljningen bygger på bokfört utfall till och med den 31 "
            "mars och nämndernas prognoser för helåret."
        ),
        H("Sammanfattning", 2),
        Para(
            (
                (
                    "Kommunens resultat för januari–mars uppgår till 9,6 mnkr, vilket är 3,2 mnkr bättre än det "
                    "periodiserade budgeterade resultatet.",
                    C(
                        None,
                        "3,2 mnkr",
                        "+",
                        note="The period against the periodised budget: a cause of its own.",
                    ),
                ),
                (
                    "Överskottet för perioden förklaras till största delen av att kostnader för underhåll och "
                    "sommarvikarier ännu inte har bokförts.",
                    C(
                        None,
                        None,
                        "+",
                        "periodisering",
                        "vikarier",
                        note="The period surplus's timing reason, apart from its amount: amount null.",
                    ),
                ),
            )
        ),
        Para(
            (
                (
                    "För helåret prognostiseras ett resultat på 4,1 mnkr, att jämföra med budgeterade 11,5 mnkr, "
                    "en negativ avvikelse på 7,4 mnkr.",
                    C(None, "7,4 mnkr", "-", note="The full year: the two levels are not the amount."),
                ),
                (
                    "Nämnderna prognostiserar sammantaget ett underskott mot sina ramar på 14,7 mnkr, medan "
                    "finansförvaltningen väntas lämna ett överskott på 7,3 mnkr.",
                    C(
                        "Nämnderna",
                        "14,7 mnkr",
                        "-",
                        note="One sentence, two areas and amounts after 'medan': two items with the same text.",
                        also=(C("Finansförvaltningen", "7,3 mnkr", "+"),),
                    ),
                ),
            )
        ),
        table,
        H("Kommunledningsförvaltningens kommentar", 2),
        Bullets(
            (
                "Omsorgsnämnden: prognosen visar ett underskott på 8,6 mnkr (−7,9 mnkr i februari). Hemtjänsten "
                "har fler beviljade timmar än budgeterat och två externa LSS-placeringar har tillkommit under våren.",
                "Barn- och skolnämndens underskott beräknas till 4,8 mnkr, varav 2,1 mnkr avser skolskjutsar där "
                "det nya avtalet blivit dyrare än beräknat. I övrigt beror underskottet på fler elever i anpassad "
                "grundskola och på kostnader för elever som går i andra kommuners skolor.",
                "Kommunstyrelsen kostar mer än budgeterat, 1,3 mnkr, vilket främst beror på licenskostnader för det "
                "nya ekonomisystemet och på vinterväghållningen i januari.",
                "Revisionen håller sin budget.",
                "Finansförvaltningen: överskottet på 7,3 mnkr förklaras av högre skatteintäkter enligt SKR:s "
                "februariprognos och av att den centrala bufferten på 2,0 mnkr ännu inte har fördelats.",
            ),
            labels=(
                C(
                    "Omsorgsnämnden",
                    "8,6 mnkr",
                    "-",
                    "volymer",
                    "kopt_verksamhet",
                    note="Last month's figure in brackets is not the amount.",
                ),
                C(
                    "Barn- och skolnämnden",
                    "4,8 mnkr",
                    "-",
                    "prisokningar",
                    "volymer",
                    "kopt_verksamhet",
                    note="Possessive area with a 'varav' part: one item with the total. A dearer school transport "
                    "contract is prisokningar, pupils in other kommuners' schools kopt_verksamhet.",
                ),
                C(
                    "Kommunstyrelsen",
                    "1,3 mnkr",
                    "-",
                    "it_digitalisering",
                    "ovrigt",
                    note="Winter roads are ovrigt.",
                ),
                BP("Revisionen"),
                C(
                    "Finansförvaltningen",
                    "7,3 mnkr",
                    "+",
                    "reserver",
                    note="The finance function explained again: an item for every passage. The buffer is reserver.",
                ),
            ),
            glyph="•",
        ),
        H("Kommunstyrelsens verksamheter", 2),
        LP(
            "Teknisk verksamhet.",
            "Gatu- och parkverksamheten beräknas överskrida budget med 900 tkr till följd av de många snöfallen i "
            "januari och februari.",
            C("Teknisk verksamhet", "900 tkr", "-", "ovrigt", note="Snow is ovrigt."),
        ),
        LP(
            "Kultur och fritid.",
            "Verksamheten visar ett överskott om 350 tkr, eftersom simhallen har varit stängd för renovering och "
            "personalen har kunnat arbeta i andra verksamheter.",
            C("Kultur och fritid", "350 tkr", "+", "ovrigt", note="A closure for renovation is ovrigt."),
        ),
        LP(
            "Arbetsmarknadsenheten.",
            "Lägre statsbidrag för extratjänster än vad som budgeterats ger ett underskott på 0,5 mnkr.",
            C("Arbetsmarknadsenheten", "0,5 mnkr", "-", "statsbidrag"),
        ),
        LP(
            "Ledning och administration.",
            "Licenskostnaderna för det nya ekonomisystemet gör att verksamheten går 250 tkr back mot budget.",
            C("Ledning och administration", "250 tkr", "-", "it_digitalisering"),
        ),
        H("Finansförvaltningen", 2),
        Para(
            (
                (
                    "Skatteintäkterna och de generella statsbidragen beräknas bli 3,1 respektive 2,6 mnkr högre än "
                    "budgeterat enligt SKR:s prognos från februari.",
                    C(
                        "Skatteintäkter",
                        "3,1",
                        "+",
                        unit="mnkr",
                        note="A 'respektive' pair: two items with the same text. Finance items get no tag.",
                        also=(C("Generella statsbidrag", "2,6 mnkr", "+"),),
                    ),
                ),
                (
                    "Pensionskostnaderna blir 0,4 mnkr högre än budget efter en ny beräkning från KPA.",
                    C("Pensionskostnader", "0,4 mnkr", "-"),
                ),
            )
        ),
        H("Investeringar", 2),
        Para(
            (
                (
                    "Investeringarna prognostiseras till 41,5 mnkr mot en budget på 64,0 mnkr. Den största "
                    "förklaringen är att ombyggnaden av köket i Hasslarpsskolan har skjutits till 2027.",
                    C(
                        "Investeringar",
                        "41,5 mnkr mot en budget på 64,0 mnkr",
                        "+",
                        "periodisering",
                        value=22_500_000,
                        note="Under-spending of 22,5 mnkr, never written out: the computed value.",
                    ),
                ),
                (
                    "Projektet Ny förskola i Lönsboda beräknas överskrida projektbudgeten med 1,8 mnkr på grund av "
                    "sämre markförhållanden än väntat.",
                    C(
                        "Ny förskola i Lönsboda",
                        "1,8 mnkr",
                        "-",
                        "ovrigt",
                        note="A project overrun: negative.",
                    ),
                ),
            )
        ),
        H("Förändring sedan februari", 2),
        P(
            "Jämfört med februariuppföljningen har kommunens helårsprognos försämrats med 1,9 mnkr, främst inom "
            "omsorgsnämnden.",
            F(None, "1,9 mnkr", "-"),
        ),
        H("Åtgärder", 2),
        P(
            "Omsorgsnämnden har beslutat om en handlingsplan med bland annat ny planering av hemtjänstens turer "
            "och prövning av alla nya externa placeringar. Handlingsplanen beräknas minska underskottet med 2,5 "
            "mnkr under 2026.",
            A("Omsorgsnämnden", "2,5 mnkr", "bemanning", "kopt_verksamhet"),
        ),
        H("Likviditet och balanskrav", 2),
        P(
            "Kommunens likviditet är god och inga nya lån behöver tas upp under året.",
            O(None, note="Liquidity: other."),
        ),
        P(
            "Balanskravsresultatet beräknas till 3,6 mnkr efter avdrag för realisationsvinster.",
            O(None, amount="3,6 mnkr", note="The balanskrav result: other."),
        ),
        P("Anna Bengtsson, ekonomichef    Per Lindqvist, kommundirektör", size=9.5),
    ]
    return ReportSpec(
        file="osby-ks-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Osby",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per mars 2026", "author": "Osby kommun"},
        style=style,
        blocks=blocks,
    )
