"""Härjedalens kommun, Socialnämnden, uppföljning av internkontrollplan 2025.

An internal-control follow-up that is no budget follow-up at all, in kronor and tkr, footer with the nämnd's
meeting date in February 2026: the decision proposal and the background (unlabelled), a control table
(unlabelled), then the results of the controls, full of amounts and "beror på": wrongly debited fees
"18 400 kronor för lite", purchases outside agreements "96 000 kronor mer än året innan", delegation decisions
on försörjningsstöd, overtime "högre än målet" with "beror på vakanta tjänster", leased cars "60 tkr mer än
2024", an audit finding about the kommunstyrelse's deficit (about someone else) and the cost of an external
review that "finansieras inom nämndens budget": seven `other` items and no cause; the proposals for next
year as unlabelled bullets. DejaVu Sans 9.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Table, Title

from reports.common import O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Härjedalens kommun", "Socialförvaltningen"),
        footer=lambda n, m: ("Socialnämnden 2026-02-25", "Dnr SN 2026/14", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    controls = Table(
        caption="Kontrollmoment 2025",
        header=(("Kontrollmoment", "Metod", "Frekvens", "Resultat"),),
        rows=(
            ("Avgiftsdebitering hemtjänst", "Stickprov", "Två gånger per år", "Brister"),
            ("Inköp utanför avtal", "Registeranalys", "Helår", "Brister"),
            ("Delegationsbeslut ekonomiskt bistånd", "Stickprov", "Kvartalsvis", "Mindre brister"),
            ("Övertid särskilt boende", "Uttag ur lönesystem", "Månadsvis", "Brister"),
            ("Brukares kontanter", "Stickprov", "Två gånger per år", "Utan anmärkning"),
            ("Leasingbilar hemtjänst", "Registeranalys", "Helår", "Utan anmärkning"),
        ),
        widths=(170.0, 100.0, 92.0, 90.0),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Uppföljning av internkontrollplan 2025", size=17, font="sans-bold", after=2),
        Title("Socialnämnden", size=12, font="sans", after=12),
        H("Förslag till beslut", 2),
        P(
            "Socialnämnden godkänner uppföljningen av internkontrollplanen för 2025 och ger förvaltningen i uppdrag "
            "att åtgärda de brister som redovisas."
        ),
        H("Bakgrund", 2),
        P(
            "Enligt kommunens reglemente för intern kontroll ska varje nämnd årligen anta en internkontrollplan och "
            "följa upp den. Socialnämnden antog planen för 2025 i januari 2025. Planen omfattar sex kontrollmoment "
            "som valts ut efter en risk- och väsentlighetsanalys."
        ),
        controls,
        H("Resultat av kontrollerna", 2),
        H("Avgiftsdebitering inom hemtjänsten", 3),
        P(
            "Stickprov på 40 av 412 beslut visade att fyra brukare hade debiterats fel avgift under 2025, sammanlagt "
            "18 400 kronor för lite. Felen beror på att inkomstuppgifterna inte uppdaterades efter "
            "pensionsomräkningen i januari.",
            O("Hemtjänst", "avgifter_intakter", note="A control finding with 'beror på': other."),
        ),
        H("Inköp utanför avtal", 3),
        P(
            "Förvaltningen har under året gjort inköp för 312 000 kronor hos leverantörer som saknar avtal med "
            "kommunen, vilket är 96 000 kronor mer än året innan. Ökningen beror främst på köp av arbetskläder när "
            "hemtjänstgruppen i Funäsdalen utökades.",
            O(None, note="Against the previous year, not the budget."),
        ),
        H("Delegationsbeslut inom ekonomiskt bistånd", 3),
        P(
            "I 3 av 25 granskade ärenden om försörjningsstöd över 10 000 kronor saknades anteckning om vem som fattat "
            "beslutet. Bristen beror på att en ny mall i verksamhetssystemet inte innehöll fältet för beslutsfattare.",
            O("Ekonomiskt bistånd", note="A control deviation, not a budget deviation."),
        ),
        H("Övertid inom särskilt boende", 3),
        P(
            "Övertiden inom särskilt boende uppgick till 2 850 timmar under 2025, motsvarande cirka 1,1 miljoner "
            "kronor. Att övertiden är högre än målet i planen beror på vakanta sjukskötersketjänster i Sveg.",
            O(
                "Särskilt boende",
                "overtid",
                "vakanser",
                note="'Högre än målet': a control target, not the budget.",
            ),
        ),
        H("Brukares kontanter och leasingbilar", 3),
        P(
            "Kontrollen av brukares kontanter gav ingen anmärkning. Kostnaden för leasingbilar i hemtjänsten blev "
            "540 tkr, 60 tkr mer än 2024, vilket beror på längre körsträckor i fjällområdet.",
            O("Hemtjänst", "material_hjalpmedel", note="Against the previous year."),
        ),
        H("Iakttagelser från revisionen", 2),
        P(
            "Kommunens revisorer har i en separat granskning konstaterat att kommunstyrelsens kostnader för "
            "färdtjänst överskred budget med 1,3 mnkr. Den iakttagelsen berör inte socialnämndens kontrollplan.",
            O("Kommunstyrelsen", note="About someone else: other."),
        ),
        P(
            "Kostnaden för den externa granskningen av delegationsbesluten, 45 000 kronor, finansieras inom "
            "nämndens budget för administration.",
            O(None, note="A financing statement."),
        ),
        H("Förslag till kontrollmoment 2026", 2),
        Bullets(
            (
                "Uppdatering av inkomstuppgifter vid avgiftsberäkning",
                "Inköp utanför avtal, med särskild uppföljning av arbetskläder",
                "Beslutsfattare i delegationsbeslut om försörjningsstöd",
                "Övertid och extra pass inom särskilt boende och hemsjukvård",
            )
        ),
    ]
    return ReportSpec(
        file="harjedalen-sn-uppfoljning-internkontrollplan-2025.pdf",
        report={
            "municipality": "Härjedalen",
            "committee": ["Socialnämnden"],
            "period": ["2025"],
            "report_type": "uppföljning internkontroll",
        },
        metadata={
            "title": "Uppföljning av internkontrollplan 2025 Socialnämnden",
            "author": "Härjedalens kommun",
        },
        style=style,
        blocks=blocks,
    )
