package vn.ttdt.portal.content.domain;

import java.util.ArrayList;
import java.util.List;

/** The order of the categories at one level of the tree: moving one up or down swaps it with its neighbour. */
public final class CategoryOrder {

    private CategoryOrder() {
    }

    /**
     * Moves {@code moving} one place among {@code siblings} (listed in their current order) and numbers
     * them all 1, 2, 3… in the new order; at either end nothing moves. Returns the new order.
     */
    public static List<Category> move(List<Category> siblings, Category moving, boolean up) {
        List<Category> order = new ArrayList<>(siblings);
        int at = order.indexOf(moving);
        int to = up ? at - 1 : at + 1;
        if (at >= 0 && to >= 0 && to < order.size()) {
            order.set(at, order.get(to));
            order.set(to, moving);
        }
        for (int i = 0; i < order.size(); i++) {
            order.get(i).placeAt(i + 1);
        }
        return order;
    }

    /** The place after the last of {@code siblings}. */
    public static int last(List<Category> siblings) {
        return siblings.stream().mapToInt(Category::getSortOrder).max().orElse(0) + 1;
    }
}
