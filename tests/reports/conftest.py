"""Shared helpers for the statement tests."""

from __future__ import annotations

import pytest

QUARTER = "2026Q4"
DEMO_A = "UES-KZ-2025-014"  # Астана Цифрлық Банкі: four locations, fees, transfers, hours


def pdf_text(path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


@pytest.fixture
def demo_wo(demo_db):
    from app.services.statements import load_work_order

    return load_work_order(demo_db, DEMO_A)
