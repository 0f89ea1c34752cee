package vn.ttdt.portal.site;

import jakarta.faces.component.UIComponentBase;

/** A component of the public site that writes itself and whatever it holds, without a renderer. */
public abstract class SelfRenderingComponent extends UIComponentBase {

    @Override
    public String getFamily() {
        return "vn.ttdt.portal.site";
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }
}
