/**
 * Business advertising (quảng cáo, liên kết xã hội hóa): advertisers, their contracts for a placement of the public
 * site between two dates with a fee recorded as the portal's revenue, and the banners or links shown in that
 * placement only while the contract runs, each click counted on the way out.
 */
package vn.ttdt.portal.site.advertising;
