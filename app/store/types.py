"""Column types that keep amounts exact on any SQLAlchemy database."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import String
from sqlalchemy.types import TypeDecorator

from app.domain.money import to_decimal, to_text


class DecimalText(TypeDecorator):
    """A Decimal stored as canonical text: SQLite would store NUMERIC as a float and lose digits."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return to_text(to_decimal(value))

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return Decimal(value)
