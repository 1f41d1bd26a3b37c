"""Printing the final report and certificates: the one place that decides whether a result
may be printed as final, and the one caller of ``formats.pdf.report.write_report``.

The rule (the chain of trust): a final report only from a ``valid`` result of a pinned
panel (signed by a chair or the organizer). Anything else is refused, unless a draft is
asked for: then every page, certificates too, is marked "DRAFT — NOT VERIFIED". A result
that was altered (``tampered``, ``bad_signature``) is never printed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from zerodx_desktop.core.errors import UserError
from zerodx_desktop.core.result import Comment, PanelResult
from zerodx_desktop.services.results import RESULT_NEXT_STEP, ResultCheck, check_result

Progress = Callable[[int, int], None]
NEVER_PRINTED = ("tampered", "bad_signature")


@dataclass
class ReportOutcome:
    path: Path
    draft: bool
    check: ResultCheck
    certificates_path: Path | None = None
    certificate_count: int = 0
    letters: list[Path] = field(default_factory=list)


def refusal(check: ResultCheck, *, draft_option: str = "--draft") -> UserError:
    """The error for a result that cannot be printed as a final report."""
    step = RESULT_NEXT_STEP.get(check.status, "")
    if check.status in NEVER_PRINTED:
        return UserError(f"the result workbook is {check.status}: {check.reason}; nothing was "
                         "printed", where=str(check.path), hint=step)
    return UserError(
        f"no final report: the result workbook is {check.status} ({check.reason}); a final "
        "report is printed only from a result signed by a chair or the organizer of its panel",
        where=str(check.path),
        hint=(step + " " if step else "") + f"To print it anyway as a draft (every page "
        f"marked DRAFT — NOT VERIFIED), use {draft_option}.")


def certificates_path(report: Path) -> Path:
    """Where the certificates printed with ``report`` go: ``REPORT-certificates.pdf``."""
    return Path(report).with_name(Path(report).stem + "-certificates.pdf")


def print_report(home: Path, result_path: Path, out: Path, *, package: Path | None = None,
                 organizer: str | None = None, draft: bool = False,
                 draft_when_not_valid: bool = False, certificates: int = 0,
                 certificates_out: Path | None = None, include_comments: bool = False,
                 progress: Progress | None = None,
                 check: ResultCheck | None = None, feedback_dir: Path | None = None,
                 exclude_comments: Sequence[str | tuple[str, str, int]] = (),
                 rank_band: bool = False, lang: str = "en",
                 certificate_template: Path | None = None) -> ReportOutcome:
    """Print the report for the result workbook at ``result_path``.

    Final only when the result is ``valid`` (see ``services.results.check_result``) and no
    ``draft`` is asked; otherwise refused (UserError), unless ``draft`` or
    ``draft_when_not_valid`` (``merge --pdf``: an unsigned merge gets a draft). Certificates
    for the top ``certificates`` go to a file of their own: ``certificates_out`` when given,
    else :func:`certificates_path` beside the report (the CLI and the app alike). ``check``
    is a verdict already in hand for this file. ``feedback_dir``:
    one feedback letter per nominee there (``formats.pdf.letters``), without the
    ``exclude_comments`` (``NOMINEE_ID:CRITERION_ID:N``), with a rank band if asked.
    ``lang``: the language of every page (``en`` or ``zh_CN``). ``certificate_template``:
    the organizer's layout and wording (``formats.pdf.certificate_template``), checked first.
    """
    from zerodx_desktop.formats.pdf.i18n import check_language

    check_language(lang)
    template = None
    if certificate_template is not None:
        from zerodx_desktop.formats.pdf.certificate_template import load_certificate_template

        template = load_certificate_template(Path(certificate_template))
    from zerodx_desktop.formats.pdf.certificates import write_certificates
    from zerodx_desktop.formats.pdf.report import write_report
    from zerodx_desktop.formats.result_verify import read_result_workbook

    if check is None:
        check = check_result(home, Path(result_path), package=package, organizer=organizer)
    if check.status in NEVER_PRINTED or not (check.valid or draft or draft_when_not_valid):
        raise refusal(check)
    is_draft = draft or not check.valid
    result = read_result_workbook(Path(result_path))
    excluded: list[tuple[str, str, int]] = []
    if feedback_dir is not None:
        from zerodx_desktop.core.feedback import check_exclusions, parse_comment_key

        excluded = [parse_comment_key(k) if isinstance(k, str) else k
                    for k in exclude_comments]
        check_exclusions(result, excluded)  # before anything is written
        if Path(feedback_dir).exists() and not Path(feedback_dir).is_dir():
            raise UserError("the feedback folder is a file", where=str(feedback_dir),
                            hint="Give a folder for the letters (it is created when missing).")
    if certificates and not any(r.score is not None for r in result.ranking):
        raise UserError("no nominee has a score, so there is no winner to certify",
                        where=str(result_path))
    panel = framework = None
    if check.package is not None:
        panel, framework = check.package.panel, check.package.framework
    sha = result.content_sha256
    if certificates and certificates_out is None:
        certificates_out = certificates_path(Path(out))
    # certificates are a file of their own (never appended to the report)
    write_report(Path(out), result, include_comments=include_comments, result_sha256=sha,
                 progress=progress, framework=framework, panel=panel, draft=is_draft,
                 lang=lang, template=template)
    outcome = ReportOutcome(path=Path(out), draft=is_draft, check=check)
    if certificates and certificates_out is not None:
        write_certificates(Path(certificates_out), result, certificates, result_sha256=sha,
                           draft=is_draft, lang=lang, template=template)
        outcome.certificates_path = Path(certificates_out)
    if feedback_dir is not None:
        from zerodx_desktop.formats.pdf.letters import write_feedback_letters

        outcome.letters = write_feedback_letters(
            Path(feedback_dir), result, excluded=excluded, with_band=rank_band,
            result_sha256=sha, draft=is_draft, framework=framework, lang=lang)
    if certificates:
        from zerodx_desktop.formats.pdf.model import certificate_rows

        outcome.certificate_count = len(certificate_rows(result, certificates))
    return outcome


def print_feedback_letters(home: Path, result_path: Path, out_dir: Path, *,
                           package: Path | None = None, organizer: str | None = None,
                           draft: bool = False, check: ResultCheck | None = None,
                           exclude_comments: Sequence[str | tuple[str, str, int]] = (),
                           rank_band: bool = False, lang: str = "en") -> list[Path]:
    """The feedback letters alone (the app's button), under the report's rule: from a
    ``valid`` result, or marked as drafts when ``draft`` is asked."""
    from zerodx_desktop.core.feedback import check_exclusions, parse_comment_key
    from zerodx_desktop.formats.pdf.letters import write_feedback_letters
    from zerodx_desktop.formats.result_verify import read_result_workbook

    if check is None:
        check = check_result(home, Path(result_path), package=package, organizer=organizer)
    if check.status in NEVER_PRINTED or not (check.valid or draft):
        raise refusal(check)
    result = read_result_workbook(Path(result_path))
    excluded = [parse_comment_key(k) if isinstance(k, str) else k for k in exclude_comments]
    check_exclusions(result, excluded)
    framework = check.package.framework if check.package is not None else None
    return write_feedback_letters(Path(out_dir), result, excluded=excluded,
                                  with_band=rank_band, result_sha256=result.content_sha256,
                                  draft=draft or not check.valid, framework=framework,
                                  lang=lang)


def comment_keys(result: PanelResult) -> list[tuple[tuple[str, str, int], Comment]]:
    """Every comment of a result with the key the chair excludes it by
    (nominee id, criterion id, n-th comment on it from 1)."""
    from zerodx_desktop.core.feedback import comment_keys as keys

    return keys(result)


def check_certificate_template(path: Path) -> None:
    """Read and check a certificate template and its logo (UserError when wrong)."""
    from zerodx_desktop.formats.pdf.certificate_template import load_certificate_template

    load_certificate_template(Path(path))
