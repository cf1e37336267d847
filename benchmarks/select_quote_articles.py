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
