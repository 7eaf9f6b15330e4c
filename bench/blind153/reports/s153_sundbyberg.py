"""Sundbybergs stad, Kommunstyrelsen, tertialrapport 1 januari–april 2026 (the whole city).

A whole-city tertial report in mnkr with en dashes as minus signs, footer with the kommunstyrelse's meeting
date in May and "Sida n av m": the period "38,1 mnkr bättre än periodens budget" and the full year "24,5 mnkr
lägre än budgeterat resultat" in two sentences of one paragraph, one sentence splitting the full year into
the nämnder's "underskott mot tilldelade kommunbidrag på 41,2 mnkr" and the finance function's "överskott på
16,7 mnkr", a change since February with no cause; a table per nämnd; then en-dash bullets under a generic
heading ("Stadsledningskontorets kommentar") in varied shapes: "redovisar ett underskott på", a colon and
"prognosen pekar på –20,7 mnkr", a possessive "Grundskolenämndens kostnader bedöms överstiga ramen", "visar
ett överskott om", "gör ett negativt utfall jämfört med budget med", "håller sin budget" (boilerplate), "drygt
två miljoner kronor" in words, a colon with "–0,4 mnkr"; the finance function as tax revenue and a
"respektive" pair of pensions and the finance net (three items, no tags); investments "144 mnkr inte används"
and a project "överskrida projektbudgeten med 11,5 mnkr"; an action with its effect, goal fulfilment and a
risk (others). DejaVu Serif 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(16.0, 12.5, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(68.0, 80.0, 68.0, 76.0),
        header=lambda n, m: ("Sundbybergs stad", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-05-25", "Dnr KS-2026/0412", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Prognos per nämnd 2026, mnkr",
        header=(("Nämnd", "Kommunbidrag", "Prognos", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "198,4", "196,3", "2,1"),
            ("Äldrenämnden", "612,0", "626,8", "–14,8"),
            ("Social- och arbetsmarknadsnämnden", "455,3", "476,0", "–20,7"),
            ("Förskolenämnden", "598,7", "595,3", "3,4"),
            ("Grundskolenämnden", "1 021,5", "1 027,7", "–6,2"),
            ("Kultur- och fritidsnämnden", "142,6", "142,6", "0,0"),
            ("Stadsmiljö- och tekniska nämnden", "176,2", "180,8", "–4,6"),
            ("Överförmyndarnämnden", "9,8", "10,2", "–0,4"),
            ("Summa nämnder", "", "", "–41,2"),
            ("Finansförvaltningen", "", "", "16,7"),
            ("Totalt", "", "", "–24,5"),
        ),
        widths=(190.0, 80.0, 70.0, 70.0),
        bold_rows=frozenset({8, 10}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="serif-bold", after=2),
        Title("Januari–april, Sundbybergs stad", size=12.5, font="serif", after=14),
        H("Stadens ekonomiska resultat", 2),
        PS(
            (
                "Stadens resultat för januari–april uppgår till 142,6 mnkr, vilket är 38,1 mnkr bättre än periodens "
                "budget.",
                C(None, "38,1 mnkr", "+", note="The period's deviation in a sentence of its own."),
            ),
            (
                "För helåret prognostiseras ett resultat på 61,0 mnkr, 24,5 mnkr lägre än budgeterat resultat på "
                "85,5 mnkr.",
                C(None, "24,5 mnkr", "-", note="The full year's deviation between two levels."),
            ),
        ),
        P(
            "Nämndernas samlade prognos är ett underskott mot tilldelade kommunbidrag på 41,2 mnkr, medan "
            "finansförvaltningen beräknas ge ett överskott på 16,7 mnkr.",
            C(
                "Nämnderna",
                "41,2 mnkr",
                "-",
                note="One sentence, two areas: the nämnder and the finance function.",
                also=(C("Finansförvaltningen", "16,7 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med prognosen i februari har resultatet försämrats med 9,3 mnkr.",
            F(None, "9,3 mnkr", "-"),
        ),
        table,
        H("Stadsledningskontorets kommentar", 2),
        P(
            "Nedan kommenteras nämndernas prognoser kortfattat. Nämndernas egna tertialrapporter finns i bilaga 2."
        ),
        Bullets(
            items=(
                "Äldrenämnden redovisar ett underskott på 14,8 mnkr. Fler beslutade hemtjänsttimmar och köpta platser "
                "i särskilt boende ligger bakom.",
                "Social- och arbetsmarknadsnämnden: prognosen pekar på –20,7 mnkr, där placeringar av barn och unga på "
                "HVB och i familjehem svarar för drygt hälften och ekonomiskt bistånd för resten.",
                "Grundskolenämndens kostnader bedöms överstiga ramen med 6,2 mnkr till följd av fler elever i behov av "
                "särskilt stöd och ett dyrare skolskjutsavtal.",
                "Förskolenämnden visar ett överskott om 3,4 mnkr, eftersom färre barn än beräknat är inskrivna i "
                "stadens förskolor.",
                "Stadsmiljö- och tekniska nämnden gör ett negativt utfall jämfört med budget med 4,6 mnkr, främst på "
                "grund av vinterväghållningen under den snörika vintern och högre elpriser för gatubelysningen.",
                "Kultur- och fritidsnämnden håller sin budget.",
                "Kommunstyrelsens prognos är ett överskott på drygt två miljoner kronor, framför allt genom vakanta "
                "tjänster inom stadsledningskontoret.",
                "Överförmyndarnämnden: –0,4 mnkr, då antalet ärenden med ställföreträdare har ökat.",
            ),
            labels=(
                C("Äldrenämnden", "14,8 mnkr", "-", "volymer", "kopt_verksamhet"),
                C(
                    "Social- och arbetsmarknadsnämnden",
                    "–20,7 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "ekonomiskt_bistand",
                ),
                C(
                    "Grundskolenämnden",
                    "6,2 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    note="Possessive area. A dearer school transport contract: prisokningar.",
                ),
                C("Förskolenämnden", "3,4 mnkr", "+", "volymer"),
                C(
                    "Stadsmiljö- och tekniska nämnden",
                    "4,6 mnkr",
                    "-",
                    "ovrigt",
                    "prisokningar",
                    note="Snow is ovrigt, electricity prices prisokningar.",
                ),
                BP("Kultur- och fritidsnämnden"),
                C(
                    "Kommunstyrelsen",
                    "drygt två miljoner kronor",
                    "+",
                    "vakanser",
                    value=2_000_000,
                    note="An amount in words: the stated figure (the table says 2,1).",
                ),
                C("Överförmyndarnämnden", "–0,4 mnkr", "-", "volymer"),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 3),
        PS(
            (
                "Skatteintäkterna beräknas bli 9,8 mnkr högre än budget enligt SKR:s aprilprognos.",
                C("Skatteintäkter", "9,8 mnkr", "+", note=NO_TAG),
            ),
            (
                "Pensionskostnaderna respektive finansnettot blir 4,1 respektive 2,8 mnkr bättre än budgeterat.",
                C(
                    "Pensionskostnader",
                    "4,1",
                    "+",
                    unit="mnkr",
                    note=NO_TAG + " A 'respektive' pair: two items.",
                    also=(C("Finansnetto", "2,8 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 uppgår till 612 mnkr. Prognosen är 468 mnkr, vilket innebär att 144 mnkr "
            "inte används under året, främst eftersom bygget av Kvarnkullens skola har skjutits upp ett halvår.",
            C("Investeringar", "144 mnkr", "+", "periodisering"),
        ),
        P(
            "Ombyggnaden av simhallen i Hallonbergen beräknas överskrida projektbudgeten med 11,5 mnkr på grund av "
            "fuktskador som upptäcktes vid rivningen.",
            C(
                "Ombyggnaden av simhallen i Hallonbergen",
                "11,5 mnkr",
                "-",
                "ovrigt",
                note="A project overrun: negative. Damage found on demolition is ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Äldrenämnden och social- och arbetsmarknadsnämnden har fått i uppdrag att ta fram åtgärdsplaner som ska "
            "minska underskotten med sammanlagt 12 mnkr under året.",
            A(None, "12 mnkr"),
        ),
        H("Mål och risker", 2),
        P(
            "Balanskravet bedöms uppfyllas, men det finansiella målet om ett resultat på 2 procent av "
            "skatteintäkter och generella statsbidrag nås inte.",
            O(None, note="Goal fulfilment: other."),
        ),
        P(
            "Prognosen är osäker, eftersom effekten av de nya ramavtalen för placeringar ännu inte är känd.",
            O(None, "kopt_verksamhet", note="A risk: other."),
        ),
    ]
    return ReportSpec(
        file="sundbyberg-ks-tertialrapport-2026-04.pdf",
        report={
            "municipality": ["Sundbyberg", "Sundbybergs stad"],
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026", "author": "Sundbybergs stad"},
        style=style,
        blocks=blocks,
    )
