#!/usr/bin/env bash
# Mutation testing of the rules: stretchguide/core/, speech/coach.py and storage/ (the modules
# and the test subset are set in pyproject.toml's [tool.mutmut]). Each mutant is one small change
# (a `>` turned `>=`, a number changed, a call dropped); a mutant the tests do not notice
# "survives". See docs/testing.md for the last score and the survivors judged harmless.
#
#   scripts/mutation.sh                 run (or resume) every mutant, then print the score
#   scripts/mutation.sh 'stretchguide.core.timeline*'   only the mutants whose names match
#
# It is long (tens of minutes on two cores) and resumable: mutmut keeps its results in mutants/
# and re-tests only what changed. Browse the survivors with `.venv/bin/mutmut browse`, or see one
# with `.venv/bin/mutmut show NAME`.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
MUTMUT=$(dirname "$PY")/mutmut
export QT_QPA_PLATFORM=offscreen
nice -n 15 "$MUTMUT" run --max-children "${MUTMUT_CHILDREN:-2}" "$@" || true
"$PY" scripts/mutation_score.py
