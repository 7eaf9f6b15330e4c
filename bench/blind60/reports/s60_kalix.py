"""Kalix kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in DejaVu Serif 9.5 pt with 14 scored causes: the period "18,6 mnkr bättre än det
periodiserade budgeterade resultatet" with its reasons in the next sentence, the full year as a "negativ
budgetavvikelse på 6,6 mnkr" between two levels, then one sentence splitting it into the nämnder's "underskott
om 21,3 mnkr" and the finance function's "+14,7 mnkr"; the change since April with a cause; a table in tkr with
deficits in brackets ("(12 400)"); en-dash bullets under a generic heading ("Kommunledningskontorets
kommentar") in varied shapes: "överskott 2,1 mnkr" after a colon, "redovisar det största underskottet, −12,4
mnkr", a possessive "Utbildningsnämndens prognos visar ett underskott", a reason-only "överskrider budget" (the
row's "(2 900)"), "ett mindre underskott på 0,8 mnkr" and "följer budget" (boilerplate); tax revenue and
general grants as a "respektive" pair with the finance net after "medan" (three items); investments "35,5
mnkr inte förbrukas" and a project overrun; an action, the balanskrav result and population (others). The
footer carries the fullmäktige date in October.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "serif-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("KALIX KOMMUN", "Delårsrapport 2025-08-31"),
        footer=lambda n, m: ("Behandlas i kommunfullmäktige 2025-10-27", "", f"Sida {n} av {m}"),
        header_size=7.5,
    )
    table = Table(
        caption="Budgetavvikelse per nämnd, helårsprognos 2025 (tkr). Negativa avvikelser inom parentes.",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "118 600", "116 500", "2 100"),
            ("Socialnämnden", "412 300", "424 700", "(12 400)"),
            ("Utbildningsnämnden", "356 800", "364 100", "(7 300)"),
            ("Samhällsbyggnadsnämnden", "61 400", "64 300", "(2 900)"),
            ("Kultur- och fritidsnämnden", "38 900", "39 700", "(800)"),
            ("Revision och valnämnd", "3 100", "3 100", "0"),
            ("Summa nämnder", "991 100", "1 012 400", "(21 300)"),
            ("Finansförvaltningen", "", "", "14 700"),
            ("Totalt", "", "", "(6 600)"),
        ),
        widths=(180.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6, 8}),
        rules=True,
        grid=True,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="sans-bold", after=2),
        Title("Kalix kommun", size=12, font="serif", after=14),
        H("Förvaltningsberättelse", 1),
        H("Ekonomiskt resultat", 2),
        P(
            "Kommunens resultat för januari–augusti uppgår till 41,2 mnkr, vilket är 18,6 mnkr bättre än det "
            "periodiserade budgeterade resultatet. Det förklaras till största delen av att semesterlöneskulden "
            "minskar under sommaren, något som budgeten inte periodiserar.",
            C(None, "18,6 mnkr", "+", "lonekostnader", "periodisering", note="The period, with its reason."),
        ),
        Para(
            (
                (
                    "Helårsprognosen pekar på ett resultat om 9,4 mnkr mot budgeterade 16,0 mnkr, en negativ "
                    "budgetavvikelse på 6,6 mnkr.",
                    C(None, "6,6 mnkr", "-", note="The full year between two levels."),
                ),
                (
                    "Nämndernas sammantagna underskott om 21,3 mnkr vägs delvis upp av finansförvaltningens "
                    "+14,7 mnkr.",
                    C(
                        "Nämnderna",
                        "21,3 mnkr",
                        "-",
                        note="One sentence, two areas.",
                        also=(C("Finansförvaltningen", "+14,7 mnkr", "+", note=NO_TAG),),
                    ),
                ),
            )
        ),
        P(
            "Jämfört med prognosen i april har helårsresultatet försämrats med 4,1 mnkr, framför allt på grund av "
            "ökade kostnader för placeringar av barn och unga.",
            F(None, "4,1 mnkr", "-", "kopt_verksamhet"),
        ),
        table,
        H("Nämndernas resultat", 2),
        H("Kommunledningskontorets kommentar", 3),
        Bullets(
            (
                "Kommunstyrelsen: överskott 2,1 mnkr, främst genom vakanta tjänster inom HR och ekonomi samt "
                "lägre kostnader för politiska arvoden.",
                "Socialnämnden redovisar det största underskottet, −12,4 mnkr. Externa placeringar av barn och unga "
                "på HVB och i familjehem står för drygt hälften, och hemtjänstens beviljade timmar har ökat "
                "kraftigt sedan årsskiftet.",
                "Utbildningsnämndens prognos visar ett underskott på 7,3 mnkr som beror på fler barn i förskolan, "
                "dyrare skolskjutsar och att statsbidraget för likvärdig skola blev lägre än budgeterat.",
                "Samhällsbyggnadsnämnden överskrider budget, framför allt till följd av den snörika vintern och "
                "dyrare drivmedel till kommunens fordon.",
                "Kultur- och fritidsnämnden bedöms få ett mindre underskott på 0,8 mnkr efter att simhallen "
                "hållits stängd för reparation under sex veckor, med uteblivna entréintäkter som följd.",
                "Revisionen och valnämnden följer budget.",
            ),
            labels=(
                C(
                    "Kommunstyrelsen",
                    "2,1 mnkr",
                    "+",
                    "vakanser",
                    "ovrigt",
                    note="Politicians' fees are ovrigt.",
                ),
                C("Socialnämnden", "−12,4 mnkr", "-", "kopt_verksamhet", "volymer"),
                C("Utbildningsnämnden", "7,3 mnkr", "-", "volymer", "prisokningar", "statsbidrag"),
                C(
                    "Samhällsbyggnadsnämnden",
                    "(2 900)",
                    "-",
                    "ovrigt",
                    "material_hjalpmedel",
                    unit="tkr",
                    table=True,
                    note="Reasons only: the table row's cell in brackets. Snow ovrigt, fuel material_hjalpmedel.",
                ),
                C(
                    "Kultur- och fritidsnämnden",
                    "0,8 mnkr",
                    "-",
                    "ovrigt",
                    "avgifter_intakter",
                    note="A repair closure is ovrigt.",
                ),
                BP("Revisionen och valnämnden"),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 3),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 11,2 respektive 2,9 mnkr högre än budget, medan "
            "finansnettot förbättras med 0,6 mnkr genom högre ränteintäkter.",
            C(
                "Skatteintäkter",
                "11,2",
                "+",
                unit="mnkr",
                note=NO_TAG + " Three items with the same text.",
                also=(
                    C("Generella statsbidrag", "2,9 mnkr", "+", note=NO_TAG),
                    C("Finansnetto", "0,6 mnkr", "+", note=NO_TAG),
                ),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av årets investeringsram om 96,5 mnkr bedöms 35,5 mnkr inte förbrukas, främst eftersom ombyggnaden "
            "av Strandskolans kök och upphandlingen av nya tryckstegringsstationer har försenats.",
            C("Investeringar", "35,5 mnkr", "+", "periodisering"),
        ),
        P(
            "Projektet Förskolan Norrskenet beräknas däremot överskrida sin projektbudget med 3,2 mnkr till följd "
            "av markföroreningar som upptäcktes vid schaktningen.",
            C("Förskolan Norrskenet", "3,2 mnkr", "-", "ovrigt"),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har fått i uppdrag att ta fram en handlingsplan för en ekonomi i balans, som ska "
            "redovisas till kommunstyrelsen i november.",
            A("Socialnämnden"),
        ),
        H("Balanskrav och omvärld", 2),
        P(
            "Balanskravsresultatet för helåret beräknas bli 8,1 mnkr, och kommunen väntas därmed klara "
            "balanskravet.",
            O(None, note="Balanskrav."),
        ),
        P(
            "Befolkningen har minskat med 64 personer sedan årsskiftet, vilket påverkar skatteintäkterna för 2026.",
            O(None, note="Context."),
        ),
    ]
    return ReportSpec(
        file="kalix-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Kalix",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari-augusti 2025", "author": "Kalix kommun"},
        style=style,
        blocks=blocks,
    )
