package org.quotestance.article;

import java.io.Serializable;

/** What decoding one input gives: exactly one of an article or a rejection. */
public record ArticleOrRejection(Article article, Rejection rejection) implements Serializable {

  public static ArticleOrRejection ok(Article a) { return new ArticleOrRejection(a, null); }

  public static ArticleOrRejection rejected(Rejection r) { return new ArticleOrRejection(null, r); }

  public boolean isRejected() { return rejection != null; }

  public String id() { return article != null ? article.id() : rejection.id(); }
}
