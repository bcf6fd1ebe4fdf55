"""Where a run's reports go: the table writer (`ogi.tidy`) and, beside it, the cross-year checks
(`ogi.checks.corpus`), which need the whole corpus.

Each report goes to both as it arrives; at `close` the cross-year checks run and the writer
appends them to the checks table, then publishes every table. The writer itself formats and
writes; it runs no check.
"""
from __future__ import annotations

from pathlib import Path

from .checks.corpus import CorpusInputs, ReportKey, inputs_of
from .model import ParsedReport
from .tidy import Rendered, TableWriter, render


class RunOutputs:
    """`write` each rendered report in input order, then `close` (publish) or `abort`."""

    def __init__(self, out_dir: Path, **writer_options):
        self.writer = TableWriter(out_dir, **writer_options)
        try:
            # scratch beside the writer's: an aborted or killed run leaves neither behind
            self.cross_year = CorpusInputs(self.writer.staging / "corpus-inputs.sqlite")
        except BaseException:
            self.writer.abort()
            raise

    def write(self, report: ParsedReport | Rendered) -> None:
        if isinstance(report, ParsedReport):   # as pipeline.parse_rendered renders it
            report = render(report, corpus=inputs_of(report.metadata, report.facts))
        self.writer.write(report)
        if report.corpus is not None:
            agency, year, facts = report.corpus
            self.cross_year.add(ReportKey(report.report_id, report.source_file, agency, year),
                                facts)

    def close(self) -> None:
        """Append the cross-year checks to the checks table and publish every table."""
        try:
            self.writer.write_corpus_checks(self.cross_year.checks())
            self.cross_year.close()
            self.writer.close()
        finally:
            self.abort()

    def abort(self) -> None:
        """Publish nothing; remove the scratch files (safe after `close`)."""
        self.cross_year.close()
        self.writer.abort()
