package vn.ttdt.portal.reporting.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.ttdt.portal.organisation.domain.Site;

/**
 * The yearly operations report (báo cáo tình hình hoạt động) of a site: what the portal published, how the units met
 * their quotas, the legal documents, procedures and one-stop results, the citizens' questions, royalties against the
 * fund, advertising revenue and training, each as a {@link ReportSection}. It is computed when asked for, from the
 * figures the other contexts hold at that moment, and never stored: asked again later, a year whose figures changed
 * (a late payroll, a re-imported month) gives the new figures.
 */
public record YearlyReport(int year, String siteName, Instant generatedAt, List<ReportSection> sections) implements Serializable {

    public YearlyReport {
        sections = List.copyOf(sections);
    }

    /** The report of {@code year}: every source's section, in the sources' order. */
    public static YearlyReport assemble(Site site, ReportYear year, Instant now, List<? extends SectionSource> sources) {
        List<ReportSection> sections = sources.stream().sorted(Comparator.comparingInt(SectionSource::order))
                .map(source -> source.section(site, year)).toList();
        return new YearlyReport(year.value(), site.getName(), now, sections);
    }

    public Optional<ReportSection> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
