"""Built-in gazetteer of countries and world cities (bot/data/places.yml), alias resolution, currencies."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from bot.language import currency
from bot.language.text import key
from bot.language.words import common_short_words

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "places.yml"


KIND_ORDER = ("city", "country", "region")


@dataclass(frozen=True)
class Place:
    """A gazetteer entry (city or country)."""

    name: str
    kind: str  # "city" | "region" (a US state, province, UK nation) | "country"
    country: str | None
    country_code: str | None
    aliases: tuple[str, ...]
    currency: str | None = None
    symbol: str | None = None
    state: str | None = None


@dataclass(frozen=True)
class Gazetteer:
    """Places by alias key, plus currency tables."""

    places: tuple[Place, ...]
    by_key: dict[str, tuple[Place, ...]]
    countries: dict[str, Place]  # ISO code -> country
    us_states: dict[str, str]  # key(code or name) -> state code
    symbols: dict[str, str]  # currency symbol -> ISO code
    codes: frozenset[str]

    def lookup(self, text: str) -> Place | None:
        """Exact alias match (cities win over countries, countries over regions of the same name)."""
        hits = self.by_key.get(key(text))
        if not hits:
            return None
        return sorted(hits, key=lambda p: KIND_ORDER.index(p.kind))[0]

    def sole_country(self, currency_code: str, symbol: str) -> Place | None:
        """The one country a figure written this way belongs to: "£" (GBP) and "₹" (INR) name one country;
        "$" and "€" are written in many, and name none unless the code or a prefixed symbol is explicit
        ("USD 90,000", "A$90,000")."""
        shared = [c for c in self.countries.values() if c.symbol == symbol]
        explicit = symbol.upper() == currency_code or not shared  # "USD 90,000", "A$90,000"
        found = [c for c in self.countries.values()
                 if c.currency == currency_code and (explicit or c.symbol == symbol)]
        shared = [] if explicit else shared
        return found[0] if len(found) == 1 and len(shared) <= 1 else None

    def in_region(self, city: str, region: str) -> bool:
        """True when a US city of the gazetteer lies in a state ("Austin", "Texas")."""
        place, state = self.lookup(city), self.us_states.get(key(region))
        return bool(place and state and place.kind == "city" and place.state == state)

    def country_by_code(self, code: str | None) -> Place | None:
        """The country with this ISO code."""
        return self.countries.get(code or "")


def _add(by_key: dict[str, list[Place]], alias: str, place: Place) -> None:
    k = key(alias)
    if k and place not in by_key.setdefault(k, []):
        by_key[k].append(place)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """Load and index bot/data/places.yml once."""
    data = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    countries: dict[str, Place] = {}
    places: list[Place] = []
    by_key: dict[str, list[Place]] = {}
    for code, entry in data["countries"].items():
        country = Place(
            name=entry["name"],
            kind="country",
            country=entry["name"],
            country_code=code,
            aliases=tuple(entry.get("aliases") or ()),
            currency=entry["currency"],
            symbol=entry["symbol"],
        )
        countries[code] = country
        places.append(country)
    states = {str(k): str(v) for k, v in data["us_states"].items()}
    regions = {"US": list(states.values()), **(data.get("regions") or {})}
    for code, names in regions.items():
        country = countries[code]
        places.extend(Place(name=str(n), kind="region", country=country.name, country_code=code, aliases=(),
                            currency=country.currency, symbol=country.symbol) for n in names)
    for entry in data["cities"]:
        country = countries[entry["country"]]
        aliases = list(entry.get("aliases") or ())
        state = entry.get("state")
        if state:
            aliases += [f"{entry['name']}, {state}", f"{entry['name']}, {states[state]}"]
        city = Place(
            name=entry["name"],
            kind="city",
            country=country.name,
            country_code=country.country_code,
            aliases=tuple(aliases),
            currency=country.currency,
            symbol=country.symbol,
            state=state,
        )
        places.append(city)
    for place in places:
        _add(by_key, place.name, place)
        for alias in place.aliases:
            _add(by_key, alias, place)
    us_states: dict[str, str] = {}
    for code, name in states.items():
        us_states[key(code)] = code
        us_states[key(name)] = code
    return Gazetteer(
        places=tuple(places),
        by_key={k: tuple(v) for k, v in by_key.items()},
        countries=countries,
        us_states=us_states,
        symbols=currency.symbols(),
        codes=currency.codes(),
    )


_LEAD_RE = re.compile(r"^(?:in|at|from|for|near|around)\s+(?:the\s+)?", re.I)


def strip_state(text: str) -> str | None:
    """ "Seattle, WA" / "Austin Texas" -> "Seattle" / "Austin"; None when there is no US-state suffix."""
    gaz = gazetteer()
    parts = key(text).split()
    for n in (3, 2, 1):
        if len(parts) > n and " ".join(parts[-n:]) in gaz.us_states:
            return " ".join(parts[:-n])
    return None


def resolve(text: str, extra: dict[str, Place] | None = None) -> Place | None:
    """Resolve a mention: exact alias, then a US-state suffix, then the longest alias inside the text."""
    gaz = gazetteer()
    extra = extra or {}
    candidates = [text.strip(), _LEAD_RE.sub("", text.strip())]
    for cand in candidates:
        hit = gaz.lookup(cand) or extra.get(key(cand))
        if hit:
            return hit
        base = strip_state(cand)
        if base:
            hit = gaz.lookup(base) or extra.get(key(base))
            if hit and (hit.kind != "city" or hit.country_code == "US"):
                return hit
    return scan(text, extra) or fuzzy(text)


def fuzzy(text: str, cutoff: float = 0.85) -> Place | None:
    """A close spelling of a place name for a short mention ("Bengalaru", "Londn"); None if unsure."""
    k = _LEAD_RE.sub("", key(text))
    if not 5 <= len(k) <= 40 or len(k.split()) > 3:
        return None
    gaz = gazetteer()
    names = [n for n in gaz.by_key if len(n) >= 5 and n[0] == k[0]]
    match = difflib.get_close_matches(k, names, n=2, cutoff=cutoff)
    if not match:
        return None
    hits = {p.name for m in match for p in gaz.by_key[m]}
    return gaz.lookup(match[0]) if len(hits) == 1 else None


def scan(text: str, extra: dict[str, Place] | None = None) -> Place | None:
    """Longest alias occurring in a longer text; aliases that are everyday words ("us") only in capitals."""
    raw = _WORD.findall(text)
    for n in range(min(6, len(raw)), 0, -1):
        for i in range(len(raw) - n + 1):
            hit = _ngram_place(raw[i : i + n], extra or {})
            if hit:
                return hit
    return None


_WORD = re.compile(r"[\w.'\-]+")
_word_key = lru_cache(maxsize=65536)(key)  # one word's lookup key; words repeat across pages


def _ngram_place(words: list[str], extra: dict[str, Place]) -> Place | None:
    """The place these words name as an alias; one that is an everyday word ("us") only in capitals."""
    k = " ".join(t for t in map(_word_key, words) if t)
    shouted = "".join(words).replace(".", "").isupper()
    if not k or (k.replace(" ", "") in common_short_words() and not shouted):
        return None
    return gazetteer().lookup(k) or extra.get(k)


_CODE_NEAR_FIGURE = re.compile(r"(?<=\d)[^\n\d]{0,20}?\b(?P<code>[A-Z]{3})\b|\b(?P<code2>[A-Z]{3})\s?\$?\d")


def home_country(text: str) -> Place | None:
    """The country a page is about, for figures it gives without a place ("$29.84 per hour" on a page
    about a job in Ontario is in Canadian dollars): the country its place names and currency codes point
    to, when they clearly agree (two mentions or more, twice as many as any other country's)."""
    gaz = gazetteer()
    votes: dict[str, int] = {}
    raw = _WORD.findall(text)
    for m in _CODE_NEAR_FIGURE.finditer(text):  # "CAD", "NZD" beside a figure: a code one country uses
        code = m.group("code") or m.group("code2")
        owners = [c for c in gaz.countries.values() if code in gaz.codes and c.currency == code]
        if len(owners) == 1 and owners[0].country_code:
            votes[owners[0].country_code] = votes.get(owners[0].country_code, 0) + 2
    i = 0
    while i < len(raw):
        step = 1
        for n in range(min(4, len(raw) - i), 0, -1) if raw[i][:1].isupper() else ():
            hit = _ngram_place(raw[i : i + n], {})
            if hit and hit.country_code:
                votes[hit.country_code] = votes.get(hit.country_code, 0) + 1
                step = n
                break
        i += step
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return gaz.countries.get(ranked[0][0])


def currency_for(symbol: str, country_code: str | None = None) -> tuple[str, str]:
    """(ISO code, symbol) for a symbol as written; the place's own currency wins when the symbol fits it."""
    gaz = gazetteer()
    sym = symbol.strip()
    upper = sym.upper()
    if upper in gaz.codes:
        code = "CNY" if upper == "RMB" else upper
        country = next((c for c in gaz.countries.values() if c.currency == code), None)
        return code, (country.symbol if country and country.symbol else sym)
    country = gaz.country_by_code(country_code)
    yen = sym in ("¥", "￥", "元")
    fits = country is not None and (sym == country.symbol or (yen and country.currency in ("CNY", "JPY")))
    if country and country.currency and fits:
        return country.currency, sym
    return gaz.symbols.get(sym, "USD" if "$" in sym else sym), sym
