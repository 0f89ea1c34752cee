/**
 * Citizens' questions and petitions (hỏi đáp, phản ánh kiến nghị): asked on the public site,
 * forwarded by the board to the responsible unit with a deadline in working days, answered or
 * declined by the unit, approved and published (or sent privately) by the board.
 */
package vn.ttdt.portal.questions;
