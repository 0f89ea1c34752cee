package vn.ttdt.portal.site.shell;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ResponseWriter;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import vn.ttdt.portal.content.application.PublishedSnapshots;

/**
 * The pages' frames ({@link PageFrame}): each rendered by Faces from its view when first asked for, then kept with the
 * published content's generation ({@link PublishedSnapshots}) like the shell's shared parts it holds.
 */
@ApplicationScoped
public class PageFrames {

    @Inject
    private PublishedSnapshots snapshots;

    /** The frame written by {@code view} (a Facelets view, e.g. under /WEB-INF/frames), kept or rendered now. */
    public PageFrame of(String view, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Key key = new Key(view);
        Optional<PageFrame> kept = snapshots.standing(key);
        if (kept.isPresent()) {
            return kept.get();
        }
        PublishedSnapshots.Reading reading = snapshots.startReading();
        PageFrame frame = render(view, request, response);
        snapshots.keep(key, reading, frame);
        return frame;
    }

    private static PageFrame render(String view, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        FrameResponse frame = new FrameResponse(response);
        request.getRequestDispatcher(view).forward(request, frame);
        ResponseWriter writer = (ResponseWriter) request.getAttribute(PageFrame.WRITER);
        request.removeAttribute(PageFrame.WRITER);
        if (frame.getStatus() != HttpServletResponse.SC_OK || writer == null) {
            throw new ServletException("the frame " + view + " was not written (status " + frame.getStatus() + ")");
        }
        return PageFrame.of(frame.markup(), frame.getContentType(), frame.getCharacterEncoding(), writer);
    }

    /** The key of a frame among the other snapshots. */
    private record Key(String view) {
    }
}
