"""The closed vocabularies of the contract model."""

from __future__ import annotations

from enum import StrEnum


class Unit(StrEnum):
    CREDITS = "credits"
    HOURS = "hours"
    DAYS = "days"
    EVENTS = "events"
    SEATS = "seats"
    DELIVERIES = "deliveries"
    SESSIONS = "sessions"
    EACH = "each"


class Role(StrEnum):
    HOST = "host"
    DOWNSTREAM = "downstream"


class Funding(StrEnum):
    BASE = "base"
    ADDITIONAL = "additional"
    FLEX = "flex"
    CREDITS = "credits"
    SAB = "SAB"


class Mode(StrEnum):
    REMOTE = "remote"
    ONSITE = "onsite"


class Status(StrEnum):
    PLANNED = "planned"
    REQUESTED = "requested"
    SCHEDULED = "scheduled"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"


class LedgerKind(StrEnum):
    GRANT = "grant"
    DRAW = "draw"
    TRANSFER_OUT = "transfer out"
    TRANSFER_IN = "transfer in"
    FEE = "fee"
    EXPIRY = "expiry"
    ADJUSTMENT = "adjustment"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]


#: Ledger kinds that take from a balance: their amounts are stored positive and subtracted.
OUTFLOWS = frozenset({LedgerKind.DRAW, LedgerKind.TRANSFER_OUT, LedgerKind.FEE, LedgerKind.EXPIRY})

#: Delivery statuses that still count as planned work (not delivered, not cancelled).
OPEN_STATUSES = frozenset({Status.PLANNED, Status.REQUESTED, Status.SCHEDULED})
#: Statuses by which a request has gone in to Microsoft.
REQUESTED_STATUSES = frozenset({Status.REQUESTED, Status.SCHEDULED, Status.DELIVERED})
