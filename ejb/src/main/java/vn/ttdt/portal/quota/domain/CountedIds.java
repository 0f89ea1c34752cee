package vn.ttdt.portal.quota.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The items a compliance row counted, kept with the row as the job found them, so that a final quarter's drill-down
 * stays what was counted whatever happens to the items later (withdrawn, moved to another unit). Stored compactly:
 * per kind (news, articles, posting requests, in that order, separated by {@code |}) the ids in ascending order, each
 * written as its difference from the previous one in base 36, separated by commas: {@code 1c,1,1|1d|}.
 */
public record CountedIds(String encoded, int count) {

    public static final CountedIds NONE = new CountedIds("||", 0);

    private static final CountedItem.Kind[] KINDS = CountedItem.Kind.values();

    public static CountedIds of(Collection<CountedItem> items) {
        StringBuilder encoded = new StringBuilder(items.size() * 3);
        for (CountedItem.Kind kind : KINDS) {
            if (kind.ordinal() > 0) {
                encoded.append('|');
            }
            long[] ids = items.stream().filter(item -> item.kind() == kind).mapToLong(CountedItem::id).sorted().toArray();
            long previous = 0;
            for (int i = 0; i < ids.length; i++) {
                encoded.append(i == 0 ? "" : ",").append(Long.toString(ids[i] - previous, 36));
                previous = ids[i];
            }
        }
        return new CountedIds(encoded.toString(), items.size());
    }

    /** The stored text read back; its count is the number of ids it holds. */
    public static CountedIds parse(String encoded) {
        return new CountedIds(encoded, decode(encoded).size());
    }

    /** The items, by kind (news, articles, posting requests) and id. */
    public List<CountedItem> items() {
        return decode(encoded);
    }

    private static List<CountedItem> decode(String encoded) {
        List<CountedItem> items = new ArrayList<>();
        String[] sections = encoded.split("\\|", -1);
        for (int k = 0; k < Math.min(sections.length, KINDS.length); k++) {
            long id = 0;
            for (String delta : Arrays.stream(sections[k].split(",")).filter(s -> !s.isEmpty()).toList()) {
                id += Long.parseLong(delta, 36);
                items.add(new CountedItem(KINDS[k], id));
            }
        }
        return items;
    }
}
