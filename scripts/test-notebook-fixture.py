#!/usr/bin/env python3
"""Write a small synthetic `scripts/analyze` output folder, to develop and test the notebook
without Spark or the job.

Usage: scripts/test-notebook-fixture.py OUTPUT_DIR [--empty]

The folder gets the layout the job writes: quotes/ and stances/ (Parquet, zstd, hive-partitioned by
published_date=YYYY-MM-DD or published_date=unknown), articles/ (Parquet) and _run.json.
The default fixture has a few quotes of three kinds, a quote whose speaker is null, a quote from an
article with no publication date, and a rejected article. With --empty there are articles (one ok
with no quotes, one rejected) but no quote and no stance at all.

Needs pyarrow (the .venv of scripts/setup has it).
"""
import datetime as dt
import json
import shutil
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

STANCE_TYPE = pa.list_(pa.struct([
    ("target", pa.string()),
    ("label", pa.string()),
    ("score", pa.float64()),
    ("confidence", pa.float64()),
    ("evidence", pa.string()),
]))

QUOTES_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("quote_id", pa.string()), ("kind", pa.string()),
    ("text", pa.string()), ("char_start", pa.int32()), ("char_end", pa.int32()),
    ("speaker", pa.string()), ("speaker_mention", pa.string()),
    ("speaker_char_start", pa.int32()), ("speaker_char_end", pa.int32()), ("cue", pa.string()),
    ("sentiment_label", pa.string()), ("sentiment_score", pa.float64()),
    ("stance", STANCE_TYPE), ("source", pa.string()), ("published", pa.date32()),
    ("title", pa.string()), ("published_date", pa.string()),
])

STANCES_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("quote_id", pa.string()), ("speaker", pa.string()),
    ("kind", pa.string()), ("target", pa.string()), ("label", pa.string()),
    ("score", pa.float64()), ("confidence", pa.float64()), ("evidence", pa.string()),
    ("source", pa.string()), ("published", pa.date32()), ("published_date", pa.string()),
])

ARTICLES_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("source", pa.string()), ("title", pa.string()),
    ("published", pa.date32()), ("url", pa.string()), ("status", pa.string()),
    ("reason", pa.string()), ("n_quotes", pa.int32()), ("n_chars", pa.int32()),
    ("n_tokens", pa.int32()), ("input", pa.string()),
])

D1 = dt.date(2025, 2, 17)
D2 = dt.date(2025, 2, 18)

ARTICLES = [
    dict(article_id="a1", source="Wire A", title="Talks open in Riyadh", published=D1,
         url="https://example.org/a1", status="ok", reason=None, n_quotes=4, n_chars=2400,
         n_tokens=430, input="seeds/a1.txt"),
    dict(article_id="a2", source="Daily B", title="Ceasefire hopes fade", published=D2,
         url="https://example.org/a2", status="ok", reason=None, n_quotes=2, n_chars=1800,
         n_tokens=320, input="seeds/a2.txt"),
    dict(article_id="a3", source="Blog C", title="Undated commentary", published=None,
         url=None, status="ok", reason=None, n_quotes=1, n_chars=900, n_tokens=160,
         input="seeds/a3.txt"),
    dict(article_id="a4", source="Spam D", title="", published=None, url=None,
         status="rejected", reason="too short (12 chars)", n_quotes=0, n_chars=12, n_tokens=3,
         input="seeds/a4.txt"),
]


def st(target, label, score, conf, evidence):
    return dict(target=target, label=label, score=score, confidence=conf, evidence=evidence)


QUOTES = [
    ("a1", "a1-q1", "direct", "We are ready to end this war.", "Volodymyr Zelensky", "Zelensky",
     "said", "positive", 0.62, [st("ceasefire", "favor", 0.8, 0.9, "ready to end this war")]),
    ("a1", "a1-q2", "indirect", "the talks were a waste of time", "Volodymyr Zelensky", "he",
     "said", "negative", -0.55, [st("Riyadh talks", "against", -0.7, 0.75, "a waste of time"),
                                 st("ceasefire", "neutral", 0.0, 0.4, "")]),
    ("a1", "a1-q3", "direct", "The meeting was constructive.", "Marco Rubio", "Rubio",
     "told reporters", "positive", 0.71, [st("Riyadh talks", "favor", 0.85, 0.88, "constructive")]),
    ("a1", "a1-q4", "partial", "\"no decisions about us without us\"", None, "officials",
     "insisted", "neutral", 0.05, []),
    ("a2", "a2-q1", "direct", "A ceasefire now would only freeze the conflict.", "Sergei Lavrov",
     "Lavrov", "said", "negative", -0.35, [st("ceasefire", "against", -0.6, 0.7, "only freeze")]),
    ("a2", "a2-q2", "indirect", "sanctions must stay in place", "Marco Rubio", "the secretary",
     "added", "neutral", -0.1, [st("sanctions", "favor", 0.5, 0.6, "must stay in place")]),
    ("a3", "a3-q1", "direct", "Nobody trusts these talks.", "Sergei Lavrov", "Lavrov", "wrote",
     "negative", -0.8, [st("Riyadh talks", "against", -0.9, 0.8, "Nobody trusts")]),
]


def partition(d):
    return d.isoformat() if d else "unknown"


def write_partitioned(table, path):
    ds.write_dataset(table, path, format="parquet", partitioning=["published_date"],
                     partitioning_flavor="hive",
                     file_options=ds.ParquetFileFormat().make_write_options(compression="zstd"),
                     existing_data_behavior="overwrite_or_ignore")


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    empty = "--empty" in argv
    if len(args) != 1:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    out = Path(args[0])
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)

    arts = {a["article_id"]: a for a in ARTICLES}
    quotes = [] if empty else QUOTES
    qrows, srows = [], []
    for (aid, qid, kind, text, speaker, mention, cue, slabel, sscore, stance) in quotes:
        art = arts[aid]
        base = 100 + 40 * len(qrows)
        qrows.append(dict(
            article_id=aid, quote_id=qid, kind=kind, text=text, char_start=base,
            char_end=base + len(text), speaker=speaker, speaker_mention=mention,
            speaker_char_start=base - 20, speaker_char_end=base - 20 + len(mention), cue=cue,
            sentiment_label=slabel, sentiment_score=sscore, stance=stance, source=art["source"],
            published=art["published"], title=art["title"],
            published_date=partition(art["published"])))
        for s in stance:
            srows.append(dict(article_id=aid, quote_id=qid, speaker=speaker, kind=kind, **s,
                              source=art["source"], published=art["published"],
                              published_date=partition(art["published"])))

    articles = [dict(a) for a in ARTICLES]
    if empty:
        articles = [dict(articles[0], n_quotes=0), articles[3]]

    (out / "quotes").mkdir()
    (out / "stances").mkdir()
    if qrows:
        write_partitioned(pa.Table.from_pylist(qrows, schema=QUOTES_SCHEMA), out / "quotes")
    if srows:
        write_partitioned(pa.Table.from_pylist(srows, schema=STANCES_SCHEMA), out / "stances")
    (out / "articles").mkdir()
    pq.write_table(pa.Table.from_pylist(articles, schema=ARTICLES_SCHEMA),
                   out / "articles" / "part-00000.zstd.parquet", compression="zstd")
    for sub in ("quotes", "stances", "articles"):
        (out / sub / "_SUCCESS").touch()  # as Spark leaves it

    run = {
        "job": "AnalyzeJob (synthetic fixture)",
        "inputs": [a["input"] for a in articles],
        "output": str(out.resolve()),
        "counts": {"articles": len(articles),
                   "articles_ok": sum(a["status"] == "ok" for a in articles),
                   "articles_rejected": sum(a["status"] == "rejected" for a in articles),
                   "quotes": len(qrows), "stances": len(srows)},
        "versions": {"quotestance": "0.1.0", "spark": "4.0.1", "java": "17"},
        "timings_ms": {"total": 1234, "read": 100, "annotate": 1000, "write": 134},
        "configuration": {"master": "local[*]", "targets": ["ceasefire", "Riyadh talks",
                                                             "sanctions"]},
        "started": "2026-01-01T12:00:00Z",
    }
    (out / "_run.json").write_text(json.dumps(run, indent=2) + "\n")
    print(f"wrote {'empty ' if empty else ''}fixture: {out} ({len(qrows)} quotes, "
          f"{len(srows)} stances, {len(articles)} articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
