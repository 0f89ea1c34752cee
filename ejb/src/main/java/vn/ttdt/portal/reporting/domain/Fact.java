package vn.ttdt.portal.reporting.domain;

import java.io.Serializable;

/** A key figure of a section, shown above its table: "Văn bản đăng trong năm: 11". */
public record Fact(String label, Figure figure) implements Serializable {

    public static Fact of(String label, long number) {
        return new Fact(label, Figure.of(number));
    }
}
