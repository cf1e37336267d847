"""Exact and near-duplicate articles, flagged, never dropped.

Method: each body text becomes the set of its word 5-grams ("shingles", lower-cased
words as in ``patterns.WORD_RE``). Two articles are duplicates when the overlap
coefficient of their shingle sets, ``|A & B| / min(|A|, |B|)``, is at least
:data:`NEAR_DUPLICATE_THRESHOLD` (0.8): at least 80 % of the shorter text's word
sequences appear in the longer one. Identical texts score 1.0; the same agency story
re-published with edited sentences, or a shortened or extended version of an article,
scores 0.8-1.0; articles that only share boilerplate (newsletter teasers) or a quoted
paragraph score lower. Read on the development corpus: Jaccard similarity, the other
common measure, scores shortened versions as low as 0.64 and misses them.

Comparing every pair is quadratic, so candidate pairs come from MinHash signatures with
locality-sensitive hashing (63 hash functions in 21 bands of 3: a pair with Jaccard
0.45 becomes a candidate with probability 0.87, with Jaccard 0.6 with probability
0.99) and each candidate is then checked exactly. A short text inside a much longer one
(Jaccard below about 0.35) is therefore rarely compared. Hashes are CRC-32 of the words
and seeded permutations, so results do not depend on the machine, the run or the order
of files.

Duplicates form groups (pairs joined transitively); in each group the first article in
the given order is the original and the others point to it.
"""

from __future__ import annotations

import zlib
from collections import OrderedDict, defaultdict
from collections.abc import Sequence

import numpy as np

from . import patterns as P

SHINGLE_WORDS = 5
NEAR_DUPLICATE_THRESHOLD = 0.8
_PERMUTATIONS = 63
_BANDS = 21
_ROWS = _PERMUTATIONS // _BANDS
_SEED = 20261121
_MIXERS = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9,
                    0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD], dtype=np.uint64)


def _word_hash(word: str, cache: dict[str, int]) -> int:
    value = cache.get(word)
    if value is None:
        value = cache[word] = zlib.crc32(word.lower().encode("utf-8"))
    return value


def shingles(text: str, size: int = SHINGLE_WORDS, *, cache: dict[str, int] | None = None) -> np.ndarray:
    """Sorted unique 64-bit hashes of the word ``size``-grams of ``text``.

    ``cache`` may be shared between calls to hash each distinct word once."""
    cache = {} if cache is None else cache
    words = np.fromiter((_word_hash(w, cache) for w in P.WORD_RE.findall(text)), dtype=np.uint64)
    if len(words) < size:
        return np.unique(words)
    n = len(words) - size + 1
    hashes = np.zeros(n, dtype=np.uint64)
    for k in range(size):
        hashes ^= words[k : k + n] * _MIXERS[k % len(_MIXERS)]
        hashes = (hashes << np.uint64(13)) | (hashes >> np.uint64(51))
    return np.unique(hashes)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Jaccard similarity ``|A & B| / |A | B|`` of two sorted unique hash arrays."""
    if len(a) == 0 and len(b) == 0:
        return 1.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / (len(a) + len(b) - inter)


def overlap(a: np.ndarray, b: np.ndarray) -> float:
    """Overlap coefficient ``|A & B| / min(|A|, |B|)`` of two sorted unique hash arrays."""
    if len(a) == 0 or len(b) == 0:
        return float(len(a) == len(b))
    return len(np.intersect1d(a, b, assume_unique=True)) / min(len(a), len(b))


def _signatures(sets: list[np.ndarray]) -> np.ndarray:
    rng = np.random.default_rng(_SEED)
    a = rng.integers(1, 2**63, size=_PERMUTATIONS, dtype=np.uint64) | np.uint64(1)
    b = rng.integers(0, 2**63, size=_PERMUTATIONS, dtype=np.uint64)
    out = np.full((len(sets), _PERMUTATIONS), np.iinfo(np.uint64).max, dtype=np.uint64)
    for i, s in enumerate(sets):
        if len(s):
            out[i] = ((s[:, None] * a[None, :] + b[None, :]) >> np.uint64(32)).min(axis=0)
    return out


def candidate_pairs(signatures: np.ndarray) -> set[tuple[int, int]]:
    """Pairs of row indices that share at least one LSH band (found by sorting each band's
    rows, not by a loop over them)."""
    pairs: set[tuple[int, int]] = set()
    n = len(signatures)
    if n < 2:
        return pairs
    for band in range(_BANDS):
        block = np.ascontiguousarray(signatures[:, band * _ROWS : (band + 1) * _ROWS])
        rows = block.view(np.dtype((np.void, block.dtype.itemsize * block.shape[1]))).ravel()
        order = np.argsort(rows, kind="stable")  # equal rows stay in index order
        ordered = rows[order]
        starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
        sizes = np.diff(np.r_[starts, n])
        for start, size in zip(starts[sizes > 1].tolist(), sizes[sizes > 1].tolist()):
            members = order[start : start + size].tolist()
            for x in range(size):
                for y in range(x + 1, size):
                    pairs.add((members[x], members[y]))
    return pairs


def signatures(texts: list[str]) -> np.ndarray:
    """The MinHash signature (one row of ``_PERMUTATIONS`` numbers) of each text; stable
    across runs and machines, so that it can be cached per text."""
    cache: dict[str, int] = {}
    return _signatures([shingles(t, cache=cache) for t in texts])


def find_duplicates(
    texts: Sequence[str],
    threshold: float = NEAR_DUPLICATE_THRESHOLD,
    *,
    signatures_of: np.ndarray | None = None,
    max_cached: int | None = None,
    groups: np.ndarray | None = None,
) -> list[int | None]:
    """For each text, the index of the first text of its duplicate group, or ``None``.

    ``texts`` must be in the order that decides which copy is the original.
    ``signatures_of`` may give the texts' :func:`signatures` (e.g. from a cache); then
    only the texts of candidate pairs are shingled, at most ``max_cached`` shingle sets
    are kept at a time, and ``texts`` may be any sequence (e.g. texts read on demand).
    A pair already in one group is not compared again. ``groups`` (e.g. the chunk file
    each text is stored in) orders the comparisons block by block of two groups, so that
    texts read on demand are read once per block; the result does not depend on it.

    Examples
    --------
    >>> base = "Die Nato-Staaten wollen künftig fünf Prozent ihrer Wirtschaftsleistung für Verteidigung ausgeben. " * 3
    >>> find_duplicates([base, "Ein ganz anderer Text über Corona und die Impfungen in Berlin.", base])
    [None, None, 0]
    """
    cache: dict[str, int] = {}
    sets: OrderedDict[int, np.ndarray] = OrderedDict()
    if signatures_of is None:
        sets = OrderedDict((i, shingles(t, cache=cache)) for i, t in enumerate(texts))
        signatures_of = _signatures([sets[i] for i in range(len(texts))])
    parent = list(range(len(texts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def shingled(i: int) -> np.ndarray:
        if i not in sets:
            sets[i] = shingles(texts[i], cache=cache)
            if max_cached is not None and len(sets) > max_cached:
                sets.popitem(last=False)
        return sets[i]

    pairs = sorted(candidate_pairs(signatures_of))
    if groups is not None:
        pairs.sort(key=lambda p: (min(groups[p[0]], groups[p[1]]), max(groups[p[0]], groups[p[1]])))  # stable: (i, j) order within a block
    block = None
    for i, j in pairs:
        if groups is not None and (gi := min(groups[i], groups[j]), gj := max(groups[i], groups[j])) != block:
            block = (gi, gj)
            sets.clear()  # the shingle sets of the previous block are not needed again
        if root(i) == root(j):
            continue
        if overlap(shingled(i), shingled(j)) >= threshold:
            ri, rj = root(i), root(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)  # the earlier text stays the root
    return [None if root(i) == i else root(i) for i in range(len(texts))]
