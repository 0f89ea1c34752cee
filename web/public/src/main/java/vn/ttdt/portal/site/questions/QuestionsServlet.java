package vn.ttdt.portal.site.questions;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import vn.ttdt.portal.questions.application.AttachedFile;
import vn.ttdt.portal.questions.application.PublicQuestions;
import vn.ttdt.portal.questions.application.QuestionFile;
import vn.ttdt.portal.questions.application.QuestionIntake;
import vn.ttdt.portal.questions.application.QuestionRejected;
import vn.ttdt.portal.questions.application.QuestionRequest;
import vn.ttdt.portal.shared.application.DomainTexts;
import vn.ttdt.portal.shared.application.Settings;
import vn.ttdt.portal.shared.application.SharedSecrets;

/**
 * The citizens' questions pages: {@code /hoi-dap} the published questions, {@code /hoi-dap/gui-cau-hoi}
 * the form and its submission, {@code /hoi-dap/tra-cuu} the tracking page, {@code /hoi-dap/tep/{code}/{key}} the files
 * of a published answer (downloads, 404 before publication). The form is guarded without any
 * outside service and without a session: a hidden field people leave empty, a signed ticket that must be at
 * least {@code -Dportal.questions.min-fill-seconds} (default 3) and at most two hours old, a sum in words to
 * solve, and the flood limit of {@link vn.ttdt.portal.questions.application.AskingLimits}. The form may carry one file,
 * checked by the upload rules before anything is stored.
 */
@WebServlet(urlPatterns = {"/hoi-dap", "/hoi-dap/*"})
@MultipartConfig(maxFileSize = QuestionsServlet.LARGEST_FILE, maxRequestSize = QuestionsServlet.LARGEST_FILE + 64 * 1024)
public class QuestionsServlet extends HttpServlet {

    static final String HONEYPOT = "website";
    /** What the server reads of a file at most; the questions' own limit (AttachmentStore) is lower and refused with a message. */
    static final long LARGEST_FILE = 20L * 1024 * 1024;
    private static final int PAYLOAD_TOO_LARGE = 413;
    private static final int LONGEST_FIELD = 5000;
    private static final int TOO_MANY_REQUESTS = 429;
    private static final String FILES = "/tep/";
    private static final Pattern FILE_KEY = Pattern.compile("[0-9a-f]{32}");

    private final SecureRandom random = new SecureRandom();
    private FormTicket tickets;

    @Inject
    private AskForm form;

    @Inject
    private QuestionIntake intake;

    @Inject
    private PublicQuestions published;

    @Inject
    private Clock clock;

    @Inject
    private SharedSecrets secrets;

    /** Every node signs and checks tickets with the same key: a form served by one node may be sent to another. */
    @Override
    public void init() {
        tickets = new FormTicket(secrets.of("question-form-ticket"), random,
                Duration.ofSeconds(Settings.integer("portal.questions.min-fill-seconds", 3)),
                Duration.ofHours(2));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (path) {
            case "", "/" -> request.getRequestDispatcher("/questions.xhtml").forward(request, response);
            case "/tra-cuu" -> request.getRequestDispatcher("/track.xhtml").forward(request, response);
            case "/gui-cau-hoi" -> showForm(request, response);
            default -> {
                if (path.startsWith(FILES)) {
                    sendFile(path.substring(FILES.length()), response);
                } else {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                }
            }
        }
    }

    /** A file of a published answer, {@code /hoi-dap/tep/{code}/{key}}, as a download; 404 for anything else alike. */
    private void sendFile(String codeAndKey, HttpServletResponse response) throws IOException {
        String[] parts = codeAndKey.split("/", -1);
        Optional<AttachedFile> file = parts.length == 2 && FILE_KEY.matcher(parts[1]).matches()
                ? published.publishedFile(parts[0], parts[1]) : Optional.empty();
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(file.get().contentType());
        response.setHeader("Content-Disposition", file.get().contentDisposition());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setContentLengthLong(Files.size(file.get().path()));
        Files.copy(file.get().path(), response.getOutputStream());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!"/gui-cau-hoi".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        QuestionFile file;
        try {
            file = file(request);
        } catch (IllegalStateException | IOException tooLarge) {
            form.refuse(List.of(text("ask.refused.tooLarge")));
            response.setStatus(PAYLOAD_TOO_LARGE);
            showForm(request, response);
            return;
        }
        QuestionRequest input = new QuestionRequest(field(request, "name"), field(request, "email"), field(request, "phone"),
                field(request, "address"), field(request, "field"), field(request, "title"), field(request, "text"),
                field(request, "publication"));
        form.setInput(input);
        Instant now = clock.instant();
        Optional<String> refusal = guard(request, now);
        if (refusal.isPresent()) {
            form.refuse(List.of(refusal.get()));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } else {
            try {
                form.setTrackingCode(intake.ask(input, file, request.getRemoteAddr()));
            } catch (QuestionRejected rejected) {
                form.refuse(rejected.reasons());
                response.setStatus(rejected.tooMany() ? TOO_MANY_REQUESTS : HttpServletResponse.SC_BAD_REQUEST);
            }
        }
        showForm(request, response);
    }

    private Optional<String> guard(HttpServletRequest request, Instant now) {
        String honeypot = request.getParameter(HONEYPOT);
        if (honeypot != null && !honeypot.isEmpty()) {
            return Optional.of(text("ask.refused.robot"));
        }
        return tickets.check(request.getParameter("ticket"), request.getParameter("challenge"), now)
                .map(reason -> text("ask.refused." + reason.name()));
    }

    private void showForm(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        if (!form.isTaken()) {
            form.setTicket(tickets.issue(clock.instant()));
        }
        request.getRequestDispatcher("/ask.xhtml").forward(request, response);
    }

    /** The file of a multipart form, if one was chosen; a form sent without multipart has none. */
    private static QuestionFile file(HttpServletRequest request) throws IOException, ServletException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return null;
        }
        Part part = request.getPart("attachment");
        if (part == null || part.getSize() == 0 && (part.getSubmittedFileName() == null || part.getSubmittedFileName().isEmpty())) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return new QuestionFile(part.getSubmittedFileName(), in.readAllBytes());
        }
    }

    private static String field(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? null : value.length() > LONGEST_FIELD ? value.substring(0, LONGEST_FIELD) : value;
    }

    private static String text(String key) {
        return ResourceBundle.getBundle("vn.ttdt.portal.site.ui", DomainTexts.VIETNAMESE,
                QuestionsServlet.class.getClassLoader()).getString(key);
    }
}
