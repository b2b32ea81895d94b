/**
 * The HTTP service ({@code dateline serve}): Dateline for programs that cannot embed a JVM
 * library. {@link io.dateline.service.DatelineService} loads the grammars once and answers
 * {@code POST /v1/parse} (the record {@code --format json} writes), {@code POST /v1/batch}
 * (JSON Lines in and out, streamed), {@code POST /parse} (Duckling's form and answer shape),
 * {@code GET /health} and {@code GET /version}. Built on Javalin (Jetty); the work itself runs
 * on a pool of its own so that a document over the time limit can be answered 503.
 */
package io.dateline.service;
