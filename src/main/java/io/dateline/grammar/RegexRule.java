package io.dateline.grammar;

/** A rule that starts with a regex, with the cheap test a token must pass first. */
record RegexRule(Rule rule, Element.TokenRegex first, NextCheck next) {
}
