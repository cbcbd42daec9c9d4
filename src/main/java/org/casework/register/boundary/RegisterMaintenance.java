package org.casework.register.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.casework.audit.control.AuditLog;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.ImportRefusedException;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Require;
import org.casework.kernel.RowError;
import org.casework.register.control.RegisterCsv;
import org.casework.register.entity.Practitioner;
import org.casework.register.entity.Practitioner.Details;
import org.casework.security.entity.Role;
import org.casework.security.entity.StaffIdentity;

/**
 * Administrators keep the register of practitioners: look registrants up, add one, change one's details, or import
 * the regulator's register as CSV (every line or none: new registration numbers are added, known ones changed).
 * Every change is audited.
 */
@ApplicationScoped
@Transactional
public class RegisterMaintenance {

    public static final String CHANGED = "CHANGE_REGISTER";
    public static final int MOST = 200;

    /** What an import did. */
    public record Imported(int added, int changed) {
    }

    @Inject
    EntityManager em;
    @Inject
    AuditLog audit;

    /** Registrants whose number or name contains the text (all when blank), by name. */
    public List<Practitioner> find(String text, int first, int max, StaffIdentity admin) {
        requireAdmin(admin);
        Require.page(first, max, MOST);
        String like = Require.containing(text == null ? "" : text.toLowerCase(Locale.ROOT));
        return em.createQuery("select p from Practitioner p where lower(p.registrationNumber) like :text"
                        + " or lower(p.fullName) like :text order by p.fullName, p.registrationNumber",
                        Practitioner.class)
                .setParameter("text", like).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public Practitioner one(String registrationNumber, StaffIdentity admin) {
        requireAdmin(admin);
        return byNumber(registrationNumber).orElseThrow(() -> new CaseNotFoundException("No registrant "
                + registrationNumber));
    }

    public Practitioner add(Details details, StaffIdentity admin) {
        requireAdmin(admin);
        Practitioner practitioner = Practitioner.registered(details);
        if (byNumber(practitioner.registrationNumber()).isPresent()) {
            throw new InvalidFieldException("registrationNumber", "is on the register already: change that "
                    + "registrant instead");
        }
        em.persist(practitioner);
        audit.record(admin.username(), CHANGED, "registrant " + practitioner.registrationNumber(), true, "added");
        return practitioner;
    }

    public Practitioner change(String registrationNumber, Details details, StaffIdentity admin) {
        Practitioner practitioner = one(registrationNumber, admin);
        practitioner.change(details);
        audit.record(admin.username(), CHANGED, "registrant " + practitioner.registrationNumber(), true, "changed");
        return practitioner;
    }

    public Imported importCsv(String csv, StaffIdentity admin) {
        requireAdmin(admin);
        RegisterCsv.Result read = RegisterCsv.read(csv);
        if (!read.errors().isEmpty()) {
            throw new ImportRefusedException(read.errors());
        }
        if (read.rows().isEmpty()) {
            throw new ImportRefusedException(List.of(new RowError(2, "registration_number",
                    "no registrant in the file")));
        }
        int added = 0;
        List<String> changed = new ArrayList<>();
        for (RegisterCsv.Parsed row : read.rows()) {
            Optional<Practitioner> known = byNumber(row.details().registrationNumber());
            if (known.isPresent()) {
                known.get().change(row.details());
                changed.add(known.get().registrationNumber());
            } else {
                em.persist(Practitioner.registered(row.details()));
                added++;
            }
        }
        audit.record(admin.username(), CHANGED, "register", true, "imported: " + added + " added, "
                + changed.size() + " changed");
        return new Imported(added, changed.size());
    }

    private Optional<Practitioner> byNumber(String registrationNumber) {
        return em.createNamedQuery(Practitioner.BY_REGISTRATION, Practitioner.class)
                .setParameter("number", registrationNumber == null ? "" : registrationNumber.strip())
                .getResultStream().findFirst();
    }

    private static void requireAdmin(StaffIdentity staff) {
        if (!staff.hasRole(Role.ADMIN_NAME)) {
            throw new AccessDeniedException("Only administrators keep the register");
        }
    }
}
