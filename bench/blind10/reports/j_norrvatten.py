"""Norrvatten (kommunalförbund), Förbundsstyrelsen, delårsrapport januari–augusti 2025.

A drinking-water kommunalförbund's interim report (its income is the member kommuner's water charges, so a
higher result is better), footer with the förbundsstyrelse's meeting date in September: the period's result
"7,4 mnkr över periodens budget" and the full year "en positiv budgetavvikelse om 4,5 mnkr" as two causes,
the change since the tertial report with its cause; a resultaträkning in tkr where costs are negative and
the deviation is prognos minus budget (positive = better); water charges above budget with the billed
volume and its budget in "miljoner kubikmeter" (not the amount); bold run-in kostnadsslag: chemicals with
two causes, electricity "understiga budget med 1,8 mnkr", a reason-only personnel row (the table's "1 900"),
maintenance after a burst main, depreciation and interest as a "1,1 respektive 0,6 mnkr" pair with a shared
timing cause (two items); investments "85 mnkr lägre än investeringsbudgeten" with the period's spending (a
level), one project's overrun "cirka 40 mnkr dyrare än projektbudgeten" and one project's "110 mnkr av
årets budget flyttas till 2026"; an electricity contract (action without effect), the förbundsordning's
return of surpluses (financing, other) and a regulatory risk with a cost range (other). 12 scored causes.
DejaVu Serif Condensed 9.5 pt with DejaVu Sans Condensed headings.

The place is real (a kommunalförbund); every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Space, Style, Table, Title

from reports.common import LP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="serif-cond",
        bold="serif-cond-bold",
        italic="serif-italic",
        size=9.5,
        leading=1.42,
        para_gap=6.5,
        heading_sizes=(15.0, 12.0, 10.0),
        heading_fonts=("cond-bold", "cond-bold", "cond-bold"),
        margins=(66.0, 78.0, 66.0, 72.0),
        header=lambda n, m: ("Norrvatten", "Delårsrapport januari–augusti 2025"),
        footer=lambda n, m: ("Förbundsstyrelsen 2025-09-25", "Dnr 2025-0318", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Resultaträkning, tkr (kostnader med minustecken, avvikelse = prognos − budget)",
        header=(("", "Utfall", "Budget", "Prognos", "Avvikelse"), ("", "jan–aug", "2025", "2025", "helår")),
        rows=(
            ("Verksamhetens intäkter", "218 900", "318 200", "323 300", "5 100"),
            ("Personalkostnader", "-37 100", "-58 400", "-56 500", "1 900"),
            ("Kemikalier", "-16 800", "-21 600", "-24 000", "-2 400"),
            ("El och energi", "-15 200", "-26 300", "-24 500", "1 800"),
            ("Underhåll och reparationer", "-27 900", "-38 700", "-42 300", "-3 600"),
            ("Övriga verksamhetskostnader", "-40 600", "-64 100", "-64 100", "0"),
            ("Avskrivningar", "-50 300", "-76 800", "-75 700", "1 100"),
            ("Finansiella kostnader", "-12 400", "-27 800", "-27 200", "600"),
            ("Resultat", "18 600", "4 500", "9 000", "4 500"),
        ),
        widths=(160.0, 66.0, 66.0, 66.0, 70.0),
        bold_rows=frozenset({8}),
        rules=True,
        size=8.5,
    )
    blocks = [
        Title("Delårsrapport januari–augusti 2025", size=19, font="cond-bold", after=2),
        Title("Norrvatten – kommunalförbund för vattenförsörjning", size=11.5, font="serif-italic", after=14),
        H("Ekonomiskt resultat", 2),
        PS(
            (
                "Förbundets resultat för perioden uppgår till 18,6 mnkr, vilket är 7,4 mnkr över periodens budget.",
                C(None, "7,4 mnkr", "+", note="The period's result above the period's budget."),
            ),
            (
                "Helårsprognosen är ett resultat på 9,0 mnkr, en positiv budgetavvikelse om 4,5 mnkr.",
                C(None, "4,5 mnkr", "+", note="The full year; the result 9,0 mnkr is a level."),
            ),
            (
                "Prognosen är 2,0 mnkr bättre än i tertialrapporten, främst till följd av de högre vattenvolymerna.",
                F(None, "2,0 mnkr", "+", "volymer"),
            ),
        ),
        table,
        Space(4),
        H("Intäkter", 3),
        P(
            "Vattenavgifterna beräknas bli 5,1 mnkr högre än budget för helåret, sedan den varma och torra "
            "försommaren gav en debiterad volym som ligger 4 procent över budgeterade 61,5 miljoner kubikmeter.",
            C(
                "Vattenavgifter",
                "5,1 mnkr",
                "+",
                "volymer",
                "avgifter_intakter",
                note="The budgeted volume in million cubic metres is not an amount.",
            ),
        ),
        H("Kostnader", 3),
        LP(
            "Kemikalier.",
            "Kostnaderna för kemikalier blir 2,4 mnkr högre än budgeterat. Priset på fällningskemikalier har höjts "
            "två gånger under året, och den höga humushalten i Mälaren har krävt större doser.",
            C("Kemikalier", "2,4 mnkr", "-", "prisokningar", "ovrigt", note="Raw-water quality is ovrigt."),
        ),
        LP(
            "El och energi.",
            "Elkostnaderna väntas däremot understiga budget med 1,8 mnkr, eftersom elpriset i elområde 3 har varit "
            "lägre än vad som antogs i budgeten.",
            C("El och energi", "1,8 mnkr", "+", "prisokningar"),
        ),
        LP(
            "Personalkostnader.",
            "Fyra tjänster inom drift och underhåll har varit vakanta under stora delar av året, och rekryteringen "
            "av processingenjörer har tagit längre tid än planerat.",
            C(
                "Personalkostnader",
                "1 900",
                "+",
                "vakanser",
                unit="tkr",
                table=True,
                note="Reasons only: the table row's deviation (positive = better).",
            ),
        ),
        LP(
            "Underhåll och reparationer.",
            "Underhållet överskrider budget med 3,6 mnkr, till största delen efter en akut reparation av en läcka "
            "på huvudledningen vid Jakobsberg i juni.",
            C("Underhåll och reparationer", "3,6 mnkr", "-", "ovrigt", note="A burst main is ovrigt."),
        ),
        LP(
            "Kapitalkostnader.",
            "Avskrivningar och räntekostnader blir 1,1 respektive 0,6 mnkr lägre än budget, eftersom flera "
            "investeringsprojekt har aktiverats senare än planerat.",
            C(
                "Avskrivningar",
                "1,1",
                "+",
                "periodisering",
                unit="mnkr",
                note="A 'respektive' pair with a shared timing cause: two items, the unit written once.",
                also=(C("Räntekostnader", "0,6 mnkr", "+", "periodisering"),),
            ),
        ),
        H("Investeringar", 2),
        PS(
            (
                "Investeringsutgifterna till och med augusti uppgår till 212 mnkr. För helåret prognostiseras 390 "
                "mnkr, vilket är 85 mnkr lägre än investeringsbudgeten.",
                C(
                    "Investeringar",
                    "85 mnkr",
                    "+",
                    note="Investment under-spending; the period's 212 mnkr and the forecast 390 mnkr are levels.",
                ),
            ),
            (
                "Den nya reservvattenledningen mellan Stäket och Görväln blir cirka 40 mnkr dyrare än "
                "projektbudgeten, eftersom markförhållandena vid Stäket krävde en annan förläggningsmetod.",
                C(
                    "Reservvattenledningen Stäket–Görväln",
                    "cirka 40 mnkr",
                    "-",
                    "ovrigt",
                    note="A project overrun; ground conditions are ovrigt.",
                ),
            ),
            (
                "Ombyggnaden av filteranläggningen vid Görvälnverket har förskjutits, och 110 mnkr av årets budget "
                "flyttas till 2026.",
                C("Filteranläggningen vid Görvälnverket", "110 mnkr", "+", "periodisering"),
            ),
        ),
        H("Åtgärder och framtid", 2),
        P(
            "Förbundet har tecknat ett fastprisavtal för el som täcker halva förbrukningen under 2026.",
            A("El och energi", None, "prisokningar"),
        ),
        P(
            "Enligt förbundsordningen ska ett överskott återföras till medlemskommunerna genom lägre "
            "vattenavgifter kommande år.",
            O(None, "reserver", note="Returning a surplus to the members: financing, other."),
        ),
        P(
            "De nya föreskrifterna om dricksvatten innebär krav på utökad provtagning från 2026, vilket kan öka "
            "kostnaderna med 1–2 mnkr per år.",
            O(None, note="A regulatory risk with a cost range: other."),
        ),
    ]
    return ReportSpec(
        file="norrvatten-delarsrapport-2025-08.pdf",
        report={
            "municipality": ["Norrvatten", "Kommunalförbundet Norrvatten"],
            "committee": ["Förbundsstyrelsen", "Styrelsen"],
            "period": ["2025-08"],
            "report_type": "delårsrapport",
        },
        metadata={"title": "Delårsrapport januari–augusti 2025 Norrvatten", "author": "Norrvatten"},
        style=style,
        blocks=blocks,
    )
