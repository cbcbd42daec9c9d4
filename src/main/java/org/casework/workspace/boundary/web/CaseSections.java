package org.casework.workspace.boundary.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * The case page's parts, one shown at a time at its own address ({@code case.xhtml?ref=…&tab=notes}): the overview
 * (what the case is, where it stands and the action this person may take) by default, the rest a click away. Only
 * the part shown is built, read and kept in the view, which is what keeps the page quick on a large caseload. Read
 * from the request: the part is in the address, and forms post back to that address
 * ({@link org.casework.platform.boundary.BookmarkableActions}), so a page and its postback build the same part.
 */
@Named
@RequestScoped
public class CaseSections {

    public static final String OVERVIEW = "overview";
    public static final String ORDERS = "orders";

    /** In the order the page lists them; their words are the bundle's {@code case.tab.*}. */
    static final List<String> PARTS = List.of(OVERVIEW, "parties", "evidence", "notes", "timeline", "correspondence",
            ORDERS, "process");

    @Inject
    HttpServletRequest request;

    public List<String> getParts() {
        return PARTS;
    }

    /** The part asked for; the overview when none is, or one that does not exist. */
    public String getCurrent() {
        return of(request.getParameter("tab"));
    }

    public boolean is(String part) {
        return getCurrent().equals(part);
    }

    /** The address's {@code &tab=…}, empty for the overview (its address is the case's own). */
    public String query(String part) {
        return OVERVIEW.equals(of(part)) ? "" : "&tab=" + of(part);
    }

    static String of(String asked) {
        return asked != null && PARTS.contains(asked) ? asked : OVERVIEW;
    }

    /** Kept for the view parameter that carries the part into the forms' addresses; the request is the truth. */
    public String getTab() {
        return is(OVERVIEW) ? null : getCurrent();
    }

    public void setTab(String tab) {
        // the request parameter is read directly (getCurrent)
    }
}
