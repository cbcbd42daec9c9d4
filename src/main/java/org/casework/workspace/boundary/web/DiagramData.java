package org.casework.workspace.boundary.web;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.casework.cases.boundary.ProcessDiagram;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.CaseReference;

/**
 * {@code /staff/diagram/{ref}}: the case page's process diagram as JSON, for the signed-in staff session (the API,
 * {@code /api/v1/cases/{ref}/diagram}, never takes the session cookie). Investigators and case examiners only.
 */
@WebServlet("/staff/diagram/*")
public class DiagramData extends HttpServlet {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ProcessDiagram diagrams;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!(request.isUserInRole("INVESTIGATOR") || request.isUserInRole("CASE_EXAMINER"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String reference = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        try {
            if (!CaseReference.isWellFormed(reference)) {
                throw new CaseNotFoundException("No case " + reference);
            }
            byte[] json = JSON.toJson(diagrams.of(CaseReference.parse(reference))).getBytes(StandardCharsets.UTF_8);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "no-store");
            response.getOutputStream().write(json);
        } catch (CaseNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
