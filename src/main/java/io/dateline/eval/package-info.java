/**
 * Scores Dateline against TimeML gold as TempEval-3 does.
 *
 * <p>{@link io.dateline.eval.TimeMl} reads {@code .tml} files into
 * {@link io.dateline.eval.TimeMlDocument}s; {@link io.dateline.eval.Scorer} runs a
 * {@link io.dateline.eval.TimexAnnotator} over them and pairs gold and system TIMEX3s;
 * {@link io.dateline.eval.EvalReport} holds the counts, the strict/relaxed span scores, the
 * type/value/mod accuracies, value F1 and every error; {@link io.dateline.eval.Evaluation} does
 * all of it for a folder. All offsets are code points, end exclusive.
 */
package io.dateline.eval;
