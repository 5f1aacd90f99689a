"""Parses the resource centre's Atom feeds with a real parser (feedparser): the feed of the
guides holds the demo's guide and nothing else, each entry with its link and its licence; the
feed of a search holds what the search finds, accents ignored.

usage: check_feed.py RESOURCES_URL
"""
import sys
import urllib.parse

import feedparser

RESOURCES = sys.argv[1]


def parsed(query):
    feed = feedparser.parse(RESOURCES + "/flux.atom?" + urllib.parse.urlencode(query))
    assert not feed.bozo, f"{query}: not well-formed Atom: {feed.bozo_exception}"
    assert feed.version == "atom10", feed.version
    return feed


guides = parsed({"type": "guide"})
titles = [entry.title for entry in guides.entries]
assert titles == ["Les nouvelles technologies au service de l'intercommunalité"], titles
for entry in guides.entries:
    assert entry.link.startswith(RESOURCES + "/publications/"), entry.link
    assert entry.rights == "Licence Ouverte / Etalab 2.0", entry.get("rights")
    assert entry.id.startswith("urn:uuid:"), entry.id
    assert any(tag.term == "guide" for tag in entry.tags), entry.tags
diagnostics = parsed({"q": "societe information"})
assert sum("Diagnostic" in entry.title for entry in diagnostics.entries) == 2, [entry.title for entry in diagnostics.entries]
print(f"guides: {len(guides.entries)} entry; 'societe information': {len(diagnostics.entries)} entries")

# The DCAT-AP catalogue is JSON-LD that an RDF reader loads: one dcat:Dataset per publication,
# each with its licence and its landing page.
import json  # noqa: E402
import urllib.request  # noqa: E402

import rdflib  # noqa: E402

with urllib.request.urlopen(RESOURCES + "/catalogue.jsonld", timeout=10) as response:
    document = response.read()
graph = rdflib.Graph().parse(data=document, format="json-ld")
DCAT, DCT = rdflib.Namespace("http://www.w3.org/ns/dcat#"), rdflib.Namespace("http://purl.org/dc/terms/")
datasets = set(graph.subjects(rdflib.RDF.type, DCAT.Dataset))
published = json.load(urllib.request.urlopen(RESOURCES + "/api/publications", timeout=10))["total"]
assert len(datasets) == published, (len(datasets), published)
for dataset in datasets:
    assert graph.value(dataset, DCT.license) is not None, dataset
    assert graph.value(dataset, DCAT.landingPage) is not None, dataset
print(f"DCAT-AP: {len(datasets)} datasets, each with its licence and landing page")
