"""Karlskrona kommun, Kommunstyrelsen (to Kommunfullmäktige), bokslut 2025 (the whole kommun).

A whole-kommun year-end report in mnkr, footer with the kommunstyrelse's meeting date at the end of March:
the result "16,8 mnkr lägre än budget" after two levels, one sentence splitting it into the nämnder's
"överskred sina ramar med 41,3 mnkr" and the finance function's "överskott på 24,5 mnkr", the outcome against
the interim forecast (a forecast change) and the balanskrav (other); a table per nämnd with deficits in
brackets ("(18,4)"); headings that carry the nämnd and amount with U+2212 ("Äldrenämnden −18,4 mnkr"), one
of them with a sub-area's surplus in its second sentence; a possessive ("Socialnämndens underskott på 13,7
mnkr"), "För Tekniska nämnden blev utfallet 8,0 mnkr sämre än budget" (snow is ovrigt), "Kommunstyrelsens
överskott om 7,5 mnkr"; bullets under a generic heading in varied shapes ("Utbildningsnämnden: +1,7 mnkr",
"gör ett litet underskott, 0,1 mnkr", two nämnder that "håller i stort sett sina budgetar" as boilerplate);
tax revenue and general grants as a "respektive" pair, pensions "drygt sex miljoner kronor lägre" and the
finance net in one sentence; investments "148 mnkr lägre än den budget på 760 mnkr" and a project that
"överskred sin budget med 9,6 mnkr"; an action and the equity (other). Liberation Serif (Times) 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.5,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(68.0, 78.0, 68.0, 74.0),
        header=lambda n, m: ("Karlskrona kommun", "Bokslut 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-03-31, § 74", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per nämnd 2025, mnkr (underskott inom parentes)",
        header=(("Nämnd", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "412,6", "405,1", "7,5"),
            ("Barn- och ungdomsnämnden", "1 186,4", "1 199,6", "(13,2)"),
            ("Utbildningsnämnden", "402,8", "401,1", "1,7"),
            ("Äldrenämnden", "1 021,7", "1 040,1", "(18,4)"),
            ("Socialnämnden", "512,3", "526,0", "(13,7)"),
            ("Arbetsmarknadsnämnden", "121,5", "119,0", "2,5"),
            ("Tekniska nämnden", "219,4", "227,4", "(8,0)"),
            ("Kulturnämnden", "104,2", "103,8", "0,4"),
            ("Idrotts- och fritidsnämnden", "97,6", "97,6", "0,0"),
            ("Miljö- och byggnadsnämnden", "28,9", "29,0", "(0,1)"),
            ("Summa nämnder", "4 107,4", "4 148,7", "(41,3)"),
            ("Finansförvaltningen", "", "", "24,5"),
            ("Årets resultat", "81,0", "64,2", "(16,8)"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({10, 12}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="times-bold", after=2),
        Title("Karlskrona kommun – ekonomisk redovisning", size=13, font="times", after=14),
        H("Årets resultat", 1),
        PS(
            (
                "Karlskrona kommun redovisar för 2025 ett resultat på 64,2 mnkr. Det budgeterade resultatet var 81,0 "
                "mnkr, vilket innebär att resultatet blev 16,8 mnkr lägre än budget.",
                C(None, "16,8 mnkr", "-", note="The whole kommun's result against budget, after two levels."),
            ),
            (
                "Avvikelsen förklaras av att nämnderna sammantaget överskred sina ramar med 41,3 mnkr, medan "
                "finansförvaltningen redovisar ett överskott på 24,5 mnkr.",
                C(
                    "Nämnderna",
                    "41,3 mnkr",
                    "-",
                    note="One sentence, two areas: two items.",
                    also=(C("Finansförvaltningen", "24,5 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        P(
            "Jämfört med prognosen i delårsrapporten per augusti, som visade ett resultat på 52 mnkr, blev utfallet "
            "12,2 mnkr bättre.",
            F(None, "12,2 mnkr", "+", note="The outcome against the interim forecast, no cause."),
        ),
        P(
            "Balanskravsresultatet uppgår till 58,9 mnkr och kommunen uppfyller därmed balanskravet.",
            O(None, note="Balanskrav: other."),
        ),
        table,
        H("Nämndernas resultat", 2),
        Para(
            (
                (
                    "Underskottet finns framför allt inom hemtjänsten, där antalet beviljade timmar ökade med elva "
                    "procent under året, och inom särskilt boende där sjukfrånvaron och behovet av extrapersonal "
                    "nattetid varit högt. Kostnaderna för inhyrda sjuksköterskor uppgick till 6,2 mnkr.",
                    C(
                        "Äldrenämnden",
                        "−18,4 mnkr",
                        "-",
                        "volymer",
                        "sjukfranvaro",
                        "bemanning",
                        "inhyrd_personal",
                        note="The heading carries the amount (U+2212). The hired nurses' 6,2 mnkr is a level, "
                        "not the deviation.",
                    ),
                ),
            ),
            head="Äldrenämnden −18,4 mnkr",
            head_level=3,
        ),
        Para(
            (
                (
                    "Nämnden redovisar ett underskott som till största delen beror på tilläggsbelopp för barn i behov "
                    "av särskilt stöd och på att fler elever än beräknat har gått i fristående skolor.",
                    C("Barn- och ungdomsnämnden", "−13,2 mnkr", "-", "volymer", "kopt_verksamhet"),
                ),
                (
                    "Förskolan lämnar samtidigt ett överskott på 3,1 mnkr eftersom barnantalet har minskat.",
                    C(
                        "Förskolan",
                        "3,1 mnkr",
                        "+",
                        "volymer",
                        note="A sub-area's deviation inside the nämnd's paragraph: its own item.",
                    ),
                ),
            ),
            head="Barn- och ungdomsnämnden −13,2 mnkr",
            head_level=3,
        ),
        H("Socialnämnden", 3),
        P(
            "Socialnämndens underskott på 13,7 mnkr beror främst på placeringar av barn och unga i HVB och familjehem "
            "samt på ett ökat ekonomiskt bistånd under andra halvåret.",
            C("Socialnämnden", "13,7 mnkr", "-", "kopt_verksamhet", "ekonomiskt_bistand"),
        ),
        H("Tekniska nämnden", 3),
        P(
            "För Tekniska nämnden blev utfallet 8,0 mnkr sämre än budget. Vinterväghållningen under januari och "
            "december kostade betydligt mer än ett normalår, och priset på el till gatubelysningen steg.",
            C("Tekniska nämnden", "8,0 mnkr", "-", "ovrigt", "prisokningar", note="Snow is ovrigt."),
        ),
        H("Kommunstyrelsen", 3),
        P(
            "Kommunstyrelsens överskott om 7,5 mnkr förklaras av vakanta tjänster inom kommunledningsförvaltningen "
            "och av att kommungemensamma IT-projekt har senarelagts.",
            C("Kommunstyrelsen", "7,5 mnkr", "+", "vakanser", "it_digitalisering", "periodisering"),
        ),
        H("Övriga nämnder", 3),
        Bullets(
            (
                "Utbildningsnämnden: +1,7 mnkr, främst genom högre statsbidrag för yrkesvux än budgeterat.",
                "Arbetsmarknadsnämnden redovisar ett överskott på 2,5 mnkr som beror på att färre ungdomar än "
                "beräknat tackade ja till feriearbete.",
                "Kulturnämnden och Idrotts- och fritidsnämnden håller i stort sett sina budgetar.",
                "Miljö- och byggnadsnämnden gör ett litet underskott, 0,1 mnkr, till följd av lägre "
                "bygglovsintäkter.",
            ),
            labels=(
                C("Utbildningsnämnden", "+1,7 mnkr", "+", "statsbidrag"),
                C("Arbetsmarknadsnämnden", "2,5 mnkr", "+", "volymer"),
                BP(
                    "Kulturnämnden",
                    note="Two nämnder 'håller i stort sett sina budgetar' (+0,4 and 0,0 in the table).",
                    also=(BP("Idrotts- och fritidsnämnden"),),
                ),
                C("Miljö- och byggnadsnämnden", "0,1 mnkr", "-", "avgifter_intakter"),
            ),
        ),
        H("Finansförvaltningen", 2),
        P(
            "Skatteintäkter och generella statsbidrag blev 14,9 respektive 3,2 mnkr högre än budgeterat.",
            C(
                "Skatteintäkter",
                "14,9",
                "+",
                unit="mnkr",
                note=NO_TAG + " A 'respektive' pair.",
                also=(C("Generella statsbidrag", "3,2 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Pensionskostnaderna blev drygt sex miljoner kronor lägre än budget, medan finansnettot belastades av "
            "högre räntor med 2,1 mnkr.",
            C(
                "Pensionskostnader",
                "drygt sex miljoner kronor",
                "+",
                value=6_000_000,
                note=NO_TAG + " An amount in words.",
                also=(C("Finansnetto", "2,1 mnkr", "-", note=NO_TAG),),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Nettoinvesteringarna uppgick till 612 mnkr, vilket är 148 mnkr lägre än den budget på 760 mnkr som "
            "fullmäktige beslutat inklusive ombudgeteringar från 2024. Avvikelsen beror på förskjutningar i flera "
            "stora projekt.",
            C("Investeringar", "148 mnkr", "+", "periodisering"),
        ),
        P(
            "Den nya simhallen i Vämö har blivit dyrare än planerat: projektet överskred sin budget med 9,6 mnkr på "
            "grund av högre entreprenadpriser och markföroreningar som upptäcktes vid grundläggningen.",
            C(
                "Simhallen i Vämö",
                "9,6 mnkr",
                "-",
                "prisokningar",
                "ovrigt",
                note="A project overrun: negative.",
            ),
        ),
        H("Åtgärder och eget kapital", 2),
        P(
            "Äldrenämnden och Barn- och ungdomsnämnden har under hösten tagit fram handlingsplaner som ska minska "
            "kostnaderna med sammanlagt 15 mnkr under 2026.",
            A(None, "15 mnkr"),
        ),
        P(
            "Det egna kapitalet uppgår efter årets resultat till 2 480 mnkr.",
            O(None, "reserver", note="Equity: other."),
        ),
    ]
    return ReportSpec(
        file="karlskrona-ks-bokslut-2025.pdf",
        report={
            "municipality": "Karlskrona",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Karlskrona kommun", "author": "Karlskrona kommun"},
        style=style,
        blocks=blocks,
    )
