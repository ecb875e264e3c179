"""Column types that keep amounts exact on any SQLAlchemy database."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Numeric, String
from sqlalchemy.types import TypeDecorator, TypeEngine

from app.domain.money import to_decimal, to_text


class DecimalText(TypeDecorator):
    """A Decimal stored exactly: as canonical text on SQLite (which would store NUMERIC as a
    float and lose digits), as NUMERIC (arbitrary precision, no scale imposed) on PostgreSQL."""

    impl = String(40)
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "postgresql":
            return dialect.type_descriptor(Numeric(asdecimal=True))
        return dialect.type_descriptor(String(40))

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if dialect.name == "postgresql":
            return Decimal(to_text(to_decimal(value)))
        return to_text(to_decimal(value))

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, Decimal):  # NUMERIC keeps trailing zeros of what was written
            return Decimal(to_text(value))
        return Decimal(value)


def amount_ddl(length: int | None = 40) -> TypeEngine:
    """The column type of an amount in the migrations: text on SQLite (as written since revision
    0001), NUMERIC on PostgreSQL."""
    return String(length).with_variant(Numeric(asdecimal=True), "postgresql")
