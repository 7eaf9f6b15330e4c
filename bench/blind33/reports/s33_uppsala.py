"""Uppsala kommun, Arbetsmarknadsnämnden, tjänsteskrivelse om ekonomisk uppföljning per februari 2026.

A labour-market committee's cover letter in "miljoner kronor" set in Liberation Sans, footer with the
letter's date in March and a diarienummer: a decision proposal (unlabelled), a summary with the full year's
"negativ avvikelse på 12,4 miljoner kronor" and its cause, then in the description the period's "3,1 miljoner
kronor högre än periodens budget" (net cost: negative), a reading note that declares brackets for deficits
and a table with bracketed deficits ("(14,8)"); bold run-in verksamheter ending in a full stop: "beräknas bli
14,8 miljoner kronor högre än budgeterat", "Överskottet, 3,3 miljoner kronor, uppstår för att", a reason-only
deficit with a grant "1 150 000 kronor lägre än ansökt" that is not the deviation (the row's "(2,6)"),
"ger ett överskott på 1,7 miljoner kronor" and "Prognosen följer budget" (boilerplate); investments "0,6
miljoner kronor billigare än budgeterat"; an action with its effect, a risk and the lack of equity (others).
Liberation Sans 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, LP, A, C, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=7.0,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(72.0, 84.0, 72.0, 76.0),
        header=lambda n, m: ("Uppsala kommun", "Tjänsteskrivelse"),
        footer=lambda n, m: (
            "Arbetsmarknadsförvaltningen",
            "Datum: 2026-03-12",
            "Diarienummer: AMN-2026-00118",
        ),
        header_size=8.0,
        rule_under_header=False,
    )
    table = Table(
        caption=None,
        header=(("Verksamhet, mnkr", "Budget 2026", "Prognos 2026", "Avvikelse"),),
        rows=(
            ("Försörjningsstöd", "412,0", "426,8", "(14,8)"),
            ("Arbetsmarknadsinsatser", "168,5", "165,2", "3,3"),
            ("Vuxenutbildning", "246,3", "248,9", "(2,6)"),
            ("Etablering och integration", "38,2", "36,5", "1,7"),
            ("Nämnd och förvaltningsgemensamt", "44,6", "44,6", "0,0"),
            ("Summa", "909,6", "922,0", "(12,4)"),
        ),
        widths=(185.0, 80.0, 80.0, 80.0),
        bold_rows=frozenset({5}),
        rules=True,
        size=9.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per februari 2026", size=15, font="arial-bold", after=2),
        Title("Arbetsmarknadsnämnden", size=11.5, font="arial", after=12),
        H("Förslag till beslut", 2),
        P(
            "Arbetsmarknadsnämnden föreslås besluta att godkänna den ekonomiska uppföljningen per februari 2026."
        ),
        H("Sammanfattning", 2),
        P(
            "Arbetsmarknadsnämnden prognostiserar för 2026 en negativ avvikelse på 12,4 miljoner kronor jämfört med "
            "budget. Avvikelsen beror på ökade kostnader för försörjningsstöd.",
            C(None, "12,4 miljoner kronor", "-", "ekonomiskt_bistand"),
        ),
        H("Beskrivning av ärendet", 2),
        P(
            "Efter två månader är nämndens nettokostnader 3,1 miljoner kronor högre än periodens budget.",
            C(None, "3,1 miljoner kronor", "-", note="The period: a net cost above the period's budget."),
        ),
        P("Negativa avvikelser redovisas inom parentes.", size=8.5),
        table,
        LP(
            "Försörjningsstöd.",
            "Kostnaden för försörjningsstöd beräknas bli 14,8 miljoner kronor högre än budgeterat. Antalet hushåll "
            "med bistånd har ökat med 9 procent sedan oktober, främst hushåll där någon har förlorat sin ersättning "
            "från a-kassan.",
            C("Försörjningsstöd", "14,8 miljoner kronor", "-", "ekonomiskt_bistand", "volymer"),
        ),
        LP(
            "Arbetsmarknadsinsatser.",
            "Överskottet, 3,3 miljoner kronor, uppstår för att färre deltagare än planerat har anvisats till "
            "extratjänster och att statliga lönebidrag täcker en större del av kostnaden.",
            C("Arbetsmarknadsinsatser", "3,3 miljoner kronor", "+", "volymer", "statsbidrag"),
        ),
        LP(
            "Vuxenutbildning.",
            "Köpta utbildningsplatser hos externa anordnare kostar mer än budgeterat sedan fler sökt "
            "yrkesutbildning, samtidigt som statsbidraget för regionalt yrkesvux blev 1 150 000 kronor lägre än "
            "ansökt.",
            C(
                "Vuxenutbildning",
                "(2,6)",
                "-",
                "kopt_verksamhet",
                "volymer",
                "statsbidrag",
                unit="mnkr",
                table=True,
                note="Reasons only; the grant's shortfall against the application is a part, not the deviation: "
                "the table row's cell.",
            ),
        ),
        LP(
            "Etablering och integration.",
            "Två vakanta handläggartjänster ger ett överskott på 1,7 miljoner kronor.",
            C("Etablering och integration", "1,7 miljoner kronor", "+", "vakanser"),
        ),
        LP(
            "Nämnd och förvaltningsgemensamt.",
            "Prognosen följer budget.",
            BP("Nämnd och förvaltningsgemensamt"),
        ),
        LP(
            "Investeringar.",
            "Inköpen av inventarier till det nya jobbtorget i Gottsunda beräknas bli 0,6 miljoner kronor billigare "
            "än budgeterat.",
            C("Investeringar", "0,6 miljoner kronor", "+", note="No reason given: no tags."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen intensifierar arbetet med att ge biståndsmottagare arbete genom kommunala "
            "visstidsanställningar. Åtgärden beräknas minska kostnaderna för försörjningsstöd med 4 miljoner kronor "
            "under 2026.",
            A("Försörjningsstöd", "4 miljoner kronor", "ekonomiskt_bistand"),
        ),
        H("Risker", 2),
        P(
            "Arbetslösheten i länet bedöms fortsätta att stiga under våren, vilket innebär en risk för ytterligare "
            "kostnadsökningar.",
            O(None, "volymer", note="A risk: other."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Nämnden har inget eget kapital att täcka underskottet med. Om prognosen står sig behöver nämnden begära "
            "utökad ram hos kommunstyrelsen.",
            O(None, "reserver", note="Financing: other."),
        ),
    ]
    return ReportSpec(
        file="uppsala-amn-tjansteskrivelse-ekonomisk-uppfoljning-2026-02.pdf",
        report={
            "municipality": "Uppsala",
            "committee": ["Arbetsmarknadsnämnden"],
            "period": ["2026-02"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per februari 2026", "author": "Uppsala kommun"},
        style=style,
        blocks=blocks,
    )
