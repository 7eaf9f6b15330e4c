"""Umeå kommun, Barn- och utbildningsnämnden, delårsrapport januari–augusti 2025.

An interim report over three pages: an introduction and a narrative paragraph that are not
explanations, the full-year forecast as a share of the budget frame, one sentence naming two areas
with their own amounts ("… −7 480 tkr respektive −3 910 tkr": two items, same text), an improvement
against the April forecast, a year-on-year cost increase that "beror på" (other), a result table in
tkr (positive deviation = surplus), headings that carry the area and amount ("Förskola +6 240 tkr")
with one paragraph each, then an investeringsredovisning whose table counts "+" as spending above the
investment budget, a method note saying so, bold run-in projects (one with a financing sentence split
off), a goal table, and a staff section with a plain head count and a year-on-year sick-leave figure
that "beror på" (other). DejaVu Sans body, DejaVu Serif headings.

Blind test set: the place is real; every figure, name and event is invented.
"""

from __future__ import annotations

from spec import H, P, PageBreak, ReportSpec, Style, Table, Title

from reports.common import HP, LP, C, F, O

INVESTMENT = "Investment project; '+' in this table means spending above the investment budget, "


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.4,
        heading_sizes=(14.0, 11.5, 10.0),
        heading_fonts=("serif-bold", "serif-bold", "sans-bold"),
        margins=(64.0, 72.0, 64.0, 72.0),
        header=lambda n, m: ("UMEÅ KOMMUN", "Barn- och utbildningsnämnden"),
        footer=lambda n, m: ("Delårsrapport januari–augusti 2025", "", f"Sida {n} av {m}"),
        rule_under_header=True,
    )
    operations = Table(
        caption="Tabell 1. Driftredovisning per verksamhet, tkr (positiv avvikelse = överskott)",
        header=(
            ("", "Budget", "Utfall", "Prognos", "Avvikelse"),
            ("Verksamhet", "helår", "jan–aug", "helår", "prognos"),
        ),
        rows=(
            ("Nämnd och förvaltningsledning", "38 400", "24 100", "37 020", "1 380"),
            ("Förskola", "512 600", "331 900", "506 360", "6 240"),
            ("Grundskola", "824 300", "561 200", "831 780", "−7 480"),
            ("Anpassad grundskola", "96 800", "68 300", "100 710", "−3 910"),
            ("Fritidshem", "118 200", "76 900", "119 080", "−880"),
            ("Elevhälsa och modersmål", "71 500", "45 200", "71 500", "0"),
            ("Skolskjuts", "50 200", "31 600", "55 200", "−5 000"),
            ("Summa", "1 712 000", "1 139 200", "1 721 650", "−9 650"),
        ),
        widths=(170.0, 66.0, 66.0, 66.0, 66.0),
        bold_rows=frozenset({7}),
        rules=True,
        size=8.5,
    )
    investments = Table(
        caption="Tabell 2. Investeringsredovisning, mnkr (avvikelse: + = utgift över investeringsbudget)",
        header=(
            ("", "Investerings-", "Utgift", "Prognos", ""),
            ("Projekt", "budget 2025", "jan–aug", "2025", "Avvikelse"),
        ),
        rows=(
            ("Inventarier Solbacka förskola", "6,0", "5,1", "7,4", "+1,4"),
            ("Ombyggnad kök och matsal, Granåsens skola", "22,0", "11,8", "24,3", "+2,3"),
            ("Skolgårdar", "8,5", "2,6", "5,0", "−3,5"),
            ("Digitala verktyg och elevdatorer", "14,0", "9,4", "13,2", "−0,8"),
            ("Skolmoduler västra skolområdet", "14,0", "2,3", "3,0", "−11,0"),
            ("Summa", "64,5", "31,2", "52,9", "−11,6"),
        ),
        widths=(200.0, 66.0, 56.0, 56.0, 56.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=8.5,
    )
    goals = Table(
        caption="Tabell 3. Indikatorer för nämndens mål",
        header=(("Indikator", "Målvärde", "Utfall 2025", "Utfall 2024"),),
        rows=(
            ("Andel elever i åk 9 behöriga till yrkesprogram", "minst 88 %", "86 %", "87 %"),
            ("Andel elever i åk 5 som känner sig trygga i skolan", "minst 90 %", "91 %", "89 %"),
            ("Antal barn per årsarbetare i förskolan", "högst 5,0", "5,2", "5,3"),
        ),
        widths=(230.0, 62.0, 62.0, 62.0),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="serif-bold"),
        Title("Barn- och utbildningsnämnden", size=13, font="serif", after=14),
        H("1 Inledning", 1),
        P(
            "Delårsrapporten omfattar perioden 1 januari–31 augusti 2025 och redovisar nämndens ekonomi, "
            "investeringar och arbete med verksamhetsmålen. Helårsprognosen bygger på utfallet per augusti och "
            "på de förändringar som är kända inför höstterminen."
        ),
        P(
            "Under våren togs Solbacka förskola i bruk med tio avdelningar, och inför höstterminen har två "
            "skolor i de västra stadsdelarna fått nya upptagningsområden."
        ),
        H("2 Ekonomisk uppföljning", 1),
        P(
            "Barn- och utbildningsnämnden prognostiserar ett underskott på 9 650 tkr för helåret, vilket "
            "motsvarar 0,6 procent av nämndens budgetram på 1 712 mnkr.",
            C(None, "9 650 tkr", "-", note="Whole-committee forecast; table 1 Summa −9 650."),
        ),
        P(
            "Underskotten finns inom grundskola och anpassad grundskola, som prognostiserar −7 480 tkr "
            "respektive −3 910 tkr.",
            C(
                "Grundskola",
                "−7 480 tkr",
                "-",
                note="One sentence, two items: grundskola −7 480 and anpassad grundskola −3 910 tkr.",
                also=(C("Anpassad grundskola", "−3 910 tkr", "-"),),
            ),
        ),
        P(
            "Jämfört med prognosen i tertialrapporten har prognosen förbättrats med 2 100 tkr, främst tack vare "
            "ett nytt statsbidrag till förskolan.",
            F(None, "2 100 tkr", "+", "statsbidrag"),
        ),
        P(
            "Nettokostnaderna för perioden har ökat med 4,1 procent jämfört med samma period föregående år. "
            "Ökningen beror på avtalsenliga löneökningar och på högre hyror för de nya skollokalerna.",
            O(
                None,
                "lonekostnader",
                "lokaler",
                note="Year-on-year cost growth with 'beror på', not against budget.",
            ),
        ),
        operations,
        H("Kommentarer per verksamhet", 2),
        HP(
            "Förskola +6 240 tkr",
            "Antalet inskrivna barn har varit lägre än budgeterat under hela perioden, i genomsnitt 128 färre "
            "barn per månad. Därtill har nämnden fått statsbidrag för mindre barngrupper som inte var känt när "
            "budgeten beslutades.",
            C("Förskola", "+6 240 tkr", "+", "volymer", "statsbidrag"),
        ),
        HP(
            "Grundskola −7 480 tkr",
            "Underskottet förklaras av ökade kostnader för elever i behov av särskilt stöd, där antalet "
            "elevassistenter har ökat med 22 årsarbetare sedan årsskiftet. Även ersättningen till fristående "
            "skolor blir högre än beräknat, eftersom fler elever har valt en fristående huvudman inför "
            "höstterminen.",
            C("Grundskola", "−7 480 tkr", "-", "volymer", "bemanning", "kopt_verksamhet"),
        ),
        HP(
            "Anpassad grundskola −3 910 tkr",
            "Fyra nya elever med omfattande behov har tillkommit under våren. Två av dem går i en annan kommuns "
            "verksamhet, som nämnden betalar interkommunal ersättning för.",
            C("Anpassad grundskola", "−3 910 tkr", "-", "volymer", "kopt_verksamhet"),
        ),
        HP(
            "Skolskjuts −5 000 tkr",
            "Avtalet för skolskjutstrafik som började gälla i januari har ett högre pris per tur än det tidigare "
            "avtalet, och indexuppräkningen i juli blev 4,2 procent. Dessutom har fler elever beviljats "
            "skolskjuts efter en ny bedömning av trafikfarliga vägar i de norra byarna.",
            C("Skolskjuts", "−5 000 tkr", "-", "prisokningar", "volymer"),
        ),
        HP(
            "Nämnd och förvaltningsledning +1 380 tkr",
            "Överskottet beror på vakanta tjänster inom förvaltningens stab under våren.",
            C("Nämnd och förvaltningsledning", "+1 380 tkr", "+", "vakanser"),
        ),
        PageBreak(),
        H("3 Investeringsredovisning", 1),
        P(
            "Nämndens investeringsbudget för 2025 uppgår till 64,5 mnkr. Utgifterna till och med augusti uppgår "
            "till 31,2 mnkr och helårsprognosen är 52,9 mnkr, vilket är 11,6 mnkr lägre än budget.",
            C("Investeringar", "11,6 mnkr", "+", note="Investering: spending under the investment budget."),
        ),
        P(
            "I tabellen anges avvikelsen som prognos minus budget. Ett positivt värde innebär alltså att "
            "utgiften beräknas överstiga investeringsbudgeten."
        ),
        investments,
        LP(
            "Ombyggnad kök och matsal, Granåsens skola +2,3 mnkr.",
            "När det gamla köket revs upptäcktes fuktskador i bjälklaget, och saneringen har fördyrat projektet.",
            C(
                "Ombyggnad kök och matsal, Granåsens skola",
                "+2,3 mnkr",
                "-",
                "ovrigt",
                note=INVESTMENT + "hence negative. Damp damage: ovrigt.",
            ),
        ),
        LP(
            "Inventarier Solbacka förskola +1,4 mnkr.",
            "Förskolan öppnade med två avdelningar fler än planerat, vilket krävde fler möbler och mer "
            "utrustning.",
            C(
                "Inventarier Solbacka förskola",
                "+1,4 mnkr",
                "-",
                "volymer",
                "material_hjalpmedel",
                note=INVESTMENT + "hence negative.",
            ),
        ),
        LP(
            "Skolmoduler västra skolområdet −11,0 mnkr.",
            "Behovet av tillfälliga moduler har skjutits upp ett år, eftersom elevprognosen för området har "
            "reviderats ned.",
            C(
                "Skolmoduler västra skolområdet",
                "−11,0 mnkr",
                "+",
                "volymer",
                "periodisering",
                note=INVESTMENT + "so −11,0 is spending under budget.",
            ),
            (
                "Nämnden föreslår att de outnyttjade medlen inte förs över till 2026.",
                O(
                    "Skolmoduler västra skolområdet",
                    note="Proposal on carrying unused funds over: financing.",
                ),
            ),
        ),
        H("4 Måluppfyllelse", 1),
        P(
            "Nämndens mål följs upp med de indikatorer som kommunfullmäktige har beslutat. Flera av dem mäts "
            "bara en gång per år och redovisas i sin helhet i årsredovisningen."
        ),
        goals,
        H("5 Personal", 1),
        P(
            "Antalet tillsvidareanställda uppgick den 31 augusti till 3 186 personer, varav 2 140 inom grundskola "
            "och fritidshem."
        ),
        P(
            "Sjukfrånvaron var 6,8 procent under perioden, vilket är 0,4 procentenheter lägre än samma period "
            "föregående år. Minskningen beror främst på färre långa sjukskrivningar inom förskolan.",
            O(None, "sjukfranvaro", note="Year-on-year sick leave with 'beror på', not against budget."),
        ),
    ]
    return ReportSpec(
        file="umea-bun-delarsrapport-2025-08.pdf",
        report={
            "municipality": "Umeå",
            "committee": ["Barn- och utbildningsnämnden"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={
            "title": "Delårsrapport januari–augusti 2025 Barn- och utbildningsnämnden",
            "author": "Umeå kommun",
        },
        style=style,
        blocks=blocks,
    )
