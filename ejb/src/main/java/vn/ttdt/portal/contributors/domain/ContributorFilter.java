package vn.ttdt.portal.contributors.domain;

/** What the registry is searched by: words of a name, pen name, unit, occupation or e-mail (with or without diacritics), active or not (null: both). */
public record ContributorFilter(String text, Boolean active) {

    public static ContributorFilter everyone() {
        return new ContributorFilter(null, null);
    }
}
