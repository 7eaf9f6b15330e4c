"""Svedala kommun, Tekniska nämnden, tjänsteskrivelse om ekonomisk uppföljning per maj 2026.

A technical committee's cover letter dated in June for the period to May, in DejaVu Sans 9.5 pt: the decision
proposal and background (unlabelled); the tax-financed result "1 450 tkr sämre än budget" and the fee-financed
water and sewage "överskott mot budget på 2 100 tkr" with its fund transfer and causes in the same sentence;
headings with the area and a hyphen-minus amount after a colon ("Gata och park: -850 tkr") over paragraphs with a
part that is not the amount ("1 200 tkr mer än budgeterat" of -850), a risk sentence in a cause paragraph
(other) and "±0 tkr" over "bedöms gå jämnt ut" (boilerplate); the change since March; investments "43,7 mnkr
används" of 58,2 (14,5 never written out) with a project that explains part of it, and a project "2,3 mnkr
dyrare än kalkylerat"; a forecast assumption (other) and an action without an effect. 8 scored causes.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, Para, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="sans",
        bold="sans-bold",
        italic="sans-italic",
        size=9.5,
        leading=1.45,
        para_gap=7.0,
        heading_sizes=(14.0, 11.0, 10.0),
        heading_fonts=("sans-bold", "sans-bold", "sans-bold"),
        margins=(70.0, 80.0, 70.0, 76.0),
        header=lambda n, m: ("SVEDALA KOMMUN", "Tjänsteskrivelse 2026-06-03"),
        footer=lambda n, m: ("Samhällsbyggnadsförvaltningen", "Dnr TN 2026-118", f"{n} ({m})"),
        header_size=8.0,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026, Tekniska nämnden", size=15, font="sans-bold", after=12),
        H("Förslag till beslut", 2),
        P(
            "Tekniska nämnden godkänner den ekonomiska uppföljningen per maj 2026 och överlämnar den till "
            "kommunstyrelsen."
        ),
        H("Ärendebeskrivning", 2),
        P(
            "Nämnden ska enligt kommunens riktlinjer för ekonomistyrning lämna en prognos för helåret efter februari, "
            "maj, augusti och oktober. Prognosen bygger på bokfört utfall till och med maj."
        ),
        P(
            "Den skattefinansierade verksamheten prognostiserar för helåret ett resultat som är 1 450 tkr sämre än "
            "budget.",
            C("Skattefinansierad verksamhet", "1 450 tkr", "-"),
        ),
        P(
            "VA-verksamheten beräknas ge ett överskott mot budget på 2 100 tkr, som vid årets slut förs till "
            "VA-fonden, beroende på högre brukningsavgifter efter taxehöjningen och lägre kostnader för kemikalier.",
            C(
                "VA-verksamhet",
                "2 100 tkr",
                "+",
                "avgifter_intakter",
                "material_hjalpmedel",
                note="The fee-financed result with its fund transfer in the same sentence: one cause item; "
                "treatment chemicals are material_hjalpmedel.",
            ),
        ),
        H("Skattefinansierad verksamhet per område", 2),
        HP(
            "Gata och park: -850 tkr",
            "Vinterväghållningen har kostat 1 200 tkr mer än budgeterat efter de snörika månaderna januari och "
            "februari. Delvis vägs detta upp av lägre kostnader för gatubelysning, där den nya LED-armaturen minskar "
            "elförbrukningen.",
            C(
                "Gata och park",
                "-850 tkr",
                "-",
                "ovrigt",
                "prisokningar",
                note="The heading carries the amount; 1 200 tkr is a part. Snow is ovrigt, electricity prisokningar.",
            ),
        ),
        HP(
            "Kost: -600 tkr",
            "Livsmedelspriserna har stigit mer än vad som antogs i budgeten, samtidigt som antalet portioner till "
            "äldreomsorgen har ökat.",
            C("Kost", "-600 tkr", "-", "prisokningar", "volymer"),
        ),
        HP(
            "Lokalförsörjning: +300 tkr",
            "Överskottet förklaras av att hyresavtalet för den tillfälliga förskolepaviljongen i Bara sades upp i "
            "förtid.",
            C("Lokalförsörjning", "+300 tkr", "+", "lokaler"),
        ),
        Para(
            (
                (
                    "Akuta reparationer efter en vattenläcka i en av kommunens skolor har belastat fastighetsunderhållet.",
                    C("Fastighet", "-300 tkr", "-", "ovrigt", note="A water leak: ovrigt."),
                ),
                (
                    "Risken för ytterligare akuta reparationer bedöms som hög, eftersom stora delar av "
                    "fastighetsbeståndet är från 1970-talet.",
                    O("Fastighet", note="A risk sentence in a cause paragraph: its own item."),
                ),
            ),
            head="Fastighet: -300 tkr",
        ),
        HP(
            "Lokalvård: ±0 tkr",
            "Verksamheten bedöms gå jämnt ut.",
            BP("Lokalvård", note="A heading '±0 tkr' over 'bedöms gå jämnt ut': boilerplate."),
        ),
        P(
            "Prognosen för vinterväghållningen förutsätter en normal vinter under november och december.",
            O("Gata och park", note="A forecast assumption: other."),
        ),
        H("Förändring sedan mars", 2),
        P(
            "Jämfört med uppföljningen per mars är prognosen för den skattefinansierade verksamheten 400 tkr sämre, "
            "vilket beror på livsmedelspriserna.",
            F("Skattefinansierad verksamhet", "400 tkr", "-", "prisokningar"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringsbudgeten för 2026 uppgår till 58,2 mnkr. Prognosen är att 43,7 mnkr används under året. "
            "Gång- och cykelvägen mellan Svedala och Klågerup skjuts till 2027, vilket förklarar 6,0 mnkr av "
            "avvikelsen.",
            C(
                "Investeringar",
                "43,7 mnkr",
                "+",
                "periodisering",
                value=14_500_000,
                note="An under-spend never written out (58,2 − 43,7): the computed value with the amount text as "
                "written; the project's 6,0 mnkr is a part of it.",
            ),
        ),
        P(
            "Reinvesteringen i ledningsnätet, etapp 3, blir 2,3 mnkr dyrare än kalkylerat på grund av högre "
            "entreprenadpriser.",
            C("Ledningsnätet, etapp 3", "2,3 mnkr", "-", "prisokningar", note="Investment overrun."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen ser inför hösten över portionspriserna till de beställande nämnderna.",
            A("Kost", None, "prisokningar"),
        ),
    ]
    return ReportSpec(
        file="svedala-tn-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Svedala",
            "committee": ["Tekniska nämnden"],
            "period": ["2026-05"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={"title": "Ekonomisk uppföljning per maj 2026 Tekniska nämnden", "author": "Svedala kommun"},
        style=style,
        blocks=blocks,
    )
