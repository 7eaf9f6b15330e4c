"""Jönköpings kommun, Utbildningsnämnden, tjänsteskrivelse om ekonomisk uppföljning per maj 2026.

A tjänsteskrivelse dated in June for the period to May, in mnkr: the full year "ett underskott på 6,4 mnkr"
with a percentage of the frame beside it, the period "2,0 mnkr högre än periodiserad budget" (net cost over,
negative) and the change since March with the areas named, then headings with a hyphen-minus that carry the
verksamhet and amount ("Gymnasieskola -4,2 mnkr"): fewer pupils from other kommuner and more pupils in
independent schools, a special-needs school whose transport and assistants are "1,1 mnkr av underskottet" (a
part), adult education "+1,6 mnkr" from grants and vacancies, SFI with fewer participants, a common function
whose consultants' gross "0,6 mnkr" is a part of its "-0,4 mnkr"; investments "5,7 mnkr mindre än budget",
school meals that "bedöms följa budget" (boilerplate), an action "cirka 1,5 mnkr" and pupil numbers against
last year with "beror på" (other). Liberation Serif (Times) 11 pt.

The place is real; every figure, event and unit name is invented.
"""

from __future__ import annotations

from spec import H, P, ReportSpec, Style, Title

from reports.common import BP, HP, A, C, F, O


def spec() -> ReportSpec:
    style = Style(
        body="times",
        bold="times-bold",
        italic="times-italic",
        size=11.0,
        leading=1.34,
        para_gap=7.0,
        heading_sizes=(15.0, 12.5, 11.0),
        heading_fonts=("times-bold", "times-bold", "times-bold"),
        margins=(72.0, 82.0, 72.0, 76.0),
        header=lambda n, m: ("Jönköpings kommun", "Tjänsteskrivelse 2026-06-08"),
        footer=lambda n, m: ("Utbildningsförvaltningen", "Dnr UN 2026:0193", f"{n}({m})"),
        header_size=8.5,
        rule_under_header=False,
    )
    blocks = [
        Title("Ekonomisk uppföljning per maj 2026", size=17, font="times-bold", after=2),
        Title("Utbildningsnämnden", size=12.5, font="times", after=14),
        H("Förslag till beslut", 2),
        P(
            "Utbildningsnämnden godkänner den ekonomiska uppföljningen per maj 2026 och överlämnar den till kommunstyrelsen."
        ),
        H("Sammanfattning", 2),
        P(
            "Utbildningsnämnden prognostiserar ett underskott på 6,4 mnkr för 2026, vilket motsvarar 0,7 procent av "
            "nämndens budgetram på 914 mnkr.",
            C(
                None,
                "6,4 mnkr",
                "-",
                note="The percentage and the frame beside the amount are not the amount.",
            ),
        ),
        P(
            "Nämndens nettokostnader för januari–maj är 2,0 mnkr högre än periodiserad budget.",
            C(
                None,
                "2,0 mnkr",
                "-",
                note="A net cost above the periodised budget: a negative period deviation.",
            ),
        ),
        P(
            "Underskottet har ökat med 1,9 mnkr sedan uppföljningen per mars och förklaras av gymnasieskolan och "
            "gymnasiesärskolan.",
            F(None, "1,9 mnkr", "-", note="Areas named, no reasons: no tags."),
        ),
        H("Ärendet", 2),
        HP(
            "Gymnasieskola -4,2 mnkr",
            "Antalet elever från andra kommuner blev lägre än budgeterat, vilket minskar intäkterna från "
            "interkommunal ersättning. Dessutom har fler elever än beräknat valt fristående gymnasieskolor, som "
            "kommunen betalar skolpeng till.",
            C(
                "Gymnasieskola",
                "-4,2 mnkr",
                "-",
                "volymer",
                "avgifter_intakter",
                "kopt_verksamhet",
                note="A hyphen-minus in the heading that carries the amount.",
            ),
        ),
        HP(
            "Gymnasiesärskola -2,8 mnkr",
            "Fem nya elever med omfattande stödbehov har börjat under våren, och tre av dem går i skola i en annan "
            "kommun. Kostnaden för elevassistenter och skolskjuts utgör 1,1 mnkr av underskottet.",
            C(
                "Gymnasiesärskola",
                "-2,8 mnkr",
                "-",
                "volymer",
                "kopt_verksamhet",
                note="'1,1 mnkr av underskottet' is a part: the heading's amount.",
            ),
        ),
        HP(
            "Vuxenutbildning +1,6 mnkr",
            "Överskottet beror på ökade statsbidrag för yrkesvux och på att två lärartjänster inte har kunnat "
            "tillsättas.",
            C("Vuxenutbildning", "+1,6 mnkr", "+", "statsbidrag", "vakanser"),
        ),
        HP(
            "Svenska för invandrare -0,6 mnkr",
            "Färre deltagare än planerat ger lägre intäkter från statlig schablonersättning.",
            C("Svenska för invandrare", "-0,6 mnkr", "-", "volymer", "statsbidrag"),
        ),
        HP(
            "Nämnd och förvaltningsgemensamt -0,4 mnkr",
            "Förvaltningen har haft kostnader för konsulter vid införandet av ett nytt elevadministrativt system. "
            "Konsultkostnaderna beräknas till 0,6 mnkr men motverkas delvis av lägre kostnader för fortbildning.",
            C(
                "Nämnd och förvaltningsgemensamt",
                "-0,4 mnkr",
                "-",
                "it_digitalisering",
                "inhyrd_personal",
                note="The consultants' gross cost is a part; the heading's net amount.",
            ),
        ),
        H("Skolmåltider", 3),
        P("Kostnaderna för skolmåltider bedöms följa budget.", BP("Skolmåltider")),
        H("Investeringar", 2),
        P(
            "Investeringsprognosen är 12,3 mnkr, vilket är 5,7 mnkr mindre än budget. Utrustningen till det nya "
            "fordonsprogrammet levereras först under 2027.",
            C("Investeringar", "5,7 mnkr", "+", "periodisering", "material_hjalpmedel"),
        ),
        H("Åtgärder", 2),
        P(
            "Förvaltningen föreslår att intagningen till två gymnasieprogram med få sökande pausas från hösten 2026, "
            "vilket ger en besparing på cirka 1,5 mnkr under höstterminen.",
            A("Gymnasieskola", "cirka 1,5 mnkr", "omstallning"),
        ),
        H("Verksamhetsmått", 2),
        P(
            "Antalet elever i nämndens gymnasieskolor var 5 120 i maj, 140 fler än i maj 2025, vilket beror på "
            "större årskullar.",
            O(None, "volymer", note="Pupil numbers against the previous year: other."),
        ),
        Title("Utbildningsförvaltningen", size=11, font="times", after=2),
        Title("Förvaltningens ekonom", size=11, font="times-italic", after=2),
    ]
    return ReportSpec(
        file="jonkoping-un-tjansteskrivelse-ekonomisk-uppfoljning-2026-05.pdf",
        report={
            "municipality": "Jönköping",
            "committee": ["Utbildningsnämnden"],
            "period": ["2026-05", "2026-06"],
            "report_type": "tjänsteskrivelse",
        },
        metadata={
            "title": "Ekonomisk uppföljning per maj 2026 Utbildningsnämnden",
            "author": "Jönköpings kommun",
        },
        style=style,
        blocks=blocks,
    )
