"""Oskarshamns kommun, Kommunstyrelsen, bokslut 2025 (the whole kommun).

A whole-kommun year-end report in Liberation Sans 10 pt, footer with the kommunstyrelse's meeting in March:
the result "21,4 mnkr bättre än det budgeterade resultatet", one sentence splitting it into the nämnder's
"underskott mot budget på 27,3 mnkr" and the finance function's "överskott på 48,7 mnkr" (two items), the
outcome against the interim forecast; a table per nämnd in mnkr with U+2212; per-nämnd bullets under a
generic heading in varied shapes ("redovisar ett överskott på", "överskred sin budget med", a possessive
"Socialnämndens underskott blev närmare femton miljoner kronor" in words, "Omsorgsnämnden: −7,3 mnkr.", "fick
ett positivt resultat jämfört med budget med", "håller sin budget" beside a row of +0,3); tax revenue in one
sentence and pensions and the finance net as a "respektive" pair in the next; investments "214 mnkr mot en
budget på 302 mnkr" (88 never written out) with a project's postponed part in the next sentence and a
kitchen "4,3 mnkr dyrare än projektbudgeten"; an action without amount and balanskrav and solidity (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, A, C, F, O

NO_TAG = "A finance item: no cause tag."


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.5,
        heading_sizes=(15.5, 12.0, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(62.0, 78.0, 62.0, 72.0),
        header=lambda n, m: ("Oskarshamns kommun", "Bokslut 2025"),
        footer=lambda n, m: ("Kommunstyrelsen 2026-03-10", "KS 2026/0112", f"{n}"),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption="Driftredovisning 2025 per nämnd, mnkr",
        header=(("Nämnd", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Kommunstyrelsen", "164,8", "162,2", "+2,6"),
            ("Barn- och utbildningsnämnden", "702,5", "711,9", "−9,4"),
            ("Socialnämnden", "231,0", "245,7", "−14,7"),
            ("Omsorgsnämnden", "598,4", "605,7", "−7,3"),
            ("Samhällsbyggnadsnämnden", "88,1", "86,9", "+1,2"),
            ("Kultur- och fritidsnämnden", "74,6", "74,3", "+0,3"),
            ("Summa nämnder", "1 859,4", "1 886,7", "−27,3"),
            ("Finansförvaltningen", "", "", "+48,7"),
            ("Årets resultat mot budget", "", "", "+21,4"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6, 8}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Bokslut 2025", size=20, font="arial-bold", after=2),
        Title("Driftredovisning och kommentarer", size=12.5, font="arial", after=12),
        H("Årets resultat", 2),
        P(
            "Kommunens resultat för 2025 blev 38,6 mnkr, vilket är 21,4 mnkr bättre än det budgeterade resultatet på "
            "17,2 mnkr.",
            C(
                None,
                "21,4 mnkr",
                "+",
                note="The result against the budgeted result; the levels are not the amount.",
            ),
        ),
        P(
            "Nämnderna redovisar tillsammans ett underskott mot budget på 27,3 mnkr medan finansförvaltningen visar "
            "ett överskott på 48,7 mnkr.",
            C(
                "Nämnderna",
                "27,3 mnkr",
                "-",
                note="One sentence, two areas: two items.",
                also=(C("Finansförvaltningen", "48,7 mnkr", "+", note=NO_TAG),),
            ),
        ),
        P(
            "Jämfört med prognosen i delårsrapporten blev resultatet 9,8 mnkr bättre, främst till följd av högre "
            "skatteintäkter i decemberprognosen och en lägre pensionskostnad.",
            F(None, "9,8 mnkr", "+", note="The outcome against the interim forecast."),
        ),
        table,
        H("Kommentarer per nämnd", 2),
        Bullets(
            items=(
                "Kommunstyrelsen redovisar ett överskott på 2,6 mnkr, främst genom vakanta tjänster på ekonomi- och "
                "HR-avdelningarna och lägre kostnader för licenser än budgeterat.",
                "Barn- och utbildningsnämnden överskred sin budget med 9,4 mnkr. Fler barn i förskolan än planerat, "
                "dyrare skolskjutsar och ökade kostnader för elever i fristående gymnasieskolor är de huvudsakliga "
                "orsakerna.",
                "Socialnämndens underskott blev närmare femton miljoner kronor. Placeringar av barn och unga på HVB "
                "och i konsulentstödda familjehem har ökat under hela året, och kostnaderna för ekonomiskt bistånd "
                "har stigit när fler hushåll saknar egen inkomst.",
                "Omsorgsnämnden: −7,3 mnkr. Underskottet ligger inom hemtjänsten och beror på fler beviljade timmar "
                "och höga sjuklönekostnader, medan särskilt boende redovisar ett mindre överskott.",
                "Samhällsbyggnadsnämnden fick ett positivt resultat jämfört med budget med 1,2 mnkr trots en snörik "
                "december, tack vare högre intäkter från bygglov och planavgifter.",
                "Kultur- och fritidsnämnden håller sin budget.",
            ),
            labels=(
                C("Kommunstyrelsen", "2,6 mnkr", "+", "vakanser", "it_digitalisering"),
                C(
                    "Barn- och utbildningsnämnden",
                    "9,4 mnkr",
                    "-",
                    "volymer",
                    "prisokningar",
                    "kopt_verksamhet",
                ),
                C(
                    "Socialnämnden",
                    "närmare femton miljoner kronor",
                    "-",
                    "kopt_verksamhet",
                    "ekonomiskt_bistand",
                    "volymer",
                    value=15_000_000,
                    note="An amount in words: the stated figure (the table says −14,7).",
                ),
                C("Omsorgsnämnden", "−7,3 mnkr", "-", "volymer", "sjukfranvaro"),
                C("Samhällsbyggnadsnämnden", "1,2 mnkr", "+", "avgifter_intakter", "ovrigt"),
                BP("Kultur- och fritidsnämnden", note="+0,3 in the table."),
            ),
        ),
        H("Finansförvaltningen", 2),
        PS(
            (
                "Skatteintäkter och generella statsbidrag blev 31,2 mnkr högre än budgeterat.",
                C("Skatteintäkter och generella statsbidrag", "31,2 mnkr", "+", note=NO_TAG),
            ),
            (
                "Pensionskostnaderna och finansnettot blev 9,9 respektive 7,6 mnkr bättre än budget.",
                C(
                    "Pensionskostnader",
                    "9,9",
                    "+",
                    unit="mnkr",
                    note=NO_TAG + " A 'respektive' pair: two items.",
                    also=(C("Finansnetto", "7,6 mnkr", "+", note=NO_TAG),),
                ),
            ),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Investeringarna uppgick till 214 mnkr mot en budget på 302 mnkr.",
                C(
                    "Investeringar",
                    "214 mnkr mot en budget på 302 mnkr",
                    "+",
                    value=88_000_000,
                    note="Under-spending of 88 mnkr, never written out: the computed value.",
                ),
            ),
            (
                "Det största avvikande projektet är den nya simhallen, där 41 mnkr skjuts till 2026 då entreprenaden "
                "startade senare än planerat.",
                C(
                    "Simhallen",
                    "41 mnkr",
                    "+",
                    "periodisering",
                    note="A project's under-spend in the next sentence.",
                ),
            ),
        ),
        P(
            "Ombyggnaden av tillagningsköket i Påskallavik blev 4,3 mnkr dyrare än projektbudgeten, främst på grund "
            "av fördyrade installationer.",
            C("Tillagningsköket i Påskallavik", "4,3 mnkr", "-", "prisokningar", note="A project overrun."),
        ),
        H("Inför 2026", 2),
        P(
            "Kommunstyrelsen har gett socialnämnden och omsorgsnämnden i uppdrag att senast i april 2026 redovisa "
            "åtgärdsplaner som leder till en budget i balans.",
            A(None),
        ),
        H("Balanskrav och ekonomisk ställning", 2),
        P(
            "Balanskravsresultatet uppgår till 35,1 mnkr. Soliditeten har minskat till 38 procent från 41 procent "
            "2024, vilket beror på den höga investeringsnivån.",
            O(None, note="Balanskrav and solidity against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="oskarshamn-ks-bokslut-2025.pdf",
        report={
            "municipality": "Oskarshamn",
            "committee": ["Kommunstyrelsen", "Kommunfullmäktige"],
            "period": ["2025", "2025-12"],
            "report_type": "bokslut",
        },
        metadata={"title": "Bokslut 2025 Oskarshamns kommun", "author": "Oskarshamns kommun"},
        style=style,
        blocks=blocks,
    )
