package vn.ttdt.portal.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MenuOptionsTest {

    private static String menu(String chosen) {
        return MenuOptions.of(List.of(2024, 2023), String::valueOf, y -> "Năm " + y, chosen);
    }

    @Test
    void theChosenValueIsSelectedAndNoOtherOne() {
        assertEquals("<option value=\"2024\">Năm 2024</option><option value=\"2023\" selected=\"selected\">Năm 2023</option>",
                menu("2023"));
        assertEquals("<option value=\"2024\">Năm 2024</option><option value=\"2023\">Năm 2023</option>", menu(null));
        assertEquals(menu(null), menu("2023 "), "a value not offered selects nothing");
    }

    @Test
    void labelsAndValuesTypedByTheBoardAreEscaped() {
        assertEquals("<option value=\"a&quot;b\">Văn hóa &amp; &lt;b&gt;thể thao&lt;/b&gt;</option>",
                MenuOptions.of(List.of("a\"b"), Function.identity(), v -> "Văn hóa & <b>thể thao</b>", null));
    }
}
