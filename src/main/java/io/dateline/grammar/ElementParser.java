package io.dateline.grammar;

import io.dateline.text.TextNormalizer;
import io.dateline.text.Token;
import io.dateline.text.Tokenizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads one item of a {@code match} line: a word, {@code {lexicon}}, {@code <mention>}, {@code /regex/} ... */
final class ElementParser {

    private static final Pattern GROUP_NAME = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    /** The lexicons defined so far (a rule may only name one defined before it). */
    private final Map<String, Lexicon> lexicons;

    ElementParser(Map<String, Lexicon> lexicons) {
        this.lexicons = lexicons;
    }

    /**
     * The items {@code spec} stands for: one, or several for a literal of several tokens. A regex
     * of a grammar that is not built in gets a read budget ({@link ReadBudget}).
     */
    List<Element> parse(String file, int line, String spec, boolean builtIn) {
        if ((spec.startsWith("<!") || spec.startsWith("<=")) && spec.length() > 2) {
            List<Element> inner = parse(file, line, spec.substring(2), builtIn);
            if (inner.size() != 1 || inner.get(0).optional() || inner.get(0).negated() || inner.get(0) instanceof Element.MentionRef) {
                throw new GrammarException(file, line, "'" + spec + "': a look-behind takes one word, lexicon or /regex/");
            }
            return List.of(new Element.Behind(inner.get(0), spec.startsWith("<=")));
        }
        boolean negated = false;
        boolean optional = false;
        String s = spec;
        if (s.length() > 1 && s.startsWith("!")) {
            negated = true;
            s = s.substring(1);
        }
        if (s.length() > 1 && s.endsWith("?")) {
            optional = true;
            s = s.substring(0, s.length() - 1);
        }
        boolean capital = false;
        if (s.length() > 1 && s.endsWith("^") && s.startsWith("{")) {
            capital = true;
            s = s.substring(0, s.length() - 1);
        }
        if (negated && optional) {
            throw new GrammarException(file, line, "'" + spec + "' cannot be both negated and optional");
        }
        if (s.startsWith("{")) {
            int close = s.indexOf('}');
            if (close < 0 || close != s.length() - 1) {
                throw new GrammarException(file, line, "bad lexicon reference '" + spec + "' (write {name} or {name@alias})");
            }
            if (s.substring(1, close).split("@", 2)[0].contains(".") && !s.contains("@")) {
                throw new GrammarException(file, line, "lexicon '" + s.substring(1, close)
                        + "' has a dot in its name: give the capture a name, {" + s.substring(1, close) + "@name}");
            }
            String[] p = s.substring(1, close).split("@", 2);
            Lexicon lex = lexicons.get(p[0]);
            if (lex == null) {
                throw new GrammarException(file, line, "unknown lexicon '" + p[0] + "' (lexicons are defined before use)");
            }
            return List.of(new Element.LexRef(lex, capital, optional, negated, p.length > 1 ? p[1] : null));
        }
        if (s.startsWith("<") && s.length() > 2) {
            int close = s.indexOf('>');
            if (close != s.length() - 1) {
                throw new GrammarException(file, line, "bad mention reference '" + spec + "' (write <kind> or <kind|kind@alias>)");
            }
            String[] p = s.substring(1, close).split("@", 2);
            String[] kf = p[0].split(":", 2);
            Set<String> cats = new LinkedHashSet<>(List.of(kf[0].split("\\|")));
            Set<String> req = kf.length > 1 ? Set.of(kf[1].split("\\|")) : Set.of();
            return List.of(new Element.MentionRef(Set.copyOf(cats), req, optional, negated, p.length > 1 ? p[1] : null));
        }
        if (s.startsWith("/") && s.length() > 2) {
            int close = s.lastIndexOf('/');
            if (close == 0) {
                throw new GrammarException(file, line, "unterminated /regex/ '" + spec + "'");
            }
            String re = s.substring(1, close);
            String rest = s.substring(close + 1);
            String alias = null;
            if (rest.startsWith("@")) {
                alias = rest.substring(1);
            } else if (!rest.isEmpty()) {
                throw new GrammarException(file, line, "unexpected '" + rest + "' after /regex/");
            }
            Pattern p;
            try {
                p = Pattern.compile(re, Pattern.CASE_INSENSITIVE);
            } catch (PatternSyntaxException e) {
                throw new GrammarException(file, line, "bad regex /" + re + "/: " + e.getDescription());
            }
            List<String> groups = new ArrayList<>();
            Matcher gm = GROUP_NAME.matcher(re);
            while (gm.find()) {
                groups.add(gm.group(1));
            }
            boolean digitFirst = RegexShape.digitFirst(re);
            return List.of(new Element.TokenRegex(p, List.copyOf(groups), digitFirst, RegexShape.requiredLiteral(re),
                    RegexShape.requiresDigit(re), RegexNeeds.of(re), optional, negated, alias, !builtIn));
        }
        // literals
        String alias = null;
        int at = s.lastIndexOf('@');
        if (at > 0) {
            alias = s.substring(at + 1);
            s = s.substring(0, at);
        }
        boolean caseSensitive = false;
        Set<String> words = new LinkedHashSet<>();
        List<String> multi = null;
        for (String w : s.split("\\|")) {
            String word = w;
            if (word.length() >= 2 && word.startsWith("\"") && word.endsWith("\"")) {
                caseSensitive = true;
                word = word.substring(1, word.length() - 1);
            }
            if (word.isEmpty()) {
                throw new GrammarException(file, line, "empty literal in '" + spec + "'");
            }
            List<Token> toks = Tokenizer.tokenize(TextNormalizer.fold(word));
            if (toks.size() != 1 && !word.equals("'s")) { // 's is one token after a word
                if (s.contains("|") || caseSensitive) {
                    throw new GrammarException(file, line, "'" + word + "' is several tokens; split it or use a lexicon");
                }
                multi = toks.stream().map(Token::text).toList();
            }
            words.add(caseSensitive ? word : word.toLowerCase(Locale.ROOT));
        }
        if (multi != null) {
            if (optional || negated || alias != null) {
                throw new GrammarException(file, line, "'" + s + "' is several tokens; write them as separate items");
            }
            List<Element> seq = new ArrayList<>();
            for (String t : multi) {
                seq.add(new Element.Literal(Set.of(t.toLowerCase(Locale.ROOT)), false, false, false, null));
            }
            return seq;
        }
        return List.of(new Element.Literal(Set.copyOf(words), caseSensitive, optional, negated, alias));
    }
}
