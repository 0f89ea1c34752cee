package vn.ttdt.portal.reporting.domain;

import vn.ttdt.portal.organisation.domain.Site;

/**
 * Where one section of the yearly report comes from. Each source is a bean of its own; the report takes every source
 * it finds, in the order of {@link #order()}, so a new section (visitor figures, say) is one more class.
 */
public interface SectionSource {

    /** Where the section stands in the report: smaller first (the sources use steps of 10). */
    int order();

    ReportSection section(Site site, ReportYear year);
}
