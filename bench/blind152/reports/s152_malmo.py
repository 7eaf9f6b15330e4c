"""Malmö stad, Förskolenämnden, delårsrapport januari–augusti 2025.

A preschool committee's interim report in Liberation Serif with U+2212 minus signs, footer with the nämnd's
meeting date in September: the period's "överskott på 18,3 mnkr jämfört med periodiserad budget" and the full
year's "överskott på 9,0 mnkr" in two sentences (two items), the period surplus's timing reason in a
paragraph of its own (amount null), a table per verksamhet pasted as an image (every amount in the prose),
then headings that carry the area and amount ("Kommunal förskola +12,0 mnkr", "Bidrag till fristående
förskolor −4,6 mnkr"), a plain heading over "beräknas överskrida budget med 5,2 mnkr", a heading over "Här blir
utfallet 1,8 mnkr sämre än budget", grants "5,5 mnkr högre än de belopp som budgeterats" under a heading on
revenue; the change since the tertial report, an action with its full-year effect, investments "i nivå med
budget" (boilerplate) and the number of children against 2024 with "beror på" (other).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=10.5,
        leading=1.36,
        para_gap=6.0,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Malmö stad", "Förskolenämnden"),
        footer=lambda n, m: ("Delårsrapport 2025", "Förskolenämnden 2025-09-17", f"{n}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Prognos per verksamhet 2025, mnkr",
        header=(("Verksamhet", "Budget", "Prognos", "Avvikelse"),),
        rows=(
            ("Kommunal förskola", "2 310,4", "2 298,4", "+12,0"),
            ("Bidrag till fristående förskolor", "642,8", "647,4", "−4,6"),
            ("Lokaler", "498,1", "503,3", "−5,2"),
            ("Barn i behov av särskilt stöd", "96,5", "98,3", "−1,8"),
            ("Nämnd och förvaltningsgemensamt", "121,7", "118,6", "+3,1"),
            ("Statsbidrag", "−84,0", "−89,5", "+5,5"),
            ("Summa", "3 585,5", "3 576,5", "+9,0"),
        ),
        widths=(190.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({6}),
        rules=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Delårsrapport 2025", size=20, font="times-bold", after=2),
        Title("Förskolenämnden, januari–augusti", size=12.5, font="times", after=14),
        H("Ekonomiskt utfall och prognos", 1),
        PS(
            (
                "Förskolenämnden redovisar för perioden januari–augusti ett överskott på 18,3 mnkr jämfört med "
                "periodiserad budget.",
                C(None, "18,3 mnkr", "+", note="The period's deviation in its own sentence: its own item."),
            ),
            ("För helåret prognostiseras ett överskott på 9,0 mnkr.", C(None, "9,0 mnkr", "+")),
        ),
        P(
            "Periodens överskott är större än helårets eftersom kostnaderna för inventarier och underhåll i de nya "
            "förskolorna kommer att belasta hösten.",
            C(
                None,
                None,
                "+",
                "periodisering",
                "material_hjalpmedel",
                note="The period surplus's reason in a paragraph of its own: amount null.",
            ),
        ),
        table,
        H("Verksamheternas avvikelser", 2),
        HP(
            "Kommunal förskola +12,0 mnkr",
            "Antalet inskrivna barn i de kommunala förskolorna är i genomsnitt 410 färre än budgeterat, vilket minskar "
            "behovet av pedagoger. Därtill har flera tjänster som förskollärare varit svåra att tillsätta.",
            C(
                "Kommunal förskola",
                "+12,0 mnkr",
                "+",
                "volymer",
                "vakanser",
                note="The heading carries the amount.",
            ),
        ),
        HP(
            "Bidrag till fristående förskolor −4,6 mnkr",
            "Fler vårdnadshavare än väntat har valt fristående förskola, särskilt i stadens västra delar, och bidragen "
            "blir därför högre än budgeterat.",
            C(
                "Bidrag till fristående förskolor",
                "−4,6 mnkr",
                "-",
                "volymer",
                "kopt_verksamhet",
                note="Grants to independent preschools: kopt_verksamhet.",
            ),
        ),
        H("Lokaler", 3),
        P(
            "Lokalkostnaderna beräknas överskrida budget med 5,2 mnkr. Två nya förskolor i Hyllie har tagits i drift "
            "samtidigt som avvecklade paviljonger står tomma i väntan på att hyresavtalen löper ut.",
            C("Lokaler", "5,2 mnkr", "-", "lokaler"),
        ),
        H("Barn i behov av särskilt stöd", 3),
        P(
            "Här blir utfallet 1,8 mnkr sämre än budget, en följd av att fler barn har beviljats tilläggsbelopp under "
            "våren.",
            C(
                "Barn i behov av särskilt stöd",
                "1,8 mnkr",
                "-",
                "volymer",
                note="The area only in the heading above ('Här').",
            ),
        ),
        HP(
            "Nämnd och förvaltningsgemensamt +3,1 mnkr",
            "Införandet av ett nytt system för barnregistrering och fakturering har försenats till 2026, vilket ger ett "
            "tillfälligt överskott.",
            C("Nämnd och förvaltningsgemensamt", "+3,1 mnkr", "+", "it_digitalisering", "periodisering"),
        ),
        H("Intäkter", 3),
        P(
            "Statsbidragen för mindre barngrupper och för språkutveckling blev 5,5 mnkr högre än de belopp som "
            "budgeterats, då Skolverket beviljade hela den sökta summan.",
            C("Statsbidrag", "5,5 mnkr", "+", "statsbidrag"),
        ),
        H("Förändring sedan tertialrapporten", 2),
        P(
            "Prognosen har förbättrats med 4,2 mnkr sedan tertialrapporten, främst genom de högre statsbidragen.",
            F(None, "4,2 mnkr", "+", "statsbidrag"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen anpassar antalet avdelningar efter barnantalet och har under våren stängt 14 avdelningar, "
            "vilket bedöms minska kostnaderna med 6 mnkr på helårsbasis.",
            A("Kommunal förskola", "6 mnkr", "omstallning"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsutgifterna för inventarier prognostiseras till 21,0 mnkr, vilket är i nivå med budget.",
            BP("Investeringar"),
        ),
        H("Volymer", 2),
        P(
            "Antalet barn i förskolan har minskat med 2,6 procent jämfört med augusti 2024, vilket beror på lägre "
            "födelsetal.",
            O(None, note="Volumes against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="malmo-fsn-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Malmö", "Malmö stad"],
            "committee": ["Förskolenämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport 2025 Förskolenämnden", "author": "Malmö stad"},
        style=style,
        blocks=blocks,
    )
