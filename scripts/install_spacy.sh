#!/usr/bin/env bash
# Install spaCy into the venv, compiled without Cython's profiling hooks.
#
# Why: spaCy's setup.py turns Cython's `profile` directive on for Python < 3.12, so its cp311
# wheels carry profiling hooks; in `nogil` code each hook takes and releases the GIL on every
# function exit (StateC::B and friends, millions of times per corpus). That was ~35 % of the
# parser's and NER's time (benchmarks/nlp_speed.py: parse + NER 30.0 -> 15.8 ms per article).
# The same version built from its PyPI sdist with CYTHON_PROFILE=0 gives identical annotations
# (tests/test_nlp.py checks the result against the stock pipeline) without the hooks.
#
# The wheel is built once (5-7 minutes on 2 quiet cores, up to 14 on a busy machine) into a
# cache outside the repository and reused. `make install` (and so `make demo` and `make test`)
# runs this only when NEWSAUDIT_FAST_SPACY=1 or through `make fast-spacy`: a newcomer's first
# run should not wait ten minutes for a 1.27x faster parser. Python >= 3.12 wheels are built without the hooks, so there nothing is built.
# NEWSAUDIT_STOCK_SPACY=1 skips the build; so does a failed build (with a warning): the stock
# wheel is then installed by the main install and everything works, only slower.
set -euo pipefail

py=$1
version=$(sed -n 's/^spacy==//p' constraints.txt)
cache=${NEWSAUDIT_WHEEL_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/newsaudit/wheels}
target="$cache/spacy-$version-noprofile"

if [ "${NEWSAUDIT_STOCK_SPACY:-0}" = 1 ]; then
  echo "install_spacy: NEWSAUDIT_STOCK_SPACY=1, using the stock spaCy wheel"
  exit 0
fi
if "$py" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)'; then
  exit 0  # the stock wheels for this Python have no profiling hooks
fi
if ! ls "$target"/spacy-"$version"-*.whl >/dev/null 2>&1; then
  echo "install_spacy: building spaCy $version without profiling hooks, once" \
    "(5-7 min on 2 quiet cores, up to 14 on a busy machine; cached in $cache)"
  mkdir -p "$target.tmp"
  started=$(date +%s)
  ( while sleep 60; do
      echo "install_spacy: still compiling spaCy ($(( ($(date +%s) - started) / 60 )) min so far)"
    done ) &
  ticker=$!
  trap 'kill "$ticker" 2>/dev/null || true' EXIT
  if ! CPPFLAGS="-DCYTHON_PROFILE=0" CFLAGS="-DCYTHON_PROFILE=0" SPACY_NUM_BUILD_JOBS=2 \
      "$py" -m pip wheel --quiet --no-deps --no-binary spacy --no-cache-dir \
      --build-constraint constraints.txt --build-constraint scripts/build-constraints.txt \
      "spacy==$version" -w "$target.tmp"; then
    echo "install_spacy: warning: build failed; the stock (slower) spaCy wheel will be used" >&2
    rm -rf "$target.tmp"
    exit 0
  fi
  kill "$ticker" 2>/dev/null || true
  echo "install_spacy: built in $(( ($(date +%s) - started) / 60 )) min"
  rm -rf "$target" && mv "$target.tmp" "$target"  # whole or not at all
fi
"$py" -m pip install --quiet --no-deps --force-reinstall "$target"/spacy-"$version"-*.whl
