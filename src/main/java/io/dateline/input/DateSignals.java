package io.dateline.input;

import java.util.List;

/**
 * The date signals of a page and what says which language its dates are written in. Immutable.
 *
 * @param signals  in the order found (document order within each kind)
 * @param language the page's language as declared ({@code <html lang>}, {@code og:locale},
 *                 {@code content-language}), else a guess from the domain, else null
 */
public record DateSignals(List<DateSignal> signals, String language) {

    public DateSignals {
        signals = List.copyOf(signals == null ? List.of() : signals);
    }

    public static final DateSignals NONE = new DateSignals(List.of(), null);
}
