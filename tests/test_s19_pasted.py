"""Pasted pages (#18): interface lines in other languages and bare web addresses are furniture, not headlines."""

from __future__ import annotations

import pytest

from newsmeta.headlines import _is_furniture, _title_like

# (id, line, is furniture)
INTERFACE = [
    ("fr-subscribe", "S'abonner", True),
    ("fr-subscribe-curly", "S’abonner à la newsletter", True),
    ("fr-read-also", "Lire aussi : Le gouvernement présente son budget pour l'année prochaine", True),
    ("fr-login", "Se connecter", True),
    ("es-subscribe", "Suscríbete", True),
    ("es-read-also", "Lee también: El Gobierno aprueba los presupuestos generales del Estado", True),
    ("es-login", "Iniciar sesión", True),
    ("it-share", "Condividi", True),
    ("it-read-also", "Leggi anche: Il governo approva la manovra economica per il prossimo anno", True),
    ("it-subscribe", "Iscriviti alla newsletter", True),
    ("pt-subscribe", "Assine", True),
    ("pt-share", "Compartilhe", True),
    ("pt-read-also", "Leia também: Governo anuncia novo pacote de medidas para a economia", True),
    ("nl-share", "Delen", True),
    ("nl-read-also", "Lees ook: Kabinet presenteert plannen voor nieuwe woningen in het noorden", True),
    ("nl-login", "Inloggen", True),
    ("en-read-more-long", "Read more: Council votes to close the old bridge for two years of repairs", True),
    # menu words that are ordinary words too stay headlines past three words
    ("es-cerca-headline", "Cerca de 100 heridos en Texas", False),
    ("nl-deel-headline", "Deel van de brug ingestort na storm", False),
    ("en-related-company", "Related Companies buys stake in Hudson Yards tower", False),
]


@pytest.mark.parametrize(("line", "furniture"), [c[1:] for c in INTERFACE], ids=[c[0] for c in INTERFACE])
def test_interface_lines_in_other_languages(line: str, furniture: bool) -> None:
    assert _is_furniture(line) is furniture
    assert _title_like(line) is not furniture


# (id, line, is a bare web address)
ADDRESSES = [
    ("www", "www.example.com", True),
    ("host-co-uk", "example.co.uk", True),
    ("host-capital", "Whiskytasting.com", True),
    ("host-slash", "lemonde.fr/", True),
    ("https-path", "https://example.com/news/2024/03/storm", True),
    ("host-upper", "FASSETTE.NET", True),
    # not web addresses: a framework, an abbreviation, a version, a headline naming a site
    ("nodejs", "Node.js", False),
    ("us", "U.S.", False),
    ("version", "Version 2.0", False),
    ("names-site", "Amazon.com to cut 9,000 more jobs", False),
]


@pytest.mark.parametrize(("line", "address"), [c[1:] for c in ADDRESSES], ids=[c[0] for c in ADDRESSES])
def test_bare_web_address_is_furniture(line: str, address: bool) -> None:
    assert _is_furniture(line) is address
