"""Flens kommun, Kommunstyrelsen, delårsrapport januari–augusti 2025.

A whole-kommun interim report in "mnkr", footer with the fullmäktige meeting in October and a diarienummer:
the period "12,2 mnkr bättre än det periodiserade budgeterade resultatet" and its timing reason in the next
sentence (amount null), the full year as "en negativ avvikelse på 14,6 mnkr" after two levels, one sentence
splitting it into the nämnder's "underskott på 27,3 mnkr" and the finance function's "överskott om 12,7 mnkr";
a result table per nämnd with "−" minus signs; en-dash bullets under a generic heading
("Ekonomiavdelningens kommentarer") in varied shapes ("överskott 1,9 mnkr" after a colon, "redovisar ett
prognostiserat underskott", a possessive "Socialnämndens underskott, 18,6 mnkr" with a part in brackets,
"bedöms hålla sin budget", "beräknas överskrida ramen"); taxes, and pensions and the finance net as a
"respektive" pair; an undistributed reserve (other); investments "65,4 mnkr inte beräknas förbrukas" and a
project overrun; an action with its effect, the change since April and balanskrav/equity (other). Liberation
Sans (Arial) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(64.0, 76.0, 64.0, 72.0),
        header=lambda n, m: ("Flens kommun", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Kommunfullmäktige 2025-10-27", "Dnr KS 2025/412", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per nämnd, mnkr",
        header=(("Nämnd", "Budget helår", "Prognos helår", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "−142,8", "−140,9", "1,9"),
            ("Barn- och utbildningsnämnden", "−486,5", "−495,9", "−9,4"),
            ("Socialnämnden", "−512,0", "−530,6", "−18,6"),
            ("Arbetsmarknads- och integrationsnämnden", "−64,2", "−63,9", "0,3"),
            ("Samhällsbyggnadsnämnden", "−58,7", "−60,2", "−1,5"),
            ("Summa nämnder", "−1 264,2", "−1 291,5", "−27,3"),
            ("Finansförvaltningen", "1 285,2", "1 297,9", "12,7"),
            ("Årets resultat", "21,0", "6,4", "−14,6"),
        ),
        widths=(210.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5, 7}),
        rules=True,
        size=9.0,
        shade=(0.86, 0.9, 0.95),
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=20, font="arial-bold", after=2),
        Title("Flens kommun", size=13, font="arial", after=14),
        H("Ekonomisk sammanfattning", 2),
        PS(
            (
                "Kommunens resultat för perioden januari–augusti uppgår till 48,6 mnkr, vilket är 12,2 mnkr bättre "
                "än det periodiserade budgeterade resultatet.",
                C(
                    None,
                    "12,2 mnkr",
                    "+",
                    note="The period against the periodised budget: a cause of its own.",
                ),
            ),
            (
                "Det goda periodresultatet beror till stor del på att kostnader för underhåll och semesterlöner "
                "fördelar sig ojämnt över året.",
                C(
                    None,
                    None,
                    "+",
                    "periodisering",
                    note="The period surplus's timing reason apart: amount null.",
                ),
            ),
        ),
        P(
            "För helåret prognostiseras ett resultat på 6,4 mnkr, att jämföra med budgeterade 21,0 mnkr, en negativ "
            "avvikelse på 14,6 mnkr.",
            C(None, "14,6 mnkr", "-", note="The full year: two levels, then the deviation."),
        ),
        P(
            "Nämndernas samlade prognos visar ett underskott på 27,3 mnkr medan finansförvaltningen beräknas ge ett "
            "överskott om 12,7 mnkr.",
            C(
                "Nämnderna",
                "27,3 mnkr",
                "-",
                note="One sentence split into the nämnder and the finance function: two items.",
                also=(C("Finansförvaltningen", "12,7 mnkr", "+"),),
            ),
        ),
        table,
        H("Nämndernas prognoser", 2),
        H("Ekonomiavdelningens kommentarer", 3),
        Bullets(
            (
                "Kommunstyrelsen: överskott 1,9 mnkr, främst till följd av vakanta tjänster inom ekonomi- och "
                "HR-avdelningarna samt lägre kostnader för den politiska verksamheten.",
                "Barn- och utbildningsnämnden redovisar ett prognostiserat underskott på 9,4 mnkr. Det förklaras av "
                "fler barn i behov av särskilt stöd, högre kostnader för skolskjuts efter en ny upphandling och att "
                "statsbidraget för likvärdig skola blev lägre än beräknat.",
                "Socialnämndens underskott, 18,6 mnkr, kan härledas till externa placeringar av barn och unga "
                "(–11,2 mnkr) och till hemtjänsten, där antalet beviljade timmar har ökat med 14 procent sedan "
                "årsskiftet.",
                "Arbetsmarknads- och integrationsnämnden bedöms hålla sin budget.",
                "Samhällsbyggnadsnämnden beräknas överskrida ramen med 1,5 mnkr. Vinterväghållningen under januari "
                "och februari kostade betydligt mer än budgeterat och intäkterna från bygglov har minskat.",
            ),
            labels=(
                C("Kommunstyrelsen", "1,9 mnkr", "+", "vakanser"),
                C(
                    "Barn- och utbildningsnämnden",
                    "9,4 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    "statsbidrag",
                    note="A dearer school transport contract is prisokningar.",
                ),
                C(
                    "Socialnämnden",
                    "18,6 mnkr",
                    "-",
                    "kopt_verksamhet",
                    "volymer",
                    note="The bracketed –11,2 mnkr is a part (placements), not the amount.",
                ),
                BP("Arbetsmarknads- och integrationsnämnden", note="Although the table row says 0,3."),
                C(
                    "Samhällsbyggnadsnämnden",
                    "1,5 mnkr",
                    "-",
                    "ovrigt",
                    "avgifter_intakter",
                    note="Snow is ovrigt.",
                ),
            ),
            glyph="–",
        ),
        H("Finansförvaltningen", 3),
        P(
            "Skatteintäkter och generella statsbidrag beräknas bli 9,8 mnkr högre än budget, främst till följd av ett "
            "högre slutavräkningsbelopp för 2024 och 2025 enligt SKR:s augustiprognos.",
            C("Skatteintäkter och generella statsbidrag", "9,8 mnkr", "+", note="Finance items get no tag."),
        ),
        P(
            "Pensionskostnaderna och finansnettot avviker positivt med 1,6 respektive 1,3 mnkr.",
            C(
                "Pensionskostnader",
                "1,6",
                "+",
                unit="mnkr",
                note="A 'respektive' pair: two items with the same text.",
                also=(C("Finansnetto", "1,3 mnkr", "+"),),
            ),
        ),
        P(
            "Kommunens reserv för oförutsedda kostnader, 4,0 mnkr, är ännu inte fördelad och ingår i prognosen.",
            O(None, "reserver", note="A reserve statement: other."),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2025 uppgår till 186,4 mnkr och prognosen är 121,0 mnkr, vilket innebär att "
            "65,4 mnkr inte beräknas förbrukas under året. Den största förskjutningen gäller den nya skolan i "
            "Flen, där byggstarten har flyttats till våren 2026.",
            C("Investeringar", "65,4 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        P(
            "Ombyggnaden av reningsverket i Malmköping beräknas däremot överskrida projektbudgeten med 3,2 mnkr på "
            "grund av oförutsedda markförhållanden.",
            C(
                "Ombyggnaden av reningsverket i Malmköping",
                "3,2 mnkr",
                "-",
                "ovrigt",
                note="A project overrun.",
            ),
        ),
        H("Åtgärder och förändring sedan april", 2),
        P(
            "Socialnämnden och barn- och utbildningsnämnden har fått i uppdrag att ta fram handlingsplaner för en "
            "budget i balans. Socialnämndens plan, med bland annat en översyn av hemtjänstens planering, beräknas "
            "minska underskottet med 3,5 mnkr under hösten.",
            A("Socialnämnden", "3,5 mnkr", "bemanning"),
        ),
        P(
            "Prognosen är 4,1 mnkr sämre än i aprilrapporten, framför allt till följd av den ökade hemtjänsten.",
            F(None, "4,1 mnkr", "-", "volymer"),
        ),
        H("Balanskrav och eget kapital", 2),
        P(
            "Balanskravsresultatet beräknas till 5,1 mnkr efter avdrag för realisationsvinster. Kommunens eget "
            "kapital uppgår till 412 mnkr.",
            O(None, note="Balanskrav and equity: other."),
        ),
    ]
    return ReportSpec(
        file="flen-ks-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Flen",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025", "author": "Flens kommun"},
        style=style,
        blocks=blocks,
    )
