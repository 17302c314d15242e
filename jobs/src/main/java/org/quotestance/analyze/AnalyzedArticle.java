package org.quotestance.analyze;

import java.util.List;
import org.quotestance.article.Article;

/**
 * An article with its quotes, and what it cost: tokens tagged, milliseconds spent on the whole analysis, and the part
 * of them spent scoring sentiment and stance (the share issue 4 bounds; the rest is tagging and attribution).
 */
public record AnalyzedArticle(Article article, List<QuoteRecord> quotes, int tokens, long millis, long scoringMillis) {}
