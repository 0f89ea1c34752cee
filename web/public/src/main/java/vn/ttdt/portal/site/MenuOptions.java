package vn.ttdt.portal.site;

import java.util.List;
import java.util.function.Function;
import vn.ttdt.portal.shared.domain.HtmlEscape;

/**
 * The {@code <option>} elements of a filter menu written in one piece, the chosen one selected, values and labels
 * escaped: one expression for the whole menu instead of a repeat with several expressions per option, which made a
 * sizeable share of rendering a search page with fifty-odd options.
 */
final class MenuOptions {

    private MenuOptions() {
    }

    static <T> String of(List<T> choices, Function<T, String> value, Function<T, String> label, String chosen) {
        StringBuilder html = new StringBuilder(choices.size() * 48);
        for (T choice : choices) {
            String v = value.apply(choice);
            html.append("<option value=\"").append(HtmlEscape.text(v)).append('"');
            if (v.equals(chosen)) {
                html.append(" selected=\"selected\"");
            }
            html.append('>').append(HtmlEscape.text(label.apply(choice))).append("</option>");
        }
        return html.toString();
    }
}
