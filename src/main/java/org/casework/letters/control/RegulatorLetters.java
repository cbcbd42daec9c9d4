package org.casework.letters.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.casework.kernel.RegulatorTime;
import org.casework.platform.control.CaseworkConfig;

/** The letter composer as this regulator configures it: its name, address, signatory, email, appeal route, zone. */
@ApplicationScoped
public class RegulatorLetters {

    @Inject
    CaseworkConfig config;
    @Inject
    RegulatorTime time;

    @Produces
    LetterComposer composer() {
        return new LetterComposer(LetterSettings.of(config), time.zone());
    }
}
