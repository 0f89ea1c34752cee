package vn.ttdt.portal.shared.infrastructure.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which entries of an in-memory index hold a syllable, entries being numbered by their ordinal in the index: a
 * sorted list of ordinals per syllable, or a bit per entry once the syllable is {@linkplain #settle settled} as
 * common. Not thread-safe: the index that owns it guards it.
 */
public final class PostingLists {

    private final Map<String, Postings> lists = new HashMap<>();
    private final Map<String, Common> common = new HashMap<>();

    public void add(String syllable, int ordinal) {
        Common bits = common.get(syllable);
        if (bits != null) {
            bits.add(ordinal);
        } else {
            lists.computeIfAbsent(syllable, s -> new Postings()).add(ordinal);
        }
    }

    public void remove(String syllable, int ordinal) {
        Common bits = common.get(syllable);
        if (bits != null) {
            bits.remove(ordinal);
            return;
        }
        Postings list = lists.get(syllable);
        if (list != null) {
            list.remove(ordinal);
            if (list.size() == 0) {
                lists.remove(syllable);
            }
        }
    }

    /** The holders of the syllable; null when no entry holds it. */
    public Members of(String syllable) {
        Postings list = lists.get(syllable);
        return list != null ? list : common.get(syllable);
    }

    /** Turns the lists longer than {@code threshold} into a bit per entry (of {@code size}) and trims the others. */
    public void settle(int threshold, int size) {
        lists.entrySet().removeIf(e -> {
            boolean isCommon = e.getValue().size() > threshold;
            if (isCommon) {
                Common bits = new Common(size);
                for (int i = 0; i < e.getValue().size(); i++) {
                    bits.add(e.getValue().get(i));
                }
                common.put(e.getKey(), bits);
            } else {
                e.getValue().trim();
            }
            return isCommon;
        });
    }

    /**
     * The ordinals (below {@code size}) held by every list: word by word when the lists are bits, else the shortest
     * list's ordinals that the others hold.
     */
    public static BitSet heldByAll(List<Members> lists, int size) {
        List<Members> bySize = new ArrayList<>(lists);
        bySize.sort(Comparator.comparingInt(Members::size));
        Members rarest = bySize.get(0);
        BitSet held = new BitSet(size);
        if (rarest instanceof Common bits) {
            held.or(bits.bits);
        } else {
            Postings list = (Postings) rarest;
            for (int i = 0; i < list.size; i++) {
                held.set(list.ordinals[i]);
            }
        }
        for (int i = 1; i < bySize.size() && !held.isEmpty(); i++) {
            if (bySize.get(i) instanceof Common bits) {
                held.and(bits.bits);
            } else {
                Members other = bySize.get(i);
                for (int o = held.nextSetBit(0); o >= 0; o = held.nextSetBit(o + 1)) {
                    if (!other.contains(o)) {
                        held.clear(o);
                    }
                }
            }
        }
        return held;
    }

    /** The holders of a syllable, as ordinals. */
    public interface Members {
        boolean contains(int ordinal);

        int size();

        /** The largest ordinal held that is at most {@code from}; -1 when none. */
        int previous(int from);
    }

    private static final class Common implements Members {
        private final BitSet bits;
        private int size;

        Common(int size) {
            bits = new BitSet(size);
        }

        void add(int ordinal) {
            if (!bits.get(ordinal)) {
                bits.set(ordinal);
                size++;
            }
        }

        void remove(int ordinal) {
            if (bits.get(ordinal)) {
                bits.clear(ordinal);
                size--;
            }
        }

        @Override
        public boolean contains(int ordinal) {
            return bits.get(ordinal);
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public int previous(int from) {
            return from < 0 ? -1 : bits.previousSetBit(from);
        }
    }

    /** Ordinals in ascending order; appending a larger one is the common case. */
    private static final class Postings implements Members {
        private int[] ordinals = new int[4];
        private int size;

        void add(int ordinal) {
            if (size > 0 && ordinals[size - 1] >= ordinal) {
                int at = Arrays.binarySearch(ordinals, 0, size, ordinal);
                if (at >= 0) {
                    return;
                }
                insert(-at - 1, ordinal);
                return;
            }
            insert(size, ordinal);
        }

        private void insert(int at, int ordinal) {
            if (size == ordinals.length) {
                ordinals = Arrays.copyOf(ordinals, Math.max(4, size * 2));
            }
            System.arraycopy(ordinals, at, ordinals, at + 1, size - at);
            ordinals[at] = ordinal;
            size++;
        }

        void remove(int ordinal) {
            int at = Arrays.binarySearch(ordinals, 0, size, ordinal);
            if (at >= 0) {
                System.arraycopy(ordinals, at + 1, ordinals, at, size - at - 1);
                size--;
            }
        }

        @Override
        public boolean contains(int ordinal) {
            return Arrays.binarySearch(ordinals, 0, size, ordinal) >= 0;
        }

        @Override
        public int previous(int from) {
            if (from < 0 || size == 0) {
                return -1;
            }
            int at = Arrays.binarySearch(ordinals, 0, size, from);
            int position = at >= 0 ? at : -at - 2;
            return position >= 0 ? ordinals[position] : -1;
        }

        void trim() {
            ordinals = Arrays.copyOf(ordinals, size);
        }

        int get(int position) {
            return ordinals[position];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
