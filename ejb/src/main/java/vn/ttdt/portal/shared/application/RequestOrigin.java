package vn.ttdt.portal.shared.application;

import jakarta.enterprise.context.RequestScoped;

/** The network address of the HTTP request being served, filled in by the web modules. */
@RequestScoped
public class RequestOrigin {

    private String remoteAddress;

    public String remoteAddress() {
        return remoteAddress;
    }

    public void remoteAddress(String address) {
        this.remoteAddress = address;
    }
}
