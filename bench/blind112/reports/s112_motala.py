"""Motala kommun, Socialnämnden, prognos 2 2026 (per april).

A social committee's forecast report in "miljoner kronor" set in Liberation Serif, footer with the nämnd's
meeting date in May: the full year "en negativ avvikelse mot budget med 11,6 miljoner kronor (−8,4 i prognos
1)" with last forecast's figure in brackets, the period "4,1 miljoner kronor högre än periodiserad budget" (a
net cost, negative) and the change since prognos 1 with its causes, three sentences of one paragraph; a table
whose minus signs stand apart from the figures ("- 4,8"); one plain heading with "ett prognostiserat
underskott på", one whose paragraph ends with a volume against last year (other, its own item), then bold
run-in verksamheter ending in a full stop: "ligger 3,7 miljoner kronor över budget", a reason-only deficit
(the row's "- 1,0") and two verksamheter under one lead as a "respektive" pair with shared causes; an action
not in the forecast, an uncertainty (other) and investments "beräknas användas fullt ut" (boilerplate).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(16.0, 13.0, 11.5),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 78.0, 72.0, 76.0),
        header=lambda n, m: ("Motala kommun", "Prognos 2 2026"),
        footer=lambda n, m: ("Socialnämnden 2026-05-19", "", f"{n}"),
        header_size=8.5,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning per verksamhetsområde, miljoner kronor",
        header=(("Verksamhetsområde", "Budget", "Prognos", "Avvikelse", "Avvikelse P1"),),
        rows=(
            ("Nämnd och ledning", "14,2", "13,6", "0,6", "0,5"),
            ("Barn och familj", "118,5", "123,3", "- 4,8", "- 4,1"),
            ("Vuxen och missbruk", "46,9", "50,1", "- 3,2", "- 1,9"),
            ("Försörjningsstöd", "61,0", "64,7", "- 3,7", "- 2,4"),
            ("Arbetsmarknad och integration", "38,4", "37,9", "0,5", "0,5"),
            ("Socialpsykiatri", "29,7", "30,7", "- 1,0", "- 1,0"),
            ("Summa", "308,7", "320,3", "- 11,6", "- 8,4"),
        ),
        widths=(160.0, 62.0, 62.0, 66.0, 76.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.5,
    )
    blocks = [
        Title("Prognos 2 2026", size=20, font="times-bold", after=2),
        Title("Socialnämnden", size=13, font="times", after=14),
        H("Förväntad budgetavvikelse", 2),
        PS(
            (
                "Socialnämnden beräknar för helåret en negativ avvikelse mot budget med 11,6 miljoner kronor (−8,4 i "
                "prognos 1).",
                C(None, "11,6 miljoner kronor", "-", note="The bracket is the previous forecast's figure."),
            ),
            (
                "Utfallet till och med april är 4,1 miljoner kronor högre än periodiserad budget.",
                C(None, "4,1 miljoner kronor", "-", note="A net cost above the periodised budget: negative."),
            ),
            (
                "Försämringen med 3,2 miljoner kronor sedan prognos 1 kommer i huvudsak från försörjningsstödet och "
                "från placeringar av vuxna med missbruk.",
                F(None, "3,2 miljoner kronor", "-", "ekonomiskt_bistand", "kopt_verksamhet"),
            ),
        ),
        table,
        H("Kommentarer per verksamhetsområde", 2),
        H("Barn och familj", 3),
        P(
            "Verksamheten visar ett prognostiserat underskott på 4,8 miljoner kronor. Antalet barn placerade i "
            "familjehem via konsulentstödda familjehemsföretag har ökat från 14 till 19 sedan årsskiftet, och två "
            "ungdomar vårdas på HVB med särskilt höga dygnskostnader.",
            C("Barn och familj", "4,8 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
        ),
        H("Vuxen och missbruk", 3),
        PS(
            (
                "Kostnaderna för köpt vård överstiger budget med 3,2 miljoner kronor, till följd av fler "
                "LVM-placeringar under våren.",
                C("Vuxen och missbruk", "3,2 miljoner kronor", "-", "kopt_verksamhet", "volymer"),
            ),
            (
                "Under perioden har sju personer varit placerade enligt LVM, jämfört med tre under motsvarande period "
                "2025.",
                O("Vuxen och missbruk", "volymer", note="Volumes against the previous year: other."),
            ),
        ),
        LP(
            "Försörjningsstöd.",
            "Utbetalningarna av ekonomiskt bistånd ligger 3,7 miljoner kronor över budget. Fler hushåll än tidigare "
            "saknar rätt till ersättning från a-kassan, och den genomsnittliga utbetalningen per hushåll har ökat.",
            C("Försörjningsstöd", "3,7 miljoner kronor", "-", "ekonomiskt_bistand", "volymer"),
        ),
        LP(
            "Socialpsykiatri.",
            "Underskottet beror på en ny boendeplats i extern regi som inte fanns med i budgeten.",
            C(
                "Socialpsykiatri",
                "- 1,0",
                "-",
                "kopt_verksamhet",
                unit="mnkr",
                table=True,
                note="A reason only: the row's cell, minus sign apart.",
            ),
        ),
        LP(
            "Nämnd och ledning samt arbetsmarknad och integration.",
            "Båda områdena visar överskott, 0,6 respektive 0,5 miljoner kronor, tack vare vakanta tjänster och ett "
            "högre statsbidrag för etableringsinsatser än beräknat.",
            C(
                "Nämnd och ledning",
                "0,6",
                "+",
                "vakanser",
                "statsbidrag",
                unit="mnkr",
                note="Two verksamheter under one lead ('respektive'), shared causes: two items with the same tags.",
                also=(
                    C(
                        "Arbetsmarknad och integration",
                        "0,5 miljoner kronor",
                        "+",
                        "vakanser",
                        "statsbidrag",
                    ),
                ),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden beslutade i mars om en åtgärdsplan där bland annat egna familjehem ska rekryteras i stället för "
            "konsulentstödda. Effekten bedöms till 1,2 miljoner kronor för 2026 och ingår inte i prognosen.",
            A("Barn och familj", "1,2 miljoner kronor", "kopt_verksamhet"),
        ),
        H("Osäkerhetsfaktorer", 2),
        P(
            "Prognosen är osäker när det gäller försörjningsstödet, som påverkas av arbetsmarknadsläget, och de "
            "placeringar som kan bli aktuella efter domstolsbeslut.",
            O(None, note="Uncertainty: other."),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget på 1,2 miljoner kronor för möbler och trygghetslarm beräknas användas "
            "fullt ut.",
            BP("Investeringar"),
        ),
    ]
    return ReportSpec(
        file="motala-sn-prognos-2026-04.pdf",
        report={
            "municipality": "Motala",
            "committee": ["Socialnämnden"],
            "period": ["2026-04"],
            "report_type": "prognos",
        },
        metadata={"title": "Prognos 2 2026 Socialnämnden", "author": "Motala kommun"},
        style=style,
        blocks=blocks,
    )
