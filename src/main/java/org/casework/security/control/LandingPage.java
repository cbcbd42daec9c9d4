package org.casework.security.control;

import java.util.Set;
import org.casework.security.entity.Role;

/** Where a member of staff lands after signing in: back where they were going, else their role's first page. */
public final class LandingPage {

    private LandingPage() {
    }

    /** {@code next} is honoured only as a path inside this application, never another site. */
    public static String of(String next, Set<String> roles) {
        // browsers drop tabs and line breaks from a URL, so "/\t/evil.example" would become "//evil.example"
        if (next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
                && next.chars().allMatch(c -> c > 0x20 && c != 0x7f)) {
            return next;
        }
        if (roles.contains(Role.INVESTIGATOR_NAME) || roles.contains(Role.CASE_EXAMINER_NAME)) {
            return "/staff/today.xhtml";
        }
        if (roles.contains(Role.REGISTRAR_NAME)) {
            return "/staff/statistics.xhtml";
        }
        return roles.contains(Role.ADMIN_NAME) ? "/staff/admin/policies.xhtml" : "/staff/tasks.xhtml";
    }
}
