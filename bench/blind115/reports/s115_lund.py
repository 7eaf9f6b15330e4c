"""Lunds kommun, Barn- och skolnämnden, delårsrapport januari–augusti 2025.

An education committee's interim report in mnkr with U+2212 minus signs, footer with the nämnd's meeting date
in September: the full year "ett resultat på −9,6 mnkr mot budget", the change since April in the next
sentence (a forecast change) and the period "3,1 mnkr bättre än periodiserad budget" with its reason in the
same sentence pair (one item); a verksamhet table with the April forecast beside; then two columns of headings
that carry the verksamhet and its amount ("Förskola +4,2 mnkr", "Grundskola −8,3 mnkr"), each over a short
paragraph with the causes only, one of which ends in "har ökat med elva" (a number in words that is not the
amount); investments used in full (boilerplate), an action with an effect next year and the lack of equity
(other). DejaVu Serif 10 pt in two columns.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Columns, H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif",
        bold="serif-bold",
        italic="serif-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("serif-bold", "serif-bold", "serif-bold"),
        margins=(60.0, 78.0, 60.0, 72.0),
        gutter=24.0,
        header=lambda n, m: ("Lunds kommun", "Barn- och skolförvaltningen"),
        footer=lambda n, m: ("Delårsrapport 2025 – Barn- och skolnämnden 2025-09-17", "", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet, mnkr",
        header=(("Verksamhet", "Budget 2025", "Prognos aug", "Avvikelse aug", "Avvikelse apr"),),
        rows=(
            ("Förskola", "612,4", "608,2", "+4,2", "+3,6"),
            ("Grundskola", "1 184,0", "1 192,3", "−8,3", "−6,5"),
            ("Anpassad grundskola", "96,5", "99,4", "−2,9", "−2,1"),
            ("Fritidshem", "142,8", "142,2", "+0,6", "+0,4"),
            ("Skolskjuts", "38,6", "40,4", "−1,8", "−1,8"),
            ("Barn- och elevhälsa", "71,2", "71,8", "−0,6", "−0,3"),
            ("Central administration", "54,5", "55,3", "−0,8", "−0,5"),
            ("Summa", "2 200,0", "2 209,6", "−9,6", "−7,2"),
        ),
        widths=(150.0, 72.0, 72.0, 78.0, 78.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="serif-bold", after=2),
        Title("Barn- och skolnämnden", size=12.5, font="serif", after=12),
        H("Ekonomi", 1),
        PS(
            (
                "Barn- och skolnämnden prognostiserar ett resultat på −9,6 mnkr mot budget för 2025.",
                C(None, "−9,6 mnkr", "-"),
            ),
            (
                "Det är 2,4 mnkr sämre än prognosen i tertialrapporten.",
                F(None, "2,4 mnkr", "-"),
            ),
        ),
        P(
            "Utfallet för januari–augusti är 3,1 mnkr bättre än periodiserad budget. Periodens överskott beror på att "
            "statsbidraget för mindre barngrupper har betalats ut tidigare än planerat.",
            C(
                None,
                "3,1 mnkr",
                "+",
                "statsbidrag",
                "periodisering",
                note="The period and its reason in one paragraph: one item.",
            ),
        ),
        table,
        H("Avvikelser per verksamhet", 2),
        Columns(2),
        HP(
            "Förskola +4,2 mnkr",
            "Färre barn än beräknat är inskrivna i förskolan, och två avdelningar på Klostergården har därför "
            "stängts under våren.",
            C("Förskola", "+4,2 mnkr", "+", "volymer", "omstallning"),
        ),
        HP(
            "Grundskola −8,3 mnkr",
            "Grundskolan har fått ökade kostnader för elever i behov av särskilt stöd och för platser i resursskolor "
            "i annan regi. Till det kommer högre lönekostnader än budgeterat efter lärarnas löneavtal.",
            C("Grundskola", "−8,3 mnkr", "-", "volymer", "kopt_verksamhet", "lonekostnader"),
        ),
        HP(
            "Anpassad grundskola −2,9 mnkr",
            "Antalet elever i anpassad grundskola har ökat med elva sedan budgeten lades.",
            C(
                "Anpassad grundskola",
                "−2,9 mnkr",
                "-",
                "volymer",
                note="'elva' is a number of pupils, not the amount.",
            ),
        ),
        HP(
            "Fritidshem +0,6 mnkr",
            "Fritidshemmen har haft svårt att rekrytera fritidspedagoger, vilket ger lägre personalkostnader.",
            C("Fritidshem", "+0,6 mnkr", "+", "vakanser"),
        ),
        HP(
            "Skolskjuts −1,8 mnkr",
            "Det nya trafikavtalet för skolskjuts, som började gälla i januari, är dyrare än det tidigare, och fler "
            "elever har rätt till skolskjuts.",
            C("Skolskjuts", "−1,8 mnkr", "-", "prisokningar", "volymer"),
        ),
        HP(
            "Barn- och elevhälsa −0,6 mnkr",
            "Vakanta psykologtjänster har ersatts med psykologer från bemanningsföretag.",
            C("Barn- och elevhälsa", "−0,6 mnkr", "-", "inhyrd_personal", "vakanser"),
        ),
        HP(
            "Central administration −0,8 mnkr",
            "Kostnaderna för det nya elevregistret och för licenser till digitala läromedel blev högre än "
            "budgeterat.",
            C("Central administration", "−0,8 mnkr", "-", "it_digitalisering"),
        ),
        PageBreak(),
        Columns(1),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsram på 12,0 mnkr för inventarier och utrustning beräknas användas fullt ut.",
            BP("Investeringar", note="Investments used in full: boilerplate."),
        ),
        H("Åtgärder", 2),
        P(
            "Nämnden har beslutat om anställningsstopp för administrativa tjänster och om en översyn av grundskolans "
            "resursfördelning, som tillsammans väntas minska kostnaderna med 3,0 mnkr under 2026.",
            A(None, "3,0 mnkr", "vakanser", "omstallning"),
        ),
        H("Eget kapital", 2),
        P(
            "Barn- och skolnämnden har inget ackumulerat överskott att ta i anspråk, och underskottet belastar därmed "
            "kommunens resultat.",
            O(None, "reserver", note="No equity to cover the deficit: other."),
        ),
    ]
    return ReportSpec(
        file="lund-bsn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Lund",
            "committee": ["Barn- och skolnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Barn- och skolnämnden",
            "author": "Lunds kommun",
        },
        style=style,
        blocks=blocks,
    )
