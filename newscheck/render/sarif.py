"""The ``sarif`` lint format: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

Columns are Unicode code points (the run sets ``columnKind: "unicodeCodePoints"``), matching the
other formats.  Artifact URIs are relative to the source root (the enclosing git work tree, else
the current directory) with ``uriBaseId: "%SRCROOT%"``; unnamed standard input is ``"stdin"``
with a description and no base.  ``partialFingerprints`` hash the rule
code, the normalised flagged words and their occurrence index in the file, never line numbers,
so edits elsewhere in a file keep an alert's identity.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from newscheck.lint import Diagnostic, FileResult

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
FINGERPRINT_KEY = "newscheckFingerprint/v1"
LEVEL_FOR_SEVERITY = {"error": "error", "warning": "warning", "info": "note"}


def find_source_root(start: str | os.PathLike[str] | None = None) -> Path:
    """The git work tree containing ``start`` (default: the current directory), else ``start``."""
    here = Path(start or os.getcwd()).resolve()
    for directory in (here, *here.parents):
        if (directory / ".git").exists():
            return directory
    return here


STDIN_LOCATION: dict[str, Any] = {
    "uri": "stdin",
    "description": {"text": "standard input (name it with --stdin-filename)"},
}
"""Where results on unnamed standard input are: no file of the repository (``-`` read as a
relative URI named a file called ``-`` in the source root), so no ``uriBaseId``, and a
description saying what it is.  ``--stdin-filename NAME`` gives the real location."""


def artifact_location(path: str, root: Path) -> dict[str, Any]:
    """``{"uri", "uriBaseId"}`` relative to ``root`` with forward slashes (absolute URI outside);
    unnamed standard input (``-``) is ``STDIN_LOCATION``."""
    if path == "-":
        return {"uri": STDIN_LOCATION["uri"], "description": dict(STDIN_LOCATION["description"])}
    absolute = Path(os.path.abspath(path))
    try:
        relative = absolute.relative_to(root)
    except ValueError:
        return {"uri": absolute.as_uri()}
    # the file name's bytes, percent-encoded: a legacy (non-UTF-8) name is a valid URI too
    return {"uri": quote(os.fsencode(relative.as_posix()), safe="/"), "uriBaseId": "%SRCROOT%"}


def fingerprint(code: str, text: str, occurrence: int) -> str:
    """A stable id: rule code, flagged words (case and spacing normalised), occurrence index."""
    normalised = " ".join(text.casefold().split())
    digest = hashlib.sha256(f"{code}\x00{normalised}\x00{occurrence}".encode("utf-8", "replace"))
    return digest.hexdigest()[:32]


def _registry_rules() -> list[dict[str, Any]]:
    from newscheck.rules import all_rules

    rules: list[dict[str, Any]] = []
    for rule in all_rules().values():
        help_text = f"{rule.explanation}\n\nExample: {rule.example}"
        rules.append(
            {
                "id": rule.code,
                "name": rule.name,
                "shortDescription": {"text": rule.summary},
                "fullDescription": {"text": rule.explanation},
                "help": {
                    "text": help_text,
                    "markdown": f"{rule.explanation}\n\n*Example:* {rule.example}",
                },
                "defaultConfiguration": {"level": LEVEL_FOR_SEVERITY[rule.severity]},
                "properties": {"category": rule.category, "voice": rule.voice},
            }
        )
    return rules


def known_rule_index() -> dict[str, int]:
    """Rule code -> its index in the log's rule list (the registry's rules, in order)."""
    return {rule["id"]: index for index, rule in enumerate(_registry_rules())}


def _unknown_rule(diagnostic: Diagnostic) -> dict[str, Any]:
    """The rule entry for a code missing from the registry (described by its first finding)."""
    return {
        "id": diagnostic.code,
        "name": diagnostic.name or diagnostic.code,
        "shortDescription": {"text": diagnostic.message},
        "defaultConfiguration": {"level": LEVEL_FOR_SEVERITY.get(diagnostic.severity, "note")},
    }


def file_results(
    result: FileResult, root: Path, rule_index: dict[str, int]
) -> list[dict[str, Any]]:
    """The SARIF results for one file (``rule_index`` must know every code in it)."""
    occurrences: Counter[tuple[str, str]] = Counter()
    location = artifact_location(result.path, root)
    entries: list[dict[str, Any]] = []
    for d in result.diagnostics:
        key = (d.code, " ".join(d.text.casefold().split()))
        occurrence = occurrences[key]
        occurrences[key] += 1
        entries.append(
            {
                "ruleId": d.code,
                "ruleIndex": rule_index[d.code],
                "level": LEVEL_FOR_SEVERITY.get(d.severity, "note"),
                "message": {"text": d.message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": dict(location),
                            "region": {
                                "startLine": d.line,
                                "startColumn": d.column,
                                "endLine": d.end_line,
                                "endColumn": d.end_column,
                                "snippet": {"text": d.text},
                            },
                        }
                    }
                ],
                "partialFingerprints": {FINGERPRINT_KEY: fingerprint(d.code, d.text, occurrence)},
            }
        )
    return entries


def sarif_log(
    *, version: str, root: Path, errors: Sequence[str], unknown: Sequence[Diagnostic],
    results: Any,
) -> dict[str, Any]:
    """The log around ``results``; ``unknown`` holds one diagnostic per code missing from the
    registry, in order of appearance (their rules follow the registry's)."""
    rules = _registry_rules() + [_unknown_rule(d) for d in unknown]
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "newscheck",
                        "version": version,
                        "semanticVersion": version,
                        "rules": rules,
                    }
                },
                "originalUriBaseIds": {"%SRCROOT%": {"uri": root.as_uri().rstrip("/") + "/"}},
                "columnKind": "unicodeCodePoints",
                "invocations": [_invocation(errors)],
                "results": results,
            }
        ],
    }


def build_sarif(
    results: Sequence[FileResult], *, version: str, root: Path | None = None,
    errors: Sequence[str] = (),
) -> dict[str, Any]:
    """The SARIF log (a dict) for ``results``; ``errors`` (inputs that could not be linted)
    become tool execution notifications and mark the invocation unsuccessful.
    """
    root = root or find_source_root()
    rule_index = known_rule_index()
    unknown: list[Diagnostic] = []
    sarif_results: list[dict[str, Any]] = []
    for result in results:
        for d in result.diagnostics:
            if d.code not in rule_index:
                rule_index[d.code] = len(rule_index)
                unknown.append(d)
        sarif_results.extend(file_results(result, root, rule_index))
    return sarif_log(
        version=version, root=root, errors=errors, unknown=unknown, results=sarif_results
    )


def _invocation(errors: Sequence[str]) -> dict[str, Any]:
    invocation: dict[str, Any] = {"executionSuccessful": not errors}
    if errors:
        invocation["toolExecutionNotifications"] = [
            {"level": "error", "message": {"text": message}} for message in errors
        ]
    return invocation


def render_sarif(
    results: Sequence[FileResult], *, version: str, root: Path | None = None,
    errors: Sequence[str] = (),
) -> str:
    """The log as compact JSON (SARIF is read by tools; indenting makes encoding ~4x slower),
    written by the same emitter that streams ``newscheck lint -f sarif``."""
    from io import StringIO

    from newscheck.render.lint_stream import SarifEmitter, render_with

    return render_with(SarifEmitter(StringIO(), version=version, root=root), results, errors)
