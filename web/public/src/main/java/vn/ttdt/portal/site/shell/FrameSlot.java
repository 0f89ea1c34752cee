package vn.ttdt.portal.site.shell;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.Writer;
import vn.ttdt.portal.site.SelfRenderingComponent;

/**
 * Where a page written from a kept {@link PageFrame} puts one of its own parts ({@code <shell:slot name="…"/>}): the
 * frame's render writes a marker here and leaves a copy of its response writer for the parts.
 */
@FacesComponent(FrameSlot.TYPE)
public class FrameSlot extends SelfRenderingComponent {

    static final String TYPE = "vn.ttdt.portal.site.shell.FrameSlot";

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        ResponseWriter out = context.getResponseWriter();
        context.getExternalContext().getRequestMap()
                .putIfAbsent(PageFrame.WRITER, out.cloneWithWriter(Writer.nullWriter()));
        out.write(PageFrame.marker((String) getAttributes().get("name")));
    }
}
