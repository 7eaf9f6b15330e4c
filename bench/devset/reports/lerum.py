"""(a) Lerum, Socialnämnden, månadsrapport mars 2025: a whitespace-aligned tkr table with a two-line
header (costs negative, Avvikelse = prognos − budget) and a heading per kontogrupp followed by prose.

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Space, Style, Table, Title, action, cause, mnkr, other


def spec() -> ReportSpec:
    style = Style(
        header=lambda n, m: ("Lerums kommun", "Månadsrapport mars 2025"),
        hyphenate=True,
        footer=lambda n, m: ("", f"Sida {n} av {m}", ""),
        heading_sizes=(15.0, 11.5, 10.0),
    )
    table = Table(
        caption="Belopp i tkr",
        header=(
            ("", "Budget", "Utfall", "Prognos", "Avvikelse"),
            ("", "helår", "jan–mar", "helår", "prognos–budget"),
        ),
        rows=(
            ("Verksamhetens intäkter", "58 400", "15 912", "60 150", "1 750"),
            ("Personalkostnader", "-231 700", "-55 380", "-229 500", "2 200"),
            ("Lokalhyror", "-24 900", "-6 240", "-25 400", "-500"),
            ("Köp av tjänster", "-96 300", "-27 130", "-104 650", "-8 350"),
            ("Ekonomiskt bistånd", "-38 200", "-10 870", "-41 600", "-3 400"),
            ("Övriga kostnader", "-19 300", "-4 410", "-17 800", "1 500"),
            ("Summa kostnader", "-410 400", "-104 030", "-418 950", "-8 550"),
            ("Nettokostnad", "-352 000", "-88 118", "-358 800", "-6 800"),
            ("Kommunbidrag", "352 000", "88 000", "352 000", "0"),
            ("Resultat", "0", "-118", "-6 800", "-6 800"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0, 90.0),
        bold_rows=frozenset({6, 7, 9}),
    )
    blocks = [
        Title("Månadsrapport mars 2025", size=20),
        Title("Socialnämnden", size=13, after=4),
        P("Diarienummer SN 2025/0117", size=8.5),
        Space(4),
        H("Ekonomisk sammanfattning", 1),
        P(
            "Socialnämnden prognostiserar ett underskott om 6,8 mnkr för helåret 2025, vilket motsvarar 1,9 "
            "procent av nämndens kommunbidrag. Underskottet beror framför allt på fortsatt höga kostnader "
            "för externa placeringar av barn och unga och på att försörjningsstödet ökar snabbare än "
            "budgeterat. Personal~kostnaderna väntas däremot ge ett överskott eftersom flera tjänster inom "
            "myndighets~utövningen är vakanta.",
            cause(None, mnkr(-6.8)),
        ),
        table,
        H("Verksamhetens intäkter"),
        P(
            "Intäkterna beräknas bli 1,8 mnkr högre än budgeterat. Avvikelsen förklaras främst av "
            "ersättningar från Migrations~verket för ensamkommande barn som inte fanns med i "
            "budget~arbetet, men också av högre intäkter för sålda platser på kommunens stödboende.",
            cause("Verksamhetens intäkter", mnkr(1.8)),
        ),
        H("Personalkostnader"),
        P(
            "Personal~kostnaderna prognostiseras ge ett överskott på 2,2 mnkr. Överskottet beror på att "
            "flera tjänster som social~sekreterare inom barn och unga har varit vakanta under första "
            "kvartalet och att rekryteringen har tagit längre tid än planerat. Vakanserna har delvis täckts "
            "med inhyrda konsulter, vars kostnader redovisas under köp av tjänster.",
            cause("Personalkostnader", mnkr(2.2)),
        ),
        P(
            "Sjukfrånvaron har minskat jämfört med samma period föregående år, vilket gett lägre kostnader "
            "för sjuklön och korttids~vikarier. Lönerevisionen är ännu inte klar och kan påverka prognosen "
            "under våren.",
            cause("Personalkostnader", direction="positive"),
        ),
        H("Lokalhyror"),
        P(
            "Lokalhyrorna överskrider budget med 0,5 mnkr. Hyran för familjecentralens nya lokaler i Gråbo "
            "har blivit högre än beräknat efter ombyggnaden, och under en övergångs~period betalar nämnden "
            "även hyra för de gamla lokalerna.",
            cause("Lokalhyror", mnkr(-0.5)),
        ),
        H("Köp av tjänster"),
        P(
            "Köp av tjänster är nämndens största avvikelse och beräknas överstiga budget med 8,4 mnkr. "
            "Avvikelsen beror på att antalet placeringar på HVB för ungdomar har ökat från sju till elva "
            "sedan årsskiftet, samtidigt som dygns~kostnaden hos flera privata utförare har höjts med "
            "mellan fyra och sju procent. Till detta kommer kostnader för inhyrda socialsekreterare på "
            "cirka 1,9 mnkr.",
            cause("Köp av tjänster", mnkr(-8.4)),
        ),
        H("Ekonomiskt bistånd"),
        P(
            "Kostnaderna för ekonomiskt bistånd väntas bli 3,4 mnkr högre än budget. Antalet hushåll med "
            "försörjnings~stöd har ökat med i genomsnitt 38 hushåll per månad jämfört med föregående år. "
            "Ökningen hänger samman med ett svagare arbetsmarknads~läge och med att fler personer har "
            "lämnat etablerings~programmet utan att ha fått arbete.",
            cause("Ekonomiskt bistånd", mnkr(-3.4)),
        ),
        H("Övriga kostnader"),
        P(
            "Övriga kostnader beräknas understiga budget med 1,5 mnkr, främst för att utbildnings~insatser "
            "och konferenser har skjutits fram till hösten och att kostnaderna för tolk~tjänster har "
            "minskat sedan avtalet upphandlades på nytt.",
            cause("Övriga kostnader", mnkr(1.5)),
        ),
        H("Åtgärder", 1),
        P(
            "För att minska underskottet har förvaltningen infört anställnings~prövning för samtliga "
            "tjänster utom socialsekreterare i myndighets~utövningen. En arbetsgrupp går igenom samtliga "
            "externa placeringar med målet att tio ungdomar ska kunna flyttas hem eller till egna "
            "familjehem under hösten.",
            action(),
        ),
        P(
            "Prognosen bedöms som osäker. Ett fåtal nya placeringar av barn med omfattande vårdbehov kan "
            "snabbt förändra utfallet med flera miljoner kronor.",
            other(),
        ),
    ]
    return ReportSpec(
        file="lerum-sn-2025-03.pdf",
        report={
            "municipality": "Lerum",
            "committee": "Socialnämnden",
            "period": "2025-03",
            "report_type": "månadsrapport",
        },
        metadata={"title": "Månadsrapport mars 2025 Socialnämnden", "author": "Lerums kommun"},
        style=style,
        blocks=blocks,
    )
