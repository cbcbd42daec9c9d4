package org.casework.platform.boundary;

import com.sun.faces.renderkit.html_basic.FormRenderer;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.context.PrimeApplicationContext;
import org.primefaces.context.PrimeFacesContext;

/**
 * Every form carries its page's script nonce as a hidden field. PrimeFaces' nonce mode checks on a postback that the
 * nonce sent matches the one its page was given, and its own script adds that field only where scripts run: without
 * this, a browser without JavaScript (or any plain HTTP client) would see its form action carried out and then an
 * error page instead of the answer. The nonce is already in the page's header and script tags; nothing new leaks.
 */
public class NonceForm extends FormRenderer {

    static final String NONCE_FIELD = "primefaces.nonce";

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        if (component.isRendered() && PrimeApplicationContext.getCurrentInstance(context).getConfig().isCsp()) {
            ResponseWriter writer = context.getResponseWriter();
            writer.startElement("input", component);
            writer.writeAttribute("type", "hidden", null);
            writer.writeAttribute("name", NONCE_FIELD, null);
            writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
            writer.endElement("input");
        }
        super.encodeEnd(context, component);
    }
}
