"""Trollhättans stad, Kommunstyrelsen, delårsrapport januari–augusti 2025 (the whole kommun).

A whole-kommun interim report in DejaVu Serif 10 pt, footer with the fullmäktige meeting in October: the
period's result as a level and the full year "23,4 mnkr lägre än det budgeterade resultatet" in one paragraph
(one item), the next sentence splitting it into the nämnder's "underskott på 51,2 mnkr" and the finance
function's "överskott om 27,8 mnkr" (two items), a change since April with its cause; a table per nämnd with
deficits in brackets ("(29,2)"); en-dash bullets under a generic heading ("Ekonomiavdelningens kommentarer") in
varied shapes (subject "redovisar ett överskott", a colon and "underskottet om", a possessive "Socialnämndens
prognos innebär", "överskrider sin ram med", "håller i stort sin budget … ett litet överskott, 1,1 mnkr" with no
reason, "prognostiserar +4,1 mnkr, tack vare"); three finance items in one sentence and the finance net in the
next; investments "154 mnkr inte förbrukas" and a project overrun "överskrida projektbudgeten med 8,5 mnkr";
two actions, the balanskrav and goal with "beror på" and staff numbers against last year (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "serif-bold"),
        margins=(66.0, 76.0, 66.0, 72.0),
        header=lambda n, m: ("Trollhättans stad", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-27", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos 2025 per nämnd, mnkr (underskott inom parentes)",
        header=(("Nämnd", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "212,4", "208,3", "4,1"),
            ("Utbildningsnämnden", "1 384,0", "1 402,6", "(18,6)"),
            ("Socialnämnden", "512,7", "541,9", "(29,2)"),
            ("Vård- och omsorgsnämnden", "968,3", "981,0", "(12,7)"),
            ("Kultur- och fritidsnämnden", "141,5", "140,4", "1,1"),
            ("Samhällsbyggnadsnämnden", "198,8", "194,7", "4,1"),
            ("Summa nämnder", "", "", "(51,2)"),
            ("Finansförvaltningen", "", "", "27,8"),
            ("Totalt", "", "", "(23,4)"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6, 8}),
        rules=True,
        size=9.0,
    )
    bullets = Bullets(
        items=(
            "Kommunstyrelsen redovisar ett överskott på 4,1 mnkr, som främst beror på vakanta tjänster inom "
            "IT-avdelningen och HR-avdelningen.",
            "Utbildningsnämnden: underskottet om 18,6 mnkr förklaras av fler elever i grundsärskolan och ökade "
            "kostnader för skolskjuts efter en ny upphandling.",
            "Socialnämndens prognos innebär ett underskott på 29,2 mnkr. Kostnaderna för externa placeringar av barn "
            "och unga har ökat kraftigt, och försörjningsstödet ligger högre än budgeterat.",
            "Vård- och omsorgsnämnden överskrider sin ram med 12,7 mnkr. Bemanningen i hemtjänsten har inte anpassats "
            "till färre beviljade timmar, och sjukfrånvaron är fortsatt hög.",
            "Kultur- och fritidsnämnden håller i stort sin budget och beräknas lämna ett litet överskott, 1,1 mnkr.",
            "Samhällsbyggnadsnämnden prognostiserar +4,1 mnkr, tack vare högre intäkter från bygglov och lägre "
            "kapitalkostnader när investeringar har skjutits fram.",
        ),
        labels=(
            C("Kommunstyrelsen", "4,1 mnkr", "+", "vakanser"),
            C(
                "Utbildningsnämnden",
                "18,6 mnkr",
                "-",
                "volymer",
                "prisokningar",
                note="A dearer school transport contract is prisokningar.",
            ),
            C(
                "Socialnämnden",
                "29,2 mnkr",
                "-",
                "kopt_verksamhet",
                "ekonomiskt_bistand",
                note="A possessive.",
            ),
            C("Vård- och omsorgsnämnden", "12,7 mnkr", "-", "bemanning", "volymer", "sjukfranvaro"),
            C(
                "Kultur- och fritidsnämnden",
                "1,1 mnkr",
                "+",
                note="'håller i stort sin budget' with a stated surplus: a cause with its amount, no reason.",
            ),
            C(
                "Samhällsbyggnadsnämnden",
                "+4,1 mnkr",
                "+",
                "avgifter_intakter",
                "periodisering",
                note="Lower capital costs from postponed investments: periodisering.",
            ),
        ),
        glyph="–",
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="sans-bold", after=2),
        Title("Trollhättans stad", size=12.5, font="serif", after=14),
        H("Förvaltningsberättelse", 1),
        H("Ekonomiskt resultat", 2),
        P(
            "Periodens resultat uppgår till 148,6 mnkr. Helårsprognosen pekar på ett resultat om 62,0 mnkr, vilket "
            "är 23,4 mnkr lägre än det budgeterade resultatet på 85,4 mnkr.",
            C(None, "23,4 mnkr", "-", note="A period level, then the full year against budget: one item."),
        ),
        P(
            "Avvikelsen förklaras av att nämndernas samlade prognos visar ett underskott på 51,2 mnkr, medan "
            "finansförvaltningen väntas ge ett överskott om 27,8 mnkr.",
            C(
                "Nämnderna",
                "51,2 mnkr",
                "-",
                note="The result split into nämnder and finance function in one sentence: two items.",
                also=(C("Finansförvaltningen", "27,8 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med prognosen i april har resultatet försämrats med 9,1 mnkr, främst på grund av högre "
            "kostnader för placeringar av barn och unga.",
            F(None, "9,1 mnkr", "-", "kopt_verksamhet"),
        ),
        table,
        H("Nämndernas prognoser", 2),
        H("Ekonomiavdelningens kommentarer", 3),
        bullets,
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkterna blir 14,2 mnkr högre än budget och generella statsbidrag och utjämning 6,1 mnkr "
                "högre, medan pensionskostnaderna beräknas bli 3,4 mnkr lägre än budgeterat.",
                C(
                    "Skatteintäkter",
                    "14,2 mnkr",
                    "+",
                    note=NO_TAG + " Three finance items in one sentence.",
                    also=(
                        C("Generella statsbidrag och utjämning", "6,1 mnkr", "+", note=NO_TAG),
                        C("Pensionskostnader", "3,4 mnkr", "+", note=NO_TAG),
                    ),
                ),
            ),
            (
                "Finansnettot blir 4,1 mnkr bättre än budget till följd av högre ränteintäkter på likviditeten.",
                C("Finansnetto", "4,1 mnkr", "+", note=NO_TAG),
            ),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 612 mnkr. Prognosen är 458 mnkr, vilket innebär att 154 mnkr "
            "inte förbrukas under året. Den största avvikelsen finns i projektet Nya Strandvägsskolan, där "
            "byggstarten har flyttats till våren 2026.",
            C("Investeringar", "154 mnkr", "+", "periodisering"),
        ),
        P(
            "Ombyggnaden av simhallen beräknas däremot överskrida projektbudgeten med 8,5 mnkr, som en följd av "
            "fuktskador som upptäcktes vid rivningen.",
            C("Ombyggnaden av simhallen", "8,5 mnkr", "-", "ovrigt", note="Damp damage found: ovrigt."),
        ),
        H("Åtgärder", 2),
        P(
            "Socialnämnden har beslutat om en handlingsplan med bland annat utökad öppenvård på hemmaplan, som "
            "beräknas minska kostnaderna för placeringar med 6 mnkr på helårsbasis.",
            A("Socialnämnden", "6 mnkr", "kopt_verksamhet"),
        ),
        P(
            "Vård- och omsorgsnämnden har infört anställningsprövning och ser över schemaläggningen i hemtjänsten.",
            A("Vård- och omsorgsnämnden", None, "bemanning"),
        ),
        H("Balanskrav och god ekonomisk hushållning", 2),
        P(
            "Balanskravsresultatet beräknas till 54,3 mnkr, och kommunen uppfyller därmed balanskravet. Målet om ett "
            "resultat på minst 2 procent av skatter och bidrag nås inte, vilket beror på nämndernas underskott.",
            O(None, note="Balanskrav and a financial goal with 'beror på': other."),
        ),
        H("Personal", 2),
        P(
            "Antalet årsarbetare har ökat med 64 jämfört med augusti 2024, vilket främst beror på fler anställda inom "
            "förskolan.",
            O(None, note="Staff numbers against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="trollhattan-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Trollhättan", "Trollhättans stad"],
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Trollhättans stad"},
        style=style,
        blocks=blocks,
    )
