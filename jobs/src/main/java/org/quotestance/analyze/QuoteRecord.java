package org.quotestance.analyze;

import java.util.List;
import org.quotestance.stance.StanceCall;

/** One row of the {@code quotes} table: see docs/schema.md for every field (sentiment is null in a run without scoring). */
public record QuoteRecord(
    String articleId, String quoteId, String kind, String text, int charStart, int charEnd,
    String speaker, String speakerMention, Integer speakerCharStart, Integer speakerCharEnd, String cue,
    String sentimentLabel, Double sentimentScore, Double sentimentConfidence, List<StanceCall> stance) {}
