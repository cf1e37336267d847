"""Choose the articles of the held-out, second development and second held-out quotation sets (mechanically: political
names, at least three speech markers, 250-1,200 words, not in the figures set; ordered by the SHA-1 of the url)."""
import json, hashlib, re
fig = set(open("tests/fixtures/figures_gold/trends-2024-articles.txt").read().split())
seen, cands = set(), []
names = re.compile(r"\b(Nato|NATO|Bundeswehr|Trump|Scholz|Merz|Pistorius|Selenskyj|Putin|Rutte|Habeck|Lindner|Baerbock|Harris|Wagenknecht)\b")
speech = re.compile(r"\b(sagte|erklärte|betonte|forderte|zufolge|laut)\b")
for line in open("../shared/corpora/trends-de-2024/articles.jsonl"):
    a = json.loads(line)
    if a["url"] in seen: continue
    seen.add(a["url"])
    if a["url"] in fig: continue
    t = a["text"] or ""
    n = len(t.split())
    if not (250 <= n <= 1200): continue
    if not names.search(t) or len(speech.findall(t)) < 3: continue
    cands.append((hashlib.sha1(a["url"].encode()).hexdigest(), a["url"]))
cands.sort()
print(len(cands))
open("tests/fixtures/quotes_gold/trends-2024-heldout-articles.txt","w").write("\n".join(u for _, u in cands[:30]) + "\n")
open("tests/fixtures/quotes_gold/trends-2024-dev2-articles.txt","w").write("\n".join(u for _, u in cands[30:60]) + "\n")
# a second held-out set, chosen in a later session after the first was spent
open("tests/fixtures/quotes_gold/trends-2024-heldout2-articles.txt","w").write("\n".join(u for _, u in cands[60:90]) + "\n")
# a fourth development set (later session)
open("tests/fixtures/quotes_gold/trends-2024-dev4-articles.txt","w").write("\n".join(u for _, u in cands[90:120]) + "\n")
# a fifth development set: the dev4 list's articles 9-29, which dev4's annotation did not reach
open("tests/fixtures/quotes_gold/trends-2024-dev5-articles.txt","w").write("\n".join(u for _, u in cands[99:120]) + "\n")

# Session of 2026-12-03: the 128 candidates above are spent (cands[120:128] unread). A third held-out set and a sixth
# development set come from a wider net, chosen the same mechanical way: 200-2,000 words, any of a longer list of
# political names, at least three speech markers, no article of an earlier list; ordered by the SHA-1 of the url.
import glob


def earlier_lists(later: tuple[str, ...]) -> set[str]:
    """The urls of every article list except those of the sets in ``later`` (this net's and later nets')."""
    used = set()
    for path in glob.glob("tests/fixtures/quotes_gold/*-articles.txt"):
        if not any(f"-{name}-" in path for name in later):
            used |= set(open(path).read().split())
    return used


def net(used: set[str], keep) -> list[tuple[str, str]]:
    """(SHA-1, url) of the first record of every url not in ``used`` whose text ``keep`` accepts, sorted."""
    seen, out = set(), []
    for line in open("../shared/corpora/trends-de-2024/articles.jsonl"):
        a = json.loads(line)
        if a["url"] in seen: continue
        seen.add(a["url"])
        if a["url"] in used: continue
        if keep(a["text"] or ""):
            out.append((hashlib.sha1(a["url"].encode()).hexdigest(), a["url"]))
    return sorted(out)


WIDE_SETS = ("heldout3", "dev6", "heldout4", "dev7", "heldout5", "dev8", "dev9", "heldout6", "heldout7", "heldout8")  # lists of this and later nets are not "earlier lists"
names2 = re.compile(r"\b(Nato|NATO|Bundeswehr|Bundestag|Bundesregierung|Regierung|Minister\w*|Kanzler\w*|Präsident\w*"
                    r"|Trump|Biden|Harris|Scholz|Merz|Pistorius|Selenskyj|Putin|Rutte|Habeck|Lindner|Baerbock"
                    r"|Wagenknecht|Weidel|Söder|Macron|Netanjahu|Faeser|Lauterbach)\b")
wide = net(set(fig) | earlier_lists(WIDE_SETS) | {u for _, u in cands},
           lambda t: 200 <= len(t.split()) <= 2000 and bool(names2.search(t)) and len(speech.findall(t)) >= 3)
print(len(wide))
open("tests/fixtures/quotes_gold/trends-2024-heldout3-articles.txt","w").write("\n".join(u for _, u in wide[:30]) + "\n")
open("tests/fixtures/quotes_gold/trends-2024-dev6-articles.txt","w").write("\n".join(u for _, u in wide[30:60]) + "\n")
# a fourth held-out set (same session, after heldout3 was scored): the wider net's candidates 60-89
open("tests/fixtures/quotes_gold/trends-2024-heldout4-articles.txt","w").write("\n".join(u for _, u in wide[60:90]) + "\n")
# a seventh development set (session of 2026-12-03, second part): the wider net's candidates 90-119
open("tests/fixtures/quotes_gold/trends-2024-dev7-articles.txt","w").write("\n".join(u for _, u in wide[90:120]) + "\n")

# Session of 2026-12-07: the wider net is spent but for wide[120:131]. An eighth development set and a fifth held-out
# set come from a third net, chosen the same mechanical way but with no list of names: 150-4,000 words, at least three
# speech markers of a longer list, at least three opening quotation marks (direct recall is the target still missed), no
# article of any earlier list or net; ordered by the SHA-1 of the url. dev8 reads wide[120:131] first.
THIRD_SETS = ("heldout5", "dev8", "dev9", "heldout6", "heldout7", "heldout8")
speech3 = re.compile(r"\b(sagte|sagt|erklärte|betonte|forderte|zufolge|laut|teilte|so der|so die|kritisierte|warnte)\b")
third = net(set(fig) | earlier_lists(THIRD_SETS) | {u for _, u in cands} | {u for _, u in wide},
            lambda t: 150 <= len(t.split()) <= 4000 and len(speech3.findall(t)) >= 3
            and len(re.findall(r"[„»]", t)) + len(re.findall(r'"', t)) // 2 >= 3)
print(len(third))
open("tests/fixtures/quotes_gold/trends-2024-heldout5-articles.txt","w").write("\n".join(u for _, u in third[:30]) + "\n")
open("tests/fixtures/quotes_gold/trends-2024-dev8-articles.txt","w").write(
    "\n".join([u for _, u in wide[120:131]] + [u for _, u in third[30:60]]) + "\n")
# later in the same session: a ninth development set and a sixth held-out set from the third net (candidates 60-89 and 90-119;
# dev8's reading stopped inside the second net's candidates, so third[30:60] stays unread)
open("tests/fixtures/quotes_gold/trends-2024-dev9-articles.txt","w").write("\n".join(u for _, u in third[60:90]) + "\n")
open("tests/fixtures/quotes_gold/trends-2024-heldout6-articles.txt","w").write("\n".join(u for _, u in third[90:120]) + "\n")
# Session of 2026-12-07 (second part): a seventh and an eighth held-out set from the third net (candidates 120-149 and
# 150-179), chosen before any rule of this session was written
open("tests/fixtures/quotes_gold/trends-2024-heldout7-articles.txt","w").write("\n".join(u for _, u in third[120:150]) + "\n")
open("tests/fixtures/quotes_gold/trends-2024-heldout8-articles.txt","w").write("\n".join(u for _, u in third[150:180]) + "\n")
