"""Checks every built-in scenario: its meta.json, its listing, and its run under tools/pytrace.

Run:  /usr/bin/python3 -m unittest discover -s tests/scenarios -v

Standard library only. One subTest per scenario, so one broken scenario does not hide the others.
"""

import ast
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SCENARIOS = REPO / "scenarios"
PYTRACE = REPO / "tools" / "pytrace.py"
# The reference interpreter is Debian's CPython 3.11 (see DESIGN.md); fall back to the running one.
PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable

KEYS = {
    "id", "category", "order", "seeds", "title", "explanation", "params", "alt_params",
    "horizon", "notes_output", "notes_output_differs",
}
CATEGORIES = {
    "basics", "combinators", "timeouts", "sync", "threads", "network", "before_asyncio", "pitfalls",
}
PARAM_KEYS = {"name", "kind", "default", "min", "max", "label"}
KINDS = {"float", "int", "str", "seed"}
LANGS = ("en", "ru")
TITLE_MAX = 40
ID_RE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
PARAM_RE = re.compile(r"^[A-Z][A-Z0-9_]*$")
SEED_FILE_RE = re.compile(r"^\d{3}_[0-9a-f]{16}\.txt$")
FULL_HORIZON = 60          # a horizon below this marks an endless program stopped by the horizon
PYTRACE_TIMEOUT = 180      # seconds of real time per pytrace run


def is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value):
    return (isinstance(value, (int, float))) and not isinstance(value, bool)


def load_metas():
    """[(folder, meta dict or None, error text or None)] for every scenarios/*/meta.json."""
    out = []
    for path in sorted(SCENARIOS.glob("*/meta.json")):
        try:
            out.append((path.parent, json.loads(path.read_text(encoding="utf-8")), None))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            out.append((path.parent, None, f"{path}: {exc}"))
    return out


def listing_path(folder):
    return folder / f"{folder.name}.py"


def literal_value(node):
    """The value of a plain int/float/str literal (a leading minus allowed), else raise ValueError."""
    if isinstance(node, ast.Constant) and (is_number(node.value) or isinstance(node.value, str)):
        return node.value
    if (isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd))
            and isinstance(node.operand, ast.Constant) and is_number(node.operand.value)):
        return -node.operand.value if isinstance(node.op, ast.USub) else node.operand.value
    raise ValueError("not a plain literal")


def top_level_literals(source):
    """{NAME: [(value or None, lineno, shares_line)]} for top-level `NAME = literal` statements."""
    tree = ast.parse(source)
    lines_used = {}
    for stmt in tree.body:
        for line in range(stmt.lineno, stmt.end_lineno + 1):
            lines_used[line] = lines_used.get(line, 0) + 1
    found = {}
    for stmt in tree.body:
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
                and isinstance(stmt.targets[0], ast.Name)):
            continue
        name = stmt.targets[0].id
        if not PARAM_RE.match(name):
            continue
        try:
            value = literal_value(stmt.value)
        except ValueError:
            value = None
        one_line = stmt.lineno == stmt.end_lineno and lines_used[stmt.lineno] == 1
        found.setdefault(name, []).append((value, stmt.lineno, one_line))
    return found


def value_fits(kind, value):
    if kind == "int" or kind == "seed":
        return is_int(value)
    if kind == "float":
        return is_number(value)
    if kind == "str":
        return isinstance(value, str)
    return False


def in_range(param, value):
    kind, lo, hi = param["kind"], param["min"], param["max"]
    if kind == "str":
        # A str parameter's min/max, when given, bound its length.
        if lo is None and hi is None:
            return True
        length = len(value)
        return (lo is None or lo <= length) and (hi is None or length <= hi)
    return lo <= value <= hi


class ScenarioMetaTest(unittest.TestCase):
    """meta.json and the listing, without running anything."""

    def test_there_are_scenarios(self):
        self.assertTrue(load_metas(), f"no scenarios/*/meta.json under {SCENARIOS}")

    def test_every_listing_has_meta(self):
        for listing in sorted(SCENARIOS.glob("*/*.py")):
            if listing.stem != listing.parent.name:
                continue
            with self.subTest(scenario=listing.parent.name):
                self.assertTrue((listing.parent / "meta.json").is_file(),
                                f"{listing.relative_to(REPO)} has no meta.json next to it")

    def test_meta_and_listing(self):
        seen_ids = {}
        seen_orders = {}
        for folder, meta, error in load_metas():
            with self.subTest(scenario=folder.name):
                self.assertIsNone(error)
                self.check_meta(folder, meta)
                self.check_listing(folder, meta)
                key = (meta["category"], meta["order"])
                self.assertNotIn(key, seen_orders,
                                 f"{folder.name}: same category and order as {seen_orders.get(key)}")
                seen_orders[key] = folder.name
                self.assertNotIn(meta["id"], seen_ids)
                seen_ids[meta["id"]] = folder.name

    def check_bilingual(self, where, value):
        self.assertIsInstance(value, dict, f"{where} must be an object with en and ru")
        self.assertEqual(set(value), set(LANGS), f"{where} must have exactly the keys en and ru")
        for lang in LANGS:
            self.assertIsInstance(value[lang], str, f"{where}.{lang} must be a string")
            self.assertTrue(value[lang].strip(), f"{where}.{lang} is empty")

    def check_meta(self, folder, meta):
        self.assertIsInstance(meta, dict)
        self.assertEqual(set(meta), KEYS, "meta.json must have exactly the documented keys")
        self.assertEqual(meta["id"], folder.name, "id must equal the folder name")
        self.assertRegex(meta["id"], ID_RE, "id must be snake_case")
        self.assertIn(meta["category"], CATEGORIES)
        self.assertTrue(is_int(meta["order"]) and meta["order"] >= 1, "order must be an int >= 1")

        self.assertIsInstance(meta["seeds"], list)
        for seed in meta["seeds"]:
            self.assertIsInstance(seed, str)
            self.assertRegex(seed, SEED_FILE_RE, "seeds are file names like 000_<16 hex>.txt")

        self.check_bilingual("title", meta["title"])
        for lang in LANGS:
            self.assertLessEqual(len(meta["title"][lang]), TITLE_MAX,
                                 f"title.{lang} longer than {TITLE_MAX} characters")
        self.check_bilingual("explanation", meta["explanation"])

        self.assertTrue(is_number(meta["horizon"]) and meta["horizon"] > 0,
                        "horizon must be a positive number of virtual seconds")

        notes = meta["notes_output"]
        if notes is not None:
            self.assertIsInstance(notes, list)
            self.assertTrue(notes, "notes_output is [] — use null when the notes show no output")
            for line in notes:
                self.assertIsInstance(line, str)
        differs = meta["notes_output_differs"]
        if differs is not None:
            self.assertIsInstance(differs, str)
            self.assertTrue(differs.strip(), "notes_output_differs is empty — use null")
            self.assertIsNotNone(notes, "notes_output_differs given but notes_output is null")

        params = meta["params"]
        self.assertIsInstance(params, list)
        names = []
        for param in params:
            self.assertIsInstance(param, dict)
            self.assertEqual(set(param), PARAM_KEYS, f"param keys: {sorted(param)}")
            name, kind = param["name"], param["kind"]
            self.assertRegex(name, PARAM_RE, "parameter names are UPPER_CASE")
            self.assertNotIn(name, names, f"parameter {name} listed twice")
            names.append(name)
            self.assertIn(kind, KINDS)
            self.check_bilingual(f"params[{name}].label", param["label"])
            self.assertTrue(value_fits(kind, param["default"]),
                            f"{name}: default {param['default']!r} is not a {kind}")
            if kind == "str":
                for bound in ("min", "max"):
                    self.assertTrue(param[bound] is None or is_int(param[bound]),
                                    f"{name}: {bound} of a str parameter is null or a length")
            else:
                for bound in ("min", "max"):
                    self.assertTrue(value_fits(kind, param[bound]),
                                    f"{name}: {bound} {param[bound]!r} is not a {kind}")
                self.assertLessEqual(param["min"], param["max"], f"{name}: min > max")
            self.assertTrue(in_range(param, param["default"]),
                            f"{name}: default {param['default']!r} outside [min, max]")
        self.assertLessEqual(sum(1 for p in params if p["kind"] == "seed"), 1,
                             "at most one seed parameter")

        alt = meta["alt_params"]
        self.assertIsInstance(alt, dict)
        if params:
            self.assertTrue(alt, "alt_params must give one non-default set when params is not []")
        else:
            self.assertEqual(alt, {}, "alt_params must be {} when params is []")
        by_name = {p["name"]: p for p in params}
        for name, value in alt.items():
            self.assertIn(name, by_name, f"alt_params names unknown parameter {name}")
            param = by_name[name]
            self.assertTrue(value_fits(param["kind"], value),
                            f"alt {name}={value!r} is not a {param['kind']}")
            self.assertNotEqual(value, param["default"], f"alt {name} equals the default")
            self.assertTrue(in_range(param, value), f"alt {name}={value!r} outside [min, max]")

    def check_listing(self, folder, meta):
        path = listing_path(folder)
        self.assertTrue(path.is_file(), f"missing listing {path.relative_to(REPO)}")
        source = path.read_text(encoding="utf-8")
        try:
            compile(source, str(path), "exec")
        except SyntaxError as exc:
            self.fail(f"{path.name} does not compile: {exc}")
        literals = top_level_literals(source)
        for param in meta["params"]:
            if param["kind"] == "seed":
                continue  # the tool's --seed, not a literal of the listing
            name = param["name"]
            self.assertIn(name, literals,
                          f"parameter {name} is not a top-level `{name} = <literal>` in {path.name}")
            self.assertEqual(len(literals[name]), 1, f"{name} is assigned more than once at top level")
            value, lineno, one_line = literals[name][0]
            self.assertIsNotNone(value, f"{path.name}:{lineno}: {name} is not a plain literal")
            self.assertTrue(one_line, f"{path.name}:{lineno}: {name} must be alone on its line")
            self.assertTrue(value_fits(param["kind"], value),
                            f"{path.name}:{lineno}: {name} = {value!r} is not a {param['kind']}")
            if param["kind"] == "float":
                # pytrace takes a parameter's type from its literal: `DELAY = 1` would refuse 0.5.
                self.assertIsInstance(value, float,
                                      f"{path.name}:{lineno}: float parameter {name} needs a float "
                                      f"literal ({float(value)!r}, not {value!r})")
            self.assertEqual(value, param["default"],
                             f"{path.name}:{lineno}: {name} = {value!r} but meta default is "
                             f"{param['default']!r}")


def run_pytrace(folder, meta, which):
    """Trace one listing. which is "default" or "alt". Returns (trace or None, problem or None)."""
    values = {p["name"]: p["default"] for p in meta["params"]}
    if which == "alt":
        values.update(meta["alt_params"])
    args = [PYTHON, str(PYTRACE), str(listing_path(folder)), "--horizon", str(meta["horizon"])]
    for param in meta["params"]:
        name = param["name"]
        if param["kind"] == "seed":
            args += ["--seed", str(values[name])]
        elif which == "alt" and name in meta["alt_params"]:
            args += ["--set", f"{name}={values[name]}"]
    with tempfile.TemporaryDirectory(prefix="scenario-trace-") as tmp:
        out = Path(tmp) / f"{folder.name}.{which}.loopscope.json"
        args += ["-o", str(out)]
        cmd = " ".join(args)
        try:
            proc = subprocess.run(args, capture_output=True, text=True, timeout=PYTRACE_TIMEOUT,
                                  cwd=REPO)
        except subprocess.TimeoutExpired:
            return None, f"pytrace took longer than {PYTRACE_TIMEOUT} s: {cmd}"
        if proc.returncode != 0 and not out.exists():
            return None, (f"pytrace exited {proc.returncode} without a trace: {cmd}\n"
                          f"{proc.stderr[-3000:]}")
        try:
            trace = json.loads(out.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            return None, f"unreadable trace ({exc}) from: {cmd}\n{proc.stderr[-3000:]}"
    trace["_cmd"] = cmd
    trace["_values"] = values
    return trace, None


class ScenarioPytraceTest(unittest.TestCase):
    """Every listing traced under tools/pytrace with its default and its alt parameters."""

    def test_pytrace_runs(self):
        self.assertTrue(
            PYTRACE.is_file(),
            f"{PYTRACE.relative_to(REPO)} does not exist: the scenario listings cannot be traced. "
            "This check must not be skipped; it fails until pytrace lands.")
        metas = [(folder, meta) for folder, meta, error in load_metas()
                 if error is None and isinstance(meta, dict) and KEYS <= set(meta)]
        self.assertTrue(metas, "no readable scenarios/*/meta.json")

        jobs = {}
        workers = min(8, (os.cpu_count() or 2))
        with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
            for folder, meta in metas:
                for which in ("default", "alt"):
                    if which == "alt" and not meta["alt_params"]:
                        continue
                    jobs[(folder.name, which)] = pool.submit(run_pytrace, folder, meta, which)

        for folder, meta in metas:
            for which in ("default", "alt"):
                if (folder.name, which) not in jobs:
                    continue
                with self.subTest(scenario=folder.name, params=which):
                    trace, problem = jobs[(folder.name, which)].result()
                    self.assertIsNone(problem, problem)
                    self.check_trace(meta, which, trace)

    def check_trace(self, meta, which, trace):
        cmd = trace["_cmd"]
        events = trace.get("events")
        self.assertIsInstance(events, list, f"trace has no events list: {cmd}")
        self.assertTrue(events and events[-1].get("ev") == "end", f"last event is not end: {cmd}")

        # (A hand-written loop over generators runs no asyncio loop, yet it runs: "ok", not
        # "no_loop", docs/trace-format.md, "Generators driven by hand".)
        expected = {"ok"} if meta["horizon"] >= FULL_HORIZON else {"horizon"}
        status = trace.get("status")
        end = events[-1]
        self.assertIn(status, expected,
                      f"status {status!r} (end: exc={end.get('exc')!r} msg={end.get('msg')!r}), "
                      f"expected one of {sorted(expected)}: {cmd}")

        for name, value in trace["_values"].items():
            if name in trace.get("params", {}):
                self.assertEqual(trace["params"][name], value,
                                 f"trace header says {name}={trace['params'][name]!r}: {cmd}")
        if which == "alt":
            for name, value in meta["alt_params"].items():
                if any(p["name"] == name and p["kind"] == "seed" for p in meta["params"]):
                    self.assertEqual(trace.get("seed"), value, f"seed not applied: {cmd}")
                else:
                    self.assertEqual(trace.get("params", {}).get(name), value,
                                     f"alt {name} not applied (header params): {cmd}")

        errors = [e for e in events if e.get("ev") == "error"]
        if meta["category"] == "pitfalls":
            if which == "default":
                self.assertTrue(errors, f"a pitfall scenario must show asyncio's diagnostic: {cmd}")
        else:
            self.assertEqual(errors, [], f"unexpected asyncio diagnostics: {cmd}")

        if which == "default" and meta["notes_output"] is not None \
                and meta["notes_output_differs"] is None:
            printed = [e.get("text") for e in events if e.get("ev") == "print"]
            self.assertEqual(printed, meta["notes_output"],
                             f"printed lines differ from the notes' output block: {cmd}")


if __name__ == "__main__":
    unittest.main()
