"""Reports: the JSON model and its renderings (terminal text, self-contained HTML)."""

from newsaudit.report.model import SCHEMA_ID, Report

__all__ = ["SCHEMA_ID", "Report"]
