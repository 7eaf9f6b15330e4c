"""The written reports (issue #15), one module each, in the order they are generated."""

from __future__ import annotations

from collections.abc import Callable

from spec import ReportSpec

from reports import (
    boras,
    dalarna,
    falkoping,
    falun,
    gavle,
    halmstad,
    kristianstad,
    linkoping,
    lulea,
    norrkoping,
    ostersund,
    skelleftea,
    sundsvall,
    uddevalla,
    upplands_bro,
    vanersborg,
    vasterbotten,
    vaxjo,
)

ALL: tuple[Callable[[], ReportSpec], ...] = (
    boras.spec,
    ostersund.spec,
    vasterbotten.spec,
    uddevalla.spec,
    vaxjo.spec,
    norrkoping.spec,
    gavle.spec,
    falkoping.spec,
    skelleftea.spec,
    dalarna.spec,
    linkoping.spec,
    vanersborg.spec,
    falun.spec,
    kristianstad.spec,
    halmstad.spec,
    lulea.spec,
    sundsvall.spec,
    upplands_bro.spec,
)
