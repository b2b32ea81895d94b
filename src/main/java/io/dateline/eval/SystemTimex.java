package io.dateline.eval;

/** One TIMEX3 a system produced. Offsets are Unicode code points into the text, end exclusive. */
public record SystemTimex(int start, int end, String type, String value, String mod) {}
