/**
 * Administrative procedures (thủ tục hành chính) of the units' levels, with their dossiers, legal bases,
 * sample dossiers and the province's online public-service link, and the one-stop (một cửa) processing
 * results the units report per month, published as statistics.
 */
package vn.ttdt.portal.procedures;
