"""Östhammars kommun, Kommunstyrelsen, tjänsteskrivelse om ekonomisk uppföljning per maj 2026.

A tjänsteskrivelse dated in June for the period to May, on the samhällsbyggnadsförvaltning's technical
verksamheter under the kommunstyrelse, in "tkr" and "mnkr": the tax-financed verksamheter's "negativ avvikelse
mot budget med 3 150 tkr" and water and sewage "1 400 tkr sämre än budget, vilket täcks av VA-fonden" (two
causes); headings that carry the area and a hyphen-minus amount in brackets ("Gata och park (-1 900 tkr)")
with a part (snow clearing 5 800 against 4 100) and a percentage price rise that are not the amount, a risk
sentence inside the Fastighet paragraph (its own `other`), an empty-premises part "640 tkr", harbour revenue
"200 000 kronor högre än budget" under "(+200 tkr)", the VA fund's balance after the cause (other);
investments "ett överskott mot budget på 22,5 mnkr" and two projects "1,8 respektive 0,9 mnkr mer än
projektbudgetarna"; an action and the change since March. Liberation Sans (Arial) 10 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Title

from reports.common import HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="arial",
        bold="arial-bold",
        italic="arial-italic",
        size=10.0,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(14.0, 11.5, 10.5),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(70.0, 80.0, 70.0, 74.0),
        header=lambda n, m: ("Östhammars kommun", "Tjänsteskrivelse"),
        footer=lambda n, m: ("Datum 2026-06-08", "Diarienummer KS-2026-318", f"{n} ({m})"),
        header_size=8.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026", size=17, font="arial-bold", after=2),
        Title(
            "Samhällsbyggnadsförvaltningens verksamheter inom kommunstyrelsen",
            size=11,
            font="arial",
            after=12,
        ),
        P("Handläggare: controller, ekonomienheten"),
        H("Förslag till beslut", 2),
        P(
            "Kommunstyrelsen godkänner den ekonomiska uppföljningen per maj 2026 för samhällsbyggnadsförvaltningens "
            "verksamheter."
        ),
        H("Sammanfattning", 2),
        Para(
            (
                (
                    "För de skattefinansierade verksamheterna visar prognosen för helåret en negativ avvikelse mot "
                    "budget med 3 150 tkr.",
                    C("Skattefinansierad verksamhet", "3 150 tkr", "-"),
                ),
                (
                    "VA-verksamheten, som finansieras med avgifter, beräknas ge ett resultat som är 1 400 tkr sämre "
                    "än budget, vilket täcks av VA-fonden.",
                    C(
                        "VA-verksamheten",
                        "1 400 tkr",
                        "-",
                        note="The fee-financed result with its fund financing in the same sentence: one cause.",
                    ),
                ),
            )
        ),
        H("Avvikelser per verksamhet", 2),
        HP(
            "Gata och park (-1 900 tkr)",
            "Vinterväghållningen blev betydligt dyrare än budgeterat efter de kraftiga snöfallen i januari och mars. "
            "Kostnaden för snöröjning och halkbekämpning uppgick till 5 800 tkr, att jämföra med en budget på 4 100 "
            "tkr. Dessutom har asfaltspriserna stigit med omkring 12 procent.",
            C(
                "Gata och park",
                "-1 900 tkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="The snow clearing figures are a part and the percentage a price rise: the heading's amount.",
            ),
        ),
        Para(
            (
                (
                    "Underskottet beror på akuta reparationer efter en vattenläcka i en av skolorna i Gimo och på "
                    "högre kostnader för el och fjärrvärme än budgeterat. Tomställda lokaler i det tidigare "
                    "äldreboendet i Österbybruk belastar också verksamheten med 640 tkr.",
                    C(
                        "Fastighet",
                        "-2 050 tkr",
                        "-",
                        "ovrigt",
                        "prisokningar",
                        "lokaler",
                        note="The empty premises' 640 tkr is a part; the heading carries the amount.",
                    ),
                ),
                (
                    "Det finns en risk att ytterligare skador upptäcks när skolans bjälklag undersöks under sommaren.",
                    O("Fastighet", note="A risk sentence inside a cause paragraph: its own other item."),
                ),
            ),
            head="Fastighet (-2 050 tkr)",
        ),
        HP(
            "Kost och städ (+600 tkr)",
            "Livsmedelskostnaderna har blivit lägre än befarat och en kockvakans har inte tillsatts under våren, "
            "vilket sammantaget ger ett överskott.",
            C("Kost och städ", "+600 tkr", "+", "prisokningar", "vakanser"),
        ),
        HP(
            "Hamn och fritidsanläggningar (+200 tkr)",
            "Intäkterna från gästhamnen och ställplatserna beräknas bli 200 000 kronor högre än budget tack vare "
            "fler förhandsbokningar.",
            C("Hamn och fritidsanläggningar", "200 000 kronor", "+", "avgifter_intakter", "volymer"),
        ),
        Para(
            (
                (
                    "Kostnaderna för kemikalier och slamhantering vid reningsverken har ökat mer än beräknat och "
                    "intäkterna från anläggningsavgifter blir lägre då färre fastigheter ansluts i år.",
                    C(
                        "Vatten och avlopp",
                        "-1 400 tkr",
                        "-",
                        "material_hjalpmedel",
                        "avgifter_intakter",
                        "volymer",
                        note="Water-treatment chemicals are material_hjalpmedel.",
                    ),
                ),
                (
                    "Underskottet finansieras genom uttag ur VA-fonden, som efter uttaget beräknas uppgå till 4,2 "
                    "mnkr.",
                    O("Vatten och avlopp", "reserver", note="The fund's financing and balance: other."),
                ),
            ),
            head="Vatten och avlopp (-1 400 tkr)",
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 är 84,0 mnkr. Prognosen är att 61,5 mnkr förbrukas, vilket ger ett "
            "överskott mot budget på 22,5 mnkr, främst eftersom ombyggnaden av vattenverket i Östhammar har "
            "försenats av ett överklagande.",
            C("Investeringar", "22,5 mnkr", "+", "periodisering", note="Investment under-spending."),
        ),
        P(
            "Projekten gångbro över Olandsån och ny bussterminal i Alunda beräknas kosta 1,8 respektive 0,9 mnkr mer "
            "än projektbudgetarna.",
            C(
                "Gångbro över Olandsån",
                "1,8",
                "-",
                unit="mnkr",
                note="Two project overruns as a 'respektive' pair: two items.",
                also=(C("Bussterminal i Alunda", "0,9 mnkr", "-"),),
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har beslutat att skjuta planerat underhåll av gatubelysning till 2027, vilket minskar "
            "kostnaderna med 700 tkr i år.",
            A("Gata och park", "700 tkr"),
        ),
        H("Förändring sedan föregående uppföljning", 2),
        P(
            "Prognosen för de skattefinansierade verksamheterna har försämrats med 850 tkr sedan uppföljningen per "
            "mars, främst på grund av vattenläckan.",
            F(None, "850 tkr", "-", "ovrigt"),
        ),
    ]
    return ReportSpec(
        file="osthammar-ks-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Östhammar",
            "committee": ["Kommunstyrelsen"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026", "author": "Östhammars kommun"},
        style=style,
        blocks=blocks,
    )
