package org.quotestance.analyze;

import java.util.List;
import org.quotestance.article.Article;

/** An article with its quotes, and what it cost: tokens tagged and milliseconds spent. */
public record AnalyzedArticle(Article article, List<QuoteRecord> quotes, int tokens, long millis) {}
