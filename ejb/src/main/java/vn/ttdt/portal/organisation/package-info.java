/**
 * Organisation: the site, its units (đơn vị) grouped as in the operating plan's quota appendix,
 * the people who work in the back-office with their roles, contributor profiles, and the rules
 * of signing in (password policy, account lock, per-address throttle).
 */
package vn.ttdt.portal.organisation;
