"""Reading order across columns: no line lost at the gutter, a sentence cut at a column's foot goes on."""


def test_a_column_line_that_ends_just_past_the_gutter_is_read_not_lost() -> None:
    """A table's right-aligned figures start at x 284 and put the gutter at 283.8; a left-column line that
    ends at 283.85 then neither crosses the gutter nor lies left of it. It stays in its column instead of
    falling out of the page (a two-column Karlstad report lost a sentence this way)."""
    from extract.page_lines import Line
    from extract.reading_order import reading_order

    def line(x0: float, y: float, x1: float, text: str) -> Line:
        return Line(1, text, (x0, y, x1, y + 11), 10.5, False)

    figures = [line(284, 350 + 13 * i, 316.99, f"−{i + 1}04 300") for i in range(4)]
    words = ("ett", "två", "tre", "fyra", "fem")
    left = [line(70, 540 + 13 * i, 283.85 if i == 2 else 270, f"vänster {w}") for i, w in enumerate(words)]
    right = [line(308, 540 + 13 * i, 516, f"höger {w}") for i, w in enumerate(words)]
    texts = [ln.text for ln in reading_order([*figures, *right, *left], 595)]
    assert sorted(texts) == sorted(ln.text for ln in [*figures, *left, *right])
    assert texts[:5] == [ln.text for ln in left]  # the left column, then the right one


def test_a_sentence_cut_at_the_foot_of_a_column_goes_on_at_the_top_of_the_next() -> None:
    """As at a page break: "… och en landskapsarkitekt," at the foot of the left column, "ger ett överskott."
    at the top of the right one are one paragraph; a new sentence at the top of a column is not."""
    from extract.layout import Row
    from extract.sections import build_paragraphs

    def row(x: float, y: float, text: str) -> Row:
        return Row(1, (text,), ((x, y, x + 200, y + 11),), 10.5, False)

    left = [
        "Vakanta tjänster under stora delar av året, bland",
        "annat två parkarbetare och en landskapsarkitekt,",
    ]
    right = ["ger ett överskott. Rekryteringarna har dragit ut", "på tiden."]
    rows = [row(70, 700 + 13 * i, t) for i, t in enumerate(left)] + [
        row(308, 100 + 13 * i, t) for i, t in enumerate(right)
    ]
    [paragraph], _ = build_paragraphs(rows)
    assert paragraph.text.endswith(
        "landskapsarkitekt, ger ett överskott. Rekryteringarna har dragit ut på tiden."
    )
    ended = [row(70, 700, "Vakanta tjänster ger ett överskott."), row(308, 100, "rekryteringen pågår.")]
    assert len(build_paragraphs(ended)[0]) == 2


def test_a_full_width_table_above_two_columns_is_read_row_by_row() -> None:
    """Only the table's header crosses the gutter; its labels lie left of it and its figures right of it, as
    do the two columns of prose below. The rows stay whole ("Tågtrafik −412 −419 −7") and the columns of
    prose are read one after the other."""
    from extract.page_lines import Line
    from extract.reading_order import reading_order

    def line(x0: float, y: float, x1: float, text: str) -> Line:
        return Line(1, text, (x0, y, x1, y + 10), 9.0, False)

    header = [line(283, 310, 334, "Budget 2025"), line(358, 310, 414, "Prognos 2025")]
    labels = ("Biljettintäkter", "Tågtrafik", "Kapitalkostnader")
    rows = [
        [
            line(58, 322 + 12 * i, 150, label),
            line(310, 322 + 12 * i, 334, f"−{i + 1}20"),
            line(390, 322 + 12 * i, 414, "7"),
        ]
        for i, label in enumerate(labels)
    ]
    left = [line(58, 440 + 13 * i, 280, f"vänster rad {'abcde'[i]}") for i in range(4)]
    right = [line(308, 440 + 13 * i, 535, f"höger rad {'abcde'[i]}") for i in range(4)]
    lines = [*header, *[cell for row in rows for cell in row], *right, *left]
    texts = [ln.text for ln in reading_order(lines, 595)]
    assert texts[:2] == ["Budget 2025", "Prognos 2025"]
    assert texts[2:11] == [cell.text for row in rows for cell in row]
    assert texts[11:] == [ln.text for ln in [*left, *right]]


def test_a_lone_figure_beside_a_column_line_does_not_break_the_columns() -> None:
    """One short left-column line beside a figure in the right column is no table: the columns stay whole."""
    from extract.page_lines import Line
    from extract.reading_order import reading_order

    def line(x0: float, y: float, x1: float, text: str) -> Line:
        return Line(1, text, (x0, y, x1, y + 10), 9.0, False)

    left = [line(58, 440 + 13 * i, 280 if i != 2 else 140, f"vänster rad {'abcde'[i]}") for i in range(5)]
    right = [
        line(308, 440 + 13 * i, 535 if i != 2 else 330, "2025" if i == 2 else f"höger rad {'abcde'[i]}")
        for i in range(5)
    ]
    texts = [ln.text for ln in reading_order([*left, *right], 595)]
    assert texts == [ln.text for ln in [*left, *right]]


def test_a_paragraph_run_on_into_the_next_column_is_read_after_the_left_column() -> None:
    """The right column holds only the end of the left column's last paragraph, one prose line level with
    the left column's first: read row by row, that line would land inside the paragraph beside it
    ("… mot budget om livsmedelskontrollen, då två … 1,3 mnkr."). A running header at the right stands
    level with no prose and keeps the page read row by row."""
    from extract.page_lines import Line
    from extract.reading_order import reading_order

    def line(x0: float, y: float, x1: float, text: str) -> Line:
        return Line(1, text, (x0, y, x1, y + 11), 10.0, False)

    left = [
        line(64, 512, 275, "Kommunstyrelsen redovisar ett överskott mot budget om"),
        line(64, 526, 260, "1,3 mnkr. Vakanser inom näringslivsenheten förklarar det."),
        line(64, 737, 274, "Miljö- och byggnadsnämnden väntas överskrida budget"),
        line(64, 751, 218, "med 0,3 mnkr till följd av lägre intäkter från"),
    ]
    right = [
        line(308, 512, 493, "livsmedelskontrollen, då två restauranger i centrala"),
        line(308, 526, 385, "Jokkmokk har stängt."),
    ]
    assert [ln.text for ln in reading_order([*right, *left], 595)] == [ln.text for ln in [*left, *right]]

    header = line(376, 33, 541, "Tertialrapport 1 2025 | Utbildningsnämnden")
    table = [
        line(64, 105 + 12 * i, 287, f"Elever i årskurs {i + 6} med lägst betyget E i alla ämnen, %")
        for i in range(3)
    ]
    figures = [line(377, 105 + 12 * i, 396, f"7{i},4") for i in range(3)]
    texts = [ln.text for ln in reading_order([header, *table, *figures], 595)]
    assert texts[1:3] == [table[0].text, figures[0].text]  # row by row: each label before its figure


def test_a_bold_opening_that_runs_on_in_lower_case_is_no_heading() -> None:
    """A paragraph whose first line is set in bold ("Miljö- och byggnadsnämnden väntas överskrida budget")
    and goes on in the body's weight in lower case ("med 0,3 mnkr …") is one paragraph; a bold line followed
    by a sentence of its own is a heading."""
    from extract.layout import Row
    from extract.sections import build_paragraphs

    def row(y: float, text: str, bold: bool = False) -> Row:
        return Row(1, (text,), ((64, y, 280, y + 11),), 10.0, bold)

    body = [
        row(100, "Utbildningsnämnden prognostiserar en negativ avvikelse på 4,4 mnkr, främst för att"),
        row(114, "antalet nyanlända elever i grundskolan har ökat under våren."),
    ]
    paragraphs, _ = build_paragraphs(
        [
            *body,
            row(133, "Miljö- och byggnadsnämnden väntas överskrida budget", bold=True),
            row(147, "med 0,3 mnkr till följd av lägre intäkter från livsmedelskontrollen."),
        ]
    )
    assert paragraphs[-1].text.startswith("Miljö- och byggnadsnämnden väntas överskrida budget med 0,3 mnkr")
    paragraphs, _ = build_paragraphs(
        [
            *body,
            row(133, "Miljö- och byggnadsnämnden", bold=True),
            row(147, "Nämnden väntas överskrida budget med 0,3 mnkr."),
        ]
    )
    assert paragraphs[-1].headings == ("Miljö- och byggnadsnämnden",)


def test_a_bold_label_that_wraps_after_its_och_is_no_heading() -> None:
    """ "Kultur- och fritidsnämnden och" in bold, then "Stadsbyggnadsnämnden redovisar överskott …": one paragraph."""
    from extract.layout import Row
    from extract.sections import build_paragraphs

    def row(y: float, text: str, bold: bool = False) -> Row:
        return Row(1, (text,), ((64, y, 280, y + 11),), 10.0, bold)

    paragraphs, _ = build_paragraphs(
        [
            row(100, "Kommunstyrelsen redovisar ett överskott på 4,7 mnkr, främst till följd av vakanser."),
            row(119, "Kultur- och fritidsnämnden och", bold=True),
            row(133, "Stadsbyggnadsnämnden redovisar överskott på 1,4 respektive 1,6 mnkr."),
        ]
    )
    assert paragraphs[-1].text.startswith("Kultur- och fritidsnämnden och Stadsbyggnadsnämnden redovisar")


def test_a_full_width_tables_deficits_in_brackets_keep_its_rows_whole() -> None:
    """A budget column left of the gutter and deficits in brackets right of it ("(4 100)", "2 800-"): still a
    table row, read whole, above two columns of prose."""
    from extract.page_lines import Line
    from extract.reading_order import reading_order

    def line(x0: float, y: float, x1: float, text: str) -> Line:
        return Line(1, text, (x0, y, x1, y + 10), 9.0, False)

    figures = (
        ("18 400", "17 700", "700"),
        ("156 200", "160 300", "(4 100)"),
        ("241 800", "244 600", "2 800-"),
    )
    rows = [
        [
            line(66, 327 + 12 * i, 181, label),
            line(239, 327 + 12 * i, 274, budget),
            line(389, 327 + 12 * i, 424, forecast),
            line(489, 327 + 12 * i, 520, deviation),
        ]
        for i, (label, (budget, forecast, deviation)) in enumerate(
            zip(("Nämnd och administration", "Hemtjänst", "Särskilt boende"), figures, strict=True)
        )
    ]
    left = [line(66, 450 + 14 * i, 275, f"vänster rad {'abcde'[i]}") for i in range(4)]
    right = [line(308, 450 + 14 * i, 528, f"höger rad {'abcde'[i]}") for i in range(4)]
    lines = [*[cell for row in rows for cell in row], *right, *left]
    texts = [ln.text for ln in reading_order(lines, 595)]
    assert texts[:12] == [cell.text for row in rows for cell in row]
    assert texts[12:] == [ln.text for ln in [*left, *right]]


def test_deficits_with_a_trailing_minus_are_figures_that_end_a_table_row() -> None:
    """ "Ekonomiskt bistånd | 214 000 | 222 400 | 8 400- | Fler hushåll söker …": rows whose figures end in a minus
    are table rows, so a comment column right of the gutter is read on its rows, not as a second column of prose
    after the whole table."""
    from extract.page_lines import Line
    from extract.reading_order import _numbers_at_line_ends

    def line(x0: float, x1: float, text: str) -> Line:
        return Line(1, text, (x0, 300, x1, 310), 9.0, False)

    cells = [line(64, 150, "Ekonomiskt bistånd"), line(317, 338, "8 400-"), line(317, 338, "1 300-")]
    assert _numbers_at_line_ends(cells)
    assert not _numbers_at_line_ends([line(64, 150, "Ekonomiskt bistånd"), line(64, 300, "Prognos per år -")])


def test_a_short_right_column_of_narrow_lines_is_read_after_the_left_column() -> None:
    """The right column holds only the end of a paragraph, a heading and a short paragraph, all narrower
    than prose: read row by row, the heading "Bibliotek +0,4 mnkr" at the left would land inside the right
    column's sentence ("… ligga i Bibliotek +0,4 mnkr nivå med budget")."""
    from extract.page_lines import Line
    from extract.reading_order import reading_order

    def line(x0: float, y: float, x1: float, text: str) -> Line:
        return Line(1, text, (x0, y, x1, y + 11), 9.5, False)

    left = [
        line(64, 418, 304, "Ledning och administration +0,3 mnkr"),
        line(64, 432, 275, "Tjänsten som controller har varit vakant"),
        line(64, 445, 253, "sedan mars och tillsätts först i oktober."),
        line(64, 471, 178, "Museet +0,4 mnkr"),
        line(64, 486, 279, "Museets personalkostnader blir lägre än"),
        line(64, 499, 271, "budgeterat då två tjänster har varit vakanta."),
    ]
    right = [
        line(309, 416, 438, "bytas redan under vintern."),
        line(309, 442, 446, "Ungdomsgårdar ±0,0 mnkr"),
        line(309, 456, 520, "Verksamheten bedöms sammantaget ligga i"),
        line(309, 470, 447, "nivå med budget för helåret."),
    ]
    assert [ln.text for ln in reading_order([*right, *left], 595)] == [ln.text for ln in [*left, *right]]


def test_a_word_carried_to_the_top_of_the_right_column_ends_the_left_columns_paragraph() -> None:
    """ "vakanser." alone at the top of the right column, level with a heading of the left one, is the end of the
    left column's last paragraph; read row by row it would land after that heading ("… –18,5 mnkr vakanser.")."""
    from extract.page_lines import Line
    from extract.reading_order import reading_order

    def line(x0: float, y: float, x1: float, text: str) -> Line:
        return Line(1, text, (x0, y, x1, y + 11), 9.5, False)

    left = [
        line(60, 390, 215, "Barn och unga: –8,5 mnkr"),
        line(60, 404, 248, "Kostnaderna för placeringar i HVB och"),
        line(60, 418, 285, "familjehem överstiger budget. Under perioden"),
        line(60, 432, 240, "har flera tjänster varit obesatta på grund av"),
    ]
    right = [line(308, 388, 354, "vakanser."), line(490, 790, 496, "1")]
    texts = [ln.text for ln in reading_order([*right, *left], 595)]
    assert texts.index("vakanser.") == texts.index(left[-1].text) + 1


# the line boxes of one page (Arboga-style delårsrapport): a wide table above prose, then a short two-column stretch
_TABLE_THEN_COLUMNS = [
    (64, 83, 284, "Delårsrapport 2025"),
    (64, 107, 336, "Vård- och omsorgsnämnden, januari–augusti"),
    (64, 142, 200, "Ekonomiskt resultat"),
    (64, 160, 481, "Nämnden redovisar för perioden ett resultat"),
    (64, 173, 491, "periodiserad budget. Helårsprognosen är ett"),
    (64, 187, 510, "kronor. Det är en förbättring med 1,4"),
    (64, 201, 514, "framför allt beror på att statsbidraget för"),
    (64, 215, 113, "beräknat."),
    (64, 238, 237, "Resultaträkning per kostnadsslag, tkr"),
    (64, 256, 131, "Kostnadsslag"),
    (255, 256, 320, "Budget 2025"),
    (330, 256, 400, "Prognos 2025"),
    (433, 256, 480, "Avvikelse"),
    (64, 269, 174, "Verksamhetens intäkter"),
    (289, 269, 320, "58 200"),
    (369, 269, 400, "61 900"),
    (454, 269, 480, "3 700"),
    (64, 282, 149, "Personalkostnader"),
    (278, 282, 320, "–284 500"),
    (358, 282, 400, "–293 100"),
    (450, 282, 480, "–8 600"),
    (64, 295, 151, "Köp av verksamhet"),
    (284, 295, 320, "–21 300"),
    (364, 295, 400, "–24 050"),
    (450, 295, 480, "–2 750"),
    (64, 308, 135, "Lokalkostnader"),
    (284, 308, 320, "–38 900"),
    (364, 308, 400, "–39 250"),
    (458, 308, 480, "–350"),
    (64, 321, 143, "Övriga kostnader"),
    (284, 321, 320, "–27 600"),
    (364, 321, 400, "–28 500"),
    (458, 321, 480, "–900"),
    (64, 334, 132, "Nettokostnad"),
    (275, 334, 320, "–314 100"),
    (355, 334, 400, "–323 000"),
    (447, 334, 480, "–8 900"),
    (64, 368, 112, "Intäkter"),
    (64, 384, 508, "Intäkterna överstiger budget med 3,7 mnkr."),
    (64, 397, 522, "betalats ut med ett högre belopp än det som"),
    (64, 411, 222, "när fler bor på särskilt boende."),
    (64, 439, 175, "Personalkostnader"),
    (64, 455, 531, "Personalkostnaderna beräknas bli 8,6 mnkr"),
    (64, 468, 469, "11 procent under våren, vilket har krävt"),
    (64, 482, 392, "bemannades delvis med sjuksköterskor från"),
    (64, 510, 178, "Köp av verksamhet"),
    (64, 526, 519, "Nämnden har köpt korttidsplatser av"),
    (64, 539, 278, "korttidsboende var stängt för ombyggnad."),
    (64, 568, 284, "Lokalkostnader och övriga kostnader"),
    (64, 583, 524, "Lokalkostnaderna och övriga kostnader"),
    (64, 597, 396, "framför allt på grund av högre energipriser"),
    (64, 626, 245, "Avvikelser per verksamhet"),
    (64, 645, 190, "Hemtjänst −4,6 mnkr"),
    (64, 660, 274, "Antalet utförda timmar är 12 procent fler"),
    (64, 674, 201, "än budgeterat, och det nya"),
    (64, 688, 283, "planeringsverktyget har ännu inte gett den"),
    (64, 701, 278, "effekt på tidsanvändningen som väntades."),
    (64, 729, 222, "Särskilt boende −3,1 mnkr"),
    (64, 744, 265, "Hög sjukfrånvaro och övertid vid två av"),
    (309, 643, 491, "boendena, framför allt under våren."),
    (309, 670, 490, "Hälso- och sjukvård −2,0 mnkr"),
    (309, 686, 516, "Inhyrda sjuksköterskor under sommaren"),
    (309, 699, 501, "samt ökade kostnader för hjälpmedel."),
    (309, 727, 491, "Myndighet och stöd +0,8 mnkr"),
    (309, 742, 526, "Vakanta biståndshandläggartjänster under"),
    (309, 756, 341, "våren."),
    (64, 33, 131, "Arboga kommun"),
    (386, 33, 531, "Delårsrapport januari–augusti 2025"),
    (64, 798, 178, "Vård- och omsorgsnämnden"),
    (256, 798, 340, "Beslutad 2025-09-24"),
    (526, 798, 531, "1"),
]


def test_a_two_column_stretch_below_a_wide_table_keeps_its_columns_though_the_gutter_cuts_the_right_one() -> (
    None
):
    """The table's figure columns leave the fewest crossings at x 342, inside a right column that starts at
    x 309: its lines would each read as full width, between the left column's. Three lines or more on one left
    edge well right of the page's mark the right column."""
    from extract.page_lines import Line
    from extract.reading_order import reading_order

    lines = [Line(1, text, (x0, y, x1, y + 11), 9.5, False) for x0, y, x1, text in _TABLE_THEN_COLUMNS]
    stretch = [ln.text for ln in reading_order(lines, 595) if 640 < ln.bbox[1] < 790]  # the footer aside
    assert stretch == [
        "Hemtjänst −4,6 mnkr",
        "Antalet utförda timmar är 12 procent fler",
        "än budgeterat, och det nya",
        "planeringsverktyget har ännu inte gett den",
        "effekt på tidsanvändningen som väntades.",
        "Särskilt boende −3,1 mnkr",
        "Hög sjukfrånvaro och övertid vid två av",
        "boendena, framför allt under våren.",
        "Hälso- och sjukvård −2,0 mnkr",
        "Inhyrda sjuksköterskor under sommaren",
        "samt ökade kostnader för hjälpmedel.",
        "Myndighet och stöd +0,8 mnkr",
        "Vakanta biståndshandläggartjänster under",
        "våren.",
    ]


# the line boxes of one page (a stadsdelsnämnd's tertialrapport): a table whose total row has a figure across the
# gutter, then two columns of comments
_TOTAL_ACROSS_THE_GUTTER = [
    (64, 83, 282, "Tertialrapport 1 2026"),
    (64, 105, 256, "Spånga-Tensta stadsdelsnämnd"),
    (64, 137, 261, "Ekonomiskt utfall och prognos"),
    (64, 154, 478, "Utfallet för januari–april är 2,9 mnkr sämre"),
    (64, 167, 488, "prognostiserar nämnden ett underskott på 7,4"),
    (64, 181, 521, "motsvarande 0,8 procent av budgeten."),
    (64, 194, 514, "familjeomsorgen, medan förskoleverksamheten"),
    (64, 216, 260, "Helårsprognos per verksamhetsområde, mnkr"),
    (64, 233, 163, "Verksamhetsområde"),
    (275, 233, 310, "Budget"),
    (351, 233, 390, "Prognos"),
    (424, 233, 470, "Avvikelse"),
    (64, 245, 177, "Nämnd och administration"),
    (291, 245, 310, "38,6"),
    (371, 245, 390, "38,1"),
    (456, 245, 470, "0,5"),
    (64, 258, 150, "Förskoleverksamhet"),
    (286, 258, 310, "214,9"),
    (366, 258, 390, "211,7"),
    (456, 258, 470, "3,2"),
    (64, 270, 177, "Individ- och familjeomsorg"),
    (286, 270, 310, "156,3"),
    (366, 270, 390, "162,1"),
    (449, 270, 470, "−5,8"),
    (64, 282, 148, "Ekonomiskt bistånd"),
    (291, 282, 310, "98,7"),
    (371, 282, 390, "97,3"),
    (456, 282, 470, "1,4"),
    (64, 295, 118, "Äldreomsorg"),
    (286, 295, 310, "289,4"),
    (366, 295, 390, "296,0"),
    (449, 295, 470, "−6,6"),
    (64, 307, 156, "Funktionsnedsättning"),
    (286, 307, 310, "131,2"),
    (366, 307, 390, "131,2"),
    (456, 307, 470, "0,0"),
    (64, 319, 159, "Stadsmiljöverksamhet"),
    (291, 319, 310, "12,8"),
    (371, 319, 390, "12,9"),
    (449, 319, 470, "−0,1"),
    (64, 332, 100, "Summa"),
    (283, 332, 310, "941,9"),
    (363, 332, 390, "949,3"),
    (448, 332, 470, "−7,4"),
    (64, 365, 249, "Verksamheternas prognoser"),
    (64, 383, 198, "Äldreomsorg −6,6 mnkr"),
    (64, 397, 285, "Köpta platser i vård- och omsorgsboende har i"),
    (64, 411, 258, "genomsnitt varit elva fler än budgeterat,"),
    (64, 424, 283, "samtidigt som hemtjänsttimmarna i egen regi"),
    (64, 437, 259, "har minskat och intäkterna därmed blivit"),
    (64, 451, 257, "lägre. Sjukfrånvaron i hemtjänstgruppen"),
    (64, 464, 254, "Tensta centrum har också lett till ökade"),
    (64, 477, 185, "kostnader för timvikarier."),
    (64, 503, 276, "Individ- och familjeomsorg −5,8 mnkr"),
    (64, 518, 260, "Underskottet avser främst placeringar av"),
    (64, 531, 284, "ungdomar på HVB och i stödboende, där både"),
    (64, 544, 269, "antalet och dygnskostnaderna har ökat. Av"),
    (64, 557, 265, "underskottet kan 1,9 mnkr härledas till en"),
    (64, 571, 279, "enskild skyddsplacering som inleddes i mars."),
    (64, 584, 283, "Barn och unga samt vuxenenheten visar −4,6"),
    (64, 597, 171, "respektive −1,2 mnkr."),
    (64, 623, 241, "Förskoleverksamhet +3,2 mnkr"),
    (64, 638, 239, "Barnantalet är lägre än budgeterat, i"),
    (64, 651, 284, "genomsnitt 64 färre barn, och två avdelningar"),
    (64, 664, 235, "på förskolan Solvändan har stängts."),
    (64, 678, 239, "Överskottet minskas något av ökade"),
    (64, 691, 137, "lokalkostnader."),
    (64, 717, 237, "Ekonomiskt bistånd +1,4 mnkr"),
    (64, 731, 258, "Antalet hushåll med försörjningsstöd har"),
    (64, 744, 257, "minskat med 4 procent sedan årsskiftet,"),
    (308, 381, 498, "främst genom att fler har gått vidare till"),
    (308, 395, 411, "arbete via jobbtorget."),
    (308, 421, 519, "Nämnd och administration +0,5 mnkr"),
    (308, 435, 491, "En vakant tjänst som controller och en"),
    (308, 448, 525, "försenad rekrytering av en enhetschef ger ett"),
    (308, 462, 392, "mindre överskott."),
    (308, 487, 494, "Funktionsnedsättning ±0,0 mnkr"),
    (308, 502, 485, "Verksamheten beräknas gå jämnt ut."),
    (308, 528, 496, "Stadsmiljöverksamhet −0,1 mnkr"),
    (308, 542, 525, "Kostnaderna för klotterborttagning i parkerna"),
    (308, 556, 452, "är något högre än budgeterat."),
    (64, 33, 199, "Spånga-Tensta stadsdelsförvaltning"),
    (451, 33, 531, "Tertialrapport 1 2026"),
    (64, 799, 240, "Stadsdelsnämndens sammanträde 2026-05-21"),
    (261, 799, 334, "Dnr SPT 2026/0418"),
    (495, 799, 531, "Sida 1 (2)"),
]


def test_the_rest_of_a_row_that_crosses_the_gutter_stays_with_it() -> None:
    """The total row's budget figure "941,9" crosses the gutter; the figures after it on the same row belong to
    that row, not to the top of the right column below, where they cut the paragraph that runs on from the foot
    of the left column ("… sedan årsskiftet, 949,3 −7,4 främst genom att …")."""
    from extract.page_lines import Line
    from extract.reading_order import reading_order

    lines = [Line(1, text, (x0, y, x1, y + 11), 9.5, False) for x0, y, x1, text in _TOTAL_ACROSS_THE_GUTTER]
    texts = [ln.text for ln in reading_order(lines, 595) if ln.bbox[1] < 790]  # the footer aside
    assert texts[texts.index("Summa") : texts.index("Summa") + 4] == ["Summa", "941,9", "949,3", "−7,4"]
    foot = texts.index("minskat med 4 procent sedan årsskiftet,")
    assert texts[foot + 1] == "främst genom att fler har gått vidare till"
