"""Västerås stad, Tekniska nämnden, delårsrapport 2 2025 (januari–augusti).

A technical committee's interim report in mnkr, footer with the nämnd's meeting date in September: the
full year "en negativ avvikelse mot budget med 7,9 mnkr" after the result, and the period "2,6 mnkr bättre än
periodiserad budget" with its timing reason in the same sentence (two items); a table whose caption says
deficits are in brackets ("(6,5)"); headings that carry the amount in brackets with a minus inside
("Vinterväghållning (−6,5 mnkr)") over snow and asphalt prices with a part in mnkr, then plain headings with
the amount in the first sentence ("Kostnaderna för kollektivtrafiken understiger budget med 2,8 mnkr", a
lower index and more fares; parking revenue "2,3 mnkr lägre än budgeterat"; "visar plus 1,2 mnkr"), two
verksamheter as a "respektive" pair in one sentence, the change since the tertial report with its cause;
investments "284 mnkr mot en budget på 352 mnkr. Avvikelsen på 68 mnkr" and a project "4,5 mnkr mer än
projektbudgeten"; an action with "cirka 2 mnkr", equity and a risk (others). DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(70.0, 78.0, 70.0, 74.0),
        header=lambda n, m: ("Västerås stad", "Delårsrapport 2 2025"),
        footer=lambda n, m: ("Tekniska nämnden | Sammanträde 2025-09-24", "", f"{n}/{m}"),
        header_size=8.0,
    )
    table = Table(
        caption="Driftredovisning per verksamhet, mnkr (negativ avvikelse inom parentes)",
        header=(("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),),
        rows=(
            ("Gator och vägar", "214,6", "219,4", "(4,8)"),
            ("Vinterväghållning", "58,0", "64,5", "(6,5)"),
            ("Parker och naturvård", "96,3", "95,1", "1,2"),
            ("Kollektivtrafik", "312,8", "310,0", "2,8"),
            ("Parkering", "-38,5", "-36,2", "(2,3)"),
            ("Trafiksäkerhet och gång- och cykel", "41,2", "40,5", "0,7"),
            ("Nämnd och administration", "22,4", "21,4", "1,0"),
            ("Summa", "706,8", "714,7", "(7,9)"),
        ),
        widths=(190.0, 80.0, 80.0, 76.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=9.0,
        grid=True,
    )
    blocks = [
        Title("Delårsrapport 2 2025", size=19, font="cond-bold", after=2),
        Title("Tekniska nämnden", size=12.5, font="cond", after=12),
        H("Ekonomiskt utfall och prognos", 2),
        PS(
            (
                "Tekniska nämnden prognostiserar ett resultat på –7,9 mnkr för helåret, det vill säga en negativ "
                "avvikelse mot budget med 7,9 mnkr.",
                C(None, "7,9 mnkr", "-", note="The result and the deviation are the same figure."),
            ),
            (
                "Till och med augusti är utfallet 2,6 mnkr bättre än periodiserad budget, vilket framför allt beror på "
                "att underhållsarbeten på gator och broar utförs under hösten.",
                C(
                    None,
                    "2,6 mnkr",
                    "+",
                    "periodisering",
                    note="The period with its timing reason: its own item.",
                ),
            ),
        ),
        table,
        HP(
            "Vinterväghållning (−6,5 mnkr)",
            "Snörika veckor i januari och februari gjorde att antalet utryckningar för plogning och sandning blev "
            "nästan dubbelt så många som ett normalår. Halva årets budget var förbrukad redan i mars.",
            C("Vinterväghållning", "−6,5 mnkr", "-", "ovrigt", note="Snow: ovrigt."),
        ),
        HP(
            "Gator och vägar (−4,8 mnkr)",
            "Asfaltspriserna har stigit med omkring 12 procent sedan budgeten lades, och reparationer efter "
            "vattenläckor i Skallberget har belastat driften med 1,9 mnkr.",
            C(
                "Gator och vägar",
                "−4,8 mnkr",
                "-",
                "prisokningar",
                "ovrigt",
                note="The heading's amount; the leaks' 1,9 mnkr is a part.",
            ),
        ),
        H("Kollektivtrafik", 3),
        P(
            "Kostnaderna för kollektivtrafiken understiger budget med 2,8 mnkr. Indexuppräkningen av trafikavtalen "
            "blev lägre än väntat, och biljettintäkterna har ökat när resandet med stadsbussarna har återhämtat sig.",
            C("Kollektivtrafik", "2,8 mnkr", "+", "prisokningar", "avgifter_intakter", "volymer"),
        ),
        H("Parkering", 3),
        P(
            "Intäkterna från parkeringsavgifter beräknas bli 2,3 mnkr lägre än budgeterat. Den nya taxan i city har "
            "skjutits till november, och beläggningen i de kommunala garagen har inte nått nivån före ombyggnaden.",
            C(
                "Parkering",
                "2,3 mnkr",
                "-",
                "avgifter_intakter",
                "periodisering",
                note="Revenue under budget: negative.",
            ),
        ),
        H("Parker och naturvård", 3),
        P(
            "Parkverksamheten visar plus 1,2 mnkr, eftersom två arbetsledartjänster har varit vakanta under större "
            "delen av året.",
            C("Parker och naturvård", "1,2 mnkr", "+", "vakanser"),
        ),
        H("Övriga verksamheter", 3),
        P(
            "Trafiksäkerhet och gång- och cykel samt nämnd och administration redovisar överskott på 0,7 respektive "
            "1,0 mnkr, i huvudsak till följd av lägre konsultkostnader än planerat.",
            C(
                "Trafiksäkerhet och gång- och cykel",
                "0,7",
                "+",
                "inhyrd_personal",
                unit="mnkr",
                note="A 'respektive' pair: two items with the same text.",
                also=(C("Nämnd och administration", "1,0 mnkr", "+", "inhyrd_personal"),),
            ),
        ),
        H("Förändring sedan tertialrapporten", 3),
        P(
            "Prognosen är 1,4 mnkr sämre än i tertialrapporten per april, eftersom kostnaderna för vattenläckorna har "
            "tillkommit.",
            F(None, "1,4 mnkr", "-", "ovrigt"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsprognos är 284 mnkr mot en budget på 352 mnkr. Avvikelsen på 68 mnkr beror främst "
            "på att ombyggnaden av bussterminalen vid resecentrum har skjutits till 2026 efter överklaganden av "
            "detaljplanen.",
            C("Investeringar", "68 mnkr", "+", "periodisering"),
        ),
        P(
            "Gång- och cykelbron över Svartån beräknas däremot kosta 4,5 mnkr mer än projektbudgeten på grund av "
            "förstärkningsarbeten i grunden.",
            C(
                "Gång- och cykelbro över Svartån",
                "4,5 mnkr",
                "-",
                "ovrigt",
                note="A project overrun: negative; ground conditions are ovrigt.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har skjutit upp delar av beläggningsprogrammet till 2026 för att minska underskottet med "
            "cirka 2 mnkr.",
            A("Gator och vägar", "cirka 2 mnkr"),
        ),
        H("Eget kapital och risker", 2),
        P(
            "Nämnden har inget eget kapital att täcka underskottet med, och det kommer därför att belasta stadens "
            "resultat.",
            O(None, "reserver", note="Equity: other."),
        ),
        P(
            "Om november och december blir lika snörika som årets början kan vinterväghållningen kosta ytterligare "
            "3–4 mnkr.",
            O("Vinterväghållning", "ovrigt", note="A risk."),
        ),
    ]
    return ReportSpec(
        file="vasteras-tn-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Västerås",
            "committee": ["Tekniska nämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2 2025 Tekniska nämnden", "author": "Västerås stad"},
        style=style,
        blocks=blocks,
    )
