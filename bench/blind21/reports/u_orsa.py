"""Orsa kommun, Bildningsnämnden, tertialrapport 1 2026.

An education committee's first tertial report set in DejaVu Sans 9.5 pt, the comments in two columns, footer
with the nämnd's meeting date in May: the period "1,4 mnkr bättre än periodiserad budget" and the full year
"överskrida ramen med 3,2 mnkr" in one sentence (the full year's is the amount), the period's timing reason
in its own paragraph (amount null); a verksamhet table, budget minus prognosis; a "respektive" pair
("överskrida budget med 1,6 respektive 1,1 mnkr") whose shared causes are in the next sentence (two items,
the same text); "Gymnasieskolans underskott på 1,3 mnkr hänger ihop med"; "gör ett överskott om 0,6 mnkr";
"ligger 0,2 mnkr under budget" (a surplus); a central administration with "ett nollresultat" made of two
offsetting causes (a scored cause with direction balanced and no amount); investments "bedöms förbrukas
fullt ut" (boilerplate); an assignment to find savings "motsvarande 3,2 mnkr" (an action) and personnel costs
against the same period last year (other). 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.0, 11.5, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(58.0, 78.0, 58.0, 72.0),
        header=lambda n, m: ("Orsa kommun · Bildningsförvaltningen", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Bildningsnämnden 2026-05-20", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Tabell 1. Driftredovisning januari–april och helårsprognos, mnkr",
        header=(("Verksamhet", "Budget", "Utfall jan–apr", "Prognos", "Avvikelse"),),
        rows=(
            ("Förskola", "48,0", "15,2", "47,4", "0,6"),
            ("Grundskola", "112,5", "36,9", "114,1", "-1,6"),
            ("Anpassad grundskola", "9,8", "3,6", "10,9", "-1,1"),
            ("Gymnasieskola", "51,0", "16,8", "52,3", "-1,3"),
            ("Kultur och fritid", "18,4", "5,7", "18,2", "0,2"),
            ("Central administration", "12,3", "3,9", "12,3", "0,0"),
            ("Bildningsnämnden totalt", "252,0", "82,1", "255,2", "-3,2"),
        ),
        widths=(150.0, 64.0, 80.0, 64.0, 66.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="sans-bold", after=2),
        Title("Bildningsnämnden", size=12.5, font="sans", after=12),
        H("Ekonomiskt läge", 2),
        P(
            "Bildningsnämndens utfall för januari–april är 1,4 mnkr bättre än periodiserad budget, men för helåret "
            "bedöms nämnden överskrida ramen med 3,2 mnkr.",
            C(
                None,
                "3,2 mnkr",
                "-",
                note="Period and full year in one sentence: the full year's is the amount.",
            ),
        ),
        P(
            "Periodens överskott förklaras framför allt av att kostnaderna för läromedel och fortbildning brukar "
            "komma under hösten.",
            C(
                None,
                None,
                "+",
                "periodisering",
                note="The period surplus's reason in a paragraph of its own: amount null.",
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        Columns(2),
        H("Grundskola och anpassad grundskola", 3),
        P(
            "Grundskolan och anpassad grundskola beräknas överskrida budget med 1,6 respektive 1,1 mnkr. I båda "
            "fallen är orsaken fler elever med behov av särskilt stöd och att skolskjutsarna till Kyrkbyns skola har "
            "blivit dyrare efter den nya upphandlingen.",
            C(
                "Grundskola",
                "1,6",
                "-",
                "volymer",
                "prisokningar",
                unit="mnkr",
                note="A 'respektive' pair with the shared causes in the next sentence: two items, the same text.",
                also=(C("Anpassad grundskola", "1,1 mnkr", "-", "volymer", "prisokningar"),),
            ),
        ),
        H("Gymnasieskola", 3),
        P(
            "Gymnasieskolans underskott på 1,3 mnkr hänger ihop med att fler elever än planerat har valt program i "
            "Mora och Rättvik, vilket ökar de interkommunala ersättningarna.",
            C("Gymnasieskola", "1,3 mnkr", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Förskola", 3),
        P(
            "Förskolan gör ett överskott om 0,6 mnkr. Antalet inskrivna barn är lägre än budgeterat, och verksamheten "
            "i Skattungbyn har kunnat samlas på en avdelning.",
            C("Förskola", "0,6 mnkr", "+", "volymer", "omstallning"),
        ),
        H("Kultur och fritid", 3),
        P(
            "Kultur och fritid ligger 0,2 mnkr under budget, i huvudsak för att färre föreningar än väntat har sökt "
            "aktivitetsbidrag.",
            C("Kultur och fritid", "0,2 mnkr", "+", "volymer", note="'Under budget' is a surplus."),
        ),
        H("Central administration", 3),
        P(
            "Central administration gör ett nollresultat. Det nya skoladministrativa systemet blev 0,4 mnkr dyrare "
            "än budgeterat, vilket vägs upp av att en rektorstjänst har varit vakant under våren.",
            C(
                "Central administration",
                None,
                "0",
                "it_digitalisering",
                "vakanser",
                note="Balanced, with two offsetting causes: a scored cause, direction balanced. The 0,4 mnkr is a "
                "part, not the area's deviation: amount null.",
            ),
        ),
        H("Investeringar", 3),
        P("Nämndens investeringsbudget om 2,5 mnkr bedöms förbrukas fullt ut.", BP("Investeringar")),
        PageBreak(),
        Columns(1),
        H("Åtgärder", 2),
        P(
            "Nämnden har gett förvaltningen i uppdrag att ta fram förslag till åtgärder motsvarande 3,2 mnkr. "
            "Förslagen ska redovisas vid nämndens sammanträde i juni.",
            A(None, "3,2 mnkr", note="An assignment with its target effect."),
        ),
        H("Personal", 2),
        P(
            "Personalkostnaderna har ökat med 4,1 procent jämfört med samma period 2025, i huvudsak till följd av "
            "lönerevisionen.",
            O(None, "lonekostnader", note="Against the same period of the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="orsa-bin-tertialrapport-2026-04.pdf",
        report={
            "municipality": "Orsa",
            "committee": ["Bildningsnämnden"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={"title": "Tertialrapport 1 2026 Bildningsnämnden", "author": "Orsa kommun"},
        style=style,
        blocks=blocks,
    )
