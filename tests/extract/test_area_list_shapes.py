"""More sentences that name several areas with a figure each (extract.area_lists, extract.respective_lists):
projects named after a lead or between commas, figures in brackets after their names, areas that leave out the
verb and "än budget" after the first one's full comparison, a second reason after "och att", and a reason
without cue words after a list."""

from pathlib import Path

import pytest

from extract.area_lists import areas_with_amounts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the names after "finns i projekten", then a relative clause before the figures
        (
            "De största avvikelserna finns i projekten ny förskola i Rälla och renovering av hamnbron i Borgholm, "
            "som prognostiseras 9,8 respektive 6,0 mnkr under budget, båda eftersom upphandlingarna överklagats.",
            [("Ny förskola i Rälla", 9_800_000), ("Renovering av hamnbron i Borgholm", 6_000_000)],
        ),
        # the names between commas, the verb after them
        (
            "De två största projekten, nytt vattenverk i Blomstermåla och förnyelse av ledningsnätet, förbrukade "
            "7,9 respektive 3,2 mnkr mindre än budgeterat.",
            [("Nytt vattenverk i Blomstermåla", 7_900_000), ("Förnyelse av ledningsnätet", 3_200_000)],
        ),
        # each signed figure in brackets after its name, and no other figure
        (
            "Den största delen av avvikelsen finns i ombyggnaden av Tullbroskolan (−41 mkr) och VA-utbyggnaden i "
            "Olofsbo (−23 mkr), som båda har förskjutits till 2026.",
            [("Ombyggnaden av Tullbroskolan", -41_000_000), ("VA-utbyggnaden i Olofsbo", -23_000_000)],
        ),
        # after a superlative and its verb; the preposition said again before the second name
        (
            "Lägst upparbetning har Pilängens skola (−38 mnkr) och Bjärreds centrumstråk (−19 mnkr), eftersom "
            "upphandlingen har tagit längre tid än planerat.",
            [("Pilängens skola", -38_000_000), ("Bjärreds centrumstråk", -19_000_000)],
        ),
        (
            "De största avvikelserna finns i ombyggnaden av Kvarnbackaskolan och i den nya överföringsledningen, "
            "som förskjuts med 31 respektive 18 Mkr till 2027.",
            [("Ombyggnaden av Kvarnbackaskolan", 31_000_000), ("Den nya överföringsledningen", 18_000_000)],
        ),
        # the names after "fördelar sig på grupperna i"
        (
            "Underskottet fördelar sig på grupperna i Vissefjärda och Långasjö med 1,2 respektive 0,7 mnkr.",
            [("Vissefjärda", 1_200_000), ("Långasjö", 700_000)],
        ),
        # a relative clause between the names and their verb; subjects with a verb in the past
        (
            "VA-verksamheten och renhållningen, som finansieras med avgifter, redovisar överskott på 3,6 respektive "
            "0,9 mnkr.",
            [("VA-verksamheten", 3_600_000), ("Renhållningen", 900_000)],
        ),
        (
            "Äldreomsorgen som helhet gick med ett underskott på 3,1 mnkr, medan individ- och familjeomsorgen "
            "redovisade ett överskott på 0,7 mnkr tack vare färre placeringar.",
            [("Äldreomsorgen", -3_100_000), ("Individ- och familjeomsorgen", 700_000)],
        ),
        # no contrast: a second area with its verb left out after "och"
        (
            "Skatteintäkter och generella statsbidrag bidrar positivt med 4,1 mkr och pensionskostnaderna med 2,4 mkr.",
            [("Skatteintäkter och generella statsbidrag", 4_100_000), ("Pensionskostnaderna", 2_400_000)],
        ),
        # a second area after ", och" whose claim is a positive deviation
        (
            "Pensionskostnaderna blir 1,2 miljoner kronor lägre än budgeterat, och finansnettot visar en positiv "
            "avvikelse på 1,3 miljoner kronor tack vare lägre räntor.",
            [("Pensionskostnaderna", 1_200_000), ("Finansnettot", 1_300_000)],
        ),
        # the later name with an "och" of its own, a relative clause before the figures
        (
            "Den största avvikelsen finns i projekten Björkhagens skola och överföringsledningen mellan Glimåkra och "
            "Broby, som beräknas understiga budget med 18,0 respektive 9,5 mnkr.",
            [
                ("Björkhagens skola", 18_000_000),
                ("Överföringsledningen mellan Glimåkra och Broby", 9_500_000),
            ],
        ),
        # a run-in label of two names joined by "samt", one of them with an "och" of its own
        (
            "Kultur och fritid samt arbetsmarknadsenheten. Verksamheterna redovisar 150 respektive 90 tkr i "
            "överskott, i båda fallen tack vare vakanser.",
            [("Kultur och fritid", 150_000), ("Arbetsmarknadsenheten", 90_000)],
        ),
        # the later areas leave out the verb and "än budget", each signed by its own word
        (
            "Skatteintäkter och generella statsbidrag blev 4,2 mnkr högre än budgeterat, pensionskostnaderna 2,9 "
            "mnkr lägre och finansnettot 2,8 mnkr bättre, det senare tack vare högre ränteintäkter.",
            [
                ("Skatteintäkter och generella statsbidrag", 4_200_000),
                ("Pensionskostnaderna", 2_900_000),
                ("Finansnettot", 2_800_000),
            ],
        ),
        # a clause of its own after "och" on the second side of a contrast
        (
            "Personalkostnaderna överskrider budget med 3,8 mnkr, medan köp av verksamhet sammantaget understiger "
            "budget med 0,9 mnkr och intäkterna blir 0,8 mnkr högre än budgeterat.",
            [
                ("Personalkostnaderna", -3_800_000),
                ("Köp av verksamhet", 900_000),
                ("Intäkterna", 800_000),
            ],
        ),
        # a second reason of the same outcome after "och att", with its own figure, then a contrast
        (
            "Det positiva utfallet förklaras av att skatteintäkterna blev 6,9 mnkr högre än budgeterat och att "
            "försäljningen av industritomter gav en reavinst på 2,1 mnkr, medan nämnderna tillsammans redovisade "
            "ett underskott på 5,4 mnkr.",
            [
                ("Skatteintäkterna", 6_900_000),
                ("Försäljningen av industritomter", 2_100_000),
                ("Nämnderna", -5_400_000),
            ],
        ),
        # "medan" without a comma before it
        (
            "Nämndernas samlade prognos är ett underskott på 31,2 mnkr medan finansförvaltningen beräknas ge ett "
            "överskott på 17,8 mnkr.",
            [("Nämnderna", -31_200_000), ("Finansförvaltningen", 17_800_000)],
        ),
    ],
)
def test_more_sentences_that_name_several_areas_with_a_figure_each(
    text: str, expected: list[tuple[str | None, int]]
) -> None:
    found = [(name, amount.sek if amount else None) for name, amount in areas_with_amounts(text)]
    assert found == [(name, pytest.approx(sek)) for name, sek in expected]


@pytest.mark.parametrize(
    "text",
    [
        # one area's comparison, then a level of another without "än budget": no list
        "Personalkostnaderna blev 1,2 mnkr högre än budgeterat, och lönerna 3,4 mnkr totalt.",
        # the verb of the first area counted as a name: the split needs the first figure before it
        "Skatteintäkter och generella statsbidrag blev 4,2 mnkr högre än budgeterat.",
        # the period's figure, then the year's after "men eftersom …": one area
        "Utfallet till och med april är 3,2 mnkr lägre än budget för perioden, men eftersom höstterminens kostnader "
        "ännu inte belastar redovisningen bedöms helåret sluta med ett underskott om 2,9 mnkr.",
        # the same deviation concluded after "och att"
        "För helåret prognostiseras ett resultat på −2,7 mnkr, vilket innebär att det budgeterade överskottet på "
        "3,0 mnkr inte nås och att avvikelsen blir −5,7 mnkr.",
        # the year's deviation and the period's: one area
        "Nämnden beräknas gå med ett underskott på 2,1 mnkr för 2025, samtidigt som utfallet efter elva månader "
        "ligger 1,4 mnkr över periodiserad budget.",
    ],
)
def test_no_list_without_an_area_and_its_own_comparison_after_the_first_figure(text: str) -> None:
    assert areas_with_amounts(text) == []


def test_a_reason_without_cue_words_after_a_three_name_list_stays_with_each_area(tmp_path: Path) -> None:
    """ "A, B och C prognostiserar -6,0, -3,0 respektive -1,0 mnkr." followed by a reason that names none of them and
    has no "beror på" ("Sjukfrånvaron är fortsatt hög, och …"): each area's item holds it, when the join model
    reads it as going on from the list."""
    from pdf_builder import extracted_causes

    blocks: list[tuple[str, object]] = [
        ("h2", "Vård och omsorg"),
        (
            "p",
            "Hemtjänsten, hemsjukvården och dagverksamheten prognostiserar -6,0, -3,0 respektive -1,0 mnkr. "
            "Sjukfrånvaron bland undersköterskorna är fortsatt hög, och behovet av timvikarier kvarstår.",
        ),
    ]
    found = extracted_causes(tmp_path, blocks, "Exempelby kommun · Vård- och omsorgsnämnden")
    assert [(e.area, e.amount_sek) for e in found] == [
        ("Hemtjänsten", -6_000_000),
        ("Hemsjukvården", -3_000_000),
        ("Dagverksamheten", -1_000_000),
    ]
    assert all("timvikarier" in e.text for e in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a total broken down after ", där": the total, then each part; "för" said again before the second name
        (
            "• Kultur- och fritidsnämndens prognos är −4,6 mnkr, där kostnaderna för simhallens drift samt för "
            "evenemang överstiger budget med 2,5 respektive 1,3 mnkr.",
            [
                ("Kultur- och fritidsnämnden", -4_600_000),
                ("Simhallens drift", -2_500_000),
                ("Evenemang", -1_300_000),
            ],
        ),
        # the parts named after "består främst av projekten", their figures after ", där"; "13,4" is one figure
        (
            "Avvikelsen på 21,7 mnkr består främst av projekten Nytt reningsverk i Norrby och Gång- och cykelväg "
            "längs Ån, där 12,2 respektive 6,1 mnkr begärs ombudgeterade till 2026.",
            [
                (None, 21_700_000),
                ("Nytt reningsverk i Norrby", 12_200_000),
                ("Gång- och cykelväg längs Ån", 6_100_000),
            ],
        ),
    ],
)
def test_a_total_broken_down_into_a_respektive_list_is_the_total_and_each_part(
    text: str, expected: list[tuple[str | None, int]]
) -> None:
    found = [(name, round(amount.sek or 0)) for name, amount in areas_with_amounts(text) if amount]
    assert [(name, abs(sek)) for name, sek in found] == [(name, abs(sek)) for name, sek in expected]


def test_figures_before_their_names_after_till_and_a_contrasted_side() -> None:
    text = (
        "Av nämndens totala avvikelse hänförs -6 mnkr till hemtjänsten och -4 mnkr till särskilt boende, medan "
        "intäkterna blir 1 mnkr högre än budgeterat."
    )
    assert [(name, amount and amount.sek) for name, amount in areas_with_amounts(text)] == [
        ("Hemtjänsten", -6_000_000),
        ("Särskilt boende", -4_000_000),
        ("Intäkterna", 1_000_000),
    ]
