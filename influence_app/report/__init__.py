"""The synthesis PDF, laid out with ReportLab from plain data."""
