package vn.ttdt.portal.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A free keyword (từ khóa) an item is tagged with, as first spelled, and its folded slug: two tags
 * with the same slug ("Xuân Đường", "xuan duong") are the same tag. Made by {@link Tags#normalise}.
 */
@Embeddable
public class Tag {

    @Column(name = "name")
    private String name;

    @Column(name = "slug")
    private String slug;

    protected Tag() {
    }

    Tag(String name, String slug) {
        this.name = name;
        this.slug = slug;
    }

    public String getName() { return name; }
    public String getSlug() { return slug; }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tag tag && slug.equals(tag.slug);
    }

    @Override
    public int hashCode() {
        return Objects.hash(slug);
    }

    @Override
    public String toString() {
        return name;
    }
}
