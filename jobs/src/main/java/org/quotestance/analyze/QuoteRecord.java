package org.quotestance.analyze;

import java.util.List;
import org.quotestance.stance.StanceCall;

/** One row of the {@code quotes} table: see docs/schema.md for every field. */
public record QuoteRecord(
    String articleId, String quoteId, String kind, String text, int charStart, int charEnd,
    String speaker, String speakerMention, Integer speakerCharStart, Integer speakerCharEnd, String cue,
    String sentimentLabel, double sentimentScore, double sentimentConfidence, List<StanceCall> stance) {}
