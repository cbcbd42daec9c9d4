package org.casework.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** Says where to go once everything has started. */
@Startup
@Singleton
@DependsOn("DemoData")
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @Inject
    CaseworkConfig config;

    @PostConstruct
    void announce() {
        String baseUrl = config.baseUrl();
        String demo = config.demo()
                ? "\n  Demo sign-ins: investigator/investigator-demo, examiner/examiner-demo, senior/senior-demo, "
                + "registrar/registrar-demo,"
                + " admin/admin-demo"
                : "";
        LOG.info(() -> "\n\nCasework is ready (" + config.regulatorName() + ")"
                + "\n  Complainant portal:  " + baseUrl + "/"
                + "\n  Practitioner portal: " + baseUrl + "/practitioner/"
                + "\n  Staff sign-in:       " + baseUrl + "/login.xhtml"
                + "\n  API:                 " + baseUrl + "/api/v1/  (OpenAPI: " + baseUrl + "/openapi)"
                + "\n  Health:              " + baseUrl + "/health"
                + "\n  Data folder:         " + config.dataDir()
                + "\n  Letters approved by a second person: " + (config.lettersWithoutApproval().isEmpty() ? "all"
                : "all but " + config.lettersWithoutApproval() + " (casework.letters.without-approval)")
                + demo + "\n");
    }
}
