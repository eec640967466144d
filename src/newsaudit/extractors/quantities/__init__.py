"""Quantities: counts, money, percentages, measures, vague amounts, time windows and dates.

Numbers are where news is most checkable and most often fudged: "almost 6,000", "hundreds of
thousands", "over the past 24 hours". Candidates come from the shared spaCy parse (its
CARDINAL/QUANTITY/MONEY/PERCENT/DATE/TIME entities) plus a few regexes for what the small
model misses; each candidate is then read by small deterministic parsers, so the stage costs a
few ms per article and never re-parses.

One module per idea, data flowing down the list: `values` (the value of a number as written),
`number_forms` (numbers that are not counts: fractions, model and emergency numbers), `tallies`
(scores and tallies: "won 6-3 6-4", "voted 5-2", "made it 2-0"), `dates` and `date_context` (a
date resolved against the article's date), `periods` ("this quarter", "a mild winter", "last
weekend"), `year_pairs` ("2005-6", "the 2006/07 season") and `day_ranges` ("Dec. 16 to 22": each
end its own date), `date_names` (a month word that names a company, "May's chairman", and a year
after a day's name, "Christmas 2019"), `money_signs` (amounts after a currency sign, which the
parser may leave untagged, and pence and cents), `currency_names` (currencies named in words,
from CLDR's English names, and names that are no money), `readings` (what a candidate's text
means: money, percent, measure, duration, date), `bare_units` (time units written with no count,
and time-unit words that name a thing), `candidates` (the spans to read), `article_names`
(digits the article shows to be a name elsewhere), `identifiers` (ids in digits, and numbers
and ordinals in digits inside names), `name_numbers` (capitalised number words in running
text, numbers inside a parsed place name or fused behind a word, a relative
date word in capitals, "told USA TODAY", and a clock's zone and offset, "1900 GMT"), `nouns`
(what a number counts or multiplies), `metres` (an "m" fused to a number that is no million),
`count_links`, `noun_names`, `joined_counts` ("not one, but two candidates": a count sharing
the noun of the count joined to it), `compound_counts` and `counted_readings` (what a count counts,
across describing words, "N of ..." and names before the noun, and what that noun makes of the
number), `ordinals`, `ranks` ("the No. 3 seed", "#1"), `ratios` ("one in five renters"),
`seconds` ("a seven-second delay"), `ratio_pairs` ("a 50-50 chance", "odds of 3:1") and
`list_names` ("the Top 500 list"), `ages` and `age_phrases`, `set_phrases` and `codes` (idioms,
names and codes that hold a number but no quantity: "on the one hand", "W800", "iOS 8.2"),
`time_unit_phrases` (time units no number counts), `counted_steps` and `units_ago` ("three
weeks later", "N units ago"), `dates_in_durations` and `date_lists` (dates inside a duration or
several in one entity), `size_units` (units fused to number words, fractions of one unit),
`suspended` (the low end of "six- to eight-year-olds"), `edges` (where a
span starts and ends when the parser's entity is off), `parts` (a half or quarter that is part
of a number or of one unit of time), `ranges` (the low end of a range, and the unit after a
number), and `extract` (the reading of one candidate in its context, and the stage's entry
point). Every convention is in ``docs/quantities.md``."""

from newsaudit.extractors.quantities.extract import extract_quantities
from newsaudit.extractors.quantities.values import parse_number

__all__ = ["extract_quantities", "parse_number"]
