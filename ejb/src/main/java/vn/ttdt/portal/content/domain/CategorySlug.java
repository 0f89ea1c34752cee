package vn.ttdt.portal.content.domain;

import java.util.regex.Pattern;
import vn.ttdt.portal.shared.domain.BusinessRuleException;
import vn.ttdt.portal.shared.domain.VietnameseText;

/**
 * The friendly address of a category (/chuyen-muc/{slug}): lower-case ASCII letters and digits in
 * words joined by single hyphens, at most {@value #MAX_LENGTH} characters. Left empty, it is made from
 * the name ("Văn hóa - Thể thao" gives {@code van-hoa-the-thao}).
 */
public final class CategorySlug {

    public static final int MAX_LENGTH = 120;
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private CategorySlug() {
    }

    public static String of(String typed, String name) {
        String slug = typed == null || typed.isBlank() ? VietnameseText.slug(name) : typed.strip();
        if (slug.length() > MAX_LENGTH || !VALID.matcher(slug).matches()) {
            throw new BusinessRuleException("category.slug.invalid", "bad category slug " + slug);
        }
        return slug;
    }
}
