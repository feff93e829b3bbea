package org.warrant.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Puts the response's nonce ({@link SecurityHeaders}) on every inline script of Vaadin's bootstrap page, so the
 * Content-Security-Policy can refuse every other inline script, such as one smuggled into the page.
 */
@Component
class ScriptNonces implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(ScriptNonces::sign);
    }

    static void sign(IndexHtmlResponse page) {
        Object nonce = page.getVaadinRequest().getAttribute(SecurityHeaders.NONCE);
        if (nonce == null) {
            return; // not through the filter (cannot happen in the server); the policy then allows no inline script
        }
        for (Element script : page.getDocument().select("script")) {
            script.attr("nonce", nonce.toString());
        }
    }
}
