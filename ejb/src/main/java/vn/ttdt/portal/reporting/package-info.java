/**
 * Reporting: the portal's yearly operations report (báo cáo tình hình hoạt động) for the editorial board and IT. It
 * owns no table: each section reads another context's figures (SQL aggregation through the shared JDBC helper, or
 * that context's own read model) for one year and the report lists the sections in order, on screen, as PDF and as
 * a spreadsheet.
 */
package vn.ttdt.portal.reporting;
