/**
 * Content: categories (chuyên mục) and the news (tin) and articles (bài) that contributors, unit
 * reporters and the editorial board write, edit, approve and publish, with every save kept as a
 * revision, and what citizens read and search on the public portal.
 */
package vn.ttdt.portal.content;
