package io.dateline.value;

/** The TIMEX3 {@code type} attribute. */
public enum TimexType {
    DATE, TIME, DURATION, SET
}
