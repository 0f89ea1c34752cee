package vn.ttdt.portal.questions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One day's reminder to the unit about a question it has not answered: at most one a question a day, kept for good. */
@Entity
@Table(name = "question_reminder")
public class QuestionReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "question_id", updatable = false)
    private Question question;

    @Column(updatable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private Chase.Kind kind;

    @Column(name = "working_days", updatable = false)
    private int workingDays;

    @Column(updatable = false)
    private int recipients;

    @Column(name = "sent_at", updatable = false)
    private Instant sentAt;

    protected QuestionReminder() {
    }

    public QuestionReminder(Question question, LocalDate day, Chase chase, int recipients, Instant sentAt) {
        this.question = question;
        this.day = day;
        this.kind = chase.kind();
        this.workingDays = chase.workingDays();
        this.recipients = recipients;
        this.sentAt = sentAt;
    }

    public Long getId() { return id; }
    public Question getQuestion() { return question; }
    public LocalDate getDay() { return day; }
    public Chase.Kind getKind() { return kind; }
    public int getWorkingDays() { return workingDays; }
    public int getRecipients() { return recipients; }
    public Instant getSentAt() { return sentAt; }
}
