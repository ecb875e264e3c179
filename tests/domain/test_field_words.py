"""Every field of a service line or delivery has its words for the refusal of a stale edit
(app.messages.concurrency, "stale.field.<name>"): CONTRIBUTING's "A new field on a record", step 6.
Without them the message would name the field by its attribute (``travel_prepaid``)."""

from __future__ import annotations

import pytest

from app.domain.fields import DELIVERY_FIELDS, LINE_FIELDS
from app.messages import LANGS, t


@pytest.mark.parametrize("field", [f.name for f in (*LINE_FIELDS, *DELIVERY_FIELDS) if f.name != "ref"])
def test_each_field_has_its_words_in_every_language(field):
    for lang in LANGS:
        text = t(f"stale.field.{field}", lang)
        assert text and text != f"stale.field.{field}" and "_" not in text, (field, lang, text)
