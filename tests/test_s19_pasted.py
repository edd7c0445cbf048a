"""Pasted pages (#18): interface lines in other languages and bare web addresses are furniture, not headlines."""

from __future__ import annotations

import pytest

from newsmeta.headlines import _DATEISH, _is_furniture, _title_like, find_headline

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


BODY_ES = (
    "Una batería de medidas de corto y largo plazo presentó ayer la ministra ante el Senado, "
    "que incluye más policías en las calles y nuevas cámaras en los barrios del norte de la ciudad."
)

# (id, page text, headline): the story's age ("hace 13 horas") and its reading time stand in the
# article's header, between the headline and the body, as a printed date does
HEADER_TIMES = [
    (
        "es-hace-horas",
        "La Tercera\nNacional\nPolítica\nMundo\nNegocios\nDeportes\nCultura\nOpinión\nGobierno\n"
        "La agenda con que el ministerio busca contener la crisis de seguridad\n"
        "Ana Pérez y José Soto\nHace 13 horas\nTiempo de lectura: 8 minutos\n"
        f"La ministra y el subsecretario en el Congreso\n{BODY_ES}\n{BODY_ES}\n",
        "La agenda con que el ministerio busca contener la crisis de seguridad",
    ),
]


@pytest.mark.parametrize(("text", "headline"), [c[1:] for c in HEADER_TIMES], ids=[c[0] for c in HEADER_TIMES])
def test_relative_time_and_reading_time_are_header_lines(text: str, headline: str) -> None:
    h, _ = find_headline(text)
    assert h is not None
    assert h.text == headline


# (id, line, reads as a date line)
TIME_LINES = [
    ("en-ago", "3 hours ago", True),
    ("de-vor", "vor 2 Stunden", True),
    ("es-hace", "Hace 13 horas", True),
    ("fr-il-y-a", "il y a 5 min", True),
    ("pt-ha", "há 2 dias", True),
    ("it-fa", "2 ore fa", True),
    ("nl-geleden", "3 uur geleden", True),
    ("de-lesezeit", "5 Minuten Lesezeit", True),
    ("en-min-read", "4 min read", True),
    ("es-lectura", "Tiempo de lectura: 8 minutos", True),
    ("de-years-ago", "Vor 100 Jahren starb Kafka in Kierling", False),
]


@pytest.mark.parametrize(("line", "dated"), [c[1:] for c in TIME_LINES], ids=[c[0] for c in TIME_LINES])
def test_relative_time_reads_as_date(line: str, dated: bool) -> None:
    assert bool(_DATEISH.search(line)) is dated
