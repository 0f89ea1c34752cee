package vn.ttdt.portal.quota.domain;

/** Whether a quota binds every unit of a group on its own or the group's units together. */
public enum QuotaScope {
    EACH_UNIT,
    GROUP_TOGETHER
}
