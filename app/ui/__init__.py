"""The desktop window: PySide6 only. No SQL here and no contract rule: widgets call services."""
