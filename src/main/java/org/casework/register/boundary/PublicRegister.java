package org.casework.register.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.FieldErrors;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.RegulatorTime;
import org.casework.kernel.Require;
import org.casework.register.control.Register;
import org.casework.register.entity.Practitioner;
import org.casework.register.entity.Sanction;

/**
 * The public register, for anyone without signing in: a registrant's name, registration number and profession, and
 * the sanctions that run today (a warning, undertakings, conditions, a suspension) with their dates. Never the case,
 * the complaint or anyone's contact details; a sanction that has ended is not shown.
 */
@ApplicationScoped
@Transactional
public class PublicRegister {

    /** At most this many registrants for a name. */
    public static final int MOST = 20;

    @Inject
    Register register;
    @Inject
    RegulatorTime time;

    /** What the register says of one registrant. */
    public record Entry(String registrationNumber, String name, String profession, String scope, String status,
                        String statusLabel, List<Published> sanctions) {
    }

    /**
     * A sanction as published: its kind (key and words), its dates ({@code until} absent for undertakings) and, for
     * conditions and undertakings, each of them as worded.
     */
    public record Published(String kind, String kindLabel, LocalDate from, LocalDate until, List<String> terms) {
    }

    public Entry one(String registrationNumber) {
        String number = Require.text(registrationNumber, "registrationNumber", 40);
        return register.find(number, null, 1).stream().findFirst().map(this::entry)
                .orElseThrow(() -> new CaseNotFoundException("No one is registered under " + number));
    }

    /** By registration number, or by at least three letters of the name; one of the two. */
    public List<Entry> find(String registrationNumber, String name) {
        boolean byNumber = registrationNumber != null && !registrationNumber.isBlank();
        boolean byName = name != null && !name.isBlank();
        if (byNumber == byName) {
            throw new InvalidFieldException(byNumber ? "name" : "registration", byNumber
                    ? "must be left out when a registration number is given" : "or a name is needed");
        }
        FieldErrors errors = new FieldErrors();
        if (byNumber) {
            errors.check(() -> Require.text(registrationNumber, "registration", 40));
        } else {
            errors.check(() -> {
                String given = Require.text(name, "name", 200);
                if (given.strip().length() < 3) {
                    throw new InvalidFieldException("name", "must be at least 3 letters");
                }
                return given;
            });
        }
        errors.throwIfAny();
        return register.find(registrationNumber, name, MOST).stream().map(this::entry).toList();
    }

    private Entry entry(Practitioner p) {
        LocalDate today = time.today();
        List<Published> running = register.sanctionsOf(p).stream().filter(s -> s.publishedOn(today))
                .map(PublicRegister::published).toList();
        return new Entry(p.registrationNumber(), p.fullName(), p.profession(), p.scope(), p.status().name(),
                p.status().label(), running);
    }

    private static Published published(Sanction s) {
        return new Published(s.kind().name(), s.label(), s.startsOn(), s.endsOn(), s.terms());
    }
}
