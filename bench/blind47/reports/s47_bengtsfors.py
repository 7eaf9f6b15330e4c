"""Bengtsfors kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in mnkr with U+2212 minus signs, footer with the fullmäktige's adoption date
in October: the period "18,2 mnkr mer än det periodiserade budgeterade resultatet" (two sentences, one item),
its timing reason in a paragraph of its own (amount null), the full year "6,1 mnkr sämre än budgeterat" between
two levels, one sentence splitting it into the nämnder's "underskott mot tilldelade ramar på 14,6 mnkr" and
the finance function's "överskott på 8,5 mnkr" (two items), the change since April; a table per nämnd with
the deviation now and in April; en-dash bullets under a generic heading ("Ekonomiavdelningens kommentarer")
in varied shapes ("redovisar ett överskott på", a possessive with the amount between commas, "överskrider
sin ram med", "För Tekniska nämnden blir … 1,2 mnkr dyrare", "ett litet plus, 0,4 mnkr", "bedöms gå jämnt
ut"); the finance function's tax revenue in one sentence and pensions and the finance net as a "respektive"
pair in the next; investments "24,5 mnkr inte förbrukas" after two levels and a project that "överskrider
projektbudgeten med 2,2 mnkr"; an action with its effect in words ("fyra miljoner kronor"), a risk sentence
and the balanskrav result (others). Liberation Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, PageBreak, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

FIN = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Bengtsfors kommun", "Delårsrapport 2025"),
        footer=lambda n, m: ("Antagen av kommunfullmäktige 2025-10-27", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per nämnd, mnkr (avvikelse: positivt tal = bättre än budget)",
        header=(("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse aug", "Avvikelse apr"),),
        rows=(
            ("Kommunstyrelsen", "118,4", "117,2", "+1,2", "+0,6"),
            ("Socialnämnden", "286,0", "297,4", "−11,4", "−8,9"),
            ("Barn- och utbildningsnämnden", "241,5", "245,1", "−3,6", "−3,0"),
            ("Tekniska nämnden", "32,6", "33,8", "−1,2", "−0,9"),
            ("Miljö- och byggnämnden", "6,1", "5,7", "+0,4", "+0,2"),
            ("Överförmyndarnämnden", "2,4", "2,4", "0,0", "0,0"),
            ("Summa nämnder", "687,0", "701,6", "−14,6", "−12,0"),
            ("Finansförvaltningen", "", "", "+8,5", "+9,2"),
            ("Totalt", "", "", "−6,1", "−2,8"),
        ),
        widths=(160.0, 68.0, 72.0, 72.0, 72.0),
        bold_rows=frozenset({6, 8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="arial-bold", after=2),
        Title("Bengtsfors kommun", size=12.5, font="arial", after=14),
        H("Förvaltningsberättelse", 1),
        H("Ekonomiskt resultat", 2),
        P(
            "Kommunens resultat för perioden januari–augusti uppgår till 41,6 mnkr. Det är 18,2 mnkr mer än det "
            "periodiserade budgeterade resultatet.",
            C(None, "18,2 mnkr", "+", note="The period: two sentences, one item."),
        ),
        P(
            "Periodens positiva avvikelse förklaras till stor del av att planerat underhåll av gator och "
            "kommunens fastigheter utförs under hösten, medan budgeten är jämnt fördelad över året.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason in a paragraph of its own: amount null.",
            ),
        ),
        P(
            "För helåret prognostiseras ett resultat på 9,4 mnkr, vilket är 6,1 mnkr sämre än det budgeterade "
            "resultatet på 15,5 mnkr.",
            C(None, "6,1 mnkr", "-", note="The full year between two levels."),
        ),
        P(
            "Nämndernas sammantagna prognos är ett underskott mot tilldelade ramar på 14,6 mnkr, medan "
            "finansförvaltningen beräknas ge ett överskott på 8,5 mnkr.",
            C(
                "Nämnderna",
                "14,6 mnkr",
                "-",
                note="The result split into the nämnder and the finance function: two items, one sentence.",
                also=(C("Finansförvaltningen", "8,5 mnkr", "+", note=FIN),),
            ),
        ),
        P(
            "Jämfört med prognosen i april har helårsprognosen försämrats med 3,3 mnkr, främst inom socialnämnden.",
            F(None, "3,3 mnkr", "-"),
        ),
        table,
        H("Ekonomiavdelningens kommentarer", 3),
        Bullets(
            (
                "Kommunstyrelsen redovisar ett överskott på 1,2 mnkr, som i huvudsak kommer från vakanta tjänster "
                "inom ekonomi- och personalavdelningen under våren.",
                "Socialnämndens underskott, 11,4 mnkr, har flera orsaker: placeringar av barn och unga på HVB och i "
                "konsulentstödda familjehem, fler beviljade timmar inom hemtjänsten och bemanningssjuksköterskor i "
                "den särskilda boendeomsorgen under sommaren.",
                "Barn- och utbildningsnämnden överskrider sin ram med 3,6 mnkr. Fler ungdomar än budgeterat går "
                "gymnasiet i andra kommuner, och skolskjutsavtalet har blivit dyrare efter omupphandlingen.",
                "För Tekniska nämnden blir snöröjning och halkbekämpning 1,2 mnkr dyrare än budgeterat efter en "
                "ovanligt snörik vinter och vår.",
                "Miljö- och byggnämnden visar ett litet plus, 0,4 mnkr, tack vare fler bygglovsansökningar än "
                "väntat.",
                "Överförmyndarnämnden bedöms gå jämnt ut.",
            ),
            labels=(
                C("Kommunstyrelsen", "1,2 mnkr", "+", "vakanser"),
                C(
                    "Socialnämnden",
                    "11,4 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "inhyrd_personal",
                    note="A possessive with the amount between commas.",
                ),
                C(
                    "Barn- och utbildningsnämnden",
                    "3,6 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    "prisokningar",
                    note="Pupils in other kommuners' schools: kopt_verksamhet; a dearer transport contract.",
                ),
                C("Tekniska nämnden", "1,2 mnkr", "-", "ovrigt", note="Snow: ovrigt."),
                C("Miljö- och byggnämnden", "0,4 mnkr", "+", "avgifter_intakter", "volymer"),
                BP("Överförmyndarnämnden"),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 3),
        Para(
            (
                (
                    "Skatteintäkterna och de generella statsbidragen beräknas bli 5,9 mnkr högre än budgeterat "
                    "enligt SKR:s augustiprognos.",
                    C("Skatteintäkter och generella statsbidrag", "5,9 mnkr", "+", note=FIN),
                ),
                (
                    "Pensionskostnaderna och finansnettot avviker positivt med 1,8 respektive 0,8 mnkr.",
                    C(
                        "Pensionskostnader",
                        "1,8",
                        "+",
                        unit="mnkr",
                        note=FIN + " A 'respektive' pair: two items.",
                        also=(C("Finansnetto", "0,8 mnkr", "+", note=FIN),),
                    ),
                ),
            )
        ),
        PageBreak(),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 64,0 mnkr. Utfallet efter augusti är 21,3 mnkr och "
            "helårsprognosen 39,5 mnkr, vilket innebär att 24,5 mnkr inte förbrukas under året. Det beror främst "
            "på att ombyggnaden av köket i Lelångsskolan har skjutits till 2026 och att upphandlingen av "
            "ledningsnätet i Billingsfors har överprövats.",
            C("Investeringar", "24,5 mnkr", "+", "periodisering", note="Under-spending after two levels."),
        ),
        P(
            "Projektet Förskolan Tallbacken beräknas överskrida projektbudgeten med 2,2 mnkr till följd av högre "
            "entreprenadpriser än i kalkylen.",
            C("Förskolan Tallbacken", "2,2 mnkr", "-", "prisokningar", note="A project overrun: negative."),
        ),
        H("Åtgärder", 2),
        P(
            "Kommunstyrelsen har gett socialnämnden i uppdrag att ta fram en handlingsplan för en ekonomi i "
            "balans. Planen ska redovisas i oktober och sikta på att minska kostnaderna med fyra miljoner kronor "
            "på helårsbasis, bland annat genom att fler placeringar ersätts med insatser på hemmaplan.",
            A(
                "Socialnämnden",
                "fyra miljoner kronor",
                "kopt_verksamhet",
                value=4_000_000,
                note="The whole paragraph is one action; its effect in words.",
            ),
        ),
        H("Risker och balanskrav", 2),
        P(
            "Prognosen är osäker när det gäller placeringskostnaderna, där enstaka nya ärenden kan påverka "
            "utfallet med flera miljoner kronor.",
            O("Socialnämnden", "kopt_verksamhet", note="A risk."),
        ),
        P(
            "Balanskravsresultatet beräknas till 8,1 mnkr efter avdrag för realisationsvinster, och kommunen "
            "uppfyller därmed balanskravet.",
            O(None, note="Balanskrav: other."),
        ),
    ]
    return ReportSpec(
        file="bengtsfors-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Bengtsfors",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Bengtsfors kommun"},
        style=style,
        blocks=blocks,
    )
