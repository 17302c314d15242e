package org.quotestance.compare;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * {@code shared_quotes/}: the same direct or partial quote carried by two or more articles.
 *
 * <p>Quotes are matched on their {@link QuoteKey} (case, accents, quotation marks, punctuation and
 * whitespace folded). With {@code minExcerptWords > 0} an excerpt is also matched with the longer
 * quote it comes from: a key of at least that many words that occurs, on word boundaries, inside a
 * longer key joins the longer key's group. Candidates are found cheaply by joining the excerpt's
 * first words with every run of as many words in the longer keys, then checked with a substring
 * test. An excerpt found in two longer quotes that are not themselves one inside the other is
 * ambiguous and keeps its own group. Groups are named after their longest key.
 */
final class SharedQuotes {

  private SharedQuotes() {}

  private static final UserDefinedFunction KEY =
      udf((UDF1<String, String>) QuoteKey::of, DataTypes.StringType);

  /**
   * @param quotes the compared quotes (article_id, kind, text, speaker, source, published)
   * @return one row per group seen in 2+ distinct articles
   */
  static Dataset<Row> build(Dataset<Row> quotes, int minExcerptWords) {
    Dataset<Row> occ = quotes.filter(col("kind").isin("direct", "partial"))
        .select(col("article_id"), col("source"), col("published"), col("speaker"), col("text"),
            KEY.apply(col("text")).as("qkey"))
        .filter(length(col("qkey")).gt(0));

    Dataset<Row> groupOf = minExcerptWords > 0 ? excerptGroups(occ, minExcerptWords) : null;
    Dataset<Row> g = groupOf == null ? occ.withColumn("group_key", col("qkey"))
        : occ.join(groupOf, occ.col("qkey").equalTo(groupOf.col("key")), "left")
            .withColumn("group_key", coalesce(col("group"), col("qkey"))).drop("key", "group");

    // Representative text: from an occurrence of the group's own (longest) key, the earliest one.
    Column rep = struct(when(col("qkey").equalTo(col("group_key")), 0).otherwise(1).as("o1"),
        coalesce(col("published"), expr("DATE'9999-12-31'")).as("o2"), col("article_id").as("o3"),
        col("text").as("text"));
    Dataset<Row> groups = g.groupBy(col("group_key")).agg(
            count_distinct(col("article_id")).as("n_articles"),
            count_distinct(col("source")).as("n_sources"),
            array_sort(collect_set(col("article_id"))).as("article_ids"),
            array_sort(collect_set(col("source"))).as("sources"),
            min(col("published")).as("first_published"),
            array_sort(collect_set(col("speaker"))).as("speakers"),
            count_distinct(col("qkey")).as("n_variants"),
            min(rep).getField("text").as("text"))
        .filter(col("n_articles").geq(2));

    // Speaker: the named speaker credited in most articles (ties: alphabetically last).
    Dataset<Row> speaker = g.filter(col("speaker").isNotNull())
        .groupBy(col("group_key").as("sk"), col("speaker"))
        .agg(count_distinct(col("article_id")).as("n"))
        .groupBy(col("sk")).agg(max(struct(col("n"), col("speaker"))).getField("speaker").as("speaker"));

    return groups.join(speaker, groups.col("group_key").equalTo(speaker.col("sk")), "left")
        .select(col("group_key").as("quote_key"), col("speaker"), col("speakers"), col("text"),
            col("n_articles"), col("n_sources"), col("article_ids"), col("sources"), col("first_published"),
            col("n_variants"));
  }

  /** key → group (its one maximal containing key), for keys that are excerpts of exactly one longer quote. */
  private static Dataset<Row> excerptGroups(Dataset<Row> occ, int k) {
    Dataset<Row> keys = occ.select(col("qkey").as("key")).distinct()
        .withColumn("nw", size(split(col("key"), " ")))
        .filter(col("nw").geq(k));
    // every run of k words of a key, and each key's first k words
    Dataset<Row> grams = keys.select(col("key").as("full_key"), col("nw").as("long_nw"),
            explode(expr("array_distinct(transform(sequence(1, nw - " + k + " + 1), i -> array_join(slice(split(key, ' '), i, "
                + k + "), ' ')))")).as("gram"));
    Dataset<Row> heads = keys.select(col("key").as("part_key"),
        expr("array_join(slice(split(key, ' '), 1, " + k + "), ' ')").as("head"));
    // (short, long): short occurs inside long on word boundaries
    Dataset<Row> pairs = heads.join(grams, heads.col("head").equalTo(grams.col("gram")))
        .filter(length(col("full_key")).gt(length(col("part_key"))))
        .filter(expr("instr(concat(' ', full_key, ' '), concat(' ', part_key, ' ')) > 0"))
        .select(col("part_key"), col("full_key"))
        .distinct();
    // the longest container of each key is maximal (whatever contains it would be longer still)
    Dataset<Row> top = pairs.groupBy(col("part_key").as("c"))
        .agg(max(struct(length(col("full_key")).as("len"), col("full_key").as("full_key"))).getField("full_key").as("top"));
    // a key's maximal containers = the tops of its containers (a maximal container is its own top)
    Dataset<Row> maximal = pairs.join(top, pairs.col("full_key").equalTo(top.col("c")), "left")
        .select(col("part_key"), coalesce(col("top"), col("full_key")).as("m"));
    return maximal.groupBy(col("part_key").as("key"))
        .agg(count_distinct(col("m")).as("n_max"), min(col("m")).as("group"))
        .filter(col("n_max").equalTo(1))
        .select(col("key"), col("group"));
  }
}
