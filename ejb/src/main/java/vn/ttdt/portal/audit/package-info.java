/** Audit log: who did what, when and from where, for the IT administrator and for inspections. */
package vn.ttdt.portal.audit;
