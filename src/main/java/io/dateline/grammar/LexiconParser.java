package io.dateline.grammar;

import io.dateline.text.TextNormalizer;
import io.dateline.text.Token;
import io.dateline.text.Tokenizer;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads a {@code lexicon NAME} statement: lines of {@code VALUE: form | form}. */
final class LexiconParser {

    /** A lexicon or rule name: letters, digits, {@code _} and {@code .}. */
    static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

    private LexiconParser() {
    }

    /** Adds the statement's forms to the lexicon of that name (created on first use). */
    static void parse(String file, int line, String[] head, List<String> body, List<Integer> lines,
                      Map<String, Lexicon> lexicons) {
        if (head.length != 2 || !NAME.matcher(head[1]).matches()) {
            throw new GrammarException(file, line, "write 'lexicon NAME' (letters, digits, _ and .)");
        }
        Lexicon lex = lexicons.computeIfAbsent(head[1], Lexicon::new);
        for (int k = 0; k < body.size(); k++) {
            String l = body.get(k);
            int colon = l.indexOf(':');
            if (colon <= 0) {
                throw new GrammarException(file, lines.get(k), "lexicon entry must read 'VALUE: form | form'");
            }
            String value = l.substring(0, colon).strip();
            for (String form : l.substring(colon + 1).split("\\|")) {
                String f = form.strip();
                if (f.isEmpty()) {
                    throw new GrammarException(file, lines.get(k), "empty form in lexicon " + head[1]);
                }
                List<String> toks = Tokenizer.tokenize(TextNormalizer.fold(f)).stream().map(Token::lower).toList();
                if (!lex.add(toks, value)) {
                    throw new GrammarException(file, lines.get(k), "form '" + f + "' is already in lexicon " + head[1]);
                }
            }
        }
    }
}
