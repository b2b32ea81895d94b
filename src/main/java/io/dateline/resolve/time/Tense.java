package io.dateline.resolve.time;

/** The tense cue nearest a mention in its sentence, read by the {@code news} policy. */
public enum Tense {
    PAST, PRESENT, FUTURE, UNKNOWN
}
