package org.casework.statistics.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casework.kernel.ImportRefusedException;
import org.casework.kernel.RowError;
import org.casework.statistics.control.LegacyCsv;

/** Imports a legacy file of closed cases: every row or none, with every problem reported at once. */
@ApplicationScoped
@Transactional
public class LegacyImport {

    private static final int CHUNK = 500;

    @Inject
    EntityManager em;

    public int importCases(String csv) {
        LegacyCsv.Result read = LegacyCsv.read(csv);
        List<RowError> errors = new ArrayList<>(read.errors());
        Set<String> taken = existing(read.rows().stream().map(r -> r.closedCase().reference()).toList());
        for (LegacyCsv.Parsed row : read.rows()) {
            String reference = row.closedCase().reference();
            if (taken.contains(reference.toUpperCase(Locale.ROOT))) {
                errors.add(new RowError(row.line(), "reference", "already exists (" + reference + ")"));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(RowError::line));
            throw new ImportRefusedException(errors);
        }
        read.rows().forEach(row -> em.persist(row.closedCase()));
        return read.rows().size();
    }

    /** References already counted, as closed cases or as cases in Casework, compared without regard to case. */
    private Set<String> existing(List<String> references) {
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < references.size(); i += CHUNK) {
            List<String> chunk = references.subList(i, Math.min(references.size(), i + CHUNK)).stream()
                    .map(r -> r.toUpperCase(Locale.ROOT)).toList();
            em.createQuery("select upper(c.reference) from ClosedCase c where upper(c.reference) in :refs",
                    String.class).setParameter("refs", chunk).getResultList().forEach(taken::add);
            em.createNativeQuery("select upper(reference) from complaint where upper(reference) in (:refs)",
                    String.class).setParameter("refs", chunk).getResultList()
                    .forEach(r -> taken.add((String) r));
        }
        return taken;
    }
}
