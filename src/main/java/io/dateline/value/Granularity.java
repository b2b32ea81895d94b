package io.dateline.value;

/** How fine a time value is. A value never claims more precision than was written or implied. */
public enum Granularity {
    SECOND, MINUTE, HOUR, PART_OF_DAY, DAY, WEEKEND, WEEK, MONTH, SEASON, QUARTER, HALF, YEAR, DECADE, CENTURY, NONE
}
