package org.quotestance.article;

import java.io.Serializable;

/**
 * One input article. {@code published} is an ISO date (yyyy-MM-dd) or null; {@code input} names the
 * file (and line position) it came from, so that every output row can be traced to its source.
 */
public record Article(String id, String text, String source, String title, String published, String url,
    String input) implements Serializable {}
