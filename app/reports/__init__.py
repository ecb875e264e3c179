"""Quarterly review statements: the data object and its PDF, Excel and iCalendar renderers."""
