"""Köpings kommun, Tekniska nämnden, verksamhetsberättelse 2025.

A technical committee's year-end report in tkr with the deficits in the table as trailing minus signs ("2
230-"), footer with the nämnd's meeting date in February 2026: the result "−2,6 mnkr i förhållande till
budget" and, in the next sentence, the fee-financed water and sewage "överskott om 1,1 mnkr som förs till
VA-fonden" (two items); headings that carry the area and a signed amount ("Gator och vägar −2 230 tkr",
"Parker och grönområden +460 tkr"), a heading "Måltidsverksamhet −20 tkr" over "i stort sett hållit budget"
(boilerplate), a bold run-in lead ending in a full stop with revenue "250 tkr högre än beräknat", a
reason-only paragraph (the row's "250-"); VA revenue "1,8 mnkr högre än budget" and chemicals "0,7 mnkr högre
än budgeterat" in one sentence joined by "medan" (two items, one text); investments "Av investeringsbudgeten
på 48,0 mnkr har 33,5 mnkr förbrukats" (14,5 never written out) and a bridge that "överskred projektbudgeten
med 2,1 mnkr"; an action without an amount, the VA fund's balance and the maintenance backlog (others).
DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.4,
        para_gap=6.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(64.0, 78.0, 64.0, 72.0),
        header=lambda n, m: ("Köpings kommun", "Tekniska nämnden"),
        footer=lambda n, m: ("Verksamhetsberättelse 2025", "Tekniska nämnden 2026-02-12", f"{n}/{m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Driftredovisning per verksamhet 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Gator och vägar", "24 310", "26 540", "2 230-"),
            ("Parker och grönområden", "9 870", "9 410", "460"),
            ("Fastighetsförvaltning", "11 240", "12 050", "810-"),
            ("Måltidsverksamhet", "3 400", "3 420", "20-"),
            ("Fordon och verkstad", "1 200", "950", "250"),
            ("Teknisk administration", "6 980", "7 230", "250-"),
            ("Skattefinansierad verksamhet", "57 000", "59 600", "2 600-"),
            ("VA-verksamhet (avgiftsfinansierad)", "0", "-1 100", "1 100"),
        ),
        widths=(200.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=19, font="cond-bold", after=2),
        Title("Tekniska nämnden", size=12.5, font="cond", after=12),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Tekniska nämnden redovisar ett resultat på −2,6 mnkr i förhållande till budget för 2025.",
                C(None, "−2,6 mnkr", "-"),
            ),
            (
                "Den skattefinansierade verksamheten står för hela underskottet, medan VA-verksamheten, som är "
                "avgiftsfinansierad, redovisar ett överskott om 1,1 mnkr som förs till VA-fonden.",
                C(
                    "VA-verksamhet",
                    "1,1 mnkr",
                    "+",
                    note="The fee-financed result with its transfer to the fund in the same sentence: one cause.",
                ),
            ),
        ),
        table,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Gator och vägar −2 230 tkr",
            "Vinterväghållningen blev betydligt dyrare än budgeterat efter ett trettiotal utryckningar under "
            "februari och december. Dessutom har kostnaderna för beläggningsunderhåll stigit med entreprenörens "
            "indexuppräkning.",
            C(
                "Gator och vägar",
                "−2 230 tkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="Snow: ovrigt; index: prisokningar.",
            ),
        ),
        HP(
            "Parker och grönområden +460 tkr",
            "Överskottet förklaras av att två tjänster som parkarbetare stått vakanta under våren och att inköpet av "
            "en ny åkgräsklippare sköts till 2026.",
            C(
                "Parker och grönområden",
                "+460 tkr",
                "+",
                "vakanser",
                "material_hjalpmedel",
                "periodisering",
            ),
        ),
        HP(
            "Fastighetsförvaltning −810 tkr",
            "Underskottet beror på tomma lokaler i före detta Ekbackens skola, där hyresintäkterna har uteblivit sedan "
            "april, samt på högre kostnader för fjärrvärme.",
            C(
                "Fastighetsförvaltning",
                "−810 tkr",
                "-",
                "lokaler",
                "avgifter_intakter",
                "prisokningar",
            ),
        ),
        HP(
            "Måltidsverksamhet −20 tkr",
            "Verksamheten har i stort sett hållit budget.",
            BP("Måltidsverksamhet", note="A heading with −20 tkr over a balance statement: boilerplate."),
        ),
        LP(
            "Fordon och verkstad.",
            "De interna intäkterna för uthyrning av fordon till andra förvaltningar blev 250 tkr högre än beräknat.",
            C("Fordon och verkstad", "250 tkr", "+", "avgifter_intakter"),
        ),
        H("Teknisk administration", 3),
        P(
            "Inom teknisk administration har en konsult tagits in för att slutföra upphandlingen av ett nytt "
            "ärendehanteringssystem.",
            C(
                "Teknisk administration",
                "250-",
                "-",
                "inhyrd_personal",
                "it_digitalisering",
                unit="tkr",
                table=True,
                note="Reasons only: the row's cell with its trailing minus.",
            ),
        ),
        H("VA-verksamhet", 2),
        P(
            "Intäkterna från brukningsavgifter blev 1,8 mnkr högre än budget eftersom förbrukningen ökade under den "
            "torra sommaren, medan kostnaderna för kemikalier till reningsverket blev 0,7 mnkr högre än budgeterat.",
            C(
                "Brukningsavgifter",
                "1,8 mnkr",
                "+",
                "avgifter_intakter",
                "volymer",
                note="Two posts in one sentence joined by 'medan': two items, one text.",
                also=(C("Kemikalier", "0,7 mnkr", "-", "material_hjalpmedel"),),
            ),
        ),
        P(
            "VA-fondens behållning uppgår efter årets avsättning till 6,4 mnkr.",
            O("VA-verksamhet", note="The fund's balance: other."),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 48,0 mnkr har 33,5 mnkr förbrukats, främst då ombyggnaden av Ringvägen har "
            "skjutits till 2026.",
            C(
                "Investeringar",
                "48,0 mnkr har 33,5 mnkr",
                "+",
                "periodisering",
                value=14_500_000,
                note="An under-spend never written out (14,5 mnkr): the computed value.",
            ),
        ),
        P(
            "Den nya gång- och cykelbron över Köpingsån överskred projektbudgeten med 2,1 mnkr på grund av svårare "
            "grundläggningsförhållanden än väntat.",
            C("Gång- och cykelbron över Köpingsån", "2,1 mnkr", "-", "ovrigt"),
        ),
        H("Åtgärder och framtid", 2),
        P(
            "Nämnden har beslutat att se över standarden för vinterväghållningen inför säsongen 2026/27.",
            A("Gator och vägar"),
        ),
        P(
            "Kostnaderna för beläggningsunderhåll väntas fortsätta öka, och eftersläpningen i underhållet av "
            "gatunätet uppskattas till 35 mnkr.",
            O("Gator och vägar", note="Outlook and a maintenance backlog: other."),
        ),
    ]
    return ReportSpec(
        file="koping-tn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Köping",
            "committee": ["Tekniska nämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={"title": "Verksamhetsberättelse 2025 Tekniska nämnden", "author": "Köpings kommun"},
        style=style,
        blocks=blocks,
    )
