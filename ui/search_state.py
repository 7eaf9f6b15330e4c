"""The search page's query and filters, read from and written to the URL so that a link shares a search.

URL keys are Swedish, like the page: ?q=...&kommun=A&kommun=B&namnd=...&orsak=...&riktning=...&typ=...
&fran=2024-01&till=2024-12&belopp_min=-10&belopp_max=0 (amounts in mnkr) &antal=20.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from index.vectors.store import Filters

LIST_KEYS = {
    "municipality": "kommun",
    "committee": "namnd",
    "tag": "orsak",
    "direction": "riktning",
    "kind": "typ",
}
DEFAULT_LIMIT = 20
LIMITS = (10, 20, 50, 100, 200)


@dataclass(frozen=True)
class SearchState:
    query: str = ""
    municipality: tuple[str, ...] = ()
    committee: tuple[str, ...] = ()
    tag: tuple[str, ...] = ()
    direction: tuple[str, ...] = ()
    kind: tuple[str, ...] = ()
    period_from: str | None = None
    period_to: str | None = None
    amount_min_mnkr: float | None = None
    amount_max_mnkr: float | None = None
    limit: int = DEFAULT_LIMIT

    def filters(self, without: str | None = None) -> Filters:
        """The store filters; ``without`` leaves one facet out (its own counts must not be narrowed by it)."""
        kept = {name: getattr(self, name) for name in LIST_KEYS if name != without}
        periods = (None, None) if without == "period" else (self.period_from, self.period_to)
        amounts = (None, None) if without == "amount" else (self.amount_min_mnkr, self.amount_max_mnkr)
        return Filters(
            **kept,
            period_from=periods[0],
            period_to=periods[1],
            amount_min=None if amounts[0] is None else amounts[0] * 1e6,
            amount_max=None if amounts[1] is None else amounts[1] * 1e6,
        )

    def to_params(self) -> dict[str, str | list[str]]:
        params: dict[str, str | list[str]] = {}
        if self.query.strip():
            params["q"] = self.query.strip()
        for name, key in LIST_KEYS.items():
            if getattr(self, name):
                params[key] = list(getattr(self, name))
        for key, value in (("fran", self.period_from), ("till", self.period_to)):
            if value:
                params[key] = value
        for key, number in (("belopp_min", self.amount_min_mnkr), ("belopp_max", self.amount_max_mnkr)):
            if number is not None:
                params[key] = f"{number:g}"
        if self.limit != DEFAULT_LIMIT:
            params["antal"] = str(self.limit)
        return params

    def with_(self, **changes: object) -> SearchState:
        return replace(self, **changes)  # type: ignore[arg-type]


def _float(value: str | None) -> float | None:
    try:
        return float(value.replace(",", ".").replace("\u2212", "-")) if value else None
    except ValueError:
        return None


def from_params(params: Mapping[str, list[str]]) -> SearchState:
    """Read the state from the URL's parameters (each key with all its values); bad values are dropped."""

    def one(key: str) -> str | None:
        values = params.get(key) or []
        return values[-1] if values else None

    limit = one("antal")
    return SearchState(
        query=one("q") or "",
        period_from=one("fran"),
        period_to=one("till"),
        amount_min_mnkr=_float(one("belopp_min")),
        amount_max_mnkr=_float(one("belopp_max")),
        limit=int(limit) if limit and limit.isdigit() and int(limit) in LIMITS else DEFAULT_LIMIT,
        **{name: tuple(v for v in params.get(key, []) if v) for name, key in LIST_KEYS.items()},  # type: ignore[arg-type]
    )
