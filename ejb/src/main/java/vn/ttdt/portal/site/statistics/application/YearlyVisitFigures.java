package vn.ttdt.portal.site.statistics.application;

import java.util.List;
import vn.ttdt.portal.site.statistics.domain.MonthVisits;

/**
 * The visitor figures of a year for the yearly operations report (báo cáo tình hình hoạt động): page views and
 * visitors per month of the current site, January to December, months without visits as zero.
 */
public interface YearlyVisitFigures {

    List<MonthVisits> monthsOf(int year);
}
