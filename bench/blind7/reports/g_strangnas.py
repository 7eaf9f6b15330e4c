"""Strängnäs kommun, Utbildningsnämnden, tjänsteskrivelse: ekonomisk uppföljning per mars 2026.

A school committee's cover letter with the follow-up in it, dated in April, whose negative numbers carry a
plain hyphen-minus ("-6 150", "-3 840 tkr"): letterhead lines, a summary whose deficit is in "tusen kronor"
with the areas named but no cause (one item, no tags), the change since February with its cause, the
decision proposal and the case (not labelled), a table in tkr with February's deviation; then comments in
plain paragraphs: grundskolan "har högre kostnader än budgeterat med 6 150 tkr" and "Avvikelsen förklaras
av tre delar" with three part amounts that sum to the total (one item), gymnasieskolan "ett underskott om
-3 840 tkr", förskolan "lägre kostnader än budgeterat, 1 600 000 kronor" (whole kronor, the table in tkr),
vuxenutbildningen's surplus in tkr explained by a grant in whole kronor that is larger than the surplus
(the surplus is the amount), a run-in "Elevhälsa och stöd:" in lower case with no amount (the table row's
"-640") that runs over the page break, and nämnd och ledning's surplus that "består av" two causes with
part amounts (one item); an action whose effect is not in the forecast, the template's "Ekonomiska
konsekvenser" in two sentences (a boilerplate other and a risk), signatures and an attachment line (not
labelled). Liberation Serif (Times) 11 pt with Arial headings, a header "TJÄNSTESKRIVELSE" and a footer
with the date and diarienummer.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=6.5,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(80.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("STRÄNGNÄS KOMMUN", "TJÄNSTESKRIVELSE"),
        footer=lambda n, m: ("Datum 2026-04-08", "Diarienummer UN/2026:118", f"Sida {n}({m})"),
        header_size=8.5,
    )
    table = Table(
        caption="Prognos per verksamhet 2026 (tkr)",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse", "Avvikelse feb"),),
        rows=(
            ("Förskola", "284 500", "282 900", "1 600", "1 600"),
            ("Grundskola inkl. fritidshem", "612 300", "618 450", "-6 150", "-6 150"),
            ("Gymnasieskola", "198 700", "202 540", "-3 840", "-3 840"),
            ("Vuxenutbildning", "42 100", "41 000", "1 100", "650"),
            ("Elevhälsa och stöd", "48 200", "48 840", "-640", "-640"),
            ("Nämnd och ledning", "21 400", "20 310", "1 090", "1 090"),
            ("Summa", "1 207 200", "1 214 040", "-6 840", "-7 290"),
        ),
        widths=(150.0, 66.0, 66.0, 62.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        P("Utbildningsförvaltningen", size=9.5),
        P("Ekonomienheten, Lena Åberg, controller", size=9.5),
        P("Utbildningsnämnden", size=9.5),
        Title(
            "Ekonomisk uppföljning per mars 2026 – Utbildningsnämnden", size=15, font="arial-bold", after=8
        ),
        H("Sammanfattning", 2),
        P(
            "Utbildningsnämnden prognostiserar ett underskott mot budget med 6 840 tusen kronor för 2026. Det är "
            "framför allt grundskolan och gymnasieskolan som har högre kostnader än budgeterat.",
            C(
                None,
                "6 840 tusen kronor",
                "-",
                note="The whole unit's deficit in 'tusen kronor'; the next sentence names areas, not causes: one "
                "item, no tags.",
            ),
        ),
        P(
            "Jämfört med prognosen i februari är underskottet 450 tkr lägre, eftersom statsbidraget för yrkesvux "
            "blev högre än beräknat.",
            F(None, "450 tkr", "+", "statsbidrag"),
        ),
        H("Förslag till beslut", 2),
        P("Utbildningsnämnden godkänner den ekonomiska uppföljningen per mars 2026."),
        H("Ärendet", 2),
        P(
            "Enligt kommunens styrmodell ska nämnderna följa upp ekonomin varje månad utom januari och juli. "
            "Prognosen bygger på utfallet till och med mars och på kända förändringar inför höstterminen, bland "
            "annat elevprognosen från februari."
        ),
        table,
        H("Kommentarer", 3),
        P(
            "Grundskolan inklusive fritidshem har högre kostnader än budgeterat med 6 150 tkr. Avvikelsen förklaras "
            "av tre delar: ersättningen till fristående skolor blir 2 900 tkr högre eftersom fler elever har valt "
            "friskolor i Strängnäs och Mariefred, tilläggsbeloppen för elever i behov av särskilt stöd ökar med 2 "
            "100 tkr och hyran för de tillfälliga paviljongerna vid Finningeskolan ger 1 150 tkr i kostnader som "
            "inte finns i budgeten.",
            C(
                "Grundskola inkl. fritidshem",
                "6 150 tkr",
                "-",
                "kopt_verksamhet",
                "volymer",
                "lokaler",
                note="'Förklaras av tre delar' with part amounts that sum to the total: one item, the total is the "
                "amount.",
            ),
        ),
        P(
            "Gymnasieskolan prognostiserar ett underskott om -3 840 tkr. De interkommunala ersättningarna för elever "
            "som studerar i Eskilstuna och Södertälje ökar, samtidigt som statsbidraget för lärlingsutbildning har "
            "halverats.",
            C("Gymnasieskola", "-3 840 tkr", "-", "kopt_verksamhet", "statsbidrag", note="A hyphen-minus."),
        ),
        P(
            "Förskolan visar lägre kostnader än budgeterat, 1 600 000 kronor, eftersom barnantalet i Strängnäs tätort "
            "har minskat och två avdelningar har slagits samman.",
            C(
                "Förskola",
                "1 600 000 kronor",
                "+",
                "volymer",
                note="Whole kronor in a report whose table is in tkr.",
            ),
        ),
        P(
            "Vuxenutbildningens överskott på 1 100 tkr beror på att statsbidraget för regional yrkesvux blev 1 350 "
            "000 kronor högre än vad som budgeterades.",
            C(
                "Vuxenutbildning",
                "1 100 tkr",
                "+",
                "statsbidrag",
                note="The grant's 1 350 000 kronor is larger than the surplus; the surplus is the amount.",
            ),
        ),
        LP(
            "Elevhälsa och stöd:",
            "kostnaderna för skolläkare från bemanningsföretag har varit högre än budgeterat under våren, eftersom "
            "tjänsten som skolläkare har varit vakant sedan december.",
            C(
                "Elevhälsa och stöd",
                "-640",
                "-",
                "inhyrd_personal",
                "vakanser",
                unit="tkr",
                table=True,
                note="A run-in area with no amount in the prose: the table row's.",
            ),
        ),
        P(
            "Nämnd och ledning redovisar ett överskott på 1 090 tkr som består av ej fördelade medel för "
            "kompetensutveckling, 600 tkr, och en vakant tjänst som utvecklingsstrateg, 490 tkr.",
            C(
                "Nämnd och ledning",
                "1 090 tkr",
                "+",
                "reserver",
                "vakanser",
                note="'Består av' two causes with part amounts: one item.",
            ),
        ),
        H("Åtgärder", 3),
        P(
            "Förvaltningen har infört anställningsstopp för administrativa tjänster och ser över organisationen på de "
            "tre högstadieskolorna. Effekten beräknas till 1 500 tkr för 2026 och ingår inte i prognosen.",
            A(None, "1 500 tkr", "bemanning", "omstallning"),
        ),
        H("Ekonomiska konsekvenser", 3),
        PS(
            (
                "Uppföljningen innebär i sig inga ekonomiska konsekvenser.",
                O(None, boilerplate=True, note="The template's standard formula."),
            ),
            (
                "Om åtgärderna inte ger avsedd effekt kan nämnden behöva begära ytterligare medel hos "
                "kommunstyrelsen.",
                O(None, note="Risk: extra funding may be needed."),
            ),
        ),
        P("Karin Holm, förvaltningschef                    Lena Åberg, controller", size=10),
        P("Bilaga: Månadsrapport mars 2026, Utbildningsnämnden", size=10),
    ]
    return ReportSpec(
        file="strangnas-un-tjansteskrivelse-ekonomisk-uppfoljning-2026-03.pdf",
        report={
            "municipality": "Strängnäs",
            "committee": ["Utbildningsnämnden"],
            "period": ["2026-03"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Tjänsteskrivelse Ekonomisk uppföljning per mars 2026 Utbildningsnämnden",
            "author": "Strängnäs kommun",
        },
        style=style,
        blocks=blocks,
    )
