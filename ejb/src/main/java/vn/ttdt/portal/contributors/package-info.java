/**
 * The contributor network (mạng lưới cộng tác viên): everybody who writes for the portal, inside the units or outside
 * them, with their pen names, how to reach them, the works they published and the royalties they received; the IT
 * administrator invites one of them by creating their account from the registry. Also the writing-skills training
 * courses (tập huấn kỹ năng viết tin, bài) offered to them.
 */
package vn.ttdt.portal.contributors;
