/**
 * Royalties (nhuận bút) and remuneration (thù lao): the effective-dated schedule (base salary, unit
 * value, coefficient bands, tax rule, remuneration roles, fund), the grading of published works and
 * the monthly payroll that finance runs, approves, pays and exports.
 */
package vn.ttdt.portal.royalty;
