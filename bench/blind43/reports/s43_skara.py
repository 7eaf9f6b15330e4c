"""Skara kommun, Kommunstyrelsen, tjänsteskrivelse: ekonomisk uppföljning per maj 2026.

A tjänsteskrivelse dated in June on the kommunstyrelse's own verksamheter, in tkr, with a decision proposal
first and a footer carrying the letter date and diarienummer: the full year "ett underskott på 2 150 tkr …
jämfört med tilldelad ram på 186 400 tkr" (the frame is a level) with the areas named; headings that carry
the area and "avvikelse" with a U+2212 or "+" amount ("Måltidsverksamheten, avvikelse −1 400 tkr"): food
prices with a percentage that is not the amount, winter road maintenance whose gross "1 720 tkr mer" is
offset (one item with the heading's net), licences billed for the whole year early, fees of the elected
members, a vacancy; "bedöms hålla budget" and "ett mindre underskott på 50 tkr" as two sentences of one
paragraph; the change since March with its cause; investments "6,7 mnkr inte användas"; an action with its
effect followed in the same paragraph by "Någon ytterligare åtgärd … föreslås inte" (other) and a financing
rule (other). Liberation Serif (Times metrics) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.32,
        para_gap=7.0,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 84.0, 72.0, 78.0),
        header=lambda n, m: ("Skara kommun", "Tjänsteskrivelse"),
        footer=lambda n, m: (
            "Kommunledningsförvaltningen, 2026-06-09",
            "Dnr KS 2026/214",
            f"Sida {n} av {m}",
        ),
        header_size=8.5,
        rule_under_header=False,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026 – kommunstyrelsen", size=15, font="times-bold", after=12),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen godkänner den ekonomiska uppföljningen per maj 2026 för kommunstyrelsens verksamheter."
        ),
        H("Sammanfattning", 2),
        P(
            "Kommunstyrelsens verksamheter prognostiserar ett underskott på 2 150 tkr för helåret, jämfört med "
            "tilldelad ram på 186 400 tkr. Underskottet finns i huvudsak inom måltidsverksamheten och gata och park, "
            "medan kansliet och HR-avdelningen visar överskott.",
            C(None, "2 150 tkr", "-", note="The frame is a level, not the amount; areas named, no reasons."),
        ),
        H("Ekonomisk analys per verksamhet", 2),
        HP(
            "Måltidsverksamheten, avvikelse −1 400 tkr",
            "Livsmedelspriserna har fortsatt att stiga under våren, och det nya avtalet för frukt och grönt gäller från "
            "mars med cirka 9 procent högre priser. Dessutom har sjukfrånvaron bland kockarna krävt fler timvikarier "
            "än planerat.",
            C(
                "Måltidsverksamheten",
                "−1 400 tkr",
                "-",
                "prisokningar",
                "sjukfranvaro",
                "vikarier",
                note="The price percentage is not the amount.",
            ),
        ),
        HP(
            "Gata och park, avvikelse −1 200 tkr",
            "Vinterväghållningen kostade 1 720 tkr mer än budgeterat efter de många snöfallen i januari och februari. "
            "En del av detta vägs upp av lägre kostnader för beläggningsunderhåll under våren.",
            C(
                "Gata och park",
                "−1 200 tkr",
                "-",
                "ovrigt",
                note="The gross 1 720 tkr is a part, offset by lower costs: one item with the heading's net amount.",
            ),
        ),
        HP(
            "IT och digitalisering, avvikelse −450 tkr",
            "Licenserna för kommunens nya e-tjänsteplattform faktureras för helåret redan i år, samtidigt som avtalet "
            "för den gamla plattformen löper till och med oktober.",
            C("IT och digitalisering", "−450 tkr", "-", "it_digitalisering", "periodisering"),
        ),
        HP(
            "Kansliet, avvikelse +550 tkr",
            "Kostnaderna för arvoden till kommunfullmäktige och nämnderna blir lägre än budgeterat, eftersom färre "
            "extra sammanträden har hållits.",
            C("Kansliet", "+550 tkr", "+", "ovrigt", note="Elected members' fees: ovrigt."),
        ),
        HP(
            "HR-avdelningen, avvikelse +400 tkr",
            "En tjänst som HR-konsult har varit vakant under februari–maj och tillsätts först i augusti.",
            C("HR-avdelningen", "+400 tkr", "+", "vakanser"),
        ),
        H("Övriga verksamheter", 3),
        PS(
            (
                "Kommunledning och ekonomiavdelningen bedöms hålla budget.",
                BP("Kommunledning och ekonomiavdelningen"),
            ),
            (
                "Turism och näringsliv redovisar ett mindre underskott på 50 tkr till följd av extra marknadsföring "
                "inför sommarsäsongen.",
                C("Turism och näringsliv", "50 tkr", "-", "ovrigt"),
            ),
        ),
        H("Jämförelse med föregående uppföljning", 2),
        P(
            "Jämfört med uppföljningen per mars har prognosen försämrats med 700 tkr, i huvudsak på grund av "
            "vinterväghållningen.",
            F(None, "700 tkr", "-", "ovrigt"),
        ),
        H("Investeringar", 2),
        P(
            "Av kommunstyrelsens investeringsbudget på 24,6 mnkr beräknas 6,7 mnkr inte användas under 2026, eftersom "
            "upprustningen av två lekplatser har skjutits till 2027 i avvaktan på en ny lekplatsplan.",
            C("Investeringar", "6,7 mnkr", "+", "periodisering"),
        ),
        H("Åtgärder", 2),
        PS(
            (
                "Måltidsverksamheten ser över menyerna och minskar matsvinnet, vilket beräknas ge 300 tkr under andra "
                "halvåret.",
                A("Måltidsverksamheten", "300 tkr", "prisokningar"),
            ),
            (
                "Någon ytterligare åtgärd för vinterväghållningen föreslås inte, eftersom kostnaden beror på vädret.",
                O("Gata och park", "ovrigt", note="No action proposed, with 'beror på': other."),
            ),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Underskottet ska enligt kommunens styrprinciper i första hand hanteras inom kommunstyrelsens egen ram.",
            O(None, note="A financing rule: other."),
        ),
    ]
    return ReportSpec(
        file="skara-ks-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Skara",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026 kommunstyrelsen", "author": "Skara kommun"},
        style=style,
        blocks=blocks,
    )
