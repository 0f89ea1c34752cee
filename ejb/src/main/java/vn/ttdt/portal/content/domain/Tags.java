package vn.ttdt.portal.content.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.VietnameseText;

/**
 * The rule for the keywords of an item: what the editor typed is split at commas and semicolons,
 * spaces are collapsed, a leading {@code #} and punctuation around the word are dropped, Unicode is
 * composed (NFC) so that the same word typed on two keyboards is one tag; empty words are ignored,
 * repeated ones (same slug) kept once in their first spelling. At most {@value #MAX_TAGS} tags of at
 * most {@value #MAX_LENGTH} characters each.
 */
public final class Tags {

    public static final int MAX_TAGS = 10;
    public static final int MAX_LENGTH = 60;
    private static final Pattern SEPARATORS = Pattern.compile("[,;\\n]");
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern EDGES = Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[a-z0-9]");

    private Tags() {
    }

    public static List<Tag> normalise(Collection<String> typed) {
        Map<String, Tag> bySlug = new LinkedHashMap<>();
        for (String entry : typed == null ? List.<String>of() : typed) {
            for (String word : SEPARATORS.split(entry == null ? "" : entry)) {
                Tag tag = tag(word);
                if (tag != null) {
                    bySlug.putIfAbsent(tag.getSlug(), tag);
                }
            }
        }
        if (bySlug.size() > MAX_TAGS) {
            throw new BusinessRuleException("content.tags.tooMany", bySlug.size() + " tags");
        }
        return new ArrayList<>(bySlug.values());
    }

    private static Tag tag(String word) {
        String name = Normalizer.normalize(word, Normalizer.Form.NFC);
        name = EDGES.matcher(SPACES.matcher(name).replaceAll(" ")).replaceAll("");
        if (!LETTER_OR_DIGIT.matcher(VietnameseText.fold(name)).find()) {
            return null;
        }
        if (name.length() > MAX_LENGTH) {
            throw new BusinessRuleException("content.tags.tooLong", "tag of " + name.length() + " characters");
        }
        return new Tag(name, VietnameseText.slug(name));
    }
}
