package vn.ttdt.portal.content.domain;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two items are, from 0 (nothing shared) to 1 (the same words in the same order):
 * the Jaccard index of their pairs of consecutive syllables, on the folded search text. Rewording
 * a few phrases or moving sentences around keeps most pairs, so a reworded copy still scores high.
 */
public final class Similarity {

    private Similarity() {
    }

    public static double of(String searchTextA, String searchTextB) {
        Set<String> a = pairs(searchTextA);
        Set<String> b = pairs(searchTextB);
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / (a.size() + b.size() - common.size());
    }

    static Set<String> pairs(String searchText) {
        String[] syllables = searchText == null ? new String[0] : searchText.strip().split(" ");
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i + 1 < syllables.length; i++) {
            if (!syllables[i].isEmpty() && !syllables[i + 1].isEmpty()) {
                pairs.add(syllables[i] + " " + syllables[i + 1]);
            }
        }
        return pairs;
    }
}
