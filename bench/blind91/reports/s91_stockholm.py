"""Stockholms stad, Trafiknämnden, verksamhetsberättelse 2025.

A traffic committee's year-end report in Liberation Serif (Times) 10.5 pt, footer with the nämnd's adoption
date in February: the net cost "37,4 mnkr lägre än budget" with its reasons, then revenue "74,2 mnkr högre än
budgeterat, medan kostnaderna översteg budget med 36,8 mnkr" (two items in one sentence), the outcome
against the second tertial report's forecast with its cause; a comment table in mnkr where a net-revenue row
has a negative budget ("-640,3"), reason-only comments take their cells ("17,3", "-56,9", "-2,7", "18,4"),
one comment names its own amount ("61,5 mnkr högre än budget"), one says "I nivå med budget" (boilerplate)
and one row has none; investments "1 486 mnkr mot en budget på 1 920 mnkr. Avvikelsen på 434 mnkr beror
…" and a quay project "46 mnkr dyrare än projektbudgeten"; parking fines against 2024 with "beror på", an
action for next year and a surplus that may not be carried over (others).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, CommentTable, H, P, ReportSpec, Style, Title

from reports.common import BP, A, C, F, O

ROW = "A comment-column reason with no amount: the row's deviation cell (mnkr)."


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.35,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(66.0, 80.0, 66.0, 74.0),
        header=lambda n, m: ("Trafiknämnden", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Stockholms stad", "Fastställd av trafiknämnden 2026-02-19", f"Sida {n}"),
        header_size=8.5,
        rule_under_header=True,
    )
    comments = CommentTable(
        header=("Verksamhet, mnkr", "Budget", "Utfall", "Avvikelse", "Kommentar"),
        rows=(
            (
                ("Gatudrift och underhåll", "1 180,5", "1 163,2", "17,3"),
                "Planerade beläggningsarbeten på två huvudgator i innerstaden sköts till 2026 på grund av "
                "ledningsarbeten.",
                C("Gatudrift och underhåll", "17,3", "+", "periodisering", unit="mnkr", table=True, note=ROW),
            ),
            (
                ("Vinterväghållning", "412,0", "468,9", "-56,9"),
                "Snöfallen i januari och december krävde fler utryckningar och mer bortforsling av snö.",
                C(
                    "Vinterväghållning",
                    "-56,9",
                    "-",
                    "ovrigt",
                    unit="mnkr",
                    table=True,
                    note=ROW + " Snow: ovrigt.",
                ),
            ),
            (
                ("Parkering", "-640,3", "-701,8", "61,5"),
                "Parkeringsintäkterna blev 61,5 mnkr högre än budget efter höjda taxor i zon 1 och 2 och fler "
                "betalda parkeringar.",
                C(
                    "Parkering",
                    "61,5 mnkr",
                    "+",
                    "avgifter_intakter",
                    "volymer",
                    note="A net-revenue row with a negative budget; the comment names its own amount.",
                ),
            ),
            (
                ("Trafiksäkerhet och framkomlighet", "298,4", "301,1", "-2,7"),
                "Fler tillfälliga trafikanordningar vid stadens byggarbetsplatser än beräknat.",
                C(
                    "Trafiksäkerhet och framkomlighet",
                    "-2,7",
                    "-",
                    "volymer",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (
                ("Cykel- och gångtrafik", "96,2", "96,4", "-0,2"),
                "I nivå med budget.",
                BP("Cykel- och gångtrafik"),
            ),
            (("Lokala trafikfrågor", "22,1", "22,1", "0,0"), "", None),
            (
                ("Administration och IT", "703,2", "684,8", "18,4"),
                "Vakanser inom förvaltningens stab och lägre kostnader för konsulter än planerat.",
                C(
                    "Administration och IT",
                    "18,4",
                    "+",
                    "vakanser",
                    "inhyrd_personal",
                    unit="mnkr",
                    table=True,
                    note=ROW,
                ),
            ),
            (("Summa", "2 072,1", "2 034,7", "37,4"), "", None),
        ),
        widths=(132.0, 48.0, 48.0, 52.0),
        size=8.5,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=20, font="times-bold", after=2),
        Title("Trafiknämnden", size=13, font="times", after=14),
        H("Nämndens ekonomiska resultat", 2),
        P(
            "Trafiknämndens nettokostnader för 2025 uppgick till 2 034,7 mnkr, vilket är 37,4 mnkr lägre än "
            "budget. Intäkterna från parkeringsavgifter blev högre än beräknat, samtidigt som kostnaderna för "
            "vinterväghållning översteg budget.",
            C(None, "37,4 mnkr", "+", "avgifter_intakter", "ovrigt"),
        ),
        P(
            "Intäkterna blev 74,2 mnkr högre än budgeterat, medan kostnaderna översteg budget med 36,8 mnkr.",
            C(
                "Intäkter",
                "74,2 mnkr",
                "+",
                note="Revenue and costs in one sentence: two items. No reason given here.",
                also=(C("Kostnader", "36,8 mnkr", "-"),),
            ),
        ),
        P(
            "Jämfört med prognosen i tertialrapport 2 är resultatet 12,1 mnkr bättre, vilket främst beror på att "
            "flera underhållsprojekt inte hann upphandlas före årets slut.",
            F(None, "12,1 mnkr", "+", "periodisering", note="The outcome against the last forecast."),
        ),
        comments,
        H("Investeringar", 2),
        PS(
            (
                "Nämndens investeringsutgifter uppgick till 1 486 mnkr mot en budget på 1 920 mnkr. Avvikelsen på "
                "434 mnkr beror främst på att två brorenoveringar har försenats av överprövade upphandlingar.",
                C("Investeringar", "434 mnkr", "+", "periodisering"),
            ),
            (
                "Kajrenoveringen vid Norr Mälarstrand blev 46 mnkr dyrare än projektbudgeten när sämre "
                "grundförhållanden än väntat krävde fler pålar.",
                C(
                    "Kajrenoveringen vid Norr Mälarstrand",
                    "46 mnkr",
                    "-",
                    "ovrigt",
                    note="A project overrun.",
                ),
            ),
        ),
        H("Verksamhetens utveckling", 2),
        P(
            "Antalet utfärdade felparkeringsavgifter ökade med 9 procent jämfört med 2024, vilket beror på fler "
            "parkeringsvakter i ytterstaden.",
            O(None, note="A volume against the previous year: other."),
        ),
        H("Inför 2026", 2),
        P(
            "Nämnden har beslutat att upphandla vinterväghållningen med en kombination av fasta och rörliga "
            "ersättningar, vilket beräknas sänka kostnaderna med omkring 15 mnkr per år.",
            A("Vinterväghållning", "omkring 15 mnkr"),
        ),
        P(
            "Överskottet från parkeringsverksamheten får enligt kommunfullmäktiges beslut inte föras över till "
            "2026 utan tillfaller stadens resultat.",
            O(None, note="A statement on carrying over the surplus: other."),
        ),
    ]
    return ReportSpec(
        file="stockholm-tn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": ["Stockholm", "Stockholms stad"],
            "committee": ["Trafiknämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Trafiknämnden", "author": "Stockholms stad"},
        style=style,
        blocks=blocks,
    )
