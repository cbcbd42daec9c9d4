package org.casework.platform.boundary;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A form posts back to the address its page was opened at, view parameters included ({@code case.xhtml?ref=…}): a
 * page that answers its postback with a message (a refused field, say) keeps an address that can be bookmarked,
 * shared or opened again, instead of one that names no case.
 */
public class BookmarkableActions extends ViewHandlerWrapper {

    public BookmarkableActions(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        UIViewRoot root = context.getViewRoot();
        if (root == null || !viewId.equals(root.getViewId())) {
            return url;
        }
        StringBuilder query = new StringBuilder();
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(root)) {
            String value = parameter.getStringValue(context);
            if (parameter.getName() != null && value != null && !value.isEmpty()) {
                query.append(query.length() == 0 && !url.contains("?") ? '?' : '&')
                        .append(URLEncoder.encode(parameter.getName(), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return url + query;
    }
}
