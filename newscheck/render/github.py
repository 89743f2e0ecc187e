"""The ``github`` lint format: GitHub Actions workflow commands (annotations).

Escaping follows the runner's rules: in the message ``%`` -> ``%25``, ``\\r`` -> ``%0D``,
``\\n`` -> ``%0A``; in properties additionally ``:`` -> ``%3A`` and ``,`` -> ``%2C``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from newscheck.lint import Diagnostic, FileResult
from newscheck.render import safe_text

COMMAND_FOR_SEVERITY = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    """Escape a message; other control characters and terminal escape sequences are dropped."""
    return safe_text(value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def workspace_path(path: str, workspace: str | None) -> str:
    """``path`` relative to the workspace (the repository root on GitHub), forward slashes.

    Paths outside the workspace, stdin and no workspace at all leave ``path`` as it is.
    """
    if not workspace or path == "-":
        return path
    relative = os.path.relpath(os.path.abspath(path), os.path.abspath(workspace))
    if relative.startswith(".."):
        return path
    return relative.replace(os.sep, "/")


def annotation(diagnostic: Diagnostic, workspace: str | None = None) -> str:
    """One ``::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`` line
    (no ``file=`` for standard input without ``--stdin-filename``)."""
    title = f"{diagnostic.code} {diagnostic.name}".strip()
    # unnamed stdin is no file of the repository: GitHub would attach 'file=-' to nothing
    file = () if diagnostic.path == "-" else (("file", workspace_path(diagnostic.path, workspace)),)
    properties = ",".join(
        f"{key}={escape_property(str(value))}"
        for key, value in (
            *file,
            ("line", diagnostic.line),
            ("col", diagnostic.column),
            ("endLine", diagnostic.end_line),
            ("endColumn", diagnostic.end_column),
            ("title", title),
        )
    )
    command = COMMAND_FOR_SEVERITY.get(diagnostic.severity, "notice")
    return f"::{command} {properties}::{escape_data(diagnostic.message)}"


def render_github(
    results: Sequence[FileResult], *, workspace: str | None = None, errors: Sequence[str] = ()
) -> str:
    """Annotations for every diagnostic, and an error for every file below its minimum score.

    ``workspace`` (the CLI passes ``$GITHUB_WORKSPACE``) makes ``file=`` repository-relative,
    as GitHub needs to attach annotations to the diff, wherever lint was started from.
    Each input that could not be read (``errors``, one line each) is an ``::error`` too, so a
    run that exits 2 says why on the pull request, not only in the log.
    """
    from io import StringIO

    from newscheck.render.lint_stream import GithubEmitter, render_with

    return render_with(GithubEmitter(StringIO(), workspace=workspace), results, errors)


def closing_errors(
    below_minimum: Sequence[FileResult], workspace: str | None, errors: Sequence[str]
) -> str:
    """The ``::error`` lines after the annotations: each file below its minimum score, then
    each input that could not be linted."""
    lines: list[str] = []
    for result in below_minimum:
        message = (
            f"overall credibility score {result.score:g} is below the minimum "
            f"{result.min_score:g}"
        )
        where = "" if result.path == "-" else (
            f"file={escape_property(workspace_path(result.path, workspace))},"
        )
        lines.append(
            f"::error {where}title={escape_property('newscheck min-score')}::"
            f"{escape_data(message)}"
        )
    title = escape_property("newscheck input error")
    lines += [f"::error title={title}::{escape_data(error)}" for error in errors]
    return "".join(line + "\n" for line in lines)
