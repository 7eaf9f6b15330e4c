"""Norra Västmanlands utbildningsförbund (kommunalförbund), Direktionen, tertialrapport 1 2026 (per april).

An upper-secondary and adult-education kommunalförbund's tertial report in tkr and mkr with minus signs
separated by a space ("- 2 250 tkr"), footer with the direktion's meeting date in May: the full year as a
result "-1 850 tkr … att jämföra med ett budgeterat resultat på +400 tkr" followed by "Avvikelsen mot budget
blir därmed - 2 250 tkr" (one item, the deviation's amount), the period "740 tkr sämre än periodiserad
budget" in a paragraph of its own, the members' contributions that "följer budget" (boilerplate); a table
with a shaded header and a rule under every row; headings that carry the area and the amount after a colon
("Gymnasieskola: - 2 550 tkr") with one paragraph each, one of them "håller i stort sin budget" beside -50
(boilerplate); personnel "1,7 mkr högre än budget" by kostnadsslag (so the deficit is explained twice); the
change since February with its cause; investments "1,4 mkr, jämfört med budgeterade 2,5 mkr" (1,1 never
written out); an action with its effect, equity and pupil numbers against last year (others). Liberation
Sans Narrow 10.5 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Table, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="narrow",
        bold="narrow-bold",
        italic="arial-italic",
        size=10.5,
        leading=1.38,
        para_gap=6.5,
        heading_sizes=(16.0, 12.5, 11.0),
        heading_fonts=("narrow-bold", "narrow-bold", "narrow-bold"),
        margins=(64.0, 78.0, 64.0, 74.0),
        header=lambda n, m: ("Norra Västmanlands utbildningsförbund", "Tertialrapport 1 2026"),
        footer=lambda n, m: ("Direktionen 2026-05-20", "", f"Sida {n} av {m}"),
        header_size=8.0,
        rule_under_header=True,
    )
    table = Table(
        caption="Nettokostnad per verksamhet 2026, tkr",
        header=(("Verksamhet", "Budget", "Utfall jan–apr", "Prognos", "Avvikelse"),),
        rows=(
            ("Gymnasieskola", "98 400", "33 860", "100 950", "- 2 550"),
            ("Anpassad gymnasieskola", "9 800", "3 140", "9 500", "300"),
            ("Vuxenutbildning", "14 200", "4 420", "13 350", "850"),
            ("SFI", "6 100", "2 290", "6 900", "- 800"),
            ("Gemensam administration", "8 700", "2 930", "8 750", "- 50"),
            ("Summa", "137 200", "46 640", "139 450", "- 2 250"),
        ),
        widths=(150.0, 70.0, 80.0, 70.0, 70.0),
        bold_rows=frozenset({5}),
        shade=(0.85, 0.9, 0.95),
        grid=True,
        size=9.0,
    )
    blocks = [
        Title("Tertialrapport 1 2026", size=20, font="narrow-bold", after=2),
        Title("Norra Västmanlands utbildningsförbund", size=13, font="narrow", after=12),
        H("Ekonomisk översikt", 2),
        P(
            "Förbundet prognostiserar ett resultat på -1 850 tkr för 2026, att jämföra med ett budgeterat resultat "
            "på +400 tkr. Avvikelsen mot budget blir därmed - 2 250 tkr.",
            C(
                None,
                "- 2 250 tkr",
                "-",
                note="Two levels and the deviation in the next sentence: one item, the deviation's amount.",
            ),
        ),
        P(
            "Utfallet för januari–april är 740 tkr sämre än periodiserad budget.",
            C(None, "740 tkr", "-", note="The period in a paragraph of its own: its own item."),
        ),
        P(
            "Medlemskommunernas bidrag från Fagersta, Norberg och Skinnskatteberg följer budget.",
            BP("Medlemsbidrag"),
        ),
        table,
        H("Verksamheterna", 2),
        HP(
            "Gymnasieskola: - 2 550 tkr",
            "Intäkterna från interkommunal ersättning blir lägre än budgeterat, eftersom färre elever än väntat från "
            "Avesta och Sala har sökt sig till förbundets program. Samtidigt har lärarlönerna ökat mer än budgeterat "
            "efter lönerevisionen.",
            C("Gymnasieskola", "- 2 550 tkr", "-", "volymer", "avgifter_intakter", "lonekostnader"),
        ),
        HP(
            "Anpassad gymnasieskola: +300 tkr",
            "Två tjänster som elevassistent har inte tillsatts under vårterminen.",
            C("Anpassad gymnasieskola", "+300 tkr", "+", "vakanser"),
        ),
        HP(
            "Vuxenutbildning: +850 tkr",
            "Statsbidraget för regional yrkesvux blev högre än budgeterat.",
            C("Vuxenutbildning", "+850 tkr", "+", "statsbidrag"),
        ),
        HP(
            "SFI: - 800 tkr",
            "Fler nyanlända elever än beräknat har skrivits in, och undervisningen har krävt timanställda lärare.",
            C("SFI", "- 800 tkr", "-", "volymer", "vikarier", note="Hourly-paid teachers: vikarier."),
        ),
        HP(
            "Gemensam administration: - 50 tkr",
            "Administrationen håller i stort sin budget.",
            BP(
                "Gemensam administration",
                note="A heading of -50 over 'håller i stort sin budget': boilerplate.",
            ),
        ),
        H("Kostnadsslag", 2),
        P(
            "Personalkostnaderna beräknas bli 1,7 mkr högre än budget, främst till följd av lönerevisionen och högre "
            "sjukfrånvaro bland lärarna under vårterminen.",
            C("Personalkostnader", "1,7 mkr", "-", "lonekostnader", "sjukfranvaro"),
        ),
        P(
            "Jämfört med budgetuppföljningen i februari har prognosen förbättrats med 350 tkr, tack vare det högre "
            "statsbidraget för yrkesvux.",
            F(None, "350 tkr", "+", "statsbidrag"),
        ),
        H("Investeringar", 2),
        P(
            "Investeringarna beräknas uppgå till 1,4 mkr, jämfört med budgeterade 2,5 mkr, när utbytet av "
            "elevdatorer skjuts till hösten 2027.",
            C(
                "Investeringar",
                "1,4 mkr, jämfört med budgeterade 2,5 mkr",
                "+",
                "periodisering",
                "it_digitalisering",
                value=1_100_000,
                note="Under-spending of 1,1 mkr never written out: the computed value.",
            ),
        ),
        H("Åtgärder", 2),
        P(
            "Direktionen har beslutat att inte ersätta två pensionsavgångar inom gymnasieskolan till höstterminen, "
            "vilket minskar kostnaderna med cirka 600 tkr under 2026.",
            A("Gymnasieskola", "cirka 600 tkr", "vakanser"),
        ),
        H("Eget kapital och elever", 2),
        P(
            "Förbundets eget kapital uppgick till 6,2 mkr vid årsskiftet och räcker för att täcka årets "
            "prognostiserade underskott.",
            O(None, "reserver", note="Equity covering the deficit: other."),
        ),
        P(
            "Antalet elever i gymnasieskolan var 612 den 15 april, 18 färre än ett år tidigare.",
            O("Gymnasieskola", "volymer", note="Pupils against the previous year: other."),
        ),
    ]
    return ReportSpec(
        file="norra-vastmanlands-utbildningsforbund-tertialrapport-2026-04.pdf",
        report={
            "municipality": [
                "Norra Västmanlands utbildningsförbund",
                "Kommunalförbundet Norra Västmanlands utbildningsförbund",
                "NVU",
            ],
            "committee": ["Direktionen", "Förbundsdirektionen"],
            "period": ["2026-04"],
            "report_type": "tertialrapport",
        },
        metadata={
            "title": "Tertialrapport 1 2026 Norra Västmanlands utbildningsförbund",
            "author": "Norra Västmanlands utbildningsförbund",
        },
        style=style,
        blocks=blocks,
    )
