package io.dateline.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The SLF4J provider of {@code dateline serve}: what Jetty and Javalin log becomes one JSON
 * line on standard error, like the request log: {@code {"time", "event": "log", "level",
 * "logger", "message", "cause"}}, the cause in words (its messages), never a stack trace or a
 * class name. Warnings and errors only, unless {@code -Ddateline.log.level=info} (or debug).
 *
 * <p>It is chosen by the {@code slf4j.provider} system property ({@link #install()}), not by a
 * service file, so the library, the tests and the Spark job keep their own provider and SLF4J
 * never sees two.
 */
public final class JsonLog implements SLF4JServiceProvider {

    private ILoggerFactory loggers;
    private IMarkerFactory markers;
    private MDCAdapter mdc;

    /** Makes this the SLF4J provider of the process, unless one was named already; call before anything logs. */
    public static void install() {
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", JsonLog.class.getName());
            if (System.getProperty("slf4j.internal.verbosity") == null) {
                System.setProperty("slf4j.internal.verbosity", "WARN"); // SLF4J's own "Attempting to load" line is no JSON
            }
        }
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        Level threshold = threshold(System.getProperty("dateline.log.level", "warn"));
        loggers = name -> new Line(name, threshold, System.err);
        markers = new BasicMarkerFactory();
        mdc = new NOPMDCAdapter();
    }

    static Level threshold(String name) {
        try {
            return Level.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Level.WARN;
        }
    }

    /** The JSON line of one log event. */
    static String line(String logger, Level level, String message, Throwable cause) {
        ObjectNode o = ParseRequest.JSON.createObjectNode();
        o.put("time", Instant.now().toString());
        o.put("event", "log");
        o.put("level", level.name().toLowerCase(Locale.ROOT));
        o.put("logger", logger);
        o.put("message", message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip());
        if (cause != null) {
            StringBuilder words = new StringBuilder(RequestLog.words(cause));
            for (Throwable t = cause.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
                words.append("; ").append(RequestLog.words(t));
            }
            o.put("cause", words.toString());
        }
        return o.toString();
    }

    /** One logger: events at or above the threshold, one line each. */
    static final class Line extends LegacyAbstractLogger {

        private static final long serialVersionUID = 1L;

        private final Level threshold;
        private final transient PrintStream out;

        Line(String name, Level threshold, PrintStream out) {
            this.name = name;
            this.threshold = threshold;
            this.out = out;
        }

        private boolean on(Level l) {
            return l.toInt() >= threshold.toInt();
        }

        @Override
        public boolean isTraceEnabled() {
            return on(Level.TRACE);
        }

        @Override
        public boolean isDebugEnabled() {
            return on(Level.DEBUG);
        }

        @Override
        public boolean isInfoEnabled() {
            return on(Level.INFO);
        }

        @Override
        public boolean isWarnEnabled() {
            return on(Level.WARN);
        }

        @Override
        public boolean isErrorEnabled() {
            return on(Level.ERROR);
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] args, Throwable t) {
            String message = MessageFormatter.basicArrayFormat(pattern, args);
            String json = line(name, level, message, t);
            synchronized (out) {
                out.println(json);
                out.flush();
            }
        }
    }
}
