package vn.ttdt.portal.site.rating.domain;

import java.io.Serializable;

/** The votes of every page of one category: how many pages, how many votes and their average. */
public record CategoryResult(String category, long pages, long votes, double average) implements Serializable {
}
