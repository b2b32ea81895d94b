package io.dateline.eval;

/**
 * What is evaluated: given the document text (tags stripped) and the DCT (ISO date such as
 * 1998-02-13), return the TIMEX3s found.
 *
 * <p>The DCT is passed exactly as the gold file gives it; in TimeBank/AQUAINT 42 of the 256
 * documents carry a time of day as well ({@code 1998-02-13T14:30} or {@code 1998-02-13T14:30:00}).
 */
@FunctionalInterface
public interface TimexAnnotator { java.util.List<SystemTimex> annotate(String text, String dct); }
