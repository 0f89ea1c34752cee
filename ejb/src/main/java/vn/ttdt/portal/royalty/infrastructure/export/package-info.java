/**
 * The files finance takes out of a payroll: the signature sheet to print and sign (PDF), the spreadsheet
 * (.xlsx) and the bank transfer file (CSV). Each is written from a
 * {@link vn.ttdt.portal.royalty.application.PayrollSheet} and knows nothing of how the payroll was computed.
 */
package vn.ttdt.portal.royalty.infrastructure.export;
