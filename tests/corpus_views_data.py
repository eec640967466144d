"""The corpus of the views tests (also read by the PostgreSQL and Spark tests), written for
them: one pledge credited to the minister (in full, and by surname through a wire), to an
opposition leader and to unnamed officials; a second pledge credited to the minister and,
elsewhere, to nobody in particular; a reprint of one outlet's story by another."""

from __future__ import annotations

import json

PLEDGE = "We will not close a single hospital this winter, whatever the budget says"
NURSES = "Nurses deserve a pay rise that beats inflation, and they will get one in April"
REPRINTED = (
    "The regional rail company will add night trains between Orsa and the coast from June, "
    "after a trial last summer carried more passengers than the company had expected. Tickets "
    "go on sale next month and will cost the same as daytime fares on the same routes."
)


def corpus_records() -> list[dict]:
    """The test corpus (also used by the PostgreSQL and Spark tests)."""
    return [
        {
            "id": "herald-1",
            "source": "North Herald",
            "date": "2024-03-01",
            "title": "Minister rules out closures",
            "text": f'Health minister Maria Lind said on Friday: "{PLEDGE}." '
            "She spoke at a clinic in Orsa.",
        },
        {
            "id": "times-1",
            "source": "Coast Times",
            "date": "2024-03-02",
            "title": "No hospital closures",
            # (not '"… the budget says," Lind told Reuters': the small parser hangs "told"
            # under the quote's "says", and the quote filter drops it, a known miss)
            "text": f'Lind told Reuters on Saturday: "{PLEDGE.replace("winter", "year")}."',
        },
        {
            "id": "post-1",
            "source": "Valley Post",
            "date": "2024-03-03",
            "title": "Berg pledge",
            "text": f'Opposition leader Tomas Berg said: "{PLEDGE}." He repeated it at a rally.',
        },
        {
            "id": "post-2",
            "source": "Valley Post",
            "date": "2024-03-04",
            "title": "Leaflets",
            "text": f'Officials said: "{PLEDGE}." The leaflets were handed out at the station.',
        },
        {
            "id": "herald-2",
            "source": "North Herald",
            "date": "2024-03-05",
            "title": "Lind on nurses",
            "text": f'Maria Lind said: "{NURSES}." She gave no figure.',
        },
        {
            "id": "post-3",
            "source": "Valley Post",
            "date": "2024-03-06",
            "title": "Pay",
            "text": f'Officials said: "{NURSES}." No date was given.',
        },
        {
            "id": "herald-3",
            "source": "North Herald",
            "date": "2024-03-07",
            "title": "Night trains",
            "text": REPRINTED,
        },
        {
            "id": "times-2",
            "source": "Coast Times",
            "date": "2024-03-08",
            "title": "Night trains to the coast",
            "text": REPRINTED + " The company did not say how many trains would run.",
        },
    ]


def write_corpus(path) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in corpus_records()), encoding="utf-8")
    return str(path)
