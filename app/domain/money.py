"""Decimal arithmetic for money, credits and hours. No float ever holds an amount."""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal, InvalidOperation

ZERO = Decimal("0")
ONE = Decimal("1")
CENT = Decimal("0.01")

#: Largest magnitude the planner accepts for any amount (money, credits, hours, quantity).
MAX_AMOUNT = Decimal("1000000000000")  # 10^12


class AmountError(ValueError):
    """A value that cannot be an amount; ``reason`` is a stable key the UI translates."""

    def __init__(self, reason: str, value: object = None):
        super().__init__(f"{reason}: {value!r}")
        self.reason = reason
        self.value = value


def to_decimal(value: object) -> Decimal:
    """Convert an int, Decimal or numeric string to a finite Decimal of sane size.

    Floats are refused on purpose: an amount must never have passed through one.
    """
    if isinstance(value, bool):
        raise AmountError("not_a_number", value)
    if isinstance(value, Decimal):
        d = value
    elif isinstance(value, int):
        d = Decimal(value)
    elif isinstance(value, str):
        try:
            d = Decimal(value.strip())
        except InvalidOperation:
            raise AmountError("not_a_number", value) from None
    else:
        raise AmountError("not_a_number", value)
    if not d.is_finite():
        raise AmountError("not_finite", value)
    if abs(d) > MAX_AMOUNT:
        raise AmountError("too_large", value)
    return d


def normalize(d: Decimal) -> Decimal:
    """Drop trailing zeros without switching to exponent notation (``12.50`` -> ``12.5``)."""
    if d == d.to_integral_value():
        return d.quantize(ONE)
    return d.normalize()


def to_text(d: Decimal) -> str:
    """Canonical text form used for storage: plain notation, no exponent."""
    return format(normalize(d), "f")


def credit_round(value: Decimal) -> Decimal:
    """R-CREDIT-ROUND: a service bought with credits costs its value rounded to the nearest
    whole credit; half rounds up (12.5 -> 13, 12.4 -> 12)."""
    return value.quantize(ONE, rounding=ROUND_HALF_UP)


def transfer_credits_arriving(
    credits: Decimal,
    value_from: Decimal,
    rate_from: Decimal,
    value_to: Decimal,
    rate_to: Decimal,
) -> Decimal:
    """R-XFER-ROUND: credits arriving at another location of the same work order.

    ceil(credits x value_from x rate_from / (value_to x rate_to)); rates are to USD.
    Example: 10 credits of 1,000 EUR moved where a credit is worth 1,500 EUR -> 6.67 -> 7.
    """
    if credits < 0:
        raise AmountError("negative", credits)
    for v in (value_from, rate_from, value_to, rate_to):
        if v <= 0:
            raise AmountError("not_positive", v)
    exact = credits * value_from * rate_from / (value_to * rate_to)
    return exact.quantize(ONE, rounding=ROUND_CEILING)


FLEX_CAP_USD = Decimal("50000")
FLEX_CAP_SHARE = Decimal("0.20")


def flex_credit_cap_usd(flex_usd: Decimal) -> Decimal:
    """R-FLEX-CAP: up to 20 % of the flex allowance or USD 50,000, whichever is greater,
    never more than the allowance itself: min(flex, max(20 % x flex, 50,000))."""
    return min(flex_usd, max(flex_usd * FLEX_CAP_SHARE, FLEX_CAP_USD))


def fee_at_risk(price: Decimal, fee_pct: Decimal) -> Decimal:
    """R-CANCEL-14: what a late cancellation or rescheduling may cost (up to 100 % of the price),
    to the cent; a fee taken from credits is then rounded with :func:`credit_round`."""
    return (price * fee_pct / Decimal(100)).quantize(CENT, rounding=ROUND_HALF_UP)
