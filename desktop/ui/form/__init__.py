"""The report form: every field of the model as Japanese-labelled widgets, with undo."""

from desktop.ui.form.report_form import ReportForm

__all__ = ["ReportForm"]
