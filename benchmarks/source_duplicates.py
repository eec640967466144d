"""Count duplicate sources left unmerged in reports on real pages (issue 15, part 7).

For each page of the development part of the real-pages evaluation
(``newsaudit.evaluation.real_pages``; the FINAL part is never read here), the report's sources
are checked pairwise for names that are variants of one another:

* ``acronym``: one name is an acronym of the other ("CDC", "Centers for Disease Control and
  Prevention"), by initials or because the article writes "Expansion (ACRONYM)";
* ``surname``: one name is a single capitalised word that is the last word of another
  source's name ("Holcomb", "Eric Holcomb");
* ``role``: one name is a bare role description ("the governor", "the president") and
  exactly one other source is a person the article introduces with that role ("Gov. Eric
  Holcomb", "President Donald Trump"); with two or more candidates it is counted apart as
  ambiguous, not a duplicate;
* ``type conflict``: two such variants typed differently (person and official);
* ``person_with_official_title``: a source typed ``person`` although one of its quotes gives
  the speaker an official title ("Gov.", "Sen.", "President", "Mayor" …): the same source
  would be "official" by its role.

These checks are written apart from the extractor's own merging, so they measure it rather
than repeat it. Nothing here is imported by runtime code.

    .venv/bin/python benchmarks/source_duplicates.py [--bench scrapinghub] [--limit N] [--show]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter

CONNECTIVES = {"of", "and", "for", "the", "on", "in", "&", "de", "to", "at"}
ROLE_TITLES = {
    "governor": r"Gov\.|Governor",
    "president": r"President|Pres\.",
    "senator": r"Sen\.|Senator",
    "representative": r"Rep\.|Representative",
    "mayor": r"Mayor",
    "secretary": r"Secretary|Sec\.",
    "minister": r"Minister",
    "chancellor": r"Chancellor",
    "sheriff": r"Sheriff",
    "coach": r"Coach",
    "judge": r"Judge",
    "commissioner": r"Commissioner",
    "chief": r"Chief",
    "prosecutor": r"Prosecutor",
    "ambassador": r"Ambassador",
    "premier": r"Premier",
    "general": r"Gen\.|General",
}
ROLE_NAME = re.compile(
    r"^(?:[Tt]he\s+|[Oo]ur\s+)?(?:[a-z][\w.-]*\s+){0,2}(" + "|".join(ROLE_TITLES) + r")$"
)
OFFICIAL_TITLE = re.compile(
    r"\b(?:"
    + "|".join(v for k, v in ROLE_TITLES.items() if k not in ("coach", "chief"))
    + r")(?!\w)",
    re.IGNORECASE,
)
ACRONYM = re.compile(r"^(?:[Tt]he\s+)?([A-Z](?:\.?[A-Z&]){1,6}\.?)$")


def _initials(words: list[str]) -> set[str]:
    """Initials of a name, and without its first word ("U.S. Centers for …": UCDCP, CDCP)."""
    content = [w for w in words if w.lower() not in CONNECTIVES]
    return {"".join(w[0].upper() for w in content[i:]) for i in range(min(2, len(content)))}


def is_acronym_of(short: str, long: str, text: str) -> bool:
    match = ACRONYM.match(short.strip())
    if not match or len(long.split()) < 2:
        return False
    letters = match.group(1).replace(".", "").replace("&", "")
    if re.search(re.escape(long) + r"\s*\(\s*(?:the\s+)?" + re.escape(match.group(1)), text):
        return True
    for initials in _initials(re.findall(r"[\w’'-]+", long)):
        if initials == letters:
            return True
        if len(letters) >= 3 and initials.startswith(letters) and len(initials) == len(letters) + 1:
            return True  # "CDC": Centers for Disease Control (and Prevention)
    return False


def is_surname_of(short: str, long: str) -> bool:
    words = short.split()
    return (
        len(words) == 1
        and words[0][:1].isupper()
        and len(long.split()) >= 2
        and long.split()[-1] == words[0]
    )


def introduced_with_role(role: str, source: dict, text: str, roles: list[str]) -> bool:
    """Whether a person source carries the role: in a quote's speaker role or a title before
    the name in the text ("Gov. Eric Holcomb", "President Trump")."""
    if any(re.search(rf"\b{role}\b", r, re.IGNORECASE) for r in roles):
        return True
    surname = source["name"].split()[-1]
    title = ROLE_TITLES[role]
    return bool(
        re.search(rf"\b(?:{title})\s+(?:[A-Z][\w.’'-]*\s+){{0,3}}{re.escape(surname)}\b", text)
    )


def duplicates(report: dict) -> dict:
    """Counts of variant pairs among one report's sources, and the pairs themselves."""
    text = report["text"]
    sources = report["sources"]
    roles: dict[str, list[str]] = {s["id"]: [] for s in sources}
    for quote in report["quotes"]:
        if quote.get("source_id") and quote["speaker"].get("role"):
            roles[quote["source_id"]].append(quote["speaker"]["role"])
    counts: Counter = Counter()
    for source in sources:
        if source["type"] == "person" and any(
            OFFICIAL_TITLE.search(r) for r in roles[source["id"]]
        ):
            counts["person_with_official_title"] += 1
    pairs: list[str] = []
    duplicated: set[str] = set()
    people = [
        s for s in sources if s["type"] in ("person", "official") and len(s["name"].split()) >= 2
    ]
    for a in sources:
        kind, other = None, None
        for b in sources:
            if a is b:
                continue
            if is_acronym_of(a["name"], b["name"], text):
                kind, other = "acronym", b
            elif is_surname_of(a["name"], b["name"]) and b in people:
                kind, other = "surname", b
            if kind:
                break
        if kind is None and (match := ROLE_NAME.match(a["name"].strip())):
            role = match.group(1).lower()
            fits = [
                b
                for b in people
                if b is not a and introduced_with_role(role, b, text, roles[b["id"]])
            ]
            if len(fits) == 1:
                kind, other = "role", fits[0]
            elif len(fits) > 1:
                counts["role_ambiguous"] += 1
        if kind is None or a["id"] in duplicated:
            continue
        duplicated.add(a["id"])
        counts[kind] += 1
        if a["type"] != other["type"]:
            counts["type_conflict"] += 1
        pairs.append(f"{kind}: {a['name']!r} ({a['type']}) ~ {other['name']!r} ({other['type']})")
    return {"counts": counts, "pairs": pairs}


def _reports(pages: list, load: str | None):
    """(page id, report) for each page: analysed now, or read back from a --save file."""
    if load:
        with open(load, encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                yield record.pop("id"), record
        return
    from newsaudit.errors import NewsauditError
    from newsaudit.evaluation.real_pages import analyse

    for page in pages:
        try:
            yield page.id, analyse(page)
        except NewsauditError:
            continue


def main(argv: list[str] | None = None) -> int:
    from newsaudit.evaluation.real_pages import DEFAULT_ROOT, iter_pages

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--bench", choices=("both", "scrapinghub", "trafilatura-eval"), default="scrapinghub"
    )
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages")
    parser.add_argument("--show", action="store_true", help="print each duplicate pair")
    parser.add_argument("--save", help="also write the reports' text, quotes and sources (JSONL)")
    parser.add_argument("--load", help="count on reports saved by --save instead of analysing")
    parser.add_argument("--pages-of", help="analyse only the pages a --save file holds")
    args = parser.parse_args(argv)

    pages = [
        p
        for p in iter_pages(DEFAULT_ROOT, "dev")
        if args.bench == "both" or p.id.startswith(args.bench + "/")
    ]
    if args.pages_of:
        with open(args.pages_of, encoding="utf-8") as lines:
            wanted = {json.loads(line)["id"] for line in lines}
        pages = [p for p in pages if p.id in wanted]
    if args.limit:
        pages = pages[: args.limit]
    total: Counter = Counter()
    pages_with = sources = analysed = 0
    started = time.perf_counter()
    save = open(args.save, "w", encoding="utf-8") if args.save else None  # noqa: SIM115
    for page_id, report in _reports(pages, args.load):
        if not (report.get("detected_language") or {}).get("supported", True):
            continue
        if save is not None:
            keep = {k: report[k] for k in ("detected_language", "text", "quotes", "sources")}
            save.write(json.dumps({"id": page_id, **keep}) + "\n")
        analysed += 1
        sources += len(report["sources"])
        found = duplicates(report)
        total.update(found["counts"])
        pages_with += bool(found["pairs"])
        if args.show:
            for pair in found["pairs"]:
                print(f"{page_id}: {pair}", file=sys.stderr)
    if save is not None:
        save.close()
    dup = sum(total[k] for k in ("acronym", "surname", "role"))
    summary = {
        "pages": analysed,
        "sources": sources,
        "duplicate_sources": dup,
        "pages_with_duplicates": pages_with,
        **{
            k: total[k]
            for k in (
                "acronym",
                "surname",
                "role",
                "type_conflict",
                "role_ambiguous",
                "person_with_official_title",
            )
        },
        "seconds": round(time.perf_counter() - started, 1),
    }
    print(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
