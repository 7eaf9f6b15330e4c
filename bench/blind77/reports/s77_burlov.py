"""Burlövs kommun, Kultur- och fritidsnämnden, verksamhetsberättelse 2025.

A culture and leisure committee's year-end report (period = the year), footer with the nämnd's meeting in
February: the result "ett överskott på 1 140 tkr jämfört med budget", the outcome against the interim
forecast with its cause (a forecast change); a result table pasted as an image (no text layer: every amount
lives in the prose), then plain headings whose paragraphs name the area in varied ways: "tusen kronor" in
words, a possessive ("Bibliotekens överskott på 620 tkr"), "inom fritidsgårdsverksamheten blev kostnaderna
380 tkr högre", revenue "450 000 kronor lägre än budget" (negative) for a hall closed for repair, "ett
litet plus, 150 tkr", grants "0,75 mnkr lägre än budgeterat" (positive), and one reason-only surplus whose
amount is only in the image (null); investments "Av investeringsbudgeten på 2,4 mnkr har 1,1 mnkr använts"
(1,3 never written out); an action with its effect; visits and net cost per inhabitant against last year (others). Liberation Sans Narrow
(Arial Narrow metrics) 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.35,
        para_gap=7.0,
        heading_sizes=(17.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(68.0, 80.0, 68.0, 76.0),
        header=lambda n, m: ("BURLÖVS KOMMUN", "Verksamhetsberättelse 2025"),
        footer=lambda n, m: ("Kultur- och fritidsnämnden, sammanträde 2026-02-19", "", f"Sida {n}"),
        header_size=8.0,
    )
    image = Table(
        caption="Driftredovisning 2025, tkr",
        header=(("Verksamhet", "Budget", "Utfall", "Avvikelse"),),
        rows=(
            ("Nämnd och administration", "3 420", "3 210", "210"),
            ("Bibliotek", "9 860", "9 240", "620"),
            ("Allmänkultur", "2 950", "2 710", "240"),
            ("Kulturskola", "6 180", "6 030", "150"),
            ("Fritidsgårdar", "5 600", "5 980", "-380"),
            ("Simhall", "7 300", "7 750", "-450"),
            ("Idrott och föreningsstöd", "8 690", "7 940", "750"),
            ("Summa", "44 000", "42 860", "1 140"),
        ),
        widths=(170.0, 70.0, 70.0, 70.0),
        bold_rows=frozenset({7}),
        rules=True,
        grid=True,
        size=9.0,
        as_image=True,
    )
    blocks = [
        Title("Verksamhetsberättelse 2025", size=22, font="narrow-bold", after=2),
        Title("Kultur- och fritidsnämnden", size=13, font="narrow", after=14),
        H("Året som gått", 2),
        P(
            "Biblioteket i Arlöv fick nya öppettider med meröppet på söndagar, och fritidsgården på Tågarp flyttade "
            "in i nya lokaler i april. Simhallen var stängd i sex veckor under hösten för reparation av "
            "reningsanläggningen."
        ),
        H("Ekonomiskt resultat", 2),
        P(
            "Kultur- och fritidsnämnden redovisar för 2025 ett överskott på 1 140 tkr jämfört med budget.",
            C(None, "1 140 tkr", "+", note="The year's result against budget, no reasons: no tags."),
        ),
        P(
            "Det är 0,9 mnkr bättre än prognosen i delårsrapporten, främst eftersom färre föreningar än väntat "
            "sökte aktivitetsstöd under hösten.",
            F(None, "0,9 mnkr", "+", "volymer", note="The outcome against the interim forecast."),
        ),
        image,
        H("Kommentarer per verksamhet", 2),
        H("Nämnd och administration", 3),
        P(
            "Nämnd och administration visar ett överskott på 210 tusen kronor, till följd av att tjänsten som "
            "fritidsstrateg var vakant under våren.",
            C("Nämnd och administration", "210 tusen kronor", "+", "vakanser"),
        ),
        H("Bibliotek", 3),
        P(
            "Bibliotekens överskott på 620 tkr beror på lägre kostnader för medieinköp sedan avtalet med "
            "leverantören omförhandlades och på att en bibliotekarietjänst hölls vakant under sex månader.",
            C("Bibliotek", "620 tkr", "+", "prisokningar", "vakanser", note="A possessive with the amount."),
        ),
        H("Allmänkultur", 3),
        P(
            "Allmänkulturen hade lägre kostnader än budgeterat för evenemang, då nationaldagsfirandet ställdes in "
            "på grund av åskväder.",
            C(
                "Allmänkultur",
                None,
                "+",
                "ovrigt",
                note="A reason only, with the amount only in the table pasted as an image: null. Weather is ovrigt.",
            ),
        ),
        H("Kulturskola", 3),
        P(
            "Kulturskolan landade i ett litet plus, 150 tkr, efter att fler elever än beräknat betalade avgift för "
            "instrumentundervisning.",
            C("Kulturskola", "150 tkr", "+", "avgifter_intakter", "volymer"),
        ),
        H("Fritidsgårdar", 3),
        P(
            "Inom fritidsgårdsverksamheten blev kostnaderna 380 tkr högre än budgeterat, eftersom flytten till "
            "de nya lokalerna på Tågarp innebar dubbla hyror under två månader samt kostnader för inredning.",
            C("Fritidsgårdar", "380 tkr", "-", "lokaler", "material_hjalpmedel"),
        ),
        H("Simhall", 3),
        P(
            "För simhallen blev intäkterna 450 000 kronor lägre än budget, eftersom hallen var stängd i sex veckor "
            "för reparation av reningsanläggningen.",
            C(
                "Simhall",
                "450 000 kronor",
                "-",
                "avgifter_intakter",
                "ovrigt",
                note="Revenue under budget: negative. A repair closure is ovrigt.",
            ),
        ),
        H("Idrott och föreningsstöd", 3),
        P(
            "Föreningsbidragen blev 0,75 mnkr lägre än budgeterat, eftersom färre föreningar än väntat ansökte om "
            "aktivitetsstöd.",
            C(
                "Idrott och föreningsstöd",
                "0,75 mnkr",
                "+",
                "volymer",
                note="Grants paid under budget: positive.",
            ),
        ),
        H("Investeringar", 2),
        P(
            "Av investeringsbudgeten på 2,4 mnkr har 1,1 mnkr använts. Upprustningen av utegymmet vid Dalbyparken "
            "har flyttats till 2026, eftersom leveransen av redskapen blev försenad.",
            C(
                "Investeringar",
                "2,4 mnkr har 1,1 mnkr",
                "+",
                "periodisering",
                value=1_300_000,
                note="Investment under-spending of 1,3 mnkr, never written out: the computed value.",
            ),
        ),
        H("Inför 2026", 2),
        P(
            "Nämnden har höjt avgifterna för uthyrning av idrottshallar med 5 procent från januari 2026, vilket "
            "beräknas ge 120 tkr i ökade intäkter.",
            A("Idrott och föreningsstöd", "120 tkr", "avgifter_intakter"),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet besök i simhallen minskade med 14 procent jämfört med 2024, vilket beror på höstens stängning.",
            O("Simhall", "volymer", note="Visits against the previous year: other."),
        ),
        P(
            "Nämndens nettokostnad per invånare uppgick till 2 410 kronor, vilket är 3 procent lägre än 2024.",
            O(None, note="A key figure against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="burlov-kfn-verksamhetsberattelse-2025.pdf",
        report={
            "municipality": "Burlöv",
            "committee": ["Kultur- och fritidsnämnden"],
            "period": ["2025", "2025-12"],
            "report_type": "verksamhetsberättelse",
        },
        metadata={
            "title": "Verksamhetsberättelse 2025 Kultur- och fritidsnämnden",
            "author": "Burlövs kommun",
        },
        style=style,
        blocks=blocks,
    )
