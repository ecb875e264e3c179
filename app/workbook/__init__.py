"""The work order workbook: its format, a tolerant reader, validation and the writer."""
