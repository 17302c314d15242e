package org.quotestance.quotes;

/**
 * A reporting clause found in one sentence: who ({@code speaker*}: token positions of the source's
 * noun phrase in sentence {@code sentence}, -1 when the source is only implied), by which cue, said
 * what ({@code contentStart}..{@code contentEnd}, article character offsets, end exclusive).
 */
public record Attribution(
    int sentence,
    int speakerFirst, int speakerLast,
    int cueFirst, int cueLast,
    int contentStart, int contentEnd,
    Form form) {

  /** The surface form the clause was found in; kept for error analysis and tests. */
  public enum Form {
    /** "X stated (that) ...", "X told reporters that ..." */
    SOURCE_CUE_CONTENT,
    /** "..., X stated." and "“...,” stated X." */
    CONTENT_THEN_CUE,
    /** "... according to X" */
    ACCORDING_TO,
    /** "In a CNN poll, Clinton led by 24 points": a poll or survey whose finding is reported */
    POLL,
    /** "..., saying that ...": a participle whose source is the sentence's subject */
    PARTICIPLE,
    /**
     * "a group backing Bush", "while commenting on X": a participle phrase inside a longer sentence,
     * whose report may sit inside another one's content without cutting it
     */
    NESTED_PARTICIPLE,
    /**
     * "Trump called for [a ban]", "his attacks on [Sanders]": the object of a word and preposition that PolNeAR
     * marks as a cue; it may sit inside another report's content without cutting it
     */
    PREPOSITIONAL_OBJECT,
    /** "WALLACE: Let's start ...": a transcript paragraph under its speaker's label */
    SPEAKER_LABEL,
  }

  public boolean hasSpeaker() { return speakerFirst >= 0; }

  public Attribution withContent(int start, int end) {
    return new Attribution(sentence, speakerFirst, speakerLast, cueFirst, cueLast, start, end, form);
  }

  public Attribution withSpeaker(int first, int last) {
    return new Attribution(sentence, first, last, cueFirst, cueLast, contentStart, contentEnd, form);
  }
}
