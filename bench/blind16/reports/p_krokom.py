"""Krokoms kommun, Barn- och utbildningsnämnden, konsekvensbeskrivning av budgetram 2027.

Not a budget follow-up at all: the nämnd's answer to the budget preparation, describing what the proposed
frame for next year means. It is full of amounts and follow-up words ("Ramökningen täcker därmed inte
kostnadsutvecklingen", "ett glapp på 2,2 mnkr", "kosta 1,9 mnkr mer än", "3,4 mnkr i intäkter faller bort",
"beror", proposed savings with their amounts), but none of it is a deviation from a budget: every labelled
passage is `other` (the frame against this year's, cost increases, volumes, a lost state grant, proposed
adjustments as bullets, their sum against the gap, the lack of carried-over surpluses). Background, the
consequences for children and the decision proposal are unlabelled. The document has no cause. DejaVu Serif
Condensed 10 pt with DejaVu Sans headings.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Title

from reports.common import O

NOT = "A budget frame for next year, not a follow-up: other."


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("Krokoms kommun", "Barn- och utbildningsförvaltningen"),
        footer=lambda n, m: ("Barn- och utbildningsnämnden 2026-03-11, § 24", "", f"Sida {n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    blocks = [
        Title("Konsekvensbeskrivning av budgetram 2027", size=18, font="sans-bold", after=2),
        Title("Barn- och utbildningsnämnden", size=12, font="serif-cond", after=12),
        H("Bakgrund", 2),
        P(
            "Kommunstyrelsens budgetberedning har föreslagit en ram för barn- och utbildningsnämnden 2027 på 512,4 "
            "mnkr, vilket är 9,6 mnkr mer än ramen för 2026. Nämnden har ombetts beskriva vilka konsekvenser ramen "
            "får för verksamheten.",
            O(None, note="The proposed frame against this year's frame. " + NOT),
        ),
        H("Kostnadsökningar som inte ryms i ramen", 2),
        P(
            "Löneökningar och höjda hyror för de nya lokalerna i Nälden beräknas öka kostnaderna med 11,8 mnkr. "
            "Ramökningen täcker därmed inte kostnadsutvecklingen, och det uppstår ett glapp på 2,2 mnkr som måste "
            "hanteras inom verksamheten.",
            O(None, "lonekostnader", "lokaler", note="A gap in next year's frame, not a deviation. " + NOT),
        ),
        P(
            "Elevprognosen visar 46 fler elever i grundskolan hösten 2027 än hösten 2026, medan antalet barn i "
            "förskolan minskar med ett trettiotal. Volymförändringarna beräknas sammantaget kosta 1,9 mnkr mer än "
            "vad resursfördelningsmodellen ger.",
            O(None, "volymer", note=NOT),
        ),
        P(
            "Det riktade statsbidraget för en mer likvärdig skola upphör vid årsskiftet, vilket innebär att 3,4 mnkr "
            "i intäkter faller bort.",
            O(None, "statsbidrag", note=NOT),
        ),
        H("Förslag till anpassningar", 2),
        P("Förvaltningen föreslår följande anpassningar för att nå en budget i balans 2027:"),
        Bullets(
            (
                "Förskolorna i Dvärsätt och Rödön slås samman till en enhet från augusti 2027 (1,1 mnkr).",
                "Budgeten för kompetensutveckling minskas (0,6 mnkr).",
                "Avgiften i kulturskolan höjs från 600 till 800 kronor per termin (0,3 mnkr).",
            ),
            labels=(
                O("Förskola", "omstallning", note="A proposed adjustment for next year. " + NOT),
                O(None, note="A proposed adjustment for next year. " + NOT),
                O("Kulturskola", "avgifter_intakter", note="A proposed fee change for next year. " + NOT),
            ),
        ),
        P(
            "Tillsammans ger förslagen 2,0 mnkr, vilket är 0,2 mnkr mindre än glappet. Resterande del föreslås "
            "hanteras genom återhållsamhet med vikarier under året.",
            O(None, "vikarier", note=NOT),
        ),
        H("Konsekvenser för barn och elever", 2),
        P(
            "En sammanslagning av förskolorna innebär längre resväg för en del familjer i Rödön. Förvaltningen har "
            "gjort en barnkonsekvensanalys, som bifogas, och bedömer att kvaliteten i undervisningen kan behållas "
            "eftersom barngruppernas storlek inte ändras."
        ),
        H("Tidigare års resultat", 2),
        P(
            "Nämnden har inga ackumulerade överskott från tidigare år att föra över till 2027.",
            O(None, "reserver", note="Carried-over surpluses: reserve talk, other."),
        ),
        H("Förslag till beslut", 2),
        P(
            "Barn- och utbildningsnämnden överlämnar konsekvensbeskrivningen till kommunstyrelsens budgetberedning "
            "och föreslår att ramen för 2027 räknas upp med ytterligare 2,2 mnkr."
        ),
    ]
    return ReportSpec(
        file="krokom-bun-konsekvensbeskrivning-budgetram-2027.pdf",
        report={
            "municipality": "Krokom",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2027", "2026-03"],
            "report_type": "konsekvensbeskrivning",
        },
        metadata={
            "title": "Konsekvensbeskrivning av budgetram 2027 Barn- och utbildningsnämnden",
            "author": "Krokoms kommun",
        },
        style=style,
        blocks=blocks,
    )
