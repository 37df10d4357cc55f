#!/usr/bin/env python3
"""One conformance check: a scenario's listing under CPython (tools/pytrace.py) and its C++ twin
on the engine (scenario_trace) must produce the same compared events (tools/tracediff.py).

usage: conform.py SCENARIO_TRACE SOURCE_DIR ID [--alt]

--alt runs both with meta.json's alt_params instead of the defaults. On a difference, prints
tracediff's report and keeps both traces next to the build (conformance-ID[-alt].{cpython,engine}.json)
so they can be opened in Loopscope or diffed again.
"""
import json
import pathlib
import subprocess
import sys


def main() -> int:
    args = sys.argv[1:]
    alt = "--alt" in args
    args = [a for a in args if a != "--alt"]
    if len(args) != 3:
        print(__doc__.strip().splitlines()[3], file=sys.stderr)
        return 2
    scenario_trace, source_dir, scenario = pathlib.Path(args[0]), pathlib.Path(args[1]), args[2]
    folder = source_dir / "scenarios" / scenario
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    values = meta["alt_params"] if alt else {}
    kinds = {p["name"]: p["kind"] for p in meta["params"]}
    seed = next((p["default"] for p in meta["params"] if p["kind"] == "seed"), 0)

    pytrace_args, engine_args = [], ["--alt"] if alt else []
    for name, value in values.items():
        if kinds[name] == "seed":
            seed = value
        else:
            pytrace_args += ["--set", f"{name}={value}"]
    stem = f"conformance-{scenario}{'-alt' if alt else ''}"
    cpython, engine = pathlib.Path(f"{stem}.cpython.json"), pathlib.Path(f"{stem}.engine.json")

    run = subprocess.run([sys.executable, str(source_dir / "tools" / "pytrace.py"),
                          str(folder / f"{scenario}.py"), "--seed", str(seed),
                          "--horizon", str(float(meta["horizon"])), *pytrace_args,
                          "-o", str(cpython)])
    if run.returncode != 0:
        print(f"pytrace failed on {scenario} (exit {run.returncode})")
        return 1
    run = subprocess.run([str(scenario_trace), scenario, *engine_args, "-o", str(engine)])
    if run.returncode == 3:
        print(f"{scenario} has no C++ twin yet: write scenarios/{scenario}/{scenario}.cpp")
        return 1
    if run.returncode != 0:
        print(f"scenario_trace failed on {scenario} (exit {run.returncode})")
        return 1
    diff = subprocess.run([sys.executable, str(source_dir / "tools" / "tracediff.py"),
                           str(cpython), str(engine)])
    if diff.returncode == 0:
        cpython.unlink()
        engine.unlink()
        print(f"{scenario}{' (alt)' if alt else ''}: the engine schedules exactly as CPython")
    else:
        print(f"kept {cpython.resolve()} and {engine.resolve()}")
    return diff.returncode


if __name__ == "__main__":
    sys.exit(main())
