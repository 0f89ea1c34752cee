package vn.ttdt.portal.questions.domain;

/** The field (lĩnh vực) a question is about. Labels in the bundles as {@code question.field.<NAME>}. */
public enum QuestionField {
    ADMINISTRATION,
    LAND,
    CONSTRUCTION,
    ENVIRONMENT,
    LABOUR_SOCIAL,
    EDUCATION,
    HEALTH,
    AGRICULTURE,
    BUSINESS,
    OTHER
}
