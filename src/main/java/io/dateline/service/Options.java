package io.dateline.service;

import io.dateline.resolve.Policy;
import io.dateline.value.MentionKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a request asks for besides its document: the same choices as the command line's
 * {@code --policy}, {@code --only}, {@code --explain}, {@code --with-text} and {@code --published}.
 *
 * @param policy    the policy, or null for the server's
 * @param kinds     the mention kinds to report (all of them unless {@code only} says)
 * @param explain   rule ids and steps on every mention
 * @param withText  the document text in the record
 * @param published the publication date as written, or null
 */
record Options(Policy policy, Set<MentionKind> kinds, boolean explain, boolean withText, String published) {

    static final Set<MentionKind> ALL = Set.copyOf(EnumSet.allOf(MentionKind.class));

    Options {
        kinds = Set.copyOf(kinds);
    }

    static Policy policy(String s) throws ApiException {
        if (s == null) {
            return null;
        }
        try {
            return Policy.parse(s);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "\"policy\": " + e.getMessage());
        }
    }

    /** "time", "quantity", or several of them; null (not asked): every kind; an empty list asks for nothing, a 400. */
    static Set<MentionKind> kinds(List<String> only) throws ApiException {
        if (only == null) {
            return ALL;
        }
        if (only.isEmpty()) {
            throw new ApiException(400, "\"only\" is empty: give time, quantity or both, or leave it out for every kind");
        }
        EnumSet<MentionKind> ks = EnumSet.noneOf(MentionKind.class);
        for (String s : only) {
            ks.add(MentionKind.fromId(s).orElseThrow(() ->
                    new ApiException(400, "\"only\" must be time or quantity, not '" + s + "'")));
        }
        return ks;
    }
}
