package vn.ttdt.portal.content.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ttdt.portal.shared.domain.HtmlEscape;

/**
 * The word-level differences between two versions of a text, for showing two revisions side by side.
 * <p>
 * Both texts are cut into words and the runs of spaces between them; Myers' O(ND) algorithm finds a
 * shortest edit script (so a longest common subsequence of words), after the common beginning and
 * end are set aside. When the texts differ in more than {@value #MAX_EDITS} words the search stops
 * and the whole middle part counts as removed and added, which keeps the time and memory bounded.
 * {@link #left()} is the old text with removed words in {@code <del>}, {@link #right()} the new text
 * with added words in {@code <ins>}; everything else is HTML-escaped.
 */
public final class WordDiff {

    /** What happened to a run of words. */
    public enum Change { SAME, REMOVED, ADDED }

    /** A run of consecutive words with the same fate. */
    public record Segment(Change change, String text) {
    }

    static final int MAX_EDITS = 2000;
    private static final Pattern TOKEN = Pattern.compile("\\s+|[^\\s]+");

    private final List<Segment> segments;

    private WordDiff(List<Segment> segments) {
        this.segments = segments;
    }

    public static WordDiff between(String before, String after) {
        return new WordDiff(merge(diff(tokens(before), tokens(after))));
    }

    public List<Segment> segments() {
        return segments;
    }

    public boolean hasChanges() {
        return segments.stream().anyMatch(s -> s.change() != Change.SAME);
    }

    /** The old text, escaped, with what was removed marked {@code <del>}. */
    public String left() {
        return render(Change.REMOVED, "del");
    }

    /** The new text, escaped, with what was added marked {@code <ins>}. */
    public String right() {
        return render(Change.ADDED, "ins");
    }

    private String render(Change shown, String tag) {
        StringBuilder html = new StringBuilder();
        for (Segment s : segments) {
            if (s.change() == Change.SAME) {
                html.append(HtmlEscape.text(s.text()));
            } else if (s.change() == shown) {
                html.append('<').append(tag).append('>').append(HtmlEscape.text(s.text())).append("</").append(tag).append('>');
            }
        }
        return html.toString();
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** The diff token by token (words and spaces), before runs are joined: a shortest edit script. */
    static List<Segment> diff(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Segment> out = new ArrayList<>();
        a.subList(0, prefix).forEach(t -> out.add(new Segment(Change.SAME, t)));
        out.addAll(middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix)));
        a.subList(a.size() - suffix, a.size()).forEach(t -> out.add(new Segment(Change.SAME, t)));
        return out;
    }

    /** Myers' greedy forward search, keeping each round's furthest reaches to walk the path back. */
    private static List<Segment> middle(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int max = Math.min(n + m, MAX_EDITS);
        List<int[]> trace = new ArrayList<>();
        int[] v = new int[3];
        for (int d = 0; d <= max; d++) {
            int[] next = new int[2 * d + 3];
            for (int k = -d; k <= d; k += 2) {
                int x = k == -d || k != d && reach(v, d - 1, k - 1) < reach(v, d - 1, k + 1)
                        ? reach(v, d - 1, k + 1) : reach(v, d - 1, k - 1) + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                next[k + d + 1] = x;
                if (x >= n && y >= m) {
                    trace.add(next);
                    return backtrack(trace, a, b);
                }
            }
            trace.add(next);
            v = next;
        }
        List<Segment> all = new ArrayList<>();
        a.forEach(t -> all.add(new Segment(Change.REMOVED, t)));
        b.forEach(t -> all.add(new Segment(Change.ADDED, t)));
        return all;
    }

    /** The furthest x on diagonal k after round d (the array of round d has 2d+3 cells, diagonal -d-1 first). */
    private static int reach(int[] round, int d, int k) {
        if (d < 0) {
            return 0;
        }
        int i = k + d + 1;
        return i < 0 || i >= round.length ? 0 : round[i];
    }

    private static List<Segment> backtrack(List<int[]> trace, List<String> a, List<String> b) {
        List<Segment> reversed = new ArrayList<>();
        int x = a.size();
        int y = b.size();
        for (int d = trace.size() - 1; d > 0; d--) {
            int[] previous = trace.get(d - 1);
            int k = x - y;
            int previousK = k == -d || k != d && reach(previous, d - 1, k - 1) < reach(previous, d - 1, k + 1) ? k + 1 : k - 1;
            int previousX = reach(previous, d - 1, previousK);
            int previousY = previousX - previousK;
            while (x > previousX && y > previousY) {
                reversed.add(new Segment(Change.SAME, a.get(--x)));
                y--;
            }
            if (previousK == k + 1) {
                reversed.add(new Segment(Change.ADDED, b.get(--y)));
            } else {
                reversed.add(new Segment(Change.REMOVED, a.get(--x)));
            }
        }
        while (x > 0 && y > 0) {
            reversed.add(new Segment(Change.SAME, a.get(--x)));
            y--;
        }
        List<Segment> forward = new ArrayList<>(reversed.size());
        for (int i = reversed.size() - 1; i >= 0; i--) {
            forward.add(reversed.get(i));
        }
        return forward;
    }

    /**
     * Joins the words into runs: each stretch of changes becomes one removed run and one added run, and
     * a lone space between two changes belongs to the stretch, so "a b" replaced by "c d" reads as one change.
     */
    private static List<Segment> merge(List<Segment> tokens) {
        List<Segment> merged = new ArrayList<>();
        StringBuilder removed = new StringBuilder();
        StringBuilder added = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            Segment s = tokens.get(i);
            boolean bridge = s.change() == Change.SAME && s.text().isBlank() && i > 0 && i + 1 < tokens.size()
                    && tokens.get(i - 1).change() != Change.SAME && tokens.get(i + 1).change() != Change.SAME;
            if (s.change() == Change.SAME && !bridge) {
                flush(merged, removed, added);
                int last = merged.size() - 1;
                if (last >= 0 && merged.get(last).change() == Change.SAME) {
                    merged.set(last, new Segment(Change.SAME, merged.get(last).text() + s.text()));
                } else {
                    merged.add(s);
                }
            } else {
                if (s.change() != Change.ADDED) {
                    removed.append(s.text());
                }
                if (s.change() != Change.REMOVED) {
                    added.append(s.text());
                }
            }
        }
        flush(merged, removed, added);
        return merged;
    }

    private static void flush(List<Segment> into, StringBuilder removed, StringBuilder added) {
        if (!removed.isEmpty()) {
            into.add(new Segment(Change.REMOVED, removed.toString()));
            removed.setLength(0);
        }
        if (!added.isEmpty()) {
            into.add(new Segment(Change.ADDED, added.toString()));
            added.setLength(0);
        }
    }
}
