"""Speech quality and cost of each engine: intelligibility, render time, render-worker memory.

    .venv/bin/python benchmarks/speech_quality.py            # short: lower-back-relief's cues
    .venv/bin/python benchmarks/speech_quality.py --full     # every built-in routine's cues

* Intelligibility: each cue is rendered by each engine, resampled to 16 kHz (sox) and decoded
  by pocketsphinx 5's general American English model (in its wheel, trained on people's
  speech); the word error rate against the cue's words is a rough proxy for "sounds like a
  person". Baseline: espeak-ng (the system voice on Linux) in the same run.
  Goal: the natural voice <= 25 % (espeak-ng was ~80 % when this was measured first).
* Render time per cue (the worker's compute, model loaded), against espeak-ng's.
* Peak memory (max RSS) of a process that loads the engine and renders every cue: that is the
  render worker's cost; the GUI process never loads the engine. Goal: <= 250 MB.

Each engine runs in its own child process (as in the app), so one engine's memory does not
count against another's. Needs Debian packages sox, espeak-ng, libespeak-ng1.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

ENGINES = {
    "espeak-ng": "stretchguide.speech.engine:Pyttsx3Engine",
    "natural": "stretchguide.speech.neural_engine:HibariEngine",
}

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
sys.path.insert(0, {repo!r})
from stretchguide.speech.engine import resolve
t0 = time.perf_counter()
engine = resolve({spec!r})()
load = time.perf_counter() - t0
texts = json.loads(Path({texts!r}).read_text())
times = []
for i, text in enumerate(texts):
    t = time.perf_counter()
    engine.render(text, Path({out!r}) / f"{{i}}.wav", {voice!r}, 160, 1.0)
    times.append(time.perf_counter() - t)
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"load": load, "times": times, "rss_mb": rss}}))
"""


def cues(full: bool) -> list[str]:
    from stretchguide.core.assets import assets_dir, builtin_routines_dir
    from stretchguide.core.catalog_loader import load_catalog
    from stretchguide.core.loader import load_library
    from stretchguide.core.timeline import compile_timeline

    catalog = load_catalog(assets_dir())
    library = load_library(catalog, builtin_routines_dir())
    routines = library.routines if full else [library.get("lower-back-relief")]
    texts: dict[str, None] = {}
    for routine in routines:
        assert routine is not None
        for text in compile_timeline(routine, catalog).texts():
            texts[text.strip()] = None
    return [t for t in texts if t]


def words(text: str) -> list[str]:
    return re.sub(r"[^a-z0-9' ]+", " ", text.lower().replace("-", " ")).split()


def edit_distance(ref: list[str], hyp: list[str]) -> int:
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (r != h))
    return row[-1]


def recognise(decoder: object, wav: Path) -> str:
    raw = subprocess.run(
        ["sox", str(wav), "-t", "raw", "-r", "16000", "-e", "signed", "-b", "16", "-c", "1", "-"],
        capture_output=True,
        check=True,
    ).stdout
    decoder.start_utt()  # type: ignore[attr-defined]
    decoder.process_raw(raw, full_utt=True)  # type: ignore[attr-defined]
    decoder.end_utt()  # type: ignore[attr-defined]
    hyp = decoder.hyp()  # type: ignore[attr-defined]
    return str(hyp.hypstr) if hyp is not None else ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="every built-in routine's cues")
    args = parser.parse_args()
    from pocketsphinx import Decoder

    texts = cues(args.full)
    decoder = Decoder(samprate=16000, loglevel="FATAL")
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="stretchguide-quality-") as folder:
        listing = Path(folder) / "texts.json"
        listing.write_text(json.dumps(texts))
        for name, spec in ENGINES.items():
            out = Path(folder) / name
            out.mkdir()
            voice = "heart" if name == "natural" else ""
            code = CHILD.format(
                repo=str(REPO), spec=spec, texts=str(listing), out=str(out), voice=voice
            )
            run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
            if run.returncode != 0:
                print(f"{name}: failed\n{run.stderr}", file=sys.stderr)
                return 1
            stats = json.loads(run.stdout.strip().splitlines()[-1])
            errors = total = 0
            for i, text in enumerate(texts):
                ref = words(text)
                errors += edit_distance(ref, words(recognise(decoder, out / f"{i}.wav")))
                total += len(ref)
            times = sorted(stats["times"])
            results[name] = {
                "wer": 100.0 * errors / total,
                "render_ms": 1000 * sum(times) / len(times),
                "render_p95_ms": 1000 * times[int(0.95 * (len(times) - 1))],
                "load_s": stats["load"],
                "rss_mb": stats["rss_mb"],
            }
    base, nat = results["espeak-ng"], results["natural"]
    print(f"{len(texts)} cues ({'every routine' if args.full else 'lower-back-relief'})")
    for name, r in results.items():
        print(
            f"{name:10s} WER {r['wer']:5.1f} %  render {r['render_ms']:6.1f} ms/cue "
            f"(p95 {r['render_p95_ms']:.0f})  load {r['load_s']:.2f} s  peak {r['rss_mb']:.0f} MB"
        )
    ok = "yes" if nat["wer"] <= 25 else "no"
    print(
        f'RESULT name="word error rate, natural voice" measured={nat["wer"]:.1f} '
        f'baseline={base["wer"]:.1f} unit=% goal="<=25 %" ok={ok}'
    )
    print(
        f'RESULT name="render time per cue, natural voice" measured={nat["render_ms"]:.1f} '
        f"baseline={base['render_ms']:.1f} unit=ms"
    )
    ok = "yes" if nat["rss_mb"] <= 250 else "no"
    print(
        f'RESULT name="render worker peak memory, natural voice" measured={nat["rss_mb"]:.0f} '
        f'baseline={base["rss_mb"]:.0f} unit=MB goal="<=250 MB" ok={ok}'
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
