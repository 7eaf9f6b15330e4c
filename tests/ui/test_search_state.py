"""The search in the URL: read back exactly what was written; bad values are dropped, not fatal."""

from index.vectors.store import Filters
from ui.format import amount, number, period_label
from ui.search_state import SearchState, from_params


def _roundtrip(state: SearchState) -> SearchState:
    params = state.to_params()
    return from_params({k: v if isinstance(v, list) else [v] for k, v in params.items()})


def test_state_survives_the_url() -> None:
    state = SearchState(
        query="dyra vikarier",
        municipality=("Alingsås", "Lerum"),
        tag=("vikarier",),
        direction=("negative",),
        period_from="2024-03",
        amount_min_mnkr=-10.5,
        limit=50,
    )
    assert _roundtrip(state) == state
    assert state.to_params()["kommun"] == ["Alingsås", "Lerum"]


def test_defaults_stay_out_of_the_url() -> None:
    assert SearchState().to_params() == {}


def test_bad_values_are_dropped() -> None:
    state = from_params({"antal": ["7"], "belopp_min": ["mycket"], "kommun": ["", "Ale"]})
    assert state.limit == 20 and state.amount_min_mnkr is None and state.municipality == ("Ale",)


def test_filters_leave_out_the_facet_being_counted() -> None:
    state = SearchState(municipality=("Ale",), tag=("vikarier",), amount_max_mnkr=-1.0)
    assert state.filters() == Filters(municipality=("Ale",), tag=("vikarier",), amount_max=-1_000_000.0)
    assert state.filters(without="municipality").municipality == ()
    assert state.filters(without="amount").amount_max is None


def test_swedish_formats() -> None:
    assert amount(-9_600_000) == "\u22129,6 mnkr" and amount(2_200_000) == "+2,2 mnkr" and amount(None) == "–"
    assert period_label("2024-05") == "maj 2024" and period_label("2024") == "helår 2024"
    assert period_label(None) == "okänd period"
    assert number(-1234567.8, 1) == "\u22121\u00a0234\u00a0567,8"
