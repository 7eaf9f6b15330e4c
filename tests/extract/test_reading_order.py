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
