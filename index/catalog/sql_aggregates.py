"""The catalog's aggregations for the read models (``index.analytics``): counts and amounts per report
and tag after review, the explanations behind a count, per-report totals, the range of amounts."""

from __future__ import annotations

from collections.abc import Sequence

from extract.types import Explanation
from index.catalog.interface import Counted, StatementTotal, TagCount
from index.catalog.sql_base import COUNTED, DONE, SqlBase, id_list


class SqlAggregates(SqlBase):
    def _counted(self, counted: Counted) -> tuple[str, list[str]]:
        sql = f"e.kind IN ({self.db.ids}) AND {COUNTED}"
        return sql + ("" if counted.carry_overs else " AND e.carry_over_of IS NULL"), [id_list(counted.kinds)]

    def tag_counts(self, counted: Counted) -> list[TagCount]:
        where, params = self._counted(counted)
        sql = (
            "SELECT e.report_id, t.tag, count(*), coalesce(sum(e.amount_sek), 0), count(e.amount_sek)"
            f" FROM explanations e JOIN effective_tags t ON t.explanation_id = e.explanation_id WHERE {where}"
            " GROUP BY e.report_id, t.tag"
        )
        return [TagCount(r[0], r[1], int(r[2]), float(r[3]), int(r[4])) for r in self.db.execute(sql, params)]

    def tagged(self, tag: str, counted: Counted) -> list[Explanation]:
        where, params = self._counted(counted)
        sql = (
            "SELECT e.* FROM explanations e WHERE e.explanation_id IN"
            f" (SELECT explanation_id FROM effective_tags WHERE tag = ?) AND {where}"
        )
        return self._with_tags(self.db.execute(sql, [tag, *params]).fetchall())

    def statement_totals(self, report_ids: Sequence[str], kinds: Sequence[str]) -> dict[str, StatementTotal]:
        sql = (
            "SELECT e.report_id, count(*), coalesce(sum(e.amount_sek), 0) FROM explanations e"
            f" WHERE e.report_id IN ({self.db.ids}) AND e.kind IN ({self.db.ids}) AND {COUNTED} GROUP BY e.report_id"
        )
        found = {
            r[0]: StatementTotal(int(r[1]), float(r[2]))
            for r in self.db.execute(sql, (id_list(report_ids), id_list(kinds)))
        }
        return {i: found.get(i, StatementTotal(0, 0.0)) for i in report_ids}

    def amount_range(self) -> tuple[float, float] | None:
        low, high = self.db.execute(
            f"SELECT min(e.amount_sek), max(e.amount_sek) FROM explanations e WHERE {DONE}"
        ).fetchone()
        return None if low is None else (float(low), float(high))
