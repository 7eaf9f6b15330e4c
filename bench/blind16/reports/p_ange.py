"""Ånge kommun, Omsorgsnämnden, tjänsteskrivelse: ekonomisk uppföljning per maj 2026.

A cover letter (tjänsteskrivelse) dated in June for the period to May, in Liberation Sans 11 pt with a header
that says TJÄNSTESKRIVELSE and a diary number in the footer: a decision proposal (unlabelled), a summary whose
amount is written "minus 5,6 miljoner kronor" with the areas named but no reasons (no tags), the period "2,2
mnkr sämre än periodiserad budget" with the semesterlöneskuld as the reason the period looks better than the
year; run-in bold verksamheter with a colon ("Hemtjänst:") whose amount comes last in new shapes ("tär det på
budgeten med 3,6 mnkr", "Det ger ett befarat underskott om cirka 2,7 mnkr", "beräknas lämna ett överskott på",
"beräknas bli 0,4 mnkr högre än budgeterat", "drar över med 0,2 mnkr") and hour counts that are not amounts;
"följer budgeten" (boilerplate); two actions as bullets (one with "Förväntad effekt 0,8 mnkr"); the change since
March where "beror nästan helt på hemtjänsten" names an area, not a cause; equity talk (other) and the
"Ekonomiska konsekvenser" boilerplate of a cover letter (unlabelled).

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import Bullets, H, P, ReportSpec, Style, Title

from reports.common import BP, LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=11.0,
        leading=1.35,
        para_gap=8.0,
        heading_sizes=(15.0, 12.0, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(78.0, 90.0, 70.0, 80.0),
        header=lambda n, m: ("Ånge kommun – Omsorgsförvaltningen", "TJÄNSTESKRIVELSE"),
        footer=lambda n, m: ("2026-06-03", "Dnr ON 2026/58", f"{n} ({m})"),
        header_size=8.5,
        rule_under_header=False,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026", size=16, font="arial-bold", after=4),
        P("Handläggare: controller, omsorgsförvaltningen", size=9.5),
        H("Förslag till beslut", 2),
        P(
            "Omsorgsnämnden godkänner den ekonomiska uppföljningen per maj 2026 och uppdrar åt förvaltningen att "
            "redovisa effekterna av vidtagna åtgärder vid nämndens sammanträde i september."
        ),
        H("Sammanfattning av ärendet", 2),
        P(
            "Omsorgsnämndens prognos för 2026 pekar på en budgetavvikelse om minus 5,6 miljoner kronor. Det är "
            "hemtjänsten och de särskilda boendena som står för avvikelsen, medan LSS-verksamheten visar ett "
            "överskott.",
            C(
                None,
                "minus 5,6 miljoner kronor",
                "-",
                note="Areas named, no reasons: no tags. 'minus' written as a word.",
            ),
        ),
        H("Ärendet", 2),
        P(
            "Utfallet för januari–maj är 2,2 mnkr sämre än periodiserad budget. Avvikelsen för perioden är mindre "
            "än för helåret, eftersom semesterlöneskulden bokas upp under sommarmånaderna.",
            C(
                None,
                "2,2 mnkr",
                "-",
                "periodisering",
                "lonekostnader",
                note="The period against the periodised budget with the semesterlöneskuld's timing as its reason.",
            ),
        ),
        LP(
            "Hemtjänst:",
            "Antalet beviljade timmar har stigit till i genomsnitt 9 800 per månad, mot budgeterade 8 900. "
            "Tillsammans med höga kostnader för sjukfrånvaro under vintern tär det på budgeten med 3,6 mnkr.",
            C(
                "Hemtjänst",
                "3,6 mnkr",
                "-",
                "volymer",
                "sjukfranvaro",
                note="Hour counts are not amounts; the amount comes last.",
            ),
        ),
        LP(
            "Särskilt boende:",
            "Ett av boendena i Ånge tätort har bemannats över budget sedan januari för att klara natten, och "
            "timvikarier har tagits in vid korttidsfrånvaro. Det ger ett befarat underskott om cirka 2,7 mnkr.",
            C("Särskilt boende", "cirka 2,7 mnkr", "-", "bemanning", "vikarier", "sjukfranvaro"),
        ),
        LP(
            "LSS:",
            "Verksamheten beräknas lämna ett överskott på 1,3 mnkr. Två beslut om bostad med särskild service har "
            "ännu inte verkställts, och antalet deltagare i daglig verksamhet är lägre än planerat.",
            C("LSS", "1,3 mnkr", "+", "volymer"),
        ),
        LP(
            "Hälso- och sjukvård:",
            "Kostnaden för hjälpmedel, främst lyftar och specialmadrasser, beräknas bli 0,4 mnkr högre än "
            "budgeterat.",
            C("Hälso- och sjukvård", "0,4 mnkr", "-", "material_hjalpmedel"),
        ),
        LP(
            "Färdtjänst:",
            "Länstrafikens höjda taxa för beställningstrafik gör att färdtjänsten drar över med 0,2 mnkr.",
            C("Färdtjänst", "0,2 mnkr", "-", "prisokningar"),
        ),
        P(
            "Övriga verksamheter, bland annat nämndgemensam administration och anhörigstöd, följer budgeten.",
            BP("Övriga verksamheter"),
        ),
        H("Åtgärder", 2),
        Bullets(
            (
                "Ny modell för planering av hemtjänstens insatser i Alby och Ljungaverk med start i augusti. "
                "Förväntad effekt 0,8 mnkr under hösten.",
                "Timvikarier tas in först efter beslut av enhetschef.",
            ),
            labels=(A("Hemtjänst", "0,8 mnkr", "bemanning"), A("Särskilt boende", None, "vikarier")),
        ),
        H("Jämförelse med föregående uppföljning", 2),
        P(
            "I mars var prognosen −4,3 mnkr. Försämringen med 1,3 mnkr beror nästan helt på hemtjänsten.",
            F(
                None,
                "1,3 mnkr",
                "-",
                note="The reason names an area, not a cause: no tag. March's level is not the amount.",
            ),
        ),
        P(
            "Nämnden har inget eget kapital att ta i anspråk, och ett underskott belastar därför kommunens samlade "
            "resultat.",
            O(None, "reserver", note="Equity: other."),
        ),
        H("Ekonomiska konsekvenser", 2),
        P("Beslutet medför i sig inga ekonomiska konsekvenser."),
        H("Bilaga", 2),
        P("Ekonomisk uppföljning per maj 2026, omsorgsnämnden"),
    ]
    return ReportSpec(
        file="ange-on-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Ånge",
            "committee": ["Omsorgsnämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Tjänsteskrivelse ekonomisk uppföljning per maj 2026", "author": "Ånge kommun"},
        style=style,
        blocks=blocks,
    )
