"""Sala kommun, Kommunstyrelsen, månadsuppföljning oktober 2025.

A whole-kommun month report, footer with the kommunstyrelse's meeting date in December: the full year as a
result "9,4 mnkr sämre än budgeterat resultat på 28,0 mnkr" (the levels are not the amount), one sentence
splitting it into the nämnder's "underskott mot budget på 22,1 mnkr (20,3 mnkr i september)" (the bracket is
last month's) and the finance function's "överskott på 12,7 mnkr" (two items, same text), the change since
September without a cause (a forecast change); a table per nämnd with the deviation in October and September
side by side; bullets under a generic heading ("Ekonomichefens kommentar") in varied shapes: "underskottet
växer till 13,4 mnkr" after a colon, "prognostiserar −8,6 mnkr" with three reasons, a possessive with the
amount set off by commas ("Kommunstyrelsens överskott, 0,5 mnkr,"), the reasons first and the amount last
("gå 0,9 mnkr back"), "bedöms följa budget" (boilerplate, though the table says 0,3); the finance items: tax
revenue "7,3 mnkr högre än budget", pensions and the finance net as a "respektive" pair with the net's reason
in the next sentence, the central wage pot "1,1 mnkr dyrare än avsatt"; investments "43 mnkr inte används"
after the level and a project "3,2 mnkr dyrare än projektbudgeten"; two actions, one with its effect, and the
balanskrav result with a goal not met (other). DejaVu Sans Condensed 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.0,
        heading_sizes=(16.0, 12.0, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(64.0, 80.0, 64.0, 72.0),
        header=lambda n, m: ("Sala kommun", "Månadsuppföljning oktober 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2025-12-02", "Ekonomiavdelningen", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per nämnd 2025, mnkr",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse okt", "Avvikelse sep"),),
        rows=(
            ("Kommunstyrelsen", "168,4", "167,9", "0,5", "0,8"),
            ("Bildningsnämnden", "712,0", "720,6", "-8,6", "-7,9"),
            ("Vård- och omsorgsnämnden", "598,3", "611,7", "-13,4", "-12,8"),
            ("Kultur- och fritidsnämnden", "64,2", "63,9", "0,3", "0,0"),
            ("Bygg- och miljönämnden", "18,9", "19,8", "-0,9", "-0,4"),
            ("Summa nämnder", "1 561,8", "1 583,9", "-22,1", "-20,3"),
        ),
        widths=(160.0, 64.0, 64.0, 76.0, 76.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    bullets = Bullets(
        items=(
            "Vård- och omsorgsnämnden: underskottet växer till 13,4 mnkr. Hemtjänsttimmarna fortsätter att öka, "
            "och kostnaderna för bemanningssjuksköterskor inom särskilt boende är fortsatt höga.",
            "Bildningsnämnden prognostiserar −8,6 mnkr. Fler barn i förskolan än planerat, dyrare skolskjutsar "
            "efter den nya upphandlingen och högre interkommunala ersättningar för gymnasieelever förklarar det "
            "mesta.",
            "Kommunstyrelsens överskott, 0,5 mnkr, kommer från vakanser på kommunledningskontoret, som delvis äts "
            "upp av högre energikostnader i kommunens fastigheter.",
            "För Bygg- och miljönämnden blir bygglovsintäkterna lägre än budgeterat, eftersom färre villor byggs. "
            "Nämnden beräknas därför gå 0,9 mnkr back.",
            "Kultur- och fritidsnämnden bedöms följa budget.",
        ),
        labels=(
            C("Vård- och omsorgsnämnden", "13,4 mnkr", "-", "volymer", "inhyrd_personal"),
            C(
                "Bildningsnämnden",
                "−8,6 mnkr",
                "-",
                "volymer",
                "prisokningar",
                "kopt_verksamhet",
                note="Interkommunal ersättning for pupils elsewhere is kopt_verksamhet.",
            ),
            C(
                "Kommunstyrelsen",
                "0,5 mnkr",
                "+",
                "vakanser",
                "prisokningar",
                note="A possessive with the amount set off by commas.",
            ),
            C(
                "Bygg- och miljönämnden",
                "0,9 mnkr",
                "-",
                "avgifter_intakter",
                "volymer",
                note="The reasons first, the amount last ('gå 0,9 mnkr back').",
            ),
            BP("Kultur- och fritidsnämnden", note="'Bedöms följa budget' although the table says 0,3."),
        ),
    )
    blocks = [
        Title("Månadsuppföljning oktober 2025", size=19, font="cond-bold", after=2),
        Title("Sala kommun – helårsprognos", size=12.5, font="cond", after=12),
        H("Kommunens resultat", 2),
        P(
            "Sala kommuns prognos för 2025 är ett resultat på 18,6 mnkr, vilket är 9,4 mnkr sämre än budgeterat "
            "resultat på 28,0 mnkr.",
            C(None, "9,4 mnkr", "-", note="The levels (18,6 and 28,0) are not the amount."),
        ),
        P(
            "Nämndernas sammantagna prognos visar ett underskott mot budget på 22,1 mnkr (20,3 mnkr i september), "
            "medan finansförvaltningen beräknas ge ett överskott på 12,7 mnkr.",
            C(
                "Nämnderna",
                "22,1 mnkr",
                "-",
                note="One sentence, two areas: two items, same text. The bracket is last month's figure.",
                also=(C("Finansförvaltningen", "12,7 mnkr", "+"),),
            ),
        ),
        P(
            "Jämfört med septemberprognosen har resultatet försämrats med 1,8 mnkr.",
            F(None, "1,8 mnkr", "-"),
        ),
        table,
        H("Ekonomichefens kommentar", 2),
        bullets,
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 7,3 mnkr högre än budget enligt SKR:s "
            "oktoberprognos.",
            C("Skatteintäkter och generella statsbidrag", "7,3 mnkr", "+", note="Finance items get no tag."),
        ),
        P(
            "Pensionskostnaderna och finansnettot avviker positivt med 2,9 respektive 3,6 mnkr. Överskottet i "
            "finansnettot förklaras av lägre räntor på kommunens lån.",
            C(
                "Pensionskostnader",
                "2,9",
                "+",
                unit="mnkr",
                note="A 'respektive' pair: two items, same text; finance items get no tag.",
                also=(C("Finansnetto", "3,6 mnkr", "+"),),
            ),
        ),
        P(
            "Den centrala lönepotten räcker inte fullt ut: avtalen för 2025 blev 1,1 mnkr dyrare än avsatt.",
            C("Lönepott", "1,1 mnkr", "-", "lonekostnader", note="Wage agreements dearer than the pot."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 164 mnkr. Prognosen är att 43 mnkr inte används under året, "
            "främst för att byggstarten av förskolan i Ransta har flyttats till våren 2026.",
            C("Investeringar", "43 mnkr", "+", "periodisering", note="The level (164) is not the amount."),
        ),
        P(
            "Ombyggnaden av simhallen beräknas bli 3,2 mnkr dyrare än projektbudgeten på grund av oförutsedda "
            "fuktskador i bassängens betong.",
            C(
                "Ombyggnaden av simhallen",
                "3,2 mnkr",
                "-",
                "ovrigt",
                note="A project overrun; damp damage is ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har gett Vård- och omsorgsnämnden och Bildningsnämnden i uppdrag att ta fram "
            "åtgärdsplaner till sammanträdet i december.",
            A(None),
        ),
        P(
            "Ett anställningsstopp för administrativa tjänster gäller från den 1 november och beräknas minska "
            "kostnaderna med 1,0 mnkr under 2025.",
            A(None, "1,0 mnkr", "bemanning"),
        ),
        H("Balanskrav och finansiella mål", 2),
        P(
            "Balanskravsresultatet beräknas till 16,9 mnkr, och målet om ett resultat på minst 2 procent av "
            "skatter och generella statsbidrag nås inte.",
            O(None, note="Balanskrav and a financial goal: other."),
        ),
    ]
    return ReportSpec(
        file="sala-ks-manadsuppfoljning-2025-10.pdf",
        report={
            "municipality": "Sala",
            "committee": ["Kommunstyrelsen"],
            "period": ["2025-10"],
            "report_type": "månadsuppföljning",
        },
        metadata={"title": "Månadsuppföljning oktober 2025", "author": "Sala kommun"},
        style=style,
        blocks=blocks,
    )
