"""Sorted lookups over character ranges, so that quote assembly stays near-linear in the cues.

Quote assembly asks, for every candidate, which other candidates' contents hold its cue, which
quoted regions it touches, and whether anything else overlaps it. Asked by scanning every other
candidate, that is quadratic: an article dense with "said" took minutes. These indexes answer
the same questions with a binary search and only the hits.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

from newsaudit.spans import Span

T = TypeVar("T")


class Regions(list[Span]):
    """Quoted regions: outermost, disjoint and in text order (`quote_marks.quoted_regions`), so
    their starts and their ends are both sorted and a bisection finds the ones at an offset."""

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        super().__init__(spans)
        self.starts = [r.start for r in self]
        self.ends = [r.end for r in self]

    def _last_starting_by(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def holding(self, start: int, end: int) -> bool:
        """Whether one region holds all of ``[start, end)`` (only the last region to start by
        ``start`` can: the ones before it end where it begins)."""
        k = self._last_starting_by(start)
        return k >= 0 and end <= self.ends[k]

    def holding_offset(self, offset: int) -> bool:
        """Whether ``offset`` lies in a region, its marks included."""
        k = self._last_starting_by(offset)
        return k >= 0 and offset < self.ends[k]

    def strictly_holding(self, offset: int) -> bool:
        """Whether ``offset`` lies inside a region, after its opening mark."""
        k = self._last_starting_by(offset)
        return k >= 0 and self.starts[k] < offset < self.ends[k]

    def overlapping(self, start: int, end: int) -> range:
        """Indexes of the regions that overlap ``[start, end)``, in text order."""
        first = bisect_right(self.ends, start)
        last = bisect_left(self.starts, end, lo=first)
        return range(first, max(first, last))

    def first_ending_after(self, offset: int) -> Span | None:
        k = bisect_right(self.ends, offset)
        return self[k] if k < len(self) else None

    def ending_at(self, offset: int) -> bool:
        """Whether a region ends exactly at ``offset``."""
        k = bisect_left(self.ends, offset)
        return k < len(self.ends) and self.ends[k] == offset


class PointIndex(Generic[T]):
    """Items placed at offsets; which ones lie in a range."""

    def __init__(self, placed: Iterable[tuple[int, T]]) -> None:
        pairs = sorted(placed, key=lambda pair: pair[0])
        self._offsets = [offset for offset, _ in pairs]
        self._items = [item for _, item in pairs]

    def within(self, start: int, end: int) -> list[T]:
        """The items placed at ``start <= offset < end``, in offset order."""
        return self._items[bisect_left(self._offsets, start) : bisect_left(self._offsets, end)]

    def any_within(self, start: int, end: int) -> bool:
        return bisect_left(self._offsets, start) < bisect_left(self._offsets, end)


class FragmentIndex:
    """Ranges with owners; whether a range overlaps one owned by someone else.

    Fragments are sorted by start; for each prefix we keep the furthest end and the furthest end
    of any other owner, so one bisection answers "does a fragment starting before ``end`` and
    ending after ``start`` belong to anyone but ``owner``?".
    """

    def __init__(self, fragments: Iterable[tuple[int, int, int]]) -> None:
        ordered = sorted(fragments)
        self._starts = [start for start, _, _ in ordered]
        self._best: list[tuple[int, int, int]] = []  # (furthest end, its owner, other owner's)
        best_end, best_owner, second_end = -1, -1, -1
        for _, end, owner in ordered:
            if owner == best_owner:
                best_end = max(best_end, end)
            elif end > best_end:
                best_end, best_owner, second_end = end, owner, best_end
            else:
                second_end = max(second_end, end)
            self._best.append((best_end, best_owner, second_end))

    def overlaps_other(self, start: int, end: int, owner: int) -> bool:
        """Whether some fragment not of ``owner`` overlaps ``[start, end)``."""
        k = bisect_left(self._starts, end)
        if k == 0:
            return False
        best_end, best_owner, second_end = self._best[k - 1]
        return (best_end if best_owner != owner else second_end) > start


class SpanSet:
    """Spans in any order, possibly overlapping: whether one of them holds or touches a span.

    Sorted by start with the furthest end so far, so both questions are one bisection."""

    def __init__(self, spans: Iterable[Span]) -> None:
        ordered = sorted((s.start, s.end) for s in spans)
        self._starts = [start for start, _ in ordered]
        self._reach: list[int] = []
        furthest = -1
        for _, end in ordered:
            furthest = max(furthest, end)
            self._reach.append(furthest)

    def _reach_before(self, k: int) -> int:
        return self._reach[k - 1] if k else -1

    def contains(self, span: Span) -> bool:
        """Whether some span holds ``span`` (as `Span.contains`)."""
        return self._reach_before(bisect_right(self._starts, span.start)) >= span.end

    def overlaps(self, span: Span) -> bool:
        """Whether some span overlaps ``span`` (as `Span.overlaps`)."""
        return self._reach_before(bisect_left(self._starts, span.end)) > span.start


def owners_holding(
    points: Sequence[tuple[int, int]], ranges: Sequence[tuple[int, Sequence[tuple[int, int]]]]
) -> dict[int, list[int]]:
    """For each point ``(offset, id)``, the ids of the ranges ``(id, [(start, end), ...])``
    whose pieces hold it (``start <= offset < end``), in the order the ranges are given."""
    index = PointIndex(points)
    holders: dict[int, list[int]] = {}
    for owner, pieces in ranges:
        seen: set[int] = set()
        for start, end in pieces:
            for point_id in index.within(start, end):
                if point_id not in seen:
                    seen.add(point_id)
                    holders.setdefault(point_id, []).append(owner)
    return holders


__all__ = ["FragmentIndex", "PointIndex", "Regions", "SpanSet", "owners_holding"]
