package org.casework.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.casework.platform.control.CaseworkConfig;
import org.casework.platform.control.Mailer;

/** What every page tells a visitor about this installation: demo mode, and whether mail goes out at all. */
@Named
@ApplicationScoped
public class SiteNotice {

    @Inject
    CaseworkConfig config;

    @Inject
    Mailer mailer;

    public boolean isDemo() {
        return config.demo();
    }

    public boolean isMailOff() {
        return !mailer.enabled();
    }
}
