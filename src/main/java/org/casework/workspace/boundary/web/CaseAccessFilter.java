package org.casework.workspace.boundary.web;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.casework.audit.boundary.web.RefusalAudit;
import org.casework.audit.control.AuditLog;
import org.casework.audit.entity.AuditEntry;
import org.casework.cases.control.CaseAccess;
import org.casework.cases.control.CaseStore;
import org.casework.cases.entity.Complaint;
import org.casework.kernel.CaseReference;
import org.casework.platform.boundary.ProblemMappers;
import org.casework.platform.boundary.Problems;
import org.casework.security.entity.StaffIdentity;
import org.casework.workflow.control.CaseWorkflow;

/**
 * The one door to every case object: the case file (page and API), its evidence, letters, diagram, timeline and
 * tasks. Whoever may not open the case ({@link CaseAccess}) is answered 403 before anything is read, and the refusal
 * is recorded in the audit log. The roles allowed at all are web.xml's business; this filter decides per case.
 */
@WebFilter(urlPatterns = {"/api/v1/cases/*", "/api/v1/tasks/*", "/staff/download/*", "/staff/diagram/*",
    "/staff/case.xhtml"})
public class CaseAccessFilter extends HttpFilter {

    @Inject
    CaseStore cases;
    @Inject
    CaseAccess access;
    @Inject
    CaseWorkflow workflow;
    @Inject
    AuditLog audit;
    @Inject
    Instance<StaffIdentity> staff;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<Complaint> complaint = referenceOf(path, request).filter(CaseReference::isWellFormed)
                .flatMap(reference -> cases.find(new CaseReference(reference)));
        complaint.ifPresent(c -> request.setAttribute(ProblemMappers.CASE_OF_REQUEST, c.reference().value()));
        if (complaint.isPresent() && request.getRemoteUser() != null
                && !access.mayOpen(complaint.get(), staff.get())) {
            String reference = complaint.get().reference().value();
            audit.record(request.getRemoteUser(), AuditEntry.DENIED, "case " + reference, false,
                    request.getMethod() + " " + path + ": not a case of your team or referred to you");
            request.setAttribute(RefusalAudit.RECORDED, Boolean.TRUE);
            refuse(path, reference, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The case a request is about, from its path (or the case page's {@code ref}); empty for lists and queues. */
    Optional<String> referenceOf(String path, HttpServletRequest request) {
        String[] parts = path.split("/");
        if (path.startsWith("/api/v1/cases/") && parts.length > 4) {
            return Optional.of(parts[4]);
        }
        if (path.startsWith("/api/v1/tasks/") && parts.length > 4 && !"queues".equals(parts[4])) {
            return workflow.task(parts[4]).map(workflow::caseOf);
        }
        if (path.startsWith("/staff/download/") && parts.length > 4) {
            return Optional.of(parts[4]);
        }
        if (path.startsWith("/staff/diagram/") && parts.length > 3) {
            return Optional.of(parts[3]);
        }
        return path.equals("/staff/case.xhtml") ? Optional.ofNullable(request.getParameter("ref")) : Optional.empty();
    }

    private static void refuse(String path, String reference, HttpServletResponse response) throws IOException {
        if (!path.startsWith("/api/")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Problems.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                "Case " + reference + " is not a case of your team or referred to you", List.of());
    }
}
