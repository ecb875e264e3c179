"""The service catalog shipped in resources/: every service of the seed's 2.2 and 2.3."""

from app.domain.catalog import catalog
from app.domain.enums import Unit


def test_every_service_with_three_names_category_mark_and_unit():
    cat = catalog()
    assert len(cat.services) == 43
    for s in cat:
        assert s.names["kk"] and s.names["ru"] and s.names["en"]
        assert s.family in ("proactive", "reactive", "sdm", "enhanced")
        assert isinstance(s.unit, Unit)
        assert s.mark in ("✓", "+")
        assert cat.category_name(s.category, "kk") != s.category


def test_seed_words_and_marks():
    cat = catalog()
    assert cat["AEM"].names["kk"] == "Azure оқиғаларды басқару жүйесі" and not cat["AEM"].base
    assert cat["ODA"].names["kk"] == "Талап бойынша сараптау" and cat["ODA"].base
    assert sum(s.base for s in cat) == 12
    assert cat["PROACTIVE_CREDITS"].family == "proactive" and cat["PROACTIVE_CREDITS"].unit is Unit.CREDITS


def test_lookup_by_code_name_in_any_language_and_alias():
    cat = catalog()
    assert cat.lookup("aem").code == "AEM"
    assert cat.lookup("  Azure Event Management (AEM) ").code == "AEM"
    assert cat.lookup("АЗУРЕ") is None
    assert cat.lookup(cat["UER"].names["ru"].upper()).code == "UER"
    assert cat.lookup("Бірыңғай кеңейтілген жауап").code == "UER"
