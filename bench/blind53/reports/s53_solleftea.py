"""Sollefteå kommun, Tekniska nämnden, tjänsteskrivelse ekonomisk uppföljning per maj 2026.

A technical committee's tjänsteskrivelse dated in June for the period to May, in tkr and mnkr: the decision
proposal (unlabelled), then one sentence with the tax-financed "underskott på 1,9 mnkr mot budget" and the
fee-financed "1,2 mnkr bättre än budget" (two items) and "Prognosen är oförändrad" (a boilerplate
forecast change); a table with en-dash minus signs; headings that carry
the area and amount in brackets ("Gata och park (–950 tkr)", "Kost (+100 tkr)"), with a part in whole kronor
that is not the amount, a risk sentence after the cause in the same paragraph (other), and "(+50 tkr)" over
"bedöms i stort sett gå jämnt ut" (boilerplate); water and sewage "ett överskott om 900 tkr jämfört med
budget" followed by the transfer to the VA fund and its balance (other); waste "ett plus på 0,3 mnkr mot
budget" with its reason in the next sentence; investments "12,3 mnkr inte används i år" after the budget and
forecast; an action with "cirka 300 tkr". DejaVu Sans Condensed 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, Para, ReportSpec, Style, Table, Title

from reports.common import BF, BP, HP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="cond",
        bold="cond-bold",
        italic="sans-italic",
        size=10.0,
        leading=1.42,
        para_gap=7.0,
        heading_sizes=(15.0, 12.0, 10.5),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(72.0, 80.0, 72.0, 74.0),
        header=lambda n, m: ("Sollefteå kommun", "Tjänsteskrivelse 2026-06-09"),
        footer=lambda n, m: ("Samhällsbyggnadsförvaltningen", "Dnr TN 2026/0087", f"{n} av {m}"),
        header_size=8.0,
    )
    table = Table(
        caption="Prognos 2026 per verksamhet, tkr",
        header=(("Verksamhet", "Budget 2026", "Utfall jan–maj", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Gata och park", "24 600", "12 780", "25 550", "–950"),
            ("Fastighet", "18 300", "8 410", "19 400", "–1 100"),
            ("Kost", "22 100", "9 020", "22 000", "100"),
            ("Lokalvård", "11 400", "4 700", "11 350", "50"),
            ("Summa skattefinansierat", "76 400", "34 910", "78 300", "–1 900"),
            ("Vatten och avlopp, resultat", "0", "1 480", "900", "900"),
            ("Avfall, resultat", "0", "410", "300", "300"),
        ),
        widths=(150.0, 68.0, 74.0, 70.0, 64.0),
        bold_rows=frozenset({4}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Tjänsteskrivelse", size=17, font="cond-bold", after=2),
        Title("Ekonomisk uppföljning per maj 2026, Tekniska nämnden", size=12, font="cond", after=12),
        H("Förslag till beslut", 2),
        P(
            "Tekniska nämnden godkänner den ekonomiska uppföljningen per maj 2026 och lägger den till handlingarna."
        ),
        H("Sammanfattning", 2),
        P(
            "Den skattefinansierade verksamheten prognostiserar ett underskott på 1,9 mnkr mot budget, medan den "
            "avgiftsfinansierade verksamheten beräknas gå 1,2 mnkr bättre än budget.",
            C(
                "Skattefinansierad verksamhet",
                "1,9 mnkr",
                "-",
                note="Tax- and fee-financed results in one sentence: two items.",
                also=(C("Avgiftsfinansierad verksamhet", "1,2 mnkr", "+"),),
            ),
        ),
        P("Prognosen är oförändrad jämfört med uppföljningen per april.", BF(None)),
        H("Ärendet", 2),
        table,
        HP(
            "Gata och park (–950 tkr)",
            "Vinterväghållningen har kostat mer än ett normalår efter de stora snömängderna i januari, och 400 000 "
            "kronor av avvikelsen avser reparation av gångbron vid Hullsta efter en påkörning.",
            C(
                "Gata och park",
                "–950 tkr",
                "-",
                "ovrigt",
                note="The part in whole kronor is not the amount; snow and damage are ovrigt.",
            ),
        ),
        Para(
            (
                (
                    "Energikostnaderna för kommunens verksamhetslokaler ligger över budget, och ett akut byte av "
                    "ventilationsaggregatet i sporthallen på Nipan har inte rymts i underhållsbudgeten.",
                    C("Fastighet", "–1 100 tkr", "-", "prisokningar", "ovrigt"),
                ),
                (
                    "Det finns en risk att fler aggregat behöver bytas under hösten.",
                    O("Fastighet", note="A risk sentence after the cause."),
                ),
            ),
            head="Fastighet (–1 100 tkr)",
            head_level=3,
        ),
        HP(
            "Kost (+100 tkr)",
            "Livsmedelspriserna har stigit mindre än beräknat, vilket ger ett litet överskott.",
            C("Kost", "+100 tkr", "+", "prisokningar"),
        ),
        HP(
            "Lokalvård (+50 tkr)",
            "Lokalvården bedöms i stort sett gå jämnt ut.",
            BP("Lokalvård", note="'Gå jämnt ut' under a heading of +50: boilerplate."),
        ),
        H("Vatten och avlopp", 3),
        PS(
            (
                "VA-verksamheten beräknas ge ett överskott om 900 tkr jämfört med budget, främst genom högre "
                "anslutningsavgifter från nya bostäder i Österforse och lägre kemikaliekostnader vid reningsverket.",
                C("Vatten och avlopp", "900 tkr", "+", "avgifter_intakter", "material_hjalpmedel"),
            ),
            (
                "Överskottet förs till VA-fonden, vars saldo då beräknas uppgå till 4,6 mnkr vid årets slut.",
                O("Vatten och avlopp", "reserver", note="The fund transfer and balance: other."),
            ),
        ),
        H("Avfall", 3),
        P(
            "Avfallsverksamheten redovisar ett plus på 0,3 mnkr mot budget. Det förklaras av högre intäkter från "
            "försäljning av skrot och wellpapp vid återvinningscentralen.",
            C("Avfall", "0,3 mnkr", "+", "avgifter_intakter"),
        ),
        H("Investeringar", 2),
        P(
            "Nämndens investeringsbudget är 42,8 mnkr. Prognosen för helåret är 30,5 mnkr, vilket innebär att 12,3 "
            "mnkr inte används i år, eftersom ombyggnaden av reningsverket i Ramsele har skjutits upp till 2027 i "
            "väntan på miljötillstånd.",
            C("Investeringar", "12,3 mnkr", "+", "periodisering"),
        ),
        H("Åtgärder", 2),
        P(
            "För att begränsa underskottet skjuts planerat målningsunderhåll i tre skolor till 2027, vilket minskar "
            "kostnaderna med cirka 300 tkr i år.",
            A("Fastighet", "cirka 300 tkr", "periodisering"),
        ),
    ]
    return ReportSpec(
        file="solleftea-tn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Sollefteå",
            "committee": ["Tekniska nämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning per maj 2026 Tekniska nämnden",
            "author": "Sollefteå kommun",
        },
        style=style,
        blocks=blocks,
    )
