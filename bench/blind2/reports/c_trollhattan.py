"""Trollhättans stad, Samhällsbyggnadsnämnden, tjänsteskrivelse: ekonomisk uppföljning per april 2025.

A short cover letter: letterhead lines, a decision proposal whose second point orders an action plan
(action), a summary with the full-year forecast in kronor ("4 350 000 kronor"), the change since
February and a surplus against the periodised budget in mnkr explained by timing; then one short
paragraph per verksamhet in running prose without the usual cue words ("Kostnaderna för skolskjutsar
landar på 2 100 000 kronor mer än planerat", "… ser ut att bli … högre än budgeterat", "ger ett
överskott på cirka 600 000 kronor"), amounts in kronor, kr and mkr; measures with and without an
effect, a weather assumption (other), the standard "inga ekonomiska konsekvenser" formula (other,
boilerplate) and the list of documents. Liberation Serif (Times) 11 pt, sans headings.

The place is real; every figure and event is invented.
"""

from __future__ import annotations

from spec import PS, H, P, ReportSpec, Style, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.3,
        para_gap=6.5,
        heading_sizes=(14.0, 12.0, 11.0),
        heading_fonts=("arial-bold", "arial-bold", "arial-bold"),
        margins=(85.0, 78.0, 75.0, 72.0),
        header=lambda n, m: ("TROLLHÄTTANS STAD", f"{n} ({m})"),
        footer=lambda n, m: ("Samhällsbyggnadsförvaltningen", "", "Dnr SBN 2025/00087"),
        header_size=8.5,
    )
    blocks = [
        P("TJÄNSTESKRIVELSE", size=12),
        P("Datum: 2025-05-14", size=9),
        P("Handläggare: förvaltningsekonom, samhällsbyggnadsförvaltningen", size=9),
        P("Till: Samhällsbyggnadsnämnden", size=9),
        Title("Ekonomisk uppföljning per april 2025", size=16, font="arial-bold", after=6),
        H("Förslag till beslut", 2),
        P(
            "1. Samhällsbyggnadsnämnden godkänner den ekonomiska uppföljningen per april 2025 och överlämnar den "
            "till kommunstyrelsen."
        ),
        P(
            "2. Samhällsbyggnadsnämnden ger förvaltningen i uppdrag att återkomma med en handlingsplan för en "
            "ekonomi i balans i samband med uppföljningen per augusti.",
            A(None, note="Decision point ordering an action plan."),
        ),
        H("Sammanfattning", 2),
        PS(
            (
                "Samhällsbyggnadsnämnden prognostiserar per april ett underskott om 4 350 000 kronor för helåret "
                "2025.",
                C(None, "4 350 000 kronor", "-"),
            ),
            (
                "Det är en försämring med 1 100 000 kronor jämfört med prognosen i februari.",
                F(None, "1 100 000 kronor", "-"),
            ),
        ),
        P(
            "Utfallet för januari–april visar ett överskott mot periodiserad budget om 0,9 mkr, vilket i huvudsak "
            "är en tidsförskjutning eftersom årets asfaltsarbeten inte startar förrän i maj.",
            C(None, "0,9 mkr", "+", "periodisering", note="Period deviation against the periodised budget."),
        ),
        H("Ärendet", 2),
        P(
            "Nämnden följer upp sin ekonomi fyra gånger per år. Uppföljningen per april omfattar driftbudgeten för "
            "gata och trafik, park, skolskjutsar, måltidsverksamheten och plan- och byggverksamheten. "
            "Investeringarna följs upp separat i samband med delårsrapporten."
        ),
        P(
            "Kostnaderna för skolskjutsar landar på 2 100 000 kronor mer än planerat. Fler elever har rätt till "
            "skolskjuts sedan två landsbygdsskolor stängdes, och det nya avtalet med trafikföretaget innehåller "
            "en indexuppräkning som är högre än vad som antogs i budgeten.",
            C("Skolskjutsar", "2 100 000 kronor", "-", "volymer", "prisokningar", note="No cue word."),
        ),
        P(
            "Vinterväghållningen beräknas kosta 3,2 mkr mer än budgeterat för helåret. Februari och mars hade "
            "ovanligt många tillfällen med underkylt regn, och halkbekämpningen fick göras nästan dubbelt så ofta "
            "som under en normal säsong.",
            C("Vinterväghållning", "3,2 mkr", "-", "ovrigt", note="Weather: ovrigt."),
        ),
        P(
            "Parkeringsintäkterna ser ut att bli 1 400 000 kr högre än budgeterat, främst tack vare den nya taxan "
            "i centrum som infördes i februari.",
            C("Parkering", "1 400 000 kr", "+", "avgifter_intakter"),
        ),
        P(
            "Inom måltidsverksamheten har livsmedelspriserna fortsatt att stiga, och kostnaden för livsmedel väntas "
            "bli 1 050 000 kronor högre än budget.",
            C("Måltidsverksamhet", "1 050 000 kronor", "-", "prisokningar"),
        ),
        P(
            "Vakanta tjänster inom planavdelningen ger ett överskott på cirka 600 000 kronor.",
            C("Planavdelningen", "cirka 600 000 kronor", "+", "vakanser"),
        ),
        P(
            "Prognosen för vinterväghållningen förutsätter att november och december blir normala. En kall och "
            "snörik förvinter kan öka kostnaderna ytterligare.",
            O("Vinterväghållning", "ovrigt", note="Risk / forecast assumption."),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen har infört ett tillfälligt stopp för inköp av inventarier och konsulttjänster som inte "
            "är nödvändiga för verksamheten. Åtgärden beräknas ge en besparing om 500 000 kronor under året.",
            A(None, "500 000 kronor", "material_hjalpmedel", "inhyrd_personal"),
        ),
        P(
            "Tillsammans med utbildningsförvaltningen ser förvaltningen över skolskjutsarnas linjer och tider inför "
            "höstterminen.",
            A("Skolskjutsar"),
        ),
        H("Ekonomiska konsekvenser", 2),
        P(
            "Beslutet i sig medför inga ekonomiska konsekvenser.",
            O(None, boilerplate=True, note="Standard formula of the cover letter."),
        ),
        H("Beslutsunderlag", 2),
        P("Tjänsteskrivelse 2025-05-14. Ekonomisk uppföljning per april 2025, Samhällsbyggnadsnämnden."),
        H("Beslutet skickas till", 2),
        P("Kommunstyrelsen. Ekonomiavdelningen. Samhällsbyggnadsförvaltningens ledningsgrupp."),
    ]
    return ReportSpec(
        file="trollhattan-sbn-tjansteskrivelse-ekonomisk-uppfoljning-2025-04.pdf",
        report={
            "municipality": "Trollhättan",
            "committee": ["Samhällsbyggnadsnämnden"],
            "period": ["2025-04"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Tjänsteskrivelse Ekonomisk uppföljning per april 2025",
            "author": "Trollhättans stad",
        },
        style=style,
        blocks=blocks,
    )
