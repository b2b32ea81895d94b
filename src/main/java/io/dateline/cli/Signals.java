package io.dateline.cli;

import sun.misc.Signal;

/**
 * SIGTERM and SIGINT as a clean stop: the service drains and {@code serve} returns 0, where
 * the JVM's own handling would exit 143 with the requests in flight cut off.
 */
final class Signals {

    private Signals() {
    }

    static void onTerminate(Runnable stop) {
        for (String name : new String[]{"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), s -> new Thread(stop, "dateline-stop").start());
            } catch (IllegalArgumentException e) {
                // a platform without this signal: Ctrl-C and kill then stop the JVM as usual
            }
        }
    }
}
